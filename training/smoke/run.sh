#!/usr/bin/env bash
# The training smoke test: a cached virtual environment with the pinned TRL stack (CPU torch), exports
# of the fixture samples written by `lce export`, then smoke_test.py. No model or data download.
#   bash training/smoke/run.sh            (LCE_TRAINING_VENV=DIR to put the venv elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${LCE_TRAINING_VENV:-training/.venv}"
STAMP="$VENV/.lce-requirements"
WANT="torch==2.13.0+cpu $(grep -v '^#' training/requirements.txt | tr '\n' ' ')"

if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  echo "training smoke: creating $VENV (torch CPU, TRL stack)…" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  # --retries 0: an index this machine cannot reach fails at once instead of after minutes of retries.
  "$VENV/bin/pip" install --quiet --retries 0 --disable-pip-version-check $WANT
  echo "$WANT" > "$STAMP"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for format in sft dpo; do
  npm run -s lce -- export --samples tests/fixtures/dataset/samples.jsonl --format "$format" --out "$WORK/$format.jsonl" 2>/dev/null
done
# One CPU thread: the smoke test runs beside the other test files.
OMP_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 \
  "$VENV/bin/python" training/smoke/smoke_test.py --export "$WORK" --fixtures tests/fixtures/dataset --work "$WORK/runs"
