# frozen_string_literal: true

module HTTPStatus
  # What Status, Method and Rule have in common: their properties are not written out here but made
  # from the field lists Native takes from the generated API::FUNCTIONS (STATUS_FIELDS, METHOD_FIELDS,
  # RULE_FIELDS), so an accessor the library gains becomes a Ruby method with no edit to this file.
  #
  # Naming, from the C field name:
  #   is_<x> (a flag)         -> <x>?            is_client_error -> client_error?
  #   may_<x> (a flag)        -> may_<x>?        may_have_content -> may_have_content?
  #   <x> (anything else)     -> <x>             reference_title -> reference_title
  #   a name Object already answers to gets the record's prefix: class -> status_class.
  # Values, from the C kind:
  #   flag                    -> true / false
  #   int <x> with a function httpstatus_<x>_name(int) -> that name as a Symbol (state -> :registered)
  #   other numbers           -> Integer
  #   string                  -> a frozen UTF-8 String, "" when the registry leaves it empty
  #                              (expires alone is nil then: Ruby's habit for a date there is none of)
  #   an enum whose C name is "" (follow_method of a status that is no redirect) -> the empty Symbol :""
  #   a set of bits of an enum without a namer (a rule's versions, enum httpstatus_http_version)
  #                           -> a frozen Array of the names of its bits, in the enum's order
  #                              (["1.0", "1.1", "2", "3"], as `httpstatus --json` spells them)
  module Record
    module_function

    def method_name(prefix, field, flag)
      name = field.to_s
      name = "#{name.delete_prefix('is_')}?" if flag
      taken = Object.method_defined?(name) || Object.private_method_defined?(name)
      taken ? "#{prefix}_#{name}" : name
    end

    # The key of a property in to_h and in pattern matching: the method name without its "?".
    def key_of(method_name)
      method_name.delete_suffix("?").to_sym
    end

    # Defines one reader per field on KLASS; returns {method name => instance variable}.  Each reader
    # is an attr_reader of @<field> renamed to its method name, which keeps Ruby's fast path for
    # instance variable readers (the temporary reader of a field like `class` is removed at once).
    def define_accessors(klass, prefix, fields)
      fields.to_h do |spec|
        name = method_name(prefix, spec[:field], spec[:flag]).to_sym
        raise NameError, "#{klass}##{name} is defined twice by the generated field list" if klass.method_defined?(name, false)

        field = spec[:field].to_sym
        klass.send(:attr_reader, field)
        unless name == field
          klass.send(:alias_method, name, field)
          klass.send(:remove_method, field)
        end
        [name, :"@#{field}"]
      end.freeze
    end

    # How to read each field: [instance variable, C function, kind, names], where kind is :text,
    # :flag, :enum (names: the enum's value -> name table, read from C once), :bits (names: the
    # enum's bits as [value, name] pairs, in its order) or :raw.
    def plan(fields)
      fields.map do |spec|
        kind = case spec[:kind]
               when :string then NIL_WHEN_EMPTY.include?(spec[:field]) ? :date : :text
               when :int
                 if spec[:flag] then :flag
                 elsif Native.respond_to?(:"httpstatus_#{spec[:field]}_name") then :enum
                 elsif BIT_SETS.key?(spec[:field]) then :bits
                 else :raw
                 end
               else :raw
               end
        names = case kind
                when :enum then Native::ENUMS.fetch(spec[:field]).values.to_h { |v| [v, enum(spec[:field], v)] }.freeze
                when :bits then BIT_SETS.fetch(spec[:field])
                end
        [:"@#{spec[:field]}", spec[:function], kind, names].freeze
      end.freeze
    end

    # A new frozen record of KLASS with every field of PLAN read once from the C HANDLE, and the
    # instance variables of EXTRA ({ :@name => value }) that are no C accessor's.
    def load(klass, plan, handle, extra = {})
      record = klass.send(:allocate)
      plan.each do |ivar, function, kind, names|
        raw = Native.public_send(function, handle)
        value = case kind
                when :text then text(raw)
                when :date then date(raw)
                when :flag then raw != 0
                when :enum then names.fetch(raw) { enum(ivar.name.delete_prefix("@").to_sym, raw) }
                when :bits then bits(names, raw)
                else raw
                end
        record.instance_variable_set(ivar, value)
      end
      extra.each { |ivar, value| record.instance_variable_set(ivar, value) }
      record.freeze
    end

    # The int fields that are sets of bits of an enum with no namer, and the names of the bits: a
    # member HTTP1_1 of enum httpstatus_http_version is "1.1", HTTP2 is "2".
    def bit_names(enum)
      members = Native::ENUMS.fetch(enum).reject { |_, v| v.zero? }.sort_by { |_, v| v }
      members.map { |k, v| [v, k.name.delete_prefix("HTTP").tr("_", ".").freeze].freeze }.freeze
    end
    VERSION_BITS = bit_names(:http_version)
    BIT_SETS = { versions: VERSION_BITS }.freeze

    # The names of the bits of RAW, a frozen Array of frozen Strings.
    def bits(names, raw) = names.filter_map { |bit, name| name if raw & bit != 0 }.freeze

    def convert(spec, raw)
      case spec[:kind]
      when :string then NIL_WHEN_EMPTY.include?(spec[:field]) ? date(raw) : text(raw)
      when :int
        if spec[:flag] then raw != 0
        elsif BIT_SETS.key?(spec[:field]) then bits(BIT_SETS.fetch(spec[:field]), raw)
        else enum(spec[:field], raw)
        end
      else raw
      end
    end

    def enum(field, raw)
      namer = :"httpstatus_#{field}_name"
      return raw unless Native.respond_to?(namer)

      (Native.public_send(namer, raw) || "").to_sym
    end

    # The text fields that are nil, not "", when the registry leaves them empty.
    NIL_WHEN_EMPTY = %i[expires].freeze

    # C strings arrive as binary Strings; the registry is UTF-8.  "" for NULL (never returned, but
    # guarded) and for "".
    # The String the ffi gem made for this call is the record's own: it is frozen in place, not copied.
    def text(raw)
      return "" if raw.nil? || raw.empty?

      raw.force_encoding(Encoding::UTF_8)
      (raw.valid_encoding? ? raw : raw.b).freeze
    end

    def date(raw) = raw.nil? || raw.empty? ? nil : text(raw)
  end
  private_constant :Record

  # What every record class answers the same way.
  module RecordBehaviour
    # Records are values: the same record is always the same object, so copies are the record itself.
    def dup = self
    def clone(freeze: true) = self # rubocop:disable Lint/UnusedMethodArgument

    # Every property, keyed as in pattern matching (status_class:, success:, may_have_content: ...).
    def to_h
      self.class.const_get(:Accessors).to_h { |name, ivar| [Record.key_of(name.to_s), instance_variable_get(ivar)] }
    end

    # case status in {code: 400..499, cacheable: true} then ...
    def deconstruct_keys(keys)
      all = to_h
      keys ? all.slice(*keys) : all
    end
  end
  private_constant :RecordBehaviour
end
