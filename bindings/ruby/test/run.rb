# frozen_string_literal: true

# Runs every test_*.rb here with minitest and reports in TAP.  Used by run.sh under make check;
# by hand: LIBHTTPSTATUS_PATH=.../lib/.libs/libhttpstatus.so.0 ruby -I lib test/run.rb
$stdout.sync = true
require_relative "tap_reporter"

Minitest.extensions << "tap" unless Minitest.extensions.include?("tap")
Dir.glob(File.join(__dir__, "test_*.rb")).sort.each { |file| require file }
exit(Minitest.run(["--no-plugins", *ARGV]) ? 0 : 1)
