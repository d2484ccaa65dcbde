# frozen_string_literal: true

# The checks of HTTPStatus::Raw (see raw.rb), compiled by Raw.checks into an anonymous module, where
# Raw, Native and Key are the binding's own modules, on the first call of a Raw function.
def self.describe(value) = Integer === value ? "the Integer #{value}" : Key.describe(value)

# An Integer in MIN..MAX from an Integer, or from a Float or Rational equal to one.
def self.integer(value, min, max, where)
  n = if Integer === value then value
      elsif Float === value then value.finite? && value.floor == value ? value.to_i : nil
      elsif Rational === value then value.denominator == 1 ? value.numerator : nil
      else raise TypeError, "#{where}: expected an Integer, got #{describe(value)}"
      end
  raise RangeError, "#{where}: #{value} is not an integer" if n.nil?
  raise RangeError, "#{where}: #{n} is out of range #{min}..#{max}" unless n >= min && n <= max

  n
end

# The library's own pointer for VALUE, or nil for nil and NULL; TypeError for anything else.
def self.handle(type, value, where)
  return nil if value.nil?
  unless Raw::INSTANCE_OF.bind_call(value, FFI::Pointer)
    raise TypeError, "#{where}: expected an httpstatus_#{type} handle (FFI::Pointer) or nil, got #{describe(value)}"
  end

  address = Raw::ADDRESS.bind_call(value)
  return nil if address.zero?

  Raw::HANDLES[type].fetch(address) do
    what = Raw::HANDLES[Raw::OTHER[type]].key?(address) ? "an httpstatus_#{Raw::OTHER[type]} handle" : "no handle the library gave"
    raise TypeError, "#{where}: 0x#{address.to_s(16)} is #{what}, not an httpstatus_#{type} handle"
  end
end

def self.text(value, where)
  return value if Raw::INSTANCE_OF.bind_call(value, String)

  kind = String === value ? "a subclass of String (#{describe(value)}), which is refused" : describe(value)
  raise TypeError, "#{where}: expected a String, got #{kind}"
end

def self.buffer(value, where)
  return value if value.nil? || Raw::INSTANCE_OF.bind_call(value, FFI::MemoryPointer)

  raise TypeError, "#{where}: expected an FFI::MemoryPointer (no subclass) or nil, got #{describe(value)}"
end

# A size: after a text it is that text's length, after a buffer that buffer's size.
def self.size(value, prev_kind, prev, where)
  n = integer(value, 0, Raw::SIZE_MAX, where)
  case prev_kind
  when :string
    length = Key.bytesize(prev)
    if n == Raw::NUL_TERMINATED
      raise ArgumentError, "#{where}: Raw::NUL_TERMINATED with a text holding a NUL byte" if Key.nul?(prev)
    elsif n > length
      raise RangeError, "#{where}: #{n} is longer than the text (#{length} bytes)"
    end
  when :buffer
    room = prev.nil? ? 0 : Raw::SIZE.bind_call(prev)
    raise RangeError, "#{where}: #{n} is larger than the buffer (#{room} bytes)" if n > room
  end
  n
end

# One argument of kind KIND, checked: what C gets.
def self.check(kind, value, prev_kind, prev, where)
  case kind
  when :int then integer(value, Raw::INT_MIN, Raw::INT_MAX, where)
  when :ulong then integer(value, 0, Raw::ULONG_MAX, where)
  when :size then size(value, prev_kind, prev, where)
  when :string then text(value, where)
  when :buffer then buffer(value, where)
  when :status, :method then handle(kind, value, where)
  end
end

# The checked body of the function SPEC describes, a lambda taking the caller's arguments.
def self.body(spec)
  name = spec[:name]
  kinds = spec[:params]
  wheres = spec[:param_names].map { |p| "#{name}(#{p})".freeze }.freeze
  call = Native.method(name)
  returns = spec[:returns]
  handles = Raw::HANDLES[returns]
  arity = kinds.size
  lambda do |*args|
    unless args.size == arity
      raise ArgumentError, "#{name}: wrong number of arguments (given #{args.size}, expected #{arity})"
    end

    out = Array.new(arity)
    arity.times do |i|
      out[i] = check(kinds[i], args[i], i.positive? ? kinds[i - 1] : nil, i.positive? ? out[i - 1] : nil, wheres[i])
    end
    # A NUL-terminated text goes to C as a copy that surely ends in a NUL byte.
    (arity - 1).times do |i|
      if kinds[i] == :string && kinds[i + 1] == :size && out[i + 1] == Raw::NUL_TERMINATED
        out[i] = FFI::MemoryPointer.from_string(Key.plain(out[i]))
      end
    end
    result = call.call(*out)
    if handles
      address = Raw::ADDRESS.bind_call(result)
      address.zero? ? nil : handles.fetch(address)
    elsif returns == :string
      result || ""
    else
      result
    end
  end
end

# name => checked body, for every function, frozen.
def self.bodies = Raw::FUNCTIONS.to_h { |spec| [spec[:name], body(spec)] }.freeze
