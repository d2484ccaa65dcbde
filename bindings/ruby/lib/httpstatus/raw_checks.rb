# frozen_string_literal: true

module HTTPStatus
  # The checks of HTTPStatus::Raw (see raw.rb): each argument kind read through the intrinsics taken
  # at load (Key), never by asking the argument, and turned into what C gets.  Methods of a frozen
  # module, reached through constants: no Proc, no local variable a caller's Binding could reach.
  module Check
    include Intrinsics

    module_function

    def refuse(klass, message) = RAISE.bind_call(self, klass, message)

    def describe(value) = KIND.bind_call(Integer, value) ? "the Integer #{INT_TO_S.bind_call(value)}" : Key.describe(value)

    # An Integer in MIN..MAX from an Integer, or from a Float or Rational equal to one.
    def integer(value, min, max, where)
      n = if KIND.bind_call(Integer, value) then value
          elsif KIND.bind_call(Float, value) then Key.float(value)
          elsif KIND.bind_call(Rational, value)
            INT_EQ.bind_call(DENOMINATOR.bind_call(value), 1) ? NUMERATOR.bind_call(value) : nil
          else refuse(TypeError, "#{where}: expected an Integer, got #{describe(value)}")
          end
      refuse(RangeError, "#{where}: #{Key.describe(value)} is not an integer") unless n
      return n if Key.within?(n, min, max)

      refuse(RangeError, "#{where}: #{INT_TO_S.bind_call(n)} is out of range #{INT_TO_S.bind_call(min)}..#{INT_TO_S.bind_call(max)}")
    end

    def int(value, where) = integer(value, Raw::INT_MIN, Raw::INT_MAX, where)
    def ulong(value, where) = integer(value, 0, Raw::ULONG_MAX, where)

    # A private binary copy of a String (no subclass): what C reads, which no other thread can change.
    def text(value, where)
      return BINARY.bind_call(value) if INSTANCE_OF.bind_call(value, String)

      kind = KIND.bind_call(String, value) ? "a subclass of String (#{describe(value)}), which is refused" : describe(value)
      refuse(TypeError, "#{where}: expected a String, got #{kind}")
    end

    # The length of TEXT (a private copy) to pass to C: at most its bytesize, or NUL_TERMINATED when
    # it holds no NUL byte (one that does is a RangeError, as in the other bindings: C would stop at
    # the NUL, short of the text).
    def length(value, text, where)
      n = integer(value, 0, Raw::SIZE_MAX, where)
      if INT_EQ.bind_call(n, Raw::NUL_TERMINATED)
        refuse(RangeError, "#{where}: Raw::NUL_TERMINATED with a text holding a NUL byte") if Key.nul?(text)
      elsif INT_LE.bind_call(n, Key.bytesize(text)) then nil
      else
        refuse(RangeError, "#{where}: #{INT_TO_S.bind_call(n)} is longer than the text (#{INT_TO_S.bind_call(Key.bytesize(text))} bytes)")
      end
      n
    end

    # What C reads for TEXT with length N: the copy, ending in a NUL byte of its own when C is to
    # stop at the first one.
    def c_text(text, n) = INT_EQ.bind_call(n, Raw::NUL_TERMINATED) ? CONCAT.bind_call(text, "\0") : text

    # An output buffer: nil (NULL) or a String (no subclass) that is not frozen.  C never sees it:
    # it writes into memory the binding allocates (memory), copied back into the String (copy_back).
    def buffer(value, where)
      return nil if EQUAL.bind_call(value, nil)
      return value if INSTANCE_OF.bind_call(value, String) && EQUAL.bind_call(FROZEN.bind_call(value), false)

      refuse(TypeError, "#{where}: expected an unfrozen String (no subclass) or nil, got #{FROZEN.bind_call(value) ? 'a frozen ' : ''}#{describe(value)}")
    end

    # The size of BUFFER C may write: at most its bytesize (0 for nil).
    def room(value, buffer, where)
      n = integer(value, 0, Raw::SIZE_MAX, where)
      room = buffer ? BYTESIZE.bind_call(buffer) : 0
      return n if INT_LE.bind_call(n, room)

      refuse(RangeError, "#{where}: #{INT_TO_S.bind_call(n)} is larger than the buffer (#{INT_TO_S.bind_call(room)} bytes)")
    end

    # New memory of SIZE bytes holding the first SIZE bytes of BUFFER, or nil for NULL.
    def memory(buffer, size)
      return nil unless buffer

      memory = ALLOCATE.bind_call(FFI::MemoryPointer)
      MEMORY_INIT.bind_call(memory, 1, INT_LE.bind_call(size, 0) ? 1 : size)
      PUT_BYTES.bind_call(memory, 0, BINARY.bind_call(buffer), 0, size)
      memory
    end

    # Puts the SIZE bytes of MEMORY back at the start of BUFFER, keeping its encoding and the rest.
    def copy_back(buffer, memory, size)
      return unless buffer

      encoding = ENCODING.bind_call(buffer)
      bytes = BINARY.bind_call(buffer)
      rest = BYTESLICE.bind_call(bytes, size, BYTESIZE.bind_call(bytes))
      REPLACE.bind_call(buffer, CONCAT.bind_call(GET_BYTES.bind_call(memory, 0, size), rest))
      FORCE_ENCODING.bind_call(buffer, encoding)
    end

    # The address C gets for a handle argument: 0 for nil, the library's own address for a record of
    # this binding of TYPE; TypeError for anything else.
    def handle(type, value, where)
      return 0 if EQUAL.bind_call(value, nil)

      address = AREF.bind_call(AREF.bind_call(Tables::ADDRESS, type), value) # compared by identity
      return address if address

      other = AREF.bind_call(Tables::KIND_OF, value) # a record of another kind
      what = other ? "an httpstatus_#{SYMBOL_NAME.bind_call(other)} handle" : describe(value)
      refuse(TypeError, "#{where}: expected an httpstatus_#{type} handle (a record this module gave) or nil, got #{what}")
    end

    # The record at the ADDRESS C returned for TYPE, or nil for NULL.
    def record(type, address)
      return nil if INT_EQ.bind_call(address, 0)

      AREF.bind_call(AREF.bind_call(Tables::AT_ADDRESS, type), address) || refuse(RuntimeError, "libhttpstatus returned an unknown #{type} handle")
    end

    def string(result) = result || ""

    # The Ruby source of the checked method for the function SPEC describes: each argument checked
    # in order, then one call of Native's function, then the result as the binding gives it.
    def source(spec)
      name = spec[:name]
      params = spec[:param_names]
      kinds = spec[:params]
      lines = []
      args = []
      kinds.each_with_index do |kind, i|
        if (kind == :string || kind == :buffer) && kinds[i + 1] != :size
          raise LoadError, "libhttpstatus: #{name}: a #{kind} parameter without its size after it"
        end

        p = params[i]
        where = "#{name}(#{p})".inspect
        prev = i.positive? ? params[i - 1] : nil
        case kind
        when :int, :ulong then lines << "#{p} = Check.#{kind}(#{p}, #{where})"
        when :string then lines << "#{p} = Check.text(#{p}, #{where})"
        when :buffer then lines << "#{p} = Check.buffer(#{p}, #{where})"
        when :status, :method, :rule then lines << "#{p} = Check.handle(:#{kind}, #{p}, #{where})"
        when :size
          lines << case kinds[i - 1]
                   when :string then "#{p} = Check.length(#{p}, #{prev}, #{where})"
                   when :buffer then "#{p} = Check.room(#{p}, #{prev}, #{where})"
                   else "#{p} = Check.integer(#{p}, 0, Raw::SIZE_MAX, #{where})"
                   end
        end
        args << case kind
                when :string then "Check.c_text(#{p}, #{params[i + 1]})"
                when :buffer then "memory_#{p}"
                else p.to_s
                end
      end
      kinds.each_with_index do |kind, i|
        lines << "memory_#{params[i]} = Check.memory(#{params[i]}, #{params[i + 1]})" if kind == :buffer
      end
      lines << "result = Native.#{name}(#{args.join(', ')})"
      kinds.each_with_index do |kind, i|
        lines << "Check.copy_back(#{params[i]}, memory_#{params[i]}, #{params[i + 1]})" if kind == :buffer
      end
      lines << case spec[:returns]
               when :status, :method, :rule then "Check.record(:#{spec[:returns]}, result)"
               when :string then "Check.string(result)"
               else "result"
               end
      "def self.#{name}(#{params.join(', ')})\n#{lines.join("\n")}\nend\n"
    end
  end
  private_constant :Check
end
