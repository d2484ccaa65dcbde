# frozen_string_literal: true

# Prints the directory `make install` puts the Ruby binding in, for the installation prefix given as
# the one argument: the running Ruby's site or vendor library directory when it lies under
# PREFIX/lib (Debian: /usr/local/lib/site_ruby/3.1.0 for /usr/local, /usr/lib/ruby/vendor_ruby for
# /usr), else PREFIX/lib/site_ruby/<Ruby's library version>, which then has to go into RUBYLIB.
require "rbconfig"

prefix = ARGV.fetch(0).chomp("/")
config = RbConfig::CONFIG
found = [config["sitelibdir"], config["vendordir"]].compact.find { |dir| dir.start_with?("#{prefix}/lib/") }
print found || File.join(prefix, "lib", "site_ruby", config["ruby_version"])
