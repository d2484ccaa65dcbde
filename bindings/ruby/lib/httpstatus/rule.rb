# frozen_string_literal: true

module HTTPStatus
  # A response rule (1.2): one requirement a specification places on the responses with a status
  # (data/rules.csv), as the C library keeps it.  A frozen value, one object per rule: every list
  # that holds it (HTTPStatus.rules, a status's rules, what HTTPStatus.check gives) holds that object.
  #
  # The properties are defined from the generated field list (see Record), one per C accessor
  # httpstatus_rule_<field>: subject (:field, :content, :status), field ("Allow"; "" for a rule not
  # about a field), level (:must, :must_not, :should, ... :cannot) and level_text ("MUST NOT", as the
  # specification writes it), scope (:any, :head, :connect, :range, :conditional, :as_200), versions
  # (a frozen Array of "1.0", "1.1", "2", "3"), locator and quote (where it was read, and the sentence).
  class Rule
    include RecordBehaviour

    Accessors = Record.define_accessors(self, "rule", Native::RULE_FIELDS)
    private_class_method :new, :allocate

    # "#<HTTPStatus::Rule MUST Allow (RFC 9110, Section 15.5.6)>"
    def inspect = "#<#{self.class} #{@level_text} #{@field.empty? ? @subject : @field} (#{@locator})>"

    # Marshal gives back the very same object: a rule travels as its index in HTTPStatus.rules.
    def _dump(_level) = Intrinsics::INT_TO_S.bind_call(Intrinsics::AREF.bind_call(Tables::RULE_INDEX, self))

    def self._load(data)
      index = Intrinsics::KERNEL_INTEGER.bind_call(self, data, 10)
      Intrinsics::AREF.bind_call(Tables::RULE_AT_INDEX, index) || Intrinsics::RAISE.bind_call(self, ArgumentError, "no rule #{data}")
    end
  end

  # The arguments of HTTPStatus.check, each read as Key reads a lookup's (through the intrinsics
  # taken at load, never by asking the argument), then the C library's check of the head.
  module Head
    include Intrinsics

    module_function

    # A token (RFC 9110, Section 5.6.2: token = 1*tchar): what a method and a field name are.  The
    # C check takes several names in one text, separated by commas and blanks, so a name holding
    # one is refused here, before the names are joined.
    TOKEN = /\A[!#$%&'*+\-.^_`|~0-9A-Za-z]+\z/n

    # The version names a rule's versions gives ("1.0" ... "3"), each to the number C's check takes
    # (10, 11, 20, 30: major * 10 + minor).
    def c_version(name)
      major, minor = name.split(".", 2)
      (Integer(major, 10) * 10) + Integer(minor || "0", 10)
    end
    VERSIONS = Record::VERSION_BITS.to_h { |_, name| [name.b.freeze, c_version(name)] }.freeze
    VERSION_LIST = VERSIONS.keys.join(", ").freeze

    # The status record for a status argument: a status record of this module (unofficial too), or
    # the one with an Integer code (registered, else unofficial); nil for a number that is no
    # status's code; TypeError for what is no number.
    def status(value)
      found = AREF.bind_call(Tables::RECORDS, value) # compared by identity
      return found if found

      code = KIND.bind_call(Integer, value) ? value : Key.code(value)
      code && (AREF.bind_call(Tables::BY_CODE, code) || AREF.bind_call(Tables::UNOFFICIAL_BY_CODE, code))
    end

    # A private binary copy of a token, or RangeError naming WHAT it is.
    def token(text, what)
      bytes = BINARY.bind_call(text)
      return bytes if MATCH.bind_call(TOKEN, bytes)

      Key.refuse(RangeError, "HTTPStatus.check: #{what} is not a token (RFC 9110, Section 5.6.2)")
    end

    # The method's bytes, or nil (not known).
    def method_token(value)
      return nil if EQUAL.bind_call(value, nil)
      return token(value, "the method") if KIND.bind_call(String, value)

      Key.refuse(TypeError, "HTTPStatus.check(method:): expected a String or nil, got #{Key.describe(value)}")
    end

    # The number C takes for a version name.
    def version(value)
      unless KIND.bind_call(String, value)
        Key.refuse(TypeError, "HTTPStatus.check(version:): expected a String (#{VERSION_LIST}), got #{Key.describe(value)}")
      end
      AREF.bind_call(VERSIONS, BINARY.bind_call(value)) ||
        Key.refuse(RangeError, "HTTPStatus.check(version:): not one of #{VERSION_LIST}")
    end

    # The field names, from an Array of names or the keys of a Hash (a Rack response's headers, a
    # Rack::Headers), joined by commas as C reads them: a new binary String.
    def fields(value)
      names = if KIND.bind_call(Array, value) then value
              elsif KIND.bind_call(Hash, value) then HASH_KEYS.bind_call(value)
              else Key.refuse(TypeError, "HTTPStatus.check(fields:): expected an Array or a Hash, got #{Key.describe(value)}")
              end
      out = BINARY.bind_call("")
      count = SIZE.bind_call(names)
      i = 0
      while INT_LT.bind_call(i, count)
        name = ARY_AT.bind_call(names, i)
        unless KIND.bind_call(String, name)
          Key.refuse(TypeError, "HTTPStatus.check(fields:): a field name is a String, not #{Key.describe(name)}")
        end
        APPEND.bind_call(out, ",") if INT_LT.bind_call(0, i)
        APPEND.bind_call(out, token(name, "a field name"))
        i = INT_PLUS.bind_call(i, 1)
      end
      out
    end

    # 1 (content), 0 (none) or -1 (not known).
    def content(value)
      if EQUAL.bind_call(value, true) then 1
      elsif EQUAL.bind_call(value, false) then 0
      elsif EQUAL.bind_call(value, nil) then -1
      else Key.refuse(TypeError, "HTTPStatus.check(content:): expected true, false or nil, got #{Key.describe(value)}")
      end
    end

    # The rules of STATUS that the head breaks, a frozen Array in the status's rule order; nil when
    # STATUS is no status.  Every argument is checked before C is asked.
    def check(status, method, version, fields, content)
      record = status(status)
      method = method_token(method)
      version = version(version)
      fields = fields(fields)
      content = content(content)
      return nil unless record

      code = record.code
      method_len = method ? BYTESIZE.bind_call(method) : 0
      fields_len = BYTESIZE.bind_call(fields)
      count = Native.httpstatus_check_count(code, method, method_len, version, fields, fields_len, content)
      Key.refuse(RangeError, "HTTPStatus.check: libhttpstatus refused the head") if INT_LT.bind_call(count, 0)

      broken = []
      i = 0
      while INT_LT.bind_call(i, count)
        address = Native.httpstatus_check_at(code, method, method_len, version, fields, fields_len, content, i)
        rule = AREF.bind_call(Tables::RULE_OF, address) || Key.refuse(RuntimeError, "libhttpstatus returned an unknown rule handle")
        ARY_PUSH.bind_call(broken, rule)
        i = INT_PLUS.bind_call(i, 1)
      end
      FREEZE.bind_call(broken)
    end
  end
  private_constant :Head
end
