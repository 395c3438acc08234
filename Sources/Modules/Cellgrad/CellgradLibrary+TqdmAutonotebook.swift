extension CellgradLibrary {
    /// `tqdm.autonotebook`, in Cellgrad Python.
    static let tqdmAutonotebook = #"""
"""tqdm's notebook-aware bar: in Cellgrad the same bar as `tqdm.tqdm`, drawn in place."""
from tqdm import tqdm, trange

__all__ = ["tqdm", "trange"]
"""#
}
