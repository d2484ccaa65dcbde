# SPDX-License-Identifier: MIT
# Usage: awk -f gen/switch-cases.awk include/httpstatus.h > bench/switch-cases.h
# Writes the benchmark's switch baseline (bench/bench.c): one "case HTTPSTATUS_X: return N;" per
# registered code, N counting from 0, read from the header's generated status constants.  Only the
# block before "Names from before" counts: the older names after it repeat codes.
/BEGIN GENERATED STATUS CONSTANTS/ { on = 1; next }
/Names from before|END GENERATED STATUS CONSTANTS/ { on = 0 }
on && $1 ~ /^HTTPSTATUS_/ {
	sub(/,$/, "", $3)
	printf "\tcase %s:\n\t\treturn %d;\n", $3, n++
}
