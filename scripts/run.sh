#!/usr/bin/env bash
# The main job on the embedded store: install, ingest the bundled sample corpus, serve the timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export DKB_STORE="${DKB_STORE:-oxigraph:dkb-data}"
.venv/bin/dkb ingest kb/samples/ --no-progress || echo "(some inputs were refused; see above)"
.venv/bin/dkb timeline all_events --limit 15
echo "serving on http://127.0.0.1:${PORT:-5000}/"
exec .venv/bin/dkb serve --port "${PORT:-5000}"
