# frozen_string_literal: true

require_relative "helper"
require "io/wait"
require "rbconfig"

# The tamper matrix: every core method the binding relies on (the captures in its own source) is
# replaced after require by a liar (raising, answering nil, true, false, 4096, a forged pointer, or
# the other answer), each in a fresh process, and the whole shared hostile file, every lookup of
# every record and the overflows once found must answer exactly as they do untouched.
class TestTamper < Minitest::Test
  LIB = File.expand_path("../lib", __dir__)
  CHILD = File.join(__dir__, "tamper_child.rb")
  HOSTILE = File.join(CLib.top_srcdir, "tests", "hostile", "inputs.tsv")
  SECONDS = 60 # for one child: loading, and 8 transcripts of some 2,000 calls each

  # "Owner#name" for every capture in lib/: capture(Owner, :name) and Owner.instance_method(:name).
  def self.captured
    Dir.glob(File.join(LIB, "**", "*.rb")).sort.flat_map do |file|
      File.read(file).scan(/(?:capture\(|\b)([A-Z][\w:]*)(?:, |\.instance_method\():([\w?!=<>\[\]+*-]+)\)/)
    end.map { |owner, name| "#{owner}##{name}" }.uniq.sort
  end

  # Every intrinsic the binding uses, with why it matters; a capture the source gains without an
  # entry here fails test_every_capture_is_in_the_matrix.
  MATRIX = %w[
    BasicObject#equal? Class#allocate Complex#imaginary Complex#real FFI::AbstractMemory#get_bytes
    FFI::AbstractMemory#put_bytes FFI::MemoryPointer#initialize Float#== Float#finite? Float#floor
    Hash#[] Hash#key? Hash#keys Array#[] Array#each Array#push Array#size Integer#+ Integer#< Integer#<=
    Integer#<=> Integer#== Integer#>= Integer#to_s Kernel#Integer Kernel#class Kernel#enum_for
    Kernel#freeze Kernel#frozen? Kernel#instance_of? Kernel#raise Module#=== Module#freeze
    Module#include? Module#name Rational#denominator Rational#numerator Regexp#match? String#+
    String#<< String#== String#b String#bytesize String#byteslice String#downcase! String#encoding
    String#force_encoding String#freeze String#include? String#replace String#to_sym Symbol#name
    UnboundMethod#bind_call
  ].sort.freeze

  def test_every_capture_is_in_the_matrix
    assert_equal MATRIX, self.class.captured
  end

  # ruby tamper_child.rb with ARGS: its output, or a failure when it dies or outlives SECONDS.
  def child(*args)
    out = +""
    IO.popen([ENV.fetch("RUBY", RbConfig.ruby), "-I", LIB, CHILD, HOSTILE, *args], err: %i[child out]) do |io|
      deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + SECONDS
      while (chunk = io.wait_readable([deadline - Process.clock_gettime(Process::CLOCK_MONOTONIC), 0].max) && io.read_nonblock(1 << 16, exception: false))
        break if chunk.nil?

        out << chunk unless chunk == :wait_readable
      end
      Process.kill(:KILL, io.pid) unless io.closed? || Process.clock_gettime(Process::CLOCK_MONOTONIC) < deadline
    end
    [out, $?]
  end

  def test_the_untouched_transcript_answers_the_hostile_file
    out, status = child
    assert status.success?, out
    assert_operator out.lines.size, :>=, 1000
    refute_match(/UNEXPECTED/, out)
    assert_includes out, "overflow to_int: TypeError"
    assert_includes out, "overflow int: RangeError"
  end

  # Every liar of every intrinsic, two children at a time.
  def test_no_liar_changes_an_answer
    truth, status = child
    assert status.success?, truth
    queue = Queue.new
    MATRIX.each { |entry| queue << entry }
    failures = Array.new(2) do
      Thread.new do
        bad = []
        while (entry = begin; queue.pop(true); rescue ThreadError; nil; end)
          owner, name = entry.split("#", 2)
          out, st = child(owner, name)
          bad << "#{entry}: the child died (#{st.inspect}): #{out.lines.last(3).join}" unless st.success?
          out.split(/^== (\w+)\n/).drop(1).each_slice(2) do |mode, text|
            next if text == truth

            diff = text.lines.zip(truth.lines).find { |a, b| a != b }
            bad << "#{entry} lying (#{mode}): #{diff&.first&.chomp} instead of #{diff&.last&.chomp}"
          end
        end
        bad
      end
    end.flat_map(&:value)
    assert_empty failures, failures.first(20).join("\n")
  end
end
