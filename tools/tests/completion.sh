#!/bin/sh
# The shell completions of httpstatus: bash's function run with COMP_WORDS as bash sets them, and
# zsh's run by a real interactive zsh on a pseudo-terminal.  The words expected come from data/.
. "$top_srcdir/tests/tap.sh"

tools="$top_builddir/tools"
hs="$tools/httpstatus"
data="$top_srcdir/data"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

[ -x "$hs" ] || { echo "Bail out! $hs is not built"; exit 1; }

# column N FILE: column N of the data rows of a CSV file of data/ (no field before N holds a comma).
column() { grep -v '^#' "$data/$2" | sed 1d | cut -d, -f"$1"; }
# expect WORD...: the words of $tmp/got (one per line, any order) are exactly WORD...
expect() {
	{ [ $# -eq 0 ] || printf '%s\n' "$@"; } | sort >"$tmp/want"
	grep -v '^$' "$tmp/got" | sort >"$tmp/got.sorted"
	cmp -s "$tmp/want" "$tmp/got.sorted" || { diff "$tmp/want" "$tmp/got.sorted" | sed 's/^/# /'; return 1; }
}
methods_p=$(column 1 methods.csv | grep '^P')
methods_all=$(column 1 methods.csv)
names_not=$(column 2 statuses.csv | grep '^NOT_')
codes_40=$(column 1 statuses.csv | grep '^40')

# ---- bash
if command -v bash >/dev/null 2>&1; then
	# bcomplete WORD...: runs the completion function with COMP_WORDS=(httpstatus-as-built WORD...),
	# completing the last word; the matches go to $tmp/got.
	bcomplete() {
		bash -c '. "$1/tools/completion/bash/httpstatus" || exit 1
			complete -p httpstatus >/dev/null || exit 1
			shift
			COMP_WORDS=("$@")
			COMP_CWORD=$(($# - 1))
			_httpstatus
			printf "%s\n" "${COMPREPLY[@]}"' _ "$top_srcdir" "$hs" "$@" >"$tmp/got"
	}
	# shellcheck disable=SC2086,SC2046 # the expected words are split on purpose
	{
	bcomplete -m P; tap_check "bash: -m P offers the methods starting with P" expect $methods_p
	bcomplete --method ""; tap_check "bash: --method offers every method" expect $methods_all
	bcomplete -jm P; tap_check "bash: -jm P (a cluster ending in m) offers methods" expect $methods_p
	bcomplete --method = P; tap_check "bash: --method=P, split at = as bash does, offers methods" expect $methods_p
	bcomplete --method=P; tap_check "bash: --method=P as one word keeps its --method=" expect $(printf -- '--method=%s\n' $methods_p)
	bcomplete NOT_; tap_check "bash: NOT_ offers the names starting with NOT_" expect $names_not
	bcomplete not_; tap_check "bash: not_ offers them in lower case" expect $(echo "$names_not" | tr '[:upper:]' '[:lower:]')
	bcomplete 40; tap_check "bash: 40 offers the codes 40x" expect $codes_40
	bcomplete 5; tap_check "bash: 5 offers the 5xx codes and the class 5xx" expect $(column 1 statuses.csv | grep '^5') 5xx
	bcomplete --j; tap_check "bash: --j offers --json" expect --json
	bcomplete 404 --me; tap_check "bash: --me after a query offers --method and --methods" expect --method --methods
	bcomplete -; tap_check "bash: - offers every option of --help, and --" sh -c \
		'[ "$(grep -c . "$1")" -eq 15 ] && grep -qx -- -M "$1" && grep -qx -- --check "$1" && grep -qx -- -- "$1"' _ "$tmp/got"
	mkdir "$tmp/heads" && : >"$tmp/heads/head-404.txt" && : >"$tmp/heads/other"
	(cd "$tmp/heads" && bcomplete --check head); tap_check "bash: --check head offers the files starting with head" expect head-404.txt
	(cd "$tmp/heads" && bcomplete -jc ""); tap_check "bash: -jc offers every file" expect head-404.txt other
	(cd "$tmp/heads" && bcomplete --check -m P); tap_check "bash: --check -m P still offers methods" expect $methods_p
	bcomplete -- --; tap_check "bash: no option after --" expect
	bcomplete -m GET ""; tap_check "bash: after -m GET, a status again" sh -c '[ "$(grep -c . "$1")" -eq "$2" ]' _ "$tmp/got" \
		"$(column 2 statuses.csv | wc -l)"
	}
	if ! PATH=/usr/bin:/bin command -v httpstatus >/dev/null 2>&1; then
		env PATH=/usr/bin:/bin bash -c '. "$1/tools/completion/bash/httpstatus"; COMP_WORDS=(httpstatus -m ""); COMP_CWORD=2
			_httpstatus; echo "${#COMPREPLY[@]}"' _ "$top_srcdir" >"$tmp/got" 2>"$tmp/err"
		tap_check "bash: no httpstatus to ask: no words and no error" sh -c '[ "$(cat "$1")" = 0 ] && [ ! -s "$2" ]' _ "$tmp/got" "$tmp/err"
	else
		tap_skip "bash: no httpstatus to ask" "an httpstatus is installed in /usr/bin"
	fi
else
	tap_skip "bash completion" "bash is not installed"
fi

# ---- zsh
if command -v zsh >/dev/null 2>&1; then
	tap_check "zsh: _httpstatus parses (zsh -n)" zsh -n "$top_srcdir/tools/completion/zsh/_httpstatus"
	# zcomplete LINE: the matches zsh offers for LINE and a TAB, in $tmp/got.
	zcomplete() {
		rm -f "$tmp/got"
		timeout 30 zsh -f "$top_srcdir/tools/tests/complete.zsh" "$top_srcdir/tools/completion/zsh" "$tools" "$tmp/got" "$1"
		zrc=$?
		[ "$zrc" -eq 0 ] && sed -i '/^END$/d' "$tmp/got"
	}
	zcomplete "httpstatus -m P"
	if [ "$zrc" -eq 77 ]; then
		tap_skip "zsh completion" "zsh has no zsh/zpty module"
	else
		# shellcheck disable=SC2086
		{
		tap_check "zsh: -m P offers the methods starting with P" expect $methods_p
		zcomplete "httpstatus -jm P"; tap_check "zsh: -jm P offers them too" expect $methods_p
		zcomplete "httpstatus --method=P"; tap_check "zsh: --method=P offers them too" expect $methods_p
		zcomplete "httpstatus NOT_"; tap_check "zsh: NOT_ offers the names starting with NOT_" expect $names_not
		zcomplete "httpstatus not_"; tap_check "zsh: not_ offers the same names (any case matches)" expect $names_not
		zcomplete "httpstatus 40"; tap_check "zsh: 40 offers the codes 40x" expect $codes_40
		zcomplete "httpstatus --me"; tap_check "zsh: --me offers --method and --methods" expect --method --methods
		zcomplete "httpstatus -- --"; tap_check "zsh: no option after --" expect
		mkdir -p "$tmp/zheads" && : >"$tmp/zheads/head-404.txt"
		zcomplete "httpstatus --check $tmp/zheads/he"; tap_check "zsh: --check offers files" grep -q "head-404.txt" "$tmp/got"
		}
	fi
else
	tap_skip "zsh completion" "zsh is not installed (Debian's zsh)"
fi
tap_done
