#!/usr/bin/env bash
# Validates Data/ as a Frictionless Data Package (Data/datapackage.json): every resource's path,
# encoding, dialect and schema (types, non-negative counts, rates 0–100, missing values, keys).
# Installs PyPI's frictionless when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v frictionless >/dev/null || python3 -m pip install -q frictionless >/dev/null
frictionless validate Data/datapackage.json
