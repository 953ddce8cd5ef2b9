#!/bin/sh
# Installs the Debian 12 packages needed to build and test ResellerDesk (listed in
# build-deps.txt beside this script). Quick and silent when everything is already there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
packages=$(grep -v '^[[:space:]]*#' "$here/build-deps.txt" | tr -s '[:space:]' ' ')

# One dpkg-query for all of them (one call per package takes seconds on a busy machine).
# It exits non-zero when a package is unknown to dpkg; those simply count as missing.
# shellcheck disable=SC2086
installed=" $(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $packages 2>/dev/null \
    | awk '$2 == "installed" { printf "%s ", $1 }' || true) "
missing=""
for package in $packages; do
    case $installed in
        *" $package "*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "Missing packages:$missing" >&2
    echo "Run this script as root, or install sudo." >&2
    exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
