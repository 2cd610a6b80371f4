#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Installs what the adapters/web browser tests need and prints, on stdout, the environment
# that points the tests at it:
#   - Debian's `chromium` and `chromium-driver` packages (apt-get, only when missing);
#   - npm's axe-core (pinned below) into a cache directory outside the repository.
#
# Usage: eval "$(bash .ci/browser.sh)"
# Cold, this takes a few minutes (the Chromium packages); afterwards it returns at once.
set -euo pipefail

axe_version=4.14.1
cache="${BOUSSOLE_AXE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/boussole/axe-core-$axe_version}"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "browser.sh: installing Debian's chromium and chromium-driver" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # apt-get's progress goes to stderr: stdout is only for the environment below.
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    chromium chromium-driver fonts-dejavu-core >&2
fi

axe="$cache/node_modules/axe-core/axe.min.js"
if [ ! -f "$axe" ]; then
  echo "browser.sh: installing axe-core@$axe_version into $cache" >&2
  mkdir -p "$cache"
  # A throw-away package.json keeps npm from walking up into the repository.
  [ -f "$cache/package.json" ] || echo '{"private": true}' >"$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --silent --save-exact "axe-core@$axe_version") >&2
fi

chromium=$(command -v chromium)
for f in "$chromium" "$axe"; do
  if [ ! -e "$f" ]; then
    echo "browser.sh: $f is missing after install" >&2
    exit 1
  fi
done
echo "export BOUSSOLE_CHROMIUM=$chromium"
echo "export BOUSSOLE_AXE=$axe"
