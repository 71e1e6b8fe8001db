"""Speakers written beside a quotation rather than in the cue's clause: the inverted
``said Jo Lee``, the final ``…, the minister said``, a trailer after the closing mark, and names
outside the quotation marks.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

from ...model import Mention
from ...names import BODY_JOINERS
from ..context import Context, sentence_of
from ..grammar import (
    NOMINAL_POS,
    coordinated_with,
    is_finite,
)
from .spans import (
    speaker_mention,
    with_words_hung_on_cue,
)
from .subjects import (
    subject_of,
)
from .words import (
    OBJECT_PRONOUNS,
    PLACE_LABELS,
    can_speak,
)

AGE_DEPS = {"nummod", "npadvmod", "punct"}
AGE_WORDS = frozenset({"year", "years", "month", "months", "old"})


def inverted_subject(verb: Token, limit: int, addressees: Container[str] = ()) -> Token | None:
    """For ``said Rehman`` / ``says Chetham Lakshman, vice-president…``: the noun after the
    verb; after a telling verb (``addressees``), the name after its addressee (``told us
    Hilaire Bule``)."""
    doc = verb.doc
    i = verb.i + 1
    while i < min(limit, len(doc)) and doc[i].pos_ in {"ADV", "PART"}:
        i += 1
    if i >= min(limit, len(doc)):
        return None
    while i + 1 < min(limit, len(doc)) and doc[i].dep_ in AGE_DEPS and doc[i].head.i > i and (
            doc[i].is_punct or doc[i].like_num or doc[i].lower_ in AGE_WORDS):
        i += 1  # "insists 16-year-old Tomas Reyes": past the age to the name
    token = doc[i]
    if token.pos_ not in NOMINAL_POS and token.pos_ != "DET" and token.pos_ != "ADJ":
        return None
    # walk to the head of the noun phrase that starts here
    head = token
    while head.head.i != head.i and head.head.i > head.i and head.head.i < limit and (
        head.dep_ in {"compound", "det", "amod", "flat", "poss", "nmod", "case", "punct"}
    ):
        head = head.head
    if head.pos_ not in NOMINAL_POS or head.is_punct or not can_speak(head):
        return None
    if verb.lemma_.lower() in addressees:
        return name_after_addressee(head, limit) or head
    return head


def mention_beside_quote(ctx: Context, token: Token | None) -> Mention | None:
    """The speaker's words, never reaching into a quotation: ``“… 62% Approval Rating,” Trump
    tweeted`` parses the quoted words as the start of the name; the mention starts after them."""
    if token is None:
        return None
    span = with_words_hung_on_cue(token, speaker_mention(
        token, ctx.lexicon.institutions, ctx.lexicon.first_names, ctx.lexicon.offices))
    start = span.start
    if ctx.in_quote(token.i):
        return Mention(span.start_char, span.end_char, span.text)
    while start < token.i and (ctx.in_quote(start) or ctx.doc[start].is_punct or (
            ctx.doc[start].is_space)):
        start += 1
    span = ctx.doc[start : span.end]
    return Mention(span.start_char, span.end_char, span.text)


def outside_quotes(ctx: Context, verb: Token, subject: Token | None) -> Token | None:
    """Words in quotation marks are what was said, not who said it.

    A subject the parse found inside them (``Purdy, who lost “two belt loops”, says``,
    ``X said “nobody knows,” and added:``) gives way to another subject the parse gave the
    verb outside them, to the subject of the verb this one is coordinated with, or to the name
    that opens the sentence.
    """
    if subject is None or not ctx.in_quote(subject.i) or ctx.in_quote(verb.i):
        return subject
    if quoted_name(ctx, subject):
        return subject  # "the “Caymanian Compass” says": a paper's name set in quotation marks
    other = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                  and c.i != subject.i and not ctx.in_quote(c.i)), None)
    if other is not None:
        return other  # "“S’ not true!” came a voice": the parse gave the verb two subjects
    if verb.dep_ == "conj":
        head = coordinated_with(verb)
        while ctx.in_quote(head.i) and head.head.i != head.i:
            head = head.head  # "said “nobody knows,” and added": coordinated with "said"
        shared = subject_of(head, lexicon=ctx.lexicon)
        if shared is not None and not ctx.in_quote(shared.i):
            return shared
    opening = sentence_of(ctx, verb)[0].sent
    if opening.start == verb.sent.start:
        first = opening[0]
        if first.pos_ != "PROPN" or ctx.in_quote(first.i):
            return None
        while first.dep_ in {"compound", "flat"} and first.head.pos_ in NOMINAL_POS and (
                first.head.i < verb.i):
            first = first.head  # "Toronto retiree Doug Purdy": the name the words lead to
        return first
    # the model cut the sentence after an abbreviation: the piece before is the subject
    root = opening.root
    return root if root.pos_ == "PROPN" and not ctx.in_quote(root.i) else None


def quoted_name(ctx: Context, subject: Token) -> bool:
    """The quotation holding the subject is only a name of two to five capitalised proper
    nouns ending in the subject, written right after ``the``: a title in quotation marks (a
    newspaper, a programme), not words anybody said."""
    slot = ctx.slots[ctx.slot_of_token[subject.i]]
    words = [t for t in ctx.doc[slot.first : slot.last + 1] if not (t.is_punct or t.is_space)]
    return 2 <= len(words) <= 5 and words[-1].i == subject.i and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and slot.first > 0 and (
        ctx.doc[slot.first - 1].lower_ == "the")


def final_cue_speaker(ctx: Context, verb: Token) -> Token | None:
    """``…, North Korea's state-run KCNA news agency said.``: whatever the parse says, the
    noun phrase between the last comma and a sentence-final cue is its speaker, unless the
    parse sets it beside a name before that comma (the name's office): then the name."""
    doc = ctx.doc
    sent = verb.sent
    adjuncts = {t.i for c in verb.rights if c.dep_ in FINAL_CUE_ADJUNCTS for t in c.subtree}
    if any(not (t.is_punct or t.is_space or t.i in adjuncts)
           for t in doc[verb.i + 1 : sent.end]):
        return None  # ("…, sources said on Sunday.": the cue's own time or place may follow)
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ in {"ADV", "AUX", "PART"}:
        k -= 1
    k = before_bracketed_initials(doc, k, sent.start)  # "…, the Harbour Union (HU) said."
    head = k
    start = k
    while start > sent.start and doc[start - 1].text != "," and (
            doc[start - 1].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM", "PART"}
            or doc[start - 1].dep_ in {"amod", "compound", "npadvmod", "nmod"}
            or _joins_a_name(doc, start - 1) or _degree_of_modifier(doc[start - 1])):
        start -= 1
    if start <= sent.start or doc[start - 1].text != "," or doc[head].pos_ not in NOMINAL_POS:
        return None
    if any(_joins_a_name(doc, i) for i in range(start, head)) and not (
            doc[head].ent_type_ == "PERSON" and doc[head].head.i == verb.i):
        # "the National Institute of Culture and Heritage said": the name's own head, whose
        # subtree is the whole name, however the parser attached it (but in "Band Chief and
        # Council vice-chair Ana Roy said" the person the parse made the cue's subject speaks;
        # the joined words before her are her offices)
        head = next((t.i for t in doc[start : head + 1] if t.pos_ in NOMINAL_POS and not (
            start <= t.head.i <= head)), head)
    found = doc[head]
    if found.dep_ == "conj" and found.head.i < start and doc[start].pos_ != "DET" and any(
            c.dep_ == "cc" for c in found.children):
        return None  # "…, Minister for Environment, Science, Technology and Innovation has
        # said": the words after the last comma end a list begun before it, no one's name
    if found.dep_ == "appos" and found.head.i < start - 1 and found.head.pos_ == "PROPN" and (
            can_speak(found.head)) and not ctx.lexicon.is_document(found) and (
            found.head.ent_type_ not in PLACE_LABELS) and found.tag_ not in {"NNS", "NNPS"}:
        return found.head  # "…, Ana Ruiz, Commissioner General of Elections has said": Ruiz;
        # but "… Main Street, a police news release said": the release, no office of a street,
        # and "… at Nyendo, highly placed sources said": people, no one name's office
    return found if can_speak(found) else None


FINAL_CUE_ADJUNCTS = frozenset({"prep", "npadvmod"})  # "said on Sunday", "said Tuesday"


def before_bracketed_initials(doc: Doc, k: int, floor: int) -> int:
    """The token before ``(SEIU)`` when token ``k`` closes a bracket of one or two words right
    after a name (``the Service Employees International Union (SEIU)``), else ``k``."""
    if doc[k].text != ")" or k - 3 < floor:
        return k
    for opening in (k - 2, k - 3):
        if doc[opening].text == "(" and all(
                t.pos_ in {"PROPN", "NOUN"} for t in doc[opening + 1 : k]):
            return opening - 1
    return k


def _degree_of_modifier(token: Token) -> bool:
    """``highly`` of ``highly placed sources``: an adverb grading a modifier of the noun."""
    return token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.dep_ in {"amod"} and (
        token.head.i == token.i + 1)


def _joins_a_name(doc: Doc, i: int) -> bool:
    """``of`` and ``and`` of ``the National Institute of Culture and Heritage``: a joining word
    between two capitalised words, inside one name, not between a phrase and a name."""
    return doc[i].lower_ in BODY_JOINERS and 0 < i < len(doc) - 1 and (
        doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()) and (
        doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN")


def trailing_inverted(ctx: Context, verb: Token) -> Token | None:
    """``…, says Chetham Lakshman.``: a speaker after a cue that follows its statement."""
    doc = ctx.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in {",", "\u201d", '"', "\u2019"} or not is_finite(verb):
        return None
    if verb.lemma_.lower() in ctx.lexicon.addressees and any(
            t.lower_ == "that" and t.dep_ == "mark" for t in doc[verb.i + 1 : verb.sent.end]):
        return None  # "…, told reporters … that …": whom it was told to, not who told it
    return inverted_subject(verb, verb.sent.end, ctx.lexicon.addressees)


def name_after_addressee(addressee: Token, limit: int) -> Token | None:
    """``“…,” told us Hilaire Bule, Public Relations Officer``: after a telling cue the
    addressee (``us``, ``reporters``) comes first; a person's name right after it speaks."""
    if not (addressee.lower_ in OBJECT_PRONOUNS or addressee.pos_ == "NOUN"):
        return None
    start = addressee.right_edge.i + 1
    doc = addressee.doc
    if start >= min(limit, len(doc)) or doc[start].pos_ != "PROPN" or (
            doc[start].ent_type_ not in {"PERSON", ""}):
        return None
    head = doc[start]
    while head.head.i != head.i and head.head.i > head.i and head.head.i < limit and (
            head.dep_ in {"compound", "flat"}):
        head = head.head
    return head if head.pos_ == "PROPN" else None
