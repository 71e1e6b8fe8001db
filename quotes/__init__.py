"""quotes: rule-based quote and claim attribution for fact-checkers.

The Python API (see the README)::

    import quotes

    result = quotes.extract(["articles/"])     # the same result the quote register shows
    result.to_frame()                           # one row a quote (pandas)
    quotes.attribute('"We will rebuild," the mayor said.').quotes

The stage that runs the pipeline over articles is the module ``quotes.extraction``; no module
shares a name with the two API functions, so importing any stage never replaces them.
"""

from __future__ import annotations

from .api import DEFAULT_FINDER, QuoteFinder, Result

__version__ = "0.1.0"
__all__ = ["QuoteFinder", "Result", "__version__", "attribute", "extract"]

extract = DEFAULT_FINDER.extract
attribute = DEFAULT_FINDER.attribute
