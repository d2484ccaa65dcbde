# SPDX-License-Identifier: MIT
# Sourced by the release checks: a fresh minimal Debian to install into.  Needs root.
#   cache  where the roots and the downloaded packages are kept (HS_DEB_CACHE, default
#          /var/cache/libhttpstatus/deb-check): one debootstrap --variant=minbase root per release
#          and ISO week, and each release's downloaded packages apart (archives/SUITE), so that
#          checks of two releases can run at once
#   suite  the Debian release (HS_DEB_SUITE, default bookworm)
#   mirror the mirror (HS_DEB_MIRROR, default: the one this machine's apt sources use for the suite)
# minroot_copy ROOT LOG makes the week's root if it is missing (debootstrap's output to LOG) and
# copies it to ROOT; minroot_mount ROOT mounts /proc, /dev/pts and the package cache and lends it this
# machine's resolver and local certificate authorities; minroot_umount ROOT undoes that; in_root COMMAND... runs in $root.
cache=${HS_DEB_CACHE:-/var/cache/libhttpstatus/deb-check}
suite=${HS_DEB_SUITE:-bookworm}
key=$suite-minbase-$(date -u +%G-w%V)

# The mirror this machine's apt uses for $suite: deb822 .sources first, then one-line .list files.
apt_mirror() {
	local f
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		awk -v suite="$suite" '
			BEGIN { RS = ""; FS = "\n" }
			{
				uri = ""; hit = 0; deb = 0
				for (i = 1; i <= NF; i++) {
					if ($i ~ /^URIs:/) { split($i, w, /[ \t]+/); uri = w[2] }
					if ($i ~ /^Suites:/ && (" " $i " ") ~ (" " suite " ")) hit = 1
					if ($i ~ /^Types:/ && (" " $i " ") ~ / deb /) deb = 1
					if ($i ~ /^Enabled: *no/) hit = 0
				}
				if (hit && deb && uri != "") { print uri; exit }
			}' "$f"
	done
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
		sed -e 's/#.*//' -e 's/\[[^]]*\]//' | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2 }'
}
mirror=${HS_DEB_MIRROR:-$(apt_mirror | head -n 1)}
mirror=${mirror:-http://deb.debian.org/debian}

minroot_copy() {
	local dest=$1 log=$2 old
	mkdir -p "$cache/archives/$suite"
	exec 9>"$cache/lock"
	flock 9
	if [ ! -d "$cache/$key" ]; then
		echo "# debootstrap --variant=minbase $suite into $cache/$key"
		rm -rf --one-file-system "$cache/$key.tmp"
		# gcc, libc6-dev and pkg-config: what the checks build C with; the rest comes from apt.
		if debootstrap --variant=minbase --include=gcc,libc6-dev,pkg-config "$suite" "$cache/$key.tmp" "$mirror" \
			>"$log" 2>&1; then
			mv "$cache/$key.tmp" "$cache/$key"
			for old in "$cache/$suite"-minbase-*; do
				[ "$old" = "$cache/$key" ] || rm -rf --one-file-system "$old"
			done
		else
			tail -n 20 "$log" | sed 's/^/# /'
		fi
	fi
	[ -d "$cache/$key" ] && cp -a "$cache/$key" "$dest"
	flock -u 9
}

minroot_mount() {
	mount -t proc proc "$1/proc"
	# The tests that need a terminal (the tool at a terminal, zsh completion) open one under /dev/pts.
	mount --bind /dev/pts "$1/dev/pts"
	mount --bind "$cache/archives/$suite" "$1/var/cache/apt/archives"
	cp /etc/resolv.conf "$1/etc/resolv.conf"
	# A proxy between this machine and the registries may sign with a local authority: ca-certificates
	# adds these to the root's trust when it is installed there.
	if [ -d /usr/local/share/ca-certificates ]; then
		mkdir -p "$1/usr/local/share/ca-certificates"
		cp -a /usr/local/share/ca-certificates/. "$1/usr/local/share/ca-certificates/"
	fi
}

minroot_umount() {
	local m
	for m in var/cache/apt/archives dev/pts proc; do
		mountpoint -q "$1/$m" 2>/dev/null && umount "$1/$m"
	done
}

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }
