"""Stacked attributions: one reported statement that holds another's speaker and cue.

``According to police, the driver said he had not seen the cyclist`` and ``Cole said the
minister told her the plan was dead`` each give two reported statements, the outer one
containing the inner one's speaker, cue and content. Filed once, under whom?

- A speech verb's statement that opens with the inner speaker (``Cole said [the minister
  told her …]``) is the outer speaker's account: every news set the tool was measured on
  (the dev set and fifteen unseen sets, each annotated independently) files it under the
  outer speaker, the whole clause with the inner cue, and never the inner one. So is a
  document quoted by a person (``Kamau said the memo said the budget was $2 million``),
  wherever it sits. The outer statement stays, stretched over the inner one, which goes.
- An ``according to`` statement that opens with a speaker who speaks (``According to
  police, the driver said …``) only says where the story heard it: the inner speaker made
  the claim, and the outer statement goes.
- A statement met deeper inside a speech verb's statement (``X said [the road, which the
  council said was too costly, would open]``, ``X said [the minister justified the cuts by
  claiming …]``) is part of the outer claim: the twenty-four unseen news sets file it there
  too, so the inner one goes. Not when the inner cue picks the story up again in a clause
  of its own: a pronoun's (``…, she said it was not ideal``), a ``who said`` clause's, or
  the sentence's own verb.

This runs after the reported-speech pass, on its results only: direct quotations are left
as they are (their marks say who is quoted).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Attribution, Mention
from .context import Context, head_token, text_mention
from .grammar import second_that_clause

REPORTED_RULES = frozenset({"reported:verb", "reported:according-to"})


def settle_nested(ctx: Context) -> None:
    """Settle each outer statement with the nested ones it opens with or quotes as a
    document: absorb them (a speech verb's, a document's), or drop the outer one (an
    ``according to`` that only relays), marking what goes in ``ctx.dropped``; a speech
    verb's statement also takes in the ones met deeper inside it."""
    groups = _groups(ctx)
    for outer_key, outer in groups.items():
        for inner_index, opening in _nested_in(ctx, outer_key, outer):
            inner = ctx.results[inner_index]
            if _speaks_as_document(ctx, inner) or opening and outer_key[2] == "reported:verb" or (
                    _free_relative(ctx, inner)):
                _absorb(ctx, outer, inner_index)
            elif opening:
                ctx.dropped.update(outer)
                break
            elif outer_key[2] == "reported:verb" and not _relative_speaker(ctx, outer) and not (
                    _new_speaker_clause(ctx, inner)):
                ctx.dropped.add(inner_index)  # "X said [the plan, which the agency argued
                # was late, …]": a statement met deep inside the outer one is part of it


def _groups(ctx: Context) -> dict[tuple[int, int, str], list[int]]:
    """Reported statements by (speaker, cue, rule): the pieces of one interrupted statement
    (``Delgado, according to the agency, said …`` gives two pieces) stand or fall together."""
    groups: dict[tuple[int, int, str], list[int]] = {}
    for n, found in enumerate(ctx.results):
        if found.rule not in REPORTED_RULES or found.speaker is None or n in ctx.dropped:
            continue
        if found.quote_type != "indirect":
            continue  # a partial quotation keeps the quoted words under its cue
        cue_start = found.cue.start if found.cue is not None else -1
        groups.setdefault((found.speaker.start, cue_start, found.rule), []).append(n)
    return groups


def _nested_in(ctx: Context, key: tuple[int, int, str], outer: list[int]
               ) -> Iterator[tuple[int, bool]]:
    """The reported statements whose speaker and cue both lie inside the outer statement's
    pieces (or between them) and whose content starts inside them, each with whether the
    outer statement only relays it: opens with its speaker, and its cue is what happened."""
    start = min(ctx.results[n].quote.start for n in outer)
    end = max(ctx.results[n].quote.end for n in outer)
    for n, inner in enumerate(ctx.results):
        if n in outer or n in ctx.dropped or inner.rule != "reported:verb":
            continue
        if inner.cue is None or inner.speaker is None:
            continue
        second_clause = _second_that_clause(ctx, inner)
        if inner.cue_strength < 1.0 and not second_clause and not _free_relative(ctx, inner):
            continue  # "X argued that a study suggests …": a weak inner cue relays nothing
        if (inner.speaker.start, inner.cue.start) == key[:2]:
            continue
        if _within(inner.cue, start, end) and _within(inner.speaker, start, end) and (
                start <= inner.quote.start <= end):
            yield n, second_clause or (
                _opens(ctx, start, inner.speaker) and _heads(ctx, start, end, inner))


def _opens(ctx: Context, start: int, speaker: Mention) -> bool:
    """Whether the outer statement opens with the inner speaker (``X said [the driver told
    …]``): a speaker met deep inside (``X argued [the report, which …, suggests …]``) is
    part of the outer claim, not a relay."""
    lead = ctx.text[start:speaker.start].strip(" \t\n,;:-\u2013\u2014")
    return lead == "" or lead.lower() == "that"


def _second_that_clause(ctx: Context, inner: Attribution) -> bool:
    """``X said the road reopens in May and that [engineers told council …]``: the inner cue
    heads a that-clause joined to another, the outer speaker's second statement, which
    opens with the inner speaker as the first one would."""
    cue = head_token(ctx, inner.cue)
    return cue is not None and second_that_clause(cue)


def _heads(ctx: Context, start: int, end: int, inner: Attribution) -> bool:
    """Whether the inner cue is what the outer statement (``start``-``end``) says happened
    (``X said [the minister told her …]``), not a detail of another act (``X said [the
    minister justified the cuts by claiming …]``: the outer claim is about the justifying)."""
    cue = head_token(ctx, inner.cue)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if cue is None or span is None or not len(span):
        return False
    root = span.root
    return cue.i == root.i or (cue.dep_ == "conj" and cue.head.i == root.i)


def _free_relative(ctx: Context, inner: Attribution) -> bool:
    """``X said he would fight what he said had become a serious problem``: a cue inside a
    free relative (its ``what`` before it) names a thing of the outer statement, in words the
    outer speaker gives; it is no statement of its own."""
    cue = head_token(ctx, inner.cue)
    return cue is not None and any(c.tag_ == "WP" and c.lower_ == "what" and c.i < cue.i
                                   for c in cue.children)


def _new_speaker_clause(ctx: Context, inner: Attribution) -> bool:
    """``She said the council will meet monthly, she said it was not ideal``, ``…, which was
    confirmed by Joel Ware, who said …``: an inner cue whose speaker is a pronoun, that
    heads a relative clause or the sentence itself picks the story up again in a clause of
    its own, however the outer statement was stretched over it."""
    head = head_token(ctx, inner.speaker)
    cue = head_token(ctx, inner.cue)
    return head is not None and head.tag_ in {"PRP", "WP"} or cue is not None and (
        cue.dep_ == "ROOT" or cue.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ == "WP" for c in cue.children))
    # (the sentence's own verb; a "who said" clause, not "which the agency said was late")


def _relative_speaker(ctx: Context, outer: list[int]) -> bool:
    """``…, a third of whom had expressed …``: an outer statement spoken by a relative
    pronoun's people is a clause hung on another's statement, not the frame around it."""
    head = head_token(ctx, ctx.results[outer[0]].speaker)
    return head is not None and any(t.tag_ in {"WP", "WDT"} for t in head.subtree)


def _within(mention: Mention, start: int, end: int) -> bool:
    return start <= mention.start and mention.end <= end


def _speaks_as_document(ctx: Context, found: Attribution) -> bool:
    """``the memo said``: the inner speaker's head noun is a document in the lexicon."""
    head = head_token(ctx, found.speaker)
    return head is not None and ctx.lexicon.is_document(head)


def _absorb(ctx: Context, outer: list[int], inner_index: int) -> None:
    """The outer statement runs on to the end of the document's words it reports."""
    inner = ctx.results[inner_index]
    last = max(outer, key=lambda n: ctx.results[n].quote.end)
    piece = ctx.results[last]
    if inner.quote.end > piece.quote.end and inner.speaker is not None and (
            inner.speaker.start >= piece.quote.start):
        piece.quote = text_mention(ctx, piece.quote.start, inner.quote.end)
    ctx.dropped.add(inner_index)
