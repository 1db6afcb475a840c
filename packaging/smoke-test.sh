#!/usr/bin/env bash
# Smoke test of the frozen app (dist/scorecard/) as a user gets it: every run of it has a clean
# environment (env -i, PATH=/usr/bin:/bin, no PYTHONPATH, a fresh HOME), so nothing of the build
# venv can help it. The venv only prepares inputs (a bundle from "another laptop", reference PDFs)
# and runs the head-office server, as head office would.
# Usage: packaging/smoke-test.sh [path/to/scorecard]     (run by `make smoke-test` and .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
APP="$(realpath "${1:-dist/scorecard/scorecard}")"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' scorecard_app/__init__.py)"
[ -x "$APP" ] || { echo "no frozen app at $APP: run make package" >&2; exit 2; }

work="$(mktemp -d)"
shots="$ROOT/build/smoke"
mkdir -p "$shots" "$work/home"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "${KEEP_SMOKE:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
pass=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; exit 1; }

# The frozen app, out of the venv's reach. Extra VAR=value words go into its environment.
frozen_env() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
frozen() { frozen_env "$APP" "$@"; }
json() { "$PY" -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
pdf_text() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n' '  '; }

touch "$work/before"
sleep 1  # the no-writes check below compares modification times

# --- prepared with the venv --------------------------------------------------------------
"$VENV/bin/scorecard" demo --db "$work/ref.sqlite3" >/dev/null
cp "$work/ref.sqlite3" "$work/laptop.sqlite3"
cid="$("$VENV/bin/scorecard" list --db "$work/ref.sqlite3" --json | json 'd[-1]["id"]')"
for lang in he vi; do
  "$VENV/bin/scorecard" print community-summary --cycle "$cid" --db "$work/ref.sqlite3" \
    --lang "$lang" -o "$work/ref-$lang.pdf" >/dev/null
done
hodb="sqlite:///$work/headoffice.sqlite3"
"$VENV/bin/scorecard-sync" migrate --database-url "$hodb" >/dev/null
port="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$VENV/bin/scorecard-sync" serve --database-url "$hodb" --host 127.0.0.1 --port "$port" \
  --no-access-log --log-level warning >"$work/server.log" 2>&1 &
server_pid=$!
"$PY" - "$port" <<'PY'
import sys, time, urllib.request, urllib.error
for _ in range(150):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v1/hello", timeout=1)
        break
    except urllib.error.HTTPError:
        break  # it answers
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("the head-office server did not start")
PY
new_link() {
  "$VENV/bin/scorecard-sync" enrol-code --database-url "$hodb" --label "$1" \
    --server-url "http://127.0.0.1:$port" 2>/dev/null | grep '^scorecard://'
}
# Another laptop (enrolled: bundles are signed with its key) writes a USB bundle.
"$VENV/bin/scorecard" sync enrol "$(new_link other)" --db "$work/ref.sqlite3" >/dev/null
"$VENV/bin/scorecard" export --all --db "$work/ref.sqlite3" -o "$work/other.scbundle" >/dev/null
link="$(new_link smoke)"

# --- the frozen app ----------------------------------------------------------------------
[ "$(frozen --version)" = "scorecard $VERSION" ] || fail "--version"
ok "--version says scorecard $VERSION"

frozen demo >/dev/null
[ -s "$work/home/.local/share/Scorecard/scorecard.sqlite3" ] || fail "demo: no database in the data folder"
ok "demo without --db writes ~/.local/share/Scorecard/scorecard.sqlite3"
frozen demo --db "$work/demo.sqlite3" >/dev/null
rounds="$(frozen list --db "$work/demo.sqlite3" --json | json '[c["round_no"] for c in d]')"
[ "$rounds" = "[1, 2, 3]" ] || fail "demo --db: rounds $rounds"
ok "demo --db FILE: three rounds"

for lang in he vi; do
  pdf="$work/$lang.pdf"
  frozen_env LD_DEBUG=files "$APP" print community-summary --cycle "$cid" \
    --db "$work/laptop.sqlite3" --lang "$lang" -o "$pdf" >/dev/null 2>"$work/ld-$lang.log"
  # Headless commands never load Qt; reportlab shapes with the bundled HarfBuzz (it refuses to
  # print shaped text without it); nothing comes from the venv or the build machine's Python.
  ! grep -q 'file=.*libQt6' "$work/ld-$lang.log" || fail "print $lang loaded Qt"
  grep -q 'file=.*uharfbuzz/_harfbuzz' "$work/ld-$lang.log" || fail "print $lang: no HarfBuzz"
  ! grep -Eq 'file=.*(\.venv|pyenv|site-packages)' "$work/ld-$lang.log" || fail "print $lang used the venv"
  fonts="$(pdffonts "$pdf" | tail -n +3)"
  [ -n "$fonts" ] || fail "print $lang: no fonts"
  ! awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }' <<<"$fonts" || fail "print $lang: a font not embedded"
  [ "$(pdf_text "$pdf")" = "$(pdf_text "$work/ref-$lang.pdf")" ] || fail "print $lang: text differs from the venv's"
  ok "print community-summary --lang $lang: $(wc -l <<<"$fonts") fonts embedded, text as from the venv, no Qt, HarfBuzz loaded"
done
title_he="$("$PY" -c 'from scorecard_app.i18n import translate; from scorecard_app.reports import KINDS; print(translate("Printables", KINDS["community-summary"].title, "he"))')"
title_vi="$("$PY" -c 'from scorecard_app.i18n import translate; from scorecard_app.reports import KINDS; print(translate("Printables", KINDS["community-summary"].title, "vi"))')"
pdftotext -enc UTF-8 "$work/he.pdf" - | perl -CS -pe 's/[\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}]//g' | grep -qF "$title_he" || fail "Hebrew title not read back"
pdftotext -enc UTF-8 "$work/vi.pdf" - | grep -qF "$title_vi" || fail "Vietnamese title not read back"
ok "read back: “$title_he” and “$title_vi”"
# The pictograms (SVG files drawn by svglib) look on the page as they do from the venv.
for lang in he vi; do
  pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$work/$lang.pdf" "$work/page-$lang"
  pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$work/ref-$lang.pdf" "$work/ref-page-$lang"
  cmp -s "$work/page-$lang.png" "$work/ref-page-$lang.png" || fail "print $lang: the page looks different from the venv's"
done
ok "community-summary pages (pictograms included) look as from the venv"

# Only an enrolled laptop can tell who signed a bundle: this one learns the other's key then.
frozen sync enrol "$(new_link importer)" --db "$work/imported.sqlite3" >/dev/null
out="$(frozen import "$work/other.scbundle" --db "$work/imported.sqlite3")"
grep -q "changes applied" <<<"$out" || fail "import: $out"
n="$(frozen list --db "$work/imported.sqlite3" --json | json 'len(d)')"
[ "$n" = 3 ] || fail "import: $n cycles"
ok "import of a bundle from another laptop: $out"

frozen sync enrol "$link" --db "$work/laptop.sqlite3" >/dev/null
out="$(frozen sync now --db "$work/laptop.sqlite3" --json)"
sent="$(json 'd["applied"]' <<<"$out")"
[ "$sent" -gt 0 ] || fail "sync now sent nothing: $out"
cycles="$("$VENV/bin/scorecard-sync" stats --database-url "$hodb" --json | json 'd["records"].get("cycle", 0)')"
[ "$cycles" = 3 ] || fail "head office has $cycles cycles"
ok "sync enrol (scorecard:// link) and sync now: $sent changes applied, head office has 3 cycles"

# The real main window, offscreen, after its first paint: the same menus as the venv's (so the
# translations are inside), right-to-left in Hebrew.
for lang in en he; do
  want="$(QT_QPA_PLATFORM=offscreen "$PY" -m scorecard_app --db "$work/ref.sqlite3" --lang "$lang" \
    --smoke-test "$work/venv-$lang.png" 2>/dev/null)"
  got="$(frozen --db "$work/laptop.sqlite3" --lang "$lang" --smoke-test "$shots/window-$lang.png" 2>/dev/null)"
  [ "$got" = "$want" ] || fail "window ($lang): $got; the venv's: $want"
  [ "$(stat -c %s "$shots/window-$lang.png")" -gt 10000 ] || fail "window ($lang): empty screenshot"
  ok "window ($lang) ${got#smoke test: } (build/smoke/window-$lang.png)"
done
grep -q "right-to-left" <<<"$got" || fail "the Hebrew window is not right-to-left"
grep -Eq "pictograms drawn: ([1-9][0-9]*) of \1$" <<<"$got" || fail "the window cannot draw every pictogram: $got"

# The .tar.gz, unpacked somewhere else, runs from there (nothing points back at the build folder).
tarball="$(ls "$ROOT"/dist/scorecard-"$VERSION"-linux-*.tar.gz 2>/dev/null | head -1 || true)"  # none after `make package-app` alone
if [ -n "$tarball" ] && [ "$APP" = "$ROOT/dist/scorecard/scorecard" ]; then
  mkdir "$work/unpacked" && tar -C "$work/unpacked" -xzf "$tarball"
  kinds="$(frozen_env "$work/unpacked/scorecard/scorecard" print --list | wc -l)"
  [ "$kinds" -gt 10 ] || fail "the unpacked .tar.gz: print --list gave $kinds lines"
  ok "$(basename "$tarball") unpacked elsewhere runs (print --list: $kinds printables)"
fi

written="$(find "$(dirname "$APP")" -newer "$work/before" | head -3)"
[ -z "$written" ] || fail "the app wrote into its own folder: $written"
ok "nothing written into the app's folder"

echo "smoke test of the frozen app: all $pass checks ok"
