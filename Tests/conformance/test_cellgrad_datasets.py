"""cellgrad.datasets: the bundled tables read as scikit-learn's own copies (expected output
written by cellgrad_datasets/make_expected.py with scikit-learn), the seeded toy problems have
their documented shapes, labels and determinism, and the poems of Debian's fortunes-zh come back
as titled poems when that package is installed."""
import subprocess
from pathlib import Path

import pytest

import snippetlib

HERE = Path(__file__).resolve().parent / "cellgrad_datasets"


def run(source: str, tmp_path: Path):
    script = tmp_path / "check.py"
    script.write_text(source)
    return subprocess.run([str(snippetlib.cellgrad_path()), "run", str(script)], cwd=tmp_path,
                          env=snippetlib.child_env(), capture_output=True, text=True, timeout=300)


def test_tables_match_scikit_learn(tmp_path):
    ours = run((HERE / "check_tables.py").read_text(), tmp_path)
    assert ours.returncode == 0 and not ours.stderr, ours.stderr[-3000:]
    assert ours.stdout == (HERE / "expected_tables.txt").read_text()


TOYS = r'''
import numpy as np
from cellgrad import datasets
for name, kwargs, classes in [("make_xor", {}, 2), ("make_moons", {}, 2), ("make_circles", {}, 2),
                              ("make_spirals", {}, 3), ("make_blobs", {}, 3), ("make_blobs", {"centers": 4, "n_samples": 40}, 4)]:
    f = getattr(datasets, name)
    X, y = f(**kwargs)
    X2, y2 = f(**kwargs)
    X3, _ = f(seed=1, **kwargs)
    print(name, X.shape, y.shape, X.dtype, y.dtype, sorted(set(y.tolist())) == list(range(classes)),
          bool((X == X2).all() and (y == y2).all()), bool((X != X3).any()))
X, y = datasets.make_line(n_samples=50, slope=3.0, intercept=-1.0, noise=0.0)
print(X.shape, y.shape, bool(np.allclose(y.ravel(), 3.0 * X.ravel() - 1.0)))
'''


def test_toy_problems_are_seeded_and_shaped(tmp_path):
    ours = run(TOYS, tmp_path)
    assert ours.returncode == 0 and not ours.stderr, ours.stderr[-3000:]
    lines = ours.stdout.splitlines()
    assert len(lines) == 7, ours.stdout
    for line in lines[:6]:
        assert line.endswith("True True True"), line
        assert "float64 int64" in line, line
    assert lines[0].startswith("make_xor (200, 2) (200,)")
    assert lines[3].startswith("make_spirals (300, 2) (300,)")
    assert lines[5].startswith("make_blobs (40, 2) (40,)")
    assert lines[6].endswith("True"), lines[6]


POEMS = r'''
from cellgrad import datasets
for load in (datasets.load_tang_poems, datasets.load_song_poems):
    poems = load()
    print(len(poems), sorted(poems[0]), all(p["title"] and p["author"] and p["lines"] for p in poems),
          all(p["text"] == "\n".join(p["lines"]) for p in poems))
print(any(p["author"] == "李白" for p in datasets.load_tang_poems()))
'''


@pytest.mark.skipif(not Path("/usr/share/games/fortunes/tang300.u8").exists(), reason="Debian's fortunes-zh is not installed")
def test_poems_from_fortunes_zh(tmp_path):
    ours = run(POEMS, tmp_path)
    assert ours.returncode == 0 and not ours.stderr, ours.stderr[-3000:]
    tang, song, li_bai = ours.stdout.splitlines()
    assert tang.endswith("['author', 'lines', 'text', 'title'] True True") and int(tang.split()[0]) > 250
    assert song.endswith("['author', 'lines', 'text', 'title'] True True") and int(song.split()[0]) > 50
    assert li_bai == "True"
