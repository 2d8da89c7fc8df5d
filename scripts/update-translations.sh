#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), fills the English
# file (source text is English), and lists Russian strings still to translate.
# Translate them with Qt Linguist, or `scripts/ts_tool.py apply ru FILE.json`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
lupdate=/usr/lib/qt6/bin/lupdate
for lang in ru en; do
  "$lupdate" -I . -silent -no-obsolete -locations none -recursive protocol models ui app \
    -ts "translations/imsdesk_${lang}.ts"
done
python3 scripts/ts_tool.py fill-en translations/imsdesk_en.ts
python3 scripts/ts_tool.py unfinished translations/imsdesk_ru.ts | head -50
