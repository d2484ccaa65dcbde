# frozen_string_literal: true

# The gem is named libhttpstatus, after the C library; its module is HTTPStatus, required as
# "httpstatus".  Bundler.require loads a gem by its name, so this file makes `gem "libhttpstatus"`
# in a Gemfile define HTTPStatus.
require_relative "httpstatus"
