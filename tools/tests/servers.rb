# frozen_string_literal: true

# ruby servers.rb ROOT: a Rack application on WEBrick for tools/tests/servers.sh, on 127.0.0.1 on a
# port the system picks, which it writes on standard output once it runs.  ROOT holds hello.txt.
# Each route gives a status that carries rules, the way Rack's own middleware gives it:
#   /hello.txt  Rack::Files behind Rack::ConditionalGet: ranges (206, 416), If-Modified-Since (304),
#               and its answer to other methods
#   /empty      204            /moved    Rack::Response#redirect, 301      /private  Rack::Auth::Basic, 401
# Rack 2 (Debian 12) has its WEBrick handler; Rack 3 (Debian 13) moved the handlers to the rackup gem
# (Debian: ruby-rackup), as bindings/ruby/test/test_frameworks.rb says.
require "rack"
require "webrick"

def webrick_handler
  require "rackup/handler/webrick"
  Rackup::Handler::WEBrick
rescue LoadError
  abort "servers.rb: rackup is not installed (Debian: ruby-rackup), and Rack #{Rack.release} has no handlers" if Rack.release >= "3"
  require "rack/handler/webrick"
  Rack::Handler::WEBrick
end

root = ARGV.fetch(0)
files = Rack::Files.new(root)
app = Rack::Builder.new do
  map("/hello.txt") { run Rack::ConditionalGet.new(->(env) { files.call(env.merge("PATH_INFO" => "/hello.txt")) }) }
  map("/empty") { run ->(_env) { [204, {}, []] } }
  map("/moved") do
    run(lambda do |_env|
      response = Rack::Response.new
      response.redirect("/hello.txt", 301)
      response.finish
    end)
  end
  map("/private") do
    use(Rack::Auth::Basic, "private") { |user, password| user == "user" && password == "secret" }
    run ->(_env) { [200, { "content-type" => "text/plain" }, ["secret\n"]] }
  end
end.to_app

server = WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 0, Logger: WEBrick::Log.new($stderr, WEBrick::Log::WARN),
                                 AccessLog: [], DoNotReverseLookup: true,
                                 StartCallback: lambda {
                                   $stdout.puts(server.config[:Port])
                                   $stdout.flush
                                 })
server.mount("/", webrick_handler, app)
%w[INT TERM].each { |signal| trap(signal) { server.shutdown } }
server.start
