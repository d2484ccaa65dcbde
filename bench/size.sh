#!/bin/sh
# The library's size: the file, stripped, its main sections, and the registry tables in .rodata.
so=${LIBHTTPSTATUS_PATH:?}
readelf=${READELF:-readelf}
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT

echo "size of $(basename "$so") ($(basename "$(readlink -f "$so")")):"
echo "  file:      $(wc -c < "$so") bytes"
if ${STRIP:-strip} -o "$tmp" "$so" 2>/dev/null; then
	echo "  stripped:  $(wc -c < "$tmp") bytes"
fi
if command -v size >/dev/null 2>&1; then
	size "$so" | awk 'NR == 2 { printf "  size(1):   text %s, data %s, bss %s (decimal bytes)\n", $1, $2, $3 }'
fi
# Section sizes, decimal: "[Nr] Name Type Address Off Size ..." (the [ N] of one-digit numbers splits in two).
line="  sections: "
for want in .text .rodata .data.rel.ro .data .bss .got .dynsym .dynstr .eh_frame; do
	size=$("$readelf" -SW "$so" | sed 's/^ *\[ *[0-9]*\] *//' | awk -v s="$want" '$1 == s { print $5 }')
	[ -n "$size" ] && line="$line $want $((0x$size))"
done
echo "$line"
# The generated tables: the library's own httpstatus__* read-only data symbols (from the unstripped .symtab).
total=0
list=
for entry in $(${NM:-nm} -S "$so" 2>/dev/null | awk '$3 ~ /^[rR]$/ && $4 ~ /^httpstatus__/ { print $4 ":" $2 }'); do
	bytes=$((0x${entry#*:}))
	total=$((total + bytes))
	list="$list ${entry%%:*} $bytes,"
done
list=${list# }
echo "  registry tables in .rodata: $total bytes (${list%,})"
echo "  dynamic relocations: $("$readelf" -rW "$so" | grep -c '^[0-9a-f]\{8,\} ')" \
	"($("$readelf" -rW "$so" | grep -c '_RELATIVE') relative)"
