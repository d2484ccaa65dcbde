# frozen_string_literal: true

# The Ruby binding of libhttpstatus.  It is pure Ruby over the ffi gem and needs the C library
# (libhttpstatus.so.0) installed: see README.md.
Gem::Specification.new do |spec|
  spec.name = "libhttpstatus"
  # The version of the C library this binding was generated from: gen/emit_ruby.py writes it into
  # lib/httpstatus/api.rb from include/httpstatus.h.
  spec.version = File.read(File.join(__dir__, "lib/httpstatus/api.rb"))[/^\s*VERSION = "([^"]+)"$/, 1]
  spec.summary = "The IANA HTTP status code and method registries, from libhttpstatus"
  spec.description = <<~TEXT
    HTTPStatus[404], HTTPStatus::NOT_FOUND, HTTPStatus[:not_found], HTTPStatus::Method["GET"]: every
    status code and method of the IANA registries with RFC 9110 names and phrases, older names and
    phrases, classes, references and flags, as frozen values that compare with their codes.  The
    records are read once from the C library libhttpstatus through the ffi gem; lookups never cross
    the FFI afterwards.
  TEXT
  spec.authors = ["The libhttpstatus authors"]
  spec.licenses = ["MIT"]
  spec.required_ruby_version = ">= 3.1"
  spec.files = %w[
    README.md
    libhttpstatus.gemspec
    lib/httpstatus.rb
    lib/httpstatus/key.rb
    lib/httpstatus/method.rb
    lib/httpstatus/api.rb
    lib/httpstatus/native.rb
    lib/httpstatus/raw.rb
    lib/httpstatus/record.rb
    lib/httpstatus/status.rb
    lib/httpstatus/tables.rb
  ]
  # The project's LICENSE and NEWS: `make pack-bindings` copies them next to this file before it
  # builds the gem (and checks the gem has them); they are not kept in this folder.
  spec.files += %w[LICENSE NEWS].select { |file| File.file?(File.join(__dir__, file)) }
  spec.require_paths = ["lib"]
  spec.requirements = ["libhttpstatus.so.0, the libhttpstatus C library"]
  spec.add_runtime_dependency "ffi", ">= 1.15", "< 2"
end
