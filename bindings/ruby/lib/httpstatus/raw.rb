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
      Array.new(Native.public_send(count)) { |i| Native.public_send(at, i) }
           .to_h { |pointer| [ADDRESS.bind_call(pointer), pointer.freeze] }.freeze
    end
    HANDLES = {
      status: collect(:httpstatus_status_count, :httpstatus_status_at),
      method: collect(:httpstatus_method_count, :httpstatus_method_at)
    }.freeze
    OTHER = { status: :method, method: :status }.freeze

    def self.describe(value) = Integer === value ? "the Integer #{value}" : Key.describe(value)

    # An Integer in MIN..MAX from an Integer, or from a Float or Rational equal to one.
    def self.integer(value, min, max, where)
      n = if Integer === value then value
          elsif Float === value then value.finite? && value.floor == value ? value.to_i : nil
          elsif Rational === value then value.denominator == 1 ? value.numerator : nil
          else raise TypeError, "#{where}: expected an Integer, got #{describe(value)}"
          end
      raise RangeError, "#{where}: #{value} is not an integer" if n.nil?
      raise RangeError, "#{where}: #{n} is out of range #{min}..#{max}" unless n >= min && n <= max

      n
    end

    # The library's own pointer for VALUE, or nil for nil and NULL; TypeError for anything else.
    def self.handle(type, value, where)
      return nil if value.nil?
      unless INSTANCE_OF.bind_call(value, FFI::Pointer)
        raise TypeError, "#{where}: expected an httpstatus_#{type} handle (FFI::Pointer) or nil, got #{describe(value)}"
      end

      address = ADDRESS.bind_call(value)
      return nil if address.zero?

      HANDLES[type].fetch(address) do
        what = HANDLES[OTHER[type]].key?(address) ? "an httpstatus_#{OTHER[type]} handle" : "no handle the library gave"
        raise TypeError, "#{where}: 0x#{address.to_s(16)} is #{what}, not an httpstatus_#{type} handle"
      end
    end

    def self.text(value, where)
      return value if INSTANCE_OF.bind_call(value, String)

      kind = String === value ? "a subclass of String (#{describe(value)}), which is refused" : describe(value)
      raise TypeError, "#{where}: expected a String, got #{kind}"
    end

    def self.buffer(value, where)
      return value if value.nil? || INSTANCE_OF.bind_call(value, FFI::MemoryPointer)

      raise TypeError, "#{where}: expected an FFI::MemoryPointer (no subclass) or nil, got #{describe(value)}"
    end

    # A size: after a text it is that text's length, after a buffer that buffer's size.
    def self.size(value, prev_kind, prev, where)
      n = integer(value, 0, SIZE_MAX, where)
      case prev_kind
      when :string
        length = Key.bytesize(prev)
        if n == NUL_TERMINATED
          raise ArgumentError, "#{where}: NUL_TERMINATED with a text holding a NUL byte" if Key.nul?(prev)
        elsif n > length
          raise RangeError, "#{where}: #{n} is longer than the text (#{length} bytes)"
        end
      when :buffer
        room = prev.nil? ? 0 : SIZE.bind_call(prev)
        raise RangeError, "#{where}: #{n} is larger than the buffer (#{room} bytes)" if n > room
      end
      n
    end

    # One argument of kind KIND, checked: what C gets.
    def self.check(kind, value, prev_kind, prev, where)
      case kind
      when :int then integer(value, INT_MIN, INT_MAX, where)
      when :ulong then integer(value, 0, ULONG_MAX, where)
      when :size then size(value, prev_kind, prev, where)
      when :string then text(value, where)
      when :buffer then buffer(value, where)
      when :status, :method then handle(kind, value, where)
      end
    end

    KINDS = %i[int ulong size string buffer status method].freeze
    RESULTS = %i[void int size ulong string status method].freeze

    def self.define(spec)
      name = spec[:name]
      kinds = spec[:params]
      wheres = spec[:param_names].map { |p| "#{name}(#{p})".freeze }.freeze
      (kinds - KINDS).each { |k| raise LoadError, "libhttpstatus: no check for the parameter kind #{k} of #{name}" }
      raise LoadError, "libhttpstatus: no result kind #{spec[:returns]} for #{name}" unless RESULTS.include?(spec[:returns])

      call = Native.method(name)
      returns = spec[:returns]
      handles = HANDLES[returns]
      arity = kinds.size
      define_singleton_method(name) do |*args|
        unless args.size == arity
          raise ArgumentError, "#{name}: wrong number of arguments (given #{args.size}, expected #{arity})"
        end

        out = Array.new(arity)
        arity.times do |i|
          out[i] = check(kinds[i], args[i], i.positive? ? kinds[i - 1] : nil, i.positive? ? out[i - 1] : nil, wheres[i])
        end
        # A NUL-terminated text goes to C as a copy that surely ends in a NUL byte.
        (arity - 1).times do |i|
          if kinds[i] == :string && kinds[i + 1] == :size && out[i + 1] == NUL_TERMINATED
            out[i] = FFI::MemoryPointer.from_string(Key.plain(out[i]))
          end
        end
        result = call.call(*out)
        if handles
          address = ADDRESS.bind_call(result)
          address.zero? ? nil : handles.fetch(address)
        elsif returns == :string
          result || ""
        else
          result
        end
      end
    end

    FUNCTIONS.each { |spec| define(spec) }
    private_class_method :collect, :describe, :integer, :handle, :text, :buffer, :size, :check, :define
  end
end
