# frozen_string_literal: true

# The rows of tests/hostile/inputs.tsv and the Ruby value of each: read by test_hostile.rb and by
# tamper_child.rb (which runs without minitest).
module HostileInputs
  module_function

  # The contract's operation names, in Ruby.  raw.NAME is HTTPStatus::Raw.NAME with one argument.
  OPERATIONS = {
    "from_code" => [->(v) { HTTPStatus.from_code(v) }],
    "from_name" => [->(v) { HTTPStatus.from_name(v) }],
    "from_name_ci" => [->(v) { HTTPStatus.from_name(v, ignore_case: true) }],
    "from_phrase" => [->(v) { HTTPStatus.from_phrase(v) }],
    "method_from_name" => [->(v) { HTTPStatus.method_from_name(v) }, ->(v) { HTTPStatus::Method[v] }],
    "lookup" => [->(v) { HTTPStatus.lookup(v) }, ->(v) { HTTPStatus[v] }],
    "class_of" => [->(v) { HTTPStatus.class_of(v) }],
    "format_status_line" => [->(v) { HTTPStatus.format_status_line(v) }],
    "unofficial" => [->(v) { HTTPStatus.unofficial(v) }],
    "check" => [->(v) { HTTPStatus.check(v) }],
    "version" => [->(_) { HTTPStatus.version }]
  }.freeze

  def unescape(text)
    text.gsub(/\\(0|t|\\|u\{(\h+)\})/) do
      case Regexp.last_match(1)
      when "0" then "\0"
      when "t" then "\t"
      when "\\" then "\\"
      else [Regexp.last_match(2).to_i(16)].pack("U")
      end
    end
  end

  # A record of this module: status:CODE, unofficial:CODE or method:NAME.
  def record(text)
    kind, key = text.split(":", 2)
    found = case kind
            when "status" then HTTPStatus.from_code(Integer(key, 10))
            when "unofficial" then HTTPStatus.unofficial(Integer(key, 10))
            when "method" then HTTPStatus.method_from_name(key)
            end
    found or raise ArgumentError, "inputs.tsv: no record #{text}"
  end

  def value(type, text)
    case type
    when "int" then Integer(text, 10)
    when "float" then { "nan" => Float::NAN, "inf" => Float::INFINITY, "-inf" => -Float::INFINITY }.fetch(text) { Float(text) }
    when "string" then unescape(text)
    when "long" then "A" * Integer(text, 10)
    when "nil" then nil
    when "true" then true
    when "false" then false
    when "list" then []
    when "map" then {}
    when "function" then -> {}
    when "record" then record(text)
    else raise ArgumentError, "inputs.tsv: unknown type #{type}"
    end
  end

  # [line number, operation, type, value text, answer] for every row of FILE.
  # The calls of OPERATION (an entry of OPERATIONS, or raw.NAME: HTTPStatus::Raw.NAME with one argument).
  def calls(operation)
    return OPERATIONS.fetch(operation) unless operation.start_with?("raw.")

    name = operation.delete_prefix("raw.").to_sym
    raise ArgumentError, "inputs.tsv: #{name} is not exported" unless HTTPStatus::Raw.respond_to?(name)

    [->(v) { HTTPStatus::Raw.public_send(name, v) }]
  end

  def rows(file)
    File.readlines(file, chomp: true).each_with_index.filter_map do |line, i|
      next if line.start_with?("#") || line.strip.empty?

      operation, type, text, answer = line.split("\t", -1)
      [i + 1, operation, type, text, answer]
    end.freeze
  end
end
