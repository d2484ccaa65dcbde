# frozen_string_literal: true

require_relative "helper"

# The naming rule that turns generated fields into methods, on fields the library does not have yet:
# a new C accessor must become a method with no edit to the Ruby code.
class TestRecord < Minitest::Test
  Record = HTTPStatus.const_get(:Record)

  def new_fields
    [{ field: :is_shiny, function: :none, kind: :int, flag: true },
     { field: :may_glow, function: :none, kind: :int, flag: true },
     { field: :hash, function: :none, kind: :string, flag: false },
     { field: :widget_count, function: :none, kind: :size, flag: false }]
  end

  def test_new_fields_get_methods_by_the_convention
    klass = Class.new
    names = Record.define_accessors(klass, "status", new_fields)
    assert_equal %i[shiny? may_glow? status_hash widget_count], names.keys
    assert klass.public_method_defined?(:shiny?)
    refute klass.public_method_defined?(:is_shiny, false)
    refute klass.public_method_defined?(:hash, false), "Object#hash must stay Object's"
    record = klass.allocate
    record.instance_variable_set(:@is_shiny, true)
    record.instance_variable_set(:@hash, "h")
    assert_equal [true, "h"], [record.shiny?, record.status_hash]
    assert_kind_of Integer, record.hash
  end

  def test_a_field_defined_twice_is_refused
    klass = Class.new
    assert_raises(NameError) { Record.define_accessors(klass, "status", new_fields + [new_fields.first]) }
  end

  def test_values_convert_by_kind
    assert_equal true, Record.convert({ field: :is_x, kind: :int, flag: true }, 1)
    assert_equal false, Record.convert({ field: :is_x, kind: :int, flag: true }, 0)
    assert_equal :temporary, Record.convert({ field: :state, kind: :int, flag: false }, 2)
    assert_equal :server_error, Record.convert({ field: :class, kind: :int, flag: false }, 5)
    assert_equal 7, Record.convert({ field: :widgets, kind: :int, flag: false }, 7)
    # a rule's versions: the bits of enum httpstatus_http_version (HTTP1_1 = 2, HTTP3 = 8), named
    assert_equal %w[1.1 3], Record.convert({ field: :versions, kind: :int, flag: false }, 2 | 8)
    assert_equal [], Record.convert({ field: :versions, kind: :int, flag: false }, 0)
    assert_predicate Record.convert({ field: :versions, kind: :int, flag: false }, 15), :frozen?
    assert_equal :must_not, Record.convert({ field: :level, kind: :int, flag: false }, 2)
    assert_nil Record.convert({ field: :expires, kind: :string, flag: false }, "")
    assert_nil Record.convert({ field: :expires, kind: :string, flag: false }, nil)
    text = Record.convert({ field: :x, kind: :string, flag: false }, "caf\xC3\xA9".b)
    assert_equal [Encoding::UTF_8, "café", true], [text.encoding, text, text.frozen?]
    assert_equal Encoding::BINARY, Record.convert({ field: :x, kind: :string, flag: false }, "\xFF".b).encoding
  end
end
