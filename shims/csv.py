"""Shims for the csv module: DictReader rows as OrderedDict (3.6 and 3.7; plain dicts since
3.8).

The rows keep the same keys in the same order (field names, then restkey for surplus values,
restval for missing ones); only their type changes back. Every row read warns, attributed to
the line that asks for the row (the `for` over the reader, or next()): 3.7 did not warn, but
code that still depends on OrderedDict rows (move_to_end(), popitem(last=False),
order-sensitive comparison, the repr) is what has to change for 3.8+.
"""
from _compat_engine import shim


@shim("csv-dictreader-dict", removed_in="3.8",
      replacement="dict rows (wrap a row with OrderedDict(row) where its features are needed)",
      kind="behaviour-change")
def _ordered_rows(csv, ctx):
    reader = csv.DictReader
    following = reader.__dict__.get("__next__")
    if following is None or getattr(following, "_pythonc_ordered", False):
        return
    ordered = None      # collections.OrderedDict, looked up at the first row

    def __next__(self):
        nonlocal ordered
        row = following(self)
        ctx.warn("csv.DictReader rows as OrderedDict", stacklevel=1)
        if ordered is None:
            ordered = __import__("collections").OrderedDict
        return ordered(row)

    __next__.__qualname__ = "DictReader.__next__"
    __next__.__module__ = csv.__name__
    __next__.__doc__ = following.__doc__
    __next__._pythonc_ordered = True
    __next__._pythonc_real = following
    reader.__next__ = __next__


@_ordered_rows.hide
def _hide_ordered_rows(csv):
    """Nothing to hide: every runtime pythonc builds on (3.8+) reads dict rows already."""
