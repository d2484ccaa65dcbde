# make quickstart-check in fresh minimal roots of Debian 13 and Debian 12 (cached the way 60-deb.sh
# caches its root): the README's two commands, read from README.md, run in order in a clean clone of the tree
# as a new user would; it fails unless the build installs no service, every test passes and only
# the skips the README names happen, and .gitignore covers what they made.  Each of its TAP lines
# counts, and so does each check of make check in the root.  Most of its time is apt installing the
# packages into the root and make check there, about 10 minutes a release on 2 cores.
# On Debian 13 it then adds the integration list as the README says and runs every test that skipped
# again: the real servers and frameworks of Debian 13 (nginx 1.26, Rack 3.1 with rackup, Ruby 3.3),
# which the host, a Debian 12, cannot give.
for hs_suite in trixie bookworm; do
	hs_integration=0
	[ "$hs_suite" = trixie ] && hs_integration=1
	HS_QUICKSTART_INTEGRATION=$hs_integration HS_DEB_SUITE=$hs_suite tap_target "make quickstart-check ($hs_suite)" "$build" quickstart-check
	read -r hs_passed hs_failed <"$build/quickstart-check-$hs_suite/checks" 2>/dev/null &&
		count "make check of the Quick start ($hs_suite)" "$hs_passed" "$hs_failed"
done
