"""The metric cases that cellgrad.metrics must answer as scikit-learn does. Shared by the
generator (run under a Python with scikit-learn) and the test (run under `cellgrad run`)."""

CASES = [
    ("binary", [0, 1, 1, 0, 1, 1, 0, 0], [0, 1, 0, 0, 1, 1, 1, 0], {}),
    ("multiclass", [2, 0, 2, 2, 0, 1, 1, 2, 1, 0], [0, 0, 2, 2, 0, 2, 1, 2, 1, 1], {}),
    ("strings", ["cat", "ant", "cat", "cat", "ant", "bird"], ["ant", "ant", "cat", "cat", "ant", "cat"], {}),
    ("target_names", [0, 1, 2, 2, 2], [0, 0, 2, 2, 1], {"target_names": ["class 0", "class 1", "class 2"]}),
    ("digits", [0, 1, 2, 2, 2, 1, 0], [0, 0, 2, 2, 1, 1, 1], {"digits": 4}),
    ("labels_subset", [0, 1, 2, 2, 2, 3], [0, 0, 2, 2, 1, 3], {"labels": [1, 2]}),
    ("zero_division", [0, 0, 1, 1], [0, 0, 0, 0], {"zero_division": 0}),
    ("long_names", [0, 1, 1, 0], [0, 1, 0, 0], {"target_names": ["a very long class name", "b"]}),
    ("weights", [0, 1, 1, 0, 2], [0, 1, 0, 0, 2], {"sample_weight": [1.0, 2.0, 0.5, 1.0, 3.0]}),
]

CONFUSION = [
    ("plain", [2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], {}),
    ("labels", ["ant", "bird", "cat", "cat"], ["ant", "cat", "cat", "ant"], {"labels": ["cat", "ant", "bird"]}),
    ("normalize_true", [0, 1, 1, 2, 2, 2], [0, 1, 2, 2, 2, 1], {"normalize": "true"}),
    ("normalize_pred", [0, 1, 1, 2, 2, 2], [0, 1, 2, 2, 2, 1], {"normalize": "pred"}),
    ("normalize_all", [0, 1, 1, 2, 2, 2], [0, 1, 2, 2, 2, 1], {"normalize": "all"}),
]


def answers(classification_report, confusion_matrix, asarray):
    """Every case's report text, report dict and confusion matrix as plain lists."""
    out = {}
    for name, y, p, kw in CASES:
        out["report/" + name] = classification_report(y, p, **kw)
        out["dict/" + name] = classification_report(y, p, output_dict=True, **kw)
    for name, y, p, kw in CONFUSION:
        out["confusion/" + name] = [[round(float(v), 12) for v in row] for row in asarray(confusion_matrix(y, p, **kw)).tolist()]
    return out
