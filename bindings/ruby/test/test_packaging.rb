# frozen_string_literal: true

require_relative "helper"
require "open3"
require "rbconfig"
require "tmpdir"
require "rubygems/package"

# The gem as users get it: the gemspec, `gem build`, `gem install --local`, and Bundler's
# `gem "libhttpstatus"` + Bundler.require, all offline (nothing here contacts a gem server).
class TestPackaging < Minitest::Test
  HERE = File.expand_path("..", __dir__)
  GEMSPEC = File.join(HERE, "libhttpstatus.gemspec")

  def spec = Gem::Specification.load(GEMSPEC)

  def run_ruby(env, *args, chdir: HERE)
    Open3.capture3(env, ENV.fetch("RUBY", RbConfig.ruby), *args, chdir: chdir)
  end

  def test_the_gemspec_names_homepage_license_and_metadata
    s = spec
    refute_nil s
    assert_equal "libhttpstatus", s.name
    assert_equal HTTPStatus.version, s.version.to_s
    assert_equal "MIT", s.license
    assert_match %r{\Ahttps://}, s.homepage
    %w[homepage_uri source_code_uri documentation_uri bug_tracker_uri].each do |key|
      assert s.metadata[key].start_with?(s.homepage), key
    end
    assert_equal ["lib"], s.require_paths
    assert_equal ["ffi"], s.runtime_dependencies.map(&:name)
    assert_equal ["#{HTTPStatus::Raw::SONAME}, the libhttpstatus C library"], s.requirements
  end

  # The explicit file list is every Ruby file under lib/ (the generated api.rb included), and it is
  # what `make install` installs (bindings/ruby/Makemodule.am).
  def test_the_file_list_is_every_library_file_and_what_make_install_installs
    lib = Dir.glob("lib/**/*.rb", base: HERE).sort
    assert_includes lib, "lib/httpstatus/api.rb"
    assert_includes lib, "lib/libhttpstatus.rb"
    assert_equal (lib + ["README.md", "libhttpstatus.gemspec"]).sort, spec.files.sort
    makemodule = File.read(File.join(HERE, "Makemodule.am"))
    installed = makemodule[/^dist_hsruby_DATA =(.*?)(?<!\\)\n/m, 1].split + makemodule[/^dist_hsrubypkg_DATA =(.*?)(?<!\\)\n/m, 1].split
    assert_equal lib, (installed - ["\\"]).map { |f| f.delete_prefix("bindings/ruby/") }.sort
  end

  def test_requiring_the_gem_name_defines_HTTPStatus
    out, err, status = run_ruby({}, "-w", "-I", File.join(HERE, "lib"), "-e",
                                'require "libhttpstatus"; print HTTPStatus::NOT_FOUND, " ", HTTPStatus::Status::NOT_FOUND.phrase')
    assert status.success?, err
    assert_equal ["404 Not Found", ""], [out, err]
  end

  def test_gem_build_and_a_local_install_work
    gem = File.join(File.dirname(RbConfig.ruby), "gem")
    skip "no gem command next to #{RbConfig.ruby}" unless File.executable?(gem)
    Dir.mktmpdir do |dir|
      file = File.join(dir, "libhttpstatus.gem")
      _, err, status = Open3.capture3({ "HOME" => dir }, gem, "build", GEMSPEC, "--output", file, chdir: HERE)
      assert status.success?, err
      built = Gem::Package.new(file).spec
      assert_equal spec.files.sort, built.files.sort
      assert_equal spec.homepage, built.homepage
      home = File.join(dir, "gems")
      _, err, status = Open3.capture3({ "HOME" => dir }, gem, "install", "--local", "--ignore-dependencies", "--no-document",
                                      "--install-dir", home, file)
      assert status.success?, err
      gem_path = ([home] + Gem.path).join(File::PATH_SEPARATOR)
      out, err, status = run_ruby({ "GEM_PATH" => gem_path, "GEM_HOME" => home }, "-e",
                                  'gem "libhttpstatus"; require "libhttpstatus"; print HTTPStatus::NOT_FOUND, " ", $LOADED_FEATURES.grep(%r{/gems/libhttpstatus-[^/]+/lib/httpstatus.rb}).size',
                                  chdir: dir)
      assert status.success?, err
      assert_equal "404 1", out
    end
  end

  # Bundler with a path gem, resolved from the gems already installed (--local) and never from a
  # server: the Gemfile names no source.
  def test_bundler_require_defines_HTTPStatus
    bundle = File.join(File.dirname(RbConfig.ruby), "bundle")
    skip "no bundle command (Debian: ruby-bundler)" unless File.executable?(bundle)
    Dir.mktmpdir do |dir|
      File.write(File.join(dir, "Gemfile"), "gem \"libhttpstatus\", path: #{HERE.dump}\n")
      env = { "HOME" => dir, "BUNDLE_GEMFILE" => File.join(dir, "Gemfile"), "BUNDLE_APP_CONFIG" => File.join(dir, ".bundle"),
              "BUNDLE_USER_HOME" => File.join(dir, ".bundle-home"), "BUNDLE_DISABLE_VERSION_CHECK" => "true",
              "BUNDLE_IGNORE_MESSAGES" => "true", "BUNDLE_PATH" => nil, "BUNDLE_FROZEN" => nil, "RUBYOPT" => nil }
      _, err, status = Open3.capture3(env, bundle, "lock", "--local", chdir: dir)
      assert status.success?, err
      out, err, status = Open3.capture3(env, bundle, "exec", ENV.fetch("RUBY", RbConfig.ruby), "-e",
                                        "Bundler.require; print HTTPStatus::NOT_FOUND, ' ', HTTPStatus[:payload_too_large].code",
                                        chdir: dir)
      assert status.success?, err
      assert_equal "404 413", out
    end
  end
end
