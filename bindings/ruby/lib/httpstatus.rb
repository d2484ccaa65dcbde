# frozen_string_literal: true

# The HTTP status code and method registries of libhttpstatus, for Ruby.
#
#   require "httpstatus"
#   HTTPStatus[404]                  # => #<HTTPStatus::Status 404 NOT_FOUND>, also HTTPStatus[:not_found]
#   HTTPStatus::NOT_FOUND == 404     # => true
#   HTTPStatus::Method["GET"].safe?  # => true
#
# The records are read from the C library once, at require time; every lookup afterwards answers from
# frozen Ruby tables.  HTTPStatus::Raw is the C API, every argument checked.  Lookups return nil when
# nothing matches and raise TypeError for an argument of the wrong type; the README lists every case.
module HTTPStatus
end

require_relative "httpstatus/native"
require_relative "httpstatus/raw"
require_relative "httpstatus/record"
require_relative "httpstatus/status"
require_relative "httpstatus/method"
require_relative "httpstatus/key"

module HTTPStatus
  # An older name or reason phrase: text, kind (:name or :phrase) and the status it stands for.
  Alias = Struct.new(:text, :kind, :status)
end

require_relative "httpstatus/tables"

module HTTPStatus
  extend Enumerable

  # One constant per status name, older names included, each the very record: HTTPStatus::NOT_FOUND,
  # HTTPStatus::REQUEST_ENTITY_TOO_LARGE.equal?(HTTPStatus::CONTENT_TOO_LARGE).
  Tables::NAMES.each do |name, status|
    raise NameError, "status name #{name} clashes with HTTPStatus::#{name}" if const_defined?(name, false)

    const_set(name, status)
  end

  class << self
    # The status for a code (an Integer, any number equal to one, a Status), a name (String or
    # Symbol, any case, older names too) or a reason phrase (String, any case, older phrases too);
    # nil when there is none.
    def [](key)
      Tables::ANY[key] || lookup_key(key)
    end

    # Like [], but raises KeyError (or returns DEFAULT, or yields KEY) when nothing matches.
    def fetch(key, *default)
      found = self[key]
      return found if found
      return yield(key) if block_given?
      return default.first unless default.empty?

      raise KeyError.new("no HTTP status #{key.inspect}", receiver: self, key: key)
    end

    # The status with this code, or nil.  Strings are not codes: from_code("404") raises TypeError.
    def from_code(code)
      Tables::BY_CODE[code] || (code.is_a?(Integer) ? nil : Tables::BY_CODE[Key.code(code)])
    end

    # The status with this name ("NOT_FOUND", "not_found", :not_found, "REQUEST_ENTITY_TOO_LARGE"),
    # or nil.  With ignore_case: false only the exact spelling matches.
    def from_name(name, ignore_case: true)
      found = Tables::NAMES[name]
      return found if found

      text = name.is_a?(String) ? name : Key.text(name)
      return nil if text.bytesize > Tables::NAME_MAX
      return Tables::NAMES[text] unless ignore_case

      Tables::NAMES_FOLDED[Key.fold(text)]
    end

    # The status whose reason phrase, current or older, is this text in any case ("not found",
    # "Payload Too Large"), or nil.
    def from_phrase(phrase)
      found = Tables::PHRASES[phrase]
      return found if found

      text = phrase.is_a?(String) ? phrase : Key.text(phrase)
      text.bytesize > Tables::PHRASE_MAX ? nil : Tables::PHRASES_FOLDED[Key.fold(text)]
    end

    # The class of any integer as a Symbol (:informational, :success, :redirection, :client_error,
    # :server_error), registered or not (299 is :success); nil outside 100..599.
    def class_of(code)
      code = Key.code(code)
      return nil if code.nil?
      return Tables::CLASSES[code] if Tables::NEAR.cover?(code)
      return nil unless Key.int?(code)

      Tables.class_name(code)
    end

    # "HTTP/1.1 404 Not Found" (frozen); an unregistered code in 100..599 gets no phrase
    # ("HTTP/1.1 299 "); nil outside 100..599.
    def format_status_line(code)
      code = Key.code(code)
      return nil if code.nil?
      return Tables::LINES[code] if Tables::NEAR.cover?(code)
      return nil unless Key.int?(code)

      Tables.frozen_line(code)
    end

    # The method with this token ("GET", :GET or Rails' :get), or nil.  See HTTPStatus::Method.
    def http_method(name) = Method[name]

    private

    # [] when its argument is not one of the keys in Tables::ANY: decide by its type.
    def lookup_key(key)
      case key
      when Integer then nil
      when String, Symbol then from_name(key) || from_phrase(key)
      when Numeric then from_code(key)
      else
        return lookup_key(Key.text(key)) if key.respond_to?(:to_str)
        return from_code(key) if key.respond_to?(:to_int)

        raise TypeError, "no implicit conversion of #{Key.describe(key)} into Integer or String"
      end
    end

    public

    # Each status, in the C library's order (ascending code).
    def each(&block)
      return enum_for(:each) { Tables::STATUSES.size } unless block

      Tables::STATUSES.each(&block)
      self
    end

    # Enumerable#include? would hide Module#include?: keep the latter for modules.
    def include?(item)
      item.is_a?(Module) ? Module.instance_method(:include?).bind_call(self, item) : Tables::STATUSES.include?(item)
    end
    alias member? include?

    def size = Tables::STATUSES.size

    # Every older name and phrase, as Alias structs, in the C library's order.
    def aliases = Tables::ALIASES

    # The library's version, "1.0.0".
    def version = Tables::VERSION

    # The library's version as 0xMMmmuu.
    def version_number = Tables::VERSION_NUMBER

    # The date of the registry snapshot, "YYYY-MM-DD".
    def registry_date = Tables::REGISTRY_DATE
  end

  class Method
    extend Enumerable

    Tables::METHODS.each do |method|
      constant = method.name.tr("-", "_")
      next unless constant.match?(/\A[A-Z][A-Z0-9_]*\z/)
      raise NameError, "method #{method.name} clashes with #{self}::#{constant}" if const_defined?(constant, false)

      const_set(constant, method)
    end

    class << self
      # The method with exactly this token ("GET"), a Symbol :GET or :get (Rails), or nil.
      def [](name)
        Tables::METHOD_ANY[name] || (name.is_a?(Symbol) ? nil : Tables::METHOD_NAMES[token_of(name)])
      end

      def fetch(name, *default)
        found = self[name]
        return found if found
        return yield(name) if block_given?
        return default.first unless default.empty?

        raise KeyError.new("no HTTP method #{name.inspect}", receiver: self, key: name)
      end

      # Each method, in the C library's order (alphabetical).
      def each(&block)
        return enum_for(:each) { Tables::METHODS.size } unless block

        Tables::METHODS.each(&block)
        self
      end

      def include?(item)
        item.is_a?(Module) ? Module.instance_method(:include?).bind_call(self, item) : Tables::METHODS.include?(item)
      end
      alias member? include?

      def size = Tables::METHODS.size

      private

      # A String short enough to be a token, or nil; TypeError for what is no text.
      def token_of(name)
        text = Key.text(name)
        text.bytesize <= Tables::METHOD_MAX ? text : nil
      end
    end
  end
end
