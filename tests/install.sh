#!/bin/sh
# Installs into a scratch root, then builds and runs a program against the installed library only:
#   cc prog.c $(pkg-config --cflags --libs httpstatus)
#   a CMake project: find_package(httpstatus) and the imported target httpstatus::httpstatus
#   a Meson project: dependency('httpstatus'), through pkg-config
# The CMake and Meson projects are integration tests (tests/tap.sh): each one skip without its tools.
. "$top_srcdir/tests/tap.sh"

command -v pkg-config >/dev/null 2>&1 || tap_skip_all "no pkg-config"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

tap_check "make install into a scratch root" sh -c \
	'"${MAKE:-make}" -C "$1" install DESTDIR="$2" >"$3/install.log" 2>&1 || { cat "$3/install.log"; exit 1; }' \
	_ "$top_builddir" "$root" "$tmp"
libdir=$(sed -n 's/^libdir=//p' "$top_builddir/httpstatus.pc")
prefix=$(sed -n 's/^prefix=//p' "$top_builddir/httpstatus.pc")
libdir=$(echo "$libdir" | sed "s|\${exec_prefix}|$prefix|; s|\${prefix}|$prefix|")
pcdir=$(dirname "$(find "$root" -name httpstatus.pc | head -n 1)")
tap_check "httpstatus.pc is installed" test -f "$pcdir/httpstatus.pc"
tap_check "the header is installed" sh -c 'find "$1" -name httpstatus.h | grep -q .' _ "$root"
tap_check "the library is installed by its SONAME" sh -c 'find "$1" -name "libhttpstatus.so.*" | grep -q .' _ "$root"
tap_check "the bash completion is installed where bash-completion loads it" \
	test -f "$root$prefix/share/bash-completion/completions/httpstatus"
tap_check "the zsh completion is installed where Debian's zsh looks" test -f "$root$prefix/share/zsh/vendor-completions/_httpstatus"

cat > "$tmp/prog.c" <<'PROG'
#include <stdio.h>
#include <string.h>
#include <httpstatus.h>

int main(void)
{
	char line[64];
	const httpstatus_status *s = httpstatus_status_from_name("NOT_FOUND", HTTPSTATUS_NUL_TERMINATED);

	if (httpstatus_status_code(s) != HTTPSTATUS_NOT_FOUND)
		return 1;
	httpstatus_format_status_line(httpstatus_status_code(s), line, sizeof(line));
	puts(line);
	return strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING_FOR_TEST) != 0;
}
PROG
version=$(sed -n 's/^Version: //p' "$pcdir/httpstatus.pc")
flags=$(PKG_CONFIG_PATH=$pcdir PKG_CONFIG_SYSROOT_DIR=$root pkg-config --cflags --libs httpstatus)
tap_check "pkg-config knows httpstatus $version" test -n "$flags"
tap_check "cc prog.c \$(pkg-config --cflags --libs httpstatus)" \
	${CC:-cc} -DHTTPSTATUS_VERSION_STRING_FOR_TEST="\"$version\"" "$tmp/prog.c" -o "$tmp/prog" $flags
out=$(LD_LIBRARY_PATH=$root$libdir "$tmp/prog")
tap_check "the program runs against the installed library" test "$out" = "HTTP/1.1 404 Not Found"
used=$(LD_LIBRARY_PATH=$root$libdir ldd "$tmp/prog" | grep libhttpstatus)
tap_check "and it is the installed library that it loads ($used)" sh -c 'echo "$1" | grep -q "$2"' _ "$used" "$root"

# runs_installed PROG [ENV...]: PROG prints the 404 status line and loads the library from the root.
# The library under test is the one in the root, found by PROG's own run path or ENV: an
# LD_LIBRARY_PATH of the caller's, which the loader would prefer, is left out.
runs_installed() {
	prog=$1
	shift
	out=$(env -u LD_LIBRARY_PATH "$@" "$prog") && [ "$out" = "HTTP/1.1 404 Not Found" ] ||
		{ echo "# $prog printed: $out"; return 1; }
	env -u LD_LIBRARY_PATH "$@" ldd "$prog" | grep libhttpstatus | grep -qF "$root" ||
		{ env -u LD_LIBRARY_PATH "$@" ldd "$prog" | sed 's/^/# /'; return 1; }
}
# fails COMMAND...: COMMAND fails.
fails() { ! "$@"; }
includedir=$(sed -n 's/^includedir=//p' "$pcdir/httpstatus.pc" | sed "s|\${prefix}|$prefix|")
major=${version%%.*}
minor=${version#*.}
minor=${minor%%.*}
generator=
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"

# ---- CMake: find_package(httpstatus) through CMAKE_PREFIX_PATH
if command -v cmake >/dev/null 2>&1; then
	cmakedir=$(find "$root" -path '*/cmake/httpstatus' -type d | head -n 1)
	tap_check "the CMake package is installed in LIBDIR/cmake/httpstatus" sh -c \
		'[ "$1" = "$2$3/cmake/httpstatus" ] && [ -f "$1/httpstatusConfig.cmake" ] && [ -f "$1/httpstatusConfigVersion.cmake" ]' \
		_ "$cmakedir" "$root" "$libdir"
	mkdir -p "$tmp/cmake" "$tmp/cmake-version"
	cp "$tmp/prog.c" "$tmp/cmake/prog.c"
	cat > "$tmp/cmake/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.13)
project(consumer LANGUAGES C)
find_package(httpstatus $version REQUIRED)
add_executable(prog prog.c)
target_compile_definitions(prog PRIVATE HTTPSTATUS_VERSION_STRING_FOR_TEST="\${httpstatus_VERSION}")
target_link_libraries(prog PRIVATE httpstatus::httpstatus)
CMAKE
	# shellcheck disable=SC2086
	tap_check "cmake configures a project that does find_package(httpstatus $version)" sh -c \
		'cmake $1 -S "$2/cmake" -B "$2/cmake/build" -DCMAKE_PREFIX_PATH="$3" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$2/cmake.log" 2>&1 ||
			{ sed "s/^/# /" "$2/cmake.log"; exit 1; }' _ "$generator" "$tmp" "$root$prefix"
	tap_check "cmake --build links it with httpstatus::httpstatus" sh -c \
		'cmake --build "$1/cmake/build" >"$1/cmake-build.log" 2>&1 || { sed "s/^/# /" "$1/cmake-build.log"; exit 1; }' _ "$tmp"
	tap_check "httpstatus::httpstatus puts the installed header's directory on the include path" \
		grep -qF -- "$root$includedir" \
		"$tmp/cmake/build/compile_commands.json"
	tap_check "the CMake-built program runs against the installed library" runs_installed "$tmp/cmake/build/prog"
	# The version file: the same major version, not newer, answers; another major or a newer one does not.
	# find_version REQUEST...: a C project configures with find_package(httpstatus REQUEST...); it has a
	# language so that CMake searches a multiarch LIBDIR (lib/x86_64-linux-gnu/cmake) too.
	find_version() {
		printf 'cmake_minimum_required(VERSION 3.19)\nproject(v LANGUAGES C)\nfind_package(httpstatus %s REQUIRED)\n' "$*" \
			>"$tmp/cmake-version/CMakeLists.txt"
		rm -rf "$tmp/cmake-version/build"
		cmake -S "$tmp/cmake-version" -B "$tmp/cmake-version/build" -DCMAKE_PREFIX_PATH="$root$prefix" >"$tmp/cmake-version.log" 2>&1
	}
	tap_check "find_package(httpstatus $version EXACT) is found" find_version "$version EXACT"
	tap_check "find_package(httpstatus $major) is found" find_version "$major"
	tap_check "find_package(httpstatus $major.$((minor + 1))) is not (a newer minor version)" fails find_version "$major.$((minor + 1))"
	tap_check "find_package(httpstatus $((major + 1)).0) is not (another major version)" fails find_version "$((major + 1)).0"
	tap_check "find_package(httpstatus $major.0...$((major + 1)).0) is found (a range)" find_version "$major.0...$((major + 1)).0"
	tap_check "find_package(httpstatus 0.1...$major.0) is not (a range of another major version)" fails find_version "0.1...$major.0"
else
	tap_integration "the CMake package" "cmake"
fi

# ---- Meson: dependency('httpstatus') through pkg-config
if command -v meson >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1; then
	mkdir -p "$tmp/meson"
	cp "$tmp/prog.c" "$tmp/meson/prog.c"
	cat > "$tmp/meson/meson.build" <<'MESON'
project('consumer', 'c')
httpstatus = dependency('httpstatus', version: get_option('want'))
executable('prog', 'prog.c', dependencies: httpstatus,
  c_args: '-DHTTPSTATUS_VERSION_STRING_FOR_TEST="' + httpstatus.version() + '"')
MESON
	echo "option('want', type: 'string', value: '>=0')" >"$tmp/meson/meson_options.txt"
	# meson_setup DIR WANT: meson setup with dependency('httpstatus', version: WANT).
	meson_setup() {
		PKG_CONFIG_PATH=$pcdir PKG_CONFIG_SYSROOT_DIR=$root meson setup "$tmp/meson/$1" "$tmp/meson" \
			-Dwant="$2" >"$tmp/meson-$1.log" 2>&1 || { sed 's/^/# /' "$tmp/meson-$1.log"; return 1; }
	}
	tap_check "meson setup finds dependency('httpstatus', version: '>=$version')" meson_setup build ">=$version"
	tap_check "dependency('httpstatus') puts the installed header's directory on the include path" \
		grep -qF -- "-I$root$includedir" \
		"$tmp/meson/build/build.ninja"
	tap_check "ninja builds it" sh -c 'ninja -C "$1/meson/build" >"$1/ninja.log" 2>&1 || { sed "s/^/# /" "$1/ninja.log"; exit 1; }' _ "$tmp"
	tap_check "the Meson-built program runs against the installed library" \
		runs_installed "$tmp/meson/build/prog" LD_LIBRARY_PATH="$root$libdir"
	tap_check "dependency('httpstatus', version: '>=$((major + 1))') is not found" fails meson_setup newer ">=$((major + 1))"
else
	tap_integration "the Meson dependency" "meson or ninja (Debian's meson, ninja-build)"
fi
tap_done
