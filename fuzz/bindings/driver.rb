# frozen_string_literal: true

# The Ruby binding's side of make fuzz-bindings: reads the queries of fuzz/bindings/fuzz.py on
# standard input, one a line, and prints each answer in the line format of fuzz/bindings/README.md,
# calling the binding as its users do (require "httpstatus"; the library is LIBHTTPSTATUS_PATH).
# A line "." is answered with "." and flushes.  With --threads N it reads every line first and
# answers them from N threads at once, printed in order.
require "httpstatus"

module FuzzDriver
  RAW = HTTPStatus::Raw
  OPERATIONS = {
    "from_code" => ->(v) { HTTPStatus.from_code(v) },
    "from_name" => ->(v) { HTTPStatus.from_name(v) },
    "from_name_ci" => ->(v) { HTTPStatus.from_name(v, ignore_case: true) },
    "from_phrase" => ->(v) { HTTPStatus.from_phrase(v) },
    "method_from_name" => ->(v) { HTTPStatus.method_from_name(v) },
    "lookup" => ->(v) { HTTPStatus.lookup(v) },
    "class_of" => ->(v) { HTTPStatus.class_of(v) },
    "format_status_line" => ->(v) { HTTPStatus.format_status_line(v) },
    "unofficial" => ->(v) { HTTPStatus.unofficial(v) },
    "check" => ->(v) { HTTPStatus.check(v) }
  }.freeze
  TEXT_OPERATIONS = %w[from_name from_name_ci from_phrase method_from_name lookup].freeze
  FLOATS = { "nan" => Float::NAN, "inf" => Float::INFINITY, "-inf" => -Float::INFINITY }.freeze
  OTHER = { "nil" => -> {}, "true" => -> { true }, "false" => -> { false }, "list" => -> { [] },
            "map" => -> { { key: "value" } }, "fn" => -> { -> { 404 } } }.freeze

  module_function

  def text(hex)
    bytes = [hex].pack("H*")
    utf8 = bytes.dup.force_encoding(Encoding::UTF_8)
    (utf8.valid_encoding? ? utf8 : bytes).freeze # a text, as a literal is: frozen, so no buffer
  end

  # A record or a handle named "s:404" (registered), "u:499" (unofficial), "m:3" (method index) or
  # "x:7" (rule index).  The raw layer's handle is the record itself: both are the same object in Ruby.
  def record(spec, handle)
    of, n = spec.split(":")
    n = Integer(n, 10)
    case of
    when "s" then handle ? RAW.httpstatus_status_from_code(n) : HTTPStatus.from_code(n)
    when "u" then handle ? RAW.httpstatus_unofficial_from_code(n) : HTTPStatus.unofficial(n)
    when "x" then handle ? RAW.httpstatus_rule_at(n) : HTTPStatus.rules[n]
    else handle ? RAW.httpstatus_method_at(n) : HTTPStatus.method_from_name(RAW.httpstatus_method_name(RAW.httpstatus_method_at(n)))
    end
  end

  def value(field)
    tag, rest = field.split(":", 2)
    case tag
    when "i" then Integer(rest, 10)
    when "f" then FLOATS.fetch(rest) { Float(rest) }
    when "s" then text(rest)
    when "h" then record(rest, true)
    when "r" then record(rest, false)
    when "b" then "\0".b * Integer(rest, 10) # the raw layer's buffer: an unfrozen String
    when "nt" then RAW::NUL_TERMINATED
    else OTHER.fetch(field).call
    end
  end

  def status_line(code, name, state, phrase) = "status:#{code}:#{name}:#{state}:#{phrase}"

  def show(got)
    case got
    when nil then "nil"
    when HTTPStatus::Status then status_line(got.code, got.name, got.state, got.phrase)
    when HTTPStatus::Method then "method:#{got.name}"
    when HTTPStatus::Rule then "rule:#{rule_index(got)}"
    when Array then "rules:#{got.map { |r| rule_index(r) }.join(",")}"
    else "value:#{got}"
    end
  end

  def rule_index(rule) = HTTPStatus.rules.index { |r| r.equal?(rule) }

  def written(n, buffer)
    bytes = buffer.nil? ? "" : buffer
    "value:#{n}:#{bytes[0, bytes.index("\0") || bytes.size]}"
  end

  # Ruby's raw layer takes a record where C takes a handle, and returns the record where C returns
  # one: a handle and a record are one object.  Its buffer is an unfrozen String, which is text too.
  # A query that tells them apart (a record where the raw layer takes a handle, a handle given to
  # lookup, which takes a record; a buffer where text goes) cannot be put in Ruby.
  def indistinct?(op, fields)
    if op.start_with?("raw.")
      spec = RAW::FUNCTIONS.find { |f| f[:name] == op.delete_prefix("raw.").to_sym }
      return false unless spec

      fields.each_with_index.any? do |f, i|
        (f.start_with?("r:") && %i[status method rule].include?(spec[:params][i])) ||
          (f.start_with?("b:") && spec[:params][i] == :string)
      end
    else
      (op == "lookup" && fields.any? { |f| f.start_with?("h:") }) ||
        (TEXT_OPERATIONS.include?(op) && fields.any? { |f| f.start_with?("b:") })
    end
  end

  def answer(line)
    op, *fields = line.split("\t")
    return "skip" if op.start_with?("cli")

    return "skip" if indistinct?(op, fields)

    args = fields.map { |f| value(f) }
    if op.start_with?("raw.")
      got = RAW.public_send(op.delete_prefix("raw.").to_sym, *args)
      op == "raw.httpstatus_format_status_line" ? written(got, args[1]) : show(got)
    else
      show(OPERATIONS.fetch(op).call(*args))
    end
  rescue TypeError then "type_error"
  rescue RangeError then "range_error"
  rescue StandardError => e then "error:#{e.class}: #{e.message.tr("\r\n", "  ")}"
  end

  def threaded(count)
    lines = $stdin.each_line(chomp: true).to_a
    answers = Array.new(lines.size)
    Array.new(count) do |t|
      Thread.new { t.step(lines.size - 1, count) { |i| answers[i] = answer(lines[i]) } }
    end.each(&:join)
    answers.each { |a| $stdout.puts(a) }
  end

  def serve
    out = []
    $stdin.each_line(chomp: true) do |line|
      next out << answer(line) unless line == "."

      out << "."
      $stdout.write(out.join("\n"), "\n")
      $stdout.flush
      out.clear
    end
    $stdout.write(out.join("\n"), "\n") unless out.empty?
  end
end

$stdout.binmode
if ARGV[0] == "--threads"
  FuzzDriver.threaded(Integer(ARGV[1], 10))
else
  FuzzDriver.serve
end
