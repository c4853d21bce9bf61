#!/usr/bin/env bash
# An editor's valid change must not turn the tests red: on a copy of content/ with the
# changes the editors' guide invites (scripts/editor-change.py: a new note early in the
# article, so every later note renumbers; a sentence in a note; a new estimate and a
# new later count), the checks that read the content run again, on a page built from it
# with the release build's wasm (the same for any content): the native contract and
# state tests, every word's source, and the browser tests of what the page shows.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/editor-change.py content "$work/content"
export REFUSENIKS_CONTENT="$work/content"
cargo run --quiet -p content --features parse --bin check-content -- "$work/content"
mkdir "$work/dist"
cp dist/favicon-*.svg dist/main-*.css dist/refuseniks-*.js dist/refuseniks-*_bg.wasm "$work/dist/"
cargo run --quiet --features ssr --bin prerender -- "$work/dist" >/dev/null
node scripts/words-from-content.mjs "$work/dist" "$work/content"
cargo test --quiet --features ssr --test contract --test business --test chart --test qualifiers --test structured_data
# On ports of their own, so nothing is mistaken for the release build's servers.
E2E_DIST="$work/dist" E2E_PORT=8191 npx --no-install playwright test --project=desktop \
  article footnotes casualties comparison corrections aria embed static edition
echo "ok   an editor's change: the content-reading checks pass on it"
