#!/usr/bin/env bash
# Installs what is missing, builds, fills a demo workspace and opens the workstation on it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
workspace="${LEXECON_DEMO_DIR:-$PWD/demo-workspace}"
# The demo keeps its node key's passphrase in a file beside the workspace, so it also runs on a
# machine without an OS keychain; a real workspace uses the keychain (see docs/cli.md).
if [ -z "${LEXECON_SECRET_FILE:-}" ]; then
    export LEXECON_SECRET_FILE="$workspace.secret"
    if [ ! -s "$LEXECON_SECRET_FILE" ]; then
        (umask 077 && head -c 32 /dev/urandom | base64 > "$LEXECON_SECRET_FILE")
    fi
fi
if [ ! -f "$workspace/workspace.db" ]; then
    # The demo team (ada, olivia, omar, aubrey, victor) shares one password made for this
    # workspace; it is kept beside the workspace, readable only by you.
    summary=$(./build/app/lexecon-cli --data-dir "$workspace" demo)
    (umask 077 && printf '%s\n' "$summary" | sed -n 's/.*"demo_password": "\(.*\)".*/\1/p' > "$workspace.password")
fi
if [ -s "$workspace.password" ]; then
    echo "Sign in as olivia (compliance officer) or ada (admin) with the password in $workspace.password: $(cat "$workspace.password")"
fi
exec ./build/app/lexecon --data-dir "$workspace" "$@"
