#!/usr/bin/env bash
# Set up what is missing, then serve the web app on http://127.0.0.1:8000 (SQLite, bundled content).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/mldojo" serve "$@"
