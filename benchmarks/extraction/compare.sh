#!/usr/bin/env bash
# Both speed benchmarks of issue 3 in one run, on the same pages and the same core: this extractor by JMH
# (`./news bench-extraction`), then Mozilla Readability.js (`readability.mjs`), then the ratio.
#   benchmarks/extraction/compare.sh <set dir> [core]
# Both run pinned to one core (default 1). Where the user may (root, or CAP_SYS_NICE), they run at real-time
# priority too: on a shared machine the core is then the benchmark's alone, JIT and collector threads included,
# while everything else runs on the other cores.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
set_dir=$(cd "${1:?usage: compare.sh <set dir> [core]}" && pwd)
core=${2:-1}
on_core=(taskset -c "$core")
if chrt -f 50 true 2>/dev/null; then
	on_core=(chrt -f 50 "${on_core[@]}")
fi
echo "running as: ${on_core[*]}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"${on_core[@]}" "$here/../../news" bench-extraction "$set_dir" | tee "$log"
java_line=$(grep '^extraction:' "$log")
[ -d "$here/node_modules" ] || npm ci --prefix "$here" --no-audit --no-fund --silent
(cd "$here" && "${on_core[@]}" node readability.mjs "$set_dir" 2) | tee "$log"
node_line=$(grep '^readability.js:' "$log")
java_rate=$(awk '{print $2}' <<<"$java_line")
node_rate=$(awk '{print $2}' <<<"$node_line")
awk -v j="$java_rate" -v n="$node_rate" \
	'BEGIN { printf "ratio: %.0fx (extraction %.1f pages/s, Readability.js %.1f pages/s, same core, same run)\n", j / n, j, n }'
