#!/usr/bin/env bash
# Linux smoke build: freeze the app here and run the frozen self-test offscreen,
# so the freezing setup is checked in our own environment.
# Usage: bash packaging/build_linux.sh   (from a checkout; creates .venv if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -c packaging/constraints.txt -e ".[build]"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/build.py "$@"
