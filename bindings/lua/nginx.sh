#!/bin/sh
# OpenResty's way: nginx with its Lua module (Debian's libnginx-mod-http-lua and lua-resty-core)
# serves content_by_lua_block handlers that require the binding from the source tree and use its
# constants with ngx.exit and ngx.status, and hs.check of ngx.resp.get_headers(); curl checks the
# status lines and bodies.  nginx runs on 127.0.0.1 on a free port, with its prefix, configuration,
# logs and temporary files in a directory of its own, in the foreground (daemon off) as this test's
# child; every wait is bounded, and it is stopped at the end.  An integration test (tests/tap.sh):
# skipped, saying what adds them, when nginx, its Lua module or curl is absent; skipped when python3
# (to find a free port) is.
. "$top_srcdir/tests/tap.sh"
tap_need_library

nginx=$(command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; })
what="nginx and its Lua module, OpenResty's way"
[ -n "$nginx" ] || tap_integration_all "$what" "nginx (Debian's nginx)"
modules=$("$nginx" -V 2>&1 | tr ' ' '\n' | sed -n 's/^--modules-path=//p')
modules=${modules:-/usr/lib/nginx/modules}
[ -f "$modules/ngx_http_lua_module.so" ] || tap_integration_all "$what" "nginx's Lua module (libnginx-mod-http-lua)"
command -v curl >/dev/null 2>&1 || tap_integration_all "$what" "curl"
python=${PYTHON3:-python3}
command -v "$python" >/dev/null 2>&1 || tap_skip_all "no python3 to find a free port"

# The client is a tool, not what is tested: it runs without the sanitizer runtime that .ci/run's
# sanitizer stage preloads into everything (curl hangs under it), and every request is bounded.
client() {
	env -u LD_PRELOAD timeout 10 curl "$@"
}

dir=$(mktemp -d) || exit 1
pid=
stop() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -QUIT "$pid" 2>/dev/null
		i=0
		while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	fi
	pid=
}
trap 'stop; rm -rf "$dir"' EXIT
trap 'exit 1' HUP INT PIPE TERM

# A port the kernel says is free on 127.0.0.1 (nginx binds it a moment later; if another program
# takes it in between, nginx fails to start and the test says so).
port=$(env -u LD_PRELOAD "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') ||
	exit 1

ndk=
[ -f "$modules/ndk_http_module.so" ] && ndk="load_module $modules/ndk_http_module.so;"
resty=
for d in /usr/share/lua/5.1 /usr/local/share/lua/5.1; do
	[ -f "$d/resty/core.lua" ] && resty="$d/?.lua;"
done
mkdir -p "$dir/logs" "$dir/tmp"
cat > "$dir/nginx.conf" <<EOF
$ndk
load_module $modules/ngx_http_lua_module.so;
daemon off;
master_process off;
pid $dir/logs/nginx.pid;
error_log $dir/logs/error.log warn;
env LIBHTTPSTATUS_PATH;
events { worker_connections 64; }
http {
	access_log $dir/logs/access.log;
	client_body_temp_path $dir/tmp/body;
	proxy_temp_path $dir/tmp/proxy;
	fastcgi_temp_path $dir/tmp/fastcgi;
	uwsgi_temp_path $dir/tmp/uwsgi;
	scgi_temp_path $dir/tmp/scgi;
	lua_package_path "$top_srcdir/bindings/lua/?.lua;$resty;";
	init_by_lua_block { require("httpstatus") }
	server {
		listen 127.0.0.1:$port;
		location = /missing {
			content_by_lua_block { local hs = require("httpstatus"); return ngx.exit(hs.NOT_FOUND) }
		}
		location = /created {
			content_by_lua_block {
				local hs = require("httpstatus")
				ngx.status = hs.CREATED
				ngx.say(hs.Status.CREATED.phrase, " ", type(hs.CREATED))
			}
		}
		location = /teapot {
			content_by_lua_block {
				local hs = require("httpstatus")
				ngx.status = hs.HTTPStatus.IM_A_TEAPOT
				ngx.say(hs.format_status_line(ngx.status))
			}
		}
		location = /method {
			content_by_lua_block {
				local hs = require("httpstatus")
				if ngx.req.get_method() ~= hs.HTTPMethod.POST then return ngx.exit(hs.METHOD_NOT_ALLOWED) end
				return ngx.exit(hs.ACCEPTED)
			}
		}
		location = /lookup {
			content_by_lua_block {
				local hs = require("httpstatus")
				local s = hs.lookup(ngx.unescape_uri(ngx.var.arg_q or ""))
				if s == nil then return ngx.exit(hs.BAD_REQUEST) end
				ngx.status = s.code
				ngx.say(s.name)
			}
		}
		location = /check {
			content_by_lua_block {
				local hs = require("httpstatus")
				ngx.status = hs.METHOD_NOT_ALLOWED
				ngx.header["Allow"] = "POST"
				ngx.header["Content-Type"] = "text/plain"
				local fields = ngx.resp.get_headers()
				if ngx.var.arg_form == "list" then fields = { "Allow", "Content-Type" } end
				local broken = hs.check(ngx.status, { method = ngx.req.get_method(),
					version = tostring(ngx.req.http_version()), fields = fields, content = true })
				local words = {}
				for _, r in broken() do words[#words + 1] = r.level .. ":" .. (r.field ~= "" and r.field or r.subject) end
				ngx.say(#broken, " ", table.concat(words, " "))
			}
		}
	}
}
EOF

"$nginx" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" > "$dir/logs/stdout" 2>&1 &
pid=$!

# Ready when it answers; at most 100 tries, 0.1 s apart (and each try at most 2 s).
url="http://127.0.0.1:$port"
i=0
until client -s -o /dev/null --max-time 2 "$url/missing"; do
	i=$((i + 1))
	if [ "$i" -ge 100 ] || ! kill -0 "$pid" 2>/dev/null; then
		echo "Bail out! nginx did not start on 127.0.0.1:$port"
		sed 's/^/# /' "$dir/logs/error.log" "$dir/logs/stdout" 2>/dev/null
		exit 1
	fi
	sleep 0.1
done

# status_line PATH [CURL ARGS]: the first line of the response, without the CR.
status_line() {
	p=$1
	shift
	client -s -i --max-time 5 "$@" "$url$p" | head -n 1 | tr -d '\r'
}
body() {
	client -s --max-time 5 "$url$1"
}

tap_check "ngx.exit(hs.NOT_FOUND) answers 404 Not Found" test "$(status_line /missing)" = "HTTP/1.1 404 Not Found"
tap_check "ngx.status = hs.CREATED answers 201 Created" test "$(status_line /created)" = "HTTP/1.1 201 Created"
tap_check "the constant is a Lua number and the record one call away" test "$(body /created)" = "Created number"
tap_check "ngx.status = hs.HTTPStatus.IM_A_TEAPOT answers 418" \
	test "$(status_line /teapot)" = "HTTP/1.1 418 I'm a Teapot" -o "$(status_line /teapot)" = "HTTP/1.1 418 "
tap_check "format_status_line in a handler" test "$(body /teapot)" = "HTTP/1.1 418 I'm a Teapot"
tap_check "hs.HTTPMethod.POST compares with ngx.req.get_method(): POST is 202" \
	test "$(status_line /method -X POST)" = "HTTP/1.1 202 Accepted"
tap_check "and GET is 405" test "$(status_line /method)" = "HTTP/1.1 405 Not Allowed"
tap_check "hs.lookup of a query argument sets ngx.status" \
	test "$(status_line '/lookup?q=payload%20too%20large')" = "HTTP/1.1 413 Request Entity Too Large"
tap_check "hs.lookup that finds nothing answers 400" test "$(status_line '/lookup?q=nothing')" = "HTTP/1.1 400 Bad Request"
# hs.check reads ngx.resp.get_headers(), a table keyed by lower-case name with a metatable, as it
# reads the list of the names the handler set; Allow is there, so only what nginx adds is missing.
map=$(body /check)
tap_check "hs.check of ngx.resp.get_headers() in a handler answers as for the list of names ($map)" \
	test -n "$map" -a "$map" = "$(body '/check?form=list')"
tap_check "and finds Allow there, not Date (which nginx adds when it sends the head)" \
	sh -c "echo '$map' | grep -q ':Date' && ! echo '$map' | grep -q ':Allow'"
tap_check "the error log has no Lua error" sh -c "! grep -E 'lua|httpstatus' '$dir/logs/error.log'"
stop
tap_check "nginx stopped" sh -c "! kill -0 $pid 2>/dev/null"
tap_done
