#!/bin/bash
# Builds the Debian package of a build tree with CPack, installs it with apt (so its dependencies
# resolve), runs the installed executables, validates the installed desktop files and removes
# the package again. Needs root; registered with CTest when RESELLERDESK_PACKAGING_TESTS is ON.
#
# Usage: test-deb-package.sh --build-dir DIR --version X.Y.Z --app-id ID
#                            [--cpack CPACK] [--package NAME] [--executables a,b,c]
set -euo pipefail

build_dir=""
cpack=cpack
package=resellerdesk
version=""
app_id=""
executables="resellerdesk,resellerdesk-sandbox"
# Every executable the project will ship; the ones this build does not have yet are skipped.
known_executables=(resellerdesk resellerdesk-sandbox resellerdesk-cli)

while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) build_dir=$2; shift 2 ;;
        --cpack) cpack=$2; shift 2 ;;
        --package) package=$2; shift 2 ;;
        --version) version=$2; shift 2 ;;
        --app-id) app_id=$2; shift 2 ;;
        --executables) executables=$2; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

passed=0
step() {
    echo
    echo "==> $*"
}
ok() {
    echo "    ok: $*"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL: $*" >&2
    echo "packaging test: $passed passed, 1 failed" >&2
    exit 1
}
trap 'status=$?; if [ $status -ne 0 ]; then echo "FAIL: command failed (exit $status) at line $LINENO: $BASH_COMMAND" >&2; fi' ERR

[ -n "$build_dir" ] && [ -n "$version" ] && [ -n "$app_id" ] || fail "--build-dir, --version and --app-id are required"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir/CPackConfig.cmake not found: not a configured build tree"
[ "$(id -u)" -eq 0 ] || fail "must run as root: it installs and removes the package system-wide"
for tool in apt-get dpkg dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli timeout; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (see packaging/debian/build-deps.txt)"
done
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is already installed on this machine; remove it first (apt-get remove -y $package)"
fi

IFS=, read -r -a packaged <<<"$executables"
is_packaged() {
    local name
    for name in "${packaged[@]}"; do
        [ "$name" = "$1" ] && return 0
    done
    return 1
}

work=$(mktemp -d)
installed_by_us=0
app_pid=""
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    if [ $installed_by_us -eq 1 ]; then
        echo "cleanup: removing $package after a failure" >&2
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$package" >&2 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive

step "Building the Debian package with CPack"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work"/packages/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb, found ${#debs[@]}"
deb=${debs[0]}
ok "built $(basename "$deb")"

step "Checking the package's control data"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package is '$(field Package)', expected '$package'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected '$version'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Description)" ] || fail "no Description"
if [ ${#packaged[@]} -gt 0 ] && [ -n "${packaged[0]}" ]; then
    field Depends | grep -q "libqt6core6" || fail "Depends lacks the Qt libraries (dpkg-shlibdeps did not run?): $(field Depends)"
fi
ok "control fields: $(field Package) $(field Version), section $(field Section)"

step "Installing the package with apt-get"
installed_by_us=1
apt-get install -y -q "$deb" || fail "apt-get install $deb failed"
dpkg-query -W -f='${Status}' "$package" | grep -q "install ok installed" || fail "$package is not installed after apt-get install"
ok "installed"

# The executables run with a home of their own, so they neither read nor leave settings.
home=$work/home
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
run_env=(env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen)

step "Running the installed executables"
for exe in "${known_executables[@]}"; do
    if ! is_packaged "$exe"; then
        echo "    SKIPPED: $exe --version: this build has no $exe target yet, so the package does not contain it"
        continue
    fi
    path=/usr/bin/$exe
    [ -x "$path" ] || fail "$path is not installed"
    output=$("${run_env[@]}" timeout 30 "$path" --version 2>&1) \
        || fail "$path --version exited with an error: $output"
    echo "    $path --version: $output"
    grep -qF "$version" <<<"$output" || fail "$path --version does not print the version $version"
    ok "$exe --version"
done

if is_packaged resellerdesk; then
    step "Starting the installed application offscreen"
    "${run_env[@]}" /usr/bin/resellerdesk >"$work/app.log" 2>&1 &
    app_pid=$!
    sleep 5
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && status=0 || status=$?
        app_pid=""
        cat "$work/app.log" >&2
        fail "/usr/bin/resellerdesk exited (status $status) within 5 seconds of starting"
    fi
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    ok "resellerdesk kept running for 5 seconds"

    step "Validating the installed desktop integration"
    desktop=/usr/share/applications/$app_id.desktop
    metainfo=/usr/share/metainfo/$app_id.metainfo.xml
    [ -f "$desktop" ] || fail "$desktop is not installed"
    [ -f "$metainfo" ] || fail "$metainfo is not installed"
    output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $output"
    [ -z "$output" ] || fail "desktop-file-validate reported: $output"
    ok "desktop-file-validate $desktop"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
    ok "appstreamcli validate $metainfo"
    for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
        [ -f "/usr/share/icons/hicolor/$size/apps/$app_id.png" ] || fail "hicolor $size icon is not installed"
    done
    [ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "scalable icon is not installed"
    ok "hicolor icons"
else
    echo "    SKIPPED: starting the application and its desktop files: this build has no resellerdesk target yet"
fi

step "Removing the package"
mapfile -t files < <(dpkg-query -L "$package" | while read -r f; do [ -f "$f" ] && echo "$f"; done)
apt-get remove -y -q "$package" || fail "apt-get remove $package failed"
installed_by_us=0
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is still installed"
fi
[ ! -e /usr/bin/resellerdesk ] || fail "/usr/bin/resellerdesk is still there after removal"
for f in "${files[@]}"; do
    [ ! -e "$f" ] || fail "$f is still there after removal"
done
ok "removed cleanly (${#files[@]} files gone)"

echo
echo "packaging test: $passed passed, 0 failed"
