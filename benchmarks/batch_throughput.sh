#!/usr/bin/env bash
# Batch throughput: `articlex batch` vs trafilatura's own parallel command line on the same
# files: the shared benchmark pages (scrapinghub + readability), decompressed to plain .html
# once. Prints wall-clock seconds and pages/s per run, process start-up included.
#
#   benchmarks/batch_throughput.sh                 # REPS=5 runs of each, 1 and 2 workers
#   TRAFILATURA=/path/to/venv/bin/trafilatura PYTHON=/path/to/python REPS=3 benchmarks/...
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${REPS:-5}
PYTHON=${PYTHON:-python3}
TRAFILATURA=${TRAFILATURA:-trafilatura}
BENCH=${ARTICLEX_BENCHMARKS:-}
if [ -z "$BENCH" ]; then
  for candidate in ../shared/benchmarks ../../shared/benchmarks /work/shared/benchmarks; do
    if [ -d "$candidate/scrapinghub/html" ]; then BENCH=$candidate; break; fi
  done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for set in scrapinghub readability; do
  for f in "$BENCH/$set/html/"*.html.gz; do
    gzip -dc "$f" > "$work/in/$set-$(basename "$f" .html.gz).html"
  done
done
n=$(ls "$work/in" | wc -l)
echo "pages: $n"
run() {  # name, command…
  local name=$1; shift
  local start end
  start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N)
  "$PYTHON" -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:16s} {t:6.2f} s {int(sys.argv[4])/t:7.1f} pages/s')" \
    "$start" "$end" "$name" "$n"
}
for _ in $(seq 1 "$REPS"); do
  for w in 1 2; do
    rm -f "$work/out.jsonl"
    run "articlex-w$w" env PYTHONPATH=src "$PYTHON" -m articlex batch "$work/in" -o "$work/out.jsonl" --workers "$w" --no-progress
    rm -rf "$work/out-t"
    run "trafilatura-p$w" "$TRAFILATURA" --input-dir "$work/in" --output-dir "$work/out-t" --parallel "$w"
  done
done
echo "articlex records: $(wc -l < "$work/out.jsonl"); trafilatura files written: $(ls "$work/out-t" | wc -l)"
