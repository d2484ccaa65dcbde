# frozen_string_literal: true

# The Ruby binding of libhttpstatus.  It is pure Ruby over the ffi gem and needs the C library
# installed: see README.md.
# The version and SONAME of the C library this binding was generated from: gen/emit_ruby.py writes
# them into lib/httpstatus/api.rb from include/httpstatus.h.
api = File.read(File.join(__dir__, "lib/httpstatus/api.rb"))
Gem::Specification.new do |spec|
  spec.name = "libhttpstatus"
  spec.version = api[/^\s*VERSION = "([^"]+)"$/, 1]
  spec.summary = "The IANA HTTP status code and method registries, from libhttpstatus"
  spec.description = <<~TEXT
    HTTPStatus::NOT_FOUND (the Integer 404, which Rack and Sinatra take), HTTPStatus[404],
    HTTPStatus[:payload_too_large], HTTPStatus::Method["GET"]: every status code and method of the
    IANA registries with RFC 9110 names and phrases, older names and phrases, classes, references and
    flags, as frozen records.  The records are read once from the C library libhttpstatus through the
    ffi gem; lookups never cross the FFI afterwards.
  TEXT
  spec.authors = ["The libhttpstatus authors"]
  spec.license = "MIT"
  spec.homepage = "https://github.com/libhttpstatus/libhttpstatus"
  spec.metadata = {
    "homepage_uri" => spec.homepage,
    "source_code_uri" => "#{spec.homepage}/tree/main/bindings/ruby",
    "documentation_uri" => "#{spec.homepage}/blob/main/doc/guide-ruby.md",
    "bug_tracker_uri" => "#{spec.homepage}/issues",
    "changelog_uri" => "#{spec.homepage}/blob/main/NEWS",
    "rubygems_mfa_required" => "true"
  }
  spec.required_ruby_version = ">= 3.1"
  # Bundler.require loads lib/libhttpstatus.rb, the gem's name; it requires lib/httpstatus.rb.
  spec.files = %w[
    README.md
    libhttpstatus.gemspec
    lib/libhttpstatus.rb
    lib/httpstatus.rb
    lib/httpstatus/intrinsics.rb
    lib/httpstatus/key.rb
    lib/httpstatus/method.rb
    lib/httpstatus/api.rb
    lib/httpstatus/native.rb
    lib/httpstatus/raw.rb
    lib/httpstatus/raw_checks.rb
    lib/httpstatus/record.rb
    lib/httpstatus/rule.rb
    lib/httpstatus/status.rb
    lib/httpstatus/tables.rb
  ]
  # The project's LICENSE and NEWS: `make pack-bindings` copies them next to this file before it
  # builds the gem (and checks the gem has them); they are not kept in this folder.
  spec.files += %w[LICENSE NEWS].select { |file| File.file?(File.join(__dir__, file)) }
  spec.require_paths = ["lib"]
  spec.requirements = ["#{api[/^\s*SONAME = "([^"]+)"$/, 1]}, the libhttpstatus C library"]
  spec.add_runtime_dependency "ffi", ">= 1.15", "< 2"
end
