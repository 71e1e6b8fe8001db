"""What the attribution tables compare: every quote found in an invented text."""

from __future__ import annotations


def found(attribute, text: str) -> list[tuple]:
    """(type, quote, speaker as written, cue) for every quote found."""
    return [
        (a.quote_type, a.quote.text, a.speaker.text if a.speaker else None,
         a.cue.text if a.cue else None)
        for a in attribute(text)
    ]
