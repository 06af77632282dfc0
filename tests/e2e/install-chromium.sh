#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/e2e) when it is missing.
# `npx playwright install` cannot download browsers here; playwright-core drives the system one.
# Called by `npm test` (scripts/test.ts) and by .ci/run; does nothing when chromium is there.
set -euo pipefail

CHROMIUM="${SHOWRUNNER_CHROMIUM:-/usr/bin/chromium}"
# Debian's wrapper script also prints a harmless `[: … unexpected operator` on stderr.
version() { "$CHROMIUM" --version 2>/dev/null; }

if [ -x "$CHROMIUM" ] && version >/dev/null; then
  echo "chromium is installed: $(version)"
  exit 0
fi

fail() { echo "install-chromium.sh: $1" >&2; exit 1; }

command -v apt-get >/dev/null || fail "$CHROMIUM is missing and apt-get is not available to install Debian's chromium; install Chromium and set SHOWRUNNER_CHROMIUM to its path."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "$CHROMIUM is missing; installing it needs root: run 'apt-get install chromium' as root, or install sudo."
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || fail "apt-get update failed; cannot install chromium."
$SUDO apt-get install -y -qq chromium >/dev/null || fail "apt-get install chromium failed."
[ -x "$CHROMIUM" ] && version >/dev/null || fail "apt-get installed chromium, but $CHROMIUM does not run (is SHOWRUNNER_CHROMIUM pointing elsewhere?)."
echo "chromium installed: $(version)"
