#!/usr/bin/env bash
# Peer benchmark (a development tool, never a dependency of the product): runs our `bench` and
# igraph, NetworKit and scipy alternately on the same generated graph, several times, and writes
# a side-by-side table with medians, ranges and ratios to docs/benchmarks/peers-SCALE.md. Each of
# our runs is one JVM running the analyses twice: the first is cold (JIT), the second warm.
#
#   scripts/peer-bench.sh [county|national] [RUNS]      (defaults: county 3)
#
# Environment: PARTNERGRAPH, the command that runs the command line (default: java -jar
# launcher/target/partnergraph/partnergraph.jar, built with ./mvnw -q -DskipTests package);
# JAVA_HEAP (default 4g at county, 10g at national); PYTHON (default python3), whose venv module
# makes a throwaway virtual environment, removed at the end; PEERS (default igraph,networkit,scipy)
# leaves peers out, e.g. NetworKit at national scale on a busy machine. pip needs a package index it can
# reach (PyPI, or the one pip is configured with).
set -euo pipefail
set -f # PARTNERGRAPH is split into words, never globbed

scale=${1:-county}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$scale" in
    county) size=(--partners 20000 --groups 1000 --memberships 200000); heap=${JAVA_HEAP:-4g} ;;
    national) size=(--partners 200000 --groups 10000 --memberships 2000000); heap=${JAVA_HEAP:-10g} ;;
    *) echo "scale must be county or national, was '$scale'" >&2; exit 2 ;;
esac
partnergraph=${PARTNERGRAPH:-java -Xmx$heap -jar $root/launcher/target/partnergraph/partnergraph.jar}

work=$(mktemp -d -t peer-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"${PYTHON:-python3}" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check --retries 1 \
    igraph==1.0.0 networkit==11.2.2 scipy==1.17.1 numpy==2.4.6

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
    echo "run $run of $runs: ours" >&2
    $partnergraph bench --skip-database "${size[@]}" --repeat 2 --out "$work/ours-$run" \
        --export "$work/export" > "$work/ours-$run.log"
    cp "$work/export/timings.tsv" "$work/ours-$run.tsv"
    echo "run $run of $runs: peers" >&2
    "$work/venv/bin/python" "$root/scripts/peer_bench.py" run "$work/export" > "$work/peers-$run.tsv"
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

page="$root/docs/benchmarks/peers-$scale.md"
{
    "$work/venv/bin/python" "$root/scripts/peer_bench.py" report "$work" \
        "$scale scale (${size[*]}), $(date -u +%Y-%m-%d)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), \
$(free -g | awk '/Mem:/ {print $2}') GiB; Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), heap $heap; \
load average (1, 5, 15 minutes) $load_start at the start and $load_end at the end."
    echo
    echo "Reproduce: \`scripts/peer-bench.sh $scale $runs\`."
} > "$page"
echo "Wrote $page" >&2
