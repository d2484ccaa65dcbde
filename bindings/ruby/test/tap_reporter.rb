# frozen_string_literal: true

require "minitest"

# A minitest reporter that speaks TAP (Test Anything Protocol), so that automake's tap-driver counts
# every test: "ok N - Class: test name", "not ok N - ..." followed by the failure as "# " comment
# lines, "ok N - ... # SKIP reason", and the plan "1..N" once everything has run.
class TapReporter < Minitest::AbstractReporter
  def initialize(io = $stdout)
    super()
    @io = io
    @count = 0
    @failed = 0
  end

  def start
    @io.puts "# minitest #{Minitest::VERSION}, ruby #{RUBY_VERSION}, seed #{Minitest.seed}"
  end

  def record(result)
    @count += 1
    title = "#{result.klass}: #{result.name.sub(/\Atest_(\d+_)?/, '').tr('_', ' ')}"
    if result.skipped?
      @io.puts "ok #{@count} - #{escape(title)} # SKIP #{escape(result.failure.message.lines.first.to_s.strip)}"
    elsif result.passed?
      @io.puts "ok #{@count} - #{escape(title)}"
    else
      @failed += 1
      @io.puts "not ok #{@count} - #{escape(title)}"
      result.failures.each { |failure| diagnose(failure) }
    end
  end

  def report
    @io.puts "1..#{@count}"
  end

  def passed?
    @failed.zero?
  end

  private

  # "#" starts a directive in a TAP description; a newline would end the line.
  def escape(text)
    text.gsub("\\", "\\\\\\\\").gsub("#", "\\#").gsub(/[\r\n]+/, " ")
  end

  def diagnose(failure)
    lines = ["#{failure.result_label}: #{failure.message}"]
    lines.concat(failure.backtrace.first(6)) if failure.is_a?(Minitest::UnexpectedError)
    lines << "at #{failure.location}"
    lines.join("\n").each_line { |line| @io.puts "#   #{line.chomp}" }
  end
end

module Minitest
  # Installed as a plugin by run.rb: TAP replaces the usual progress and summary output.
  def self.plugin_tap_init(_options)
    reporter.reporters.replace([TapReporter.new($stdout)])
  end
end
