# frozen_string_literal: true

module HTTPStatus
  # How the binding reads an argument without asking it about itself, and without asking the core
  # classes either: every test and every method called on an argument is one Intrinsics took when the
  # binding loaded (Module#=== on the core classes for types, String#b and String#bytesize for text,
  # Integer#<= for ranges), so neither the argument (a String subclass, singleton methods, to_int,
  # to_str) nor a caller who redefines a core method later can change what a check decides.
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
    include Intrinsics

    module_function

    INT_BITS = FFI.type_size(:int) * 8
    INT_MIN = -(2**(INT_BITS - 1))
    INT_MAX = (2**(INT_BITS - 1)) - 1

    # Raises KLASS with MESSAGE through the Kernel#raise taken at load: it never returns.
    def refuse(klass, message) = RAISE.bind_call(self, klass, message)

    def integer?(value) = KIND.bind_call(Integer, value)

    # VALUE is an Integer in MIN..MAX.
    def within?(value, min, max) = KIND.bind_call(Integer, value) && INT_GE.bind_call(value, min) && INT_LE.bind_call(value, max)

    # An Integer, or nil when VALUE is a number no Integer equals; TypeError for anything else.
    def code(value)
      if KIND.bind_call(Integer, value) then value
      elsif KIND.bind_call(Float, value) then float(value)
      elsif KIND.bind_call(Rational, value)
        INT_EQ.bind_call(DENOMINATOR.bind_call(value), 1) ? NUMERATOR.bind_call(value) : nil
      elsif KIND.bind_call(Complex, value)
        imaginary = IMAGINARY.bind_call(value)
        KIND.bind_call(Integer, imaginary) && INT_EQ.bind_call(imaginary, 0) ? code(REAL.bind_call(value)) : nil
      else refuse(TypeError, "#{describe(value)} is not a status code (an Integer is)")
      end
    end

    # The Integer a Float equals, or nil.
    def float(value)
      return nil unless FLOAT_FINITE.bind_call(value)

      floor = FLOAT_FLOOR.bind_call(value)
      FLOAT_EQ.bind_call(value, floor) ? floor : nil
    end

    # The String VALUE stands for (a Symbol's name, a String as it is), or TypeError.
    def text(value)
      if KIND.bind_call(String, value) then value
      elsif KIND.bind_call(Symbol, value) then SYMBOL_NAME.bind_call(value)
      else refuse(TypeError, "#{describe(value)} is not a name or phrase (a String or Symbol is)")
      end
    end

    # A plain binary String copy of the bytes of a String or its subclass: what a Hash lookup and
    # folding read (ASCII keys match it whatever the text's encoding; text in an ASCII-incompatible
    # encoding never does).
    def plain(value) = BINARY.bind_call(value)

    # The bytes of TEXT with ASCII letters in lower case, a new binary String; never raises.
    def folded(text)
      copy = BINARY.bind_call(text)
      DOWNCASE_BANG.bind_call(copy, :ascii)
      copy
    end

    def bytesize(text) = BYTESIZE.bind_call(text)

    # TEXT is at most MAX bytes long.
    def fits?(text, max) = INT_LE.bind_call(BYTESIZE.bind_call(text), max)

    def nul?(text) = INCLUDE.bind_call(BINARY.bind_call(text), "\0")

    # The class of VALUE for a message, read without calling any method of VALUE.
    def describe(value)
      if EQUAL.bind_call(value, nil) then "nil"
      elsif EQUAL.bind_call(value, true) then "true"
      elsif EQUAL.bind_call(value, false) then "false"
      else MODULE_NAME.bind_call(CLASS_OF.bind_call(value)) || "an anonymous class"
      end
    end

    # An Integer as decimal text, for a message.
    def digits(value) = INT_TO_S.bind_call(value)
  end
  private_constant :Key
end
