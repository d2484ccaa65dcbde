# frozen_string_literal: true

require_relative "helper"
require_relative "hostile_inputs"

# The shared hostile inputs: tests/hostile/inputs.tsv, read at test time (the same file the Lua and
# Node suites read), each row one test that makes the value of its type, calls the operation through
# this binding's API and checks the answer class doc/bindings.md gives.
class TestHostile < Minitest::Test
  FILE = File.join(CLib.top_srcdir, "tests", "hostile", "inputs.tsv")

  OPERATIONS = HostileInputs::OPERATIONS

  def self.value(type, text) = HostileInputs.value(type, text)

  def self.calls(operation) = HostileInputs.calls(operation)

  ROWS = HostileInputs.rows(FILE)

  def check(where, answer, raw, value = nil, &call)
    kind, expected = answer.split(":", 2)
    case kind
    when "type_error" then assert_raises(TypeError, where, &call)
    when "range_error" then assert_raises(RangeError, where, &call)
    when "not_found" then assert_nil call.call, where
    when "found"
      got = call.call
      # the raw layer's handle is the record itself
      assert_same HTTPStatus::Status.const_get(HTTPStatus.from_code(Integer(expected)).name), got, where
      assert_equal Integer(expected), HTTPStatus::Raw.httpstatus_status_code(got), where if raw
    when "unofficial"
      got = call.call
      if raw
        assert_equal Integer(expected), HTTPStatus::Raw.httpstatus_status_code(got), where
        assert_equal "unofficial", HTTPStatus::Raw.httpstatus_state_name(HTTPStatus::Raw.httpstatus_status_state(got)), where
      else
        assert_same HTTPStatus.unofficial(Integer(expected)), got, where
        assert_equal :unofficial, got.state, where
      end
    when "method"
      got = call.call
      assert_same HTTPStatus::Method.const_get(expected.tr("-", "_")), got, where
      assert_equal expected, HTTPStatus::Raw.httpstatus_method_name(got), where if raw
    when "value" then assert_equal expected, call.call.to_s, where
    when "rule"
      got = call.call
      assert_instance_of HTTPStatus::Rule, got, where
      assert_same HTTPStatus.rules[Integer(expected)], got, where
      assert_same HTTPStatus::Raw.httpstatus_rule_at(Integer(expected)), got, where
    when "list" then check_list(where, value, call.call)
    else flunk "#{where}: unknown answer #{answer}"
    end
  end

  # A list answer (check with nothing known of the head but its status): a frozen Array of rule
  # records, the very ones C's check gives through the raw layer for the status (registered, else
  # unofficial), with no method, HTTP/1.1, no fields and content not known.
  def check_list(where, value, got)
    code = value.is_a?(HTTPStatus::Status) ? value.code : Integer(value)
    expected = Array.new(HTTPStatus::Raw.httpstatus_check_count(code, "", 0, 11, "", 0, -1)) do |i|
      HTTPStatus::Raw.httpstatus_check_at(code, "", 0, 11, "", 0, -1, i)
    end
    assert_instance_of Array, got, where
    assert_predicate got, :frozen?, where
    assert_equal expected.size, got.size, where
    expected.zip(got).each { |e, g| assert_same e, g, where }
  end

  ROWS.each do |number, operation, type, text, answer|
    define_method(format("test_%03d_%s_%s_%s", number, operation, type, text.inspect[0, 30])) do
      value = self.class.value(type, text)
      self.class.calls(operation).each_with_index do |call, i|
        check("line #{number}: #{operation}(#{type} #{text.inspect[0, 40]}) ##{i}", answer, operation.start_with?("raw."), value) do
          call.call(value)
        end
      end
    end
  end

  def test_the_shared_file_is_read_and_every_operation_and_type_in_it_is_known
    assert_operator ROWS.size, :>=, 60
    ROWS.each do |number, operation, type, text, _|
      refute_empty self.class.calls(operation), "line #{number}"
      self.class.value(type, text)
    end
    assert_empty OPERATIONS.keys - ["version"] - ROWS.map { |r| r[1] }, "operations the file does not exercise"
  end
end
