"""Pass 1b: quotes signed by their speaker (a dash signature, an embedded post, a pull
quote ending in a name).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..model import Attribution, Mention
from .context import (
    Context,
    QuoteSlot,
    name_line,
    next_paragraph_word,
    paragraph_words,
    text_mention,
)
from .direct import claim_direct, not_speech
from .marks import paragraphs
from .mentions import DASHES

TWEET = re.compile(
    r"^(?P<body>.+?)\s*(?:pic\.twitter\.com/\S+|https?://\S+)?\s*[\u2014\u2013-]+\s*"
    r"(?P<name>[A-Z][^()\n]{1,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$"
)


PULL_QUOTE = re.compile(
    r"^(?P<body>.{20,}?[.!?\u201d\"])\s+(?P<name>(?:[A-Z][\w'\u2019.-]+\s){1,3}[A-Z][\w'\u2019-]+)\s*$"
)


def attribute_signed(ctx: Context) -> None:
    """Quotes signed by their speaker: ``“We will win” — Coach Tim Brown``, an embedded post
    (``… — Alicia Draus (@Alicia_Draus) January 15, 2019``) or a pull quote ending in a name."""
    doc = ctx.doc
    for n, slot in enumerate(ctx.slots):
        if slot.claimed or not_speech(ctx, slot):
            continue
        signer = _dash_signature(ctx, slot) or _name_line_after(ctx, slot)
        if signer is not None:
            claim_direct(ctx, n, None, signer, rule="direct:signed")
    for para in paragraphs(ctx.text):
        text = ctx.text[para.start : para.end]
        match = TWEET.match(text) or PULL_QUOTE.match(text)
        if match is None:
            continue
        name = doc.char_span(para.start + match.start("name"), para.start + match.end("name"),
                             alignment_mode="contract")
        body_end = para.start + len(match.group("body").rstrip(".\u201d\" "))
        body = doc.char_span(para.start, body_end, alignment_mode="contract")
        if name is None or body is None or not _is_person_name(name):
            continue
        if any(ctx.in_quote(i) for i in range(body.start, body.end)):
            continue
        if match.re is PULL_QUOTE and CAPTION_KICKER.match(match.group("body")):
            continue  # "SPEAKING OUT: Residents met … debrief. Alina Rylko": a caption and
            # its photographer's credit, no one speaking
        if match.re is PULL_QUOTE and not any(t.pos_ in {"VERB", "AUX"} for t in body):
            continue  # "The district's Regional Commissioner, Mr. Ian Holm": a caption that
            # names the person pictured (its "." is a title's), no sentence anyone said
        if match.re is PULL_QUOTE and _attributed_inside(ctx, body):
            continue  # "The bank had warned of debt, she said. … Fairfax NZ": the story's own
            # reporting with its credit line, no pull quote
        ctx.results.append(
            Attribution(
                quote=text_mention(ctx, body.start_char, body.end_char),
                quote_type="direct",
                speaker=Mention(name.start_char, name.end_char, name.text),
                rule="direct:signed",
            )
        )


THIRD_PERSON = frozenset({"he", "she", "it", "they"})


def _attributed_inside(ctx: Context, body: Span) -> bool:
    """The paragraph attributes words itself: a cue whose subject is a third-person pronoun
    or a name (``…, she said``), which a quotation signed by its speaker never holds."""
    return any(ctx.lexicon.cue(t) is not None and any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in THIRD_PERSON or c.pos_ == "PROPN")
        for c in t.children) for t in body)


def _dash_signature(ctx: Context, slot: QuoteSlot) -> Token | None:
    """A name after a dash that ends the paragraph: the quotation's signature. Not of a
    quotation that narration leads into (``Pearce said that he …, “not only …”`` then ``—
    Alexandra Wall``): that is the story's last quote, and the dash signs the story."""
    doc = ctx.doc
    if _narrated_into(doc, slot):
        return None
    i = slot.last + 1
    para = ctx.para_of_token[slot.last]
    while i < len(doc) and doc[i].is_space and ctx.para_of_token[i] == para:
        i += 1
    if i < len(doc) and ctx.para_of_token[i] != para:
        # "“…”" ending its paragraph, then a line "- Maria Lopez": the signature line
        while i < len(doc) and doc[i].is_space:
            i += 1
        para = ctx.para_of_token[i] if i < len(doc) else para
    if i >= len(doc) or doc[i].text not in DASHES or ctx.para_of_token[i] != para:
        return None
    end = i + 1
    while end < len(doc) and ctx.para_of_token[end] == para and not doc[end].is_space:
        end += 1
    comma = next((k for k in range(i + 1, end) if doc[k].text == ","), end)
    name = doc[i + 1 : comma]  # "— Maria Lopez, resident": the name before the description
    if len(name) and name[-1].text in DASHES:
        return None  # "- Advertisement -": a label set between dashes, nobody's signature
    if len(name) and name[0].lower_ in ctx.lexicon.credit_labels:
        return None  # "… - Credit: Harbury Trust": a photo caption's credit, not a signature
    if len(name) == 0 or len(name) > 6 or not _is_person_name(name):
        return None
    if ctx.lexicon.wire_credit(name):
        return None  # "“…” — Reuters": the agency that filed the story, not the speaker
    return name[-1]


def _narrated_into(doc: Doc, slot: QuoteSlot) -> bool:
    """Words of the sentence before the quotation's opening mark, with a verb among them."""
    start = doc[slot.first].sent.start
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[start : slot.first])


def _name_line_after(ctx: Context, slot: QuoteSlot) -> Token | None:
    """``“The stress is like nothing I've ever experienced.”`` as a paragraph of its own,
    then ``Ginny Kenmuir`` on a line of its own: a pull quote signed by its speaker. Not in
    a round-up that heads each speaker's words with their name (the paragraph before the
    quotation a name line too, or a quotation with no cue after the name line, which the
    name heads). The name's last word, else None."""
    own = paragraph_words(ctx, slot.first)
    if not own or own[0].i != slot.first or own[-1].i != slot.last:
        return None  # the quotation is not the whole paragraph
    after = paragraph_words(ctx, next_paragraph_word(ctx, slot.last, 1))
    if not name_line(after):
        return None
    before = paragraph_words(ctx, next_paragraph_word(ctx, slot.first, -1))
    following = paragraph_words(ctx, next_paragraph_word(ctx, after[-1].i, 1))
    if name_line(before, tagged=False) or _heads_a_quotation(ctx, following):
        return None
    return after[-1]


def _heads_a_quotation(ctx: Context, words: list[Token]) -> bool:
    """The paragraph opens with a quotation and names no speaker with a cue of its own:
    the name line before it heads it (``Manuel Pellegrini`` then ``“In the first 45
    minutes …”``), and signs nothing before."""
    return bool(words) and words[0].is_quote and not any(
        ctx.lexicon.cue(t) is not None and not ctx.in_quote(t.i) for t in words)


# a caption's kicker: words in capitals and a colon ("SPEAKING OUT: Residents met …")
CAPTION_KICKER = re.compile(r"^[A-Z][A-Z'\u2019 -]{2,40}:\s")


def _is_person_name(span: Span) -> bool:
    """Capitalised words only (a title may lead), and no verb: ``Coach Tim Brown``."""
    words = [t for t in span if not t.is_punct]
    return 1 <= len(words) <= 5 and all(
        t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ", "X"} for t in words)

