# frozen_string_literal: true

require_relative "helper"
require "net/http"

# The constants where Ruby's web frameworks take a status: Rack (Rack::Lint, Rack::Utils' symbols),
# Sinatra (status, halt) driven by Rack::Test, and a real WEBrick server on 127.0.0.1.  Integration
# tests (tests/tap.sh): each skips, naming the Debian package and the command that adds it, only when
# that framework is absent, and fails instead under HS_REQUIRE_INTEGRATION=1.
class TestFrameworks < Minitest::Test
  def need(feature, package)
    require feature
  rescue LoadError
    missing = "#{feature} is not installed (Debian: #{package})"
    flunk "#{missing} (HS_REQUIRE_INTEGRATION=1)" if ENV["HS_REQUIRE_INTEGRATION"] == "1"
    skip "integration: #{missing}; #{ENV.fetch('HS_INTEGRATION_INSTALL', '.ci/packages-integration')} adds it"
  end

  # Rack 3's Lint (lib/rack/lint.rb) asks this of a status; Debian 12 ships Rack 2.2, so it is asked here.
  def rack3_status?(status) = status.is_a?(Integer) && status >= 100

  def test_every_status_constant_is_an_Integer_rack_3_accepts
    HTTPStatus.each do |s|
      constant = HTTPStatus.const_get(s.name)
      assert_instance_of Integer, constant
      assert rack3_status?(constant), s.name
      assert_equal s.code, constant
      assert_equal constant, s
    end
    HTTPStatus.aliases.select { |a| a.kind == :name }.each { |a| assert rack3_status?(HTTPStatus.const_get(a.text)), a.text }
    HTTPStatus::HTTPMethod.constants.each do |c|
      token = HTTPStatus::HTTPMethod.const_get(c)
      assert_instance_of String, token
      assert_same HTTPStatus::Method[token], HTTPStatus::Method.const_get(c)
    end
  end

  def lint_status(status, headers = { "content-type" => "text/plain" }, body = ["x"])
    app = ->(_env) { [status, headers, body] }
    Rack::MockRequest.new(Rack::Lint.new(app)).get("/", lint: true).status
  end

  def test_rack_lint_accepts_the_constants_in_a_response
    need "rack", "ruby-rack"
    require "rack/lint"
    require "rack/mock"
    assert_equal 404, lint_status(HTTPStatus::NOT_FOUND)
    assert_equal 201, lint_status(HTTPStatus::CREATED)
    assert_equal 413, lint_status(HTTPStatus::REQUEST_ENTITY_TOO_LARGE)
    HTTPStatus.each do |s|
      bodiless = s.informational? || !s.may_have_content?
      got = bodiless ? lint_status(HTTPStatus.const_get(s.name), {}, []) : lint_status(HTTPStatus.const_get(s.name))
      assert_equal s.code, got, s.name
    end
    # a record is not what Rack takes: its .code is
    assert_equal 404, lint_status(HTTPStatus[:not_found].code)
  end

  def test_rack_utils_reads_the_constants
    need "rack", "ruby-rack"
    assert_equal 404, Rack::Utils.status_code(HTTPStatus::NOT_FOUND)
    assert_equal HTTPStatus::Status::NOT_FOUND.phrase, Rack::Utils::HTTP_STATUS_CODES[HTTPStatus::NOT_FOUND]
    assert_equal 201, Rack::Response.new([], HTTPStatus::CREATED).status
  end

  # Every Symbol of the installed Rack resolves to the status with the same code; a code the
  # registry does not have (Rack 2's 509 Bandwidth Limit Exceeded) resolves to nothing.
  def test_every_status_symbol_of_the_installed_rack_resolves
    need "rack", "ruby-rack"
    symbols = Rack::Utils::SYMBOL_TO_STATUS_CODE
    refute_empty symbols
    unregistered = symbols.reject { |_, code| HTTPStatus.from_code(code) }
    assert_operator unregistered.size, :<=, 1, "Rack knows codes the registry lacks: #{unregistered}"
    unregistered.each_key { |sym| assert_nil HTTPStatus[sym], sym.inspect }
    (symbols.to_a - unregistered.to_a).each do |sym, code|
      assert_same HTTPStatus.from_code(code), HTTPStatus[sym], "Rack #{Rack.release} #{sym.inspect}"
    end
  end

  # Rack 3.1's symbols, from rack/rack lib/rack/utils.rb: SYMBOL_TO_STATUS_CODE (its reason phrases
  # in lower case, blanks and hyphens as underscores) and OBSOLETE_SYMBOLS_TO_STATUS_CODES (older
  # symbols it still accepts).  509 (bandwidth_limit_exceeded) is no registered code.
  RACK3 = {
    continue: 100, switching_protocols: 101, processing: 102, early_hints: 103, ok: 200, created: 201,
    accepted: 202, non_authoritative_information: 203, no_content: 204, reset_content: 205,
    partial_content: 206, multi_status: 207, already_reported: 208, im_used: 226, multiple_choices: 300,
    moved_permanently: 301, found: 302, see_other: 303, not_modified: 304, use_proxy: 305,
    temporary_redirect: 307, permanent_redirect: 308, bad_request: 400, unauthorized: 401,
    payment_required: 402, forbidden: 403, not_found: 404, method_not_allowed: 405, not_acceptable: 406,
    proxy_authentication_required: 407, request_timeout: 408, conflict: 409, gone: 410,
    length_required: 411, precondition_failed: 412, content_too_large: 413, uri_too_long: 414,
    unsupported_media_type: 415, range_not_satisfiable: 416, expectation_failed: 417,
    misdirected_request: 421, unprocessable_content: 422, locked: 423, failed_dependency: 424,
    too_early: 425, upgrade_required: 426, precondition_required: 428, too_many_requests: 429,
    request_header_fields_too_large: 431, unavailable_for_legal_reasons: 451, internal_server_error: 500,
    not_implemented: 501, bad_gateway: 502, service_unavailable: 503, gateway_timeout: 504,
    http_version_not_supported: 505, variant_also_negotiates: 506, insufficient_storage: 507,
    loop_detected: 508, network_authentication_required: 511,
    # OBSOLETE_SYMBOLS_TO_STATUS_CODES
    payload_too_large: 413, unprocessable_entity: 422, not_extended: 510
  }.freeze

  def test_every_status_symbol_of_rack_3_resolves
    RACK3.each { |sym, code| assert_same HTTPStatus.from_code(code), HTTPStatus[sym], sym.inspect }
    assert_nil HTTPStatus[:bandwidth_limit_exceeded]
    assert_nil HTTPStatus.from_code(509)
  end

  def test_a_sinatra_app_sets_and_halts_with_the_constants
    need "sinatra/base", "ruby-sinatra"
    need "rack/test", "ruby-rack-test"
    app = Class.new(Sinatra::Base) do
      set :environment, :test
      set :show_exceptions, false
      set :raise_errors, true
      post("/items") do
        status HTTPStatus::CREATED
        "made"
      end
      get("/missing") { halt HTTPStatus::NOT_FOUND, "gone" }
      get("/teapot") { halt HTTPStatus::IM_A_TEAPOT }
      get("/method") { request.request_method == HTTPStatus::HTTPMethod::GET ? "GET it is" : "no" }
      get("/lookup/:code") { HTTPStatus[Integer(params["code"], 10)]&.phrase || halt(HTTPStatus::NOT_FOUND) }
    end
    browser = Rack::Test::Session.new(Rack::Lint.new(app))
    browser.post("/items")
    assert_equal [201, "made"], [browser.last_response.status, browser.last_response.body]
    browser.get("/missing")
    assert_equal [404, "gone"], [browser.last_response.status, browser.last_response.body]
    browser.get("/teapot")
    assert_equal 418, browser.last_response.status
    browser.get("/method")
    assert_equal "GET it is", browser.last_response.body
    browser.get("/lookup/503")
    assert_equal [200, "Service Unavailable"], [browser.last_response.status, browser.last_response.body]
    browser.get("/lookup/299")
    assert_equal 404, browser.last_response.status
  end

  # Rack's WEBrick handler: Rack 2 has it (rack/handler/webrick); Rack 3 moved the handlers to the
  # rackup gem (Debian: ruby-rackup), whose lib/rackup/handler/webrick.rb defines
  # "class WEBrick < ::WEBrick::HTTPServlet::AbstractServlet" in Rackup::Handler.
  def webrick_handler
    require "rackup/handler/webrick"
    Rackup::Handler::WEBrick
  rescue LoadError
    skip "rackup is not installed (Debian: ruby-rackup), and Rack #{Rack.release} has no handlers" if Rack.release >= "3"
    require "rack/handler/webrick"
    Rack::Handler::WEBrick
  end

  # A real server: WEBrick on 127.0.0.1, a port the system picks, real requests, every wait bounded.
  def test_a_webrick_server_answers_with_the_constants
    need "rack", "ruby-rack"
    need "webrick", "ruby-webrick"
    handler = webrick_handler
    app = Rack::Lint.new(lambda do |env|
      status = HTTPStatus[env["PATH_INFO"].delete_prefix("/").to_sym]&.code || HTTPStatus::NOT_FOUND
      [status, { "content-type" => "text/plain" }, [HTTPStatus.format_status_line(status)]]
    end)
    server = WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 0, Logger: WEBrick::Log.new(File::NULL),
                                     AccessLog: [], DoNotReverseLookup: true)
    server.mount("/", handler, app)
    thread = Thread.new { server.start }
    50.times do
      break if server.status == :Running

      sleep 0.1
    end
    assert_equal :Running, server.status, "WEBrick did not start within 5 s"
    port = server.config[:Port]
    Net::HTTP.start("127.0.0.1", port, open_timeout: 5, read_timeout: 5) do |http|
      { "/created" => 201, "/payload_too_large" => 413, "/im_a_teapot" => 418, "/nothing" => 404 }.each do |path, code|
        response = http.get(path)
        assert_equal code.to_s, response.code, path
        assert_equal HTTPStatus.format_status_line(code), response.body
      end
    end
  ensure
    server&.shutdown
    thread&.join(5)
  end
end
