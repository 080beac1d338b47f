"""Shim case unittest-mock-version: unittest.mock.__version__ (removed in 3.9).

3.3-3.8: the string "1.0" (from the days of the standalone mock package), not in __all__.
3.8 did not warn, so warnings are not printed.
"""
import unittest.mock
import warnings

warnings.simplefilter("ignore")

print(repr(unittest.mock.__version__), "__version__" in unittest.mock.__all__)
from unittest.mock import __version__  # noqa: E402
print(__version__ == "1.0", tuple(int(p) for p in __version__.split(".")) >= (1, 0))
print(getattr(unittest.mock, "__version__", None))
