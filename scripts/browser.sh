#!/usr/bin/env bash
# Installs Debian's chromium for the dashboard's headless browser test. Idempotent: when a
# chromium binary is already on PATH (or named by DATPIN_CHROMIUM) it does nothing.
set -euo pipefail

if [[ -n "${DATPIN_CHROMIUM:-}" && -x "${DATPIN_CHROMIUM}" ]]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

sudo=""
if [[ "$(id -u)" != 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "browser.sh: chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "installing chromium (Debian package) for the dashboard's browser test" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
chromium --version >&2
