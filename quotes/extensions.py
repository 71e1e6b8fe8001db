"""Every ``Doc`` extension the quote components set, and how their values serialise.

Declared in one place: importing this module registers the extensions (idempotently) and the
msgpack encoders and decoders for the records they hold (``Attribution``, ``Mention``,
``Speaker``), as medspaCy does with ``@srsly.msgpack_encoders``. So a ``Doc`` keeps every quote,
speaker and flag through ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)``, which passes documents between processes as bytes.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import srsly
from spacy.tokens import Doc

from .model import Attribution, Mention, Speaker

DOC_EXTENSIONS = {
    "quotes": "tuple[Attribution]: quote, type, cue, speaker mention, resolved speaker, flags",
    "speakers": "tuple[Speaker]: the people and bodies the article quotes",
}
# what the caller may set on a doc before the pipeline runs (plain values in doc.user_data)
INPUT_EXTENSIONS = {
    "headline": "str | None: the article's headline, for the piece that opens the article; "
                "names it gives in full complete the surnames the story uses alone",
}
ATTRIBUTION_KEY = "__quotes_attribution__"
MENTION_KEY = "__quotes_mention__"
SPEAKER_KEY = "__quotes_speaker__"


def register_extensions() -> None:
    """``doc._.quotes`` / ``doc._.speakers``: tuples (or None before the component ran).

    The values live in ``doc.user_data`` (so they travel with the doc); a getter hands them
    out as a tuple whichever way they were read back (``DocBin`` reads arrays as tuples,
    ``Doc.from_bytes`` as lists), so a round trip gives back an equal value.
    """
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            getter, setter = _stored(f"quotes:{name}")
            Doc.set_extension(name, getter=getter, setter=setter)
    for name in INPUT_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _stored(key: str) -> tuple[Any, Any]:
    def getter(doc: Doc) -> tuple | None:
        value = doc.user_data.get(key)
        return None if value is None else tuple(value)

    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[key] = None if value is None else list(value)

    return getter, setter


@srsly.msgpack_encoders("quotes_records")
def encode_records(obj: Any, chain: Any = None) -> Any:
    """Plain maps for the records (msgpack packs the nested ones through this hook too)."""
    if isinstance(obj, Attribution):
        return {ATTRIBUTION_KEY: {f.name: getattr(obj, f.name) for f in fields(obj)}}
    if isinstance(obj, Mention):
        return {MENTION_KEY: [obj.start, obj.end, obj.text]}
    if isinstance(obj, Speaker):
        return {SPEAKER_KEY: {"name": obj.name, "type": obj.type, "role": obj.role,
                              "aliases": sorted(obj.aliases)}}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("quotes_records")
def decode_records(obj: Any, chain: Any = None) -> Any:
    """The records back from their maps (inner maps arrive first, already decoded)."""
    if MENTION_KEY in obj:
        start, end, text = obj[MENTION_KEY]
        return Mention(start, end, text)
    if SPEAKER_KEY in obj:
        values = obj[SPEAKER_KEY]
        return Speaker(name=values["name"], type=values["type"], role=values["role"],
                       aliases=set(values["aliases"]))
    if ATTRIBUTION_KEY in obj:
        values = dict(obj[ATTRIBUTION_KEY])
        values["flags"] = list(values["flags"])  # DocBin reads arrays as tuples
        return Attribution(**values)
    return obj if chain is None else chain(obj)


register_extensions()
