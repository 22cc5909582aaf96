#!/usr/bin/env bash
# Renders every view of the workstation over a fresh demo workspace into docs/screenshots/.
# Needs a build (./scripts/demo.sh or ./scripts/test.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${LEXECON_BIN_DIR:-build/app} # another build: LEXECON_BIN_DIR=build-x/app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LEXECON_SECRET_FILE="$work/secret" QT_QPA_PLATFORM=offscreen
(umask 077 && head -c 32 /dev/urandom | base64 > "$LEXECON_SECRET_FILE")
"$bin/lexecon-cli" --data-dir "$work/ws" demo >/dev/null
mkdir -p docs/screenshots
# As the demo's compliance officer, so the queue shows its actions rather than the read-only notice.
for view in queue decisions dashboard policy evidence compliance audit; do
    "$bin/lexecon" --data-dir "$work/ws" --user olivia --view "$view" --screenshot "docs/screenshots/$view.png"
    echo "docs/screenshots/$view.png"
done
# The queue again in the dark colour scheme: text, SLA colours and icons must stay readable.
"$bin/lexecon" --data-dir "$work/ws" --user olivia --view queue --color-scheme dark --screenshot docs/screenshots/queue-dark.png
echo docs/screenshots/queue-dark.png
# The ledger after a signed checkpoint, so the selected entry shows its inclusion proof.
"$bin/lexecon-cli" --data-dir "$work/ws" ledger checkpoint >/dev/null 2>&1
"$bin/lexecon" --data-dir "$work/ws" --user olivia --view ledger --screenshot docs/screenshots/ledger.png
echo docs/screenshots/ledger.png
# Administration and settings as the demo's administrator, who may change them.
for view in admin settings; do
    "$bin/lexecon" --data-dir "$work/ws" --user ada --view "$view" --screenshot "docs/screenshots/$view.png"
    echo "docs/screenshots/$view.png"
done
