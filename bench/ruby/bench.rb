# frozen_string_literal: true

# The Ruby benchmark: lookups through the httpstatus binding next to a Hash#[], the language's own
# table, in one process.  Prints ns/op (median of several samples) and the ratio to the baseline.
# Run by bench/run.sh: ruby bench/ruby/bench.rb TOP_SRCDIR, with LIBHTTPSTATUS_PATH set.
# BENCH_SHORT=1 is the quick mode.  Times are the process's CPU time, which other work on a shared
# machine disturbs less than the wall clock.  Figures, not a test.
top = ARGV[0] || File.expand_path("../..", __dir__)
$LOAD_PATH.unshift(File.join(top, "bindings", "ruby", "lib"))
require "httpstatus"
require "rbconfig"
# The unchecked FFI layer, private to the binding: what one call into C costs.
NATIVE = HTTPStatus.const_get(:Native)

short = !["", "0", nil].include?(ENV["BENCH_SHORT"])
REPEATS = short ? 3 : 11
SAMPLE_NS = short ? 2e6 : 20e6
INPUTS = 4096
MASK = INPUTS - 1

# ---- Inputs: every key, drawn at random with a fixed seed ---------------------------------------
rng = Random.new(20_260_101)
statuses = HTTPStatus.to_a
names = statuses.map(&:name) + HTTPStatus.aliases.select { |a| a.kind == :name }.map(&:text)
phrases = statuses.map(&:phrase) + HTTPStatus.aliases.select { |a| a.kind == :phrase }.map(&:text)
scramble = ->(s) { s.gsub(/[A-Za-z]/) { |c| rng.rand(2).zero? ? c.upcase : c.downcase } }

OWN_BY_CODE = statuses.to_h { |s| [s.code, s] }.freeze
OWN_BY_NAME = names.to_h { |n| [n, HTTPStatus.from_name(n)] }.freeze
OWN_BY_LOWER_NAME = names.to_h { |n| [n.downcase, HTTPStatus.from_name(n)] }.freeze
OWN_BY_PHRASE = phrases.to_h { |p| [p.downcase, HTTPStatus.from_phrase(p)] }.freeze
CODES = Array.new(INPUTS) { statuses[rng.rand(statuses.size)].code }.freeze
NAMES = Array.new(INPUTS) { names[rng.rand(names.size)] }.freeze
NAMES_CI = Array.new(INPUTS) { scramble.call(names[rng.rand(names.size)]).freeze }.freeze
PHRASES_CI = Array.new(INPUTS) { scramble.call(phrases[rng.rand(phrases.size)]).freeze }.freeze

# ---- The operations: each its own loop, the lookup written inline -------------------------------
def self.loop_over(inputs, n)
  hits = 0
  i = 0
  while i < n
    hits += 1 unless yield(inputs[i & MASK]).nil?
    i += 1
  end
  hits
end

ROWS = [
  ["b", "Hash#[] by code", CODES, ->(n) { loop_over(CODES, n) { |x| OWN_BY_CODE[x] } }],
  [" ", "HTTPStatus.from_code(code)", CODES, ->(n) { loop_over(CODES, n) { |x| HTTPStatus.from_code(x) } }],
  [" ", "HTTPStatus[code]", CODES, ->(n) { loop_over(CODES, n) { |x| HTTPStatus[x] } }],
  [" ", "raw FFI Native.httpstatus_status_from_code(code)", CODES,
   ->(n) { loop_over(CODES, n) { |x| p = NATIVE.httpstatus_status_from_code(x); p.zero? ? nil : p } }],
  ["b", "Hash#[] by name", NAMES, ->(n) { loop_over(NAMES, n) { |x| OWN_BY_NAME[x] } }],
  [" ", "HTTPStatus.from_name(name)", NAMES, ->(n) { loop_over(NAMES, n) { |x| HTTPStatus.from_name(x) } }],
  ["b", "Hash#[] by name.downcase (mixed case)", NAMES_CI,
   ->(n) { loop_over(NAMES_CI, n) { |x| OWN_BY_LOWER_NAME[x.downcase] } }],
  [" ", "HTTPStatus.from_name(name, ignore_case: true)", NAMES_CI,
   ->(n) { loop_over(NAMES_CI, n) { |x| HTTPStatus.from_name(x, ignore_case: true) } }],
  ["b", "Hash#[] by phrase.downcase (mixed case)", PHRASES_CI,
   ->(n) { loop_over(PHRASES_CI, n) { |x| OWN_BY_PHRASE[x.downcase] } }],
  [" ", "HTTPStatus.from_phrase(phrase) (mixed case)", PHRASES_CI,
   ->(n) { loop_over(PHRASES_CI, n) { |x| HTTPStatus.from_phrase(x) } }],
  [" ", "HTTPStatus[name]", NAMES, ->(n) { loop_over(NAMES, n) { |x| HTTPStatus[x] } }],
  [" ", "HTTPStatus[phrase] (mixed case)", PHRASES_CI, ->(n) { loop_over(PHRASES_CI, n) { |x| HTTPStatus[x] } }],
].freeze
# [operation, baseline, target ratio or 0]
COMPARISONS = [[1, 0, 2], [2, 0, 2], [3, 0, 0], [5, 4, 2], [7, 6, 2], [9, 8, 2], [10, 4, 2], [11, 8, 2]].freeze

def self.time_row(row, n)
  t0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID, :nanosecond)
  hits = row[3].call(n)
  t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID, :nanosecond) - t0
  raise "bench: #{row[1]} found #{hits} of #{n} keys" unless hits == n

  t
end

iters = ROWS.map do |row|
  time_row(row, 10_000)
  n = 1024
  n *= 2 while (t = time_row(row, n)) < SAMPLE_NS / 8
  (n * SAMPLE_NS / [t, 1].max).ceil
end
samples = ROWS.map { [] }
REPEATS.times do
  ROWS.each_with_index { |row, r| samples[r] << time_row(row, iters[r]).fdiv(iters[r]) }
end

yjit = defined?(RubyVM::YJIT) && RubyVM::YJIT.enabled? ? " +YJIT" : ""
puts "Ruby #{RUBY_VERSION}#{yjit} benchmark#{short ? ' (short mode)' : ''}: #{REPEATS} samples per row, median; " \
     "inputs rotate through #{statuses.size} codes, #{names.size} names, #{phrases.size} phrases"
puts format("%-52s %8s %8s %8s", "operation (b: a baseline)", "ns/op", "min", "max")
medians = samples.each_with_index.map do |s, r|
  s.sort!
  puts format("%s %-50s %8.2f %8.2f %8.2f", ROWS[r][0], ROWS[r][1], s[REPEATS / 2], s.first, s.last)
  s[REPEATS / 2]
end
puts
puts format("%-50s %-42s %7s  %s", "operation", "against the baseline", "ratio", "target")
COMPARISONS.each do |o, b, target|
  x = medians[o] / medians[b]
  verdict = target.positive? ? "<= #{target}x: #{x <= target ? 'met' : 'MISSED'}" : ""
  puts format("%-50s %-42s %6.2fx  %s", ROWS[o][1], ROWS[b][1], x, verdict)
end

# ---- Start-up: a fresh ruby to its first answer --------------------------------------------------
# Each child prints the CPU time it has used when it has its answer, so a busy machine disturbs the
# figure less than a wall clock would; the median of several runs.  Against a bare ruby, the ffi gem
# alone, and Rack's own table (Rack::Utils::HTTP_STATUS_CODES, when Rack is installed).
probe = "print Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)"
lib = File.join(top, "bindings", "ruby", "lib")
starts = {
  "bare ruby" => ["-e", probe],
  "require \"ffi\"" => ["-e", "require 'ffi'; #{probe}"],
  "require \"httpstatus\"; HTTPStatus[404]" => ["-I", lib, "-e", "require 'httpstatus'; HTTPStatus[404]; #{probe}"],
  "Rack::Utils::HTTP_STATUS_CODES[404]" => ["-e", "require 'rack/utils'; Rack::Utils::HTTP_STATUS_CODES[404]; #{probe}"]
}
rack = system(RbConfig.ruby, "-e", "require 'rack/utils'", err: File::NULL)
starts.delete("Rack::Utils::HTTP_STATUS_CODES[404]") unless rack
runs = short ? 7 : 21
cpu = starts.transform_values { [] }
runs.times do
  starts.each do |label, args|
    out = IO.popen([RbConfig.ruby, *args], &:read)
    raise "bench: #{label} failed" unless $?.success?

    cpu[label] << Float(out) * 1000
  end
end
start_ms = cpu.transform_values { |v| v.sort[v.size / 2] }
bare = start_ms.fetch("bare ruby")
puts
puts "Start-up to the first answer: CPU time of a fresh ruby, median of #{runs} runs#{rack ? '' : ' (Rack not installed)'}"
puts format("%-52s %8s %8s", "start", "ms", "added")
start_ms.each { |label, ms| puts format("%-52s %8.2f %8.2f", label, ms, ms - bare) }
ffi_added = start_ms.fetch("require \"ffi\"") - bare
ours = start_ms.fetch("require \"httpstatus\"; HTTPStatus[404]") - bare
puts format("the binding adds %.2f ms, the ffi gem alone %.2f ms: %.2f ms over the ffi gem; target <= 3 ms over it: %s",
            ours, ffi_added, ours - ffi_added, ours - ffi_added <= 3 ? "met" : "MISSED")
