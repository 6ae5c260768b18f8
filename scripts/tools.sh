#!/usr/bin/env bash
# Installs the pinned tools datpin needs (solc, OpenZeppelin contracts, anvil)
# into .tools/ inside the checkout. Idempotent: a second run does nothing.
set -euo pipefail

SOLC_VERSION=0.8.37
OZ_VERSION=5.7.0
ANVIL_VERSION=1.7.1

root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools"
stamp="$tools/.stamp-solc$SOLC_VERSION-oz$OZ_VERSION-anvil$ANVIL_VERSION"

if [[ -f "$stamp" ]]; then
  exit 0
fi

mkdir -p "$tools"
cd "$tools"
if [[ ! -f package.json ]]; then
  printf '{"name":"datpin-tools","private":true}\n' > package.json
fi
echo "installing solc@$SOLC_VERSION, @openzeppelin/contracts@$OZ_VERSION, @foundry-rs/anvil@$ANVIL_VERSION" >&2
npm install --no-audit --no-fund --loglevel=error --save-exact \
  "solc@$SOLC_VERSION" \
  "@openzeppelin/contracts@$OZ_VERSION" \
  "@foundry-rs/anvil@$ANVIL_VERSION" >&2

anvil="$tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [[ ! -x "$anvil" ]]; then
  chmod +x "$anvil" 2>/dev/null || true
fi
mkdir -p "$tools/bin"
ln -sf "$anvil" "$tools/bin/anvil"
"$tools/bin/anvil" --version >&2
touch "$stamp"
