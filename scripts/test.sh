#!/usr/bin/env bash
# Set up what is missing, then run every check: ruff (lint, format), mypy (strict) and pytest.
# PostgreSQL and Redis are used when running on loopback, else the tests start their own.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --dev || exit 1
BIN="$ROOT/.venv/bin"
failed=()
run() {
  printf '\033[1m==> %s\033[0m\n' "$*"
  "$@" || failed+=("$1 $2")
}
run "$BIN/ruff" check src tests bench
run "$BIN/ruff" format --check src tests bench
run "$BIN/mypy"
run "$BIN/pytest" "$@"
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all checks passed"
