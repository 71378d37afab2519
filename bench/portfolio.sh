#!/usr/bin/env bash
# Times `costfit recommend` end to end on a generated portfolio (issue 13): N seeded profiles of every shape
# (dev.costfit.testing.PortfolioGenerator), written as jsonl, with the wall time, CPU time and peak memory.
#   bench/portfolio.sh [N=1000] [SEED=1] [JOBS=all cores] [FORMAT=jsonl]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
seed="${2:-1}"
jobs="${3:-$(nproc)}"
format="${4:-jsonl}"
cd "$here"
. bench/lib.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
generate_portfolio "$count" "$seed" "$work/profiles"
echo "portfolio: $count profiles (seed $seed), recommend --format $format --jobs $jobs" >&2
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak memory %M KB" \
  ./costfit recommend "$work/profiles" --format "$format" --jobs "$jobs" \
  >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
tail -n 1 "$work/err" >&2
echo "output: $(wc -l <"$work/out") lines, $(wc -c <"$work/out") bytes" >&2
