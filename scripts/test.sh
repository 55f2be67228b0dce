#!/usr/bin/env bash
# Install everything the tests need, start a private Virtuoso, run every test (browser and
# Virtuoso ones included), stop Virtuoso. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
vdir=$(mktemp -d /tmp/dkb-virtuoso.XXXXXX)
export VIRTUOSO_HTTP_PORT="${VIRTUOSO_HTTP_PORT:-18890}" VIRTUOSO_SQL_PORT="${VIRTUOSO_SQL_PORT:-11111}"
DKB_TEST_VIRTUOSO_URL=$(bash scripts/virtuoso.sh start "$vdir" | tail -n 1)
export DKB_TEST_VIRTUOSO_URL
trap 'bash scripts/virtuoso.sh stop "$vdir" >/dev/null 2>&1 || true' EXIT
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
