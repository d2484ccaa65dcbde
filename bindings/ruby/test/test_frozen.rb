# frozen_string_literal: true

require_relative "helper"

# Nobody can change what another caller sees: records, tables, caches, constants, the module and its
# classes are frozen, and each attempt raises FrozenError and leaves the answer as it was.
class TestFrozen < Minitest::Test
  NF = HTTPStatus::Status::NOT_FOUND
  PRIVATE = %i[API Intrinsics Native Key Check Record RecordBehaviour Tables Head].freeze

  def modules
    [HTTPStatus, HTTPStatus::Status, HTTPStatus::Method, HTTPStatus::Rule, HTTPStatus::HTTPMethod, HTTPStatus::Raw, HTTPStatus::Alias] +
      PRIVATE.map { |name| HTTPStatus.const_get(name) }
  end

  def test_instance_variable_set_on_a_record_raises_and_changes_nothing
    HTTPStatus.each do |s|
      s.instance_variables.each do |ivar|
        before = s.instance_variable_get(ivar)
        assert_raises(FrozenError) { s.instance_variable_set(ivar, "changed") }
        assert_same before, s.instance_variable_get(ivar)
      end
      assert_raises(FrozenError) { s.instance_variable_set(:@new, 1) }
    end
    HTTPStatus::Method.each do |m|
      assert_raises(FrozenError) { m.instance_variable_set(:@is_safe, !m.safe?) }
    end
    assert_equal "Not Found", HTTPStatus[404].phrase
    assert_raises(FrozenError) { NF.phrase << "!" }
    assert_raises(FrozenError) { NF.define_singleton_method(:phrase) { "OK" } }
    assert_equal "Not Found", HTTPStatus[404].phrase
  end

  def test_the_module_its_classes_and_private_parts_are_frozen
    modules.each do |mod|
      assert_predicate mod, :frozen?, mod.inspect
      assert_raises(FrozenError, mod.inspect) { mod.instance_variable_set(:@x, 1) }
      assert_raises(FrozenError, mod.inspect) { mod.define_singleton_method(:from_code) { |*| nil } }
      assert_raises(FrozenError, mod.inspect) { mod.const_set(:INJECTED, 1) }
    end
    assert_raises(FrozenError) { HTTPStatus::Status.send(:define_method, :phrase) { "OK" } }
    assert_raises(FrozenError) { HTTPStatus::Status.send(:remove_method, :phrase) }
    assert_raises(FrozenError) { HTTPStatus.singleton_class.send(:alias_method, :from_code, :from_name) }
    assert_raises(FrozenError) { HTTPStatus.send(:remove_const, :NOT_FOUND) }
    assert_raises(FrozenError) { HTTPStatus::Raw.singleton_class.send(:remove_method, :httpstatus_status_code) }
    assert_raises(FrozenError) { HTTPStatus.const_get(:Native).attach_function(:strlen, [:string], :size_t) }
    assert_equal 404, HTTPStatus::NOT_FOUND
    assert_same NF, HTTPStatus.from_code(404)
  end

  def deep_frozen?(value, seen = {}.compare_by_identity)
    return true if seen.key?(value)

    seen[value] = true
    return false unless value.frozen?

    case value
    when Hash then value.all? { |k, v| deep_frozen?(k, seen) && deep_frozen?(v, seen) }
    when Array, Struct then value.to_a.all? { |v| deep_frozen?(v, seen) }
    else true
    end
  end

  def test_every_table_and_constant_is_frozen_all_the_way_down
    modules.each do |mod|
      mod.constants(false).each do |name|
        value = mod.const_get(name)
        next if value.is_a?(Module) || value.is_a?(Proc)

        assert deep_frozen?(value), "#{mod}::#{name} is not frozen all the way down"
      end
    end
    assert HTTPStatus.aliases.all? { |a| a.frozen? && a.text.frozen? }
    HTTPStatus::HTTPMethod.constants.each { |c| assert_predicate HTTPStatus::HTTPMethod.const_get(c), :frozen? }
    assert_raises(FrozenError) { HTTPStatus::HTTPMethod::GET << "X" }
    assert_raises(FrozenError) { HTTPStatus.aliases << 1 }
    assert_raises(FrozenError) { HTTPStatus.const_get(:Tables)::BY_CODE[404] = HTTPStatus::Status::OK }
    assert_raises(FrozenError) { HTTPStatus::Raw::HANDLES[:status].clear }
    assert_raises(FrozenError) { HTTPStatus::Raw::HANDLES[:rule].clear }
    assert_raises(FrozenError) { HTTPStatus.rules.clear }
    assert_raises(FrozenError) { HTTPStatus[405].rules.clear }
    assert_raises(FrozenError) { HTTPStatus.check(405) << HTTPStatus.rules.first }
    assert_raises(FrozenError) { HTTPStatus.check(200) << HTTPStatus.rules.first }
    assert_raises(FrozenError) { HTTPStatus.format_status_line(404) << "\r\n" }
    assert_raises(FrozenError) { HTTPStatus.format_status_line(299) << "\r\n" }
    assert_predicate HTTPStatus::Raw.httpstatus_status_from_code(404), :frozen?
  end

  def test_a_method_closure_cannot_be_reached_through_to_proc
    raw = HTTPStatus::Raw.method(:httpstatus_status_from_code)
    binding = raw.to_proc.binding
    %i[call kinds arity handles].each do |name|
      binding.local_variable_set(name, nil)
    rescue NameError, FrozenError
      nil
    end
    assert_equal 404, HTTPStatus::Raw.httpstatus_status_code(HTTPStatus::Raw.httpstatus_status_from_code(404))
    assert_raises(RangeError) { HTTPStatus::Raw.httpstatus_status_from_code(2**31) }
  end

  def test_records_are_shareable_between_ractors
    skip "no Ractor" unless defined?(Ractor)
    assert Ractor.shareable?(NF)
    assert Ractor.shareable?(HTTPStatus::Method::GET)
    assert Ractor.shareable?(HTTPStatus.rules)
  end
end
