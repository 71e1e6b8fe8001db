"""Statements introduced by a colon lead-in, printed without quotation marks.

Press copy and local news print a body's statement as it came, after a lead-in that names
who issued it::

    The utility released the following statement:
    North Gas CoWe are aware of the outage and crews are on site.

The lead-in sentence ends with a colon; its verb is a cue (``said the following:``) or a verb
that issues a document (``released``, ``provided``, ``issued``), and it announces the words to
come: ``the following (statement)`` or a document noun (``released a statement:``). What
follows the colon -- the rest of the paragraph, or else the next paragraph -- is the issuer's
statement, word for word, like a quotation without marks. A heading glued to the statement by
a lost line break (``North Gas CoWe are``) is left out of the quote; it names the issuer, so it
is the speaker when the lead-in only describes one (``The utility``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Attribution, Mention
from ..segmentation import GLUED_HEADING, paragraph_spans
from .context import Context, mention_of_token, text_mention
from .grammar import SUBJECT_DEPS
from .marks import find_quoted_spans
from .mentions import mention_of, subject_of

ANNOUNCING = {"following", "below"}  # "the following statement:", "the statement below:"


def attribute_lead_ins(ctx: Context) -> None:
    """Claim each statement that a colon lead-in announces, for the lead-in's subject."""
    paragraphs = paragraph_spans(ctx.text)
    for token in ctx.doc:
        if token.text != ":" or ctx.in_quote(token.i):
            continue
        verb = _announcing_verb(ctx, token)
        if verb is None:
            continue
        statement = _statement_after(ctx, token, paragraphs)
        if statement is None:
            continue
        start, end, heading = statement
        _claim_statement(ctx, verb, start, end, heading)


def _announcing_verb(ctx: Context, colon: Token) -> Token | None:
    """The verb of a lead-in that ends at ``colon`` and announces a statement, if any: the
    first verb before the colon (in its sentence) that has a subject and is a cue or issues
    documents, with ``the following`` or a document noun after it."""
    doc = ctx.doc
    for verb in doc[colon.sent.start : colon.i]:
        if verb.pos_ not in {"VERB", "AUX"} or ctx.in_quote(verb.i) or not any(
                c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        if ctx.lexicon.cue(verb) is None and (
                verb.lemma_.lower() not in ctx.lexicon.documents.issuing):
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
        words = {t.lower_ for t in doc[verb.i + 1 : colon.i]}
        if words & ANNOUNCING or any(ctx.lexicon.is_document(o) for o in objects):
            return verb
    return None


def _statement_after(ctx: Context, colon: Token, paragraphs: list) -> tuple[int, int, Mention
                                                                            | None] | None:
    """Character range of the statement after ``colon`` and the glued heading before it."""
    text = ctx.text
    here = next((p for p in paragraphs if p.start <= colon.idx < p.end), None)
    if here is None:
        return None
    rest = text[colon.idx + 1 : here.end]
    if rest.strip():
        start, end = colon.idx + 1 + len(rest) - len(rest.lstrip()), here.end
    else:
        following = next((p for p in paragraphs if p.start > colon.idx), None)
        if following is None:
            return None
        start, end = following.start, following.end
    if text[start] in "\"'\u201c\u2018\u00ab" or find_quoted_spans(text[start:end]):
        return None  # a quotation in marks: the direct pass reads it
    heading = None
    glued = GLUED_HEADING.match(text, start, end)
    if glued is not None:
        heading = text_mention(ctx, start, glued.end())
        start = glued.end()
    if len(text[start:end].split()) < 4:
        return None
    return start, end, heading


def _claim_statement(ctx: Context, verb: Token, start: int, end: int,
                     heading: Mention | None) -> None:
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(s.start <= span.start and span.end <= s.end
                           for s in _claimed_spans(ctx)):
        return
    subject = subject_of(verb, ctx.lexicon, issuers=False)
    speaker = mention_of(subject, ctx.lexicon)
    if heading is not None and (subject is None or subject.pos_ != "PROPN"):
        speaker = heading
    if speaker is None:
        return
    document = next((c for c in verb.children
                     if c.dep_ == "dobj" and ctx.lexicon.is_document(c)), None)
    ctx.results.append(Attribution(
        quote=text_mention(ctx, start, end),
        quote_type="direct",
        speaker=speaker,
        cue=mention_of_token(document or verb),
        rule="direct:statement",
    ))
    ctx.reported.append((span.start, span.end))
    ctx.used_cues.add(verb.i)
    ctx.used_cues.update(t.i for t in span if ctx.lexicon.cue(t) is not None)


def _claimed_spans(ctx: Context) -> list[Span]:
    return [ctx.doc[s:e] for s, e in ctx.reported]
