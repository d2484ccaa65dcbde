# make quickstart-check in fresh minimal roots of Debian 13 and Debian 12 (cached the way 60-deb.sh
# caches its root): the README's two commands, read from README.md, run in order in a clean clone of the tree
# as a new user would; it fails unless the build installs no service, every test passes and only
# the skips the README names happen, and .gitignore covers what they made.  Each of its TAP lines
# counts, and so does each check of make check in the root.  Most of its time is apt installing the
# packages into the root and make check there, about 10 minutes a release on 2 cores.
for hs_suite in trixie bookworm; do
	HS_DEB_SUITE=$hs_suite tap_target "make quickstart-check ($hs_suite)" "$build" quickstart-check
	read -r hs_passed hs_failed <"$build/quickstart-check-$hs_suite/checks" 2>/dev/null &&
		count "make check of the Quick start ($hs_suite)" "$hs_passed" "$hs_failed"
done
