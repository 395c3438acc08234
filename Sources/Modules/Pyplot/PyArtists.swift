import Language
import Plot

/// `matplotlib.lines.Line2D`, returned by `plot`, `axhline`, `axvline`.
final class PyLine2D: PyObject {
    let line: Line2D
    init(_ line: Line2D) {
        self.line = line
        super.init(type: PyplotTypes.line2D)
    }
}

/// Any other drawn artist (`PathCollection` of scatter, `AxesImage` of imshow,
/// `QuadContourSet`, `FillBetweenPolyCollection`): the Plot artist and the Axes it is in.
final class PyPlotArtist: PyObject {
    let artist: Artist
    let axes: PyAxes
    init(_ artist: Artist, axes: PyAxes, type: PyType) {
        self.artist = artist
        self.axes = axes
        super.init(type: type)
    }
}

/// One bar of `bar`/`hist` (`matplotlib.patches.Rectangle`) or one pie wedge: an index into
/// a Plot `PatchArtist`, so `rect.get_height()` and `rect.set_color('r')` read and write it.
final class PyPatch: PyObject {
    let artist: PatchArtist
    let index: Int
    init(_ artist: PatchArtist, index: Int, type: PyType) {
        self.artist = artist
        self.index = index
        super.init(type: type)
    }

    var patch: PatchArtist.Patch? { index < artist.patches.count ? artist.patches[index] : nil }

    /// Lower-left corner, width and height as matplotlib's Rectangle reports them (height is
    /// negative for a bar below its base).
    var geometry: (x: Double, y: Double, width: Double, height: Double) {
        guard let p = patch, p.points.count >= 4 else { return (0, 0, 0, 0) }
        let pts = p.points
        return (pts[0].x, pts[0].y, pts[1].x - pts[0].x, pts[3].y - pts[0].y)
    }
}

/// `matplotlib.text.Text`: the strings returned by `title`, `xlabel`, `text`, `annotate`.
/// `apply` pushes `set_text`/`set_fontsize` back to where the text lives.
final class PyText: PyObject {
    /// The position as given (`Text(0.5, 1.0, 'Loss')` keeps `1.0` a float and `0` an int).
    var x: Value
    var y: Value
    var text: String
    let artist: TextArtist?
    let apply: ((PyText) -> Void)?
    var fontSize: Double?
    /// `Annotation` for `annotate`'s texts, as matplotlib's subclass prints.
    var reprName = "Text"

    init(x: Value, y: Value, text: String, artist: TextArtist? = nil, apply: ((PyText) -> Void)? = nil) {
        self.x = x
        self.y = y
        self.text = text
        self.artist = artist
        self.apply = apply
        super.init(type: PyplotTypes.text)
    }

    /// `Text(0.5, 1.0, 'Loss')`.
    var reprText: String {
        "\(reprName)(\(Formatter.repr(x)), \(Formatter.repr(y)), \(Formatter.stringRepr(text)))"
    }
}

/// `matplotlib.legend.Legend`.
final class PyLegend: PyObject {
    let axes: PyAxes
    init(axes: PyAxes) {
        self.axes = axes
        super.init(type: PyplotTypes.legend)
    }
}

/// `matplotlib.colorbar.Colorbar`: the bar's own Axes (`cbar.ax`).
final class PyColorbar: PyObject {
    let bar: PyAxes
    init(bar: PyAxes) {
        self.bar = bar
        super.init(type: PyplotTypes.colorbar)
    }
}

/// A colormap object (`plt.cm.viridis`, `plt.get_cmap('Blues')`): usable as `cmap=` and
/// callable (`cmap(0.5)` → an RGBA tuple).
final class PyColormap: PyObject {
    let colormap: Colormap
    init(_ colormap: Colormap) {
        self.colormap = colormap
        super.init(type: PyplotTypes.colormap)
    }
}

/// `ax.transAxes` / `ax.transData`: which coordinates `text(..., transform=)` uses.
final class PyTransform: PyObject {
    enum Kind { case data, axes, figure }
    let kind: Kind
    init(_ kind: Kind) {
        self.kind = kind
        super.init(type: PyplotTypes.transform)
    }
}
