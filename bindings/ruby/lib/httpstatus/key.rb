# frozen_string_literal: true

module HTTPStatus
  # How a lookup reads its argument.  Nothing that reaches the C library is unchecked: codes are
  # range-checked against the C int, texts are looked up in Ruby tables filled from C at load time.
  #
  #   codes: an Integer of any size; a Status; another Numeric when it equals an Integer exactly
  #          (404.0, Rational(404, 1), Complex(404, 0)); an object with to_int returning an Integer.
  #          A number no Integer equals (404.5, NaN, Infinity) finds nothing: nil.
  #   texts: a String (any ASCII-compatible encoding, compared as ASCII); a Symbol; an object with
  #          to_str returning a String.  Non-ASCII bytes, invalid UTF-8, NUL bytes, ASCII-incompatible
  #          encodings (UTF-16) and texts longer than the longest key find nothing: nil.
  #   anything else (nil, true, false, Array, Hash, a String where a code goes, a number where a text
  #   goes ...) raises TypeError, as Ruby's own implicit conversions do.
  module Key
    module_function

    INT_BITS = FFI.type_size(:int) * 8
    INT_RANGE = (-(2**(INT_BITS - 1))..((2**(INT_BITS - 1)) - 1)).freeze

    # An Integer, or nil when no Integer equals VALUE.
    def code(value)
      case value
      when Integer then value
      when Status then value.code
      when Numeric then integral(value)
      when String, Symbol, nil, true, false then raise TypeError, "#{describe(value)} is not a status code"
      else implicit(value, :to_int, Integer)
      end
    end

    def integral(number)
      int = Integer(number)
      int == number ? int : nil
    rescue FloatDomainError, RangeError
      nil # NaN, Infinity, a Complex with an imaginary part
    end

    # A String.
    def text(value)
      case value
      when String then value
      when Symbol then value.name
      when Numeric, nil, true, false then raise TypeError, "#{describe(value)} is not a name or phrase"
      else implicit(value, :to_str, String)
      end
    end

    # TEXT with its ASCII letters in lower case, for a case-insensitive table (whose keys are all
    # ASCII), or nil for text no such key can match.  Other bytes stay as they are, so non-ASCII text
    # folds to something no key equals; text Ruby cannot fold (a broken UTF-16 string) is nil.
    def fold(text)
      text.downcase(:ascii)
    rescue ArgumentError, EncodingError
      nil
    end

    def implicit(value, conversion, type)
      unless value.respond_to?(conversion)
        raise TypeError, "no implicit conversion of #{describe(value)} into #{type}"
      end

      result = value.public_send(conversion)
      return result if result.is_a?(type)

      raise TypeError, "can't convert #{value.class} to #{type} (#{value.class}##{conversion} gives #{result.class})"
    end

    def describe(value)
      case value
      when nil then "nil"
      when true, false then value.to_s
      else value.class.to_s
      end
    end

    def int?(value) = INT_RANGE.cover?(value)
  end
  private_constant :Key
end
