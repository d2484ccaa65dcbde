# make node18-check: the npm package and the Node binding's suite on Debian 12's own nodejs (18),
# in a copy of the minimal root that 60-deb.sh caches (this machine's node is another major version).
# Each of its TAP lines counts.
tap_target "make node18-check" "$build" node18-check
