# frozen_string_literal: true

require_relative "helper"

# Every argument HTTPStatus::Raw cannot pass to C safely is refused before the call, for every
# function with a parameter of that kind (taken from the generated FUNCTIONS list), while the nearest
# good argument is accepted: without the checks these calls would crash, read out of bounds or
# answer for a truncated integer.
class TestRawRefusals < Minitest::Test
  R = HTTPStatus::Raw
  ADDRESS = HTTPStatus.const_get(:Tables)::ADDRESS

  def self.with(*kinds) = R::FUNCTIONS.select { |f| kinds.all? { |k| f[:params].include?(k) } }

  def nf = R.httpstatus_status_from_code(404)
  def get = R.httpstatus_method_from_name("GET", 3)
  def rule = R.httpstatus_rule_at(0)
  # A record of each handle kind, and one of another kind for it.
  def own(kind) = { status: nf, method: get, rule: rule }.fetch(kind)
  def other(kind) = { status: rule, method: nf, rule: nf }.fetch(kind)
  HANDLE_KINDS = %i[status method rule].freeze
  def self.with_handle = R::FUNCTIONS.select { |f| (f[:params] & HANDLE_KINDS).any? }

  # Good arguments for every parameter, the one at INDEX replaced by VALUE.
  def args(spec, index, value)
    spec[:params].each_with_index.map do |kind, i|
      next value if i == index

      case kind
      when :int then 404
      when :size, :ulong
        prev = i.positive? ? spec[:params][i - 1] : nil
        prev == :string && index == i - 1 && value.is_a?(String) ? value.bytesize : 0
      when :string then "GET"
      when :buffer then nil
      when :status then nf
      when :method then get
      when :rule then rule
      end
    end
  end

  def refused(error, spec, index, value)
    err = assert_raises(error, "#{spec[:name]} takes #{value.inspect} as argument #{index}") do
      R.public_send(spec[:name], *args(spec, index, value))
    end
    assert_includes err.message, spec[:name].to_s
  end

  def accepted(spec, index, value)
    R.public_send(spec[:name], *args(spec, index, value))
  end

  def test_a_forged_pointer_is_refused_not_dereferenced
    handle_fns = self.class.with_handle
    assert_equal HANDLE_KINDS, handle_fns.flat_map { |f| f[:params] & HANDLE_KINDS }.uniq.sort_by { |k| HANDLE_KINDS.index(k) }
    handle_fns.each do |f|
      i = f[:params].index { |k| HANDLE_KINDS.include?(k) }
      kind = f[:params][i]
      address = ADDRESS[kind][own(kind)]
      # no pointer object is a handle, not even one at the library's own address, nor NULL; nor is
      # a record of another kind
      [FFI::Pointer.new(8), FFI::Pointer.new(address + 1), FFI::Pointer.new(address - 8), other(kind), get,
       FFI::MemoryPointer.new(:char, 256), FFI::Pointer.new(address), FFI::Pointer::NULL].each do |forged|
        next if forged.equal?(own(kind))

        refused(TypeError, f, i, forged)
      end
      # the records the library's handles were read into, and nil (NULL), are accepted
      accepted(f, i, own(kind))
      accepted(f, i, nil)
    end
    assert_equal "NOT_FOUND", R.httpstatus_status_name(nf)
    assert_equal "", R.httpstatus_status_name(nil)
  end

  def test_a_number_where_a_handle_goes_is_refused
    self.class.with_handle.each do |f|
      i = f[:params].index { |k| HANDLE_KINDS.include?(k) }
      [8, ADDRESS[:status][nf], ADDRESS[:rule][rule], ADDRESS[:rule][rule] + 1, "NOT_FOUND", :not_found, HTTPStatus::NOT_FOUND, 0, 0.5].each do |v|
        refused(TypeError, f, i, v)
      end
    end
  end

  # A rule handle is a kind of its own (1.2): every rule record is accepted where a rule goes, and
  # its accessors answer; a status or method record is named as such in the refusal, and a rule
  # where a status goes too.
  def test_a_record_of_another_kind_is_named_in_the_refusal
    HTTPStatus.rules.each_with_index do |r, i|
      assert_same r, R.httpstatus_rule_at(i)
      assert_equal r.locator, R.httpstatus_rule_locator(r)
    end
    assert_nil R.httpstatus_rule_at(R.httpstatus_rule_count)
    err = assert_raises(TypeError) { R.httpstatus_rule_level(nf) }
    assert_match(/expected an httpstatus_rule handle .* got an httpstatus_status handle/, err.message)
    err = assert_raises(TypeError) { R.httpstatus_rule_field(get) }
    assert_match(/got an httpstatus_method handle/, err.message)
    err = assert_raises(TypeError) { R.httpstatus_status_rule_count(rule) }
    assert_match(/expected an httpstatus_status handle .* got an httpstatus_rule handle/, err.message)
    assert_raises(TypeError) { R.httpstatus_method_name(rule) }
    assert_raises(TypeError) { R.httpstatus_status_rule_at(rule, 0) }
    forged = HTTPStatus::Rule.send(:allocate)
    assert_raises(TypeError) { R.httpstatus_rule_quote(forged) }
    assert_equal 0, R.httpstatus_rule_level(nil)
    assert_nil R.httpstatus_status_rule_at(nil, 0)
  end

  def test_a_length_longer_than_the_text_is_refused
    fns = self.class.with(:string, :size)
    refute_empty fns
    fns.each do |f|
      i = f[:params].index(:string)
      ["NOT_FOUND", "é", ""].each do |text|
        refused_len(f, i, text, text.bytesize + 1)
        refused_len(f, i, text, 100)
        accepted_len(f, i, text, text.bytesize)
      end
    end
    err = assert_raises(RangeError) { R.httpstatus_status_from_name("NOT_FOUND", 100) }
    assert_match(/longer than the text \(9 bytes\)/, err.message)
    assert_equal nf, R.httpstatus_status_from_name("NOT_FOUND", 9)
    assert_equal nf, R.httpstatus_status_from_name("NOT_FOUND!", 9)
  end

  # refused() with the text kept and only the length changed
  def refused_len(f, i, text, len)
    assert_raises(RangeError, "#{f[:name]}(#{text.inspect}, #{len})") do
      R.public_send(f[:name], *args(f, i, text).tap { |a| a[i + 1] = len })
    end
  end

  def accepted_len(f, i, text, len)
    R.public_send(f[:name], *args(f, i, text).tap { |a| a[i + 1] = len })
  end

  def test_a_length_one_past_each_text_is_refused
    self.class.with(:string, :size).each do |f|
      i = f[:params].index(:string)
      ["NOT_FOUND", "é", "", "GET\0"].each { |text| refused_len(f, i, text, text.bytesize + 1) }
    end
  end

  def test_nul_terminated_is_refused_for_a_text_holding_a_nul
    self.class.with(:string, :size).each do |f|
      i = f[:params].index(:string)
      err = assert_raises(RangeError) do
        R.public_send(f[:name], *args(f, i, "GET\0X").tap { |a| a[i + 1] = R::NUL_TERMINATED })
      end
      assert_match(/NUL/, err.message)
      R.public_send(f[:name], *args(f, i, "GET").tap { |a| a[i + 1] = R::NUL_TERMINATED })
    end
    assert_equal nf, R.httpstatus_status_from_name("NOT_FOUND", R::NUL_TERMINATED)
    assert_equal nf, R.httpstatus_status_from_name("NOT_FOUND\0X", 9)
    assert_nil R.httpstatus_status_from_name("NOT_FOUND\0X", 11)
    assert_raises(RangeError) { R.httpstatus_status_from_name("NOT_FOUND\0X", R::NUL_TERMINATED) }
    assert_raises(RangeError) { R.httpstatus_status_from_name("OK".encode("UTF-16LE"), R::NUL_TERMINATED) }
  end

  def test_an_int_the_c_parameter_cannot_hold_is_refused
    fns = self.class.with(:int)
    refute_empty fns
    fns.each do |f|
      i = f[:params].index(:int)
      [R::INT_MAX + 1, R::INT_MIN - 1, 2**32 + 404, -(2**32) + 404, 2**64 + 404, 65_940 * 2**16].each do |v|
        refused(RangeError, f, i, v)
      end
      [R::INT_MAX, R::INT_MIN, 65_940, -404].each { |v| accepted(f, i, v) }
    end
    assert_nil R.httpstatus_status_from_code(65_940)
    assert_equal 0, R.httpstatus_class_of(R::INT_MAX)
  end

  def test_a_size_the_c_parameter_cannot_hold_is_refused
    fns = self.class.with(:size)
    refute_empty fns
    fns.each do |f|
      i = f[:params].index(:size)
      [-1, R::SIZE_MAX + 1, R::SIZE_MAX + 405, -(2**64) + 404].each { |v| refused(RangeError, f, i, v) }
    end
    assert_nil R.httpstatus_status_at(R::SIZE_MAX)
    assert_nil R.httpstatus_method_at(R::SIZE_MAX)
    assert_equal "", R.httpstatus_alias_text(R::SIZE_MAX)
  end

  def test_wrong_types_are_refused
    R::FUNCTIONS.each do |f|
      f[:params].each_with_index do |kind, i|
        wrong = case kind
                when :int, :size, :ulong then ["404", Complex(404, 0), nil, true, :a, [404]]
                when :string then [nil, :NOT_FOUND, 404, ["GET"], FFI::MemoryPointer.from_string("GET")]
                when :buffer then [("x" * 64).freeze, Class.new(String).new("x" * 64), 64, FFI::Pointer.new(8), FFI::Buffer.new(64),
                                   FFI::MemoryPointer.new(:char, 64)]
                else [true, "x", Object.new]
                end
        wrong.each { |v| refused(TypeError, f, i, v) }
      end
    end
  end

  def test_wrong_arity_is_refused
    R::FUNCTIONS.each do |f|
      n = f[:params].size
      assert_raises(ArgumentError) { R.public_send(f[:name], *Array.new(n + 1, 0)) }
      assert_raises(ArgumentError) { R.public_send(f[:name], *Array.new(n - 1, 0)) } if n.positive?
    end
  end

  def test_an_output_buffer_must_be_an_unfrozen_string_at_least_as_large_as_the_size
    fns = self.class.with(:buffer, :size)
    refute_empty fns
    fns.each do |f|
      i = f[:params].index(:buffer)
      refused_buffer = lambda do |buffer, size|
        assert_raises(RangeError, "#{f[:name]} #{size} in #{buffer.inspect}") do
          R.public_send(f[:name], *args(f, i, buffer).tap { |a| a[i + 1] = size })
        end
      end
      refused_buffer.call(nil, 1)
      refused_buffer.call(+"\0" * 8, 9)
      refused_buffer.call(+"\0" * 8, 64)
      refused_buffer.call(+"", 1)
      refused_buffer.call(+"\u00e9", 3) # 2 bytes, 1 character
    end
    assert_equal 22, R.httpstatus_format_status_line(404, nil, 0)
    small = "\0" * 8
    assert_equal 22, R.httpstatus_format_status_line(404, small, 8)
    assert_equal "HTTP/1.\0", small
    # C writes the first SIZE bytes; the rest of the String and its encoding stay
    buf = "#" * 30
    assert_equal 22, R.httpstatus_format_status_line(404, buf, 23)
    assert_equal "HTTP/1.1 404 Not Found\0#######", buf
    assert_equal Encoding::UTF_8, buf.encoding
    assert_raises(TypeError) { R.httpstatus_format_status_line(404, "#{'x' * 30}".freeze, 23) }
  end

  def test_a_refused_call_does_not_crash_the_process
    code = 'require "httpstatus"; begin; HTTPStatus::Raw.httpstatus_status_name(FFI::Pointer.new(8)); ' \
           'rescue TypeError; print "refused"; end'
    out = IO.popen([ENV.fetch("RUBY", RbConfig.ruby), "-I", File.expand_path("../lib", __dir__), "-e", code],
                   err: File::NULL, &:read)
    assert $?.success?, "the child process died: #{$?.inspect}"
    assert_equal "refused", out
  end
end
