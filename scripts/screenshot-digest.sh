#!/usr/bin/env bash
# Regenerates docs/digest.png, the README's picture: the offline HTML digest in headless Chromium.
# Needs the built jar (mvn -B -ntp -q install -DskipTests) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
work="$(mktemp -d)"
java -jar examples/target/digestkit.jar digest --format html --out "$work/digest.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1000,5400 \
  --screenshot="$PWD/docs/digest.png" "file://$work/digest.html"
rm -rf "$work"
