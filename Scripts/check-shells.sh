#!/usr/bin/env bash
# Installs what the completion and man-page tests check with (zsh, fish, groff) when missing,
# then runs those tests. Without them the tests skip zsh, fish and groff quietly.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in zsh fish groff; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || true
fi
for tool in zsh fish groff; do command -v "$tool" >/dev/null || echo "note: $tool not available; its check is skipped" >&2; done
swift test --filter CompletionAndManPageTests
