#!/usr/bin/env bash
# Every file in tests/broken-content/ is a content folder with one mistake; the
# checker must reject each with exactly the `file:line: message` we expect, and a
# failed build must leave an existing dist/ untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
for case_dir in tests/broken-content/*/; do
  expected=$(cat "$case_dir/expected.txt")
  if actual=$(cargo run --quiet -p content --features parse --bin check-content -- "${case_dir%/}" 2>&1); then
    echo "FAIL ${case_dir}: the checker accepted broken content"; fail=1; continue
  fi
  first=$(printf '%s\n' "$actual" | head -n 1)
  if [ "$first" != "$expected" ]; then
    printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$case_dir" "$expected" "$first"; fail=1
  else
    echo "ok   ${case_dir}: $first"
  fi
done

# The whole build with broken content: it must fail and leave dist/ as it was.
mkdir -p dist
before=$(find dist -type f -exec md5sum {} + | sort | md5sum)
if REFUSENIKS_CONTENT=tests/broken-content/unknown-note-id ./x build >/dev/null 2>&1; then
  echo "FAIL ./x build succeeded with broken content"; fail=1
elif [ -e dist.partial ] || [ "$before" != "$(find dist -type f -exec md5sum {} + | sort | md5sum)" ]; then
  echo "FAIL a failed ./x build changed dist/ or left dist.partial/"; fail=1
else
  echo "ok   a failed ./x build leaves dist/ untouched"
fi
exit $fail
