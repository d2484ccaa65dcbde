# frozen_string_literal: true

require "ffi"
require_relative "api"

module HTTPStatus
  # The C API as it is: one module function per export, under its C name, taking and returning raw
  # values (handles are FFI::Pointer), attached from the generated API::FUNCTIONS.  Nothing here
  # checks its arguments (a forged pointer or a length beyond the text is used as given), so this
  # module is private: HTTPStatus::Raw is the checked way to call these functions, and HTTPStatus
  # and its classes use this module only with arguments they have checked themselves.
  module Native
    extend FFI::Library

    # API kind -> ffi gem type, for a result and for a parameter.  A (const char *, size_t) text
    # parameter is a :pointer so that any bytes can be passed with their length (NUL bytes too).
    RETURN_TYPES = { void: :void, int: :int, size: :size_t, ulong: :ulong, string: :string,
                     status: :pointer, method: :pointer }.freeze
    PARAM_TYPES = { int: :int, size: :size_t, ulong: :ulong, string: :pointer, buffer: :pointer,
                    status: :pointer, method: :pointer }.freeze

    # The library is loaded by its SONAME, never the bare .so; LIBHTTPSTATUS_PATH, a full path,
    # overrides that (the test suite points it at the build tree).
    SONAME = API::SONAME
    PATH = ENV["LIBHTTPSTATUS_PATH"].to_s.empty? ? SONAME : ENV["LIBHTTPSTATUS_PATH"]
    ffi_lib PATH

    # Every export: its C name, role (status_field, method_field or function), version node, result
    # kind and parameter kinds (int, size, ulong, string, buffer, status, method) and names.
    FUNCTIONS = API::FUNCTIONS
    FUNCTIONS.each do |f|
      attach_function f[:name], f[:params].map { |k| PARAM_TYPES.fetch(k) }, RETURN_TYPES.fetch(f[:returns])
    end

    # The accessors of one handle, one per property of a record: { field:, function:, kind:, flag: }
    # (flag: an is_*/may_* int that is 0 or 1).
    def self.fields(role)
      FUNCTIONS.select { |f| f[:role] == role }.map do |f|
        { field: f[:field], function: f[:name], kind: f[:returns], flag: f[:flag] }.freeze
      end.freeze
    end
    STATUS_FIELDS = fields(:status_field)
    METHOD_FIELDS = fields(:method_field)
    private_class_method :fields

    # The header's enums, by short name: { MEMBER: value }.
    ENUMS = API::ENUMS
  end
  private_constant :Native
end
