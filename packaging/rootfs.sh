# Sourced by check-deb.sh and check-arm64.sh: a cached scratch Debian root made with debootstrap.
# Never touches this machine's own system: everything happens under a folder given by the caller.
#
# The cache (ROLLER_ROOTFS_CACHE, default /var/cache/roller-hub-ci) holds one tarball per
# suite, architecture and package list, so a second run on the same machine unpacks it in seconds
# instead of running debootstrap again (minutes; much longer for arm64 under qemu).

ROOTFS_SUITE=${ROOTFS_SUITE:-bookworm}
ROOTFS_PACKAGES=${ROOTFS_PACKAGES:-openjdk-17-jre-headless,systemd,dbus,adduser}
ROOTFS_CACHE=${ROLLER_ROOTFS_CACHE:-/var/cache/roller-hub-ci}

die() { echo "FAIL: $*" >&2; exit 1; }
say() { echo "== $*"; }

# The Debian mirror that this machine's apt uses (first 'deb' URI for the main archive):
# deb822 .sources files first, then one-line sources.list entries. No host name is hard-coded.
debian_mirror() {
  if [ -n "${ROLLER_DEBIAN_MIRROR:-}" ]; then echo "$ROLLER_DEBIAN_MIRROR"; return; fi
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk '
      /^[[:space:]]*$/ { if (deb && uris != "" && suites ~ /(^| )'"$ROOTFS_SUITE"'( |$)/) { print uris; exit } deb=0; uris=""; suites=""; next }
      /^Types:/ { deb = ($0 ~ /(^|[ :])deb( |$)/) }
      /^URIs:/ { uris = $2 }
      /^Suites:/ { sub(/^Suites:[[:space:]]*/, ""); suites = $0 }
      END { if (deb && uris != "" && suites ~ /(^| )'"$ROOTFS_SUITE"'( |$)/) print uris }' "$f" | head -n1)
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    uri=$(awk -v s="$ROOTFS_SUITE" '$1 == "deb" { i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i+1) == s) { print $i; exit } }' "$f")
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  die "no '$ROOTFS_SUITE' mirror in /etc/apt/sources.list(.d); set ROLLER_DEBIAN_MIRROR"
}

# Mounts /proc, /sys, /dev (bind) and /dev/pts inside $1; umount_root undoes it.
mount_root() {
  local r=$1
  mountpoint -q "$r/proc" || mount -t proc proc "$r/proc"
  mountpoint -q "$r/sys" || mount -t sysfs sysfs "$r/sys"
  mountpoint -q "$r/dev" || mount --bind /dev "$r/dev"
  mountpoint -q "$r/dev/pts" || mount --bind /dev/pts "$r/dev/pts"
}
umount_root() {
  local r=$1 m
  for m in dev/pts dev sys proc; do
    if mountpoint -q "$r/$m"; then umount -l "$r/$m"; fi
  done
  true
}

# remove_root WORKDIR ROOT: unmounts ROOT, then deletes WORKDIR, but never through a mount.
remove_root() {
  local work=$1 r=$2
  umount_root "$r"
  if grep -q " $r/" /proc/mounts; then
    echo "not deleting $work: something is still mounted under $r" >&2
  else
    rm -rf --one-file-system "$work"
  fi
}

# make_root ARCH DEST: a fresh root in DEST (emptied first), from the cache when it has one.
make_root() {
  local arch=$1 dest=$2
  umount_root "$dest"
  rm -rf --one-file-system "$dest"; mkdir -p "$dest"
  cache_root "$arch" "$dest.build"
  say "root: unpacking $ROOT_TARBALL"
  tar -C "$dest" -xf "$ROOT_TARBALL"
}

# cache_root ARCH BUILD: sets ROOT_TARBALL to the cached root, first building it in BUILD (a
# scratch folder, deleted after) with debootstrap when the cache has none.
cache_root() {
  local arch=$1 build=$2 key mirror t0
  key=$(printf '%s|%s|%s|minbase' "$ROOTFS_SUITE" "$arch" "$ROOTFS_PACKAGES" | sha256sum | cut -c1-12)
  ROOT_TARBALL="$ROOTFS_CACHE/$ROOTFS_SUITE-$arch-$key.tar"
  [ -f "$ROOT_TARBALL" ] && return
  command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
  mirror=$(debian_mirror)
  t0=$(date +%s)
  say "root: debootstrap $ROOTFS_SUITE $arch from $mirror with $ROOTFS_PACKAGES (first run: minutes)"
  umount_root "$build"; rm -rf --one-file-system "$build"; mkdir -p "$build"
  if [ "$arch" = "$(dpkg --print-architecture)" ]; then
    debootstrap --variant=minbase --arch="$arch" --include="$ROOTFS_PACKAGES" \
      "$ROOTFS_SUITE" "$build" "$mirror" > "$build.log" 2>&1 \
      || { tail -30 "$build.log"; die "debootstrap failed (log: $build.log)"; }
  else
    local qemu="/usr/bin/qemu-$(qemu_name "$arch")-static"
    [ -x "$qemu" ] || die "$qemu missing (apt-get install qemu-user-static binfmt-support)"
    binfmt_ready "$arch" || die "binfmt_misc has no qemu-$(qemu_name "$arch") entry (update-binfmts --enable)"
    debootstrap --foreign --variant=minbase --arch="$arch" --include="$ROOTFS_PACKAGES" \
      "$ROOTFS_SUITE" "$build" "$mirror" > "$build.log" 2>&1 \
      || { tail -30 "$build.log"; die "debootstrap (first stage) failed (log: $build.log)"; }
    install -m 0755 "$qemu" "$build/usr/bin/"
    chroot "$build" /debootstrap/debootstrap --second-stage >> "$build.log" 2>&1 \
      || { tail -30 "$build.log"; die "debootstrap (second stage under qemu) failed (log: $build.log)"; }
  fi
  umount_root "$build"
  rm -rf "$build"/var/cache/apt/archives/*.deb "$build"/var/lib/apt/lists/*_Packages
  mkdir -p "$ROOTFS_CACHE"
  tar -C "$build" -cf "$ROOT_TARBALL.$$.tmp" . && mv "$ROOT_TARBALL.$$.tmp" "$ROOT_TARBALL"
  rm -rf --one-file-system "$build" "$build.log"
  say "root: built and cached in $(( $(date +%s) - t0 )) s: $ROOT_TARBALL"
}

qemu_name() { case $1 in arm64) echo aarch64;; armhf) echo arm;; *) echo "$1";; esac; }

# binfmt_misc must know the qemu interpreter; mount it and enable the entry when we may.
binfmt_ready() {
  local q; q=$(qemu_name "$1")
  [ -e /proc/sys/fs/binfmt_misc/status ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || true
  [ -e "/proc/sys/fs/binfmt_misc/qemu-$q" ] || update-binfmts --enable "qemu-$q" >/dev/null 2>&1 || true
  grep -qx enabled "/proc/sys/fs/binfmt_misc/qemu-$q" 2>/dev/null
}
