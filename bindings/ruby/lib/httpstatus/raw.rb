# frozen_string_literal: true

module HTTPStatus
  # Checked access to every function the C library exports, under its C name and with its C
  # signature: HTTPStatus::Raw.httpstatus_status_from_name("NOT_FOUND", 9).  The ffi gem passes an
  # FFI::Pointer's address as it is and a text's length as it is, so a forged handle or a length
  # beyond the text would make C read memory it must not.  Every method here is built from the
  # parameter kinds the generator wrote into API::FUNCTIONS, and checks each argument before the
  # call:
  #
  #   - wrong number of arguments                                      -> ArgumentError
  #   - an argument of the wrong type (only Integer for int/size_t,
  #     String for a text, nil or an FFI::MemoryPointer for a buffer,
  #     nil or a handle for a handle)                                  -> TypeError
  #   - an Integer the C parameter cannot hold, a length longer than
  #     the text's bytesize, a size larger than the buffer            -> RangeError
  #   - NUL_TERMINATED with a text that holds a NUL byte               -> ArgumentError
  #   - a handle (FFI::Pointer) that is not NULL and not one the
  #     library itself returned for that type                          -> TypeError
  #
  # Handles are the FFI::Pointers the library returns (a NULL pointer where C returns NULL); the
  # valid ones are collected once, at load, from httpstatus_status_at / httpstatus_method_at over
  # the counts, since they point into the library's static tables.  A text may be any String: its
  # bytes are passed as they are, whatever its encoding.  String results are never nil ("" where C
  # answers with an empty string).  The idiomatic layer does not go through here: it checks its own
  # arguments and answers from Ruby tables.
  module Raw
    FUNCTIONS = Native::FUNCTIONS
    STATUS_FIELDS = Native::STATUS_FIELDS
    METHOD_FIELDS = Native::METHOD_FIELDS
    SONAME = Native::SONAME
    PATH = Native::PATH

    INT_MIN = -(2**((8 * FFI.type_size(:int)) - 1))
    INT_MAX = (2**((8 * FFI.type_size(:int)) - 1)) - 1
    SIZE_MAX = (2**(8 * FFI.type_size(:size_t))) - 1
    ULONG_MAX = (2**(8 * FFI.type_size(:ulong))) - 1
    # HTTPSTATUS_NUL_TERMINATED, (size_t)-1: "the text ends at its first NUL byte".
    NUL_TERMINATED = SIZE_MAX

    ADDRESS = FFI::Pointer.instance_method(:address)
    SIZE = FFI::AbstractMemory.instance_method(:size)

    # address => the library's own FFI::Pointer, for every handle of one type.
    def self.collect(count, at)
      Array.new(Native.public_send(count)) { |i| Native.public_send(at, i) }
           .to_h { |pointer| [pointer.address, pointer] }.freeze
    end
    HANDLES = {
      status: collect(:httpstatus_status_count, :httpstatus_status_at),
      method: collect(:httpstatus_method_count, :httpstatus_method_at)
    }.freeze
    private_class_method :collect

    def self.describe(value)
      text = value.inspect
      text.size > 60 ? "#{value.class} #{text[0, 40]}..." : text
    end
    private_class_method :describe

    def self.integer(value, min, max, where)
      raise TypeError, "#{where}: expected an Integer, got #{describe(value)}" unless value.is_a?(Integer)
      raise RangeError, "#{where}: #{value} is out of range #{min}..#{max}" unless value.between?(min, max)

      value
    end
    private_class_method :integer

    def self.handle(type, value, where)
      return nil if value.nil?
      unless value.is_a?(FFI::Pointer) && !value.is_a?(FFI::MemoryPointer)
        raise TypeError, "#{where}: expected an httpstatus_#{type} handle (FFI::Pointer) or nil, got #{describe(value)}"
      end

      address = ADDRESS.bind_call(value)
      return nil if address.zero?

      HANDLES[type].fetch(address) do
        raise TypeError, "#{where}: 0x#{address.to_s(16)} is no httpstatus_#{type} handle the library gave"
      end
    end
    private_class_method :handle

    # The checks of one parameter kind: (value, previous checked argument, where) -> what C gets.
    # A size right after a text is that text's length; right after a buffer, the buffer's size.
    CHECKS = {
      int: ->(v, _prev, where) { integer(v, INT_MIN, INT_MAX, where) },
      ulong: ->(v, _prev, where) { integer(v, 0, ULONG_MAX, where) },
      size: lambda do |v, prev, where|
        n = integer(v, 0, SIZE_MAX, where)
        case prev && prev[0]
        when :string
          if n == NUL_TERMINATED
            raise ArgumentError, "#{where}: NUL_TERMINATED with a text holding a NUL byte" if prev[1].b.include?("\0")
          elsif n > prev[1].bytesize
            raise RangeError, "#{where}: #{n} is longer than the text (#{prev[1].bytesize} bytes)"
          end
        when :buffer
          room = prev[1].nil? ? 0 : SIZE.bind_call(prev[1])
          raise RangeError, "#{where}: #{n} is larger than the buffer (#{room} bytes)" if n > room
        end
        n
      end,
      string: lambda do |v, _prev, where|
        raise TypeError, "#{where}: expected a String, got #{describe(v)}" unless v.is_a?(String)

        v
      end,
      buffer: lambda do |v, _prev, where|
        return v if v.nil? || v.is_a?(FFI::MemoryPointer)

        raise TypeError, "#{where}: expected an FFI::MemoryPointer or nil, got #{describe(v)}"
      end,
      status: ->(v, _prev, where) { handle(:status, v, where) },
      method: ->(v, _prev, where) { handle(:method, v, where) }
    }.freeze
    RESULTS = %i[void int size ulong string status method].freeze

    def self.define(spec)
      name = spec[:name]
      kinds = spec[:params]
      wheres = spec[:param_names].map { |p| "#{name}(#{p})" }.freeze
      (kinds - CHECKS.keys).each { |k| raise LoadError, "libhttpstatus: no check for the parameter kind #{k} of #{name}" }
      raise LoadError, "libhttpstatus: no result kind #{spec[:returns]} for #{name}" unless RESULTS.include?(spec[:returns])

      call = Native.method(name)
      string_result = spec[:returns] == :string
      define_singleton_method(name) do |*args|
        unless args.size == kinds.size
          raise ArgumentError, "#{name}: wrong number of arguments (given #{args.size}, expected #{kinds.size})"
        end

        out = Array.new(kinds.size)
        kinds.each_with_index do |kind, i|
          prev = i.positive? ? [kinds[i - 1], out[i - 1]] : nil
          out[i] = CHECKS.fetch(kind).call(args[i], prev, wheres[i])
        end
        # A NUL-terminated text goes to C as a copy that surely ends in a NUL byte.
        kinds.each_cons(2).with_index do |(a, b), i|
          out[i] = FFI::MemoryPointer.from_string(out[i]) if a == :string && b == :size && out[i + 1] == NUL_TERMINATED
        end
        result = call.call(*out)
        string_result ? (result || "") : result
      end
    end
    private_class_method :define

    FUNCTIONS.each { |spec| define(spec) }
  end
end
