extension CellgradLibrary {
    /// `tqdm`, in Cellgrad Python.
    static let tqdm = #"""
"""tqdm: progress bars for loops, as the tqdm package draws them. In a notebook the bar is one
output redrawn in place (at most ten times a second); under `cellgrad run` it is tqdm's text
line, redrawn after '\\r' on stderr.

    from tqdm import tqdm
    for xb, yb in tqdm(loader, desc="epoch 1"):
        ...
        bar.set_postfix(loss=loss.item())"""
import sys
import time
import _cellgrad

__version__ = "4.67.1"
__all__ = ["tqdm", "trange", "TqdmWarning"]


class TqdmWarning(Warning):
    """A warning about tqdm's use."""


class _EMA:
    """tqdm's exponential moving average with bias correction."""

    def __init__(self, smoothing):
        self.alpha = smoothing
        self.last = 0
        self.calls = 0

    def __call__(self, x=None):
        beta = 1 - self.alpha
        if x is not None:
            self.last = self.alpha * x + beta * self.last
            self.calls += 1
        return self.last / (1 - beta ** self.calls) if self.calls else self.last


_BLOCKS = " \u258f\u258e\u258d\u258c\u258b\u258a\u2589\u2588"
_ASCII = " 123456789#"


class tqdm:
    """tqdm(iterable=None, desc=None, total=None, leave=True, ncols=None, mininterval=0.1,
    ascii=None, disable=False, unit='it', initial=0, postfix=None, ...)

    Wraps an iterable (or counts update() calls) and shows a progress bar:
    `desc: 45%|████▌     | 45/100 [00:01<00:02, 30.00it/s, loss=0.31]`."""

    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None, ncols=None,
                 mininterval=0.1, maxinterval=10.0, miniters=None, ascii=None, disable=False,
                 unit="it", unit_scale=False, dynamic_ncols=False, smoothing=0.3, bar_format=None,
                 initial=0, position=None, postfix=None, unit_divisor=1000, write_bytes=False,
                 lock_args=None, nrows=None, colour=None, delay=0.0, gui=False, **kwargs):
        if kwargs:
            raise TypeError("tqdm() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError):
                total = None
        if total == float("inf"):
            total = None
        self.iterable = iterable
        self.desc = desc or ""
        self.total = total
        self.leave = leave
        self.file = file
        self.ncols = ncols
        self.mininterval = mininterval
        self.ascii = ascii
        self.disable = disable
        self.unit = unit
        self.unit_scale = unit_scale
        self.smoothing = smoothing
        self.bar_format = bar_format
        self.initial = initial
        self.n = initial
        self.last_print_n = initial
        self.postfix = None
        self.colour = colour
        self.pos = 0
        self._ema_dn = _EMA(smoothing)
        self._ema_dt = _EMA(smoothing)
        self._ema_miniters = _EMA(smoothing)
        self.start_t = time.time()
        self.last_print_t = self.start_t
        self._last_len = 0
        self._closed = False
        self._failed = False
        self._live = None
        if disable:
            return
        if _cellgrad.live():
            self._live = _cellgrad.Live(mininterval)
        if postfix:
            self.set_postfix(refresh=False, **postfix) if isinstance(postfix, dict) else self.set_postfix_str(str(postfix), refresh=False)
        self.refresh()

    def __len__(self):
        if self.total is not None:
            return self.total
        return len(self.iterable) if self.iterable is not None else 0

    def __iter__(self):
        if self.iterable is None:
            raise TypeError("'tqdm' object is not iterable")
        return _TqdmIterator(self, iter(self.iterable))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self._failed = True
        self.close()
        return False

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return self.format_meter(**self.format_dict)

    @property
    def format_dict(self):
        """The values a bar is drawn from: n, total, elapsed, rate, prefix, postfix …"""
        rate = None
        if self.smoothing and self._ema_dt():
            rate = self._ema_dn() / self._ema_dt()
        return {"n": self.n, "total": self.total, "elapsed": time.time() - self.start_t, "ncols": self.ncols,
                "prefix": self.desc, "ascii": self.ascii, "unit": self.unit, "unit_scale": self.unit_scale,
                "rate": rate, "bar_format": self.bar_format, "postfix": self.postfix, "initial": self.initial}

    def update(self, n=1):
        """Adds n to the count and redraws when mininterval has passed."""
        if self.disable:
            return None
        self.n += n
        if self.n - self.last_print_n >= 1:
            cur_t = time.time()
            dt = cur_t - self.last_print_t
            if dt >= self.mininterval:
                dn = self.n - self.last_print_n
                if self.smoothing and dt and dn:
                    self._ema_dn(dn)
                    self._ema_dt(dt)
                self.refresh()
                self.last_print_n = self.n
                self.last_print_t = cur_t
                return True
        return None

    def refresh(self, nolock=False, lock_args=None):
        """Redraws the bar now."""
        if self.disable:
            return None
        self.display()
        return True

    def display(self, msg=None, pos=None, force=False):
        """Draws the bar (or msg) in place."""
        line = self.__str__() if msg is None else msg
        if self._live is not None:
            self._live.show({"text/plain": line, "text/html": self._html(line)}, force or self._closed)
        else:
            out = self.file or sys.stderr
            out.write("\r" + line + " " * max(self._last_len - len(line), 0))
            self._last_len = len(line)
        return True

    def clear(self, nolock=False):
        """Blanks the bar (until the next refresh)."""
        if self._live is not None:
            self._live.show({"text/plain": ""}, True)
        elif not self.disable:
            (self.file or sys.stderr).write("\r" + " " * self._last_len + "\r")

    def close(self):
        """Draws the final state; with leave=False removes the bar."""
        if self.disable or self._closed:
            return
        self._closed = True
        if self.leave:
            self.display(force=True)
            if self._live is None:
                (self.file or sys.stderr).write("\n")
        else:
            self.clear()

    def reset(self, total=None):
        """Starts again from 0, with a new total if given."""
        self.n = 0
        self.last_print_n = 0
        if total is not None:
            self.total = total
        self.start_t = self.last_print_t = time.time()
        self._ema_dn = _EMA(self.smoothing)
        self._ema_dt = _EMA(self.smoothing)
        self.refresh()

    def unpause(self):
        """Restarts the timers after a pause."""
        self.last_print_t = time.time()

    def set_description(self, desc=None, refresh=True):
        """Sets the text before the bar ('desc: ')."""
        self.desc = desc + ": " if desc else ""
        if refresh:
            self.refresh()

    def set_description_str(self, desc=None, refresh=True):
        """Sets the text before the bar, as given."""
        self.desc = desc or ""
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        """Shows key=value pairs after the rate: set_postfix(loss=0.25, acc=0.9)."""
        postfix = dict(ordered_dict or {})
        for key in sorted(kwargs.keys()):
            postfix[key] = kwargs[key]
        for key in postfix.keys():
            value = postfix[key]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                postfix[key] = self.format_num(value)
            elif not isinstance(value, str):
                postfix[key] = str(value)
        self.postfix = ", ".join(key + "=" + postfix[key].strip() for key in postfix.keys())
        if refresh:
            self.refresh()

    def set_postfix_str(self, s="", refresh=True):
        """Shows s after the rate."""
        self.postfix = str(s)
        if refresh:
            self.refresh()

    @classmethod
    def write(cls, s, file=None, end="\n", nolock=False):
        """Prints s without breaking the bar."""
        (file or sys.stdout).write(s + end)

    @staticmethod
    def format_num(n):
        """A number as short as tqdm writes it ('0.123', '1.23e+5')."""
        f = ("%.3g" % n).replace("e+0", "e+").replace("e-0", "e-")
        n = str(n)
        return f if len(f) < len(n) else n

    @staticmethod
    def format_interval(t):
        """Seconds as [H:]MM:SS."""
        mins, s = divmod(int(t), 60)
        h, m = divmod(mins, 60)
        if h:
            return "%d:%02d:%02d" % (h, m, s)
        return "%02d:%02d" % (m, s)

    @staticmethod
    def format_sizeof(num, suffix="", divisor=1000):
        """A number with an SI prefix: 1.23k, 45.6M."""
        for unit in ["", "k", "M", "G", "T", "P", "E", "Z"]:
            if abs(num) < 999.5:
                if abs(num) < 99.95:
                    if abs(num) < 9.995:
                        return "%1.2f" % num + unit + suffix
                    return "%2.1f" % num + unit + suffix
                return "%3.0f" % num + unit + suffix
            num /= divisor
        return "%3.1f" % num + "Y" + suffix

    @staticmethod
    def format_meter(n, total, elapsed, ncols=None, prefix="", ascii=False, unit="it", unit_scale=False,
                     rate=None, bar_format=None, postfix=None, unit_divisor=1000, initial=0, colour=None):
        """The text of a bar, as tqdm writes it."""
        if total and n >= total + 0.5:
            total = None
        elapsed_str = tqdm.format_interval(elapsed)
        if rate is None and elapsed:
            rate = (n - initial) / elapsed
        inv_rate = 1 / rate if rate else None
        if rate:
            rate_noinv = (tqdm.format_sizeof(rate) if unit_scale else "%5.2f" % rate) + unit + "/s"
        else:
            rate_noinv = "?" + unit + "/s"
        if inv_rate:
            rate_inv = (tqdm.format_sizeof(inv_rate) if unit_scale else "%5.2f" % inv_rate) + "s/" + unit
        else:
            rate_inv = "?s/" + unit
        rate_fmt = rate_inv if inv_rate and inv_rate > 1 else rate_noinv
        if unit_scale:
            n_fmt = tqdm.format_sizeof(n, divisor=unit_divisor)
            total_fmt = tqdm.format_sizeof(total, divisor=unit_divisor) if total is not None else "?"
        else:
            n_fmt = str(n)
            total_fmt = str(total) if total is not None else "?"
        postfix = ", " + postfix if postfix else ""
        remaining = (total - n) / rate if rate and total else 0
        remaining_str = tqdm.format_interval(remaining) if rate else "?"
        if prefix:
            l_bar = prefix if prefix[-2:] == ": " else prefix + ": "
        else:
            l_bar = ""
        r_bar = "| %s/%s [%s<%s, %s%s]" % (n_fmt, total_fmt, elapsed_str, remaining_str, rate_fmt, postfix)
        if total:
            frac = n / total
            l_bar += "%3.0f%%|" % (frac * 100)
            if ncols == 0:
                return l_bar[:-1] + r_bar[1:]
            width = max(1, ncols - len(l_bar) - len(r_bar)) if ncols else 10
            return l_bar + tqdm._bar(frac, width, ascii) + r_bar
        return "%s%s%s [%s, %s%s]" % ((prefix + ": ") if prefix and prefix[-2:] != ": " else prefix, n_fmt, unit, elapsed_str, rate_fmt, postfix)

    @staticmethod
    def _bar(frac, width, ascii):
        charset = _ASCII if ascii is True else (ascii if isinstance(ascii, str) else _BLOCKS)
        nsyms = len(charset) - 1
        frac = max(0.0, min(1.0, frac))
        full, part = divmod(int(frac * width * nsyms), nsyms)
        res = charset[-1] * full
        if full < width:
            res = res + charset[part] + charset[0] * (width - full - 1)
        return res

    def _html(self, line):
        d = self.format_dict
        total = d["total"]
        frac = min(1.0, self.n / total) if total else (1.0 if self._closed else 0.0)
        if self._failed:
            colour = "#d9534f"
        elif self._closed and (not total or self.n >= total):
            colour = "#5cb85c"
        else:
            colour = self.colour or "#2196f3"
        left = line.split("|")[0] if total else (self.desc or "")
        right = line.split("|", 2)[2] if total and line.count("|") >= 2 else (line[len(self.desc):] if not total else "")
        return ('<div class="cellgrad-tqdm" style="display:flex;align-items:center;gap:6px;white-space:nowrap;'
                'font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px)">'
                '<span>%s</span><div style="flex:0 0 auto;width:240px;height:14px;background:#e9ecef;border-radius:3px;overflow:hidden">'
                '<div style="width:%.1f%%;height:100%%;background:%s"></div></div><span>%s</span></div>'
                % (_cellgrad.html_escape(left), frac * 100, colour, _cellgrad.html_escape(right)))


class _TqdmIterator:
    """The iteration of one tqdm: counts an item when the next is asked for (the loop body
    finished with it), as tqdm counts, and redraws when due."""

    def __init__(self, bar, it):
        self.bar = bar
        self.it = it
        self.started = False

    def __iter__(self):
        return self

    def __next__(self):
        bar = self.bar
        if self.started:
            bar.update(1)
        self.started = True
        try:
            return next(self.it)
        except StopIteration:
            bar.close()
            raise




def trange(*args, **kwargs):
    """tqdm(range(*args), **kwargs)."""
    return tqdm(range(*args), **kwargs)
"""#
}
