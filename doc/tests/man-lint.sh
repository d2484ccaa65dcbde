#!/bin/sh
# The manual passes `mandoc -T lint` at warning level (style remarks such as "referenced manual not
# found" are not failures), and every .so link page renders to its group's page.
. "$top_srcdir/tests/tap.sh"

mandoc=${MANDOC:-$(command -v mandoc)}
[ -n "$mandoc" ] || tap_skip_all "no mandoc"
cd "$top_srcdir/doc" || exit 1

for page in man1/*.1 man3/*.3; do
	if head -n 1 "$page" | grep -q '^\.so '; then
		target=$(sed -n '1s/^\.so //p' "$page")
		name=$(basename "$page" .3)
		tap_check "$page links to $target, which renders with $name in it" sh -c \
			'[ -f "$2" ] && "$1" -T man "$3" 2>/dev/null | grep -q "$4"' _ "$mandoc" "$target" "$page" "$name"
	else
		tap_check "mandoc -T lint $page" sh -c '"$1" -T lint -W warning "$2" >"$3" 2>&1 && [ ! -s "$3" ] ||
			{ sed "s/^/# /" "$3"; exit 1; }' _ "$mandoc" "$page" "${TMPDIR:-/tmp}/man-lint.$$"
	fi
done
rm -f "${TMPDIR:-/tmp}/man-lint.$$"
tap_done
