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
                            'require "httpstatus"; print HTTPStatus::Raw::PATH, " ", HTTPStatus[404].phrase')
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
