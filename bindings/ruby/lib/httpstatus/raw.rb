# frozen_string_literal: true

module HTTPStatus
  # Checked access to every function the C library exports, under its C name and with its C
  # signature: HTTPStatus::Raw.httpstatus_status_from_name("NOT_FOUND", 9).  The ffi gem passes an
  # FFI::Pointer's address as it is and a text's length as it is, so a forged handle or a length
  # beyond the text would make C read memory it must not.  Every method here is built from the
  # parameter kinds the generator wrote into API::FUNCTIONS, and checks each argument before the
  # call, never by asking the argument about itself (see Key: Module#=== on the core classes,
  # Kernel#instance_of?, String#bytesize, FFI::Pointer#address and FFI::AbstractMemory#size bound to
  # the argument with UnboundMethod#bind_call; a comparison only once a value is a core Integer):
  #
  #   - wrong number of arguments                                      -> ArgumentError
  #   - an argument of the wrong type (an Integer, or a Float or Rational
  #     equal to one, for int/size_t; a String, no subclass, for a text;
  #     nil or an FFI::MemoryPointer, no subclass, for a buffer; nil or
  #     a handle for a handle)                                         -> TypeError
  #   - an integer the C parameter cannot hold, a number that is no
  #     integer (404.5, NaN), a length longer than the text's bytesize,
  #     a size larger than the buffer                                  -> RangeError
  #   - NUL_TERMINATED with a text that holds a NUL byte               -> ArgumentError
  #   - a handle that is not NULL and not one the library itself returned
  #     for that type (a forged or shifted address, a method handle
  #     where a status goes, an FFI::Pointer subclass or MemoryPointer) -> TypeError
  #
  # Handles are FFI::Pointers; the valid ones are collected once, at load, from httpstatus_status_at
  # / httpstatus_method_at over the counts (they point into the library's static tables) into frozen
  # tables keyed by address, and a checked call passes the library's own pointer, not the caller's
  # object.  A function that returns a handle returns one of those frozen pointers, or nil where C
  # returns NULL.  A text may be any String: its bytes are passed as they are, whatever its encoding.
  # String results are never nil ("" where C answers with an empty string).  The idiomatic layer does
  # not go through here: it checks its own arguments and answers from Ruby tables.
  #
  # The checking code (raw_checks.rb) is compiled on the first call of any of these functions, not at
  # require: a program that never calls Raw does not pay for it.  It is built once, under a lock, into
  # a frozen module no caller can reach, and every method here calls it; the handles and limits above
  # are read at require, as are the library's checks in Native.
  module Raw
    FUNCTIONS = Native::FUNCTIONS
    STATUS_FIELDS = Native::STATUS_FIELDS
    METHOD_FIELDS = Native::METHOD_FIELDS
    SONAME = Native::SONAME
    PATH = Native::PATH

    INT_MIN = Key::INT_MIN
    INT_MAX = Key::INT_MAX
    SIZE_MAX = (2**(8 * FFI.type_size(:size_t))) - 1
    ULONG_MAX = (2**(8 * FFI.type_size(:ulong))) - 1
    # HTTPSTATUS_NUL_TERMINATED, (size_t)-1: "the text ends at its first NUL byte".
    NUL_TERMINATED = SIZE_MAX

    INSTANCE_OF = Key::INSTANCE_OF
    ADDRESS = FFI::Pointer.instance_method(:address).freeze
    SIZE = FFI::AbstractMemory.instance_method(:size).freeze

    # address => the library's own (frozen) FFI::Pointer, for every handle of one type.
    def self.collect(count, at)
      out = {}
      Native.public_send(count).times do |i|
        pointer = Native.public_send(at, i)
        out[ADDRESS.bind_call(pointer)] = pointer.freeze
      end
      out.freeze
    end
    # The unofficial statuses (1.1) are status records too, in a table of their own.
    REGISTERED = collect(:httpstatus_status_count, :httpstatus_status_at)
    UNOFFICIAL = collect(:httpstatus_unofficial_count, :httpstatus_unofficial_at)
    HANDLES = {
      status: REGISTERED.merge(UNOFFICIAL).freeze,
      method: collect(:httpstatus_method_count, :httpstatus_method_at)
    }.freeze
    OTHER = { status: :method, method: :status }.freeze

    # The parameter and result kinds raw_checks.rb knows: a function of another kind is refused here,
    # at require.
    KINDS = %i[int ulong size string buffer status method].freeze
    RESULTS = %i[void int size ulong string status method].freeze
    FUNCTIONS.each do |spec|
      (spec[:params] - KINDS).each { |k| raise LoadError, "libhttpstatus: no check for the parameter kind #{k} of #{spec[:name]}" }
      raise LoadError, "libhttpstatus: no result kind #{spec[:returns]} for #{spec[:name]}" unless RESULTS.include?(spec[:returns])
    end

    # The checked body of each function (name => lambda), built by checks on the first call.
    lock = Mutex.new
    bodies = nil
    FUNCTIONS.each do |spec|
      name = spec[:name]
      define_singleton_method(name) do |*args|
        (bodies || lock.synchronize { bodies ||= checks }).fetch(name).call(*args)
      end
    end

    # Compiles raw_checks.rb into a new anonymous module that sees Raw, Native and Key as constants,
    # freezes it, and returns its frozen table of checked bodies.
    def self.checks
      path = File.join(__dir__, "raw_checks.rb")
      checks = Module.new
      checks.const_set(:Raw, self)
      checks.const_set(:Native, Native)
      checks.const_set(:Key, Key)
      checks.module_eval(File.read(path, encoding: Encoding::UTF_8), path, 1)
      checks.freeze.bodies
    end
    private_class_method :collect, :checks
  end
end
