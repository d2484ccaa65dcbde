# frozen_string_literal: true

# Run by test_tamper.rb in a fresh process: ruby -I lib tamper_child.rb HOSTILE_FILE [OWNER NAME].
# Loads the binding, then (given OWNER and NAME) prepends a liar to that core method, and prints one
# transcript per liar mode: the answer of every row of the shared hostile file and of every lookup
# of every record, through the idiomatic and the raw layer.  The liar lies only while the binding
# runs ($hs_lie), so this driver's own calls see the truth.
require "httpstatus"
require_relative "hostile_inputs"

file, owner_name, name = ARGV
R = HTTPStatus::Raw
MODES = %w[raise nil true false number forged other].freeze


# Every call: [label, a lambda of no argument], its arguments made before any lie.
CALLS = []
HostileInputs.rows(file).each do |number, op, type, text, _|
  v = HostileInputs.value(type, text)
  HostileInputs.calls(op).each_with_index { |call, i| CALLS << ["line #{number} ##{i}", -> { call.call(v) }] }
end
HTTPStatus.each.to_a.concat(HTTPStatus.unofficial_statuses).each do |s|
  code, n, ph = s.code, s.name, s.phrase
  lower, upper, sym = n.downcase, ph.upcase, n.downcase.to_sym
  nsize, phsize = n.bytesize, ph.bytesize
  [[:code, -> { HTTPStatus.from_code(code) }], [:lookup, -> { HTTPStatus[code] }], [:name, -> { HTTPStatus[n] }],
   [:phrase, -> { HTTPStatus[ph] }], [:from_name, -> { HTTPStatus.from_name(n) }],
   [:ci, -> { HTTPStatus.from_name(lower, ignore_case: true) }], [:from_phrase, -> { HTTPStatus.from_phrase(upper) }],
   [:sym, -> { HTTPStatus[sym] }], [:self, -> { HTTPStatus[s] }], [:class_of, -> { HTTPStatus.class_of(code) }],
   [:line, -> { HTTPStatus.format_status_line(code) }], [:unofficial, -> { HTTPStatus.unofficial(code) }],
   [:raw_code, -> { R.httpstatus_status_from_code(code) }], [:raw_handle, -> { R.httpstatus_status_code(s) }],
   [:raw_name, -> { R.httpstatus_status_from_name(n, nsize) }], [:raw_nul, -> { R.httpstatus_status_from_name(n, R::NUL_TERMINATED) }],
   [:raw_phrase, -> { R.httpstatus_status_from_phrase(ph, phsize) }], [:raw_text, -> { R.httpstatus_status_phrase(s) }],
   [:raw_line, -> { b = +"\0" * 40; [R.httpstatus_format_status_line(code, b, 40), b] }]].each do |label, call|
    CALLS << ["#{code} #{label}", call]
  end
end
# The response rules (1.2): every rule through the raw layer, and each status's rules and checks.
rules_head = { "Date" => "x", "content-length" => "0" }
rules_fields = %w[Allow Location Date]
HTTPStatus.rules.each_with_index do |r, i|
  [[:at, -> { R.httpstatus_rule_at(i) }], [:level, -> { R.httpstatus_rule_level(r) }], [:field, -> { R.httpstatus_rule_field(r) }],
   [:versions, -> { R.httpstatus_rule_versions(r) }], [:marshal, -> { Marshal.load(Marshal.dump(r)) }],
   [:as_status, -> { R.httpstatus_status_code(r) }]].each { |label, call| CALLS << ["rule #{i} #{label}", call] }
end
HTTPStatus.each.to_a.concat(HTTPStatus.unofficial_statuses).each do |s|
  code = s.code
  [[:rules, -> { s.rules }], [:check, -> { HTTPStatus.check(code) }], [:check_float, -> { HTTPStatus.check(code.to_f, content: false) }],
   [:check_head, -> { HTTPStatus.check(s, method: "HEAD", version: "2", fields: rules_head, content: true) }],
   [:check_fields, -> { HTTPStatus.check(code, method: "CONNECT", version: "1.0", fields: rules_fields, content: false) }],
   [:raw_rule_at, -> { R.httpstatus_status_rule_at(s, 0) }], [:raw_rule_as_method, -> { R.httpstatus_status_rule_at(HTTPStatus::Method::GET, 0) }],
   [:raw_check, -> { R.httpstatus_check_count(code, "GET", 3, 11, "Date, Allow", 11, 0) }],
   [:raw_check_at, -> { R.httpstatus_check_at(code, "HEAD", 4, 20, "Date", 4, 1, 0) }]].each do |label, call|
    CALLS << ["#{code} #{label}", call]
  end
end
{ "method empty" => { method: "" }, "method blank" => { method: "GE T" }, "method NUL" => { method: "GET\0" },
  "method symbol" => { method: :GET }, "version" => { version: "9" }, "version number" => { version: 11 },
  "field blank" => { fields: ["Content Type"] }, "field comma" => { fields: ["Allow,Date"] }, "field empty" => { fields: [""] },
  "field symbol" => { fields: [:allow] }, "fields text" => { fields: "Allow" }, "fields nil" => { fields: nil },
  "content" => { content: 1 }, "unknown key" => { headers: [] } }.each do |label, head|
  CALLS << ["check #{label}", -> { HTTPStatus.check(405, **head) }]
  CALLS << ["check 599 #{label}", -> { HTTPStatus.check(599, **head) }]
end
[["huge", 2**64 + 405], ["truncated", 70_000], ["half", 405.5], ["text", "405"], ["method", HTTPStatus::Method::GET],
 ["rule", HTTPStatus.rules.first]].each do |label, status|
  CALLS << ["check status #{label}", -> { HTTPStatus.check(status) }]
end
CALLS << ["rules", -> { HTTPStatus.rules }]

HTTPStatus::Method.each do |m|
  t = m.name
  tsize = t.bytesize
  [[:name, -> { HTTPStatus::Method[t] }], [:lookup, -> { HTTPStatus[m] }], [:raw, -> { R.httpstatus_method_from_name(t, tsize) }],
   [:raw_name, -> { R.httpstatus_method_name(m) }]].each { |label, call| CALLS << ["#{t} #{label}", call] }
end
HTTPStatus.aliases.each { |a| CALLS << ["alias #{a.text}", -> { HTTPStatus[a.text] }] }
# What the module and its records answer about themselves.
nf, get, getname = HTTPStatus[404], HTTPStatus::Method::GET, "GET"
[[:size, -> { [HTTPStatus.size, HTTPStatus::Method.size] }], [:count, -> { HTTPStatus.each.size }],
 [:each, -> { seen = []; HTTPStatus.each { |x| seen << x }; HTTPStatus::Method.each { |x| seen << x }; seen }],
 [:include, -> { [HTTPStatus.include?(nf), HTTPStatus.include?(404), HTTPStatus.include?(Enumerable), HTTPStatus::Method.include?(get)] }],
 [:fetch, -> { [HTTPStatus.fetch(599, :none), HTTPStatus::Method.fetch("get", :none)] }],
 [:equal, -> { [nf == 404, nf == 404.0, nf == nf, nf == "404", get == getname, get == get, get == :GET] }],
 [:compare, -> { [nf <=> 500, nf <=> nf, nf <=> "x"] }], [:coerce, -> { nf.coerce(1) }],
 [:load, -> { [Marshal.load(Marshal.dump(nf)), Marshal.load(Marshal.dump(get))] }],
 [:version, -> { [HTTPStatus.version, HTTPStatus.version_number] }]].each { |label, call| CALLS << ["module #{label}", call] }
# The crashes of the past: a one-byte buffer with a size of 4096, as an Integer and as a liar.
big = Object.new.tap { |o| o.define_singleton_method(:to_int) { 4096 } }
CALLS << ["overflow int", -> { R.httpstatus_format_status_line(404, +"\0", 4096) }]
CALLS << ["overflow to_int", -> { R.httpstatus_format_status_line(404, +"\0", big) }]
CALLS << ["forged pointer", -> { R.httpstatus_status_code(FFI::Pointer.new(8)) }]
CALLS << ["long length", -> { R.httpstatus_status_from_name("GET", 4096) }]

def lying
  $hs_lie = true
  yield
ensure
  $hs_lie = false
end

def describe(result)
  case result
  when nil then "nil"
  when HTTPStatus::Status then "status #{result.code} #{result.state}"
  when HTTPStatus::Method then "method #{result.name}"
  when HTTPStatus::Rule then "rule #{HTTPStatus.rules.index(result)} #{result.level} #{result.field}"
  when Array then "[#{result.map { |r| describe(r) }.join(',')}]"
  else "#{result.class} #{result.inspect}"
  end
end

def transcript
  CALLS.map do |label, call|
    result = begin
      describe(lying { call.call })
    rescue TypeError, RangeError, ArgumentError => e
      e.class.name
    rescue StandardError => e
      "UNEXPECTED #{e.class}: #{e.message}"
    end
    "#{label}: #{result}"
  end
end

$hs_lie = false
$hs_mode = nil
unless owner_name
  print transcript.join("\n"), "\n"
  exit
end

owner = Object.const_get(owner_name)
liar = Module.new do
  define_method(name) do |*args, **kw, &block|
    return super(*args, **kw, &block) unless $hs_lie

    $hs_lie = false
    begin
      case $hs_mode
      when "raise" then raise "a lying #{owner_name}##{name}"
      when "nil" then nil
      when "true" then true
      when "false" then false
      when "number" then 4096
      when "forged" then FFI::Pointer.new(8)
      else
        truth = super(*args, **kw, &block)
        if truth == true || truth == false then !truth
        elsif truth.is_a?(Integer) then truth + 4096
        end
      end
    ensure
      $hs_lie = true
    end
  end
end
owner.prepend(liar)
MODES.each do |mode|
  $hs_mode = mode
  print "== #{mode}\n", transcript.join("\n"), "\n"
end
