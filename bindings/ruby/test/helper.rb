# frozen_string_literal: true

require "csv"
require "minitest"
require "httpstatus"

module Minitest
  class Test
    # assert_equal that also accepts nil as the expected value.
    def assert_answer(expected, actual, message = nil)
      expected.nil? ? assert_nil(actual, message) : assert_equal(expected, actual, message)
    end
  end
end

# Answers taken straight from the C library through the raw layer, to hold the Ruby answers against.
module CLib
  N = HTTPStatus::Raw

  module_function

  def code_of(handle) = handle.nil? ? nil : N.httpstatus_status_code(handle)
  def method_name_of(handle) = handle.nil? ? nil : N.httpstatus_method_name(handle)

  # Each lookup with exactly the bytes of TEXT and their length.
  def name(text) = code_of(N.httpstatus_status_from_name(text, text.bytesize))
  def name_ci(text) = code_of(N.httpstatus_status_from_name_ci(text, text.bytesize))
  def phrase(text) = code_of(N.httpstatus_status_from_phrase(text, text.bytesize))
  def http_method(text) = method_name_of(N.httpstatus_method_from_name(text, text.bytesize))

  def statuses = Array.new(N.httpstatus_status_count) { |i| N.httpstatus_status_at(i) }
  def methods_ = Array.new(N.httpstatus_method_count) { |i| N.httpstatus_method_at(i) }

  # The raw value of a generated field, in the form the idiomatic layer promises.
  # The rows of data/NAME, without its comment lines, as CSV::Rows with headers.
  def rows(name)
    text = File.read(File.join(top_srcdir, "data", name)).lines.reject { |l| l.start_with?("#") }.join
    CSV.parse(text, headers: true)
  end

  def expected(spec, raw)
    case spec[:kind]
    when :string then raw.empty? && spec[:field] == :expires ? nil : raw.dup.force_encoding(Encoding::UTF_8)
    when :int
      return raw == 1 if spec[:flag]

      namer = :"httpstatus_#{spec[:field]}_name"
      return raw unless N.respond_to?(namer)

      name = N.public_send(namer, raw)
      name.to_sym
    else raw
    end
  end

  # The Ruby method the naming rule gives a field.
  def ruby_name(prefix, spec)
    name = spec[:flag] ? "#{spec[:field].to_s.delete_prefix('is_')}?" : spec[:field].to_s
    Object.method_defined?(name) ? "#{prefix}_#{name}" : name
  end

  def top_srcdir = ENV.fetch("top_srcdir") { File.expand_path("../../..", __dir__) }
end
