# frozen_string_literal: true

require_relative "helper"
require "csv"

# The Ruby records are the C library's records: same count, same order, same fields.
class TestRegistry < Minitest::Test
  N = HTTPStatus::Raw

  # Every record of COLLECTION, in order, answers each field as C does for the handle at its index.
  def assert_records_match_c(collection, handles, kind, fields)
    assert_equal handles.size, collection.count
    collection.each.with_index do |record, i|
      fields.each do |spec|
        raw = N.public_send(spec[:function], handles[i])
        assert_answer CLib.expected(spec, raw), record.public_send(CLib.ruby_name(kind, spec)),
                      "#{record.inspect} #{spec[:field]}"
      end
    end
  end

  def test_iteration_gives_every_c_status_in_order_with_every_field
    assert_equal CLib.statuses.size, HTTPStatus.size
    assert_records_match_c HTTPStatus, CLib.statuses, "status", N::STATUS_FIELDS
  end

  def test_iteration_gives_every_c_method_in_order_with_every_field
    assert_records_match_c HTTPStatus::Method, CLib.methods_, "method", N::METHOD_FIELDS
  end

  def test_every_field_is_a_method_named_by_the_convention
    %i[code name phrase description reference reference_title state expires status_class
       informational? success? redirection? client_error? server_error? may_have_content? cacheable?].each do |m|
      assert_respond_to HTTPStatus::Status::NOT_FOUND, m
    end
    %i[name description reference reference_title safe? idempotent? cacheable?].each do |m|
      assert_respond_to HTTPStatus::Method::GET, m
    end
    assert_equal HTTPStatus::Status, HTTPStatus::Status::NOT_FOUND.class
    assert_equal N::STATUS_FIELDS.size, HTTPStatus::Status::NOT_FOUND.to_h.size
  end

  def test_the_fields_read_as_documented
    nf = HTTPStatus::Status::NOT_FOUND
    assert_equal [404, "NOT_FOUND", "Not Found", :registered, :client_error], [nf.code, nf.name, nf.phrase, nf.state, nf.status_class]
    assert_equal "RFC 9110, Section 15.5.5", nf.reference
    assert_equal "HTTP Semantics", nf.reference_title
    assert nf.client_error?
    refute nf.success?
    assert nf.may_have_content?
    assert nf.cacheable?
    assert_nil nf.expires
    refute HTTPStatus::Status::NO_CONTENT.may_have_content?
    assert HTTPStatus::Status::OK.success?
    assert_equal Encoding::UTF_8, nf.description.encoding
    temporary = HTTPStatus.find { |s| s.state == :temporary }
    assert_match(/\A\d{4}-\d\d-\d\d\z/, temporary.expires) if temporary
  end

  def test_statuses_match_the_data_files_in_order
    rows = CSV.parse(File.read(File.join(CLib.top_srcdir, "data/statuses.csv")).lines.reject { |l| l.start_with?("#") }.join,
                     headers: true)
    assert_equal rows.map { |r| Integer(r["code"]) }, HTTPStatus.map(&:code)
    assert_equal rows.map { |r| r["name"] }, HTTPStatus.map(&:name)
    assert_equal rows.map { |r| r["phrase"] }, HTTPStatus.map(&:phrase)
    assert_equal rows.map { |r| r["state"].to_sym }, HTTPStatus.map(&:state)
    assert_equal rows.map { |r| r["may_have_content"] == "yes" }, HTTPStatus.map(&:may_have_content?)
  end

  def test_methods_match_the_data_file_in_order
    rows = CSV.parse(File.read(File.join(CLib.top_srcdir, "data/methods.csv")).lines.reject { |l| l.start_with?("#") }.join,
                     headers: true)
    assert_equal rows.map { |r| r["name"] }, HTTPStatus::Method.map(&:name)
    assert_equal rows.map { |r| r["safe"] == "yes" }, HTTPStatus::Method.map(&:safe?)
    assert_equal rows.map { |r| r["idempotent"] == "yes" }, HTTPStatus::Method.map(&:idempotent?)
  end

  def test_aliases_are_the_c_aliases_and_resolve_to_the_same_record
    assert_equal N.httpstatus_alias_count, HTTPStatus.aliases.size
    HTTPStatus.aliases.each_with_index do |a, i|
      assert_equal N.httpstatus_alias_text(i), a.text
      assert_equal CLib.code_of(N.httpstatus_alias_status(i)), a.status.code
      found = a.kind == :name ? HTTPStatus.from_name(a.text) : HTTPStatus.from_phrase(a.text)
      assert_same a.status, found, a.text
      assert_same a.status, HTTPStatus[a.text]
      assert_same a.status.code, HTTPStatus.const_get(a.text) if a.kind == :name
    end
    assert_includes HTTPStatus.aliases.map(&:kind).uniq.sort, :phrase
  end

  def test_old_names_and_phrases
    assert_same HTTPStatus::Status::CONTENT_TOO_LARGE, HTTPStatus::Status::REQUEST_ENTITY_TOO_LARGE
    assert_same HTTPStatus::Status::UNPROCESSABLE_CONTENT, HTTPStatus[:unprocessable_entity]
    assert_same HTTPStatus::Status::CONTENT_TOO_LARGE, HTTPStatus.from_phrase("Payload Too Large")
    assert_same HTTPStatus::Status::CONTENT_TOO_LARGE, HTTPStatus.from_phrase("request entity too large")
    assert_same HTTPStatus::Status::URI_TOO_LONG, HTTPStatus.from_phrase("Request-URI Too Long")
    assert_same HTTPStatus::Status::RANGE_NOT_SATISFIABLE, HTTPStatus["REQUESTED_RANGE_NOT_SATISFIABLE"]
  end

  def test_a_constant_for_every_name
    HTTPStatus.each { |s| assert_same s, HTTPStatus::Status.const_get(s.name)
    HTTPStatus.each { |s| assert_same s.code, HTTPStatus.const_get(s.name) } }
    HTTPStatus::Method.each { |m| assert_same m, HTTPStatus::Method.const_get(m.name.tr("-", "_")) }
  end

  def test_lookups_by_code_name_and_phrase_agree_with_c_for_every_key
    HTTPStatus.each do |s|
      assert_same s, HTTPStatus[s.code]
      assert_same s, HTTPStatus.from_code(s.code)
      [s.name, s.name.downcase, s.name.capitalize, s.name.swapcase].each do |n|
        assert_equal CLib.name_ci(n), HTTPStatus.from_name(n, ignore_case: true).code, n
        assert_answer CLib.name(n), HTTPStatus.from_name(n)&.code, n
        assert_same s, HTTPStatus[n.to_sym]
      end
      [s.phrase, s.phrase.upcase, s.phrase.downcase].each do |ph|
        assert_equal CLib.phrase(ph), HTTPStatus.from_phrase(ph).code, ph
        assert_same s, HTTPStatus[ph]
      end
    end
  end

  def test_near_misses_find_nothing_in_c_and_in_ruby
    ["NOT_FOUND ", " NOT_FOUND", "NOT-FOUND", "NOTFOUND", "Not  Found", "Not Found.", "n", "NOT_FOUND\0",
     "Not Found\0x", "o\u212A", "\u212Aok"].each do |text|
      assert_nil CLib.name_ci(text)
      assert_nil CLib.phrase(text)
      assert_nil HTTPStatus[text], text.inspect
    end
  end

  def test_class_of_every_int_near_the_codes_and_at_the_c_limits_matches_c
    ints = (-5..1005).to_a + [2**31 - 1, -2**31, 2**30, -2**30]
    ints.each do |code|
      name = N.httpstatus_class_name(N.httpstatus_class_of(code))
      assert_answer name.empty? ? nil : name.to_sym, HTTPStatus.class_of(code), code
    end
    assert_equal :success, HTTPStatus.class_of(299)
    assert_nil HTTPStatus.class_of(600)
  end

  def test_status_lines_match_c
    [100, 199, 299, 404, 418, 599, 600, 99, 0, -1, 2**31 - 1].each do |code|
      size = N.httpstatus_format_status_line(code, nil, 0)
      expected = nil
      if size >= 0
        buf = "\0" * (size + 1)
        N.httpstatus_format_status_line(code, buf, size + 1)
        expected = buf.chomp("\0")
      end
      assert_answer expected, HTTPStatus.format_status_line(code), code
    end
    assert_equal "HTTP/1.1 404 Not Found", HTTPStatus.format_status_line(404)
    assert_raises(TypeError) { HTTPStatus.format_status_line(HTTPStatus::Status::SERVICE_UNAVAILABLE) } # a record is no code
    assert_equal "HTTP/1.1 299 ", HTTPStatus.format_status_line(299)
  end

  def test_methods_by_name_are_case_sensitive_like_c
    HTTPStatus::Method.each do |m|
      assert_same m, HTTPStatus::Method[m.name]
      assert_same m, HTTPStatus.http_method(m.name)
      assert_same m, HTTPStatus::Method[m.name.to_sym]
      assert_same m, HTTPStatus::Method[m.name.downcase.tr("-", "_").to_sym]
      assert_answer CLib.http_method(m.name.downcase), HTTPStatus::Method[m.name.downcase]&.name
    end
    assert_nil HTTPStatus::Method["get"]
    assert_nil HTTPStatus::Method["GET "]
    assert_nil HTTPStatus::Method[:Get]
    assert HTTPStatus::Method::GET.safe?
    refute HTTPStatus::Method::POST.idempotent?
    assert HTTPStatus::Method::POST.cacheable?
  end

  def test_version_and_registry_date
    assert_equal N.httpstatus_version, HTTPStatus.version
    assert_equal N.httpstatus_version_number, HTTPStatus.version_number
    assert_equal N.httpstatus_registry_date, HTTPStatus.registry_date
    assert HTTPStatus.version.frozen?
  end

  def test_fetch_raises_key_error_or_takes_a_default
    assert_same HTTPStatus::Status::OK, HTTPStatus.fetch(200)
    error = assert_raises(KeyError) { HTTPStatus.fetch(299) }
    assert_equal 299, error.key
    assert_equal :none, HTTPStatus.fetch("NOPE", :none)
    assert_equal "NOPE!", HTTPStatus.fetch("NOPE") { |k| "#{k}!" }
    assert_raises(KeyError) { HTTPStatus::Method.fetch("get") }
    assert_same HTTPStatus::Method::PUT, HTTPStatus::Method.fetch(:put)
  end

  def test_enumerable_without_hiding_module_include
    assert_equal HTTPStatus.count { |s| s.code.between?(400, 499) }, HTTPStatus.count(&:client_error?)
    assert_equal HTTPStatus.to_a, HTTPStatus.sort
    assert HTTPStatus.include?(HTTPStatus::Status::OK)
    assert HTTPStatus.include?(HTTPStatus::OK)
    refute HTTPStatus.include?(299)
    refute HTTPStatus.include?("OK")
    refute HTTPStatus.include?(Comparable)
    assert HTTPStatus::Method.include?(HTTPStatus::Method::GET)
    assert_kind_of Enumerator, HTTPStatus.each
    assert_equal HTTPStatus.size, HTTPStatus.each.size
  end

  def test_unofficial_statuses_are_records_of_their_own_that_no_registry_lookup_finds
    rows = CLib.rows("unofficial.csv")
    assert_equal rows.map { |r| Integer(r["code"]) }, HTTPStatus.unofficial_statuses.map(&:code)
    rows.each do |row|
      code = Integer(row["code"])
      u = HTTPStatus.unofficial(code)
      assert_same u, HTTPStatus.unofficial_statuses.find { |s| s.code == code }
      assert_equal [row["name"], row["phrase"], row["user"], row["meaning"], row["source"], :unofficial],
                   [u.name, u.phrase, u.user, u.description, u.reference, u.state]
      assert_nil HTTPStatus.from_code(code)
      assert_nil HTTPStatus[code]
      assert_nil HTTPStatus.from_name(row["name"])
      assert_predicate u, :frozen?
    end
    assert_nil HTTPStatus.unofficial(404)
    assert_nil HTTPStatus.unofficial(499 + 2**32)
    assert_raises(TypeError) { HTTPStatus.unofficial("499") }
    assert_equal "", HTTPStatus[404].user
  end

  def test_aliases_say_where_they_are_used
    rows = CLib.rows("aliases.csv")
    assert_equal rows.map { |r| r["source"] }, HTTPStatus.aliases.map(&:source)
    assert(HTTPStatus.aliases.all? { |a| a.source.frozen? && !a.source.empty? })
  end

  def test_what_clients_ask_of_a_status
    assert HTTPStatus[303].location_redirect?
    assert_equal :get, HTTPStatus[303].follow_method
    assert_equal :keep, HTTPStatus[308].follow_method
    assert HTTPStatus[308].permanent_redirect?
    refute HTTPStatus[300].location_redirect?
    assert_equal :"", HTTPStatus[200].follow_method
    assert HTTPStatus[503].transient?
    assert HTTPStatus[503].may_have_retry_after?
  end
end

