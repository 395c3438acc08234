"""Every tutorial notebook runs top to bottom in the kernel through nbclient: no error except
in a cell tagged `raises-exception` (a lesson that shows an article's bug), nothing on stderr,
and every code cell shows something."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name="cellgrad", timeout=120, resources={"metadata": {"path": str(path.parent)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [(c.source[:60], o) for c in code if "raises-exception" not in _tags(c)
              for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, errors
    for c in code:
        if "raises-exception" in _tags(c):
            assert any(o.output_type == "error" for o in c.get("outputs", [])), f"cell tagged raises-exception did not raise: {c.source[:60]}"
    stderr = [(c.source[:60], o.get("text", "")) for c in code for o in c.get("outputs", [])
              if o.output_type == "stream" and o.get("name") == "stderr"]
    assert not stderr, stderr
    assert all(c.get("outputs") for c in code), "every code cell shows something"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebook_carries_no_run_timestamps(path):
    """nbclient's per-cell timestamps change on every run and would make every re-execution a
    diff of every cell; notebooks/README.md's command turns them off."""
    nb = nbformat.read(path, as_version=4)
    stamped = [c.source[:40] for c in nb.cells if "execution" in c.get("metadata", {})]
    assert not stamped, stamped
