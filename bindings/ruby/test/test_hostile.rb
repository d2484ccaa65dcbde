# frozen_string_literal: true

require_relative "helper"

# Hostile input: each row is one test that puts the value through every lookup and checks the answer.
# None may give a wrong record or crash the process.  The families (see README, "Bad input"):
#   number_hit / number_miss : a number, or an object with to_int: the status whose code equals it, or nil.
#   text_hit / text_miss     : a String, Symbol or object with to_str: the status it names, or nil.
#   wrong                    : anything else: TypeError from every lookup.
class TestHostile < Minitest::Test
  def self.with_method(name, &body)
    Object.new.tap { |o| o.define_singleton_method(name, &body) }
  end

  MEGABYTE = ("x" * (1 << 20)).freeze

  ROWS = [
    ["65940, which a 16-bit truncation turns into 404", 65_940, :number_miss],
    ["2**32 + 404, which a 32-bit truncation turns into 404", (2**32) + 404, :number_miss],
    ["2**64 + 404, which a 64-bit truncation turns into 404", (2**64) + 404, :number_miss],
    ["-(2**64) + 404", -(2**64) + 404, :number_miss],
    ["2**31, one past INT_MAX", 2**31, :number_miss],
    ["-(2**31) - 1, one below INT_MIN", -(2**31) - 1, :number_miss],
    ["a negative code, -404", -404, :number_miss],
    ["zero", 0, :number_miss],
    ["a code with nothing registered, 299", 299, :number_miss],
    ["negative zero, -0.0", -0.0, :number_miss],
    ["NaN", Float::NAN, :number_miss],
    ["+Infinity", Float::INFINITY, :number_miss],
    ["-Infinity", -Float::INFINITY, :number_miss],
    ["Float::MAX", Float::MAX, :number_miss],
    ["a fraction, 404.5", 404.5, :number_miss],
    ["the float just above 404", 404.0.next_float, :number_miss],
    ["an integral float, 404.0", 404.0, :number_hit, 404],
    ["a Rational equal to 404", Rational(404, 1), :number_hit, 404],
    ["a Rational fraction, 809/2", Rational(809, 2), :number_miss],
    ["a Complex equal to 404", Complex(404, 0), :number_hit, 404],
    ["a Complex with an imaginary part", Complex(404, 1), :number_miss],
    ["a status itself", HTTPStatus::NOT_FOUND, :number_hit, 404],
    ["an object whose to_int is 404", with_method(:to_int) { 404 }, :number_hit, 404],
    ["an object whose to_int is 2**64 + 404", with_method(:to_int) { (2**64) + 404 }, :number_miss],
    ["an object whose to_int is not an Integer", with_method(:to_int) { "404" }, :wrong],
    ["a numeric string, \"404\"", "404", :text_miss],
    ["the empty string", "", :text_miss],
    ["a megabyte string", MEGABYTE, :text_miss],
    ["a name followed by a megabyte", "NOT_FOUND#{MEGABYTE}", :text_miss],
    ["a name followed by a NUL byte", "NOT_FOUND\0", :text_miss],
    ["a NUL byte then a name", "\0NOT_FOUND", :text_miss],
    ["a name cut by a NUL byte", "NOT\0FOUND", :text_miss],
    ["a name with invalid UTF-8", "NOT_FOUND\xFF", :text_miss],
    ["binary garbage", "\xFF\xFE\x00\x80".b, :text_miss],
    ["a binary (ASCII-8BIT) name, compared as bytes", "NOT_FOUND".b, :text_hit, 404],
    ["a Latin-1 name, compared as ASCII", "NOT_FOUND".encode("ISO-8859-1"), :text_hit, 404],
    ["a UTF-16 name (not ASCII-compatible)", "NOT_FOUND".encode("UTF-16LE"), :text_miss],
    ["a UTF-16 string with a broken last character", "\xFF\xFE\x00".dup.force_encoding("UTF-16BE"), :text_miss],
    ["a string in a dummy encoding (ISO-2022-JP)", "\x80A".dup.force_encoding("ISO-2022-JP"), :text_miss],
    ["a full-width name", "ＮＯＴ＿ＦＯＵＮＤ", :text_miss],
    ["Kelvin sign K, which Unicode case folding would turn into k", "o\u212A", :text_miss],
    ["a lower-case name", "not_found", :text_hit, 404],
    ["a Symbol name", :not_found, :text_hit, 404],
    ["a Symbol with a NUL byte", :"NOT_FOUND\0", :text_miss],
    ["an object whose to_str is a name", with_method(:to_str) { "NOT_FOUND" }, :text_hit, 404],
    ["an object whose to_str is a megabyte", with_method(:to_str) { MEGABYTE }, :text_miss],
    ["an object whose to_str is not a String", with_method(:to_str) { 404 }, :wrong],
    ["nil", nil, :wrong],
    ["true", true, :wrong],
    ["false", false, :wrong],
    ["an empty Array", [], :wrong],
    ["an Array holding 404", [404], :wrong],
    ["a Hash", { code: 404 }, :wrong],
    ["a plain Object", Object.new, :wrong],
    ["a class", String, :wrong],
    ["a Range", 400..499, :wrong],
    ["a Proc", -> { 404 }, :wrong]
  ].freeze

  OPERATIONS = {
    "[]" => ->(v) { HTTPStatus[v] },
    "from_code" => ->(v) { HTTPStatus.from_code(v) },
    "from_name" => ->(v) { HTTPStatus.from_name(v) },
    "from_phrase" => ->(v) { HTTPStatus.from_phrase(v) },
    "class_of" => ->(v) { HTTPStatus.class_of(v) },
    "format_status_line" => ->(v) { HTTPStatus.format_status_line(v) },
    "Method[]" => ->(v) { HTTPStatus::Method[v] }
  }.freeze

  def self.expected(family, code)
    status = code && HTTPStatus::Raw.httpstatus_status_code(HTTPStatus::Raw.httpstatus_status_from_code(code))
    status = status && HTTPStatus::Status.instance_method(:code) && HTTPStatus.each.find { |s| s.code == status }
    case family
    when :number_hit
      { "[]" => status, "from_code" => status, "from_name" => TypeError, "from_phrase" => TypeError,
        "class_of" => status.status_class, "format_status_line" => "HTTP/1.1 #{status.code} #{status.phrase}",
        "Method[]" => TypeError }
    when :number_miss
      { "[]" => nil, "from_code" => nil, "from_name" => TypeError, "from_phrase" => TypeError,
        "class_of" => :keep, "format_status_line" => :keep, "Method[]" => TypeError }
    when :text_hit
      { "[]" => status, "from_code" => TypeError, "from_name" => status, "from_phrase" => nil,
        "class_of" => TypeError, "format_status_line" => TypeError, "Method[]" => nil }
    when :text_miss
      { "[]" => nil, "from_code" => TypeError, "from_name" => nil, "from_phrase" => nil,
        "class_of" => TypeError, "format_status_line" => TypeError, "Method[]" => nil }
    when :wrong
      OPERATIONS.keys.to_h { |op| [op, TypeError] }
    end
  end

  # class_of and status lines of a number that is no status: what C says of the same Integer when it
  # fits a C int and equals the number, else nil.  299 has a class and a line without a record.
  def self.keep(op, value)
    int = Integer(value) rescue nil # rubocop:disable Style/RescueModifier
    return nil unless int && int == value && int.between?(-(2**31), (2**31) - 1)

    n = HTTPStatus::Raw
    if op == "class_of"
      name = n.httpstatus_class_name(n.httpstatus_class_of(int))
      name.empty? ? nil : name.to_sym
    else
      size = n.httpstatus_format_status_line(int, nil, 0)
      size.negative? ? nil : FFI::MemoryPointer.new(:char, size + 1).tap { |b| n.httpstatus_format_status_line(int, b, size + 1) }.read_string
    end
  end

  ROWS.each_with_index do |(label, value, family, code), i|
    define_method(format("test_%02d_%s", i + 1, label)) do
      expected(family, code).each do |op, want|
        want = self.class.keep(op, value) if want == :keep
        where = "#{op}(#{label})"
        if want.is_a?(Class) && want <= Exception
          assert_raises(want, where) { OPERATIONS.fetch(op).call(value) }
        elsif want.nil?
          assert_nil OPERATIONS.fetch(op).call(value), where
        elsif want.is_a?(HTTPStatus::Status)
          assert_same want, OPERATIONS.fetch(op).call(value), where
        else
          assert_equal want, OPERATIONS.fetch(op).call(value), where
        end
      end
    end
  end

  def expected(family, code) = self.class.expected(family, code)

  def test_the_table_is_long_enough
    assert_operator ROWS.size, :>=, 30
  end

  def test_phrases_with_hostile_bytes_find_nothing
    ["Not Found\0", "Not\0Found", "Not Found\xFF", "Not Found".encode("UTF-16BE"), MEGABYTE, "#{'Not Found ' * 100_000}"].each do |text|
      assert_nil HTTPStatus.from_phrase(text)
      assert_nil HTTPStatus[text]
    end
  end

  def test_methods_with_hostile_bytes_find_nothing
    ["GET\0", "\0GET", "GET\xFF", "get", "GET".encode("UTF-16LE"), MEGABYTE, "", :"GET\0"].each do |text|
      assert_nil HTTPStatus::Method[text], text.inspect[0, 40]
    end
    assert_same HTTPStatus::Method::GET, HTTPStatus::Method["GET".b]
  end

  def test_type_errors_say_what_was_wrong
    assert_match(/nil/, assert_raises(TypeError) { HTTPStatus[nil] }.message)
    assert_match(/Array/, assert_raises(TypeError) { HTTPStatus[[]] }.message)
    assert_match(/String/, assert_raises(TypeError) { HTTPStatus.from_code("404") }.message)
  end
end
