#!/usr/bin/env bash
# Content the checker allows must also render. The edge case: no killed-only figure at
# all (every estimate another measure), which leaves the timeline and the killed axis
# with nothing to draw. Built from a copy of content/ with the killed-only estimates
# taken out, then prerendered over the assets of the dist/ just built; a panic fails.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content "$work/content"
# The edge case is the English model's: a translation would have to drop the same
# estimates and their quotations, so the copy has none (check-content checks one if present).
rm -rf "$work/content/ru"
python3 - "$work/content/casualties.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding='utf8').read()
head, *blocks = re.split(r'(?m)^(?=\[\[)', text)
kept = [b for b in blocks if not (b.startswith('[[estimate]]') and re.search(r'(?m)^measure = "killed"$', b))]
assert len(kept) < len(blocks) and any(b.startswith('[[estimate]]') for b in kept), 'the edge case needs estimates of other measures'
open(path, 'w', encoding='utf8').write(head + ''.join(kept))
PY
mkdir "$work/dist"
cp dist/favicon-*.svg dist/main-*.css dist/refuseniks-*.js dist/refuseniks-*_bg.wasm "$work/dist/"
cargo run --quiet -p content --features parse --bin check-content -- "$work/content" >/dev/null
REFUSENIKS_CONTENT="$work/content" cargo run --quiet --features ssr --bin prerender -- "$work/dist" >/dev/null
grep -q 'id="casualties"' "$work/dist/index.html"
if grep -q 'class="timeline"' "$work/dist/index.html"; then echo "FAIL a timeline was drawn with no killed-only figure"; exit 1; fi
echo "ok   no killed-only figure: the page renders, the panel without a timeline"
