# frozen_string_literal: true

require_relative "helper"
require "open3"
require "rbconfig"

# How the binding finds the library, and that it loads quietly.
class TestLoading < Minitest::Test
  LIB = File.expand_path("../lib", __dir__)

  def ruby(env, code)
    Open3.capture3(env, ENV.fetch("RUBY", RbConfig.ruby), "-w", "-I", LIB, "-e", code)
  end

  def test_without_LIBHTTPSTATUS_PATH_it_loads_the_soname
    dir = File.dirname(ENV.fetch("LIBHTTPSTATUS_PATH"))
    out, err, status = ruby({ "LIBHTTPSTATUS_PATH" => nil, "LD_LIBRARY_PATH" => dir },
                            'require "httpstatus"; print HTTPStatus::Native::PATH, " ", HTTPStatus[404].phrase')
    assert status.success?, err
    assert_equal "libhttpstatus.so.0 Not Found", out
  end

  def test_a_wrong_LIBHTTPSTATUS_PATH_fails_loudly
    _, err, status = ruby({ "LIBHTTPSTATUS_PATH" => "/nonexistent/libhttpstatus.so.0" }, 'require "httpstatus"')
    refute status.success?
    assert_match(/LoadError/, err)
    assert_match(%r{/nonexistent/libhttpstatus\.so\.0}, err)
  end

  def test_loading_prints_no_warning
    out, err, status = ruby({}, 'require "httpstatus"; HTTPStatus[404]; HTTPStatus::Method["GET"]')
    assert status.success?, err
    assert_equal ["", ""], [out, err]
  end

  def test_the_gemspec_is_valid_and_carries_the_library_version
    require "rubygems"
    spec = Gem::Specification.load(File.expand_path("../libhttpstatus.gemspec", __dir__))
    refute_nil spec
    assert_equal HTTPStatus.version, spec.version.to_s
    assert_equal ["lib"], spec.require_paths
    spec.files.each { |f| assert File.file?(File.expand_path("../#{f}", __dir__)), f }
    assert_includes spec.files, "lib/httpstatus.rb"
    assert_includes spec.files, "lib/httpstatus/native.rb"
    assert_equal ["ffi"], spec.runtime_dependencies.map(&:name)
  end
end
