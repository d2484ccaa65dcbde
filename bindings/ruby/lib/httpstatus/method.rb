# frozen_string_literal: true

module HTTPStatus
  # One entry of the HTTP method registry.  A frozen value equal to its token (method == "GET",
  # "GET" == method), one object per method, with the properties of the generated field list
  # (name, description, reference, reference_title, safe?, idempotent?, cacheable? ...).
  #
  # HTTPStatus::Method::GET, HTTPStatus::Method["GET"], HTTPStatus::Method[:get] are one object.
  # Tokens are case-sensitive (RFC 9110, Section 9.1): Method["get"] is nil; Symbols follow the
  # Rails convention, :get and :baseline_control are the lower-case, underscored form of the token.
  class Method
    include RecordBehaviour

    Accessors = Record.define_accessors(self, "method", Native::METHOD_FIELDS)
    private_class_method :new, :allocate

    # Equal to itself and to a String with exactly its token.
    def ==(other)
      if Intrinsics::KIND.bind_call(Method, other) then Intrinsics::EQUAL.bind_call(self, other)
      elsif Intrinsics::KIND.bind_call(String, other) then Intrinsics::STR_EQ.bind_call(@name, other)
      else false
      end
    end

    def to_s = @name
    alias to_str to_s

    def inspect = "#<#{self.class} #{@name}>"
    def to_json(*args) = @name.to_json(*args)
    def as_json(*) = @name

    def _dump(_level) = @name

    def self._load(data) = self[data] || Intrinsics::RAISE.bind_call(self, ArgumentError, "no method #{data}")
  end
end
