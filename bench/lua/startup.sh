#!/bin/sh
# The LuaJIT binding's start-up cost: the CPU time (user + system, which other work on the machine
# disturbs far less than wall time) of `luajit -e CODE` for
#   a bare start;
#   loading a plain Lua table of the registry (the language's own table, written here from
#   data/statuses.csv) and answering t[404];
#   loading httpstatus and answering from_code(404).
# Each is started N times in a row, the rounds alternate, and the best round of each counts.
# Prints ms per start and what each adds to a bare start; the target is that httpstatus adds at most
# 1 ms.  Usage: startup.sh LUAJIT TOP_SRCDIR (with LIBHTTPSTATUS_PATH set); BENCH_SHORT=1 runs less.
luajit=${1:?usage: startup.sh LUAJIT TOP_SRCDIR} top=${2:?usage: startup.sh LUAJIT TOP_SRCDIR}
case ${BENCH_SHORT:-} in '' | 0) n=200 rounds=5 ;; *) n=50 rounds=3 ;; esac
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
awk -F, 'BEGIN { print "return {" }
	/^#/ || $1 !~ /^[0-9]+$/ { next }
	{ printf "[%s] = { code = %s, name = \"%s\", phrase = \"%s\" },\n", $1, $1, $2, $3 }
	END { print "}" }' "$top/data/statuses.csv" > "$dir/hs_table.lua"
LUA_PATH="$top/bindings/lua/?.lua;$dir/?.lua;;"
export LUA_PATH

# The CPU time of the finished children of the shell that ran `times > FILE`, in microseconds
# (the second line of POSIX `times`: "XmY.YYYs XmY.YYYs", user and system).
children_us() {
	awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); t += p[1] * 60 + p[2] }
		printf "%.0f\n", t * 1e6 }' "$1"
}

# round CODE: the mean CPU time of one start, in microseconds, over N starts (run in a subshell,
# whose children are only these starts).
round() {
	times > "$dir/before"
	i=0
	while [ "$i" -lt "$n" ]; do
		"$luajit" -e "$1" || { echo "startup.sh: luajit -e '$1' failed" >&2; exit 1; }
		i=$((i + 1))
	done
	times > "$dir/after"
	echo $((($(children_us "$dir/after") - $(children_us "$dir/before")) / n))
}

bare=999999999 table=999999999 binding=999999999
r=0
while [ "$r" -lt "$rounds" ]; do
	x=$(round 'local x = 1') || exit 1
	[ "$x" -lt "$bare" ] && bare=$x
	x=$(round 'local t = require("hs_table"); assert(t[404])') || exit 1
	[ "$x" -lt "$table" ] && table=$x
	x=$(round 'local hs = require("httpstatus"); assert(hs.from_code(404))') || exit 1
	[ "$x" -lt "$binding" ] && binding=$x
	r=$((r + 1))
done

ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
added=$((binding - bare))
echo "CPU ms per start of luajit -e CODE (best of $rounds rounds of $n starts; $($luajit -v | cut -d' ' -f1-2))"
printf '%-52s %8s %8s\n' "CODE" "total" "added"
printf '%-52s %8s %8s\n' "(bare start)" "$(ms "$bare")" "-"
printf '%-52s %8s %8s\n' "a plain Lua table of the registry: t[404]" "$(ms "$table")" "$(ms $((table - bare)))"
printf '%-52s %8s %8s\n' "require('httpstatus').from_code(404)" "$(ms "$binding")" "$(ms "$added")"
echo "added by httpstatus: $(ms "$added") ms (target <= 1 ms: $([ "$added" -le 1000 ] && echo met || echo MISSED))"
