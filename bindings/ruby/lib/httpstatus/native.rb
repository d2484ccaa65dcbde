# frozen_string_literal: true

require "ffi"
require_relative "api"

module HTTPStatus
  # The C API as it is: one module function per export, under its C name, taking and returning raw
  # values (handles are Integer addresses), attached from the generated API::FUNCTIONS.  Nothing here
  # checks its arguments (a forged pointer or a length beyond the text is used as given), so this
  # module is private: HTTPStatus::Raw is the checked way to call these functions, and HTTPStatus
  # and its classes use this module only with arguments they have checked themselves.
  #
  # Loading checks the library once and refuses a wrong one with a single LoadError that names what
  # was found and what was expected: a relative LIBHTTPSTATUS_PATH, a missing file, a directory, a
  # static archive, a linker script, a file the dynamic loader refuses, a library lacking one of the
  # functions (not libhttpstatus, or an older minor version), another major version.
  module Native
    extend FFI::Library

    # API kind -> ffi gem type, for a result and for a parameter.  A (const char *, size_t) text
    # parameter is a :pointer so that any bytes can be passed with their length (NUL bytes too).
    # Handles cross as the Integers they are (uintptr_t): no FFI::Pointer is ever made of one.
    RETURN_TYPES = { void: :void, int: :int, size: :size_t, ulong: :ulong, string: :string,
                     status: :uintptr_t, method: :uintptr_t, rule: :uintptr_t }.freeze
    PARAM_TYPES = { int: :int, size: :size_t, ulong: :ulong, string: :pointer, buffer: :pointer,
                    status: :uintptr_t, method: :uintptr_t, rule: :uintptr_t }.freeze

    SONAME = API::SONAME
    # The major version this binding was generated for, from the generated version ("1.0.0").
    MAJOR = Integer(API::VERSION[/\A\d+/], 10)
    EXPECTED = "the shared library #{SONAME}, libhttpstatus #{MAJOR}.x".freeze

    def self.refuse(path, found)
      raise LoadError, "libhttpstatus: #{path}: found #{found}; expected #{EXPECTED}"
    end

    # The ELF identification and header fields a library must share with this process: class
    # (32/64-bit) and byte order (e_ident[4..5]) and machine (e_machine), read from /proc/self/exe;
    # nil where /proc is not mounted (then only the magic and the type are checked).
    ELF_MAGIC = "\x7FELF".b.freeze
    ELF_SELF = begin
      File.open("/proc/self/exe", File::RDONLY | File::NONBLOCK) { |f| f.read(20) }&.b&.freeze
    rescue SystemCallError
      nil
    end
    ET_DYN = 3

    # What is at PATH when it is no shared library the loader should be given, or nil.  Nothing here
    # blocks: the file is looked at with stat (a FIFO, a device, a socket or a directory is refused
    # before it is opened) and opened with O_NONBLOCK, and what was opened is stat-ed again.
    def self.not_a_library(path)
      return "a relative path (LIBHTTPSTATUS_PATH must be absolute)" unless path.start_with?("/")

      kind = file_kind(File.stat(path))
      return kind if kind

      head = File.open(path, File::RDONLY | File::NONBLOCK) do |f|
        kind = file_kind(f.stat)
        kind ? nil : f.read(512)
      end
      kind || not_elf(head || "")
    rescue Errno::ENOENT, Errno::ENOTDIR, Errno::ELOOP
      "no such file"
    rescue SystemCallError => e
      "a file that cannot be read (#{e.message})"
    end

    # Why STAT is no regular file, or nil.
    def self.file_kind(stat)
      return nil if stat.file?
      return "a directory" if stat.directory?
      return "a FIFO (named pipe)" if stat.pipe?
      return "a socket" if stat.socket?
      return "a device" if stat.chardev? || stat.blockdev?

      "a file that is not a regular file"
    end

    # Why HEAD, the start of a regular file, is no ELF shared object for this process, or nil.
    def self.not_elf(head)
      head = head.b
      return "an empty file" if head.empty?
      return "a static archive (ar), which cannot be loaded at run time" if head.start_with?("!<arch>\n")
      unless head.start_with?(ELF_MAGIC)
        return "a linker script (a text file for ld), not a shared library" if head.match?(/\A\s*(\/\*.*?\*\/\s*)*(INPUT|GROUP|OUTPUT_FORMAT|SEARCH_DIR)\s*\(/m)

        return "a file that is not an ELF shared library"
      end
      return "a truncated ELF file" if head.bytesize < 20
      if ELF_SELF
        return "an ELF file of another class or byte order than this process" unless head[4, 2] == ELF_SELF[4, 2]
        return "an ELF file for another machine than this process" unless head[18, 2] == ELF_SELF[18, 2]
      end
      type = head.getbyte(5) == 2 ? head.unpack1("@16n") : head.unpack1("@16v")
      type == ET_DYN ? nil : "an ELF file that is not a shared object (e_type #{type})"
    end

    # The file the dynamic loader would take for SONAME from LD_LIBRARY_PATH, the one list a caller
    # sets; nil when none is there (then the loader's own cache and default directories decide).
    def self.resolve(soname)
      ENV.fetch("LD_LIBRARY_PATH", "").split(/[:;]/).each do |dir|
        next unless dir.start_with?("/")

        path = File.join(dir, soname)
        return path if File.exist?(path) || File.symlink?(path)
      end
      nil
    end
    private_class_method :not_a_library, :file_kind, :not_elf, :resolve

    # The library is loaded by its SONAME, never the bare .so; LIBHTTPSTATUS_PATH, an absolute path,
    # overrides that (the test suite points it at the build tree).  What either names is checked
    # before the ffi gem (and the dynamic loader) sees it.
    given = ENV.fetch("LIBHTTPSTATUS_PATH", "")
    PATH = given.empty? ? SONAME : given.dup.freeze
    target = given.empty? ? resolve(SONAME) : PATH
    if target
      what = not_a_library(target)
      refuse(target, what) if what
    end
    begin
      ffi_lib(target || PATH)
    rescue LoadError => e
      found = given.empty? ? "no library the dynamic loader can open" : "a file the dynamic loader refuses"
      refuse(PATH, "#{found} (#{e.message.lines.first.to_s.strip})")
    end

    # Every export: its C name, role (status_field, method_field, rule_field or function), version
    # node, result kind and parameter kinds (int, size, ulong, string, buffer, status, method, rule)
    # and names.
    # Each is looked up in the library and attached as an FFI::Function, which is what
    # FFI::Library#attach_function does, with fewer objects made on the way (types found once).
    FUNCTIONS = API::FUNCTIONS
    library = ffi_libraries.first
    results = RETURN_TYPES.transform_values { |type| FFI.find_type(type) }
    params = PARAM_TYPES.transform_values { |type| FFI.find_type(type) }
    FUNCTIONS.each do |f|
      address = library.find_function(f[:name].name)
      refuse(PATH, "a library without #{f[:name]} (#{API::REFUSED})") unless address
      FFI::Function.new(results.fetch(f[:returns]), f[:params].map { |k| params.fetch(k) }, address).attach(self, f[:name].name)
    end

    found = httpstatus_version_number
    unless found >> 16 == MAJOR
      refuse(PATH, "libhttpstatus #{httpstatus_version} (major version #{found >> 16})")
    end
    refuse(PATH, "a library with an empty status registry") if httpstatus_status_count.zero?

    # ffi 1.17's FFI::Library#freeze makes the module's definitions shareable and returns without
    # freezing the module itself (ffi 1.15 has no such method): freeze both ways.
    def self.freeze
      super
      Intrinsics::MODULE_FREEZE.bind_call(self)
    end

    # The accessors of one handle, one per property of a record: { field:, function:, kind:, flag: }
    # (flag: an is_*/may_* int that is 0 or 1).
    def self.fields(role)
      FUNCTIONS.select { |f| f[:role] == role }.map do |f|
        { field: f[:field], function: f[:name], kind: f[:returns], flag: f[:flag] }.freeze
      end.freeze
    end
    STATUS_FIELDS = fields(:status_field)
    METHOD_FIELDS = fields(:method_field)
    RULE_FIELDS = fields(:rule_field)
    private_class_method :fields, :refuse

    # The header's enums, by short name: { MEMBER: value }.
    ENUMS = API::ENUMS
  end
  private_constant :Native
end
