"""quotes: rule-based quote and claim attribution for fact-checkers."""

__version__ = "0.1.0"
