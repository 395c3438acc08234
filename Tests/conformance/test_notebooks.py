"""Every tutorial notebook runs top to bottom in the kernel through nbclient, without errors."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path):
    nb = nbformat.read(path, as_version=4)
    # Run in the notebook's folder, as Jupyter and nbconvert do, so that 'data/...' paths resolve.
    NotebookClient(nb, kernel_name="cellgrad", timeout=60,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    # A cell tagged raises-exception shows an article's error on purpose (nbclient runs on past it).
    errors = [o for c in nb.cells if c.cell_type == "code"
              and "raises-exception" not in c.get("metadata", {}).get("tags", [])
              for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, errors
    assert all(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "every code cell shows something"
