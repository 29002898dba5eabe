#!/bin/sh
# Builds the .deb and .tgz from the build folder and checks what they hold: the programs (siteadmin,
# siteadminctl, msmail-po), the desktop file and the icon, a Depends line naming the Qt runtime
# packages, the manual pages, the copyright and changelog where Debian wants them, valid AppStream
# metainfo, the bash and zsh completions, the systemd unit (valid, its exposure as systemd-analyze
# rates it at most 2.0, its command line one that runs) with the sysusers file and postinst that make
# its user, lintian with no error and no warning, and that the unpacked siteadminctl builds the demo
# organization and runs a dirsync cycle on it, and the unpacked msmail-po sees its postoffices.
set -eu
build="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)

fail() { echo "check-package: $*" >&2; exit 1; }

dpkg-deb -c "$deb" >"$work/deb.list"
for f in ./usr/bin/siteadmin ./usr/bin/siteadminctl ./usr/bin/msmail-po ./usr/share/applications/siteadmin.desktop \
         ./usr/share/icons/hicolor/scalable/apps/siteadmin.svg ./usr/share/man/man1/siteadminctl.1.gz \
         ./usr/share/man/man1/siteadmin.1.gz ./usr/share/doc/siteadmin/copyright \
         ./usr/share/doc/siteadmin/changelog.gz ./usr/share/metainfo/invalid.example.siteadmin.metainfo.xml \
         ./usr/share/man/man1/msmail-po.1.gz ./usr/share/bash-completion/completions/siteadminctl \
         ./usr/share/bash-completion/completions/msmail-po ./usr/share/zsh/vendor-completions/_siteadminctl \
         ./usr/share/zsh/vendor-completions/_msmail-po ./usr/lib/systemd/system/siteadmin-serve@.service \
         ./usr/lib/sysusers.d/siteadmin.conf; do
    grep -q " $f\$" "$work/deb.list" || fail "$f is not in $(basename "$deb")"
done

# What Debian's own checker says: no error and no warning (issue 21).
command -v lintian >/dev/null || fail "lintian is missing (installer/install-deps.sh installs it)"
lintian --allow-root --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 ||
    fail "lintian: $(grep -E '^[EW]: ' "$work/lintian.log" | tr '\n' ';' || cat "$work/lintian.log")"

depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libqt6charts6 qt6-qpa-plugins libsodium23; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$p" || fail "Depends lacks $p: $depends"
done

dpkg-deb -e "$deb" "$work/control"
grep -q '^ *systemd-sysusers siteadmin.conf$' "$work/control/postinst" || fail "the postinst does not make the siteadmin user"

tar -tzf "$tgz" >"$work/tgz.list"
for f in bin/siteadmin bin/siteadminctl bin/msmail-po share/applications/siteadmin.desktop; do
    grep -q "/$f\$" "$work/tgz.list" || fail "$f is not in $(basename "$tgz")"
done

dpkg-deb -x "$deb" "$work/root"
# Software centres read the AppStream metainfo: valid as Debian's appstreamcli checks it (no network).
command -v appstreamcli >/dev/null || fail "appstreamcli is missing (installer/install-deps.sh installs it)"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/invalid.example.siteadmin.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || fail "appstreamcli: $(cat "$work/appstream.log")"
version=$("$work/root/usr/bin/siteadminctl" --version)
[ -n "$version" ] || fail "the unpacked siteadminctl printed no version"
"$work/root/usr/bin/siteadminctl" --org "$work/org" demo >/dev/null || fail "the unpacked siteadminctl could not build the demo"
[ -f "$work/org/sites/SEATTLE.sqlite" ] || fail "the demo has no SEATTLE site"
"$work/root/usr/bin/msmail-po" --org "$work/org" list | grep -q "NWNET/PO1" || fail "the unpacked msmail-po does not see the demo's NWNET/PO1"
# The demo is configured as Q152167 leaves it: one cycle from the package brings both postoffices' users.
"$work/root/usr/bin/siteadminctl" --org "$work/org" dirsync cycle >/dev/null || fail "the unpacked siteadminctl could not run a dirsync cycle on the demo"
[ "$("$work/root/usr/bin/siteadminctl" --org "$work/org" dirsync status | grep -c ' success$')" = 2 ] ||
    fail "the demo's cycle did not succeed for PO1 and PO2"

# The service (issue 21): systemd's own checks, offline. verify needs the program where ExecStart names
# it, so it reads a copy naming the unpacked one; security rates the unit as installed.
command -v systemd-analyze >/dev/null || fail "systemd-analyze is missing (installer/install-deps.sh installs systemd)"
unit="$work/root/usr/lib/systemd/system/siteadmin-serve@.service"
grep -qx 'ExecStart=/usr/bin/siteadminctl --org %f serve' "$unit" || fail "the unit's ExecStart is not siteadminctl serve"
mkdir "$work/units"
instance="siteadmin-serve@$(systemd-escape --path "$work/org").service"
sed "s|/usr/bin/siteadminctl|$work/root/usr/bin/siteadminctl|" "$unit" >"$work/units/$instance"
systemd-analyze verify --man=no "$work/units/$instance" >"$work/verify.log" 2>&1 ||
    fail "systemd-analyze verify: $(cat "$work/verify.log")"
systemd-analyze security --offline=true --root="$work/root" --threshold=20 "$instance" >"$work/security.log" 2>&1 ||
    fail "the unit is exposed above 2.0: $(tail -1 "$work/security.log")"
# Its command line, with %f as systemd makes it from the instance, serves the demo and stops.
name=${instance#siteadmin-serve@}
folder=$(systemd-escape --unescape --path "${name%.service}")
[ "$folder" = "$work/org" ] || fail "the instance names $folder, not $work/org"
"$work/root/usr/bin/siteadminctl" --org "$folder" serve --max-seconds 2 >"$work/serve.log" 2>&1 ||
    fail "the unit's command line failed: $(cat "$work/serve.log")"
grep -q "Serving " "$work/serve.log" || fail "the unit's command line served nothing: $(cat "$work/serve.log")"
echo "check-package: $(basename "$deb") and $(basename "$tgz") are complete ($version)"
