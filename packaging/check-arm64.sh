#!/usr/bin/env bash
# The roller-hub .deb on arm64 (a Raspberry Pi's architecture), under qemu-user-static:
#  - debootstrap an arm64 Debian bookworm root (foreign, second stage under qemu; cached, see
#    rootfs.sh), dpkg -i the .deb there;
#  - `roller-hub analyze` on a shared sample prints a session summary (the arm64 JVM runs the jar);
#  - jSerialComm's native library loads on arm64: `roller-hub run --serial /dev/null` reaches the
#    library's native open, which refuses /dev/null (not a terminal: error 25, ENOTTY) with an
#    error code, instead of failing with UnsatisfiedLinkError;
#  - [SQLite: when the session store adds sqlite-jdbc, add its native check where marked below.]
# Slow the first time on a machine: debootstrap of the arm64 root under qemu took 24 min on a
# shared 2-core VM; from the cached root the whole check takes about 30 s. CI runs it weekly
# (.ci/scheduled), not on every push.
# Usage: packaging/check-arm64.sh path/to/roller-hub_VERSION_all.deb [sample.rlr]
# Needs root, debootstrap, qemu-user-static and binfmt-support. Ends with "N passed, N failed".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/rootfs.sh"

[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 path/to/roller-hub_VERSION_all.deb [sample.rlr]" >&2; exit 2; }
deb=$(readlink -f "$1")
[ -f "$deb" ] || { echo "no such .deb: $1" >&2; exit 2; }
sample=${2:-$here/../../shared/samples/sample-109.rlr}
[ -f "$sample" ] || { echo "no such sample: $sample (give one as the second argument)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (debootstrap, chroot, mount)" >&2; exit 2; }

# A folder of its own, so that two runs on one machine do not meet; deleted at the end unless
# ROLLER_CHECK_ARM64_DIR names one to keep.
if [ -n "${ROLLER_CHECK_ARM64_DIR:-}" ]; then work=$ROLLER_CHECK_ARM64_DIR; keep=1; else work=$(mktemp -d /var/tmp/roller-hub-check-arm64.XXXXXX); keep=0; fi
root="$work/root"
trap 'if [ "$keep" = 1 ]; then umount_root "$root"; else remove_root "$work" "$root"; fi' EXIT
passed=0; failed=0
ok()   { echo "ok: $*"; passed=$((passed + 1)); }
bad()  { echo "FAILED: $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
as_hub() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/var/lib/roller-hub \
  setpriv --reuid=roller-hub --regid=roller-hub --init-groups "$@"; }
t_start=$(date +%s)

binfmt_ready arm64 || { echo "binfmt_misc cannot run arm64 binaries (qemu-user-static, binfmt-support)" >&2; exit 2; }
make_root arm64 "$root"
t_root=$(date +%s)
mount_root "$root"
check "the root is arm64 ($(chroot "$root" dpkg --print-architecture))" test "$(chroot "$root" dpkg --print-architecture)" = arm64
check "its programs run as aarch64 ($(chroot "$root" uname -m))" test "$(chroot "$root" uname -m)" = aarch64
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/roller-hub.deb"
check "dpkg -i on arm64" chroot "$root" dpkg -i /tmp/roller-hub.deb
install -m 0644 "$sample" "$root/tmp/sample.rlr"

say "roller-hub analyze $(basename "$sample") (arm64 JVM under qemu)"
t0=$(date +%s)
set +e
summary=$(as_hub timeout 600 roller-hub analyze /tmp/sample.rlr 2>"$work/analyze.err")
rc=$?
set -e
echo "$summary" | head -c 600 | sed 's/^/   /'; echo
sed 's/^/   stderr: /' "$work/analyze.err" | head -20
echo "   analyze took $(( $(date +%s) - t0 )) s"
check "analyze exits 0 (got $rc)" test "$rc" -eq 0
check "it prints a session summary (JSON with reps)" bash -c 'head -n1 <<<"$1" | grep -q "^{.*\"reps\"" ' _ "$summary"
if [ -n "${ROLLER_EXPECTED_SUMMARY:-}" ]; then
  check "the same bytes as on this machine's JVM" test "$summary" = "$(cat "$ROLLER_EXPECTED_SUMMARY")"
fi

say "jSerialComm native library on arm64: roller-hub run --serial /dev/null"
t0=$(date +%s)
set +e
as_hub timeout 240 roller-hub run --serial /dev/null --broker tcp://127.0.0.1:9 \
  --data-dir /var/lib/roller-hub >"$work/serial.out" 2>"$work/serial.err" &
pid=$!
for _ in $(seq 1 240); do
  grep -q "cannot open\|UnsatisfiedLinkError\|Exception" "$work/serial.err" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
set -e
grep -v '^\s*at ' "$work/serial.err" | head -8 | sed 's/^/   stderr: /'
echo "   took $(( $(date +%s) - t0 )) s"
check "the native open refused /dev/null with an error code" grep -q "serial:/dev/null@921600: cannot open (error" "$work/serial.err"
check "no UnsatisfiedLinkError" bash -c '! grep -q UnsatisfiedLinkError "$1"' _ "$work/serial.err"
# jSerialComm unpacks the .so for this machine into java.io.tmpdir; ELF e_machine 0xb7 is AArch64.
so="$root/tmp/jSerialComm/$(ls "$root/tmp/jSerialComm" 2>/dev/null | head -n1)/libjSerialComm.so"
check "the library it unpacked is an AArch64 .so" bash -c '[ "$(od -An -tx1 -j18 -N2 "$1" | tr -d " ")" = b700 ]' _ "$so"

# SQLite hook: when the session store brings sqlite-jdbc, check here that its arm64 native library
# loads, e.g. with a roller-hub command that opens the store in /var/lib/roller-hub.

echo "check-arm64 took $(( $(date +%s) - t_start )) s (root ready after $(( t_root - t_start )) s)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
