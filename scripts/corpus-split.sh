#!/usr/bin/env bash
# Splits ../shared/corpus into a tuning part and a held-out part, in place (symbolic links under
# a folder outside the repository), so that a change can be tuned on one and checked on the other:
#
#   bash scripts/corpus-split.sh [DIR]          # default DIR: /tmp/corpus-split
#   bash ../shared/corpus/run.sh --docs DIR/tune/docs --gold DIR/tune/gold
#   bash ../shared/corpus/run.sh --docs DIR/hold/docs --gold DIR/hold/gold
#
# Held out: the last document of each publisher group (the letter before the "_"), a third of
# the corpus. The documents stay where they are; only links are made.
set -euo pipefail
corpus=$(cd "$(dirname "$0")/../../shared/corpus" && pwd)
out=${1:-/tmp/corpus-split}
rm -rf "$out/tune" "$out/hold"
mkdir -p "$out"/{tune,hold}/{docs,gold}
last=$(ls "$corpus/docs" | sed 's/_.*//' | awk '{ g = substr($0, 1, 1); last[g] = $0 } END { for (g in last) print last[g] }')
for doc in "$corpus"/docs/*.txt; do
  stem=$(basename "$doc" .txt)
  part=tune
  grep -qx "${stem%%_*}" <<<"$last" && part=hold
  ln -s "$doc" "$out/$part/docs/"
  ln -s "$corpus/gold/$stem.yaml" "$out/$part/gold/"
done
echo "tune: $(ls "$out/tune/docs" | wc -l) documents, hold: $(ls "$out/hold/docs" | wc -l) ($(ls "$out/hold/docs" | sed 's/_.*//' | tr '\n' ' '))"
