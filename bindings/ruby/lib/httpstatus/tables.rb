# frozen_string_literal: true

module HTTPStatus
  # Every record and every lookup table, read from the C library once, when this file loads, and
  # frozen: a lookup afterwards is a Ruby Hash read and never crosses the FFI (except class_of and
  # format_status_line of a code nothing is registered for, which ask C each time and cache nothing).
  # Case-insensitive keys are asked of the C library too, so each table answers what C answers for
  # its keys.
  module Tables
    include Intrinsics

    module_function

    # One record per handle (an Integer address, in the library's order), with the instance
    # variables the block gives for the handle, if any, besides its fields.
    def records(klass, fields, handles)
      plan = Record.plan(fields)
      handles.map { |handle| Record.load(klass, plan, handle, block_given? ? yield(handle) : {}) }.freeze
    end

    # The rule records of the status HANDLE, in the library's order.
    def rules_of(handle)
      Array.new(Native.httpstatus_status_rule_count(handle)) { |i| RULE_OF.fetch(Native.httpstatus_status_rule_at(handle, i)) }.freeze
    end

    # enum httpstatus_alias_kind: value -> :name | :phrase
    ALIAS_KINDS = Native::ENUMS[:alias_kind].reject { |_, v| v.zero? }.to_h { |k, v| [v, k.downcase] }.freeze

    # address => record, for RECORDS read from HANDLES in the same order.
    def at_address(records, handles)
      out = {}
      handles.each_with_index { |address, i| out[address] = records[i] }
      out.freeze
    end

    # record => address, compared by identity: the raw layer's handles.
    def address_of(records, handles)
      out = {}.compare_by_identity
      records.each_with_index { |record, i| out[record] = handles[i] }
      out.freeze
    end

    # KEYS (text => record) with each key in lower ASCII case: what C's case-insensitive lookups
    # match (the suite checks every key against C).
    def folded(table)
      out = {}
      table.each do |key, record|
        folded = key.downcase(:ascii).freeze
        raise LoadError, "libhttpstatus: #{folded.inspect} folds two statuses together" unless out.fetch(folded, record).equal?(record)

        out[folded] = record
      end
      out.freeze
    end

    # ITEMS (frozen records) in a frozen Hash, keyed by what the block gives for each; built with
    # Hash#[]= and no pair Arrays, as are the other tables here, to leave less for the garbage
    # collector at start-up.
    def index(items)
      out = {}
      items.each { |item| out[yield(item)] = item }
      out.freeze
    end

    # A Hash keyed by the very objects (never asking a key for its hash or eql?), frozen.
    def identity(records) = records.each_with_object({}.compare_by_identity) { |r, h| h[r] = r }.freeze

    # A String the ffi gem made for one call, as the frozen UTF-8 text it is (not copied).
    def utf8(raw) = STRING_FREEZE.bind_call(FORCE_ENCODING.bind_call(raw, Encoding::UTF_8))

    # New zeroed memory of SIZE bytes, made without asking FFI::MemoryPointer.new.
    def memory(size)
      memory = ALLOCATE.bind_call(FFI::MemoryPointer)
      MEMORY_INIT.bind_call(memory, 1, size)
      memory
    end

    # C's status line for CODE, a frozen String, or nil when C has none.  No line is LINE_ROOM bytes
    # long (the longest phrase is far shorter); one that were is refused rather than cut.
    def line(code)
      buffer = memory(LINE_ROOM)
      size = Native.httpstatus_format_status_line(code, buffer, LINE_ROOM)
      return nil if INT_LE.bind_call(size, -1)
      return utf8(GET_BYTES.bind_call(buffer, 0, size)) if INT_LE.bind_call(size, LINE_MAX)

      RAISE.bind_call(self, LoadError, "libhttpstatus: a status line longer than #{LINE_MAX} bytes")
    end
    LINE_ROOM = 128
    LINE_MAX = LINE_ROOM - 1

    # C's class of CODE as a Symbol, or nil when C has none.
    def class_name(code)
      name = Native.httpstatus_class_name(Native.httpstatus_class_of(code))
      name && EQUAL.bind_call(INT_EQ.bind_call(BYTESIZE.bind_call(name), 0), false) ? TO_SYM.bind_call(name) : nil
    end

    # Adds to OUT the Symbols Rack (Rack::Utils::SYMBOL_TO_STATUS_CODE) makes of a reason phrase:
    # lower case, with blanks and hyphens (Rack 3), and apostrophes too (Rack 2), as underscores.
    def rack_symbols(out, phrase, status)
      lower = phrase.downcase(:ascii)
      out[lower.tr(" \t-", "_").to_sym] = status
      out[lower.tr(" \t'-", "_").to_sym] = status if lower.include?("'")
    end

    # The response rules (1.2), read before the statuses that hold them.
    RULES = records(Rule, Native::RULE_FIELDS, Raw::HANDLES[:rule])
    RULE_OF = at_address(RULES, Raw::HANDLES[:rule])
    RULE_INDEX = RULES.each_with_index.with_object({}.compare_by_identity) { |(rule, i), out| out[rule] = i }.freeze
    RULE_AT_INDEX = RULE_INDEX.invert.freeze

    STATUSES = records(Status, Native::STATUS_FIELDS, Raw::REGISTERED) { |handle| { :@rules => rules_of(handle) } }
    BY_CODE = index(STATUSES, &:code)
    # The unofficial statuses (1.1): records of their own, never found by the registry's lookups.
    UNOFFICIAL = records(Status, Native::STATUS_FIELDS, Raw::UNOFFICIAL) { |handle| { :@rules => rules_of(handle) } }
    UNOFFICIAL_BY_CODE = index(UNOFFICIAL, &:code)
    RECORDS = identity(STATUSES + UNOFFICIAL)
    STATUS_OF = at_address(STATUSES + UNOFFICIAL, Raw::HANDLES[:status])

    ALIASES = Array.new(Native.httpstatus_alias_count) do |i|
      kind = Native.httpstatus_alias_kind(i)
      Alias.new(utf8(Native.httpstatus_alias_text(i)), ALIAS_KINDS.fetch(kind, kind),
                STATUS_OF[Native.httpstatus_alias_status(i)], utf8(Native.httpstatus_alias_source(i)),
                utf8(Native.httpstatus_alias_locator(i)), utf8(Native.httpstatus_alias_quote(i))).freeze
    end.freeze

    # The texts of one KIND (:name or :phrase), current and older, each to its status.
    def texts(kind)
      out = {}
      STATUSES.each { |s| out[s.public_send(kind)] = s }
      ALIASES.each { |a| out[a.text] = a.status if a.kind == kind }
      out.freeze
    end

    # Exact names, current and older: the constants and the exact lookups.
    NAMES = texts(:name)
    NAMES_FOLDED = folded(NAMES)
    NAME_MAX = NAMES.keys.map(&:bytesize).max

    # Phrases, current and older.
    PHRASES = texts(:phrase)
    PHRASES_FOLDED = folded(PHRASES)
    PHRASE_MAX = PHRASES.keys.map(&:bytesize).max
    # Names and phrases in lower case, for lookup: no folded name is the folded phrase of another status.
    TEXT_FOLDED = NAMES_FOLDED.merge(PHRASES_FOLDED) do |text, by_name, by_phrase|
      by_name.equal?(by_phrase) ? by_name : raise(LoadError, "libhttpstatus: #{text.inspect} is a name and another status's phrase")
    end.freeze
    TEXT_MAX = [NAME_MAX, PHRASE_MAX].max

    # Rack 2 spells 306 as the registry's description, "(Unused)", where the registry's phrase is
    # "Unused"; every other Symbol Rack knows is a name or a phrase here.
    RACK_ONLY = { "(unused)": :UNUSED }.freeze

    # Symbols: each name as it is (:NOT_FOUND) and in lower case (:not_found, Rails and Rack), each
    # phrase as Rack turns it into a Symbol (:payload_too_large, an older phrase of 413).
    # A later entry wins: a name over Rack's spelling, Rack's over a phrase's.
    SYMBOLS = {}.tap do |out|
      PHRASES.each { |phrase, status| rack_symbols(out, phrase, status) }
      RACK_ONLY.each { |sym, name| out[sym] = NAMES.fetch(name.name) }
      NAMES.each do |name, status|
        out[name.to_sym] = status
        out[name.downcase(:ascii).to_sym] = status
      end
    end.freeze

    # Status lines of the registered codes.
    LINES = STATUSES.each_with_object({}) { |s, out| out[s.code] = line(s.code) }.freeze

    METHODS = records(Method, Native::METHOD_FIELDS, Raw::HANDLES[:method])
    METHOD_NAMES = index(METHODS, &:name)
    # :GET, and Rails' :get and :baseline_control.
    METHOD_SYMBOLS = METHODS.each_with_object({}) do |m, out|
      out[m.name.to_sym] = m
      out[m.name.downcase(:ascii).tr("-", "_").to_sym] = m
    end.freeze
    METHOD_RECORDS = identity(METHODS)

    # The raw layer's handles: record => address and address => record, for each kind, and each
    # record's kind (compared by identity), which names a handle of the wrong kind.
    ADDRESS = { status: address_of(STATUSES + UNOFFICIAL, Raw::HANDLES[:status]),
                method: address_of(METHODS, Raw::HANDLES[:method]),
                rule: address_of(RULES, Raw::HANDLES[:rule]) }.freeze
    AT_ADDRESS = { status: STATUS_OF, method: at_address(METHODS, Raw::HANDLES[:method]), rule: RULE_OF }.freeze
    KIND_OF = ADDRESS.each_with_object({}.compare_by_identity) { |(kind, records), out| records.each_key { |r| out[r] = kind } }.freeze
    METHOD_MAX = METHOD_NAMES.keys.map(&:bytesize).max

    VERSION_NUMBER = Native.httpstatus_version_number
    REGISTRY_DATE = utf8(Native.httpstatus_registry_date)
  end
  private_constant :Tables
end
