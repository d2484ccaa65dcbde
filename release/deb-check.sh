#!/usr/bin/env bash
# release/deb-check.sh SOURCE OUTDIR: builds the Debian packages with dpkg-buildpackage from a copy
# of SOURCE (a release tarball, as `make deb-check` makes, or a source tree; of a git checkout, the
# files git tracks, as they are in the working tree), checks them with lintian and the build log
# with blhc, installs them with apt into a fresh minimal Debian (debootstrap --variant=minbase,
# cached), uses each of them there, purges them and shows that nothing of them is left.  Prints TAP;
# exits 0 only when every check passed.  OUTDIR receives the packages, the build log and the list of
# installed files.  Needs root (debootstrap, chroot, mount) and the tools in .ci/packages and
# .ci/packages-release.
#
# Environment:
#   HS_DEB_CACHE   where the minimal roots and the downloaded packages are kept between runs
#                  (default /var/cache/libhttpstatus/deb-check); one root per ISO week is kept.
#   HS_DEB_SUITE   the Debian release to install into (default bookworm).
#   HS_DEB_MIRROR  the mirror (default: the one this machine's apt sources use for that release).
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 TARBALL|SRCDIR OUTDIR" >&2; exit 2; }
src=$1
mkdir -p "$2" && out=$(cd "$2" && pwd) || exit 2

. "$(dirname "$0")/tap.sh"
finish() { echo "1..$n"; echo "# $((n - failed)) passed, $failed failed"; [ "$failed" -eq 0 ]; }

[ "$(id -u)" = 0 ] || bail "needs root (debootstrap, chroot and mount)"
for tool in dpkg-buildpackage:dpkg-dev dh:debhelper lintian:lintian blhc:blhc debootstrap:debootstrap; do
	command -v "${tool%%:*}" >/dev/null 2>&1 || bail "${tool%%:*} is missing: apt-get install ${tool#*:} (.ci/packages-release)"
done

. "$(dirname "$0")/minroot.sh"
echo "# suite $suite from $mirror; cache $cache"

work=$(mktemp -d "${TMPDIR:-/tmp}/libhttpstatus-deb.XXXXXX") || bail "mktemp failed"
root=$work/root
cleanup() {
	local m
	minroot_umount "$root"
	rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# ---- build: from a copy of the tree, in a scratch directory (dpkg-buildpackage writes to its parent) ----
unpacked=$work/unpacked
mkdir -p "$unpacked"
if [ -f "$src" ]; then
	tar -xf "$src" -C "$unpacked" && unpacked=$(ls -d "$unpacked"/*/ | head -n 1) || bail "cannot unpack $src"
elif [ -e "$src/.git" ]; then
	(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$unpacked"
else
	tar -C "$src" -cf - . | tar -xf - -C "$unpacked"
fi
version=$(cd "$unpacked" && dpkg-parsechangelog -S Version) || bail "no debian/changelog in $src"
copy=$work/libhttpstatus-$version
mv "$unpacked" "$copy"
check "the source is unpacked in $copy" test -f "$copy/debian/rules"
# The package version is the release version (a native package): debian/changelog needs an entry for
# every version the header announces.
source_version=$(sed -n 's/^#define HTTPSTATUS_VERSION_\(MAJOR\|MINOR\|MICRO\) \([0-9]*\)$/\2/p' \
	"$copy/include/httpstatus.h" | paste -sd.)
check "debian/changelog is at the version of include/httpstatus.h ($source_version)" \
	test "${version%-*}" = "$source_version"

# debian/copyright must hold the license text itself; it has to be the same text as LICENSE.
license_text() { sed -e '1,/^Copyright/d' "$1" | sed -e '1{/^$/d}'; }
copyright_text() {
	awk '/^License: MIT$/ { text = ""; next } { text = text $0 "\n" } END { printf "%s", text }' "$1" |
		sed -e 's/^ //' -e 's/^\.$//'
}
check "debian/copyright carries the text of LICENSE" \
	diff -u <(license_text "$copy/LICENSE") <(copyright_text "$copy/debian/copyright")

# The symbols file generator on a version script with a second node: each node's own version.
cat >"$work/two-nodes.sym" <<'EOF'
/* comment */
LIB_1.0 {
global:
	lib_one;
local:
	*;
};
LIB_1.1 {
global:
	lib_two;
} LIB_1.0;
EOF
check "debian/symbols-from-version-script gives each node's symbols that node's version" diff -u - \
	<("$copy/debian/symbols-from-version-script" "$work/two-nodes.sym" lib.so.0 lib0 lib-dev) <<'EOF'
lib.so.0 lib0 #MINVER#
* Build-Depends-Package: lib-dev
 LIB_1.0@LIB_1.0 1.0
 lib_one@LIB_1.0 1.0
 LIB_1.1@LIB_1.1 1.1
 lib_two@LIB_1.1 1.1
EOF

echo "# dpkg-buildpackage (log: $out/build.log)"
if (cd "$copy" && dpkg-buildpackage -us -uc >"$out/build.log" 2>&1); then
	ok "dpkg-buildpackage builds the source and binary packages"
else
	not_ok "dpkg-buildpackage builds the source and binary packages"
	tail -n 40 "$out/build.log" | sed 's/^/# /'
	finish
	exit 1
fi
rm -f "$out"/*.deb "$out"/*.dsc "$out"/*.tar.* "$out"/*.changes "$out"/*.buildinfo
cp "$work"/*.deb "$work"/*.dsc "$work"/*.tar.* "$work"/*.changes "$work"/*.buildinfo "$out"/
changes=$(ls "$out"/*_"$(dpkg --print-architecture)".changes 2>/dev/null | head -n 1)

packages=$(cd "$copy" && dh_listpackages 2>/dev/null | sort)
debs=()
for pkg in $packages; do
	deb=$(ls "$out/${pkg}_${version}"_*.deb 2>/dev/null | head -n 1)
	if [ -n "$deb" ]; then debs+=("$deb"); ok "package $pkg is built"; else not_ok "package $pkg is built"; fi
done

# lintian: no error and no warning (debian/*.lintian-overrides say why for any tag they silence).
check "lintian finds no error and no warning" lintian --fail-on error,warning --info "$changes"
# blhc: every compiler and linker line has the hardening flags.  The test-result lines of make check
# name a test after the command it runs ("PASS: tests/install.sh 6 - cc prog.c ..."); they are not
# compiler lines.
check "blhc finds no missing hardening flag in the build log" \
	blhc --ignore-line '(PASS|FAIL|XFAIL|XPASS|SKIP|ERROR): \S+ \d+ - .*' "$out/build.log"

# The symbols file in the library package is the one made from the version script, and the tool's
# dependency on the library has the minimum version dpkg-shlibdeps took from it.
libdeb=$(ls "$out"/libhttpstatus[0-9]*_"$version"_*.deb 2>/dev/null | grep -v dbgsym | head -n 1)
check "the library package's symbols file lists every symbol of lib/libhttpstatus.sym" sh -c '
	dpkg-deb -I "$1" symbols >"$3/symbols.deb" &&
	soname=$(head -n 1 "$3/symbols.deb" | cut -d" " -f1) && pkg=$(head -n 1 "$3/symbols.deb" | cut -d" " -f2) &&
	"$2/debian/symbols-from-version-script" "$2/lib/libhttpstatus.sym" "$soname" "$pkg" libhttpstatus-dev >"$3/symbols.sym" &&
	diff -u "$3/symbols.sym" "$3/symbols.deb"' _ "$libdeb" "$copy" "$work"
check "httpstatus depends on the library with a minimum version" sh -c \
	'dpkg-deb -f "$1" Depends | tee /dev/stderr | grep -Eq "libhttpstatus[0-9]+ \\(>= [0-9.]+\\)"' \
	_ "$(ls "$out"/httpstatus_"$version"_*.deb)"

# ---- a fresh minimal Debian: one cached root per ISO week, copied for each run ----
minroot_copy "$root" "$out/debootstrap.log"
check "a minimal $suite root is ready ($cache/$key)" test -x "$root/usr/bin/apt-get"
[ -d "$root" ] || { finish; exit 1; }
minroot_mount "$root"

mkdir -p "$root/tmp/debs"
for deb in "${debs[@]}"; do cp "$deb" "$root/tmp/debs/"; done
check "apt-get update in the fresh root" in_root apt-get update -q
check "apt installs the ${#debs[@]} packages and their dependencies from the mirror" \
	in_root sh -c 'apt-get install -y -q --no-install-recommends /tmp/debs/*.deb'

for pkg in $packages; do in_root dpkg -L "$pkg"; done | sort -u >"$out/installed-files.txt"
echo "# the packages installed $(wc -l <"$out/installed-files.txt") paths (list: $out/installed-files.txt)"

# ---- each package at work ----
# expect_line TEXT COMMAND...: COMMAND succeeds and the first line of its output is TEXT.
expect_line() {
	local want=$1 got
	shift
	got=$("$@") || return 1
	printf '%s\n' "$got"
	[ "$(printf '%s\n' "$got" | head -n 1)" = "$want" ]
}
check "httpstatus 404 answers 404 Not Found" expect_line "404 Not Found" in_root httpstatus 404
check "man httpstatus's page is installed" test -f "$root/usr/share/man/man1/httpstatus.1.gz"
cat >"$root/tmp/prog.c" <<'EOF'
#include <stdio.h>
#include <httpstatus.h>

int main(void)
{
	char line[64];
	const httpstatus_status *s = httpstatus_status_from_phrase("payload too large", HTTPSTATUS_NUL_TERMINATED);

	httpstatus_format_status_line(httpstatus_status_code(s), line, sizeof(line));
	printf("%s %s %s\n", line, httpstatus_status_name(s), httpstatus_version());
	return 0;
}
EOF
check "a C program builds with pkg-config --cflags --libs httpstatus" \
	in_root sh -c 'cc -Wall -Werror /tmp/prog.c $(pkg-config --cflags --libs httpstatus) -o /tmp/prog'
check "the C program runs against the installed library" \
	expect_line "HTTP/1.1 413 Content Too Large CONTENT_TOO_LARGE $source_version" in_root /tmp/prog
check "LuaJIT finds the module and looks up 404" \
	expect_line "Not Found" in_root luajit -e 'print(require("httpstatus").from_code(404).phrase)'
check "Ruby finds the module and looks up 404" \
	expect_line "Not Found" in_root ruby -e 'require "httpstatus"; puts HTTPStatus[404].phrase'

# ---- purge: nothing of the packages is left ----
# shellcheck disable=SC2086
check "apt purges the packages (and the dependencies they pulled in)" \
	in_root apt-get purge -y -q --autoremove $packages
# no_package_left: dpkg -l (which must run) lists no package with httpstatus in its line.
no_package_left() {
	local list
	list=$(in_root dpkg -l) || return 1
	! printf '%s\n' "$list" | grep httpstatus
}
check "dpkg -l knows no httpstatus package any more" no_package_left
# Every file, link and directory the packages listed is gone, except directories another installed
# package still owns (/usr, /usr/share/doc, ...).
left=()
while read -r path; do
	[ "$path" = /. ] && continue
	[ -e "$root$path" ] || [ -L "$root$path" ] || continue
	if [ -d "$root$path" ] && [ ! -L "$root$path" ] && in_root dpkg -S "$path" >/dev/null 2>&1; then
		continue
	fi
	left+=("$path")
done <"$out/installed-files.txt"
if [ ${#left[@]} -eq 0 ]; then
	ok "nothing the packages installed is left"
else
	not_ok "nothing the packages installed is left"
	printf '# left: %s\n' "${left[@]}"
fi

finish
