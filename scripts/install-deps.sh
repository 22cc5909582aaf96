#!/usr/bin/env bash
# Installs every Debian package that the build, the tests and the app need.
# Idempotent: packages already present are skipped, so a second run costs a dpkg query.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ccache
    # Qt 6.4 (Charts needs the OpenGL dev package on Debian 12)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libxkbcommon-dev
    # C libraries
    libsodium-dev libssl-dev libsqlite3-dev liboath-dev libqrencode-dev libcpp-httplib-dev qtkeychain-qt6-dev libzip-dev
    # real peers the tests talk to
    openssl oathtool curl sqlite3 xvfb xauth
    # an independent verifier of checkpoints and proofs (tests/interop): Go's sumdb/note and sumdb/tlog
    golang-go golang-golang-x-mod-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
