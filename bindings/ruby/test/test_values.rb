# frozen_string_literal: true

require_relative "helper"
require "json"

# A status behaves like an IntEnum member; a method like its token.
class TestValues < Minitest::Test
  NF = HTTPStatus::Status::NOT_FOUND

  def test_a_status_equals_its_code_both_ways
    assert_equal NF, 404
    assert_operator NF, :==, 404
    assert_operator 404, :==, NF
    assert_operator NF, :==, 404.0
    refute_operator NF, :==, 405
    refute_operator NF, :==, "404"
    refute_operator NF, :==, nil
    refute_operator NF, :==, HTTPStatus::Status::OK
    assert_operator NF, :!=, 200
  end

  def test_case_statements
    kind = case NF
           when 200..299 then :ok
           when 404 then :missing
           end
    assert_equal :missing, kind
    assert_equal :hit, (case 404 when NF then :hit end)
    assert_equal :client, (case NF when 400..499 then :client end)
    matched = NF in { status_class: :client_error, cacheable: true }
    assert matched
    NF => { code: Integer => code }
    assert_equal 404, code
  end

  def test_ordered_against_integers_and_statuses
    assert_operator NF, :<, 500
    assert_operator NF, :>, HTTPStatus::Status::OK
    assert_operator 400, :<, NF
    assert NF.between?(400, 499)
    assert_equal 0, NF <=> 404
    assert_nil NF <=> "404"
    assert_raises(ArgumentError) { NF < "500" }
    assert_equal [HTTPStatus::Status::OK, NF], [NF, HTTPStatus::Status::OK].sort
    assert_equal HTTPStatus::Status::OK, [NF, HTTPStatus::Status::OK].min
  end

  def test_integer_conversions_and_arithmetic
    assert_equal 404, NF.to_i
    assert_equal 404, NF.to_int
    assert_equal 4, NF / 100
    assert_equal 405, NF + 1
    assert_equal 405, 1 + NF
    assert_kind_of Integer, NF + 0
    assert_equal :b, %i[a b c][HTTPStatus::Status::CREATED - 200]
    assert_raises(TypeError) { NF.coerce("1") }
  end

  def test_readable_strings
    assert_equal "404 Not Found", NF.to_s
    assert_equal "404 Not Found", "#{NF}"
    assert_equal "#<HTTPStatus::Status 404 NOT_FOUND>", NF.inspect
    assert_equal "GET", HTTPStatus::Method::GET.to_s
    assert_equal "#<HTTPStatus::Method GET>", HTTPStatus::Method::GET.inspect
    assert_equal '{"s":404,"m":"GET"}', JSON.generate({ s: NF, m: HTTPStatus::Method::GET })
  end

  def test_frozen_all_the_way_down
    HTTPStatus.each do |s|
      assert_predicate s, :frozen?
      s.to_h.each_value { |v| assert_predicate v, :frozen? }
    end
    HTTPStatus::Method.each { |m| assert_predicate m, :frozen? }
    assert_raises(FrozenError) { NF.instance_variable_set(:@code, 1) }
    assert_raises(FrozenError) { NF.phrase << "!" }
    assert_raises(FrozenError) { HTTPStatus.format_status_line(404) << "\r\n" }
    assert_predicate HTTPStatus.aliases, :frozen?
    assert Ractor.shareable?(NF) if defined?(Ractor)
  end

  def test_no_new_records
    assert_raises(NoMethodError) { HTTPStatus::Status.new }
    assert_raises(NoMethodError) { HTTPStatus::Status.allocate }
    assert_raises(NoMethodError) { HTTPStatus::Method.new }
  end

  def test_the_same_code_is_always_the_same_object
    assert_same NF, HTTPStatus[404]
    assert_same NF, HTTPStatus["NOT_FOUND"]
    assert_same NF, HTTPStatus[:not_found]
    assert_same NF, HTTPStatus["not found"]
    assert_same NF, HTTPStatus[NF]
    assert_same NF, HTTPStatus.from_code(404.0)
    assert_same NF, NF.dup
    assert_same NF, NF.clone
    assert_same NF, Marshal.load(Marshal.dump(NF))
    assert_same HTTPStatus::Method::GET, Marshal.load(Marshal.dump(HTTPStatus::Method::GET))
    assert_same HTTPStatus::Method::GET, HTTPStatus::Method::GET.dup
  end

  def test_hash_keys_are_strict_like_integer_and_float
    h = { NF => :status, 404 => :integer }
    assert_equal 2, h.size
    assert_equal :status, h[HTTPStatus[404]]
    assert_equal :integer, h[404]
    assert_nil({ 404 => 1 }[NF])
    assert NF.eql?(HTTPStatus[:not_found])
    refute NF.eql?(404)
    refute 404.eql?(NF)
    assert_equal NF.hash, HTTPStatus[404].hash
    assert_equal 1, [NF, HTTPStatus[404], HTTPStatus["NOT_FOUND"]].uniq.size
    assert_equal({ NF => 1 }, { NF => 1 }.merge(HTTPStatus[404] => 1))
  end

  def test_a_method_equals_its_token_exactly
    get = HTTPStatus::Method::GET
    assert_operator get, :==, "GET"
    assert_operator "GET", :==, get
    refute_operator get, :==, "get"
    refute_operator get, :==, :GET
    refute_operator get, :==, HTTPStatus::Method::PUT
    assert_equal "GET /", "#{get} /"
    assert_equal "GET /", "" + get + " /"
    refute get.eql?("GET")
  end

  def test_to_h_and_pattern_keys
    h = NF.to_h
    assert_equal 404, h[:code]
    assert_equal :client_error, h[:status_class]
    assert_equal true, h[:client_error]
    assert_equal({ code: 404, name: "NOT_FOUND" }, NF.deconstruct_keys(%i[code name]))
    assert_equal true, HTTPStatus::Method::GET.to_h[:safe]
  end
end
