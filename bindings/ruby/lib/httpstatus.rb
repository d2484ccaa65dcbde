# frozen_string_literal: true

# The HTTP status code and method registries of libhttpstatus, for Ruby.
#
#   require "httpstatus"
#   HTTPStatus::NOT_FOUND                 # => 404, an Integer: [HTTPStatus::NOT_FOUND, {}, []] passes Rack::Lint
#   HTTPStatus::HTTPMethod::GET           # => "GET" (frozen)
#   HTTPStatus[404]                       # => #<HTTPStatus::Status 404 NOT_FOUND>, the record
#   HTTPStatus::Status::NOT_FOUND         # the same record; also HTTPStatus[:not_found], HTTPStatus["Not Found"]
#   HTTPStatus::Method::GET.safe?         # => true
#
# The records are read from the C library once, at require time; every lookup afterwards answers from
# frozen Ruby tables.  HTTPStatus::Raw is the C API, every argument checked.  Lookups return nil when
# nothing matches and raise TypeError for an argument of the wrong type; doc/bindings.md is the
# contract and the README lists every case.  Everything here is frozen once loaded: the module, its
# classes, records, tables and constants.
module HTTPStatus
end

require_relative "httpstatus/intrinsics"
require_relative "httpstatus/native"
require_relative "httpstatus/key"
require_relative "httpstatus/raw_checks"
require_relative "httpstatus/raw"
require_relative "httpstatus/record"
require_relative "httpstatus/status"
require_relative "httpstatus/method"
require_relative "httpstatus/rule"

module HTTPStatus
  # An older name or reason phrase: text, kind (:name or :phrase), the status it stands for, and its
  # evidence (source, locator, quote).
  Alias = Struct.new(:text, :kind, :status, :source, :locator, :quote)
end

require_relative "httpstatus/tables"

module HTTPStatus
  extend Enumerable

  # Each status name, older names included, as a constant holding its code, an Integer:
  # HTTPStatus::NOT_FOUND is 404, HTTPStatus::REQUEST_ENTITY_TOO_LARGE is 413.  The record of the same
  # name is HTTPStatus::Status::NOT_FOUND.
  Tables::NAMES.each do |name, status|
    raise NameError, "status name #{name} clashes with HTTPStatus::#{name}" if const_defined?(name, false)
    raise NameError, "status name #{name} clashes with HTTPStatus::Status::#{name}" if Status.const_defined?(name, false)

    const_set(name, status.code)
    Status.const_set(name, status)
  end

  # Each method token as a constant holding the token, a frozen String (HTTPMethod::GET is "GET";
  # BASELINE-CONTROL is HTTPMethod::BASELINE_CONTROL).  The record is HTTPStatus::Method::GET.
  module HTTPMethod
  end

  Tables::METHODS.each do |method|
    constant = method.name.tr("-", "_")
    next unless constant.match?(/\A[A-Z][A-Z0-9_]*\z/)
    raise NameError, "method #{method.name} clashes with #{Method}::#{constant}" if Method.const_defined?(constant, false)

    HTTPMethod.const_set(constant, method.name)
    Method.const_set(constant, method)
  end

  class << self
    include Intrinsics

    # The status for an Integer code (or a Float, Rational or Complex equal to one), a name (a String:
    # exactly, else ignoring case; a Symbol: :NOT_FOUND, :not_found, or Rack's :payload_too_large), a
    # reason phrase (a String, ignoring case) or a record of this module, status, unofficial status or
    # method (itself); nil when there is none.  TypeError for anything else.
    def [](key)
      if KIND.bind_call(Integer, key) then AREF.bind_call(Tables::BY_CODE, key)
      elsif KIND.bind_call(String, key) then AREF.bind_call(Tables::NAMES, key) || text_lookup(key)
      elsif KIND.bind_call(Symbol, key) then AREF.bind_call(Tables::SYMBOLS, key) || text_lookup(SYMBOL_NAME.bind_call(key))
      else
        AREF.bind_call(Tables::RECORDS, key) || AREF.bind_call(Tables::METHOD_RECORDS, key) ||
          AREF.bind_call(Tables::BY_CODE, Key.code(key))
      end
    end
    alias lookup []

    # Like [], but raises KeyError (or returns DEFAULT, or yields KEY) when nothing matches.
    def fetch(key, default = NONE, &block)
      found = self[key]
      return found if found
      return yield(key) if block
      return default unless EQUAL.bind_call(default, NONE)

      RAISE.bind_call(self, KeyError.new("no HTTP status #{Key.describe(key)}", receiver: self, key: key))
    end

    # The status with this code, or nil.  Strings and records are not codes: from_code("404") and
    # from_code(HTTPStatus::Status::NOT_FOUND) raise TypeError (only lookup takes a record).
    def from_code(code)
      AREF.bind_call(Tables::BY_CODE, KIND.bind_call(Integer, code) ? code : Key.code(code))
    end

    # The status named exactly NAME (a String or Symbol: "NOT_FOUND", :REQUEST_ENTITY_TOO_LARGE), or
    # nil; with ignore_case: true, the name in any ASCII case ("not_found").
    def from_name(name, ignore_case: false)
      text = Key.text(name)
      return AREF.bind_call(Tables::NAMES, text) || AREF.bind_call(Tables::NAMES, Key.plain(text)) unless ignore_case
      return nil unless Key.fits?(text, Tables::NAME_MAX)

      AREF.bind_call(Tables::NAMES_FOLDED, Key.folded(text))
    end

    # The status whose reason phrase, current or older, is this text in any ASCII case ("not found",
    # "Payload Too Large"), or nil.
    def from_phrase(phrase)
      text = Key.text(phrase)
      return nil unless Key.fits?(text, Tables::PHRASE_MAX)

      AREF.bind_call(Tables::PHRASES_FOLDED, Key.folded(text))
    end

    # The class of any code in 100..599 as a Symbol (:informational, :success, :redirection,
    # :client_error, :server_error), registered or not (299 is :success); nil for any other number.
    def class_of(code)
      code = Key.code(code)
      status = AREF.bind_call(Tables::BY_CODE, code)
      return status.status_class if status

      Key.within?(code, Key::INT_MIN, Key::INT_MAX) ? Tables.class_name(code) : nil
    end

    # "HTTP/1.1 404 Not Found" (frozen); an unregistered code in 100..599 gets no phrase
    # ("HTTP/1.1 299 "); nil for any other number.
    def format_status_line(code)
      code = Key.code(code)
      line = AREF.bind_call(Tables::LINES, code)
      return line if line

      Key.within?(code, Key::INT_MIN, Key::INT_MAX) ? Tables.line(code) : nil
    end

    # The method with exactly this token ("GET"; tokens are case-sensitive), or a Symbol :GET or
    # Rails' :get; nil when there is none.  A method record is no token: TypeError (lookup takes one).
    def method_from_name(name) = Method[name]
    alias http_method method_from_name

    # Each status, in the C library's order (ascending code).
    def each(&block)
      return ENUM_FOR.bind_call(self, :each) { SIZE.bind_call(Tables::STATUSES) } unless block

      EACH.bind_call(Tables::STATUSES, &block)
      self
    end

    # A status record of this binding, or a registered code.  Enumerable#include? would hide
    # Module#include?: keep the latter for modules.
    def include?(item)
      return MODULE_INCLUDE.bind_call(self, item) if KIND.bind_call(Module, item)

      KEY.bind_call(Tables::RECORDS, item) || (KIND.bind_call(Integer, item) && KEY.bind_call(Tables::BY_CODE, item))
    end
    alias member? include?

    def size = SIZE.bind_call(Tables::STATUSES)

    # Every older name and phrase, as frozen Alias structs, in the C library's order; source says
    # who uses the spelling (1.1), locator where that was read and quote the text there (1.2).
    def aliases = Tables::ALIASES

    # The unofficial status with this code (nginx's 499: a record whose state is :unofficial and
    # whose user names who sends it), or nil.  The registry's lookups never find these (1.1).
    def unofficial(code)
      AREF.bind_call(Tables::UNOFFICIAL_BY_CODE, KIND.bind_call(Integer, code) ? code : Key.code(code))
    end

    # Every unofficial status, in ascending code order (1.1).
    def unofficial_statuses = Tables::UNOFFICIAL

    # The loaded C library's version, "1.0.0", asked of the library.
    def version = Tables.utf8(Native.httpstatus_version)

    # Every response rule (1.2): frozen HTTPStatus::Rule records, in the C library's order (that of
    # data/rules.csv).  A status's own are status.rules.
    def rules = Tables::RULES

    # The rules of STATUS (an Integer code, registered or unofficial, or a status record) that a
    # response head breaks (1.2): a frozen Array of HTTPStatus::Rule records in the status's rule
    # order, empty when none is; nil when STATUS is no status (599, 405.5).  The head: METHOD, the
    # request's method ("HEAD"; nil: not known, so no rule of HEAD or CONNECT applies), VERSION
    # ("1.0", "1.1", "2" or "3"), FIELDS, the names of the header fields the response carries (an
    # Array of Strings, or a Hash whose keys they are: a Rack response's headers), compared ignoring
    # ASCII case, and CONTENT, whether it carries content (nil: not known, so no rule about content
    # applies).  A MAY rule whose field is absent counts as broken: rule.level tells.  TypeError for
    # an argument of the wrong type; RangeError for another version, or a method or field name that
    # is no RFC 9110 token ("", "Content Type").
    def check(status, method: nil, version: "1.1", fields: NO_FIELDS, content: nil)
      Head.check(status, method, version, fields, content)
    end

    # The library's version as 0xMMmmuu.
    def version_number = Tables::VERSION_NUMBER

    # The date of the registry snapshot, "YYYY-MM-DD".
    def registry_date = Tables::REGISTRY_DATE

    private

    # A text (a String, its subclass, or a Symbol's name) that is not an exact name: a name in any
    # case, else a reason phrase in any case.  Folding reads a binary copy of the bytes through
    # String#downcase! itself, so what the text says of itself is never asked.
    def text_lookup(text)
      Key.fits?(text, Tables::TEXT_MAX) ? AREF.bind_call(Tables::TEXT_FOLDED, Key.folded(text)) : nil
    end
  end

  # What fetch compares its default with: no caller has this object.
  NONE = Object.new.freeze
  # What check takes for no fields.
  NO_FIELDS = [].freeze
  private_constant :NONE, :NO_FIELDS

  class Method
    extend Enumerable

    class << self
      include Intrinsics

      # The method with exactly this token ("GET"), a Symbol :GET or :get (Rails), or nil.  TypeError
      # for what is no text, a method record among them (HTTPStatus.lookup takes one).
      def [](name)
        if KIND.bind_call(Symbol, name) then AREF.bind_call(Tables::METHOD_SYMBOLS, name)
        elsif KIND.bind_call(String, name)
          AREF.bind_call(Tables::METHOD_NAMES, name) ||
            (Key.fits?(name, Tables::METHOD_MAX) ? AREF.bind_call(Tables::METHOD_NAMES, Key.plain(name)) : nil)
        else Key.refuse(TypeError, "#{Key.describe(name)} is not a method token (a String or Symbol is)")
        end
      end

      def fetch(name, default = NONE, &block)
        found = self[name]
        return found if found
        return yield(name) if block
        return default unless EQUAL.bind_call(default, NONE)

        RAISE.bind_call(self, KeyError.new("no HTTP method #{Key.describe(name)}", receiver: self, key: name))
      end

      # Each method, in the C library's order (alphabetical).
      def each(&block)
        return ENUM_FOR.bind_call(self, :each) { SIZE.bind_call(Tables::METHODS) } unless block

        EACH.bind_call(Tables::METHODS, &block)
        self
      end

      def include?(item)
        KIND.bind_call(Module, item) ? MODULE_INCLUDE.bind_call(self, item) : KEY.bind_call(Tables::METHOD_RECORDS, item)
      end
      alias member? include?

      def size = SIZE.bind_call(Tables::METHODS)
    end
  end

  # Nothing can be changed once loaded: not a function, a constant, a class or a table.
  [API, Intrinsics, Native, Key, Check, Raw, Record, RecordBehaviour, Tables, Alias, Status, Method, Rule, Head, HTTPMethod,
   self].each(&:freeze)
end
