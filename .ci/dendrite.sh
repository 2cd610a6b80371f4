#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Installs the Dendrite Matrix homeserver (matrix-org/dendrite, Apache-2.0) used by the
# adapters/matrix integration tests, into a cache directory outside the repository, and
# prints that directory on stdout. `go install pkg@version` builds in module mode from the
# Go module proxy, so Dendrite's dependencies never enter Boussole's go.mod.
#
# Usage: BOUSSOLE_DENDRITE_BIN=$(bash .ci/dendrite.sh)
# Cold, this takes about 6 minutes on 2 cores; afterwards it returns at once.
set -euo pipefail

version=v0.13.8
dir="${BOUSSOLE_DENDRITE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/boussole/dendrite-$version}/bin"
tools=(dendrite generate-keys generate-config create-account)

missing=()
for t in "${tools[@]}"; do
  [ -x "$dir/$t" ] || missing+=("github.com/matrix-org/dendrite/cmd/$t@$version")
done

if [ ${#missing[@]} -gt 0 ]; then
  mkdir -p "$dir"
  echo "dendrite.sh: installing ${missing[*]} into $dir" >&2
  # Run outside the repository so that no go.mod/go.work of ours is consulted, and build
  # into a temporary GOBIN beside the cache (same file system) first, so that the final
  # rename is atomic and an interrupted build never leaves a half binary.
  tmp=$(mktemp -d "$(dirname "$dir")/.install.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && GOBIN="$tmp/bin" GOFLAGS=-buildvcs=false go install "${missing[@]}") >&2
  for f in "$tmp"/bin/*; do mv -f "$f" "$dir/"; done
fi

for t in "${tools[@]}"; do
  if [ ! -x "$dir/$t" ]; then
    echo "dendrite.sh: $dir/$t is missing after install" >&2
    exit 1
  fi
done
echo "$dir"
