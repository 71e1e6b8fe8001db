"""Every ``Doc`` extension the quote components set, declared in one place.

Importing this module registers them (idempotently); the components import it, so a pipeline
built from their factories always has them.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "quotes": "list[Attribution]: quote, type, cue, speaker mention, resolved speaker",
    "speakers": "list[Speaker]: the people and bodies the article quotes",
}


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
