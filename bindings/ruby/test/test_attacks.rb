# frozen_string_literal: true

require_relative "helper"
require "rbconfig"

# The attacks only Ruby allows: objects that override the methods a check might ask (is_a?,
# kind_of?, instance_of?, class, bytesize, size, between?, >, <=>, ==, to_ptr, address, hash, eql?),
# singleton methods on a plain String, subclasses of String, FFI::Pointer and FFI::MemoryPointer.
# Each crash once found (a forged pointer, a length past the text, a size past the buffer) stays a
# test here; every attack runs in a child process too, where a crash would show as a signal.
class TestAttacks < Minitest::Test
  R = HTTPStatus::Raw
  NF = HTTPStatus::Status::NOT_FOUND

  def self.liar(**answers)
    Object.new.tap do |o|
      answers.each { |name, value| o.define_singleton_method(name) { |*| value } }
    end
  end

  # An object that claims to be an Integer, a String, an FFI::Pointer and a MemoryPointer at once.
  LIAR = liar(is_a?: true, kind_of?: true, instance_of?: true, class: Integer, bytesize: 1 << 20,
              size: 1 << 20, between?: true, ">": false, "<": false, ">=": true, "<=": true, "<=>": 0,
              "==": true, to_int: 404, to_i: 404, to_str: "NOT_FOUND", to_s: "NOT_FOUND",
              to_ptr: FFI::Pointer.new(8), address: 8, null?: false, hash: 404.hash, eql?: true)

  class LongString < String
    def bytesize = 1 << 20
    def size = 1 << 20
    def length = 1 << 20
    def include?(*) = false
    def hash = "NOT_FOUND".hash
    def eql?(*) = true
    def ==(*) = true
  end

  class BigBuffer < FFI::MemoryPointer
    def size = 1 << 20
    def total = 1 << 20
  end

  def nf_handle = R.httpstatus_status_from_code(404)

  def test_a_liar_is_refused_by_every_raw_parameter_kind
    R::FUNCTIONS.each do |f|
      f[:params].each_with_index do |_kind, i|
        args = f[:params].map { |k| { int: 404, size: 0, ulong: 0, string: "GET", buffer: nil, status: nil, method: nil, rule: nil }.fetch(k) }
        args[i] = LIAR
        assert_raises(TypeError, "#{f[:name]} argument #{i}") { R.public_send(f[:name], *args) }
      end
    end
  end

  def test_a_liar_is_refused_by_every_lookup
    [-> { HTTPStatus[LIAR] }, -> { HTTPStatus.lookup(LIAR) }, -> { HTTPStatus.from_code(LIAR) },
     -> { HTTPStatus.from_name(LIAR) }, -> { HTTPStatus.from_name(LIAR, ignore_case: true) },
     -> { HTTPStatus.from_phrase(LIAR) }, -> { HTTPStatus.class_of(LIAR) },
     -> { HTTPStatus.format_status_line(LIAR) }, -> { HTTPStatus.method_from_name(LIAR) },
     -> { HTTPStatus::Method[LIAR] }].each_with_index do |call, i|
      assert_raises(TypeError, "lookup ##{i}", &call)
    end
  end

  def test_a_string_whose_bytesize_lies_cannot_read_past_its_end
    s = +"NOT"
    s.define_singleton_method(:bytesize) { 1 << 20 }
    s.define_singleton_method(:size) { 1 << 20 }
    assert_raises(RangeError) { R.httpstatus_status_from_name(s, 1 << 20) }
    assert_raises(RangeError) { R.httpstatus_status_from_name(s, 4) }
    assert_nil R.httpstatus_status_from_name(s, 3)
    assert_nil HTTPStatus.from_name(s)
    assert_nil HTTPStatus[s]
  end

  def test_a_string_whose_include_hides_a_nul_cannot_pass_as_nul_terminated
    s = +"GET\0X"
    s.define_singleton_method(:include?) { |*| false }
    s.define_singleton_method(:b) { +"GET" }
    assert_raises(RangeError) { R.httpstatus_method_from_name(s, R::NUL_TERMINATED) }
  end

  def test_a_subclass_of_string_is_refused_by_raw_and_read_as_its_bytes_by_lookups
    long = LongString.new("NOT")
    assert_match(/subclass of String/, assert_raises(TypeError) { R.httpstatus_status_from_name(long, 3) }.message)
    assert_nil HTTPStatus[long]
    assert_nil HTTPStatus.from_name(long)
    assert_nil HTTPStatus.from_phrase(long)
    assert_nil HTTPStatus::Method[LongString.new("GE")]
    assert_same NF, HTTPStatus[LongString.new("NOT_FOUND")]
    assert_same NF, HTTPStatus.from_name(LongString.new("NOT_FOUND"))
    assert_same NF, HTTPStatus.from_phrase(LongString.new("not found"))
    assert_same HTTPStatus::Method::GET, HTTPStatus::Method[LongString.new("GET")]
  end

  def test_a_string_whose_eql_lies_still_finds_its_own_bytes
    s = +"NOT_FOUND"
    s.define_singleton_method(:eql?) { |*| false }
    s.define_singleton_method(:hash) { 0 }
    assert_same NF, HTTPStatus.from_name(s)
    assert_same NF, HTTPStatus[s]
  end

  # Handles are the records the library's addresses were read into; a pointer is refused even at
  # the library's own address, and so is the address as an Integer.
  def test_a_forged_or_shifted_pointer_is_refused
    own = nf_handle
    address = HTTPStatus.const_get(:Tables)::ADDRESS[:status][own]
    [FFI::Pointer.new(8), FFI::Pointer.new(address + 2), FFI::Pointer.new(address - 8), FFI::Pointer.new(address),
     address, R.httpstatus_method_at(0), FFI::MemoryPointer.new(:char, 256), FFI::Buffer.new(64)].each do |forged|
      assert_raises(TypeError, forged.inspect) { R.httpstatus_status_code(forged) }
    end
    assert_match(/httpstatus_method handle/, assert_raises(TypeError) { R.httpstatus_status_code(R.httpstatus_method_at(0)) }.message)
    assert_equal 404, R.httpstatus_status_code(own)
  end

  def test_a_pointer_whose_address_or_to_ptr_lies_is_refused
    forged = FFI::Pointer.new(8)
    own = nf_handle
    forged.define_singleton_method(:address) { HTTPStatus.const_get(:Tables)::ADDRESS[:status][own] }
    forged.define_singleton_method(:to_ptr) { own }
    forged.define_singleton_method(:null?) { false }
    assert_raises(TypeError) { R.httpstatus_status_code(forged) }
    sub = Class.new(FFI::Pointer) { define_method(:address) { 0 } }.new(8)
    assert_raises(TypeError) { R.httpstatus_status_code(sub) }
    to_ptr = Object.new
    to_ptr.define_singleton_method(:to_ptr) { FFI::Pointer.new(8) }
    assert_raises(TypeError) { R.httpstatus_status_code(to_ptr) }
  end

  # A buffer is a String measured by String#bytesize taken at load; a MemoryPointer, whatever its
  # size says, is no buffer.
  def test_a_buffer_whose_size_lies_cannot_be_overwritten
    small = +"\0\0\0\0"
    small.define_singleton_method(:bytesize) { 1 << 20 }
    small.define_singleton_method(:size) { 1 << 20 }
    assert_raises(RangeError) { R.httpstatus_format_status_line(404, small, 64) }
    pointer = FFI::MemoryPointer.new(:char, 4)
    pointer.define_singleton_method(:size) { 1 << 20 }
    assert_raises(TypeError) { R.httpstatus_format_status_line(404, pointer, 4) }
    big = BigBuffer.new(:char, 4)
    assert_raises(TypeError) { R.httpstatus_format_status_line(404, big, 64) }
    assert_equal 22, R.httpstatus_format_status_line(404, small, 4)
    assert_equal "HTT\0", small
  end

  def test_integers_whose_comparisons_lie_are_never_asked
    # Only a core Integer passes; nothing else is compared.  A Float or Rational equal to an
    # Integer is that Integer; a non-integral one is out of range in the raw layer.
    assert_raises(TypeError) { R.httpstatus_status_from_code(liar_number) }
    assert_raises(TypeError) { R.httpstatus_status_at(liar_number) }
    assert_raises(TypeError) { HTTPStatus.from_code(liar_number) }
    assert_same nf_handle, R.httpstatus_status_from_code(404.0)
    assert_same nf_handle, R.httpstatus_status_from_code(Rational(404, 1))
    assert_raises(RangeError) { R.httpstatus_status_from_code(Rational(809, 2)) }
    assert_raises(RangeError) { R.httpstatus_status_at(-0.5) }
    assert_raises(RangeError) { R.httpstatus_status_from_name("NOT_FOUND", 9.5) }
  end

  def liar_number
    Class.new(Numeric) do
      def >(*) = false
      def <(*) = false
      def >=(*) = true
      def <=(*) = true
      def between?(*) = true
      def <=>(*) = 0
      def to_int = 404
      def to_i = 404
      def integer? = true
      def is_a?(*) = true
      def kind_of?(*) = true
    end.new
  end

  def test_objects_with_implicit_conversions_are_not_trusted
    to_int = self.class.liar(to_int: (2**64) + 404)
    to_str = self.class.liar(to_str: "NOT_FOUND")
    assert_raises(TypeError) { HTTPStatus[to_int] }
    assert_raises(TypeError) { HTTPStatus.from_code(to_int) }
    assert_raises(TypeError) { HTTPStatus[to_str] }
    assert_raises(TypeError) { HTTPStatus.from_name(to_str) }
  end

  def test_a_forged_record_is_not_a_record_of_this_module
    forged = HTTPStatus::Status.send(:allocate)
    assert_raises(TypeError) { HTTPStatus[forged] }
    assert_raises(TypeError) { HTTPStatus.from_code(forged) }
    # a record of this module gives itself, a method record too
    assert_same HTTPStatus::Method::GET, HTTPStatus[HTTPStatus::Method::GET]
    assert_raises(TypeError) { HTTPStatus.from_code(HTTPStatus::Method::GET) }
    assert_same NF, HTTPStatus[NF]
    # a record is no code and no token: only lookup takes one
    assert_raises(TypeError) { HTTPStatus::Method[HTTPStatus::Method::GET] }
    assert_raises(TypeError) { HTTPStatus.method_from_name(HTTPStatus::Method::GET) }
    assert_raises(TypeError) { HTTPStatus.from_code(NF) }
    assert_same HTTPStatus.unofficial(499), HTTPStatus[HTTPStatus.unofficial(499)]
    refute HTTPStatus.include?(forged)
  end

  def test_numbers_of_every_core_kind
    assert_same NF, HTTPStatus[404.0]
    assert_same NF, HTTPStatus[Rational(404, 1)]
    assert_same NF, HTTPStatus[Complex(404, 0)]
    assert_nil HTTPStatus[Complex(404, 1)]
    assert_nil HTTPStatus[404.0.next_float]
    assert_nil HTTPStatus[-0.0]
    assert_nil HTTPStatus[Float::MAX]
    assert_nil HTTPStatus[(2**64) + 404]
    assert_nil HTTPStatus.class_of((2**64) + 404)
    assert_nil HTTPStatus.format_status_line(-(2**64) + 404)
  end

  def test_texts_of_every_encoding
    assert_same NF, HTTPStatus["NOT_FOUND".b]
    assert_same NF, HTTPStatus["NOT_FOUND".encode("ISO-8859-1")]
    assert_nil HTTPStatus["NOT_FOUND".encode("UTF-16LE")]
    assert_nil HTTPStatus["\xFF\xFE\x00".dup.force_encoding("UTF-16BE")]
    assert_nil HTTPStatus.from_phrase("\x80A".dup.force_encoding("ISO-2022-JP"))
    assert_nil HTTPStatus["NOT_FOUND\xFF"]
    assert_nil HTTPStatus["o\u212A"]
    assert_nil HTTPStatus[:"NOT_FOUND\0"]
    assert_nil HTTPStatus["Not Found " * 100_000]
  end

  # Every attack above that once crashed, in a child: a segfault or an abort fails the test.
  def test_the_crashes_once_found_are_refused_in_a_child_process
    code = <<~RUBY
      require "httpstatus"
      r = HTTPStatus::Raw
      own = r.httpstatus_status_from_code(404)
      liar = Object.new
      %i[is_a? kind_of? instance_of?].each { |m| liar.define_singleton_method(m) { |*| true } }
      liar.define_singleton_method(:to_ptr) { FFI::Pointer.new(8) }
      address = HTTPStatus.const_get(:Tables)::ADDRESS[:status][own]
      long = +"GET"; long.define_singleton_method(:bytesize) { 1 << 24 }
      buf = FFI::MemoryPointer.new(:char, 1); buf.define_singleton_method(:size) { 1 << 24 }
      n = Class.new(Numeric) { def between?(*) = true; def >(*) = false; def <(*) = false; def is_a?(*) = true }.new
      attacks = [-> { r.httpstatus_status_name(liar) }, -> { r.httpstatus_status_name(FFI::Pointer.new(8)) },
                 -> { r.httpstatus_status_name(FFI::Pointer.new(address + 2)) },
                 -> { r.httpstatus_method_name(own) },
                 -> { r.httpstatus_method_from_name(long, 1 << 24) },
                 -> { r.httpstatus_format_status_line(404, buf, 1 << 24) },
                 -> { r.httpstatus_status_at(n) }, -> { r.httpstatus_alias_text(n) }]
      refused = attacks.count { |a| begin; a.call; false; rescue TypeError, RangeError; true; end }
      print refused, "/", attacks.size
    RUBY
    out = IO.popen([ENV.fetch("RUBY", RbConfig.ruby), "-I", File.expand_path("../lib", __dir__), "-e", code],
                   err: File::NULL, &:read)
    assert $?.success?, "the child process died: #{$?.inspect}"
    assert_equal "8/8", out
  end
  # ruby -I lib -e CODE in a child: its output, and whether it ended well (a crash shows as a signal).
  def child(code)
    out = IO.popen([ENV.fetch("RUBY", RbConfig.ruby), "-I", File.expand_path("../lib", __dir__), "-e", code],
                   err: %i[child out], &:read)
    [out, $?]
  end

  # The attacks on the process around the binding, each in a fresh interpreter, each once a crash or
  # a forged answer: a core method redefined after require, a caller's pointer freed or re-pointed,
  # the binding's Procs rebound.
  PROCESS_ATTACKS = {
    "Integer.=== lies and a to_int of 4096 sizes a one-byte buffer" => <<~'RUBY',
      def Integer.===(_) = true
      class Integer; def <=(_) = true; def >=(_) = true; end
      big = Object.new; def big.to_int = 4096; def big.<=(_) = true; def big.>=(_) = true
      buf = +"\0"
      begin; HTTPStatus::Raw.httpstatus_format_status_line(404, buf, big); rescue TypeError; print "refused "; end
      begin; HTTPStatus::Raw.httpstatus_format_status_line(404, buf, 4096); rescue RangeError; print "refused "; end
      print buf.bytesize
    RUBY
    "a Hash prepend whose fetch and [] forge an address" => <<~'RUBY',
      Hash.prepend(Module.new { def fetch(*) = 8; def [](*) = 8; def key?(*) = true })
      r = HTTPStatus::Raw
      begin; r.httpstatus_status_name(FFI::Pointer.new(8)); rescue TypeError; print "refused "; end
      print r.httpstatus_status_code(r.httpstatus_status_from_code(404)), " ", HTTPStatus[404].phrase
    RUBY
    "UnboundMethod#bind_call and Module#=== lie" => <<~'RUBY',
      class UnboundMethod; def bind_call(*) = true; end
      class Module; def ===(_) = true; end
      begin; HTTPStatus::Raw.httpstatus_status_from_name("GET", 4096); rescue RangeError; print "refused "; end
      print HTTPStatus::Raw.httpstatus_status_code(HTTPStatus::Raw.httpstatus_status_from_code(404))
    RUBY
    "every Proc of the binding rebound through its Binding" => <<~'RUBY',
      ObjectSpace.each_object(Proc) do |pr|
        next unless pr.source_location&.first&.include?("httpstatus")
        b = pr.binding
        b.local_variables.each { |v| b.local_variable_set(v, nil) rescue nil }
      rescue ArgumentError
        nil
      end
      begin; HTTPStatus::Raw.httpstatus_method_from_name("GET", 4096); rescue RangeError; print "refused "; end
      print HTTPStatus::Raw.httpstatus_status_code(HTTPStatus::Raw.httpstatus_status_from_code(404))
    RUBY
    "a freed MemoryPointer as the buffer" => <<~'RUBY',
      buf = FFI::MemoryPointer.new(:char, 64); buf.free
      begin; HTTPStatus::Raw.httpstatus_format_status_line(404, buf, 64); rescue TypeError; print "refused "; end
      print HTTPStatus.format_status_line(404)
    RUBY
    "a buffer, and a handle, re-pointed at address 8" => <<~'RUBY',
      r = HTTPStatus::Raw
      buf = FFI::MemoryPointer.new(:char, 64)
      FFI::Pointer.instance_method(:initialize).bind_call(buf, 8)
      begin; r.httpstatus_format_status_line(404, buf, 64); rescue TypeError; print "refused "; end
      h = r.httpstatus_status_from_code(404)
      begin; FFI::Pointer.instance_method(:initialize).bind_call(h, 8); rescue TypeError, FrozenError; print "refused "; end
      print r.httpstatus_status_code(r.httpstatus_status_from_code(404))
    RUBY
  }.freeze

  def test_attacks_on_the_process_around_the_binding
    expected = ["refused refused 1", "refused 404 Not Found", "refused 404", "refused 404", "refused HTTP/1.1 404 Not Found",
                "refused refused 404"]
    PROCESS_ATTACKS.each_with_index do |(what, code), i|
      out, status = child("require \"httpstatus\"\n#{code}")
      assert status.success?, "#{what}: #{status.inspect} #{out}"
      assert_equal expected[i], out, what
    end
  end
end
