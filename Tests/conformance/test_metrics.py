"""cellgrad.metrics answers as scikit-learn does: classification_report (text and dict) and
confusion_matrix on the cases of metrics/cases.py, against metrics/expected.json written by
metrics/generate_expected.py under real scikit-learn."""
import json
import math

import pytest

from test_pyplot import REPO, cellgrad_run

HERE = REPO / "Tests" / "conformance" / "metrics"
EXPECTED = json.loads((HERE / "expected.json").read_text())


@pytest.fixture(scope="module")
def answers():
    script = (HERE / "cases.py").read_text() + """
import json
import numpy as np
from cellgrad.metrics import classification_report, confusion_matrix
print(json.dumps(answers(classification_report, confusion_matrix, np.asarray)))
"""
    done = cellgrad_run(script)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def close(a, b):
    if isinstance(a, dict):
        return isinstance(b, dict) and sorted(a) == sorted(b) and all(close(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.mark.parametrize("key", sorted(k for k in EXPECTED if not k.startswith("_")))
def test_as_scikit_learn(answers, key):
    if key.startswith("report/"):
        assert answers[key] == EXPECTED[key]
    else:
        assert close(answers[key], EXPECTED[key]), (answers[key], EXPECTED[key])
