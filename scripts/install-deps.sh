#!/usr/bin/env bash
# Installs every Debian package that the build, the tests and the app need.
# Idempotent: packages already present are skipped, so a second run costs a dpkg query.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ccache
    # clang and its libFuzzer build the fuzz targets (tests/fuzz), which test.sh runs over their seeds
    clang libclang-rt-14-dev
    # Qt 6.4 (Charts needs the OpenGL dev package on Debian 12)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libxkbcommon-dev
    # C libraries
    libsodium-dev libssl-dev libsqlite3-dev liboath-dev libqrencode-dev libcpp-httplib-dev qtkeychain-qt6-dev libzip-dev
    # real peers the tests talk to
    openssl oathtool curl sqlite3 xvfb xauth
    # reads the TOTP enrolment QR code back as a phone would (tests/ui/TestSignIn)
    zbar-tools
    # a real Secret Service for the keychain tests (tests/interop/with-keyring.sh) and a second client
    gnome-keyring libsecret-tools dbus-daemon
    # reads generated PDFs back as text (compliance techdoc, audit packet reports)
    poppler-utils
    # promtool checks /metrics (tests/core/TestMetrics); wrk loads the HTTP intake (tests/bench)
    prometheus wrk
    # an independent verifier of checkpoints and proofs (tests/interop): Go's sumdb/note and sumdb/tlog
    golang-go golang-golang-x-mod-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# Node.js runs the npm peers below; the machine image usually has one (redocly needs >= 20.19).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm peers of the interop tests (jose, @redocly/cli, ajv), pinned by their package-lock.json.
# Reinstalled only when the lock file is newer than what is installed.
node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/interop/node"
if [ ! -f "$node_dir/node_modules/.package-lock.json" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
    echo "Installing the npm test peers in $node_dir"
    npm ci --prefix "$node_dir" --no-audit --no-fund --loglevel=error >/dev/null
fi
