# frozen_string_literal: true

require_relative "helper"

# doc/properties.md (written by make regen from the model) names each record's properties in Ruby by
# the rule of httpstatus/record.rb: here the records themselves say whether it named them right.
class TestPropertiesDoc < Minitest::Test
  DOC = File.join(ENV.fetch("top_srcdir", File.join(__dir__, "../../..")), "doc", "properties.md")

  # The Ruby column of the table under HEADING: [C function, Ruby name] per row.
  def documented(heading)
    section = File.read(DOC).split(/^## /).find { |s| s.start_with?(heading) }
    refute_nil section, "doc/properties.md has no section #{heading}"
    section.scan(/^\| `(httpstatus_\w+)\(\)` \| `[^`]*` \| `([^`]*)` \|/)
  end

  def test_the_status_properties_are_the_methods_of_a_status
    rows = documented("A status")
    assert_equal HTTPStatus::Status::Accessors.keys.map(&:to_s).sort, rows.map(&:last).sort
    rows.each { |_, name| assert HTTPStatus[404].respond_to?(name), "HTTPStatus[404] has no #{name}" }
  end

  def test_the_method_properties_are_the_methods_of_a_method
    rows = documented("A method")
    assert_equal HTTPStatus::Method::Accessors.keys.map(&:to_s).sort, rows.map(&:last).sort
    rows.each { |_, name| assert HTTPStatus::Method["GET"].respond_to?(name), "GET has no #{name}" }
  end
end
