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

require_relative "httpstatus/native"
require_relative "httpstatus/key"
require_relative "httpstatus/raw"
require_relative "httpstatus/record"
require_relative "httpstatus/status"
require_relative "httpstatus/method"

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
    # The status for an Integer code (or a Float, Rational or Complex equal to one), a name (a String:
    # exactly, else ignoring case; a Symbol: :NOT_FOUND, :not_found, or Rack's :payload_too_large), a
    # reason phrase (a String, ignoring case) or a status record (itself); nil when there is none.
    # TypeError for anything else.
    def [](key)
      if Integer === key then Tables::BY_CODE[key]
      elsif String === key
        # An exact name, else a name or phrase in any case (text_lookup, written out for speed).
        Tables::NAMES[key] ||
          (Key::BYTESIZE.bind_call(key) > Tables::TEXT_MAX ? nil : Tables::TEXT_FOLDED[Key::DOWNCASE.bind_call(key, :ascii)])
      elsif Symbol === key then Tables::SYMBOLS[key] || text_lookup(key.name)
      else Tables::BY_CODE[Key.code(key, Tables::RECORDS)]
      end
    rescue ArgumentError, EncodingError
      nil # text Ruby cannot fold (a broken UTF-16 string) names nothing
    end
    alias lookup []

    # Like [], but raises KeyError (or returns DEFAULT, or yields KEY) when nothing matches.
    def fetch(key, *default)
      found = self[key]
      return found if found
      return yield(key) if block_given?
      return default.first unless default.empty?

      raise KeyError.new("no HTTP status #{Key.describe(key)}", receiver: self, key: key)
    end

    # The status with this code, or nil.  Strings are not codes: from_code("404") raises TypeError.
    def from_code(code)
      Integer === code ? Tables::BY_CODE[code] : Tables::BY_CODE[Key.code(code, Tables::RECORDS)]
    end

    # The status named exactly NAME (a String or Symbol: "NOT_FOUND", :REQUEST_ENTITY_TOO_LARGE), or
    # nil; with ignore_case: true, the name in any ASCII case ("not_found").
    def from_name(name, ignore_case: false)
      if String === name && !ignore_case
        found = Tables::NAMES[name]
        return found if found
      end
      text = String === name ? name : Key.text(name)
      return nil if Key::BYTESIZE.bind_call(text) > Tables::NAME_MAX
      return Tables::NAMES[Key.plain(text)] unless ignore_case

      Tables::NAMES_FOLDED[Key::DOWNCASE.bind_call(text, :ascii)]
    rescue ArgumentError, EncodingError
      nil # text Ruby cannot fold (a broken UTF-16 string) names nothing
    end

    # The status whose reason phrase, current or older, is this text in any ASCII case ("not found",
    # "Payload Too Large"), or nil.
    def from_phrase(phrase)
      text = String === phrase ? phrase : Key.text(phrase)
      return nil if Key::BYTESIZE.bind_call(text) > Tables::PHRASE_MAX

      Tables::PHRASES_FOLDED[Key::DOWNCASE.bind_call(text, :ascii)]
    rescue ArgumentError, EncodingError
      nil
    end

    # The class of any code in 100..599 as a Symbol (:informational, :success, :redirection,
    # :client_error, :server_error), registered or not (299 is :success); nil for any other number.
    def class_of(code)
      code = Key.code(code, Tables::RECORDS)
      status = Tables::BY_CODE[code]
      return status.status_class if status

      Key.int?(code) ? Tables.class_name(code) : nil
    end

    # "HTTP/1.1 404 Not Found" (frozen); an unregistered code in 100..599 gets no phrase
    # ("HTTP/1.1 299 "); nil for any other number.
    def format_status_line(code)
      code = Key.code(code, Tables::RECORDS)
      line = Tables::LINES[code]
      return line if line

      Key.int?(code) ? Tables.line(code) : nil
    end

    # The method with exactly this token ("GET"; tokens are case-sensitive), a Symbol :GET or Rails'
    # :get, or a method record (itself); nil when there is none.
    def method_from_name(name) = Method[name]
    alias http_method method_from_name

    # Each status, in the C library's order (ascending code).
    def each(&block)
      return enum_for(:each) { Tables::STATUSES.size } unless block

      Tables::STATUSES.each(&block)
      self
    end

    # A status record of this binding, or a registered code.  Enumerable#include? would hide
    # Module#include?: keep the latter for modules.
    def include?(item)
      return Module.instance_method(:include?).bind_call(self, item) if Module === item

      Tables::RECORDS.key?(item) || (Integer === item && Tables::BY_CODE.key?(item))
    end
    alias member? include?

    def size = Tables::STATUSES.size

    # Every older name and phrase, as frozen Alias structs, in the C library's order; source says
    # who uses the spelling (1.1), locator where that was read and quote the text there (1.2).
    def aliases = Tables::ALIASES

    # The unofficial status with this code (nginx's 499: a record whose state is :unofficial and
    # whose user names who sends it), or nil.  The registry's lookups never find these (1.1).
    def unofficial(code)
      Integer === code ? Tables::UNOFFICIAL_BY_CODE[code] : Tables::UNOFFICIAL_BY_CODE[Key.code(code, Tables::RECORDS)]
    end

    # Every unofficial status, in ascending code order (1.1).
    def unofficial_statuses = Tables::UNOFFICIAL

    # The loaded C library's version, "1.0.0", asked of the library.
    def version = -Tables.utf8(Native.httpstatus_version)

    # The library's version as 0xMMmmuu.
    def version_number = Tables::VERSION_NUMBER

    # The date of the registry snapshot, "YYYY-MM-DD".
    def registry_date = Tables::REGISTRY_DATE

    private

    # A text (a String, its subclass, or a Symbol's name) that is not an exact name: a name in any
    # case, else a reason phrase in any case.  Folding reads the bytes through String#downcase
    # itself, so what the text says of itself is never asked.
    def text_lookup(text)
      return nil if Key::BYTESIZE.bind_call(text) > Tables::TEXT_MAX

      Tables::TEXT_FOLDED[Key::DOWNCASE.bind_call(text, :ascii)]
    rescue ArgumentError, EncodingError
      nil
    end
  end

  class Method
    extend Enumerable

    class << self
      # The method with exactly this token ("GET"), a Symbol :GET or :get (Rails), a method record
      # (itself), or nil.  TypeError for what is no text.
      def [](name)
        if Symbol === name then Tables::METHOD_SYMBOLS[name]
        elsif String === name
          Tables::METHOD_NAMES[name] ||
            (Key.bytesize(name) <= Tables::METHOD_MAX ? Tables::METHOD_NAMES[Key.plain(name)] : nil)
        else
          Tables::METHOD_RECORDS[name] || raise(TypeError, "#{Key.describe(name)} is not a method token (a String or Symbol is)")
        end
      end

      def fetch(name, *default)
        found = self[name]
        return found if found
        return yield(name) if block_given?
        return default.first unless default.empty?

        raise KeyError.new("no HTTP method #{Key.describe(name)}", receiver: self, key: name)
      end

      # Each method, in the C library's order (alphabetical).
      def each(&block)
        return enum_for(:each) { Tables::METHODS.size } unless block

        Tables::METHODS.each(&block)
        self
      end

      def include?(item)
        Module === item ? Module.instance_method(:include?).bind_call(self, item) : Tables::METHOD_RECORDS.key?(item)
      end
      alias member? include?

      def size = Tables::METHODS.size
    end
  end

  # Nothing can be changed once loaded: not a function, a constant, a class or a table.
  [API, Native, Key, Raw, Record, RecordBehaviour, Tables, Alias, Status, Method, HTTPMethod, self].each(&:freeze)
end
