#!/usr/bin/env bash
# Renders every view of the workstation over a fresh demo workspace into docs/screenshots/.
# Needs a build (./scripts/demo.sh or ./scripts/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LEXECON_SECRET_FILE="$work/secret" QT_QPA_PLATFORM=offscreen
(umask 077 && head -c 32 /dev/urandom | base64 > "$LEXECON_SECRET_FILE")
"$bin/lexecon-cli" --data-dir "$work/ws" demo >/dev/null
mkdir -p docs/screenshots
for view in decisions; do
    "$bin/lexecon" --data-dir "$work/ws" --view "$view" --screenshot "docs/screenshots/$view.png"
    echo "docs/screenshots/$view.png"
done
