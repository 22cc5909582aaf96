#!/usr/bin/env bash
# Installs what is missing, builds, fills a demo workspace and opens the workstation on it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
workspace="${LEXECON_DEMO_DIR:-$PWD/demo-workspace}"
if [ ! -f "$workspace/workspace.db" ]; then
    ./build/app/lexecon-cli --data-dir "$workspace" demo
fi
exec ./build/app/lexecon --data-dir "$workspace" "$@"
