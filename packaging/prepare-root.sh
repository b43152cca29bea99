#!/usr/bin/env bash
# Builds the cached debootstrap root that check-deb.sh (amd64, the default) or check-arm64.sh
# (arm64) unpacks, if the cache has none yet; returns at once when it has. .ci/run starts it in the
# background before the Maven build, so that on a new machine the 10 minutes of debootstrap overlap
# the tests instead of following them. Usage: packaging/prepare-root.sh [ARCH]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/rootfs.sh"
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (debootstrap)" >&2; exit 2; }
arch=${1:-$(dpkg --print-architecture)}
build=$(mktemp -d /var/tmp/roller-hub-root.XXXXXX)
trap 'remove_root "$build" "$build"' EXIT
cache_root "$arch" "$build/root"
echo "root for $arch: $ROOT_TARBALL"
