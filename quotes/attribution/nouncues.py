"""Statements reported through a noun or a verb with a preposition, not a verb with a clause.

* Noun cues with a that-clause and a named source (``NOUN_CUE`` in ``rules/cue_phrases.jsonl``)::

      Remarks from finance chief Ola Berg that margins would shrink sent shares down.
      It follows a claim by her rival, Tomas Novak, last week that the vote was rigged.

  The source comes with ``from``/``by`` or a possessive (``Berg's claim that …``); a noun with
  no source (``the claim that he made``) reports nothing, since the clause may be relative.
* A cue verb with a preposition whose object is the statement (``PREPOSITION_CUE``)::

      The port authority warned of delays of up to three days after the storm.

* A claim its speaker denies (``DENIED_CLAIM``)::

      Police have dismissed media reports that they arrested two activists.

  What the verb of denial (``denial`` in ``rules/verb_classes.jsonl``) takes as its object is
  the claim's that-clause, reported with the denial as its cue, as ``denied that …`` is.

All run after the verb passes and take nothing another cue already reported.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..model import Attribution
from .clauses import object_end
from .context import Context, mention_of_token, sentence_of, text_mention
from .grammar import FINITE_TAGS, NOMINAL_POS
from .mentions import appositive_name, mention_of, subject_of

NOUN_CUE = "NOUN_CUE"
PREPOSITION_CUE = "PREPOSITION_CUE"
DENIED_CLAIM = "DENIED_CLAIM"
MAX_SOURCE_TOKENS = 24  # from the cue noun to "that": the source and a time phrase at most
SOURCE_PREPOSITIONS = {"from", "by"}
NOT_COMPLEMENT_BEFORE_THAT = {"so", "such", "order", "now", "given", "provided"}
DASHES = {"\u2014", "\u2013", "--", "("}


def attribute_noun_cues(ctx: Context, phrases: Iterable[Span]) -> None:
    """Claim the statements of noun cues and preposition cues matched in ``phrases``."""
    for phrase in phrases:
        if any(ctx.in_quote(i) for i in range(phrase.start, phrase.end)):
            continue
        if phrase.label_ == NOUN_CUE:
            _noun_cue(ctx, phrase[0])
        elif phrase.label_ == PREPOSITION_CUE:
            _preposition_cue(ctx, phrase[0], phrase[-1])
        elif phrase.label_ == DENIED_CLAIM:
            _denied_claim(ctx, phrase[0])


def _noun_cue(ctx: Context, noun: Token) -> None:
    if noun.pos_ != "NOUN":
        return
    source = _source_of(noun)
    if source is None and noun.i + 1 < len(ctx.doc) and ctx.doc[noun.i + 1].lower_ == "that":
        # only a clause right after the noun: no later noun's clause
        source = _subject_holding(noun, ctx.lexicon.claim_makers)
    if source is None:
        return
    clause = _that_clause_after(ctx, noun) or _clause_without_that(ctx, noun)
    if clause is not None:
        _claim(ctx, clause, noun, source, rule="reported:noun")


def _clause_without_that(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """``a minister's claims it had not maintained the flats``: a clause right after the noun
    that the parse hung on it as a relative clause or a modifier, but with a subject and an
    object of its own (no gap a relative clause would leave: ``the claims he made``), is its
    complement with ``that`` left out."""
    doc = ctx.doc
    sent = sentence_of(ctx, noun)
    clause = next((c for c in noun.children if c.dep_ in {"relcl", "acl"}
                   and c.left_edge.i == noun.i + 1), None)
    if clause is None or not any(
            c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in clause.children) or not any(
            c.dep_ in {"dobj", "attr", "acomp", "ccomp"} for c in clause.children):
        return None
    end = min(clause.right_edge.i + 1, sent.end)
    while end > noun.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (noun.i + 1, end) if end - (noun.i + 1) >= 3 else None


def _denied_claim(ctx: Context, noun: Token) -> None:
    """``X denied claims that …``, ``X dismissed the report that …``: the object of a verb of
    denial holds the clause X denies; X is its speaker and the verb its cue. So does one of
    confirmation (``X confirmed reports that …``) for the clause X confirms. A claim
    somebody only heard of (``X read reports that …``) is nobody's statement here."""
    verb = noun.head  # ("confirmed reports that …" with "reports" tagged a verb: its object)
    if noun.pos_ not in {"NOUN", "VERB"} or noun.dep_ != "dobj" or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in ctx.lexicon.deniers | ctx.lexicon.confirmers) or (
            verb.i in ctx.used_cues):
        return
    subject = subject_of(verb, ctx.lexicon)
    clause = _that_clause_after(ctx, noun)
    if subject is not None and clause is not None:
        _claim(ctx, clause, verb, subject, rule="reported:denied")


def _source_of(noun: Token) -> Token | None:
    """``remarks from X``, ``a claim by X``, ``comments made by X``, ``X's claim``: who spoke.
    A name in apposition (``by her rival, Tomas Novak,``) is preferred to the description."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return child  # not "their assurance that …": whose is for the resolver to guess
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and not _own_clause(c))]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in SOURCE_PREPOSITIONS:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in NOMINAL_POS:
                    return _named(objects[0])
    return None


def _own_clause(participle: Token) -> bool:
    """``claims that the fire was set by protesters``: a passive with its own subject or its
    own ``that`` is the claim's content, whose agent did the deed, not a reduced relative
    (``comments made by Ruiz``) naming who spoke."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children)


def _subject_holding(noun: Token, claim_makers: frozenset[str]) -> Token | None:
    """``Ruiz repeated her assertion that …``, ``Ruiz made the claim that …``: the subject of
    a verb of making or repeating (``claim_makers``, rules/verb_classes.jsonl) whose object is
    the noun cue holds it; ``the claim that he made`` and ``the minister rejected their claim
    that …`` stay nobody's."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in claim_makers:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"PROPN", "NOUN", "PRON"} or (
            subject.tag_ in {"WP", "WDT"}):
        return None
    return _named(subject) if subject.pos_ != "PRON" else subject


def _named(token: Token) -> Token:
    """The name beside a description: ``finance chief Ola Berg`` / ``her rival, Tomas Novak,``
    (the parser may hang the name on the description or leave it loose after the comma)."""
    name = appositive_name(token)
    if name.i != token.i:
        return name
    doc = token.doc
    k = token.i + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "PROPN":
        end = k + 1
        while end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or _joins_name(doc, end + 1)
                                      or _joins_name(doc, end)):
            end += 1
        if end + 1 < len(doc) and doc[end + 1].text in {",", "."} and token.pos_ == "NOUN":
            return doc[end]
    return token


def _joins_name(doc, i: int) -> bool:  # noqa: ANN001  (a spaCy Doc)
    """``Ji-hoon``: a hyphen with no space around it, inside a name, and a name part after it."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and (
        i + 1 < len(doc) and doc[i + 1].is_alpha)


def _that_clause_after(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """Token range of the complement clause ``that …`` that follows the noun's source."""
    doc = ctx.doc
    sent = sentence_of(ctx, noun)
    for k in range(noun.i + 1, min(sent.end, noun.i + MAX_SOURCE_TOKENS)):
        token = doc[k]
        if ctx.in_quote(k) or (token.tag_ in FINITE_TAGS and token.pos_ in {"VERB", "AUX"}):
            return None  # the noun phrase ended: a verb of the sentence comes first
        if _is_dash(token) or token.lower_ in NOT_COMPLEMENT_BEFORE_THAT:
            return None  # "— done early so that farmers can plan": no clause of the noun
        if token.lower_ == "that" and token.dep_ == "mark":
            verb = token.head
            end = min(max(verb.right_edge.i + 1, verb.i + 1), sent.end)
            end = next((j for j in range(k + 1, end) if _is_dash(doc[j])), end)
            while end > k + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return (k + 1, end) if end - (k + 1) >= 3 else None
    return None


def _is_dash(token: Token) -> bool:
    """A dash or bracket that opens an aside; a hyphen counts only with spaces around it
    (``Soo-min`` is one name)."""
    if token.text in DASHES:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text == "-" and bool(token.whitespace_) and bool(before and before.whitespace_)


def _preposition_cue(ctx: Context, verb: Token, preposition: Token) -> None:
    """``warned of delays of up to three days``: the object of the preposition is the
    statement, the verb's subject its speaker."""
    if verb.i in ctx.used_cues or preposition.head.i != verb.i:
        return
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects:
        return
    subject = subject_of(verb, ctx.lexicon)
    if subject is None:
        return
    start = preposition.i + 1
    end = object_end(ctx, verb, objects[0], sentence_of(ctx, verb))  # "… ahead after a drought"
    if end - start >= 2:
        _claim(ctx, (start, end), verb, subject, rule="reported:preposition",
               cue_end=preposition)


def _claim(ctx: Context, content: tuple[int, int], cue: Token, speaker: Token, *,
           rule: str, cue_end: Token | None = None) -> None:
    """Record the statement unless another cue reported it; the cue mention runs to
    ``cue_end`` when given (``warned of``)."""
    start, end = content
    if any(s < end and start < e for s, e in ctx.reported) or any(
            ctx.in_quote(i) for i in range(start, end)):
        return  # another cue reported it, or it holds a quotation the direct pass read
    doc = ctx.doc
    start_char = doc[start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    ctx.results.append(Attribution(
        quote=text_mention(ctx, start_char, end_char),
        quote_type="indirect",
        speaker=mention_of(speaker, ctx.lexicon),
        cue=mention_of_token(cue) if cue_end is None else text_mention(
            ctx, cue.idx, cue_end.idx + len(cue_end.text)),
        rule=rule,
        cue_strength=0.8,
    ))
    ctx.reported.append((start, end))
    ctx.used_cues.add(cue.i)
