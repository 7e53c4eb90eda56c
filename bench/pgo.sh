#!/usr/bin/env bash
# Regenerates cmd/atompy/default.pgo, the CPU profile that `go build`
# uses for profile-guided optimization of the atompy binary (Go 1.21+ picks
# up default.pgo in the main package's directory by itself). The profile
# merges runs of benchmark programs on both backends; its main effect is
# inlining the STM barriers and the dispatch loop's helpers on hot paths,
# which the inliner's default budget refuses (docs/performance.md).
#
# Usage: bash bench/pgo.sh   (from the repository root; about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -pgo=off -o "$tmp/atompy" ./cmd/atompy
for p in deltablue nbody richards constraint raytrace generators spectral_norm; do
  ATOMPY_DEBUG=cpuprofile=$tmp/$p-on.prof "$tmp/atompy" bench/$p.py > /dev/null
  ATOMPY_DEBUG=cpuprofile=$tmp/$p-off.prof "$tmp/atompy" --stm=off bench/$p.py > /dev/null
done
ATOMPY_DEBUG=cpuprofile=$tmp/mt.prof "$tmp/atompy" bench/mt_btree.py 2 > /dev/null
go tool pprof -proto "$tmp"/*.prof > cmd/atompy/default.pgo
echo "wrote cmd/atompy/default.pgo"
