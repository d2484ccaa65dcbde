#!/usr/bin/env bash
# release/quickstart-check.sh SRCDIR OUTDIR: the README's Quick start where a new user stands.  In a
# fresh minimal Debian (release/minroot.sh; HS_DEB_SUITE names the release), as root, in a clean
# clone of SRCDIR (of the files git tracks, as they are in the working tree; with git, which whoever
# cloned the tree has), runs the two
# commands of README.md's "Quick start" section, taken from README.md itself (its two fenced sh
# blocks): the install and build line, then the test command.  Checks that:
#   - the first ends with the installed tool's answer, and installs no service (nothing in
#     /etc/init.d, no systemd unit enabled);
#   - the second passes, every test with it, and skips nothing but what the README says it skips (a
#     skip whose reason starts as the README's Quick start shows it: `# SKIP integration: ...`);
#   - what they built and ran leaves `git status` clean: .gitignore covers every product of an
#     in-tree build and of make check.
# With HS_QUICKSTART_INTEGRATION=1 it then does what the README says adds the integration tests (the
# `apt-get install ... $(.ci/packages.sh integration)` it quotes), and runs again, with HS_REQUIRE_INTEGRATION=1,
# every test that skipped for want of them (`# SKIP integration: ...`): each must pass now, without a skip.
# Prints TAP; OUTDIR receives the two commands' logs, the test-suite.log and a line "PASSED FAILED"
# (the per-check results of make check in the root) in OUTDIR/checks.  Needs root, the network (apt
# and npm) and debootstrap.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 SRCDIR OUTDIR" >&2; exit 2; }
src=$(cd "$1" && pwd) || exit 2
mkdir -p "$2" && out=$(cd "$2" && pwd) || exit 2
. "$(dirname "$0")/tap.sh"
HS_TAP_TAIL=40
finish() { echo "1..$n"; echo "# $((n - failed)) passed, $failed failed"; [ "$failed" -eq 0 ]; }

[ "$(id -u)" = 0 ] || bail "needs root (debootstrap, chroot and mount)"
command -v debootstrap >/dev/null 2>&1 || bail "debootstrap is missing (.ci/packages-release)"
readme=$src/README.md
[ -f "$readme" ] || bail "no $readme"

# The fenced sh blocks of the Quick start section, each as one file: quickstart.1, quickstart.2...
# A block's lines are joined as written; the section runs from its heading to the next "## ".
: >"$out/checks"
rm -f "$out"/quickstart.[0-9]*
awk -v dir="$out" '
	/^## / { inside = ($0 ~ /^## Quick start/) }
	inside && /^```/ {
		if (fenced) { fenced = 0; close(file); next }
		if ($0 ~ /^```sh[ \t]*$/) { fenced = 1; file = dir "/quickstart." ++blocks; printf "" > file; next }
	}
	fenced { print > file }' "$readme"
blocks=$(ls "$out"/quickstart.[0-9]* 2>/dev/null | wc -l)
check "README.md's Quick start has two sh blocks: install and build, then test ($blocks found)" test "$blocks" -eq 2
[ "$blocks" -eq 2 ] || { finish; exit 1; }
# The skips the README announces: each reason it quotes as `# SKIP ...` in the Quick start section,
# one a line (a trailing "..." stands for the rest of the reason).
allowed=$(awk '/^## / { inside = ($0 ~ /^## Quick start/) } inside' "$readme" |
	grep -o '`# SKIP [^`]*`' | sed -e 's/^`//' -e 's/`$//' -e 's/ *\.\.\.$//')
check "README.md's Quick start names the skips make check may make ($(printf '%s' "$allowed" | tr '\n' ';'))" test -n "$allowed"

. "$(dirname "$0")/minroot.sh"
echo "# suite $suite from $mirror; cache $cache"
work=$(mktemp -d "${TMPDIR:-/tmp}/libhttpstatus-quickstart.XXXXXX") || bail "mktemp failed"
root=$work/root
cleanup() {
	mountpoint -q "$root/root/.npm" 2>/dev/null && umount "$root/root/.npm"
	minroot_umount "$root"
	rm -rf --one-file-system "$work"
}
trap cleanup EXIT

minroot_copy "$root" "$out/debootstrap.log"
check "a minimal $suite root is ready ($cache/$key)" test -x "$root/usr/bin/apt-get"
[ -d "$root" ] || { finish; exit 1; }
minroot_mount "$root"
# dpkg syncs every file it unpacks; a root thrown away after the check needs none of that.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/quickstart-check-unsafe-io"
# npm's downloads are kept beside apt's between runs.
mkdir -p "$cache/npm" "$root/root/.npm"
mount --bind "$cache/npm" "$root/root/.npm"

# A clean clone of the tree, and git, as whoever cloned it has.
tree=/usr/src/libhttpstatus
mkdir -p "$root$tree"
(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$root$tree"
check "a clean clone of the tree is in the root ($tree)" sh -c 'test -f "$1/configure.ac" -a ! -e "$1/configure" &&
	git -C "$1" init -q && git -C "$1" add -A && git -C "$1" -c user.name=ci -c user.email=ci@localhost commit -qm clone' _ "$root$tree"
check "apt-get installs git in the root (who clones has it)" \
	in_root sh -c 'apt-get update -q && apt-get install -y -q --no-install-recommends git'

# services: the init scripts and the enabled systemd units of the root, one a line.
services() {
	(cd "$root" && ls -d etc/init.d/* etc/systemd/system/*.wants/* 2>/dev/null) | sort
}
services >"$work/services.before"

# run N: the README's block N, by sh, in the tree, as root, in a fresh login environment (root's
# PATH on Debian, /etc/profile's, which has /usr/local/bin, where make install puts the tool).
run() {
	in_root env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		sh -c "cd $tree && set -e && . /tmp/quickstart.$1" >"$out/quickstart.$1.log" 2>&1
}
cp "$out"/quickstart.[0-9]* "$root/tmp/"
echo "# the Quick start's first command (log: $out/quickstart.1.log):"
sed 's/^/#   /' "$out/quickstart.1"
if run 1; then ok "the Quick start's first command succeeds in $suite"; else
	not_ok "the Quick start's first command succeeds in $suite"
	tail -n 40 "$out/quickstart.1.log" | sed 's/^/# /'
	finish
	exit 1
fi
check "and ends with the installed tool's answer about 404 Not Found" sh -c 'tail -n 12 "$1" | grep -q "^404 Not Found"' _ "$out/quickstart.1.log"
services >"$work/services.after"
check "it installs no service (nothing new in /etc/init.d, no systemd unit enabled)" \
	diff -u "$work/services.before" "$work/services.after"
ls "$root/usr/local/lib/"libhttpstatus.so.* >/dev/null 2>&1
check "the library is installed in /usr/local/lib, as the README says" test $? -eq 0

echo "# the Quick start's test command (log: $out/quickstart.2.log):"
sed 's/^/#   /' "$out/quickstart.2"
run 2
rc=$?
cp "$root$tree/test-suite.log" "$out/test-suite.log" 2>/dev/null
# The per-check results of every test, from automake's .trs files.
results() {
	find "$root$tree" -name '*.trs' -exec grep -h "^:test-result: $1" {} + 2>/dev/null | wc -l
}
passed=$(results '\(PASS\|XFAIL\)')
failed_checks=$(results '\(FAIL\|XPASS\|ERROR\)')
skipped=$(results SKIP)
echo "$passed $failed_checks" >"$out/checks"
if [ "$rc" -eq 0 ] && [ "$failed_checks" -eq 0 ] && [ "$passed" -gt 0 ]; then
	ok "the Quick start's test command passes in $suite: $passed checks passed, $skipped skipped"
else
	not_ok "the Quick start's test command passes in $suite: $passed checks passed, $failed_checks failed (exit $rc)"
	grep -E '^(FAIL|XPASS|ERROR):' "$out/quickstart.2.log" | sed 's/^/# /'
	tail -n 60 "$out/test-suite.log" 2>/dev/null | sed 's/^/# /'
fi
# Each skip, as make check printed it: "SKIP: TEST [N - DESCRIPTION] # SKIP REASON".
grep '^SKIP:' "$out/quickstart.2.log" | sed 's/^/# /'
# A whole script's skip is printed "SKIP: NAME - REASON", a single check's "... # SKIP REASON".
printf '%s\n' "$allowed" | sed 's/^# SKIP //' >"$work/allowed"
unexpected=$(grep '^SKIP:' "$out/quickstart.2.log" | grep -vF -f "$work/allowed")
check "make check skips nothing but what the README names" test -z "$unexpected"
[ -z "$unexpected" ] || printf '%s\n' "$unexpected" | sed 's/^/# unexpected: /'
# The integration tests, as the README says to add them, where the Quick start left off.
if [ "${HS_QUICKSTART_INTEGRATION:-0}" = 1 ]; then
	add=$(awk '/^## / { inside = ($0 ~ /^## Quick start/) } inside' "$readme" | tr '\n' ' ' |
		grep -o '`apt-get install [^`]*\$(\.ci/packages\.sh integration)`' | head -n 1 | tr -d '`')
	skipped_tests=$(grep 'integration: ' "$out/quickstart.2.log" | sed -n 's/^SKIP: \([^ ]*\).*/\1/p' | sort -u | tr '\n' ' ')
	check "README.md's Quick start names the command that adds the integration tests ($add)" test -n "$add"
	check "some tests skipped for want of them ($skipped_tests)" test -n "$skipped_tests"
	echo "$add" >"$root/tmp/integration.1"
	# As written: apt-get asks before it installs, and gets its yes on its standard input.
	if [ -n "$add" ] && in_root env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		DEBIAN_FRONTEND=noninteractive sh -c "cd $tree && yes | sh /tmp/integration.1" \
		>"$out/integration.1.log" 2>&1; then
		ok "the README's command installs the integration list in $suite"
	else
		not_ok "the README's command installs the integration list in $suite"
		tail -n 20 "$out/integration.1.log" | sed 's/^/# /'
	fi
	find "$root$tree" -name '*.trs' -delete
	in_root env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HS_REQUIRE_INTEGRATION=1 \
		sh -c "cd $tree && make -j2 check TESTS='$skipped_tests'" >"$out/integration.2.log" 2>&1
	rc=$?
	i_passed=$(results '\(PASS\|XFAIL\)')
	i_failed=$(results '\(FAIL\|XPASS\|ERROR\)')
	i_skipped=$(results SKIP)
	echo "$((passed + i_passed)) $((failed_checks + i_failed))" >"$out/checks"
	if [ "$rc" -eq 0 ] && [ "$i_failed" -eq 0 ] && [ "$i_skipped" -eq 0 ] && [ "$i_passed" -gt 0 ]; then
		ok "with them, the tests that skipped pass in $suite: $i_passed checks passed, none skipped"
	else
		not_ok "with them, the tests that skipped pass in $suite: $i_passed passed, $i_failed failed, $i_skipped skipped (exit $rc)"
		grep -E '^(FAIL|XPASS|ERROR|SKIP):' "$out/integration.2.log" | sed 's/^/# /'
		tail -n 60 "$root$tree/test-suite.log" 2>/dev/null | sed 's/^/# /'
	fi
	rm -f "$root/tmp/integration.1"
fi
# What the two commands made, in the tree: all of it ignored.
in_root git -C "$tree" status --porcelain --untracked-files=all >"$work/status" 2>&1
check ".gitignore covers everything the build and make check made in the tree (git status is clean)" \
	sh -c '! grep . "$1"' _ "$work/status"
finish
