"""What a description is about: its head noun, and whether a role fits it.

Shared by the description pass (``descriptions``) and the passes for people described but not
(yet) named (``unnamed``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import fold


def head_noun(span: Span) -> Token:
    """The noun a description is about: the parse's root, unless the tagger lost a rare noun
    (``the cheerful innkeeper`` parsed as ``the cheerful`` with ``innkeeper`` an adverb; the
    attribution stage already took the whole phrase as the speaker)."""
    root, last = span.root, span[-1]
    if root.pos_ == "ADJ" and last.i == root.i + 1 and last.is_alpha and last.is_lower and (
            last.head.i == root.head.i):
        return last
    return root


def role_matches(role: str, noun: str) -> bool:
    """``the minister`` fits ``Education Minister``; ``the leadership`` does not fit ``leader``."""
    words = re.findall(r"\w+", fold(role))
    return any(w == noun or (len(noun) >= 4 and w.startswith(noun)) for w in words)
