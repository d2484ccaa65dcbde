#!/bin/sh
# .ci/packages.sh [LIST...]: the Debian packages of the named lists, for the Debian release this
# machine runs, one a line.  LIST is a file in .ci/ (packages, integration, extra, release: the files
# .ci/packages, .ci/packages-integration, ...); with none, the base list .ci/packages.
#
# A list names one package a line ("#" starts a comment).  Where Debian releases name a package
# differently, the line gives the names in order of preference with "|" between them, as a Depends
# field does (Debian 12's "luajit2 | luajit": Debian 13 has only luajit): the first name that has an
# installation candidate here is printed, and with none the first one, so that apt-get install names
# what is missing.  A line ending in "?" is a package only some releases have and need ("ruby-rackup?",
# Rack 3's handlers, which Debian 13 ships apart): printed when it has a candidate.  Both read
# apt-cache, so they follow apt-get update.
here=$(dirname "$0")
[ $# -gt 0 ] || set -- packages
for list in "$@"; do
	case $list in
	packages) file=$here/packages ;;
	*) file=$here/packages-$list ;;
	esac
	[ -f "$file" ] || { echo "$0: no list $file" >&2; exit 2; }
	sed 's/#.*//' "$file"
done | while read -r line; do
	[ -n "$line" ] || continue
	case $line in
	*'|'* | *'?') ;;
	*) echo "$line"; continue ;;
	esac
	optional=no
	case $line in *'?') optional=yes; line=${line%?} ;; esac
	chosen=
	for name in $(echo "$line" | tr '|' ' '); do
		if apt-cache policy "$name" 2>/dev/null | grep -q '^ *Candidate: [^(]'; then
			chosen=$name
			break
		fi
	done
	if [ -n "$chosen" ]; then
		echo "$chosen"
	elif [ "$optional" = no ]; then
		echo "$0: none of \"$line\" can be installed here" >&2
		echo "${line%%|*}" | tr -d ' '
	fi
done
