# frozen_string_literal: true

module HTTPStatus
  # Checked access to every function the C library exports, under its C name and with its C
  # signature: HTTPStatus::Raw.httpstatus_status_from_name("NOT_FOUND", 9).  Every method here is
  # written from the parameter kinds the generator put into API::FUNCTIONS (Check.source, at
  # require) and checks each argument before the call (Check), never by asking the argument about
  # itself and only through the core methods Intrinsics took at load:
  #
  #   - wrong number of arguments                                      -> ArgumentError
  #   - an argument of the wrong type (an Integer, or a Float or Rational
  #     equal to one, for int/size_t; a String, no subclass, for a text;
  #     nil or an unfrozen String, no subclass, for a buffer; nil or a
  #     record of this module of the handle's kind for a handle)       -> TypeError
  #   - an integer the C parameter cannot hold, a number that is no
  #     integer (404.5, NaN), a length longer than the text's bytesize,
  #     a size larger than the buffer's bytesize, NUL_TERMINATED with
  #     a text that holds a NUL byte                                   -> RangeError
  #
  # Only memory Ruby owns crosses: a text is passed as a private copy of the String's bytes; C writes
  # an output buffer into memory the binding allocates, copied back into the String after the call;
  # no FFI::Pointer or FFI::MemoryPointer of the caller's is taken.  A handle is the record itself
  # (HTTPStatus::Status::NOT_FOUND, HTTPStatus::Method::GET, a rule of HTTPStatus.rules, frozen): the
  # library's addresses stay Integers in the binding's frozen tables (Tables::ADDRESS,
  # Tables::AT_ADDRESS), so no caller can hold, forge or re-point one; a record of one kind is no
  # handle of another.  A function that returns a handle returns the record, or nil where
  # C returns NULL.  String results are never nil ("" where C answers with an empty string).  The
  # idiomatic layer does not go through here: it checks its own arguments and answers from Ruby tables.
  module Raw
    FUNCTIONS = Native::FUNCTIONS
    STATUS_FIELDS = Native::STATUS_FIELDS
    METHOD_FIELDS = Native::METHOD_FIELDS
    RULE_FIELDS = Native::RULE_FIELDS
    SONAME = Native::SONAME
    PATH = Native::PATH

    INT_MIN = Key::INT_MIN
    INT_MAX = Key::INT_MAX
    SIZE_MAX = (2**(8 * FFI.type_size(:size_t))) - 1
    ULONG_MAX = (2**(8 * FFI.type_size(:ulong))) - 1
    # HTTPSTATUS_NUL_TERMINATED, (size_t)-1: "the text ends at its first NUL byte".
    NUL_TERMINATED = SIZE_MAX

    # The library's handles of one kind, as Integer addresses, in its order: every handle the raw
    # layer takes or gives is one of these.
    def self.collect(count, at) = Array.new(Native.public_send(count)) { |i| Native.public_send(at, i) }.freeze
    # The unofficial statuses (1.1) are status records too, in a table of their own.
    REGISTERED = collect(:httpstatus_status_count, :httpstatus_status_at)
    UNOFFICIAL = collect(:httpstatus_unofficial_count, :httpstatus_unofficial_at)
    # The response rules (1.2), a kind of their own.
    HANDLES = { status: (REGISTERED + UNOFFICIAL).freeze, method: collect(:httpstatus_method_count, :httpstatus_method_at),
                rule: collect(:httpstatus_rule_count, :httpstatus_rule_at) }.freeze

    # The parameter and result kinds Check knows: a function of another kind is refused here, at
    # require.
    KINDS = %i[int ulong size string buffer status method rule].freeze
    RESULTS = %i[void int size ulong string status method rule].freeze
    FUNCTIONS.each do |spec|
      (spec[:params] - KINDS).each { |k| raise LoadError, "libhttpstatus: no check for the parameter kind #{k} of #{spec[:name]}" }
      raise LoadError, "libhttpstatus: no result kind #{spec[:returns]} for #{spec[:name]}" unless RESULTS.include?(spec[:returns])
    end

    module_eval(FUNCTIONS.map { |spec| Check.source(spec) }.join, "#{__FILE__} (Check.source)", 1)
    private_class_method :collect
  end
end
