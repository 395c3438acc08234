extension CellgradLibrary {
    /// `tqdm.auto`, in Cellgrad Python.
    static let tqdmAuto = #"""
"""tqdm's notebook-aware bar: in Cellgrad the same bar as `tqdm.tqdm`, drawn in place."""
from tqdm import tqdm, trange

__all__ = ["tqdm", "trange"]
"""#
}
