#!/usr/bin/env bash
# Installs what is missing, builds, runs the fuzz targets over their seeds, and runs the whole
# test suite (CTest prints the summary last). Any failure stops it with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
# The libFuzzer targets (docs/fuzzing.md) build with clang in a directory of their own and run
# once over their seed corpora, so that a change that breaks them fails here, not at the next
# fuzzing session.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEXECON_BUILD_UI=OFF -DLEXECON_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target FuzzRequestParser FuzzZipDirectory
if ! { build-fuzz/tests/fuzz/FuzzRequestParser -runs=0 tests/fuzz/corpus &&
       build-fuzz/tests/fuzz/FuzzZipDirectory -runs=0 tests/fuzz/zip-corpus; } > build-fuzz/seeds.log 2>&1; then
    cat build-fuzz/seeds.log
    echo "a fuzz target failed on its seed corpus (output above)" >&2
    exit 1
fi
echo "fuzz targets: built, and clean over their seed corpora"
ctest --test-dir build --output-on-failure -j "$(nproc)"
