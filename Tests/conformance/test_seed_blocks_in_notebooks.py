"""Every ```python block of the seed articles appears in a tutorial notebook (issue 18): its
lines, compared without leading or trailing blanks, are found in one notebook cell, in order
(a code cell that runs it, or a Markdown cell that quotes a block that cannot run). A few
lines may differ: the notebooks make the smallest change that lets a block run, and
notebooks/README.md says what changed and why for each block."""
import json
from pathlib import Path

import pytest

from test_seeds import extract_blocks

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("[0-9]*.ipynb"))
# Share of a block's lines that must appear unchanged, in order, in one cell. The lowest is
# 001 §5.2's imdb block (8 of 14 lines): lesson 07 feeds it the Tang/Song poems instead.
UNCHANGED = 0.55


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _cells() -> list[tuple[str, list[str]]]:
    cells = []
    for path in NOTEBOOKS:
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"], 1):
            cells.append((f"{path.stem}, cell {number}", _lines("".join(cell["source"]))))
    return cells


def _in_order(block: list[str], cell: list[str]) -> int:
    """How many of the block's lines appear in the cell in the block's order."""
    found, position = 0, 0
    for line in block:
        try:
            position = cell.index(line, position) + 1
            found += 1
        except ValueError:
            continue
    return found


BLOCKS = [b for b in extract_blocks() if _lines(b.code)]


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_block_is_in_a_notebook(block):
    lines = _lines(block.code)
    best_place, best = max(((place, _in_order(lines, cell)) for place, cell in _cells()), key=lambda t: t[1])
    assert best >= UNCHANGED * len(lines), (
        f"{block.id}: at most {best} of its {len(lines)} lines are in one notebook cell ({best_place})")


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_block_is_mapped_in_the_lesson_index(block):
    """notebooks/README.md names the block by its seed and first line, with its notebook and cell."""
    index = (NOTEBOOKS[0].parent / "README.md").read_text(encoding="utf-8")
    seed = block.seed[:3]
    rows = [row for row in index.split("\n") if row.startswith(f"| {seed} |")]
    first = _lines(block.code)[0]
    assert any(f"`{first}" in row for row in rows), f"{block.id}: no row of notebooks/README.md starts with `{first}`"
