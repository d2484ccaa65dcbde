# frozen_string_literal: true

require_relative "helper"
require "open3"
require "rbconfig"
require "socket"
require "tmpdir"

# How the binding finds the library, and that it loads quietly.
class TestLoading < Minitest::Test
  LIB = File.expand_path("../lib", __dir__)

  # A child ruby, bounded in time: a load that blocks is killed and fails the test.
  def ruby(env, code)
    Open3.capture3(env, "timeout", "60", ENV.fetch("RUBY", RbConfig.ruby), "-w", "-I", LIB, "-e", code)
  end

  def test_without_LIBHTTPSTATUS_PATH_it_loads_the_soname
    dir = File.dirname(ENV.fetch("LIBHTTPSTATUS_PATH"))
    out, err, status = ruby({ "LIBHTTPSTATUS_PATH" => nil, "LD_LIBRARY_PATH" => dir },
                            'require "httpstatus"; print HTTPStatus::Raw::PATH, " ", HTTPStatus[404].phrase')
    assert status.success?, err
    assert_equal "libhttpstatus.so.0 Not Found", out
  end

  # require "httpstatus" with LIBHTTPSTATUS_PATH=PATH: the one LoadError's message, or nil when it loads.
  def load_error(path)
    code = 'begin; require "httpstatus"; rescue LoadError => e; print e.message; exit 3; end; print HTTPStatus.version'
    out, err, status = ruby({ "LIBHTTPSTATUS_PATH" => path }, code)
    return nil if status.success?

    assert_equal 3, status.exitstatus, "not a LoadError: #{err}"
    assert_equal "", err
    assert_equal 1, out.lines.size, out
    assert_match(/\Alibhttpstatus: .*found .*; expected the shared library libhttpstatus\.so\.\d+, libhttpstatus \d+\.x\z/, out)
    out
  end

  def refused(path, found)
    message = load_error(path)
    refute_nil message, "#{path} was loaded"
    assert_includes message, path
    assert_match found, message
  end

  def test_a_missing_file_is_refused
    refused("/nonexistent/libhttpstatus.so.0", /found no such file/)
  end

  def test_a_relative_path_is_refused
    refused("lib/.libs/libhttpstatus.so.0", /relative path \(LIBHTTPSTATUS_PATH must be absolute\)/)
    refused("libhttpstatus.so.0", /relative path/)
  end

  def test_a_directory_is_refused
    Dir.mktmpdir { |dir| refused(dir, /found a directory/) }
  end

  def test_the_static_archive_is_refused
    archive = File.join(File.dirname(ENV.fetch("LIBHTTPSTATUS_PATH")), "libhttpstatus.a")
    skip "no static archive was built (--disable-static)" unless File.file?(archive)
    refused(archive, /found a static archive/)
  end

  def test_a_linker_script_is_refused
    Dir.mktmpdir do |dir|
      path = File.join(dir, "libhttpstatus.so")
      File.write(path, "/* GNU ld script */\nINPUT(#{ENV.fetch('LIBHTTPSTATUS_PATH')})\n")
      refused(path, /found a linker script/)
      File.write(path, "just some text\n")
      refused(path, /found a file that is not an ELF shared library/)
      File.write(path, "")
      refused(path, /found an empty file/)
    end
  end

  # What is not a regular file is refused before it is opened for reading: a FIFO would block the
  # load for ever (the child is bounded, so a hang fails), a device, a socket too, through a symlink.
  def test_a_fifo_a_device_and_a_socket_are_refused_without_blocking
    Dir.mktmpdir do |dir|
      fifo = File.join(dir, "libhttpstatus.so.0")
      File.mkfifo(fifo)
      refused(fifo, /found a FIFO/)
      link = File.join(dir, "link.so")
      File.symlink(fifo, link)
      refused(link, /found a FIFO/)
      refused("/dev/null", /found a device/)
      socket = File.join(dir, "socket.so")
      server = UNIXServer.new(socket)
      refused(socket, /found a socket/)
      server.close
      # the SONAME found on LD_LIBRARY_PATH is looked at the same way
      out, _, status = ruby({ "LIBHTTPSTATUS_PATH" => nil, "LD_LIBRARY_PATH" => dir }, 'begin; require "httpstatus"; rescue LoadError => e; print e.message; end')
      assert status.success?
      assert_match(/found a FIFO/, out)
    end
  end

  # A copy of the built library with one byte of its ELF header changed: another class, another
  # machine, an executable rather than a shared object.
  def test_an_elf_file_of_another_class_machine_or_type_is_refused
    Dir.mktmpdir do |dir|
      good = File.binread(ENV.fetch("LIBHTTPSTATUS_PATH"))
      path = File.join(dir, "libhttpstatus.so.0")
      { 4 => [good.getbyte(4) == 2 ? 1 : 2, /another class/], 18 => [good.getbyte(18) ^ 0x01, /another machine/],
        16 => [2, /not a shared object \(e_type 2\)/] }.each do |offset, (byte, found)|
        bytes = good.dup
        bytes.setbyte(offset, byte)
        File.binwrite(path, bytes)
        refused(path, found)
      end
    end
  end

  def cc
    ENV.fetch("CC", "cc").split.first
  end

  # A fake library defining every function the binding declares except LEAVE_OUT, with SONAME,
  # symbols of the version node NODE, and httpstatus_version_number/httpstatus_version saying VERSION.
  def fake_library(dir, soname:, node:, version:, leave_out: nil)
    major, minor, micro = version.split(".").map(&:to_i)
    names = HTTPStatus::Raw::FUNCTIONS.map { |f| f[:name].to_s } - [leave_out]
    source = names.map do |name|
      case name
      when "httpstatus_version_number" then "unsigned long #{name}(void) { return #{(major << 16) | (minor << 8) | micro}UL; }"
      when "httpstatus_version" then "const char *#{name}(void) { return \"#{version}\"; }"
      else "long #{name}(void) { return 0; }"
      end
    end
    File.write(File.join(dir, "fake.c"), source.join("\n") + "\n")
    File.write(File.join(dir, "fake.map"), "#{node} { global: #{names.join('; ')}; local: *; };\n")
    path = File.join(dir, soname)
    _, err, status = Open3.capture3(cc, "-shared", "-fPIC", "-o", path, "-Wl,-soname,#{soname}",
                                    "-Wl,--version-script=#{File.join(dir, 'fake.map')}", File.join(dir, "fake.c"))
    skip "cannot build a shared library with #{cc}: #{err}" unless status.success?
    path
  end

  def test_another_major_version_is_refused
    Dir.mktmpdir do |dir|
      path = fake_library(dir, soname: "libhttpstatus.so.1", node: "HTTPSTATUS_2.0", version: "2.0.0")
      refused(path, /found libhttpstatus 2\.0\.0 \(major version 2\)/)
    end
  end

  def test_a_library_lacking_a_function_is_refused
    Dir.mktmpdir do |dir|
      path = fake_library(dir, soname: HTTPStatus::Raw::SONAME, node: "HTTPSTATUS_1.0", version: HTTPStatus.version,
                               leave_out: "httpstatus_status_name")
      refused(path, /found a library without httpstatus_status_name \(not libhttpstatus, or older than /)
    end
  end

  def test_a_library_with_every_function_but_no_records_is_refused
    Dir.mktmpdir do |dir|
      path = fake_library(dir, soname: HTTPStatus::Raw::SONAME, node: "HTTPSTATUS_1.0", version: HTTPStatus.version)
      refused(path, /found a library with an empty status registry/)
    end
  end

  def test_the_built_library_loads
    assert_nil load_error(ENV.fetch("LIBHTTPSTATUS_PATH"))
  end

  def test_loading_prints_no_warning
    out, err, status = ruby({}, 'require "httpstatus"; HTTPStatus[404]; HTTPStatus::Method["GET"]')
    assert status.success?, err
    assert_equal ["", ""], [out, err]
  end

  def install_dir(prefix)
    out, err, status = Open3.capture3(ENV.fetch("RUBY", RbConfig.ruby), File.expand_path("../install-dir.rb", __dir__), prefix)
    assert status.success?, err
    out
  end

  def test_make_install_picks_the_directory_ruby_searches_under_the_prefix
    version = RbConfig::CONFIG["ruby_version"]
    assert_equal "/nonexistent/prefix/lib/site_ruby/#{version}", install_dir("/nonexistent/prefix")
    assert_equal "/nonexistent/prefix/lib/site_ruby/#{version}", install_dir("/nonexistent/prefix/")
    assert_equal RbConfig::CONFIG["sitelibdir"], install_dir("/usr/local") if RbConfig::CONFIG["sitelibdir"].start_with?("/usr/local/lib/")
    %w[/usr/local /usr].each do |prefix|
      dir = install_dir(prefix)
      assert dir.start_with?("#{prefix}/lib/"), dir
      assert_includes $LOAD_PATH, dir unless dir.end_with?("/lib/site_ruby/#{version}") && !RbConfig::CONFIG["sitelibdir"].start_with?(prefix)
    end
  end
end
