"""The attribution passes in order, each claiming what it is sure of before the next.

1. quoted stretches with a cue (``direct``), then signed quotes (``signed``), then statements
   printed after a colon lead-in (``leadin``);
2. reported speech (``reported``), then noun cues and preposition cues (``nouncues``), then
   stacked statements settled (``nesting``);
3. left-overs: floating quotes and naming-verb fragments (``floating``).

All offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..model import Attribution
from .context import build_context
from .direct import attribute_quoted
from .floating import attribute_leftovers
from .leadin import attribute_lead_ins
from .lexicon import Lexicon
from .nesting import settle_nested
from .nouncues import attribute_noun_cues
from .reported import attribute_reported
from .signed import attribute_signed


def find_attributions(doc: Doc, lexicon: Lexicon, according_to: Sequence[Span] = (),
                      other_cues: Sequence[Span] = ()) -> list[Attribution]:
    """All quotes of ``doc`` in text order, each with its cue and speaker mention (if any).

    ``other_cues``: matched noun cues and preposition cues (``rules/cue_phrases.jsonl``)."""
    ctx = build_context(doc, lexicon, according_to)
    attribute_quoted(ctx)
    attribute_signed(ctx)
    attribute_lead_ins(ctx)
    attribute_reported(ctx)
    attribute_noun_cues(ctx, other_cues)
    settle_nested(ctx)
    attribute_leftovers(ctx)
    kept = [n for n in range(len(ctx.results)) if n not in ctx.dropped]
    order = sorted(kept, key=lambda n: ctx.results[n].quote.start)
    new_index = {old: new for new, old in enumerate(order)}
    ordered = [ctx.results[n] for n in order]
    for attribution in ordered:
        if attribution.continues is not None:
            attribution.continues = new_index.get(attribution.continues)
    return ordered

