#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/e2e) when it is missing.
# `npx playwright install` cannot download browsers here; playwright-core drives the system one.
set -euo pipefail

CHROMIUM="${SHOWRUNNER_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
echo "chromium installed: $("$CHROMIUM" --version)"
