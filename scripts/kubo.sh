#!/usr/bin/env bash
# Builds IPFS Kubo from its Go module and installs the binary into a cache
# outside the checkout:
#
#   ${DATPIN_CACHE:-$HOME/.cache/datpin}/kubo-v0.43.1/ipfs
#
# Idempotent: exits at once when the binary exists and answers `ipfs version`.
# The binary's path is printed on stdout as the last line; progress goes to
# stderr. A cold build takes 12–20 minutes on two cores.
#
# Kubo's go.mod replaces go-libp2p with a fork that module proxies do not
# serve, so `go install` fails; the build drops that replace and requires the
# upstream go-libp2p release instead.
set -euo pipefail

KUBO_VERSION=v0.43.1
LIBP2P_VERSION=v0.51.0

cache="${DATPIN_CACHE:-$HOME/.cache/datpin}"
dest="$cache/kubo-$KUBO_VERSION"
bin="$dest/ipfs"

if [[ -x "$bin" ]] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { echo "kubo.sh: go is not on PATH" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/datpin-kubo.XXXXXX")"
trap 'chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "kubo.sh: downloading github.com/ipfs/kubo@$KUBO_VERSION" >&2
# Outside any module, so the caller's go.mod is neither read nor touched.
info="$(cd "$work" && GO111MODULE=on GOFLAGS= go mod download -json "github.com/ipfs/kubo@$KUBO_VERSION")"
dir="$(printf '%s\n' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' | head -n1)"
if [[ -z "$dir" || ! -d "$dir" ]]; then
  echo "kubo.sh: go mod download gave no module directory:" >&2
  printf '%s\n' "$info" >&2
  exit 1
fi

src="$work/kubo"
cp -R "$dir" "$src"
chmod -R u+w "$src"
cd "$src"
go mod edit -dropreplace=github.com/libp2p/go-libp2p \
  -require="github.com/libp2p/go-libp2p@$LIBP2P_VERSION"

echo "kubo.sh: building ipfs (this takes a while)" >&2
start=$(date +%s)
mkdir -p "$dest"
GOFLAGS=-mod=mod go build -trimpath -o "$dest/ipfs.tmp" ./cmd/ipfs
mv -f "$dest/ipfs.tmp" "$bin"
echo "kubo.sh: built in $(( $(date +%s) - start ))s" >&2

"$bin" version >&2
echo "$bin"
