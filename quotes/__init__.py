"""quotes: rule-based quote and claim attribution for fact-checkers.

The Python API (see the README)::

    import quotes

    result = quotes.extract(["articles/"])     # the same result the quote register shows
    result.to_frame()                           # one row a quote (pandas)
    quotes.attribute('"We will rebuild," the mayor said.').quotes

``quotes.extract`` and ``quotes.attribute`` are functions, although the package also has
submodules with those names (the extraction stage, ``quotes/extract.py``). Importing such a
submodule does not replace the function here: reach the module with
``from quotes.extract import ...`` or ``importlib.import_module("quotes.extract")``.
"""

from __future__ import annotations

import sys
import types

from .api import DEFAULT_FINDER, QuoteFinder, Result

__version__ = "0.1.0"
__all__ = ["QuoteFinder", "Result", "__version__", "attribute", "extract"]

extract = DEFAULT_FINDER.extract
attribute = DEFAULT_FINDER.attribute

_API_NAMES = frozenset({"extract", "attribute"})


class _Package(types.ModuleType):
    """The package module, keeping its API functions bound when a same-named submodule loads.

    Python's import system sets ``quotes.extract = <module quotes.extract>`` whenever that
    submodule is first imported (the command line does so); without this guard the function
    would silently turn into a module in the middle of a notebook session.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _API_NAMES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
