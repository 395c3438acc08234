extension CellgradLibrary {
    /// `IPython.display`, in Cellgrad Python.
    static let iPythonDisplay = #"""
"""Rich display in the notebook: display(), handles updated in place, HTML, Markdown, Latex,
Math, JSON, Image, Pretty, clear_output and update_display, as IPython.display spells them."""
import _cellgrad


def _bundle(obj, raw=False):
    if raw:
        return dict(obj)
    return _cellgrad.mime_bundle(obj)


class DisplayHandle:
    """A handle on a displayed output, to update it in place.

    h = display("step 1", display_id=True); h.update("step 2")"""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _cellgrad.Live().display_id
        self.display_id = display_id

    def __repr__(self):
        return "<DisplayHandle display_id=%s>" % self.display_id

    def display(self, obj, **kwargs):
        """Shows obj as a new output that this handle updates."""
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        """Replaces every output shown with this handle's display_id by obj."""
        update_display(obj, display_id=self.display_id, **kwargs)


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs):
    """display(*objs, display_id=None, raw=False, clear=False, update=False)

    Shows each object with its richest representation (HTML, PNG, Markdown …; text/plain
    always). display_id=True returns a DisplayHandle whose .update() redraws the output."""
    update = kwargs.pop("update", False)
    if kwargs:
        raise TypeError("display() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
    if display_id is True:
        display_id = DisplayHandle().display_id
    if clear:
        clear_output(wait=True)
    for obj in objs:
        _cellgrad.publish(_bundle(obj, raw), metadata=_metadata_of(obj, metadata), display_id=display_id, update=update)
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    """Updates the outputs shown with display_id to show obj."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clears the cell's output; wait=True waits until new output arrives (no flicker)."""
    _cellgrad.clear_output(wait)


def publish_display_data(data, metadata=None, source=None, *, transient=None, **kwargs):
    """Sends a MIME bundle (a dict of MIME type to data) as display_data."""
    display_id = (transient or {}).get("display_id")
    _cellgrad.publish(dict(data), metadata=metadata, display_id=display_id, update=kwargs.get("update", False))


def _metadata_of(obj, metadata):
    own = getattr(obj, "_cellgrad_metadata", None)
    if own is None:
        return metadata
    merged = dict(own)
    merged.update(metadata or {})
    return merged


class DisplayObject:
    """Base of HTML, Markdown, Image …: holds data, read from a file or given inline."""
    _mime = "text/plain"

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if data is not None and isinstance(data, str) and filename is None and url is None and data.startswith(("/", "./")) and _is_file(data):
            filename, data = data, None
        if filename is not None:
            with open(filename) as f:
                data = f.read()
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = metadata or {}

    def __repr__(self):
        return "<IPython.core.display.%s object>" % type(self).__name__

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {self._mime: self._data_text(), "text/plain": repr(self)}

    def _data_text(self):
        return "" if self.data is None else str(self.data)


def _is_file(path):
    import os
    return os.path.isfile(path)


class TextDisplayObject(DisplayObject):
    """A DisplayObject whose data is text."""


class HTML(TextDisplayObject):
    """HTML(data): shown as HTML."""
    _mime = "text/html"

    def _repr_html_(self):
        return self._data_text()


class Markdown(TextDisplayObject):
    """Markdown(data): shown as rendered Markdown."""
    _mime = "text/markdown"

    def _repr_markdown_(self):
        return self._data_text()


class Latex(TextDisplayObject):
    """Latex(data): LaTeX, rendered by the notebook's MathJax ($...$ or an equation environment)."""
    _mime = "text/latex"

    def _repr_latex_(self):
        return self._data_text()


class Math(TextDisplayObject):
    """Math(data): a formula without the $ signs, shown in display style."""
    _mime = "text/latex"

    def _data_text(self):
        s = self._data_text_raw()
        return "$\\displaystyle %s$" % s.strip().strip("$")

    def _data_text_raw(self):
        return "" if self.data is None else str(self.data)

    def _repr_latex_(self):
        return self._data_text()


class Pretty(TextDisplayObject):
    """Pretty(data): plain text."""

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self._data_text()}


class Code(TextDisplayObject):
    """Code(data, language='python'): source code shown in a monospaced block."""

    def __init__(self, data=None, url=None, filename=None, language=None):
        super().__init__(data, url, filename)
        self.language = language

    def _repr_mimebundle_(self, include=None, exclude=None):
        text = self._data_text()
        return {"text/html": "<pre><code>%s</code></pre>" % _cellgrad.html_escape(text), "text/plain": text}


class JSON(DisplayObject):
    """JSON(data=None, url=None, filename=None, expanded=False, metadata=None, root='root'): a dict or list
    shown by the notebook's JSON viewer (application/json)."""

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        import json
        if filename is not None:
            with open(filename) as f:
                data = json.load(f)
        elif isinstance(data, str):
            data = json.loads(data)
        super().__init__(data, url, None, metadata)
        self.expanded = expanded
        self.root = root

    def _repr_json_(self):
        return self.data, {"expanded": self.expanded, "root": self.root}

    def _repr_mimebundle_(self, include=None, exclude=None):
        # The dict itself: the kernel sends application/json as a JSON object, as ipykernel does.
        return {"application/json": self.data, "text/plain": repr(self)}


class Image(DisplayObject):
    """Image(data=None, url=None, filename=None, format=None, width=None, height=None):
    a PNG or JPEG from bytes or a file."""

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None, retina=False, unconfined=False, metadata=None, alt=None):
        if isinstance(data, str) and filename is None and _is_file(data):
            filename, data = data, None
        if filename is not None:
            with open(filename, "rb") as f:
                data = f.read()
            if format is None and filename.lower().endswith((".jpg", ".jpeg")):
                format = "jpeg"
        if data is None and url is None:
            raise ValueError("No image data found. Expecting filename, url, or data.")
        if data is not None and not isinstance(data, bytes):
            raise TypeError("Image data must be bytes, not %s" % type(data).__name__)
        if format is None and data is not None:
            format = "jpeg" if data[:3] == b"\xff\xd8\xff" else "png"
        if format == "jpg":
            format = "jpeg"
        if format not in ("png", "jpeg"):
            raise ValueError("Cannot embed the '%s' image format" % format)
        self.format = format
        self.width = width
        self.height = height
        self.alt = alt
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = metadata or {}
        size = {}
        if width is not None:
            size["width"] = int(width)
        if height is not None:
            size["height"] = int(height)
        self._cellgrad_metadata = {"image/" + format: size} if size else None

    def _repr_mimebundle_(self, include=None, exclude=None):
        if self.data is None:
            return {"text/html": '<img src="%s"/>' % _cellgrad.html_escape(self.url), "text/plain": repr(self)}
        return {"image/" + self.format: _cellgrad.base64(self.data), "text/plain": repr(self)}




def display_html(*objs, raw=False, **kwargs):
    """Shows HTML: raw strings with raw=True, else each object's HTML."""
    for obj in objs:
        display(HTML(obj) if raw else obj, **kwargs)


def display_markdown(*objs, raw=False, **kwargs):
    """Shows Markdown: raw strings with raw=True."""
    for obj in objs:
        display(Markdown(obj) if raw else obj, **kwargs)


def display_latex(*objs, raw=False, **kwargs):
    """Shows LaTeX: raw strings with raw=True."""
    for obj in objs:
        display(Latex(obj) if raw else obj, **kwargs)


def display_png(*objs, raw=False, **kwargs):
    """Shows PNG images: raw bytes with raw=True."""
    for obj in objs:
        display(Image(obj, format="png") if raw else obj, **kwargs)


def display_pretty(*objs, raw=False, **kwargs):
    """Shows plain text."""
    for obj in objs:
        display(Pretty(obj) if raw else obj, **kwargs)


def display_json(*objs, raw=False, **kwargs):
    """Shows JSON data."""
    for obj in objs:
        display(JSON(obj) if raw else obj, **kwargs)
"""#
}
