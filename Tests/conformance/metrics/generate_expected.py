"""Writes expected.json: scikit-learn's answers to the cases in cases.py. Run under a Python
with scikit-learn and numpy (never Cellgrad):

    python3 -m venv /tmp/sk && /tmp/sk/bin/pip install scikit-learn
    /tmp/sk/bin/python Tests/conformance/metrics/generate_expected.py
"""
import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.metrics import classification_report, confusion_matrix

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases import answers  # noqa: E402


def plain(value):
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (np.floating, float)):
        return round(float(value), 12)
    if isinstance(value, np.integer):
        return int(value)
    return value


result = plain(answers(classification_report, confusion_matrix, np.asarray))
result["_generator"] = "scikit-learn " + sklearn.__version__
(HERE / "expected.json").write_text(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
print("wrote", HERE / "expected.json", "from scikit-learn", sklearn.__version__)
