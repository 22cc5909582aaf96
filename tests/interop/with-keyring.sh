#!/bin/sh
# Runs a test against a real Secret Service: a private gnome-keyring on the private session bus
# that `dbus-run-session` gave us, with its own home, so nothing touches the user's keyring.
# Usage (from CTest): dbus-run-session -- sh with-keyring.sh TEST-BINARY [ARGS...]
set -eu
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh must run inside dbus-run-session" >&2
    exit 2
fi
command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon is missing: run scripts/install-deps.sh" >&2; exit 2; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
# The login keyring is created and unlocked with this throw-away password.
printf '%s' keyring-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
# The keychain path is the one under test: no passphrase file.
unset LEXECON_SECRET_FILE
"$@"
