# frozen_string_literal: true

module HTTPStatus
  # How the binding reads an argument without asking it about itself.  Types are decided by
  # Module#=== on the core classes (Integer === x), which no object can override; every method
  # called on a text is String's own, taken here at load and bound to the argument with
  # UnboundMethod#bind_call, so a String with singleton methods or a subclass of String cannot lie
  # about its size or contents; a comparison or conversion is only called on a value already proven
  # a core Integer, Float, Rational or Complex (none of which can have singleton methods or
  # instances of a subclass).
  #
  #   codes: an Integer of any size; a Float, Rational or Complex equal to an Integer (404.0,
  #          Rational(404, 1), Complex(404, 0)); a Status record of this binding.  A number no Integer
  #          equals (404.5, NaN, Infinity) finds nothing: nil.
  #   texts: a String (its bytes, compared as ASCII; a subclass is read as a plain String); a Symbol.
  #          Non-ASCII bytes, NUL bytes, ASCII-incompatible encodings (UTF-16) and texts longer than
  #          the longest key find nothing: nil.
  #   anything else (nil, true, false, Array, Hash, Proc, a String where a code goes, a number where
  #   a text goes, an object with to_int or to_str) raises TypeError.
  module Key
    module_function

    INSTANCE_OF = Kernel.instance_method(:instance_of?).freeze
    BYTESIZE = String.instance_method(:bytesize).freeze
    DOWNCASE = String.instance_method(:downcase).freeze
    INCLUDE = String.instance_method(:include?).freeze
    NEW_STRING = String.method(:new).freeze
    CLASS_OF = Kernel.instance_method(:class).freeze
    MODULE_NAME = Module.instance_method(:name).freeze

    INT_BITS = FFI.type_size(:int) * 8
    INT_MIN = -(2**(INT_BITS - 1))
    INT_MAX = (2**(INT_BITS - 1)) - 1

    # An Integer, or nil when VALUE is a number no Integer equals; TypeError for anything else.
    def code(value, records)
      if Integer === value then value
      elsif Float === value then value.finite? && value.floor == value ? value.to_i : nil
      elsif Rational === value then value.denominator == 1 ? value.numerator : nil
      elsif Complex === value then Integer === value.imaginary && value.imaginary.zero? ? code(value.real, records) : nil
      else
        record = records[value] # a Hash compared by identity: nothing is asked of VALUE
        return record.code if record

        raise TypeError, "#{describe(value)} is not a status code (an Integer is)"
      end
    end

    # A String holding the bytes of VALUE (VALUE itself when it is a plain String), or TypeError.
    def text(value)
      if Symbol === value then value.name
      elsif String === value then INSTANCE_OF.bind_call(value, String) ? value : NEW_STRING.call(value)
      else raise TypeError, "#{describe(value)} is not a name or phrase (a String or Symbol is)"
      end
    end

    # A plain String copy of the bytes of a String or its subclass, read by String's own methods.
    def plain(value) = NEW_STRING.call(value)

    def bytesize(text) = BYTESIZE.bind_call(text)

    def nul?(text) = INCLUDE.bind_call(NEW_STRING.call(text, encoding: Encoding::BINARY), "\0")

    def int?(value) = Integer === value && value >= INT_MIN && value <= INT_MAX

    # The class of VALUE for a message, read without calling any method of VALUE.
    def describe(value)
      case value
      when nil then "nil"
      when true, false then value ? "true" : "false"
      else MODULE_NAME.bind_call(CLASS_OF.bind_call(value)) || "an anonymous class"
      end
    end
  end
  private_constant :Key
end
