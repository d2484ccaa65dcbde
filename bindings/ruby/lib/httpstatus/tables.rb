# frozen_string_literal: true

module HTTPStatus
  # Every record and every lookup table, read from the C library once, when this file loads, and
  # frozen: a lookup afterwards is a Ruby Hash read and never crosses the FFI.  Case-insensitive keys
  # are asked of the C library too, so each table answers what C answers for its keys.
  module Tables
    module_function

    def status_records
      Array.new(Native.httpstatus_status_count) do |i|
        Record.load(Status, Native::STATUS_FIELDS, Native.httpstatus_status_at(i))
      end.freeze
    end

    def method_records
      Array.new(Native.httpstatus_method_count) do |i|
        Record.load(Method, Native::METHOD_FIELDS, Native.httpstatus_method_at(i))
      end.freeze
    end

    # enum httpstatus_alias_kind: value -> :name | :phrase
    ALIAS_KINDS = Native::ENUMS[:alias_kind].reject { |_, v| v.zero? }.to_h { |k, v| [v, k.downcase] }.freeze

    # The record a C handle points at, by address.
    def resolver(records, address_of)
      by_address = records.each_with_index.to_h { |record, i| [address_of.call(i).address, record] }
      ->(pointer) { pointer.null? ? nil : by_address.fetch(pointer.address) }
    end

    # Ask C with exactly these bytes.
    def ask(function, text) = Native.public_send(function, text, text.bytesize)

    def folded_table(keys, function, status_of)
      keys.to_h do |key|
        folded = key.downcase(:ascii)
        [folded.freeze, status_of.call(ask(function, folded)) || raise(LoadError, "C does not find #{folded.inspect}")]
      end.freeze
    end

    def frozen_line(code)
      size = Native.httpstatus_format_status_line(code, nil, 0)
      return nil if size.negative?

      buffer = FFI::MemoryPointer.new(:char, size + 1)
      written = Native.httpstatus_format_status_line(code, buffer, size + 1)
      raise LoadError, "httpstatus_format_status_line(#{code}) changed its length" unless written == size

      -buffer.read_bytes(size).force_encoding(Encoding::UTF_8)
    end

    def class_name(code)
      name = Native.httpstatus_class_name(Native.httpstatus_class_of(code))
      name.nil? || name.empty? ? nil : name.to_sym
    end

    STATUSES = status_records
    STATUS_OF = resolver(STATUSES, Native.method(:httpstatus_status_at))
    BY_CODE = STATUSES.to_h { |s| [s.code, s] }.freeze

    ALIASES = Array.new(Native.httpstatus_alias_count) do |i|
      Alias.new(-Native.httpstatus_alias_text(i).dup.force_encoding(Encoding::UTF_8),
                ALIAS_KINDS.fetch(Native.httpstatus_alias_kind(i), Native.httpstatus_alias_kind(i)),
                STATUS_OF.call(Native.httpstatus_alias_status(i))).freeze
    end.freeze

    # Exact names, current and older: the constants and the fast path of a lookup.
    NAMES = STATUSES.to_h { |s| [s.name, s] }
                    .merge(ALIASES.select { |a| a.kind == :name }.to_h { |a| [a.text, a.status] }).freeze
    NAMES_FOLDED = folded_table(NAMES.keys, :httpstatus_status_from_name_ci, STATUS_OF)
    NAME_MAX = NAMES.keys.map(&:bytesize).max
    # :NOT_FOUND and Rack's :not_found.
    NAME_SYMBOLS = NAMES.flat_map { |n, s| [[n.to_sym, s], [n.downcase(:ascii).to_sym, s]] }.to_h.freeze

    PHRASES = STATUSES.to_h { |s| [s.phrase, s] }.freeze
    PHRASE_KEYS = PHRASES.keys + ALIASES.select { |a| a.kind == :phrase }.map(&:text)
    PHRASES_FOLDED = folded_table(PHRASE_KEYS, :httpstatus_status_from_phrase, STATUS_OF)
    PHRASE_MAX = PHRASE_KEYS.map(&:bytesize).max

    # What [] finds in one Hash read: every code, exact name, name Symbol and exact phrase, and the
    # records themselves.  Any other argument goes the careful way (HTTPStatus.lookup_key).
    ANY = {}.merge(PHRASES, NAMES, NAME_SYMBOLS, BY_CODE, STATUSES.to_h { |s| [s, s] }).freeze

    METHODS = method_records
    METHOD_OF = resolver(METHODS, Native.method(:httpstatus_method_at))
    METHOD_NAMES = METHODS.to_h do |m|
      [m.name, METHOD_OF.call(ask(:httpstatus_method_from_name, m.name)) || raise(LoadError, "C does not find #{m.name}")]
    end.freeze
    METHOD_SYMBOLS = METHODS.flat_map { |m| [[m.name.to_sym, m], [m.name.downcase(:ascii).tr("-", "_").to_sym, m]] }
                            .to_h.freeze
    METHOD_ANY = {}.merge(METHOD_NAMES, METHOD_SYMBOLS, METHODS.to_h { |m| [m, m] }).freeze
    METHOD_MAX = METHOD_NAMES.keys.map(&:bytesize).max

    # class_of and status lines for the codes callers use; any other C int is asked of C.
    NEAR = (0..999).freeze
    CLASSES = NEAR.to_h { |code| [code, class_name(code)] }.freeze
    LINES = NEAR.to_h { |code| [code, frozen_line(code)] }.freeze

    VERSION = -Native.httpstatus_version.dup.force_encoding(Encoding::UTF_8)
    VERSION_NUMBER = Native.httpstatus_version_number
    REGISTRY_DATE = -Native.httpstatus_registry_date.dup.force_encoding(Encoding::UTF_8)
  end
  private_constant :Tables
end
