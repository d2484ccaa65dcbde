# frozen_string_literal: true

require_relative "helper"

# Response rules (1.2): HTTPStatus::Rule records, HTTPStatus.rules, status.rules and HTTPStatus.check,
# held against data/rules.csv and against the C library through the raw layer.
class TestRules < Minitest::Test
  R = HTTPStatus::Raw
  ROWS = CLib.rows("rules.csv")
  ALL_VERSIONS = %w[1.0 1.1 2 3].freeze # the names `httpstatus --json` gives, in its order

  def rule_handles = Array.new(R.httpstatus_rule_count) { |i| R.httpstatus_rule_at(i) }

  # The rows of data/rules.csv that hold for STATUS: every status's, its class's, its own.
  def rows_of(status)
    ROWS.select { |row| ["*", "#{status.code / 100}xx", status.code.to_s].include?(row["status"]) }
  end

  def all_statuses = HTTPStatus.to_a + HTTPStatus.unofficial_statuses

  def test_one_record_per_rule_of_the_data_in_its_order
    assert_equal ROWS.size, HTTPStatus.rules.size
    assert_equal R.httpstatus_rule_count, HTTPStatus.rules.size
    ROWS.zip(HTTPStatus.rules).each_with_index do |(row, rule), i|
      where = "rule #{i}: #{row.to_h}"
      assert_same R.httpstatus_rule_at(i), rule, where
      assert_equal row["subject"].to_sym, rule.subject, where
      assert_equal row["field"].to_s, rule.field, where
      assert_equal row["level"], rule.level_text, where
      assert_equal row["level"].downcase.tr(" ", "_").to_sym, rule.level, where
      assert_equal row["scope"].downcase.tr("-", "_").to_sym, rule.scope, where
      assert_equal row["versions"] == "*" ? ALL_VERSIONS : row["versions"].split, rule.versions, where
      assert_equal row["locator"], rule.locator, where
      assert_equal row["quote"], rule.quote, where
    end
  end

  # Every property is what its C accessor gives, as the naming rule turns it into Ruby.
  def test_every_property_is_cs_answer
    assert_equal R::RULE_FIELDS.map { |f| f[:field] }.sort, HTTPStatus::Rule::Accessors.keys.sort
    rule_handles.each_with_index do |handle, i|
      rule = HTTPStatus.rules[i]
      R::RULE_FIELDS.each do |spec|
        raw = R.public_send(spec[:function], handle)
        got = rule.public_send(spec[:field])
        if spec[:field] == :versions
          # a set of bits: one name per bit, none left over
          assert_equal raw.to_s(2).count("1"), got.size, "rule #{i} versions #{raw}"
          assert_equal raw, got.sum { |name| 1 << ALL_VERSIONS.index(name) }, "rule #{i} versions"
        else
          assert_equal CLib.expected(spec, raw), got, "rule #{i} #{spec[:field]}"
        end
      end
    end
  end

  def test_the_namers_name_the_enum_values
    rule = HTTPStatus.rules.find { |r| r.level == :must_not && r.subject == :field }
    assert_equal rule.level.to_s, R.httpstatus_level_name(R.httpstatus_rule_level(rule))
    assert_equal rule.subject.to_s, R.httpstatus_subject_name(R.httpstatus_rule_subject(rule))
    assert_equal rule.scope.to_s, R.httpstatus_scope_name(R.httpstatus_rule_scope(rule))
    HTTPStatus.rules.each do |r|
      assert_instance_of Symbol, r.subject
      refute_empty r.level.to_s
      assert_equal r.subject == :field, !r.field.empty?, r.inspect
      assert_equal r.versions, ALL_VERSIONS & r.versions, "in order: #{r.inspect}"
    end
  end

  def test_each_status_has_its_rules_in_cs_order
    all_statuses.each do |status|
      expected = Array.new(R.httpstatus_status_rule_count(status)) { |i| R.httpstatus_status_rule_at(status, i) }
      assert_equal expected.size, status.rules.size, status.inspect
      expected.zip(status.rules).each { |e, got| assert_same e, got, status.inspect }
      assert_equal status.rule_count, status.rules.size
      # the rows of the data that cover it, in the data's order
      assert_equal rows_of(status).map { |row| row["locator"] }, status.rules.map(&:locator), status.inspect
      assert_predicate status.rules, :frozen?
    end
    assert HTTPStatus.unofficial_statuses.any? { |s| !s.rules.empty? }
  end

  def test_405_holds_the_allow_must
    row = ROWS.find { |r| r["status"] == "405" && r["field"] == "Allow" }
    refute_nil row, "data/rules.csv has 405's Allow"
    allow = HTTPStatus[405].rules.find { |r| r.field == "Allow" }
    refute_nil allow
    assert_equal :must, allow.level
    assert_equal row["locator"], allow.locator
    assert_equal "RFC 9110, Section 15.5.6", allow.locator
    assert_same allow, HTTPStatus::Status::METHOD_NOT_ALLOWED.rules.find { |r| r.field == "Allow" }
    assert_includes HTTPStatus.check(405), allow
    refute_includes HTTPStatus.check(405, fields: ["Allow"]), allow
    refute_includes HTTPStatus.check(405, fields: { "allow" => "GET, HEAD" }), allow
  end

  def test_records_are_shared_and_immutable
    rules = HTTPStatus.rules
    assert_same rules, HTTPStatus.rules
    assert_predicate rules, :frozen?
    assert_raises(FrozenError) { rules << rules.first }
    ids = rules.to_h { |r| [r.object_id, r] }
    all_statuses.each { |s| s.rules.each { |r| assert_same ids.fetch(r.object_id), r } }
    rules.each do |r|
      assert_predicate r, :frozen?
      assert_same r, r.dup
      assert_same r, r.clone
      assert_same r, Marshal.load(Marshal.dump(r))
      r.instance_variables.each do |ivar|
        value = r.instance_variable_get(ivar)
        assert_predicate value, :frozen?, "#{r.inspect} #{ivar}"
        assert_raises(FrozenError) { r.instance_variable_set(ivar, "changed") }
        assert_same value, r.instance_variable_get(ivar)
      end
      assert_raises(FrozenError) { r.versions << "4" }
      assert_raises(FrozenError) { r.quote << "!" }
      assert_raises(FrozenError) { r.define_singleton_method(:level) { :may } }
      assert r.versions.all?(&:frozen?)
      assert Ractor.shareable?(r) if defined?(Ractor)
    end
    assert_raises(NoMethodError) { HTTPStatus::Rule.new }
    assert_raises(NoMethodError) { HTTPStatus::Rule.allocate }
    assert_raises(FrozenError) { HTTPStatus::Rule.send(:define_method, :level) { :may } }
    assert_raises(FrozenError) { HTTPStatus[405].rules << rules.first }
    assert_raises(ArgumentError) { HTTPStatus::Rule._load(rules.size.to_s) }
  end

  def test_to_h_and_pattern_matching
    allow = HTTPStatus[405].rules.find { |r| r.field == "Allow" }
    assert_equal HTTPStatus::Rule::Accessors.keys.sort, allow.to_h.keys.sort
    assert_equal allow.locator, allow.to_h[:locator]
    matched = case allow
              in { level: :must, field: String => field } then field
              end
    assert_equal "Allow", matched
    assert_match(/\A#<HTTPStatus::Rule MUST Allow \(RFC 9110, Section 15\.5\.6\)>\z/, allow.inspect)
  end

  # The raw check with the same head, as C gives it.
  def c_check(code, method, version, fields, content)
    m = method || ""
    f = fields.join(", ")
    v = version.delete(".").ljust(2, "0").to_i
    c = { true => 1, false => 0, nil => -1 }.fetch(content)
    n = R.httpstatus_check_count(code, m, m.bytesize, v, f, f.bytesize, c)
    assert_operator n, :>=, 0
    Array.new(n) { |i| R.httpstatus_check_at(code, m, m.bytesize, v, f, f.bytesize, c, i) }
  end

  FIELD_SETS = [[], ["Allow"], %w[Date Allow Content-Length], %w[connection transfer-encoding Upgrade],
                %w[Date Location Retry-After Content-Range WWW-Authenticate]].freeze

  def test_check_agrees_with_c_over_a_matrix_of_heads
    every_field = HTTPStatus.rules.map(&:field).reject(&:empty?).uniq
    fields = FIELD_SETS + [every_field]
    checked = 0
    broken = 0
    all_statuses.each do |status|
      [nil, "GET", "HEAD", "CONNECT", "head"].each do |method|
        ALL_VERSIONS.each do |version|
          fields.each do |names|
            [nil, true, false].each do |content|
              expected = c_check(status.code, method, version, names, content)
              got = HTTPStatus.check(status.code, method: method, version: version, fields: names, content: content)
              assert_predicate got, :frozen?
              assert_equal expected.size, got.size, "#{status.code} #{method} #{version} #{names} #{content}"
              expected.zip(got).each { |e, g| assert_same e, g }
              assert got.all? { |r| status.rules.any? { |own| own.equal?(r) } }
              checked += 1
              broken += got.size
            end
          end
        end
      end
    end
    assert_operator broken, :>, 0
    assert_operator checked, :>, 1000
  end

  def test_check_takes_a_status_as_a_code_or_a_record
    expected = HTTPStatus.check(405, method: "GET", fields: ["Date"])
    refute_empty expected
    [405, 405.0, Rational(405, 1), Complex(405, 0), HTTPStatus[405], HTTPStatus::Status::METHOD_NOT_ALLOWED].each do |status|
      assert_equal expected, HTTPStatus.check(status, method: "GET", fields: ["Date"]), status.inspect
    end
    assert_equal HTTPStatus.check(499), HTTPStatus.check(HTTPStatus.unofficial(499))
    assert_equal c_check(499, nil, "1.1", [], nil), HTTPStatus.check(499)
    [599, 70_000, 405.5, 2**64 + 405, -405, Float::NAN, Float::INFINITY, Complex(405, 1), 0].each do |code|
      assert_nil HTTPStatus.check(code), code.inspect
    end
  end

  def test_check_defaults
    assert_equal HTTPStatus.check(405, method: nil, version: "1.1", fields: [], content: nil), HTTPStatus.check(405)
    # With the content not known no rule about content is broken; with none, 405's SHOULD is.
    refute HTTPStatus.check(405).any? { |r| r.subject == :content }
    assert HTTPStatus.check(405, content: false).any? { |r| r.subject == :content }
  end

  # A Hash subclass (Rack::Headers), with its own keys, each_key and each lying: only its keys as
  # Hash holds them are read.
  class LyingHeaders < Hash
    def keys = ["Allow"]
    def each_key(&) = keys.each(&)
    def each(&) = { "Allow" => "" }.each(&)
    def key?(*) = true
    def include?(*) = true
    def size = 0
    def to_a = []
  end

  class LyingList < Array
    def each(&) = ["Allow"].each(&)
    def size = 0
    def length = 0
    def [](*) = "Allow"
    def to_a = ["Allow"]
    def join(*) = "Allow"
  end

  class LyingName < String
    def b = +"Allow"
    def bytesize = 0
    def to_s = "Allow"
    def to_str = "Allow"
  end

  def test_every_container_form_of_fields
    without = HTTPStatus.check(405)
    with_allow = HTTPStatus.check(405, fields: ["Allow"])
    refute_equal without, with_allow
    assert_equal with_allow, HTTPStatus.check(405, fields: ["ALLOW"])
    assert_equal with_allow, HTTPStatus.check(405, fields: { "Allow" => "GET" })
    assert_equal with_allow, HTTPStatus.check(405, fields: { "allow" => nil }.compare_by_identity)
    assert_equal with_allow, HTTPStatus.check(405, fields: ["Allow"].freeze)
    assert_equal with_allow, HTTPStatus.check(405, fields: ["Allow", "allow", "Allow"])
    assert_equal with_allow, HTTPStatus.check(405, fields: LyingList.new(["Allow"]))
    assert_equal with_allow, HTTPStatus.check(405, fields: [LyingName.new("Allow")])
    assert_equal without, HTTPStatus.check(405, fields: [LyingName.new("X-Other")])
    assert_equal without, HTTPStatus.check(405, fields: LyingList.new)
    assert_equal without, HTTPStatus.check(405, fields: LyingHeaders.new)
    assert_equal with_allow, HTTPStatus.check(405, fields: LyingHeaders.new.tap { |h| h.store("Allow", "GET") })
    assert_equal without - [date_rule(405)], HTTPStatus.check(405, fields: LyingHeaders.new.tap { |h| h.store("Date", "x") })
    assert_equal without, HTTPStatus.check(405, fields: {})
    assert_equal without, HTTPStatus.check(405, fields: [])
    # a name in another encoding is its bytes; one in UTF-16 is no token
    assert_equal with_allow, HTTPStatus.check(405, fields: ["Allow".b, "X".encode("ISO-8859-1")])
    assert_raises(RangeError) { HTTPStatus.check(405, fields: ["Allow".encode("UTF-16LE")]) }
  end

  def date_rule(code) = HTTPStatus[code].rules.find { |r| r.field == "Date" }

  def test_every_bad_argument_class
    liar = Object.new
    %i[to_str to_int to_a to_ary to_hash].each { |m| liar.define_singleton_method(m) { |*| "405" } }
    ["405", :method_not_allowed, nil, true, false, [], {}, -> {}, HTTPStatus::Method::GET, HTTPStatus.rules.first,
     HTTPStatus::Status.send(:allocate), liar, Object.new].each do |status|
      assert_raises(TypeError, status.inspect) { HTTPStatus.check(status) }
    end
    [:GET, 1, HTTPStatus::Method::GET, ["GET"], liar, true].each do |method|
      assert_raises(TypeError, method.inspect) { HTTPStatus.check(405, method: method) }
    end
    ["", "GE T", "GET\0", "G\u00c9T", "GET\r\n", "(GET)", "GET".encode("UTF-16LE")].each do |method|
      assert_raises(RangeError, method.inspect) { HTTPStatus.check(405, method: method) }
    end
    [nil, 11, 1.1, :"1.1", ["1.1"], liar].each do |version|
      assert_raises(TypeError, version.inspect) { HTTPStatus.check(405, version: version) }
    end
    ["1.2", "HTTP/1.1", "", "11", "2.0", " 1.1", "1.1\0", "1.1".encode("UTF-16LE")].each do |version|
      assert_raises(RangeError, version.inspect) { HTTPStatus.check(405, version: version) }
    end
    [nil, "Allow", :Allow, [:Allow], [nil], [1], [["Allow"]], { Allow: 1 }, liar, [liar]].each do |fields|
      assert_raises(TypeError, fields.inspect) { HTTPStatus.check(405, fields: fields) }
    end
    [[""], ["Content Type"], ["Allow,Date"], ["Allow:"], ["Allow\0"], ["Allow\t"], ["D\u00e4te"], { "" => 1 }].each do |fields|
      assert_raises(RangeError, fields.inspect) { HTTPStatus.check(405, fields: fields) }
    end
    [1, 0, -1, "yes", :true, [], liar].each do |content|
      assert_raises(TypeError, content.inspect) { HTTPStatus.check(405, content: content) }
    end
    assert_raises(ArgumentError) { HTTPStatus.check(405, headers: []) }
    assert_raises(ArgumentError) { HTTPStatus.check }
    # the head is checked even when the status is none
    assert_raises(RangeError) { HTTPStatus.check(599, version: "9") }
    assert_raises(TypeError) { HTTPStatus.check(599, fields: "Allow") }
    # a String subclass is read as its bytes, as the lookups read it
    assert_equal HTTPStatus.check(405, version: "2"), HTTPStatus.check(405, version: Class.new(String).new("2"))
  end

  # The integers C would truncate never reach it: 70000 is not 4464, 2**32 + 405 is not 405.
  def test_no_integer_is_truncated
    assert_nil HTTPStatus.check(70_000)
    assert_nil HTTPStatus.check(2**32 + 405)
    assert_nil HTTPStatus.check(-(2**32) + 405)
    assert_raises(RangeError) { R.httpstatus_check_count(2**32 + 405, "", 0, 11, "", 0, -1) }
    assert_raises(RangeError) { R.httpstatus_check_at(405, "", 0, 11, "", 0, -1, -1) }
    assert_raises(RangeError) { R.httpstatus_check_count(405, "", 0, 2**32 + 11, "", 0, -1) }
    assert_equal(-1, R.httpstatus_check_count(405, "", 0, 12, "", 0, -1))
    assert_equal(-1, R.httpstatus_check_count(599, "", 0, 11, "", 0, -1))
    assert_nil R.httpstatus_check_at(405, "", 0, 11, "", 0, -1, R::SIZE_MAX)
  end

  def test_module_methods_are_documented_in_the_guide
    guide = File.read(File.join(CLib.top_srcdir, "doc", "guide-ruby.md"))
    section = guide.split(/^## /).find { |s| s.start_with?("Response rules (1.2)") }
    refute_nil section, "doc/guide-ruby.md has no section Response rules (1.2)"
    %w[HTTPStatus.rules HTTPStatus.check .rules].each { |name| assert_includes section, name }
    HTTPStatus::Rule::Accessors.each_key { |name| assert_includes section, "`#{name}`" }
  end
end
