# SPDX-License-Identifier: MIT
# Sourced by tests/recipe.sh and tests/recipe-check.sh: HACKING.md's recipe, its four hand edits, for
# one made-up accessor, httpstatus_status_is_final(), at a new node.  Each function edits the source
# tree DIR; NODE is the new node, which recipe_node DIR prints before the edits ("HTTPSTATUS_X.Y",
# the node after the version script's newest).
recipe_fn=httpstatus_status_is_final

recipe_node() {
	newest=$(sed -n 's/^HTTPSTATUS_\([0-9]*\)\.\([0-9]*\) {$/\1 \2/p' "$1/lib/libhttpstatus.sym" | tail -n 1)
	echo "HTTPSTATUS_${newest% *}.$((${newest#* } + 1))"
}

# 1. (DIR NODE) the declaration in include/httpstatus.h, below its one-line comment, after its group's last one
recipe_declaration() {
	awk -v fn="$recipe_fn" -v node="$2" '{ print }
		/^HTTPSTATUS_API int httpstatus_status_is_server_error\(/ {
			print "/* 1 for a final status (2xx to 5xx: it ends the exchange), else 0.  Since " node ". */"
			print "HTTPSTATUS_API int " fn "(const httpstatus_status *status);" }' \
		"$1/include/httpstatus.h" >"$1/include/httpstatus.h.new" && mv "$1/include/httpstatus.h.new" "$1/include/httpstatus.h" &&
		grep -q "^HTTPSTATUS_API int $recipe_fn(" "$1/include/httpstatus.h"
}

# 2. (DIR) the definition in lib/status.c
recipe_definition() {
	printf '\nHTTPSTATUS_API int %s(const httpstatus_status *status)\n{\n\treturn status != NULL && status->code >= 200;\n}\n' \
		"$recipe_fn" >>"$1/lib/status.c"
}

# 3. (DIR NODE) a new node in lib/libhttpstatus.sym
recipe_version_script() {
	node=$2
	newest=$(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$1/lib/libhttpstatus.sym" | tail -n 1)
	printf '\n%s {\nglobal:\n\t%s;\n} %s;\n' "$node" "$recipe_fn" "$newest" >>"$1/lib/libhttpstatus.sym"
}

# 4. (DIR NODE) its man page
recipe_man_page() {
	node=$2
	upper=$(echo "$recipe_fn" | tr '[:lower:]' '[:upper:]')
	cat >"$1/doc/man3/$recipe_fn.3" <<PAGE
.\\" SPDX-License-Identifier: MIT
.Dd December 7, 2026
.Dt $upper 3
.Os
.Sh NAME
.Nm $recipe_fn
.Nd whether a status is final
.Sh SYNOPSIS
.In httpstatus.h
.Ft int
.Fn $recipe_fn "const httpstatus_status *status"
.Sh DESCRIPTION
A final status (2xx to 5xx) ends the exchange; an informational one (1xx) does not.
.Sh RETURN VALUES
1 for a final status, 0 for an informational one or for
.Dv NULL .
.Sh EXAMPLES
.Bd -literal -offset indent
if (!httpstatus_status_is_final(httpstatus_status_from_code(204)))
	return 1;
.Ed
.Sh ERRORS
None.
.Sh HISTORY
Added in libhttpstatus ${node#HTTPSTATUS_}, symbol version $node.
PAGE
}
