# frozen_string_literal: true

require_relative "helper"
require "open3"
require "rbconfig"

# The raw layer: every function the library exports is reachable through HTTPStatus::Raw and answers.
class TestRaw < Minitest::Test
  N = HTTPStatus::Raw

  def exported_by_library
    nm = ENV.fetch("NM", "nm").split.first || "nm"
    out = IO.popen([nm, "-D", "--defined-only", ENV.fetch("LIBHTTPSTATUS_PATH")], err: File::NULL, &:read)
    skip "#{nm} cannot list the exports" unless $?.success?
    out.lines.map(&:split).select { |f| f.size == 3 && f[1] == "T" }.map { |f| f[2].sub(/@.*/, "") }.sort
  end

  def test_the_generated_list_is_exactly_what_the_library_exports
    assert_equal exported_by_library, N::FUNCTIONS.map { |f| f[:name].to_s }.sort
  end

  def test_every_export_is_reachable_through_the_checked_layer
    N::FUNCTIONS.each { |f| assert_respond_to N, f[:name] }
    assert_operator N::FUNCTIONS.size, :>=, 43
  end

  def test_the_unchecked_module_is_not_public
    assert_raises(NameError) { HTTPStatus::Native }
    refute_includes HTTPStatus.constants, :Native
  end

  def test_the_library_is_the_one_named_by_LIBHTTPSTATUS_PATH
    assert_equal ENV.fetch("LIBHTTPSTATUS_PATH"), N::PATH
    assert_equal ["libhttpstatus.so.0"], [N::SONAME]
  end

  # Arguments for a smoke call of any function, chosen by the kinds of its parameters.
  SAMPLE = {
    int: -> { 404 }, size: -> { 0 }, ulong: -> { 0 },
    string: -> { "NOT_FOUND" }, buffer: -> { "\0" * 64 },
    status: -> { N.httpstatus_status_from_code(404) }, method: -> { N.httpstatus_method_at(0) },
    rule: -> { N.httpstatus_rule_at(0) }
  }.freeze
  # A handle is the frozen record the library's handle was read into, or nil where C returns NULL.
  RETURNS = { int: [Integer], size: [Integer], ulong: [Integer], string: [String], status: [HTTPStatus::Status, NilClass],
              method: [HTTPStatus::Method, NilClass], rule: [HTTPStatus::Rule, NilClass], void: [NilClass] }.freeze

  def test_every_export_can_be_called_and_returns_its_kind
    N::FUNCTIONS.each do |f|
      args = f[:params].map { |kind| SAMPLE.fetch(kind).call }
      # a text parameter is followed by its length
      args = args.each_with_index.map { |a, i| f[:params][i] == :size && f[:params][i - 1] == :string && i.positive? ? args[i - 1].bytesize : a }
      args[f[:params].index(:size)] = 64 if f[:params].include?(:buffer)
      result = N.public_send(f[:name], *args)
      assert(RETURNS.fetch(f[:returns]).any? { |k| k === result }, "#{f[:name]} gave #{result.inspect}")
      assert_predicate result, :frozen?, f[:name].to_s if %i[status method rule].include?(f[:returns])
    end
  end

  def test_each_function_answers_like_the_header_says
    nf = N.httpstatus_status_from_code(404)
    get = N.httpstatus_method_from_name("GET", 3)
    assert_same HTTPStatus::Status::NOT_FOUND, nf
    assert_same HTTPStatus::Method::GET, get
    assert_nil N.httpstatus_status_from_code(65_940)
    assert_equal nf, N.httpstatus_status_from_name("NOT_FOUND", 9)
    assert_equal nf, N.httpstatus_status_from_name_ci("not_found", 9)
    assert_equal nf, N.httpstatus_status_from_phrase("NOT FOUND", 9)
    assert_nil N.httpstatus_status_from_name("not_found", 9)
    assert_equal nf, N.httpstatus_status_at(N.httpstatus_status_count.times.find { |i| N.httpstatus_status_code(N.httpstatus_status_at(i)) == 404 })
    assert_nil N.httpstatus_status_at(N.httpstatus_status_count)
    assert_nil N.httpstatus_method_at(N.httpstatus_method_count)
    assert_equal "GET", N.httpstatus_method_name(get)
    assert_equal 1, N.httpstatus_method_is_safe(get)
    assert_equal 4, N.httpstatus_class_of(404)
    assert_equal 0, N.httpstatus_class_of(600)
    assert_equal "client_error", N.httpstatus_class_name(4)
    assert_equal "", N.httpstatus_class_name(9)
    assert_equal "registered", N.httpstatus_state_name(N.httpstatus_status_state(nf))
    assert_equal "", N.httpstatus_state_name(99)
    assert_equal "", N.httpstatus_status_name(nil)
    assert_equal 0, N.httpstatus_status_code(nil)
    assert_equal "", N.httpstatus_method_name(nil)
    assert_equal "", N.httpstatus_alias_text(N.httpstatus_alias_count)
    assert_equal 0, N.httpstatus_alias_kind(N.httpstatus_alias_count)
    assert_nil N.httpstatus_alias_status(N.httpstatus_alias_count)
    assert_equal 22, N.httpstatus_format_status_line(404, nil, 0)
    assert_equal(-1, N.httpstatus_format_status_line(600, nil, 0))
    assert_match(/\A\d+\.\d+\.\d+\z/, N.httpstatus_version)
    assert_match(/\A\d{4}-\d\d-\d\d\z/, N.httpstatus_registry_date)
    major, minor, micro = N.httpstatus_version.split(".").map(&:to_i)
    assert_equal (major << 16) | (minor << 8) | micro, N.httpstatus_version_number
  end

  def test_string_results_are_never_nil
    N::FUNCTIONS.select { |f| f[:returns] == :string && f[:params] == [:int] }.each do |f|
      [-1, 0, 404, N::INT_MAX].each { |v| assert_kind_of String, N.public_send(f[:name], v), "#{f[:name]}(#{v})" }
    end
  end

  def test_the_generated_field_lists_carry_flag_markers
    flags = N::STATUS_FIELDS.select { |f| f[:flag] }.map { |f| f[:field] }
    assert_includes flags, :is_success
    assert_includes flags, :may_have_content
    refute_includes flags, :code
    assert(N::STATUS_FIELDS.all? { |f| f[:flag] == f[:field].to_s.match?(/\A(is|may)_/) })
    assert(N::METHOD_FIELDS.all? { |f| f[:flag] == f[:field].to_s.match?(/\A(is|may)_/) })
  end

  # In a fresh process, eight threads making the first call at once each get the checked answer, and
  # a refusal is the same before and after.
  def test_the_first_calls_from_many_threads_are_all_checked
    code = <<~RUBY
      require "httpstatus"
      r = HTTPStatus::Raw
      answers = Array.new(8) do |i|
        Thread.new do
          i.even? ? r.httpstatus_status_code(r.httpstatus_status_from_code(404)) : r.httpstatus_status_from_code("404")
        rescue TypeError => e
          e.message
        end
      end.map(&:value)
      again = begin; r.httpstatus_status_from_code("404"); rescue TypeError => e; e.message; end
      print answers.uniq.sort_by(&:to_s).inspect, "|", again
    RUBY
    out, err, status = Open3.capture3(ENV.fetch("RUBY", RbConfig.ruby), "-w", "-I", File.expand_path("../lib", __dir__), "-e", code)
    assert status.success?, err
    assert_equal "", err
    refusal = "httpstatus_status_from_code(code): expected an Integer, got String"
    assert_equal "#{[404, refusal].inspect}|#{refusal}", out
  end

  # The checks are methods of a frozen private module, written at require: none can be replaced,
  # and no Proc of the binding holds a check a caller could rebind.
  def test_the_checks_cannot_be_replaced
    check = HTTPStatus.const_get(:Check)
    assert_predicate check, :frozen?
    assert_raises(FrozenError) { check.singleton_class.send(:define_method, :length) { |*| 0 } }
    assert_raises(FrozenError) { HTTPStatus::Raw.singleton_class.send(:define_method, :httpstatus_status_code) { |*| 0 } }
    mine = ObjectSpace.each_object(Proc).select { |pr| pr.source_location&.first&.include?("/lib/httpstatus") }
    mine.each do |pr|
      pr.binding.local_variables.each { |v| pr.binding.local_variable_set(v, nil) }
    rescue ArgumentError, NameError
      nil
    end
    assert_raises(RangeError) { HTTPStatus::Raw.httpstatus_method_from_name("GET", 4) }
    assert_equal 22, HTTPStatus::Raw.httpstatus_format_status_line(404, "\0" * 23, 23)
  end
end
