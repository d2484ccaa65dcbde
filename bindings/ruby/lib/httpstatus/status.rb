# frozen_string_literal: true

module HTTPStatus
  # One entry of the HTTP status code registry.  Behaves like Python's IntEnum member: a frozen value
  # that compares with its Integer code (status == 404, 404 == status, status < 500, case 400..499),
  # converts with to_i / to_int, and is one object per code (HTTPStatus[404].equal?(HTTPStatus::NOT_FOUND)).
  #
  # The properties (code, name, phrase, description, reference, reference_title, state, expires,
  # status_class and the predicates success?, client_error?, cacheable?, may_have_content? ...) are
  # defined from the generated field list; see Record.
  #
  # Hash keys: like 1 and 1.0 in Ruby, a status and its Integer are == but not eql?, so they are
  # different Hash keys ({404 => x}[HTTPStatus::NOT_FOUND] is nil).  Key a Hash by status.code to mix.
  class Status
    include Comparable
    include RecordBehaviour

    Accessors = Record.define_accessors(self, "status", Native::STATUS_FIELDS)
    private_class_method :new, :allocate

    # The response rules that hold for this status (1.2): its own, its class's and every status's,
    # a frozen Array of HTTPStatus::Rule records in the C library's order.
    attr_reader :rules

    def to_i = @code
    alias to_int to_i

    # Equal to itself and to any number equal to its code (404, 404.0, Rational(404)); nothing else.
    def ==(other)
      if Intrinsics::KIND.bind_call(Status, other) then Intrinsics::EQUAL.bind_call(self, other)
      elsif Intrinsics::KIND.bind_call(Numeric, other) then Intrinsics::INT_EQ.bind_call(@code, other)
      else false
      end
    end

    # Ordered by code, against statuses and numbers; nil (not comparable) against anything else.
    def <=>(other)
      if Intrinsics::KIND.bind_call(Status, other) then Intrinsics::INT_CMP.bind_call(@code, other.code)
      elsif Intrinsics::KIND.bind_call(Numeric, other) then Intrinsics::INT_CMP.bind_call(@code, other)
      end
    end

    # Lets 404 == status, 404 < status, (400..499) === status and 1 + status work.
    def coerce(other)
      Intrinsics::RAISE.bind_call(self, TypeError, "#{Key.describe(other)} can't be coerced with #{self.class}") unless Intrinsics::KIND.bind_call(Numeric, other)

      [other, @code]
    end

    # Arithmetic works on the code and gives Integers, as with IntEnum (status / 100 is the class digit).
    # Written as methods, not define_method blocks: no Proc of the binding holds the operator.
    class_eval(%i[+ - * / % ** & | ^ << >> div fdiv divmod].map { |op| "def #{op}(other) = @code.#{op}(other)\n" }.join, __FILE__, __LINE__)

    # "404 Not Found"
    def to_s = "#{@code} #{phrase}"

    def inspect = "#<#{self.class} #{@code} #{name}>"

    # JSON and Rails' as_json see the number, as they would an IntEnum.
    def to_json(*args) = @code.to_json(*args)
    def as_json(*) = @code

    # Marshal gives back the very same object.
    def _dump(_level) = Intrinsics::INT_TO_S.bind_call(@code)

    def self._load(data) = HTTPStatus.from_code(Intrinsics::KERNEL_INTEGER.bind_call(self, data, 10)) || Intrinsics::RAISE.bind_call(self, ArgumentError, "no status #{data}")
  end
end
