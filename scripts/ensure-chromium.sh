#!/usr/bin/env bash
# Makes Debian's headless-capable Chromium available for the output-safety tests and prints its
# path. Installs it with apt-get when missing (the build machines and CI run as root); exits
# non-zero, saying why, when it cannot.
set -euo pipefail
for c in chromium chromium-browser; do
  if p=$(command -v "$c" 2>/dev/null); then echo "$p"; exit 0; fi
done
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing and this user cannot install it: apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium >&2
command -v chromium
