#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser). Install it when missing
# and we may (root with apt-get); otherwise say what to do.
set -euo pipefail
# The CJK fonts are checked on their own: a Chromium without them renders Chinese as boxes.
have_browser() { { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } || command -v chromium >/dev/null 2>&1; }
have_fonts() { fc-list :lang=zh 2>/dev/null | grep -q . || dpkg -s fonts-noto-cjk >/dev/null 2>&1; }
have_browser && have_fonts && exit 0
missing=()
have_browser || missing+=(chromium)
have_fonts || missing+=(fonts-noto-cjk)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need Debian's ${missing[*]}: sudo apt-get install ${missing[*]} (or set CHROMIUM_PATH)." >&2
exit 1
