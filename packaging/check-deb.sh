#!/usr/bin/env bash
# Checks the roller-hub .deb as a Debian system would see it:
#  1. lintian: no errors (warnings are printed, not fatal);
#  2. dpkg -i into a scratch Debian bookworm root made with debootstrap (a chroot under
#     /var/tmp, never this machine's own system; the root is cached, see rootfs.sh): files, the
#     roller-hub user and its groups, conffiles, the unit enabled in multi-user.target.wants,
#     the D-Bus policy read by dbus-daemon, `systemd-analyze verify` on the unit (no warning),
#     `roller-hub --version`;
#  3. a bad hub.yaml: the unit's own ExecStart, run as the unit's user with the unit's Environment,
#     exits 2 and names the key on stderr; the unit has RestartPreventExitStatus=2;
#  3b. the root booted with systemd-nspawn, systemd as its PID 1: the enabled service runs, as
#     roller-hub, in its sandbox (read-only /, writable data folder, NoNewPrivs, no capabilities,
#     seccomp); with a bad hub.yaml it fails with exit status 2, is not restarted, and the journal
#     names the key.
#  4. dpkg -r keeps the data folder and configuration; dpkg -P deletes both, keeps the user.
# Builds nothing: give it the .deb (mvn package makes packaging/target/roller-hub_*_all.deb).
# Needs root (chroot, mount), debootstrap, lintian and systemd-nspawn (systemd-container);
# systemd-analyze runs inside the root. Ends with "N passed, N failed"; exit 0 only when nothing
# failed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/rootfs.sh"

[ $# -eq 1 ] || { echo "usage: $0 path/to/roller-hub_VERSION_all.deb" >&2; exit 2; }
deb=$(readlink -f "$1")
[ -f "$deb" ] || { echo "no such .deb: $1" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v lintian >/dev/null || { echo "lintian is not installed (apt-get install lintian)" >&2; exit 2; }
command -v systemd-nspawn >/dev/null || { echo "systemd-nspawn is not installed (apt-get install systemd-container)" >&2; exit 2; }

# A folder of its own, so that two runs on one machine do not meet; deleted at the end unless
# ROLLER_CHECK_DIR names one to keep.
if [ -n "${ROLLER_CHECK_DIR:-}" ]; then work=$ROLLER_CHECK_DIR; keep=1; else work=$(mktemp -d /var/tmp/roller-hub-check-deb.XXXXXX); keep=0; fi
root="$work/root"
trap 'if [ "$keep" = 1 ]; then umount_root "$root"; else remove_root "$work" "$root"; fi' EXIT
passed=0; failed=0
ok()   { echo "ok: $*"; passed=$((passed + 1)); }
bad()  { echo "FAILED: $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
t_start=$(date +%s)

# --- 1. lintian ------------------------------------------------------------------------------
say "lintian $(basename "$deb")"
lint_out=$(lintian --fail-on none --tag-display-limit 0 --display-info "$deb" 2>&1 || true)
echo "$lint_out" | sed 's/^/   /'
echo "   ($(echo "$lint_out" | grep -c '^E: ' || true) errors, $(echo "$lint_out" | grep -c '^W: ' || true) warnings)"
check "lintian reports no errors" bash -c '! grep -q "^E: " <<<"$1"' _ "$lint_out"

pkg=$(dpkg-deb -f "$deb" Package); ver=$(dpkg-deb -f "$deb" Version)
check "package name roller-hub, Architecture all" test "$pkg/$(dpkg-deb -f "$deb" Architecture)" = "roller-hub/all"
check "Depends names openjdk-17-jre-headless" bash -c 'dpkg-deb -f "$1" Depends | grep -q openjdk-17-jre-headless' _ "$deb"

# --- 2. install into a scratch root -------------------------------------------------------------
make_root amd64 "$root"
mount_root "$root"
# No daemon may start inside the chroot (the maintainer scripts also look for /run/systemd/system,
# which is absent here); enabling still creates the symlinks.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/roller-hub.deb"
say "dpkg -i $(basename "$deb") in $root"
if in_root dpkg -i /tmp/roller-hub.deb; then ok "dpkg -i succeeds"; else bad "dpkg -i succeeds"; fi

check "/usr/share/roller-hub/roller-hub.jar" test -f "$root/usr/share/roller-hub/roller-hub.jar"
check "/usr/bin/roller-hub is executable" test -x "$root/usr/bin/roller-hub"
check "/etc/roller-hub/hub.yaml and logback.xml" test -f "$root/etc/roller-hub/hub.yaml" -a -f "$root/etc/roller-hub/logback.xml"
check "/etc/roller-hub/roller-hub.env is root's, mode 600" test "$(stat -c '%U %a' "$root/etc/roller-hub/roller-hub.env")" = "root 600"
check "unit in /lib/systemd/system" test -f "$root/lib/systemd/system/roller-hub.service"
check "D-Bus policy lets roller-hub talk to org.bluez" \
  grep -q 'send_destination="org.bluez"' "$root/usr/share/dbus-1/system.d/roller-hub.conf"
# The system bus itself reads the policy: a bad element or an unknown user is reported naming
# the file or the user. Started for 5 s inside the root, on the root's own /run/dbus.
mkdir -p "$root/run/dbus"
dbus_err=$(in_root timeout 5 dbus-daemon --system --nofork --nopidfile --print-address 2>&1 >/dev/null || true)
check "the system bus (dbus-daemon) loads the policy without a complaint" bash -c '! grep -q roller-hub <<<"$1"' _ "$dbus_err"
rm -f "$root/run/dbus/system_bus_socket"   # else dbus's trigger on remove tries to reach it

pw=$(in_root getent passwd roller-hub || true)
IFS=: read -r _ _ uid _ _ home shell <<<"$pw"
check "user roller-hub exists, system uid ($uid)" test -n "$pw" -a "${uid:-9999}" -lt 1000
check "its home is /var/lib/roller-hub, no login shell ($shell)" test "$home" = /var/lib/roller-hub -a "$shell" = /usr/sbin/nologin
groups=" $(in_root id -nG roller-hub) "
check "it is in dialout and bluetooth ($groups)" bash -c '[[ "$1" == *" dialout "* && "$1" == *" bluetooth "* ]]' _ "$groups"
IFS=: read -r _ _ gid _ < <(in_root getent group roller-hub || true)
check "/var/lib/roller-hub is roller-hub's, mode 750" test "$(stat -c '%u:%g %a' "$root/var/lib/roller-hub")" = "$uid:$gid 750"

conffiles=$(in_root dpkg-query -W -f='${Conffiles}' roller-hub)
check "conffiles: hub.yaml, logback.xml, roller-hub.env" bash -c \
  'for f in hub.yaml logback.xml roller-hub.env; do grep -q "/etc/roller-hub/$f " <<<"$1" || exit 1; done' _ "$conffiles"
check "enabled: multi-user.target.wants/roller-hub.service links to the unit" test \
  "$(readlink "$root/etc/systemd/system/multi-user.target.wants/roller-hub.service")" = /lib/systemd/system/roller-hub.service

say "systemd-analyze verify"
# Unknown keys and bad values are only warnings to systemd ("ignoring"): any output fails too.
verify_rc=0; verify_out=$(in_root systemd-analyze verify /lib/systemd/system/roller-hub.service 2>&1) || verify_rc=$?
[ -z "$verify_out" ] || echo "$verify_out" | sed 's/^/   /'
check "systemd-analyze verify accepts the unit, without a warning (exit $verify_rc)" test "$verify_rc" -eq 0 -a -z "$verify_out"
say "systemd-analyze security (exposure; lower is better)"
in_root systemd-analyze security --offline=true /lib/systemd/system/roller-hub.service 2>&1 | tail -n 1 | sed 's/^/   /' || true

version_out=$(in_root setpriv --reuid=roller-hub --regid=roller-hub --init-groups /usr/bin/roller-hub --version 2>&1 || true)
echo "   roller-hub --version: $version_out"
check "roller-hub --version runs as roller-hub and names ${ver%%~*}" bash -c '[[ "$1" == *"$2"* ]]' _ "$version_out" "${ver%%~*}"

# --- 3. a bad configuration, run the way the unit runs it ----------------------------------------
unit="$root/lib/systemd/system/roller-hub.service"
check "unit: RestartPreventExitStatus=2 (no restart loop on a bad configuration)" grep -qx 'RestartPreventExitStatus=2' "$unit"
check "unit: Restart=on-failure" grep -qx 'Restart=on-failure' "$unit"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$unit")
unit_user=$(sed -n 's/^User=//p' "$unit"); unit_dir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
cp "$root/etc/roller-hub/hub.yaml" "$work/hub.yaml.orig"
sed -i 's/^  statureCm: .*/  statureCm: 20/' "$root/etc/roller-hub/hub.yaml"
grep -q '^  statureCm: 20$' "$root/etc/roller-hub/hub.yaml" || bad "could not write a bad statureCm into hub.yaml"
say "bad hub.yaml (user.statureCm: 20): $exec_start"
set +e
# shellcheck disable=SC2086  # the ExecStart line is a command and its words
bad_err=$(chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${unit_env[@]}" \
  setpriv --reuid="$unit_user" --regid="$unit_user" --init-groups \
  sh -c 'cd "$1" && shift && exec "$@"' _ "$unit_dir" $exec_start 2>&1 >/dev/null </dev/null)
bad_rc=$?
set -e
echo "$bad_err" | sed 's/^/   stderr: /'
check "the service's command exits 2 on a bad configuration (got $bad_rc)" test "$bad_rc" -eq 2
check "its message names the key user.statureCm" bash -c '[[ "$1" == *statureCm* ]]' _ "$bad_err"
cp "$work/hub.yaml.orig" "$root/etc/roller-hub/hub.yaml"

# --- 3b. the service under systemd itself: the root booted with systemd-nspawn -------------------
# systemd runs as PID 1 in a container of the root (no network of its own: --private-network).
# A probe unit waits for the hub, records what the running service looks like, then writes a bad
# hub.yaml, restarts the service, waits past two RestartSec, records again, and powers off.
say "boot the root with systemd-nspawn: the service as systemd runs it"
cat > "$root/usr/local/sbin/roller-hub-probe" <<'PROBE'
#!/bin/sh
out=/var/tmp/probe; mkdir -p "$out"
for _ in $(seq 1 90); do journalctl -b -u roller-hub -o cat | grep -q "publishing to" && break; sleep 1; done
systemctl show roller-hub -p ActiveState -p SubState -p NRestarts > "$out/good.show"
pid=$(systemctl show -p MainPID --value roller-hub)
cat "/proc/$pid/status" > "$out/good.status" 2>&1; cat "/proc/$pid/mountinfo" > "$out/good.mountinfo" 2>&1
ls /var/lib/roller-hub > "$out/good.ls"
journalctl -b -u roller-hub --no-pager -o cat > "$out/good.journal"
sed -i 's/^  statureCm: .*/  statureCm: 20/' /etc/roller-hub/hub.yaml
systemctl restart roller-hub
for _ in $(seq 1 60); do [ "$(systemctl show -p ActiveState --value roller-hub)" = failed ] && break; sleep 1; done
sleep 12   # past two RestartSec=5: a restart would show in NRestarts
systemctl show roller-hub -p ActiveState -p Result -p ExecMainStatus -p NRestarts > "$out/bad.show"
journalctl -b -u roller-hub --no-pager -o cat > "$out/bad.journal"
systemctl poweroff
PROBE
chmod 755 "$root/usr/local/sbin/roller-hub-probe"
cat > "$root/etc/systemd/system/roller-hub-probe.service" <<'UNIT'
[Unit]
Description=check-deb.sh probe of roller-hub.service
After=roller-hub.service
[Service]
Type=oneshot
ExecStart=/usr/local/sbin/roller-hub-probe
UNIT
ln -sf /etc/systemd/system/roller-hub-probe.service "$root/etc/systemd/system/multi-user.target.wants/roller-hub-probe.service"
rm -rf "$root/var/tmp/probe"
umount_root "$root"
t0=$(date +%s)
boot_rc=0
timeout 300 systemd-nspawn --quiet --register=no --keep-unit --private-network -D "$root" -b \
  > "$work/boot.log" 2>&1 < /dev/null || boot_rc=$?
echo "   booted, probed and powered off in $(( $(date +%s) - t0 )) s (exit $boot_rc)"
mount_root "$root"
p="$root/var/tmp/probe"
[ -f "$p/bad.show" ] || { tail -30 "$work/boot.log" | sed 's/^/   boot: /'; }
sed 's/^/   running: /' "$p/good.show" 2>/dev/null || true
grep -v '^\s*at ' "$p/good.journal" 2>/dev/null | head -5 | sed 's/^/   journal: /'
check "systemd started the enabled unit: active, running" bash -c 'grep -qx ActiveState=active "$1" && grep -qx SubState=running "$1"' _ "$p/good.show"
check "the hub runs as roller-hub with dialout in its groups" bash -c \
  'grep -q "^Uid:\s*$2\s" "$1" && grep -q "^Groups:.*\b$3\b" "$1"' _ "$p/good.status" "$uid" "$(in_root getent group dialout | cut -d: -f3)"
check "sandbox: NoNewPrivs, no capabilities, a seccomp filter" bash -c \
  'grep -q "^NoNewPrivs:\s*1" "$1" && grep -q "^CapEff:\s*0*$" "$1" && grep -q "^Seccomp:\s*2" "$1"' _ "$p/good.status"
check "sandbox: / read-only, /var/lib/roller-hub writable, /tmp its own" bash -c \
  'awk "\$5 == \"/\" {print \$6}" "$1" | grep -q "^ro" && awk "\$5 == \"/var/lib/roller-hub\" {print \$6}" "$1" | grep -q "^rw" && awk "\$5 == \"/tmp\"" "$1" | grep -q .' _ "$p/good.mountinfo"
check "the hub wrote its lock in the data folder" grep -qx hub.lock "$p/good.ls"
sed 's/^/   bad hub.yaml: /' "$p/bad.show" 2>/dev/null || true
grep -i "statureCm" "$p/bad.journal" 2>/dev/null | head -2 | sed 's/^/   journal: /'
check "bad hub.yaml under systemd: the service failed with exit status 2" bash -c \
  'grep -qx ActiveState=failed "$1" && grep -qx ExecMainStatus=2 "$1"' _ "$p/bad.show"
check "and systemd did not restart it (RestartPreventExitStatus=2)" grep -qx NRestarts=0 "$p/bad.show"
check "the journal names the key user.statureCm" grep -q "bad value for user.statureCm" "$p/bad.journal"
rm -f "$root/etc/systemd/system/multi-user.target.wants/roller-hub-probe.service" \
  "$root/etc/systemd/system/roller-hub-probe.service" "$root/usr/local/sbin/roller-hub-probe"
cp "$work/hub.yaml.orig" "$root/etc/roller-hub/hub.yaml"

# --- 4. remove and purge ---------------------------------------------------------------------
mkdir -p "$root/var/lib/roller-hub/captures"; echo data > "$root/var/lib/roller-hub/captures/kept.rlr"
say "dpkg -r roller-hub"
check "dpkg -r succeeds" in_root dpkg -r roller-hub
check "after remove: jar, command and unit are gone" test ! -e "$root/usr/share/roller-hub/roller-hub.jar" -a ! -e "$root/usr/bin/roller-hub" -a ! -e "$unit"
check "after remove: the data folder is kept" test -f "$root/var/lib/roller-hub/captures/kept.rlr"
check "after remove: the configuration is kept" test -f "$root/etc/roller-hub/hub.yaml"
check "after remove: dpkg says config-files" test "$(in_root dpkg-query -W -f='${db:Status-Abbrev}' roller-hub | tr -d ' ')" = rc
say "dpkg -P roller-hub"
check "dpkg -P succeeds" in_root dpkg -P roller-hub
check "after purge: the data folder is gone" test ! -e "$root/var/lib/roller-hub"
check "after purge: /etc/roller-hub is gone" test ! -e "$root/etc/roller-hub"
check "after purge: no unit symlink or mask is left" test ! -L "$root/etc/systemd/system/multi-user.target.wants/roller-hub.service" -a ! -L "$root/etc/systemd/system/roller-hub.service"
check "after purge: the system user stays (Debian policy: no reuse of its uid)" in_root getent passwd roller-hub

echo "check-deb took $(( $(date +%s) - t_start )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
