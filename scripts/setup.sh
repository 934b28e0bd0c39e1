#!/usr/bin/env bash
# Set up mldojo on a Debian or Ubuntu machine: system packages with apt, Python packages in .venv.
#   scripts/setup.sh          what the app needs (bubblewrap)
#   scripts/setup.sh --dev    also what the tests need (PostgreSQL, Redis, Chromium, dev tools)
# Installs only what is missing, so a second run takes a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

need_pkgs=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_cmd bwrap || need_pkgs+=(bubblewrap)
if ! have_cmd python3; then need_pkgs+=(python3); fi
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then need_pkgs+=(python3-venv); fi
if [[ $DEV == 1 ]]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_pkgs+=(postgresql)
  have_cmd redis-server || need_pkgs+=(redis-server)
  have_cmd chromium || need_pkgs+=(chromium)
fi
if ((${#need_pkgs[@]})); then
  say "installing system packages: ${need_pkgs[*]}"
  SUDO=""
  if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

python3 - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"mldojo needs Python 3.11 or newer; this is {sys.version.split()[0]}")
PY

VENV="$ROOT/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
  say "creating the virtual environment in .venv"
  python3 -m venv "$VENV"
fi
EXTRA=""
[[ $DEV == 1 ]] && EXTRA="[dev]"
STAMP="$VENV/.mldojo-installed"
HASH="$(sha256sum pyproject.toml | cut -d' ' -f1)"
HAVE="$(cat "$STAMP" 2>/dev/null || true)"
# The stamp records the pyproject hash and whether the dev extra is in; reinstall when it differs.
if [[ "$HAVE" != "$HASH dev" && ( $DEV == 1 || "$HAVE" != "$HASH app" ) ]]; then
  say "installing Python packages into .venv"
  # pip warns about index locations configured on some machines; those lines are noise here.
  quiet_pip() { "$VENV/bin/python" -m pip "$@" 2> >(grep -v "^WARNING: Location" >&2); }
  quiet_pip install -q --upgrade pip >/dev/null
  quiet_pip install -q -e ".$EXTRA"
  if [[ $DEV == 1 ]]; then echo "$HASH dev" > "$STAMP"; else echo "$HASH app" > "$STAMP"; fi
fi
