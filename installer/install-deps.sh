#!/bin/sh
# Installs the Debian 12 packages Site Administrator needs to build, test and run (clang and
# libclang-rt-14-dev for the fuzzers, clang-format for the format check, groff to check the manual
# pages, libcurl for the Internet Mail Service's SMTP hand-over, libsodium for the postoffices'
# administrator passwords (kept as Argon2id hashes), libsqlite3-dev for the benchmark's
# lower bound written against the sqlite3 C API, systemd for systemd-analyze's checks of the service
# unit, zsh for the zsh completion's test; qt6-tools-dev and qt6-l10n-tools for lrelease and lupdate,
# which build the window's translations and check them, qt6-translations-l10n for Qt's own German). Postfix is installed for the Internet
# Mail Service's tests, which start a private instance of their own (tests/postfix): with debconf's
# "No configuration", so the system's own mail setup is neither made nor started. For users, Postfix is
# optional: only a site joined to another machine needs it (README, "Sites on several machines").
# Idempotent: asks dpkg first and calls apt-get only for what is missing, so a second run is fast.
set -eu

PACKAGES="build-essential cmake ninja-build dpkg-dev file git
qt6-base-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev libqt6charts6 qt6-charts-dev libqt6opengl6-dev
qt6-qpa-plugins fonts-dejavu-core xvfb xauth qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
clang clang-format libclang-rt-14-dev groff-base libsqlite3-dev
libcurl4-openssl-dev libsodium-dev pkgconf postfix help2man lintian appstream systemd zsh"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing:$missing"
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
$SUDO apt-get update -qq
case " $missing " in
*" postfix "*)
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
    ;;
esac
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
