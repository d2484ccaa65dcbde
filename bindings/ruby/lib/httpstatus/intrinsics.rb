# frozen_string_literal: true

require "ffi"

module HTTPStatus
  # Every core method a check, a lookup or a record's comparison relies on, taken once, when the
  # binding loads, before any caller's code can run again.  A method a caller redefines or prepends
  # afterwards (Hash#[], Integer#<=, Module#===, String#bytesize, Kernel#raise, ...) is not the one
  # the binding calls: each capture is an UnboundMethod whose own singleton class holds a copy of
  # UnboundMethod#bind_call, frozen with it, so even a redefined UnboundMethod#bind_call is not asked.
  #
  # Code run before the binding loads can replace any of these first; doc/bindings.md says so.
  # The suite (test_tamper.rb) reads the captures of every file under lib/ and replaces each one with
  # a liar in a fresh process: a capture it has no entry for fails there.
  module Intrinsics
    BIND_CALL = UnboundMethod.instance_method(:bind_call).freeze

    # OWNER's instance method NAME, callable as NAME.bind_call(receiver, ...) whatever happens to
    # UnboundMethod afterwards.
    def self.capture(owner, name)
      method = owner.instance_method(name)
      method.singleton_class.send(:define_method, :bind_call, BIND_CALL)
      method.freeze
    end
    private_class_method :capture

    KIND = capture(Module, :===)               # KIND.bind_call(Integer, x): Integer === x
    MODULE_NAME = capture(Module, :name)
    MODULE_INCLUDE = capture(Module, :include?)
    MODULE_FREEZE = capture(Module, :freeze)
    INSTANCE_OF = capture(Kernel, :instance_of?)
    CLASS_OF = capture(Kernel, :class)
    FROZEN = capture(Kernel, :frozen?)
    EQUAL = capture(BasicObject, :equal?)
    RAISE = capture(Kernel, :raise)
    ENUM_FOR = capture(Kernel, :enum_for)

    FREEZE = capture(Kernel, :freeze)

    AREF = capture(Hash, :[])
    KEY = capture(Hash, :key?)
    HASH_KEYS = capture(Hash, :keys)
    EACH = capture(Array, :each)
    SIZE = capture(Array, :size)
    ARY_AT = capture(Array, :[])
    ARY_PUSH = capture(Array, :push)

    INT_EQ = capture(Integer, :==)
    INT_LE = capture(Integer, :<=)
    INT_GE = capture(Integer, :>=)
    INT_LT = capture(Integer, :<)
    INT_PLUS = capture(Integer, :+)
    INT_CMP = capture(Integer, :<=>)
    INT_TO_S = capture(Integer, :to_s)
    KERNEL_INTEGER = capture(Kernel, :Integer)
    FLOAT_FINITE = capture(Float, :finite?)
    FLOAT_FLOOR = capture(Float, :floor)
    FLOAT_EQ = capture(Float, :==)
    NUMERATOR = capture(Rational, :numerator)
    DENOMINATOR = capture(Rational, :denominator)
    REAL = capture(Complex, :real)
    IMAGINARY = capture(Complex, :imaginary)

    STR_EQ = capture(String, :==)
    BYTESIZE = capture(String, :bytesize)
    BINARY = capture(String, :b)                # a plain binary String copy, whatever the class
    DOWNCASE_BANG = capture(String, :downcase!)
    INCLUDE = capture(String, :include?)
    BYTESLICE = capture(String, :byteslice)
    REPLACE = capture(String, :replace)
    ENCODING = capture(String, :encoding)
    FORCE_ENCODING = capture(String, :force_encoding)
    CONCAT = capture(String, :+)
    TO_SYM = capture(String, :to_sym)
    STRING_FREEZE = capture(String, :freeze)
    APPEND = capture(String, :<<)
    MATCH = capture(Regexp, :match?)
    SYMBOL_NAME = capture(Symbol, :name)

    # Memory for C to write into, made and read by the binding alone.
    ALLOCATE = capture(Class, :allocate)
    MEMORY_INIT = capture(FFI::MemoryPointer, :initialize)
    PUT_BYTES = capture(FFI::AbstractMemory, :put_bytes)
    GET_BYTES = capture(FFI::AbstractMemory, :get_bytes)
  end
  private_constant :Intrinsics
end
