"""Test vectors for EuroCloud Compare's engine, from an independent implementation.

pymcdm (PyPI) computes the weighted sum (WSM) and TOPSIS on random decision matrices; the
native tests (tests/vectors.rs) check that the Rust engine matches to 1e-9.

    python3 -m venv /tmp/mcdm && /tmp/mcdm/bin/pip install -r tools/mcdm-vectors/requirements.txt
    /tmp/mcdm/bin/python tools/mcdm-vectors/generate.py > tests/vectors/mcdm.json

How the two engines line up:
- WSM: the engine places each value on its criterion's declared scale. Each case declares
  the scale as the column's own min and max, so that is pymcdm's min-max normalisation
  (`minmax_normalization`, cost columns inverted). pymcdm takes weights summing to 1; the
  engine takes whole numbers and divides by their sum, and reports 0-100.
- TOPSIS: pymcdm's default (min-max normalisation, Euclidean distances, closeness
  D- / (D- + D+)); the engine reports closeness times 100.
Matrices have 2 to 12 alternatives and 2 to 8 criteria, some cost criteria, and some
duplicated rows (ties). No column is constant (the engine refuses an empty scale).
"""

import json
import sys

import numpy as np
from pymcdm.methods import TOPSIS, WSM
from pymcdm.normalizations import minmax_normalization

CASES = 24
rng = np.random.default_rng(20261128)
cases = []
while len(cases) < CASES:
    alternatives = int(rng.integers(2, 13))
    criteria = int(rng.integers(2, 9))
    # Values on a grid of quarters, so ties between cells happen too.
    matrix = rng.integers(0, 41, size=(alternatives, criteria)) / 4.0
    if alternatives > 3 and rng.random() < 0.5:
        matrix[-1] = matrix[0]  # a duplicated row: a tie
    if any(np.min(matrix[:, j]) == np.max(matrix[:, j]) for j in range(criteria)):
        continue
    types = np.where(rng.random(criteria) < 0.35, -1, 1)
    weights = rng.integers(0, 101, size=criteria)
    if weights.sum() == 0:
        continue
    w = weights / weights.sum()
    wsm = WSM(normalization_function=minmax_normalization)(matrix, w, types)
    topsis = TOPSIS()(matrix, w, types)
    if np.any(np.isnan(topsis)):
        continue
    cases.append({
        "matrix": matrix.tolist(),
        "types": types.tolist(),
        "weights": weights.tolist(),
        "scale_min": matrix.min(axis=0).tolist(),
        "scale_max": matrix.max(axis=0).tolist(),
        "wsm": wsm.tolist(),
        "topsis": topsis.tolist(),
    })

json.dump({"generator": "tools/mcdm-vectors/generate.py", "pymcdm": "1.4.0", "numpy": np.__version__,
           "cases": cases}, sys.stdout, indent=1)
sys.stdout.write("\n")
