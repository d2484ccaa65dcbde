#!/usr/bin/env bash
# release/pack-bindings.sh SRCDIR OUTDIR: builds the npm package, the gem and the rock of the bindings
# from copies of their folders to which the project's LICENSE and NEWS are added (the folders in the
# repository do not keep copies), writes them to OUTDIR and checks that each carries both files.
# Prints TAP.  Needs npm, gem (Ruby) and luarocks.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 SRCDIR OUTDIR" >&2; exit 2; }
src=$(cd "$1" && pwd) || exit 2
mkdir -p "$2" && out=$(cd "$2" && pwd) || exit 2

. "$(dirname "$0")/tap.sh"
for tool in npm gem luarocks; do
	command -v "$tool" >/dev/null 2>&1 || { echo "Bail out! $tool is missing (.ci/packages, .ci/packages-integration)"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/libhttpstatus-pack.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# stage LANGUAGE: a copy of bindings/LANGUAGE without installed dependencies, plus LICENSE and NEWS.
stage() {
	mkdir -p "$work/$1"
	tar -C "$src/bindings/$1" --exclude=node_modules -cf - . | tar -xf - -C "$work/$1"
	cp "$src/LICENSE" "$src/NEWS" "$work/$1/"
	echo "$work/$1"
}
# has_files LISTING-COMMAND... : the listing names both LICENSE and NEWS.
has_files() {
	local listing
	listing=$("$@") || return 1
	printf '%s\n' "$listing" | grep -Eq '(^|/)LICENSE$' && printf '%s\n' "$listing" | grep -Eq '(^|/)NEWS$' ||
		{ printf '%s\n' "$listing"; return 1; }
}

# npm: package.json's "files" lists LICENSE and NEWS.
dir=$(stage node)
tgz=$(cd "$dir" && npm pack --silent --pack-destination "$out" 2>"$work/npm.log")
if [ -n "$tgz" ] && [ -f "$out/$tgz" ]; then ok "npm pack makes $tgz"; else not_ok "npm pack"; sed 's/^/# /' "$work/npm.log"; fi
check "the npm package has LICENSE and NEWS" has_files tar -tzf "$out/$tgz"

# package WHAT LOG GLOB LISTING BUILD...: runs BUILD in $dir (output to LOG); the package it leaves
# there (GLOB) goes to OUTDIR, and LISTING (sh, $1 the package) must name LICENSE and NEWS in it.
package() {
	local what=$1 log=$work/$2 glob=$3 listing=$4 made
	shift 4
	if (cd "$dir" && "$@" >"$log" 2>&1); then
		made=$(ls "$dir"/$glob)
		cp "$made" "$out/"
		ok "$what makes $(basename "$made")"
		check "$(basename "$made") has LICENSE and NEWS" has_files sh -c "$listing" _ "$made"
	else
		not_ok "$what"
		sed 's/^/# /' "$log"
	fi
}

# gem: the gemspec adds LICENSE and NEWS to its files when they are there.
dir=$(stage ruby)
package "gem build" gem.log "*.gem" 'tar -xOf "$1" data.tar.gz | tar -tzf -' gem build --silent libhttpstatus.gemspec

# rock: LuaRocks installs a doc/ folder as the rock's documentation.
dir=$(stage lua)
mkdir -p "$dir/doc"
mv "$dir/LICENSE" "$dir/NEWS" "$dir/doc/"
cp "$dir/README.md" "$dir/doc/"
rockspec=$(cd "$dir" && ls ./*.rockspec)
package "luarocks make" rock.log "*.rock" 'unzip -Z1 "$1"' luarocks --tree "$work/tree" make --pack-binary-rock "$rockspec"

echo "1..$n"
[ "$failed" -eq 0 ]
