#!/usr/bin/env bash
# A change's effect end to end (issue 13): `costfit recommend --format jsonl` on one generated portfolio, by this
# checkout's launcher and by REF's (built in a temporary git worktree), interleaved so that both see the same
# machine — run to run, this machine moves by 5-15% — with the wall and CPU time of each run, their medians, and
# whether both wrote the same bytes. Give an even RUNS (see the order below).
#   bench/compare.sh REF [N=1000] [RUNS=4] [SEED=1]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:?usage: bench/compare.sh REF [N=1000] [RUNS=4] [SEED=1]}"
count="${2:-1000}"
runs="${3:-4}"
seed="${4:-1}"
cd "$here"
. bench/lib.sh
commit="$(git rev-parse --verify --quiet "$ref^{commit}")" || { echo "compare: no commit $ref" >&2; exit 2; }
work="$(mktemp -d)"
cleanup() {
  git -C "$here" worktree remove --force "$work/ref" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# Both launchers build their jar (and class-data archive) if needed; the generator is this checkout's test code.
generate_portfolio "$count" "$seed" "$work/profiles"
git worktree add --detach --quiet "$work/ref" "$commit"
"$work/ref/costfit" --version >/dev/null
echo "portfolio: $count profiles (seed $seed); $runs runs each, interleaved: $(git rev-parse --short "$commit") ($ref)" \
  "against this checkout ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml costfit || echo ', modified'))"
# ABBA: the two alternate which runs first (ref, here; then here, ref; ...). With the same code on both sides, the
# second of a pair was faster in 9 of 9 pairs (by 2-28%) while the machine drifted faster from run to run
# (2026-12-06, docs/performance.md, the twenty-fourth round), then in 2 of 4 alternated: an even RUNS cancels a
# steady drift, and anything else that favours a place in the pair.
for i in $(seq "$runs"); do
  order="ref here"
  [ $((i % 2)) -eq 0 ] && order="here ref"
  for side in $order; do
    launcher="$here/costfit"
    [ "$side" = ref ] && launcher="$work/ref/costfit"
    /usr/bin/time -a -o "$work/$side.times" -f "%e %U %S" "$launcher" recommend "$work/profiles" --format jsonl \
      >"$work/$side.out" 2>"$work/$side.err" || { cat "$work/$side.err" >&2; exit 1; }
    md5sum <"$work/$side.out" | cut -c1-32 >>"$work/$side.md5"
    echo "  $side run $i: $(tail -n 1 "$work/$side.times" | awk '{printf "%.2f s wall, %.2f s CPU", $1, $2 + $3}')"
  done
done
for side in ref here; do
  wall="$(awk '{print $1}' "$work/$side.times" | median)"
  cpu="$(awk '{print $2 + $3}' "$work/$side.times" | median)"
  echo "$side: median ${wall} s wall, ${cpu} s CPU"
done
if [ "$(sort -u "$work/ref.md5" "$work/here.md5" | wc -l)" -eq 1 ]; then
  echo "output: the same bytes every run ($(head -c 8 "$work/here.md5")…, $(wc -c <"$work/here.out") bytes)"
else
  echo "output: differs (ref $(sort -u "$work/ref.md5" | tr '\n' ' '), here $(sort -u "$work/here.md5" | tr '\n' ' '))"
fi
