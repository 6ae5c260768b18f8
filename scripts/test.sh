#!/usr/bin/env bash
# Runs every test of datpin. Tools must be installed (make test does it first).
set -euo pipefail
cd "$(dirname "$0")/.."

export DATPIN_KUBO="${DATPIN_KUBO:-${DATPIN_CACHE:-$HOME/.cache/datpin}/kubo-v0.43.1/ipfs}"
export DATPIN_ANVIL="${DATPIN_ANVIL:-$PWD/.tools/bin/anvil}"

# Vet first: it is quick and catches mistakes before the long compile of the chain packages.
go vet ./...
# The dashboard's browser test needs Debian's chromium (installed only if missing).
bash scripts/browser.sh
# -p 2: the machines this runs on have two cores; -timeout bounds a hung test.
go test -count=1 -p 2 -timeout 30m ./...
