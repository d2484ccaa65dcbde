# frozen_string_literal: true

module HTTPStatus
  # Every record and every lookup table, read from the C library once, when this file loads, and
  # frozen: a lookup afterwards is a Ruby Hash read and never crosses the FFI (except class_of and
  # format_status_line of a code nothing is registered for, which ask C each time and cache nothing).
  # Case-insensitive keys are asked of the C library too, so each table answers what C answers for
  # its keys.
  module Tables
    module_function

    def records(klass, fields, count, at)
      Array.new(Native.public_send(count)) do |i|
        Record.load(klass, fields, Native.public_send(at, i))
      end.freeze
    end

    # enum httpstatus_alias_kind: value -> :name | :phrase
    ALIAS_KINDS = Native::ENUMS[:alias_kind].reject { |_, v| v.zero? }.to_h { |k, v| [v, k.downcase] }.freeze

    # The record a C handle points at, by address.
    def resolver(records, at)
      by_address = records.each_with_index.to_h { |record, i| [Native.public_send(at, i).address, record] }.freeze
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

    # A Hash keyed by the very objects (never asking a key for its hash or eql?), frozen.
    def identity(records) = records.each_with_object({}.compare_by_identity) { |r, h| h[r] = r }.freeze

    def utf8(raw) = -raw.dup.force_encoding(Encoding::UTF_8)

    # C's status line for CODE, a frozen String, or nil when C has none.
    def line(code)
      size = Native.httpstatus_format_status_line(code, nil, 0)
      return nil if size.negative?

      buffer = FFI::MemoryPointer.new(:char, size + 1)
      written = Native.httpstatus_format_status_line(code, buffer, size + 1)
      raise LoadError, "httpstatus_format_status_line(#{code}) changed its length" unless written == size

      -buffer.read_bytes(size).force_encoding(Encoding::UTF_8)
    end

    # C's class of CODE as a Symbol, or nil when C has none.
    def class_name(code)
      name = Native.httpstatus_class_name(Native.httpstatus_class_of(code))
      name.nil? || name.empty? ? nil : name.to_sym
    end

    # The Symbol Rack (Rack::Utils::SYMBOL_TO_STATUS_CODE) makes of a reason phrase: lower case, with
    # blanks and hyphens (Rack 3), and apostrophes too (Rack 2), as underscores.
    def rack_symbols(phrase)
      lower = phrase.downcase(:ascii)
      [lower.gsub(/[\s-]/, "_").to_sym, lower.gsub(/[\s\-']/, "_").to_sym].uniq
    end

    STATUSES = records(Status, Native::STATUS_FIELDS, :httpstatus_status_count, :httpstatus_status_at)
    STATUS_OF = resolver(STATUSES, :httpstatus_status_at)
    BY_CODE = STATUSES.to_h { |s| [s.code, s] }.freeze
    RECORDS = identity(STATUSES)

    ALIASES = Array.new(Native.httpstatus_alias_count) do |i|
      kind = Native.httpstatus_alias_kind(i)
      Alias.new(utf8(Native.httpstatus_alias_text(i)), ALIAS_KINDS.fetch(kind, kind),
                STATUS_OF.call(Native.httpstatus_alias_status(i))).freeze
    end.freeze

    # Exact names, current and older: the constants and the exact lookups.
    NAMES = STATUSES.to_h { |s| [s.name, s] }
                    .merge(ALIASES.select { |a| a.kind == :name }.to_h { |a| [a.text, a.status] }).freeze
    NAMES_FOLDED = folded_table(NAMES.keys, :httpstatus_status_from_name_ci, STATUS_OF)
    NAME_MAX = NAMES.keys.map(&:bytesize).max

    PHRASES = STATUSES.to_h { |s| [s.phrase, s] }.freeze
    PHRASE_KEYS = (PHRASES.keys + ALIASES.select { |a| a.kind == :phrase }.map(&:text)).freeze
    PHRASES_FOLDED = folded_table(PHRASE_KEYS, :httpstatus_status_from_phrase, STATUS_OF)
    PHRASE_MAX = PHRASE_KEYS.map(&:bytesize).max

    # Rack 2 spells 306 as the registry's description, "(Unused)", where the registry's phrase is
    # "Unused"; every other Symbol Rack knows is a name or a phrase here.
    RACK_ONLY = { "(unused)": :UNUSED }.freeze

    # Symbols: each name as it is (:NOT_FOUND) and in lower case (:not_found, Rails and Rack), each
    # phrase as Rack turns it into a Symbol (:payload_too_large, an older phrase of 413).
    SYMBOLS = {}.merge(
      PHRASE_KEYS.flat_map { |p| rack_symbols(p).map { |sym| [sym, PHRASES_FOLDED.fetch(p.downcase(:ascii))] } }.to_h,
      RACK_ONLY.transform_values { |name| NAMES.fetch(name.name) },
      NAMES.flat_map { |n, s| [[n.to_sym, s], [n.downcase(:ascii).to_sym, s]] }.to_h
    ).freeze

    # Status lines of the registered codes.
    LINES = STATUSES.to_h { |s| [s.code, line(s.code)] }.freeze

    METHODS = records(Method, Native::METHOD_FIELDS, :httpstatus_method_count, :httpstatus_method_at)
    METHOD_OF = resolver(METHODS, :httpstatus_method_at)
    METHOD_NAMES = METHODS.to_h do |m|
      [m.name, METHOD_OF.call(ask(:httpstatus_method_from_name, m.name)) || raise(LoadError, "C does not find #{m.name}")]
    end.freeze
    # :GET, and Rails' :get and :baseline_control.
    METHOD_SYMBOLS = METHODS.flat_map { |m| [[m.name.to_sym, m], [m.name.downcase(:ascii).tr("-", "_").to_sym, m]] }
                            .to_h.freeze
    METHOD_RECORDS = identity(METHODS)
    METHOD_MAX = METHOD_NAMES.keys.map(&:bytesize).max

    VERSION_NUMBER = Native.httpstatus_version_number
    REGISTRY_DATE = utf8(Native.httpstatus_registry_date)
  end
  private_constant :Tables
end
