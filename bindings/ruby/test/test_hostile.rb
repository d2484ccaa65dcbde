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

  def check(where, answer, raw, &call)
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
    else flunk "#{where}: unknown answer #{answer}"
    end
  end

  ROWS.each do |number, operation, type, text, answer|
    define_method(format("test_%03d_%s_%s_%s", number, operation, type, text.inspect[0, 30])) do
      value = self.class.value(type, text)
      self.class.calls(operation).each_with_index do |call, i|
        check("line #{number}: #{operation}(#{type} #{text.inspect[0, 40]}) ##{i}", answer, operation.start_with?("raw.")) do
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
