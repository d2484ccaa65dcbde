# frozen_string_literal: true

require_relative "helper"

# The lookup order by text (exact name, then name ignoring case, then phrase), as the cases of
# tests/lookup-order.tsv, which C and the other bindings' suites read too.
class TestLookupOrder < Minitest::Test
  TABLE = File.join(ENV.fetch("top_srcdir", File.join(__dir__, "../../..")), "tests", "lookup-order.tsv")

  def test_each_case_of_the_table
    cases = File.readlines(TABLE, chomp: true).reject { |l| l.start_with?("#") }.drop(1).map { |l| l.split("\t") }
    assert_operator cases.size, :>=, 10
    cases.each do |text, code, _step|
      found = HTTPStatus.lookup(text)
      if code == "-"
        assert_nil found, text
      else
        assert_equal Integer(code), found&.code, text
      end
    end
  end
end
