#!/bin/sh
# One version: the header's HTTPSTATUS_VERSION_* (read by configure and by gen/model.py) is the
# version of every package.  The gemspec reads the generated api.rb; the files that cannot derive it
# (package.json, package-lock.json, the rockspec and its file name) are checked here.
. "$top_srcdir/tests/tap.sh"
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
version=$("$PYTHON3" -B "$top_srcdir/gen/model.py" "$top_srcdir" --version) || { echo "Bail out! gen/model.py failed"; exit 1; }

# json_version FILE: the top-level "version" of an npm JSON file.
json_version() {
	"$PYTHON3" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["version"], d.get("packages", {}).get("", {}).get("version", d["version"]))' "$1"
}
is() {
	[ "$1" = "$2" ] || { echo "# found '$1', the header says '$2'"; return 1; }
}
tap_check "bindings/node/package.json is version $version" is "$(json_version "$top_srcdir/bindings/node/package.json" | cut -d' ' -f1)" "$version"
tap_check "bindings/node/package-lock.json is version $version" is "$(json_version "$top_srcdir/bindings/node/package-lock.json")" "$version $version"
rocks=$(cd "$top_srcdir/bindings/lua" && ls httpstatus-*.rockspec)
tap_check "one rockspec, named for version $version" is "$rocks" "httpstatus-$version-1.rockspec"
tap_check "the rockspec says version $version-1" is "$(sed -n 's/^version = "\(.*\)"$/\1/p' "$top_srcdir/bindings/lua/$rocks")" "$version-1"
tap_check "configure's version is $version" is "$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' "$top_builddir/config.h")" "$version"
tap_done
