#!/bin/sh
# httpstatus --check on real servers: nginx, Express, Fastify and Rack on WEBrick, each started here on
# 127.0.0.1 on a free port, are asked for the statuses that carry rules (206 and 416 to range requests,
# 304 to a conditional request, 405, 401, 204, 301), and what curl fetches is checked with
# --check --method.  What a server gets right must pass; where a server breaks a rule, the check must
# name it, in the line made from data/rules.csv, and that rule alone must fail.  doc/guide-c.md
# ("Checking a server's responses") shows these findings; its examples are run here against the server
# they name, and must print what the guide shows.  An answer to HEAD is fetched with curl -sI; to any
# other method with curl -si, head and content, so that --method tells the check what was asked and
# that nothing after the head means no content.  An integration test (tests/tap.sh): each server that
# is not installed is skipped, saying what adds it; every wait is bounded; every server is stopped at
# the end.  tools/tests/servers.cjs is the Express and Fastify application, tools/tests/servers.rb
# the Rack one; nginx is configured below.
. "$top_srcdir/tests/tap.sh"

hs="$top_builddir/tools/httpstatus"
py=${PYTHON3:-$(command -v python3)}
[ -x "$hs" ] || { echo "Bail out! $hs is not built"; exit 1; }
[ -n "$py" ] || tap_skip_all "no python3 to read data/rules.csv"
command -v curl >/dev/null 2>&1 || tap_integration_all "real servers' responses" "curl"
. "$top_srcdir/tools/tests/rules.sh"

tmp=$(mktemp -d) || exit 1
pids=
# Every server started is stopped: TERM, at most 5 s to go, then KILL.
stop_all() {
	for p in $pids; do kill -TERM "$p" 2>/dev/null; done
	for p in $pids; do
		i=0
		while kill -0 "$p" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		kill -KILL "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	pids=
}
trap 'stop_all; rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

# The client and the servers are tools, not what is tested: they run without the sanitizer runtime
# that .ci/run's sanitizer stage preloads into everything (curl hangs under it); every request is bounded.
client() {
	env -u LD_PRELOAD timeout 10 curl --max-time 5 "$@"
}

# The files every server serves: hello.txt, and a directory (nginx's redirect to its name with a slash).
mkdir -p "$tmp/root/dir" "$tmp/logs" || exit 1
printf 'hello, world\n' >"$tmp/root/hello.txt"
printf '<p>a directory</p>\n' >"$tmp/root/dir/index.html"

# serve NAME PORT COMMAND...: starts COMMAND; PORT is the port it listens on, or - when it writes
# its port on standard output.  Ready when hello.txt answers: at most 100 tries, 0.1 s apart.  Sets
# $url; fails, showing what the server wrote on standard error, when it does not start.
serve() {
	name=$1 port=$2
	shift 2
	env -u LD_PRELOAD "$@" >"$tmp/logs/$name.out" 2>"$tmp/logs/$name.err" &
	pid=$!
	pids="$pids $pid"
	i=0
	while :; do
		[ "$port" != - ] || port=$(sed -n '1{/^[0-9][0-9]*$/p;}' "$tmp/logs/$name.out")
		[ "$port" = - ] || [ -z "$port" ] || ! client -s -o /dev/null "http://127.0.0.1:$port/hello.txt" || break
		i=$((i + 1))
		if [ "$i" -ge 100 ] || ! kill -0 "$pid" 2>/dev/null; then
			echo "# $name did not start"
			sed 's/^/# /' "$tmp/logs/$name.err"
			return 1
		fi
		port=${port:--}
		sleep 0.1
	done
	url="http://127.0.0.1:$port"
}

# ask CODE METHOD PATH [CURL ARGS...]: asks $url for PATH with METHOD (HEAD: curl -sI, the head
# alone; any other: curl -si -X METHOD, the head and the content) and checks the answer with
# httpstatus --check --method METHOD: the answer in $tmp/head, what the command writes in $tmp/out,
# its exit status in $rc.  Fails unless the server answered with the status code CODE.
ask() {
	want=$1 method=$2 path=$3
	shift 3
	if [ "$method" = HEAD ]; then
		client -sI "$@" "$url$path"
	else
		client -si -X "$method" "$@" "$url$path"
	fi >"$tmp/head" 2>"$tmp/curl.err"
	"$hs" --check --method "$method" "$tmp/head" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	code=$(sed -n '1s/^HTTP\/[0-9.]* \([0-9][0-9][0-9]\).*/\1/p' "$tmp/head")
	[ "$code" = "$want" ] || { echo "# the server answered ${code:-nothing}, not $want"; return 1; }
}
show() {
	echo "# the head:"
	sed -n '/^\r*$/q; s/^/#   /p' "$tmp/head"
	echo "# httpstatus --check (exit $rc):"
	sed 's/^/#   /' "$tmp/out" "$tmp/err"
}
# passes CODE METHOD PATH [CURL ARGS...]: the answer is CODE and breaks no rule that fails (exit 0).
passes() {
	ask "$@" && [ "$rc" -eq 0 ] || { show; return 1; }
}
# breaks LINE CODE METHOD PATH [CURL ARGS...]: the answer is CODE, and the check fails it (exit 1)
# for one rule, the one the line LINE names.
breaks() {
	line=$1
	shift
	ask "$@" && [ "$rc" -eq 1 ] && grep -qxF -- "$line" "$tmp/out" && [ "$(grep -c '^  fail ' "$tmp/out")" -eq 1 ] ||
		{ echo "# wanted, alone: $line"; show; return 1; }
}
# conditional: the request field that makes the 200 of $url/hello.txt a 304: If-None-Match with its
# ETag, or If-Modified-Since with its Last-Modified when it has no ETag.
conditional() {
	client -sI "$url/hello.txt" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: /If-None-Match: /p
		s/^[Ll][Aa][Ss][Tt]-[Mm][Oo][Dd][Ii][Ff][Ii][Ee][Dd]: /If-Modified-Since: /p' | sort -r | head -n 1
}

# The rules the servers below break, as the check words them.
no_allow=$(rule_line fail 405 field Allow "no Allow field") || no_allow=missing
no_content=$(rule_line fail 4xx content '' "no content") || no_content=missing
content_length_204=$(rule_line fail 204 field Content-Length "a Content-Length field") || content_length_204=missing

# What every server gets right: the file, a 304 to a conditional GET of it, a 204, a 301 (to GET and
# HEAD) and a 401 to HEAD.
common() {
	tap_check "$1: 200 to HEAD of a file" passes 200 HEAD /hello.txt
	field=$(conditional)
	tap_check "$1: 304 to a GET with ${field%%:*}" passes 304 GET /hello.txt -H "$field"
	tap_check "$1: 204 to GET" passes 204 GET /empty
	tap_check "$1: 301 to GET" passes 301 GET "$2"
	tap_check "$1: 301 to HEAD" passes 301 HEAD "$2"
	tap_check "$1: 401 to HEAD" passes 401 HEAD /private
}
ranges() {
	tap_check "$1: 206 to a GET of bytes=0-4" passes 206 GET /hello.txt -H 'Range: bytes=0-4'
	tap_check "$1: 416 to a GET of bytes=100-200 (Content-Range given)" passes 416 GET /hello.txt -H 'Range: bytes=100-200'
}

# guide SERVER: the examples doc/guide-c.md runs against SERVER (its marker says so), run against the
# one started, must print what the guide shows; there must be N of them (the second argument).
guide() {
	"$py" - "$top_srcdir/doc/guide-c.md" "$1" "$tmp/guide" <<'PY' || return 1
import os, re, sys
page, server, out = sys.argv[1:4]
lines = open(page, encoding="utf-8").read().split("\n")
os.makedirs(out, exist_ok=True)
n = 0
def block(i, lang):
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != "```" + lang:
        sys.exit("# %s:%d: no ```%s block" % (page, i + 1, lang))
    j = lines.index("```", i + 1)
    return "\n".join(lines[i + 1:j]) + "\n", j + 1
for i, line in enumerate(lines):
    m = re.match(r"<!-- example: run elsewhere: tools/tests/servers\.sh runs it against (\w+)", line)
    if m and m.group(1) == server:
        cmd, end = block(i + 1, "sh")
        shown, _ = block(end, "text")
        n += 1
        open(os.path.join(out, "%d.sh" % n), "w").write(cmd)
        open(os.path.join(out, "%d.txt" % n), "w").write(shown)
print(n)
PY
}
guide_examples() {
	n=$(guide "$1") || { tap_check "doc/guide-c.md's examples against $1 are read" false; return; }
	tap_check "doc/guide-c.md runs $2 example(s) against $1" test "$n" -eq "$2"
	k=1
	while [ "$k" -le "$n" ]; do
		sed "s|http://127\.0\.0\.1:8080|$url|g; s/| httpstatus --check/| \"\$hs\" --check/" "$tmp/guide/$k.sh" >"$tmp/guide/$k.run"
		hs=$hs env -u LD_PRELOAD timeout 20 sh "$tmp/guide/$k.run" >"$tmp/guide/$k.out" 2>&1
		tap_check "doc/guide-c.md's example $k against $1 prints what the guide shows" sh -c \
			'cmp -s "$1" "$2" || { diff "$1" "$2" | sed "s/^/# /"; exit 1; }' _ "$tmp/guide/$k.txt" "$tmp/guide/$k.out"
		k=$((k + 1))
	done
}

# ---- nginx: its static files (ranges, conditional requests, a directory's redirect), return 204 and
# return 301, auth_basic; its prefix, configuration, logs and temporary files in $tmp, in the foreground.
nginx=$(command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; })
if [ -z "$nginx" ]; then
	tap_integration "nginx" "nginx (Debian's nginx)"
else
	# A port the kernel says is free (if another program takes it before nginx binds it, nginx fails
	# to start and the test says so).
	port=$(env -u LD_PRELOAD "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	mkdir -p "$tmp/nginx/logs" "$tmp/nginx/tmp"
	printf 'user:{PLAIN}secret\n' >"$tmp/nginx/htpasswd"
	cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
pid $tmp/nginx/logs/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
	access_log $tmp/nginx/logs/access.log;
	client_body_temp_path $tmp/nginx/tmp/body;
	proxy_temp_path $tmp/nginx/tmp/proxy;
	fastcgi_temp_path $tmp/nginx/tmp/fastcgi;
	uwsgi_temp_path $tmp/nginx/tmp/uwsgi;
	scgi_temp_path $tmp/nginx/tmp/scgi;
	types { text/plain txt; text/html html; }
	server {
		listen 127.0.0.1:$port;
		root $tmp/root;
		location = /empty { return 204; }
		location = /moved { return 301 /hello.txt; }
		location = /private { auth_basic "private"; auth_basic_user_file $tmp/nginx/htpasswd; }
	}
}
EOF
	if serve nginx "$port" "$nginx" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/logs/error.log"; then
		common nginx /moved
		ranges nginx
		tap_check "nginx: 301 to a directory's name without its slash" passes 301 GET /dir
		tap_check "nginx: 401 to GET with auth_basic" passes 401 GET /private
		tap_check "nginx: 204 to HEAD" passes 204 HEAD /empty
		tap_check "nginx: 405 to a POST to a file, without Allow: the check names the rule" \
			breaks "$no_allow" 405 POST /hello.txt -d ''
		tap_check "nginx: the same to DELETE" breaks "$no_allow" 405 DELETE /hello.txt
		guide_examples nginx 1
	else
		tap_check "nginx starts on 127.0.0.1:$port" false
		sed 's/^/# /' "$tmp/nginx/logs/error.log" 2>/dev/null
	fi
	stop_all
fi

# ---- Express and Fastify, from bindings/node (npm ci there brings them)
node=${NODE:-node}
# Without the binding's node_modules at all (a release tarball: no npm ci there), the Node suite skips
# as a whole (bindings/node/run-tests.sh: no koffi), and so do these two; with them, a framework
# missing from them is an integration skip, a failure under HS_REQUIRE_INTEGRATION=1.
npm_skip() {
	if ! (cd "$top_srcdir/bindings/node" && env -u LD_PRELOAD "$node" -e "require.resolve('koffi')") >/dev/null 2>&1; then
		tap_skip "$1" "no koffi for bindings/node (run npm ci there, or point NODE_PATH at a node_modules holding it)"
	elif [ "${HS_REQUIRE_INTEGRATION:-}" = 1 ]; then
		tap_check "$1: $1 is not installed (HS_REQUIRE_INTEGRATION=1)" false
	else
		tap_skip "$1" "integration: $1 is not installed; npm ci --prefix bindings/node adds it"
	fi
}
for fw in express fastify; do
	if ! command -v "$node" >/dev/null 2>&1; then
		tap_skip "$fw" "no node"
		continue
	fi
	(cd "$top_srcdir/bindings/node" && env -u LD_PRELOAD "$node" -e "require.resolve('$fw')") >/dev/null 2>&1 ||
		{ npm_skip "$fw"; continue; }
	if ! serve "$fw" - "$node" "$top_srcdir/tools/tests/servers.cjs" "$fw" "$top_srcdir/bindings/node" "$tmp/root"; then
		tap_check "$fw starts on 127.0.0.1" false
		continue
	fi
	common "$fw" /moved
	tap_check "$fw: 401 to GET" passes 401 GET /private
	case $fw in
	express)
		ranges express
		tap_check "express: 204 to HEAD" passes 204 HEAD /empty
		tap_check "express: express.static's 405 to a POST, with Allow but no content: the check names the rule" \
			breaks "$no_content" 405 POST /hello.txt -d ''
		;;
	fastify)
		tap_check "fastify: a Range ignored, 200 to it" passes 200 GET /hello.txt -H 'Range: bytes=0-4'
		tap_check "fastify: 404, not 405, to a method its route lacks" passes 404 POST /hello.txt -d ''
		tap_check "fastify: 204 to HEAD, with Content-Length: the check names the rule" \
			breaks "$content_length_204" 204 HEAD /empty
		;;
	esac
	guide_examples "$fw" 1
	stop_all
done

# ---- Rack on WEBrick: Rack 2's handler, or Rack 3's in the rackup gem
ruby=${RUBY:-ruby}
if ! command -v "$ruby" >/dev/null 2>&1; then
	tap_skip "Rack" "no ruby"
elif ! env -u LD_PRELOAD "$ruby" -e 'require "rack"' >/dev/null 2>&1; then
	tap_integration "Rack" "Rack (Debian's ruby-rack)"
elif ! env -u LD_PRELOAD "$ruby" -e 'require "webrick"' >/dev/null 2>&1; then
	tap_integration "Rack" "WEBrick (Debian's ruby-webrick)"
elif ! env -u LD_PRELOAD "$ruby" -e 'require "rack"
	exit Rack.release < "3" || (begin; require "rackup/handler/webrick"; rescue LoadError; false; end)' >/dev/null 2>&1; then
	tap_integration "Rack" "rackup, Rack 3's WEBrick handler (Debian's ruby-rackup)"
elif ! serve rack - "$ruby" "$top_srcdir/tools/tests/servers.rb" "$tmp/root"; then
	tap_check "Rack on WEBrick starts on 127.0.0.1" false
else
	common rack /moved
	ranges rack
	tap_check "rack: 204 to HEAD" passes 204 HEAD /empty
	tap_check "rack: Rack::Files's 405 to a POST, with Allow and content" passes 405 POST /hello.txt -d ''
	tap_check "rack: Rack::Auth::Basic's 401 to GET, without content: the check names the rule" \
		breaks "$no_content" 401 GET /private
	guide_examples rack 1
	stop_all
fi
tap_done
