# frozen_string_literal: true

require "ffi"
require_relative "api"

module HTTPStatus
  # The C API as it is: one module function per export, under its C name, taking and returning raw
  # values (handles are FFI::Pointer), attached from the generated API::FUNCTIONS.  Nothing here
  # checks its arguments (a forged pointer or a length beyond the text is used as given), so this
  # module is private: HTTPStatus::Raw is the checked way to call these functions, and HTTPStatus
  # and its classes use this module only with arguments they have checked themselves.
  #
  # Loading checks the library once and refuses a wrong one with a single LoadError that names what
  # was found and what was expected: a relative LIBHTTPSTATUS_PATH, a missing file, a directory, a
  # static archive, a linker script, a file the dynamic loader refuses, a library lacking one of the
  # functions (not libhttpstatus, or an older minor version), another major version.
  module Native
    extend FFI::Library

    # API kind -> ffi gem type, for a result and for a parameter.  A (const char *, size_t) text
    # parameter is a :pointer so that any bytes can be passed with their length (NUL bytes too).
    RETURN_TYPES = { void: :void, int: :int, size: :size_t, ulong: :ulong, string: :string,
                     status: :pointer, method: :pointer }.freeze
    PARAM_TYPES = { int: :int, size: :size_t, ulong: :ulong, string: :pointer, buffer: :pointer,
                    status: :pointer, method: :pointer }.freeze

    SONAME = API::SONAME
    # The major version this binding was generated for, from the generated version ("1.0.0").
    MAJOR = Integer(API::VERSION[/\A\d+/], 10)
    EXPECTED = "the shared library #{SONAME}, libhttpstatus #{MAJOR}.x".freeze

    def self.refuse(path, found)
      raise LoadError, "libhttpstatus: #{path}: found #{found}; expected #{EXPECTED}"
    end

    # What is at PATH when it is no shared library the loader should be given, or nil.
    def self.not_a_library(path)
      return "a relative path (LIBHTTPSTATUS_PATH must be absolute)" unless path.start_with?("/")
      return "no such file" unless File.exist?(path)
      return "a directory" if File.directory?(path)

      head = File.binread(path, 512) || ""
      return "a static archive (ar), which cannot be loaded at run time" if head.start_with?("!<arch>\n")
      return "an empty file" if head.empty?
      return nil if head.start_with?("\x7FELF".b)

      text = head.b
      if text.match?(/\A\s*(\/\*.*?\*\/\s*)*(INPUT|GROUP|OUTPUT_FORMAT|SEARCH_DIR)\s*\(/m)
        return "a linker script (a text file for ld), not a shared library"
      end

      "a file that is not an ELF shared library"
    end
    private_class_method :not_a_library

    # The library is loaded by its SONAME, never the bare .so; LIBHTTPSTATUS_PATH, an absolute path,
    # overrides that (the test suite points it at the build tree).
    given = ENV.fetch("LIBHTTPSTATUS_PATH", "")
    PATH = given.empty? ? SONAME : given.dup.freeze
    unless given.empty?
      what = not_a_library(PATH)
      refuse(PATH, what) if what
    end
    begin
      ffi_lib PATH
    rescue LoadError => e
      found = given.empty? ? "no library the dynamic loader can open" : "a file the dynamic loader refuses"
      refuse(PATH, "#{found} (#{e.message.lines.first.to_s.strip})")
    end

    # Every export: its C name, role (status_field, method_field or function), version node, result
    # kind and parameter kinds (int, size, ulong, string, buffer, status, method) and names.
    # Each is looked up in the library and attached as an FFI::Function, which is what
    # FFI::Library#attach_function does, with fewer objects made on the way (types found once).
    FUNCTIONS = API::FUNCTIONS
    library = ffi_libraries.first
    results = RETURN_TYPES.transform_values { |type| FFI.find_type(type) }
    params = PARAM_TYPES.transform_values { |type| FFI.find_type(type) }
    FUNCTIONS.each do |f|
      address = library.find_function(f[:name].name)
      refuse(PATH, "a library without #{f[:name]} (#{API::REFUSED})") unless address
      FFI::Function.new(results.fetch(f[:returns]), f[:params].map { |k| params.fetch(k) }, address).attach(self, f[:name].name)
    end

    found = httpstatus_version_number
    unless found >> 16 == MAJOR
      refuse(PATH, "libhttpstatus #{httpstatus_version} (major version #{found >> 16})")
    end
    refuse(PATH, "a library with an empty status registry") if httpstatus_status_count.zero?

    # The accessors of one handle, one per property of a record: { field:, function:, kind:, flag: }
    # (flag: an is_*/may_* int that is 0 or 1).
    def self.fields(role)
      FUNCTIONS.select { |f| f[:role] == role }.map do |f|
        { field: f[:field], function: f[:name], kind: f[:returns], flag: f[:flag] }.freeze
      end.freeze
    end
    STATUS_FIELDS = fields(:status_field)
    METHOD_FIELDS = fields(:method_field)
    private_class_method :fields, :refuse

    # The header's enums, by short name: { MEMBER: value }.
    ENUMS = API::ENUMS
  end
  private_constant :Native
end
