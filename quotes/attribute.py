"""Find quotes and reported statements in a parsed document and link each to its cue and speaker.

Three passes, each claiming what it is sure of before the next, more permissive one:

1. **Quoted stretches** (``“…,” said Rehman``, ``Siddiqui said, “…”``, ``“…,” he said, “…”``):
   a stretch of text in quotation marks is attributed by a cue verb right after it (the trailer)
   or right before it (the lead-in), read off the surface and checked against the parse.
2. **Reported speech** (``Dar said on Saturday his country supported…``, ``…, he maintained``,
   ``according to ISPR, …``, ``Darwish expressed gratitude to…``): a cue verb with a clausal
   complement, an object (for verbs whose object is the statement) or an ``according to`` phrase.
   A quoted fragment inside the statement makes it a *partial* quote.
3. **Left-overs**: a whole quoted sentence with no cue continues the previous speaker (a
   *floating* quote); a fragment governed by a naming verb (``referred to Pakistan as "brave"``)
   is a partial quote; anything else in quotation marks (a title, a scare quote) is not speech.

Speakers are *mentions* here (``he``, ``the foreign office``); the resolve stage decides who they
are. All offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .marks import DOUBLE, QuotedSpan, find_quoted_spans, paragraphs, top_level
from .model import Attribution, Mention

SENT_END = {".", "!", "?"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
NOMINAL_POS = {"PROPN", "PRON", "NOUN"}
# words that may sit between a cue verb and the quotation it introduces
# dependency relations that carry a verb's subject down to a dependent verb ("…, saying …")
SUBJECT_INHERIT_DEPS = {"conj", "xcomp", "advcl", "pcomp"}
RELATIVE_TAGS = {"WP", "WDT", "WP$"}
OBJECT_WEIGHT = 0.8
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
CONTINUATION_CUES = {"adding", "saying", "noting", "explaining", "arguing", "insisting",
                     "stressing"}


@dataclass(frozen=True)
class CueVerb:
    """A lexicon entry for a speech-act verb (rules/cue_verbs.jsonl)."""

    lemma: str
    frames: frozenset[str]
    strength: float = 1.0
    particle: str | None = None
    subject: str | None = None  # "document": only a document speaks this way ("her statement read")


REFUSALS = {"decline", "refuse", "fail", "avoid", "hesitate", "neglect"}


def _in_title(token: Token) -> bool:
    """A capitalised verb between capitalised words, mid-sentence, is part of a title."""
    doc = token.doc
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
        return False
    before = doc[token.i - 1]
    return before.text[:1].isupper() and not before.is_punct


@dataclass
class Lexicon:
    """Everything the attribution rules read from ``rules/``."""

    verbs: dict[str, CueVerb]
    speaker_nouns: dict[str, dict]
    documents: DocumentVerbs

    def cue(self, token: Token) -> CueVerb | None:
        """The lexicon entry when ``token`` is used as a speech verb, else None.

        The tagger sometimes reads ``Sinclair states.`` as a plural noun; a third-person form
        right after a name or pronoun and before punctuation is taken as the verb it is.
        """
        entry = self.verbs.get(token.lemma_.lower())
        if entry is None or token.pos_ not in {"VERB", "AUX"}:
            entry = self._mistagged(token)
            if entry is None:
                return None
        if _in_title(token):
            return None  # "They Call Me George": a book title, not a speech act
        if entry.particle and not any(
            c.dep_ == "prt" and c.lower_ == entry.particle for c in token.children
        ):
            return None
        if any(c.dep_ == "neg" for c in token.children):
            return None  # "did not say whether …" reports nothing
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSALS:
            return None  # "declined to say why …" neither
        return entry

    def _mistagged(self, token: Token) -> CueVerb | None:
        word = token.lower_
        if not word.endswith("s") or token.i == 0 or token.i + 1 >= len(token.doc):
            return None
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if not (before.pos_ in {"PROPN", "PRON"} or before.text[:1].isupper()) or (
                not after.is_punct):
            return None
        stem = word[:-2] if word.endswith("es") and word[:-2] in self.verbs else word[:-1]
        return self.verbs.get(stem)

    def allows(self, entry: CueVerb, subject: Token | None) -> bool:
        """``her statement read`` is speech, ``she read`` is not; ``the data suggests`` is
        evidence, not speech: a document speaks only through a core speech verb (``said``)."""
        document = self._document_of(subject)
        if entry.subject == "document":
            return document is not None
        return entry.strength >= 1.0 or document is None

    def _document_of(self, subject: Token | None) -> Token | None:
        """The document itself, or the one ``subject`` issued (``the PBO report``, ``a study
        by X``): either way a document is what speaks."""
        if subject is None:
            return None
        if self.is_document(subject):
            return subject
        holder = subject.head
        if subject.dep_ == "pobj":
            holder = holder.head
            if holder.dep_ in {"acl", "relcl"}:
                holder = holder.head  # "a study released by X"
        if holder.i == subject.i or holder.pos_ != "NOUN" or not self.is_document(holder):
            return None
        issuer = self.documents.issuer(holder)
        return holder if issuer is not None and issuer.i == subject.i else None

    def is_document(self, token: Token) -> bool:
        entry = self.speaker_nouns.get(token.lower_) or self.speaker_nouns.get(token.lemma_.lower())
        return bool(entry and entry.get("document"))

    def issuer(self, token: Token) -> Token:
        """``the city's Street Needs Assessment`` / ``a statement from the EU``: who issued it."""
        if token.pos_ not in {"NOUN", "PROPN"} or not self.is_document(token):
            return token
        issuer = self.documents.issuer(token)
        return issuer if issuer is not None and issuer.pos_ in {"PROPN", "NOUN"} else token


# "an August report", "a Canadian study": a compound that is no author
NOT_ISSUERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP", "LOC", "EVENT"}


@dataclass(frozen=True)
class DocumentVerbs:
    """``rules/document_verbs.jsonl``: the verbs that tie a document to who produced it."""

    issuing: frozenset[str]  # "a study released by X", "X released a report"
    writing_in: frozenset[str]  # "X said in a 2016 report"

    @classmethod
    def from_rules(cls, entries: Iterable[dict]) -> DocumentVerbs:
        entries = list(entries)
        return cls(
            issuing=frozenset(e["lemma"].lower() for e in entries if e.get("issues")),
            writing_in=frozenset(e["lemma"].lower() for e in entries if e.get("writes_in")),
        )

    def issuer(self, noun: Token) -> Token | None:
        """Who a document comes from, as the text says it: ``Talos's blog post``, ``a report
        from the school``, ``a study released by Civic Action``, ``a statement e-mailed by
        Ruslim``, ``the school released a report``, ``Cross wrote in a recent report``."""
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
                return child
            if child.dep_ == "compound" and child.pos_ == "PROPN" and (
                    child.ent_type_ not in NOT_ISSUERS):
                return child  # "the Civic Action study", "a PBO report"
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in {"PROPN", "NOUN"}:
                    return objects[0]
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in self.issuing:
                agent = next((g for g in child.children if g.dep_ == "agent"), None)
                objects = [c for c in agent.children if c.dep_ == "pobj"] if agent else []
                if objects:
                    return objects[0]
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.issuing:
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        if noun.dep_ == "pobj" and head.lower_ == "in" and (
                head.head.lemma_.lower() in self.writing_in):
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return None


@dataclass
class QuoteSlot:
    """A top-level quoted stretch with its token extent and what has been decided about it."""

    span: QuotedSpan
    first: int  # first token index (inclusive)
    last: int  # last token index (inclusive)
    claimed: bool = False
    attribution: int | None = None  # index into the result list

    @property
    def words(self) -> int:
        return self.last - self.first + 1


@dataclass
class Context:
    """Per-document state shared by the passes: built once, read many times."""

    doc: Doc
    lexicon: Lexicon
    slots: list[QuoteSlot]
    slot_of_token: list[int]
    para_of_token: list[int]
    cue_verbs: list[Token]
    according_to: list[Span]
    results: list[Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)

    def in_quote(self, i: int) -> bool:
        return self.slot_of_token[i] >= 0


# ---------------------------------------------------------------------------- building the context


def build_context(doc: Doc, lexicon: Lexicon, according_to: Sequence[Span] = ()) -> Context:
    """Pair quotation marks, map tokens to quotes and paragraphs, collect cue verbs."""
    slots = [_slot(doc, span) for span in top_level(find_quoted_spans(doc.text))]
    slots = [s for s in slots if s is not None]
    slot_of_token = [-1] * len(doc)
    for n, slot in enumerate(slots):
        for i in range(slot.first, slot.last + 1):
            slot_of_token[i] = n
    para_of_token = _paragraph_numbers(doc)
    cue_verbs = [t for t in doc if slot_of_token[t.i] < 0 and lexicon.cue(t) is not None]
    return Context(doc, lexicon, slots, slot_of_token, para_of_token, cue_verbs,
                   [s for s in according_to if slot_of_token[s.start] < 0])


def _slot(doc: Doc, span: QuotedSpan) -> QuoteSlot | None:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char_span is None or len(char_span) == 0:
        return None
    return QuoteSlot(span, char_span.start, char_span.end - 1)


def _paragraph_numbers(doc: Doc) -> list[int]:
    numbers = []
    para = 0
    for token in doc:
        numbers.append(para)
        if "\n" in token.text or "\n" in token.whitespace_:
            para += 1
    return numbers


# ------------------------------------------------------------------------------ speakers from cues


def subject_of(verb: Token, depth: int = 0, lexicon: Lexicon | None = None) -> Token | None:
    """The verb's grammatical subject, following ``…, saying``/``and said`` to the main verb.

    ``a resolution expressing …`` speaks for whoever passed the resolution; ``Bortis, who
    noted …`` for Bortis. Determiners and relative pronouns are never speakers.
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "VERB"]
    # a mis-parse can give a verb two subjects: the one nearest the verb is the speaker
    subjects.sort(key=lambda c: (c.pos_ not in {"PROPN", "PRON"}, abs(verb.i - c.i)))
    for child in subjects[:1]:
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return verb.head  # "Bortis, who noted …" -> Bortis
            if child.tag_ in RELATIVE_TAGS or not _can_speak(child):
                return None
            if child.dep_ == "nsubjpass" and verb.lemma_.lower() not in PASSIVE_SPEAKERS:
                return None  # "we're told …", "48 people were reported dead": not speakers
            return lexicon.issuer(child) if lexicon is not None else child
    if verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL_POS:
        return verb.head  # "Smith, who said …"
    if verb.dep_ in {"ROOT", "ccomp"} and verb.tag_ in FINITE_TAGS:
        before = _name_just_before(verb)
        if before is not None:
            return before  # "… advocate Josh Matlow told HuffPost …" parsed without a subject
    if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
        return _speaker_of_document(verb.head, lexicon) if verb.tag_ == "VBG" else None
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return subject_of(verb.head.head, depth + 1, lexicon)  # "was quoted as saying"
    if depth < 3 and verb.dep_ in SUBJECT_INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "advcl" and head.dep_ == "ccomp" and lexicon is not None and (
                lexicon.cue(head.head) is not None):
            head = head.head  # "X argued that the move hurt them, noting …": X is noting
        return subject_of(head, depth + 1, lexicon)
    return None


INDEFINITE_SPEAKERS = {"someone", "somebody", "everyone", "everybody", "anyone", "nobody", "none",
                       "one", "each", "either", "neither"}
def _name_just_before(verb: Token) -> Token | None:
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k < 0 or doc[k].pos_ not in {"PROPN", "PRON"} or doc[k].dep_ in {"pobj", "poss"}:
        return None
    return doc[k] if _can_speak(doc[k]) else None


QUANTIFIER_SPEAKERS = {"some", "many", "both", "all", "others", "most", "several", "few",
                       "those", "these"}


def _can_speak(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.tag_ == "PRP" or token.lower_ in QUANTIFIER_SPEAKERS | INDEFINITE_SPEAKERS
    if token.pos_ in NOMINAL_POS:
        return True
    return token.pos_ in {"DET", "NUM", "ADJ"} and token.lower_ in QUANTIFIER_SPEAKERS


def _speaker_of_document(noun: Token, lexicon: Lexicon | None) -> Token | None:
    """``passed a resolution expressing …`` -> who passed it; ``a statement saying`` -> it."""
    if lexicon is None or not lexicon.is_document(noun):
        return None
    issuer = lexicon.issuer(noun)
    if issuer.i != noun.i:
        return issuer
    if noun.dep_ in {"dobj", "pobj"}:
        governor = noun.head if noun.dep_ == "dobj" else noun.head.head
        return subject_of(governor, 2, lexicon)
    return noun


def inverted_subject(verb: Token, limit: int) -> Token | None:
    """For ``said Rehman`` / ``says Chetham Lakshman, vice-president…``: the noun after the verb."""
    doc = verb.doc
    i = verb.i + 1
    while i < min(limit, len(doc)) and doc[i].pos_ in {"ADV", "PART"}:
        i += 1
    if i >= min(limit, len(doc)):
        return None
    token = doc[i]
    if token.pos_ not in NOMINAL_POS and token.pos_ != "DET" and token.pos_ != "ADJ":
        return None
    # walk to the head of the noun phrase that starts here
    head = token
    while head.head.i != head.i and head.head.i > head.i and head.head.i < limit and (
        head.dep_ in {"compound", "det", "amod", "flat", "poss", "nmod", "case", "punct"}
    ):
        head = head.head
    if head.pos_ not in NOMINAL_POS or head.is_punct or not _can_speak(head):
        return None
    return head


def speaker_mention(token: Token) -> Span:
    """The words that name the speaker: a pronoun, a name, or a short noun phrase.

    Leading titles stay in the mention here; the resolve stage splits them into the role.
    Appositives and relative clauses are left out (``Nadia Jamil, principal researcher…``).
    """
    doc = token.doc
    quantifier = token.pos_ == "PRON" and token.lower_ in QUANTIFIER_SPEAKERS
    if token.pos_ == "PRON" and not quantifier:
        return doc[token.i : token.i + 1]
    name = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and (token.pos_ == "NOUN" or (
            name.ent_type_ == "PERSON" and token.ent_type_ != "PERSON")):
        # "DeLaet's agent, Danny Fritz," / "One red-state Democrat, Sen. Jon Tester,": the name
        return speaker_mention(name)
    left = token.i
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ in MENTION_LEFT_DEPS and not _comma_between(doc, child.right_edge.i, left):
            left = child.left_edge.i
        else:
            break
    right = token.i
    for child in token.rights:
        if child.i == right + 1 and child.dep_ in {"flat", "compound"}:
            right = child.i
        elif child.i == right + 1 and child.dep_ == "cc" and child.lower_ in {"and", "&"}:
            conj = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == token.pos_),
                        None)
            if conj is None or conj.i - token.i > 6:
                break
            right = conj.i  # "Sandmann and Phillips"
        elif child.i == right + 1 and (
                token.pos_ == "NOUN" or quantifier or _of_name(token, child)) and (
                _describes(child)):
            edge = _before_comma(child)
            if edge - token.i > MAX_DESCRIPTION:
                break
            right = edge  # "sources familiar with the negotiations", "a member of the public"
        else:
            break
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : right + 1]


MAX_DESCRIPTION = 9
DESCRIBING_PREPOSITIONS = {"of", "with", "for", "from", "at", "in", "on"}


def _describes(child: Token) -> bool:
    """Post-modifiers that belong to a description of a source: ``an official with X``,
    ``people familiar with the talks``, ``an expert cited in the report``."""
    if child.dep_ == "prep":
        return child.lower_ in DESCRIBING_PREPOSITIONS
    if child.dep_ == "amod":
        return True
    return child.dep_ == "acl" and child.tag_ == "VBN"


INSTITUTIONS = {"department", "ministry", "bank", "university", "office", "board", "institute",
                "council", "commission", "committee", "school", "college", "association",
                "society", "agency", "court", "church", "diocese", "federation", "union",
                "academy", "centre", "center", "bureau", "service", "services", "city", "town",
                "province", "state", "government", "house", "chamber", "league", "order"}


def _of_name(head: Token, child: Token) -> bool:
    """``Department of Community Services``, ``Bank of Canada``: an ``of`` inside the name of
    an institution (but ``Richard Shelby of Alabama`` is a person and a place)."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return head.lower_ in INSTITUTIONS and child.lower_ == "of" and bool(objects) and (
        objects[0].pos_ == "PROPN")


def _before_comma(child: Token) -> int:
    """The last token of a modifier, stopping short of a comma-delimited clause inside it."""
    edge = child.i
    for token in child.subtree:
        if token.i < child.i:
            continue
        if token.text in {",", ";", "(", "\u2014"}:
            break
        edge = token.i
    return edge


MENTION_LEFT_DEPS = {"compound", "flat", "amod", "det", "predet", "nmod", "nummod", "poss", "punct",
                     "case", "npadvmod", "quantmod", "advmod"}


def _comma_between(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].text in {",", "(", ")", ";", ":"} for k in range(start + 1, end))


# --------------------------------------------------------------------------- pass 1: quoted text


def window_after(ctx: Context, slot: QuoteSlot, limit: int = 30) -> tuple[int, int]:
    """Tokens after a quote up to the end of its sentence, the next quote or the paragraph end."""
    doc = ctx.doc
    start = slot.last + 1
    end = start
    para = ctx.para_of_token[slot.last]
    if ends_sentence(ctx, slot) and start < len(doc) and doc[start].text[:1].isupper():
        return start, start  # "… done." Next sentence: nothing trails this quote
    while end < len(doc) and end - start < limit:
        if ctx.para_of_token[end] != para or ctx.in_quote(end):
            break
        if doc[end].text in SENT_END:
            break
        end += 1
    return start, end


def window_before(ctx: Context, slot: QuoteSlot, limit: int = 40) -> tuple[int, int]:
    """Tokens before a quote back to its sentence start, the previous quote or paragraph start."""
    doc = ctx.doc
    end = slot.first
    start = end
    para = ctx.para_of_token[slot.first]
    while start > 0 and end - start < limit:
        prev = start - 1
        if ctx.para_of_token[prev] != para or ctx.in_quote(prev):
            break
        if doc[prev].text in SENT_END or _abbreviation_ends_sentence(doc, prev):
            break
        start = prev
    return start, end


def _abbreviation_ends_sentence(doc: Doc, i: int) -> bool:
    """``… in Washington, D.C. “I love this work,” she says``: an abbreviation's full stop
    right before an opening mark and a capital ends the sentence too."""
    if not doc[i].text.endswith(".") or len(doc[i]) < 2 or i + 2 >= len(doc):
        return False
    mark, word = doc[i + 1], doc[i + 2]
    return mark.is_quote and word.text[:1].isupper()


def ends_sentence(ctx: Context, slot: QuoteSlot) -> bool:
    inner = ctx.doc.text[slot.span.inner_start : slot.span.inner_end].rstrip()
    return inner[-1:] in {".", "!", "?", "\u2026"}


def _only_punct(doc: Doc, start: int, end: int) -> bool:
    return all(doc[i].is_punct or doc[i].is_space for i in range(start, end))


def trailer_cue(ctx: Context, slot: QuoteSlot) -> tuple[Token, Token | None] | None:
    """``“…,” she said`` / ``“…,” said Rehman`` / ``“…,” Kazianis, director of …, said``."""
    doc = ctx.doc
    start, end = window_after(ctx, slot)
    i = start
    while i < end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= end:
        return None
    for j in range(i, end):
        token = doc[j]
        entry = ctx.lexicon.cue(token)
        if entry is not None and "quote" in entry.frames and j not in ctx.used_cues:
            if not (is_finite(token) or _quoted_as(token) or token.pos_ == "NOUN") or (
                    _opens_clause(token)):
                return None  # "…," noting that … / "…" and X will continue to fight …
            parsed = subject_of(token, lexicon=ctx.lexicon)
            subject = _outside_quotes(ctx, token, parsed)
            if not ctx.lexicon.allows(entry, subject) or (parsed is not None and subject is None):
                return None
            if subject is not None and i <= subject.i < j and all(
                    doc[k].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM"}
                    or subject.left_edge.i <= k for k in range(i, subject.i)):
                return token, subject
            if subject is not None and subject.i > j and subject.i < end:
                return token, subject
            if j == i or all(doc[k].pos_ in {"ADV", "PART", "AUX"} for k in range(i, j)):
                return token, inverted_subject(token, end)
            if subject is None and j - i <= 4 and _noun_phrase_run(doc, i, j):
                return token, _last_nominal(doc, i, j)
            if subject is None:
                return token, _name_before_aside(doc, i, j)
            return None
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound", "acl", "relcl"}:
            if j + 1 < end and doc[j + 1].lower_ == "as":
                continue  # "he was quoted as saying": the cue comes next
            if not _inside_commas(doc, i, j):
                return None
    return None


PASSIVE_SPEAKERS = {"quote", "hear", "cite", "record"}
ADDRESSEE_VERBS = {"tell", "ask", "inform", "assure", "warn", "remind", "advise", "urge"}


def _opens_clause(verb: Token) -> bool:
    """A cue that goes on to say something of its own is not this quotation's trailer.

    ``Trump tweeted Sunday`` (a date parsed as object) and ``said on CBS' “Face the Nation.”``
    (a quoted title parsed as clause) do not count.
    """
    doc = verb.doc
    for child in verb.rights:
        if child.ent_type_ in {"DATE", "TIME"} or _starts_quoted(doc, child):
            continue
        if child.dep_ in {"xcomp", "ccomp"}:
            return True
        if child.dep_ == "dobj" and verb.lemma_.lower() not in ADDRESSEE_VERBS:
            return True
    return False


def _starts_quoted(doc: Doc, token: Token) -> bool:
    first = token.left_edge
    return first.i > 0 and first.is_quote or (first.i > 0 and doc[first.i - 1].is_quote)


def _quoted_as(verb: Token) -> bool:
    """``he was quoted as saying``: the participle is the cue, the passive subject the speaker."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and (
        verb.head.head.lemma_.lower() in {"quote", "hear", "record", "cite"})


def is_finite(verb: Token) -> bool:
    """``said``, ``says``, ``has said``, ``would say``; not ``saying`` or ``to say``.

    A past participle heading its sentence with no auxiliary (``Trump tweeted Sunday``
    tagged VBN) is the simple past the tagger mistook it for.
    """
    if verb.tag_ in FINITE_TAGS:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries and verb.tag_ == "VBN":
        return verb.dep_ == "ROOT" or _after_speaker_aside(verb)
    return bool(auxiliaries) and not any(a.lower_ == "to" for a in auxiliaries)


def _after_speaker_aside(verb: Token) -> bool:
    """``Pierre Gignac, EDC's then-chief risk officer, mentioned``: a verb right after the
    comma closing a name's description (parsed as a modifier of the name)."""
    doc = verb.doc
    return verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.i > 0 and (
        doc[verb.i - 1].text == ",")


def _name_before_aside(doc: Doc, start: int, cue: int) -> Token | None:
    """``“…,” Pierre Gignac, EDC’s then-chief risk officer, mentioned``: the name before the
    comma-delimited description is the speaker, whatever the parse made of it."""
    comma = next((k for k in range(start, cue) if doc[k].text == ","), None)
    if comma is None or comma == start or doc[cue - 1].text != ",":
        return None
    name = doc[start:comma]
    if all(t.pos_ in {"PROPN", "PUNCT"} for t in name) and name[-1].pos_ == "PROPN":
        return name[-1]
    return None


def _noun_phrase_run(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].pos_ in NOMINAL_POS for k in range(start, end)) and all(
        doc[k].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM", "ADP", "CCONJ", "AUX", "ADV"}
        for k in range(start, end)
    )


def _last_nominal(doc: Doc, start: int, end: int) -> Token | None:
    """The head of the first noun phrase in a run (before any appositive comma)."""
    first_comma = next((k for k in range(start, end) if doc[k].text == ","), end)
    for k in range(first_comma - 1, start - 1, -1):
        if doc[k].pos_ in NOMINAL_POS:
            return doc[k]
    return None


def _inside_commas(doc: Doc, start: int, j: int) -> bool:
    """Whether token ``j`` sits in a comma-delimited aside that opened after ``start``."""
    commas = sum(1 for k in range(start, j) if doc[k].text == ",")
    return commas % 2 == 1


def lead_in_cue(ctx: Context, slot: QuoteSlot) -> tuple[Token | None, Token | None, bool] | None:
    """``Siddiqui said, “…”`` / ``he wrote: “…”`` / ``X told reporters that “…”``.

    Returns the cue, its subject and whether the lead-in ended in ``that`` (reported syntax).
    """
    doc = ctx.doc
    start, end = window_before(ctx, slot)
    if start >= end or _only_punct(doc, start, end):
        start, end = _colon_paragraph_before(ctx, slot)
    if start >= end:
        return None
    k = end - 1
    while k >= start and (doc[k].is_space or doc[k].text in {"—", "–", "-", "--"}):
        k -= 1
    if k < start:
        return None
    ends_with_that = doc[k].lower_ == "that"
    ends_with_link = doc[k].text in {",", ":"} or ends_with_that
    for j in range(k, start - 1, -1):
        token = doc[j]
        entry = ctx.lexicon.cue(token)
        if entry is not None and "quote" in entry.frames and j not in ctx.used_cues:
            between = doc[j + 1 : k + 1]
            if j == k or (ends_with_link and _plain_adjunct(between)):
                subject = _outside_quotes(ctx, token, subject_of(token, lexicon=ctx.lexicon))
                if subject is None and j + 1 <= k:
                    subject = inverted_subject(token, k + 1)
                if not ctx.lexicon.allows(entry, subject):
                    return None
                return token, subject, ends_with_that
            return None
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"} and (k - j) > 12:
            return None
    if doc[k].text == ":":
        subject = _last_nominal(doc, start, k)
        if subject is not None and subject.pos_ == "PROPN":
            return None, subject, False
    return None


def _colon_paragraph_before(ctx: Context, slot: QuoteSlot) -> tuple[int, int]:
    """``And from Chairwoman Rosenworcel:`` closing the paragraph before a quotation."""
    doc = ctx.doc
    k = slot.first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in {"\u201c", '"'}):
        k -= 1
    if k < 0 or doc[k].text != ":" or ctx.para_of_token[k] == ctx.para_of_token[slot.first]:
        return 0, 0
    start = doc[k].sent.start
    return start, k + 1


def _plain_adjunct(tokens: Span) -> bool:
    """Words between a cue and its quote that do not start a new statement of their own."""
    if len(tokens) > 14:
        return False
    finite = [t for t in tokens if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP"}]
    return not finite


def attribute_quoted(ctx: Context) -> None:
    """Pass 1: quotation-mark stretches with a cue right after or right before them."""
    for n, slot in enumerate(ctx.slots):
        if slot.claimed or _not_speech(ctx, slot):
            continue
        trailer = trailer_cue(ctx, slot)
        if trailer is not None:
            cue, subject = trailer
            _claim_direct(ctx, n, cue, subject, rule="direct:trailer")
    for n, slot in enumerate(ctx.slots):  # trailers are surer, so they go first
        if slot.claimed or _not_speech(ctx, slot):
            continue
        lead = lead_in_cue(ctx, slot)
        if lead is not None:
            cue, subject, reported = lead
            rule = "direct:lead-in" if cue is not None else "direct:colon"
            _claim_direct(ctx, n, cue, subject, rule=rule, reported=reported)
    _carry_interrupted(ctx)
    _carry_back_multi_paragraph(ctx)


def _carry_back_multi_paragraph(ctx: Context) -> None:
    """“First paragraph … / “Last paragraph,” she said: the attribution covers every paragraph."""
    for n in range(len(ctx.slots) - 2, -1, -1):
        slot, follower = ctx.slots[n], ctx.slots[n + 1]
        if slot.claimed or not slot.span.continues_next or not follower.span.continues_previous:
            continue
        if not follower.claimed or follower.attribution is None:
            continue
        source = ctx.results[follower.attribution]
        ctx.results.append(
            Attribution(
                quote=_mention(ctx.doc, slot.span.start, slot.span.end),
                quote_type="direct",
                speaker=source.speaker,
                cue=source.cue,
                rule="direct:continued",
            )
        )
        slot.claimed = True
        slot.attribution = len(ctx.results) - 1


def _not_speech(ctx: Context, slot: QuoteSlot) -> bool:
    """Titles in quotation marks, and single-quoted phrases too short to be a statement."""
    inner = ctx.doc.text[slot.span.inner_start : slot.span.inner_end]
    if is_title_case(inner):
        return True
    return slot.span.kind != DOUBLE and not _looks_like_speech(ctx, slot)


def _claim_direct(ctx: Context, n: int, cue: Token | None, subject: Token | None, *, rule: str,
                  reported: bool = False) -> None:
    doc = ctx.doc
    slot = ctx.slots[n]
    start_tok = slot.first
    quote_type = "partial" if reported else "direct"
    if rule == "direct:trailer":
        lead_start, lead_end = window_before(ctx, slot)
        if lead_start < lead_end and not _only_punct(doc, lead_start, lead_end):
            lead = doc[lead_start:lead_end]
            if not _is_attribution_frame(ctx, lead):
                start_tok = _statement_start(ctx, slot, lead_start)
                quote_type = "partial"
    if not _looks_like_speech(ctx, slot) and quote_type == "direct" and rule != "direct:signed":
        quote_type = "partial"
    start_char = doc[start_tok].idx if start_tok != slot.first else slot.span.start
    quote = _mention(doc, start_char, slot.span.end)
    entry = ctx.lexicon.cue(cue) if cue is not None else None
    attribution = Attribution(
        quote=quote,
        quote_type=quote_type,
        speaker=_mention_of(subject),
        cue=_mention_of_token(cue),
        rule=rule,
        cue_strength=entry.strength if entry is not None else 1.0,
    )
    if not slot.span.balanced:
        attribution.flags.append("UNBALANCED_QUOTES")
    slot.claimed = True
    slot.attribution = len(ctx.results)
    ctx.results.append(attribution)
    if cue is not None:
        ctx.used_cues.add(cue.i)


def _statement_start(ctx: Context, slot: QuoteSlot, lead_start: int) -> int:
    """``called “sleepy car porters” rather than “sleeping car porters,” Foster writes``: the
    statement starts with its sentence, across unattributed quoted phrases inside it."""
    doc = ctx.doc
    start = lead_start
    sentence_start = doc[slot.first].sent.start
    para = ctx.para_of_token[slot.first]
    while start > sentence_start and ctx.para_of_token[start - 1] == para:
        previous = ctx.slot_of_token[start - 1]
        if previous >= 0 and (ctx.slots[previous].claimed or ends_sentence(ctx,
                                                                          ctx.slots[previous])):
            break
        if doc[start - 1].text in SENT_END and previous < 0:
            break
        start -= 1
    while start < slot.first and (doc[start].is_space or doc[start].is_punct and (
            ctx.slot_of_token[start] < 0)):
        start += 1
    return start


def _is_attribution_frame(ctx: Context, lead: Span) -> bool:
    """A lead-in that only introduces the quote (``Speaking at the rally,``) has no statement."""
    return all(t.is_punct or t.is_space or t.pos_ in {"CCONJ", "ADV", "INTJ"} for t in lead)


def _looks_like_speech(ctx: Context, slot: QuoteSlot) -> bool:
    """Whole sentences in quotation marks are speech; a four-word phrase may be a title."""
    inner = ctx.doc.text[slot.span.inner_start : slot.span.inner_end].strip()
    if is_title_case(inner):
        return False
    return len(re.findall(r"\w+", inner)) >= 6 or inner[-1:] in {".", "!", "?", ","}


SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with",
               "from", "as", "is", "vs"}


def is_title_case(text: str) -> bool:
    """``The Sanctity of Al-Aqsa Mosque and Responsibility of the Muslim Ummah``, ``Face the
    Nation.``: a title (a short all-capitalised phrase, or a longer mostly capitalised one)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) <= 5 and capitalised == len(words) and text.strip()[:1].isupper() and (
            not text.rstrip().endswith(("!", "?"))):
        return True
    return len(words) >= 3 and capitalised / len(words) >= 0.8 and not text.rstrip().endswith(
        (".", "!", "?"))


def _carry_interrupted(ctx: Context) -> None:
    """``“…,” he said, “…”``: the second stretch shares the first one's speaker and cue."""
    doc = ctx.doc
    for n, slot in enumerate(ctx.slots[1:], 1):
        prev = ctx.slots[n - 1]
        if slot.claimed or not prev.claimed or prev.attribution is None:
            continue
        if ctx.para_of_token[prev.last] != ctx.para_of_token[slot.first]:
            continue
        gap = doc[prev.last + 1 : slot.first]
        source = ctx.results[prev.attribution]
        if source.cue is None or not (source.cue.start >= doc[prev.last].idx and len(gap) <= 12):
            continue
        if not any(t.text == "," for t in gap[-2:]) or any(t.text in SENT_END for t in gap):
            continue
        ctx.results.append(
            Attribution(
                quote=_mention(doc, slot.span.start, slot.span.end),
                quote_type="direct",
                speaker=source.speaker,
                cue=source.cue,
                rule="direct:interrupted",
                flags=[] if slot.span.balanced else ["UNBALANCED_QUOTES"],
            )
        )
        slot.claimed = True
        slot.attribution = len(ctx.results) - 1


# ----------------------------------------------------------- pass 1b: signed quotes and posts

DASHES = {"\u2014", "\u2013", "-", "--"}
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
        if slot.claimed or _not_speech(ctx, slot):
            continue
        signer = _dash_signature(ctx, slot)
        if signer is not None:
            _claim_direct(ctx, n, None, signer, rule="direct:signed")
    for para in paragraphs(doc.text):
        text = doc.text[para.start : para.end]
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
        ctx.results.append(
            Attribution(
                quote=_mention(doc, body.start_char, body.end_char),
                quote_type="direct",
                speaker=Mention(name.start_char, name.end_char, name.text),
                rule="direct:signed",
            )
        )


def _dash_signature(ctx: Context, slot: QuoteSlot) -> Token | None:
    """A name after a dash that ends the paragraph: the quotation's signature."""
    doc = ctx.doc
    i = slot.last + 1
    para = ctx.para_of_token[slot.last]
    while i < len(doc) and doc[i].is_space and ctx.para_of_token[i] == para:
        i += 1
    if i >= len(doc) or doc[i].text not in DASHES or ctx.para_of_token[i] != para:
        return None
    end = i + 1
    while end < len(doc) and ctx.para_of_token[end] == para and not doc[end].is_space:
        end += 1
    name = doc[i + 1 : end]
    if len(name) == 0 or len(name) > 6 or not _is_person_name(name):
        return None
    return name[-1]


def _is_person_name(span: Span) -> bool:
    """Capitalised words only (a title may lead), and no verb: ``Coach Tim Brown``."""
    words = [t for t in span if not t.is_punct]
    return 1 <= len(words) <= 5 and all(
        t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ", "X"} for t in words)


# ------------------------------------------------------------------------- pass 2: reported speech


def attribute_reported(ctx: Context) -> None:
    """Pass 2: cue verbs with a reported clause or statement object, and ``according to``."""
    for verb in ctx.cue_verbs:
        if verb.i in ctx.used_cues:
            continue
        entry = ctx.lexicon.cue(verb)
        assert entry is not None
        contents = reported_content(ctx, verb, entry.frames)
        if not contents:
            continue
        subject = _final_cue_speaker(ctx, verb) or _outside_quotes(
            ctx, verb, subject_of(verb, lexicon=ctx.lexicon))
        if subject is None and verb.i + 1 < len(ctx.doc):
            subject = _trailing_inverted(ctx, verb)
        if subject is None or not ctx.lexicon.allows(entry, subject):
            continue  # "Asked what he would tell …": a cue with no speaker reports nothing
        objects = {c.left_edge.i for c in verb.children if c.dep_ in {"dobj", "oprd"}}
        # a noun phrase ("acknowledged the scale of the defeat") is a weaker statement
        weight = OBJECT_WEIGHT if contents[0][0] in objects else 1.0
        for content in contents:
            _claim_reported(ctx, content, verb, subject, rule="reported:verb", weight=weight)
    for phrase in ctx.according_to:
        found = according_to_content(ctx, phrase)
        if found is None:
            continue
        contents, source = found
        for content in contents:
            _claim_reported(ctx, content, None, source, rule="reported:according-to")


def _outside_quotes(ctx: Context, verb: Token, subject: Token | None) -> Token | None:
    """Words in quotation marks are what was said, not who said it.

    A subject the parse found inside them (``Purdy, who lost “two belt loops”, says``,
    ``X said “nobody knows,” and added:``) gives way to the subject of the verb this one is
    coordinated with, or to the name that opens the sentence.
    """
    if subject is None or not ctx.in_quote(subject.i) or ctx.in_quote(verb.i):
        return subject
    if verb.dep_ == "conj":
        head = verb.head
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


def _final_cue_speaker(ctx: Context, verb: Token) -> Token | None:
    """``…, North Korea's state-run KCNA news agency said.``: whatever the parse says, the
    noun phrase between the last comma and a sentence-final cue is its speaker."""
    doc = ctx.doc
    sent = verb.sent
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sent.end]):
        return None
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ in {"ADV", "AUX", "PART"}:
        k -= 1
    head = k
    start = k
    while start > sent.start and doc[start - 1].text != "," and (
            doc[start - 1].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM", "PART"}
            or doc[start - 1].dep_ in {"amod", "compound", "npadvmod", "nmod"}):
        start -= 1
    if start <= sent.start or doc[start - 1].text != "," or doc[head].pos_ not in NOMINAL_POS:
        return None
    return doc[head] if _can_speak(doc[head]) else None


def _trailing_inverted(ctx: Context, verb: Token) -> Token | None:
    """``…, says Chetham Lakshman.``: a speaker after a cue that follows its statement."""
    doc = ctx.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in {",", "\u201d", '"', "\u2019"} or not is_finite(verb):
        return None
    return inverted_subject(verb, verb.sent.end)


def sentence_of(ctx: Context, token: Token) -> Span:
    """The token's sentence, rejoined where the model split it after an abbreviation
    (``he's lost 16 lbs. since he signed up``): a sentence that starts in lower case, in the
    same paragraph, continues the one before."""
    doc = ctx.doc
    start, end = token.sent.start, token.sent.end
    while start > 0 and _continues_previous(ctx, start):
        start = doc[start - 1].sent.start
    while end < len(doc) and _continues_previous(ctx, end):
        end = doc[end].sent.end
    return doc[start:end]


def _continues_previous(ctx: Context, start: int) -> bool:
    """Whether the sentence the model started at ``start`` is really the previous one going on
    (``lbs. “and two belt loops”``): same paragraph, first word in lower case."""
    doc = ctx.doc
    if ctx.para_of_token[start] != ctx.para_of_token[start - 1]:
        return False
    i = start
    while i < len(doc) and doc[i].is_punct and doc[i].is_quote:
        i += 1
    return i < len(doc) and not doc[i].is_space and doc[i].text[:1].islower()


def reported_content(ctx: Context, verb: Token, frames: Iterable[str]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of what the cue verb reports (two when the cue interrupts it)."""
    doc = ctx.doc
    frames = set(frames)
    sent = sentence_of(ctx, verb)
    if "clause" in frames:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        before = next((c for c in clauses if c.i < verb.i and _finite_clause(c)
                       and _comma_before_speaker(ctx, verb)), None)
        # "…, officials said, as rescuers searched": the clause before the cue is the statement
        clause = before or next((c for c in clauses if c.i > verb.i),
                                clauses[0] if clauses else None)
        if clause is not None and clause.i > verb.i:
            start = _skip_that(doc, min(clause.left_edge.i, _after_adjuncts(verb, clause)), verb.i)
            end = _clause_end(ctx, verb, sent)
            return [(start, end)] if end > start else []
        if clause is not None and clause.i < verb.i and _finite_clause(clause) and (
                _comma_before_speaker(ctx, verb)):
            start = max(clause.left_edge.i, sent.start)
            end = _before_attribution(doc, verb, start)
            return _with_resumed(ctx, verb, sent, (start, end)) if end > start else []
        after = _that_clause_after(doc, verb, sent)
        if after is not None:
            return [after]
        before = _content_before_final_cue(ctx, verb, sent)
        if before is not None:
            return before
        if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i:
            after_comma = resumed_content(ctx, verb.i, sent)
            if after_comma is not None and _has_finite_verb(doc, *after_comma):
                return [after_comma]  # the statement after the comma governs the cue
    if "instruction" in frames and is_finite(verb) and any(c.dep_ == "dobj"
                                                           for c in verb.children):
        order = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if order is not None:  # told workers [to install the public versions …]
            end = _clause_end(ctx, verb, sent)
            return [(order.left_edge.i, end)] if end > order.left_edge.i else []
    if "gerund" in frames and is_finite(verb):
        doing = next((c for c in verb.rights if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"
                      and c.left_edge.i == c.i), None)
        if doing is not None:  # report [experiencing discrimination], denied [taking money]
            end = _clause_end(ctx, verb, sent)
            return [(doing.i, end)] if end - doing.i >= 2 else []
    if "complement" in frames:
        named = next((c for c in verb.rights if c.dep_ in {"oprd", "xcomp", "attr"}), None)
        if named is not None and any(c.dep_ == "dobj" for c in verb.children):
            end = _object_end(ctx, verb, named, sent)  # called it [a bandage solution …]
            return [(named.left_edge.i, end)] if end > named.left_edge.i else []
    if "object" in frames and (is_finite(verb) or (verb.tag_ == "VBG" and verb.dep_ in {
            "advcl", "conj", "acl"})):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i > verb.i:
            end = _object_end(ctx, verb, obj, sent)
            return [(obj.left_edge.i, end)] if end > obj.left_edge.i else []
    return []


def _object_end(ctx: Context, verb: Token, obj: Token, sent: Span) -> int:
    """``expressed gratitude to X on behalf of Y while condemning Z`` runs to the end of the
    clause, but stops before a conjoined statement (``… and claimed that …``)."""
    doc = ctx.doc
    end = _clause_end(ctx, verb, sent)
    for child in verb.rights:
        if child.dep_ == "conj" and child.i > obj.i:
            cut = child.left_edge.i
            while cut > obj.i and doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            end = min(end, cut)
    while end > obj.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if _closes_quote(ctx, end - 1):
            break
        end -= 1
    return end


SUBORDINATORS = {"as", "when", "if", "because", "while", "although", "though", "since", "after",
                 "before", "until", "unless", "once", "whether"}


def _comma_before_speaker(ctx: Context, verb: Token) -> bool:
    """``…, he said`` / ``…,” she said``: a statement before its cue ends with a comma."""
    doc = ctx.doc
    subject = subject_of(verb, lexicon=ctx.lexicon)
    left = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    k = left - 1
    while k >= 0 and (doc[k].is_space or _closes_quote(ctx, k)):
        k -= 1
    return k >= 0 and doc[k].text in {",", ";", "\u2014", "--"}


def _finite_clause(clause: Token) -> bool:
    """A reported clause has a subject of its own and is not an adverbial (``As the war …``)
    or an infinitive (``the second review to be released this week``)."""
    if clause.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    if not is_finite(clause) and clause.pos_ in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children)


def _with_resumed(ctx: Context, verb: Token, sent: Span,
                  before: tuple[int, int]) -> list[tuple[int, int]]:
    """``Police, Sinclair says, have no policies …``: the statement goes on after the cue."""
    resumed = resumed_content(ctx, verb.i, sent)
    return [before, resumed] if resumed is not None else [before]


RESUME_STOPWORDS = {"who", "which", "whose", "whom", "where", "when", "though", "although",
                    "whereas"} | CONTINUATION_CUES


def resumed_content(ctx: Context, after: int, sent: Span) -> tuple[int, int] | None:
    """The words after ``…, he said, …``: from the comma that closes the cue to the sentence end.

    ``…, said Marty Puranik, CEO of Atlantic.Net`` resumes nothing: the words after the comma
    describe the speaker. ``…, the Red Cross said, raising the possibility …`` neither: a
    participle there is the writer's gloss.
    """
    doc = ctx.doc
    verb = doc[after]
    subject = subject_of(verb, lexicon=ctx.lexicon) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.i > after:
        after = max(after, subject.right_edge.i)
    comma = next((k for k in range(after + 1, min(sent.end, after + 12)) if doc[k].text == ","),
                 None)
    if comma is None:
        return None
    if any(doc[k].pos_ == "VERB" and is_finite(doc[k]) for k in range(after + 1, comma)):
        return None
    start = comma + 1
    while start < sent.end and doc[start].is_space:
        start += 1
    if start >= sent.end or doc[start].lower_ in RESUME_STOPWORDS or doc[start].tag_ == "VBG":
        return None
    if any(ctx.lexicon.cue(t) is not None for t in doc[start : min(start + 3, sent.end)]) and (
            sent.end - start <= 4):
        return None  # "…, he said." closes the sentence, it says nothing new
    end = sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if _closes_quote(ctx, end - 1):
            break
        end -= 1
    return (start, end) if end - start >= 2 else None


CUE_ADJUNCT_DEPS = {"npadvmod", "advmod", "prep", "agent", "dative", "prt", "punct"}


def _after_adjuncts(verb: Token, clause: Token) -> int:
    """First token after ``said on Saturday`` / ``told HuffPost Canada``: where the statement
    starts even if the parser hung part of it (``said Thursday one of his ideas … could``) on
    the verb instead of the clause."""
    position = verb.i + 1
    for child in verb.rights:
        if child.i >= clause.i:
            break
        addressee = child.dep_ == "dobj" and verb.lemma_.lower() in ADDRESSEE_VERBS
        if child.dep_ in CUE_ADJUNCT_DEPS or addressee:
            position = max(position, child.right_edge.i + 1)
        else:
            break
    return position


def _skip_that(doc: Doc, start: int, verb_i: int) -> int:
    """Reported spans start after the cue and any ``that`` (and stray punctuation)."""
    while start < len(doc) and (doc[start].lower_ == "that" or doc[start].is_punct):
        start += 1
    return start


def _clause_end(ctx: Context, verb: Token, sent: Span) -> int:
    """End of a reported clause: the sentence end, or where a new attribution begins."""
    doc = ctx.doc
    end = sent.end
    para = ctx.para_of_token[verb.i]
    for i in range(verb.i + 1, sent.end):
        if ctx.para_of_token[i] != para:
            end = i
            break
        token = doc[i]
        if token.text == "," and i + 1 < sent.end:
            following = doc[i + 1]
            if _closes_quote(ctx, i + 1) and i + 2 < sent.end:
                following = doc[i + 2]  # …decision," noting that …
            if following.lower_ in CONTINUATION_CUES or (
                following.lower_ == "according" and i + 2 < sent.end
            ) or (following.tag_ == "VBG" and ctx.lexicon.cue(following) is not None) or (
                _trailing_attribution(ctx, i + 1, sent)
            ):
                end = i
                break
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if _closes_quote(ctx, end - 1):
            break
        end -= 1
    return end


def _trailing_attribution(ctx: Context, start: int, sent: Span) -> bool:
    """``…, the statement said.`` / ``…, he added.``: a cue clause that closes the sentence."""
    doc = ctx.doc
    for k in range(start, min(start + 6, sent.end)):
        token = doc[k]
        if ctx.lexicon.cue(token) is not None and is_finite(token):
            subject = subject_of(token, lexicon=ctx.lexicon)
            rest = doc[k + 1 : sent.end]
            return (subject is not None and start <= subject.i < k) and not any(
                t.pos_ == "VERB" for t in rest)
        if token.pos_ == "VERB" or token.text in {",", ";"}:
            return False
    return False


def _closes_quote(ctx: Context, i: int) -> bool:
    slot = ctx.slot_of_token[i]
    return slot >= 0 and ctx.slots[slot].last == i


def _before_attribution(doc: Doc, verb: Token, start: int) -> int:
    """For ``…, he maintained``: the content ends at the comma before the speaker."""
    subject = subject_of(verb)
    boundary = min(verb.i, subject.left_edge.i if subject is not None else verb.i)
    end = boundary
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _that_clause_after(doc: Doc, verb: Token, sent: Span) -> tuple[int, int] | None:
    """``told the House of Commons that …`` when the parser did not mark a ccomp."""
    for i in range(verb.i + 1, min(verb.i + 8, sent.end)):
        token = doc[i]
        if token.lower_ == "that" and token.dep_ in {"mark", "nsubj", "dobj"} and (
            token.head.i > token.i and token.head.head.i == verb.i
        ):
            start = i + 1
            end = sent.end
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return (start, end) if end - start >= 3 else None
        if token.pos_ == "VERB":
            return None
    return None


def _content_before_final_cue(ctx: Context, verb: Token,
                              sent: Span) -> list[tuple[int, int]] | None:
    """``The loss of innocent lives … has raised concerns, he maintained.`` and the statement a
    cue interrupts (``Police, the inspector says, have no policy …``): one or two ranges."""
    doc = ctx.doc
    if not is_finite(verb):
        return None  # "…, responding to the attack" reports nothing
    subject = _final_cue_speaker(ctx, verb) or subject_of(verb)
    left = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    comma = left - 1
    while comma > sent.start and doc[comma].is_space:
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    tail_end = next((k for k in range(verb.i + 1, sent.end) if doc[k].text in {",", ";"}),
                    sent.end)
    if any(doc[k].pos_ == "VERB" and is_finite(doc[k]) for k in range(verb.i + 1, tail_end)):
        return None
    if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" and c.i == verb.i + 1
           for c in verb.children) and verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None  # "… only add to the misery"
    speaker_after = subject is None or subject.i > verb.i
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}
           and verb.i < c.i < tail_end
           and not (speaker_after and c.i == _first_content(verb) and c.pos_ in {"PROPN", "PRON"})
           for c in verb.children):
        return None  # "In November, the province proposed four parks": the cue goes on
    start = sent.start
    while start < comma and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= comma or doc[start].lower_ in SUBORDINATORS:
        return None  # "As the war entered its second month, the army …" is no statement
    resumed = resumed_content(ctx, verb.i, sent)
    if _has_finite_verb(doc, start, comma):
        return [(start, comma), resumed] if resumed else (
            [(start, comma)] if comma - start >= 3 else None)
    # "Police, the inspector says, have no policy": a subject before, its verb after the cue
    if resumed is not None and doc[start].pos_ in NOMINAL_POS | {"DET", "ADJ", "NUM", "ADV"} and (
            _has_finite_verb(doc, resumed[0], min(resumed[0] + 3, resumed[1]))):
        return [(start, comma), resumed]
    return None  # "Expressing disappointment over …, Haniyeh warned …"


def _first_content(verb: Token) -> int:
    """Index of the first word after a cue, past adverbs: where an inverted speaker stands."""
    i = verb.i + 1
    while i < len(verb.doc) and verb.doc[i].pos_ in {"ADV", "PART"}:
        i += 1
    return i


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    return any(is_finite(doc[k]) and doc[k].pos_ in {"VERB", "AUX"} for k in range(start, end))


def according_to_content(ctx: Context, phrase: Span
                         ) -> tuple[list[tuple[int, int]], Token] | None:
    """``According to ISPR, Munir met…``, ``…, according to Dixon Hall.`` and the statement
    interrupted by the phrase (``Shelter residents, according to the findings, are fearful``)."""
    doc = ctx.doc
    to = phrase[-1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        if to.i + 1 < len(doc) and doc[to.i + 1].pos_ in NOMINAL_POS | {"DET"}:
            source = inverted_subject(to, min(len(doc), to.i + 12))
        if source is None:
            return None
    written = _appositive_name(source)
    source = ctx.lexicon.issuer(written)  # "the Civic Action study" speaks for Civic Action
    sent = phrase.sent
    phrase_end = max(written.right_edge.i, source.right_edge.i, phrase.end - 1)
    if phrase.start <= sent.start + 1:
        start = phrase_end + 1
        while start < sent.end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        end = _clause_end(ctx, source, sent)
        return ([(start, end)], source) if end - start >= 3 else None
    end = phrase.start
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    start = sent.start
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if end - start < 1:
        return None
    ranges = [(start, end)]
    resumed = resumed_content(ctx, phrase_end, sent) if end - start < 8 else None
    if resumed is not None:
        ranges.append(resumed)
    elif end - start < 3:
        return None
    return ranges, source


def _appositive_name(token: Token) -> Token:
    """``the military's media wing, Inter-Services Public Relations (ISPR)``: prefer the name."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    return token


def _cover_quotes(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Widen a statement so it never cuts a quotation in two (the parse may leave a mark out)."""
    for slot in ctx.slots:
        if slot.first < end <= slot.last and slot.first >= start:
            end = slot.last + 1
        if slot.first < start <= slot.last and slot.last < end:
            start = slot.first
    return start, end


def _before_inner_attribution(ctx: Context, covered: list[int], start: int,
                              end: int) -> int | None:
    """``he said he found himself in tears in what he called “the loneliest moment”``: the
    statement stops before the phrase that attributes its own quotation."""
    doc = ctx.doc
    cues = [ctx.results[ctx.slots[n].attribution].cue for n in covered
            if ctx.slots[n].claimed and ctx.slots[n].attribution is not None]
    spans = [doc.char_span(m.start, m.end) for m in cues if m is not None]
    inside = [span.root for span in spans if span is not None and start <= span.start < end]
    if not inside:
        return None
    phrase = inside[0]
    while phrase.dep_ not in {"prep", "advcl"} and phrase.head.i != phrase.i and (
            start <= phrase.head.i < end):
        phrase = phrase.head  # up to "in what he called …", "as he put it"
    cut = phrase.left_edge.i
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space
                           or doc[cut - 1].dep_ == "cc"):
        cut -= 1
    return cut if cut - start >= 3 and _has_finite_verb(doc, start, cut) else None


def _claim_reported(ctx: Context, content: tuple[int, int], cue: Token | None,
                    subject: Token | None, *, rule: str, weight: float = 1.0) -> None:
    doc = ctx.doc
    start, end = _cover_quotes(ctx, *content)
    if doc[start].tag_ in RELATIVE_TAGS:
        return  # "which a study concluded would cost …" is the writer's sentence
    inner = [n for n, s in enumerate(ctx.slots) if s.first < end and s.last >= start]
    for n in inner:
        slot = ctx.slots[n]
        if slot.claimed and slot.first <= start and slot.last >= end - 1:
            return  # the "content" is a quotation already attributed
    covered = [n for n in inner if ctx.slots[n].first >= start and ctx.slots[n].last < end]
    if any(ctx.slots[n].claimed for n in covered):
        cut = _before_inner_attribution(ctx, covered, start, end)
        if cut is None:
            return
        end = cut
        covered = [n for n in covered if ctx.slots[n].last < end]
    quote_type = "partial" if covered else "indirect"
    if covered and all(
        ctx.slots[n].first == start and ctx.slots[n].last >= end - 2 for n in covered
    ):
        quote_type = "partial"
    start_char = doc[start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    entry = ctx.lexicon.cue(cue) if cue is not None else None
    attribution = Attribution(
        quote=_mention(doc, start_char, end_char),
        quote_type=quote_type,
        speaker=_mention_of(subject),
        cue=_mention_of_token(cue),
        rule=rule,
        cue_strength=(entry.strength if entry is not None else 1.0) * weight,
    )
    for n in covered:
        ctx.slots[n].claimed = True
        ctx.slots[n].attribution = len(ctx.results)
    ctx.results.append(attribution)
    if cue is not None:
        ctx.used_cues.add(cue.i)


# ------------------------------------------------------------------------------ pass 3: left-overs


def attribute_leftovers(ctx: Context) -> None:
    """Pass 3: floating quotes continue the previous speaker; naming-verb fragments are partial."""
    doc = ctx.doc
    for n, slot in enumerate(ctx.slots):
        if slot.claimed:
            continue
        before_start, before_end = window_before(ctx, slot)
        after_start, after_end = window_after(ctx, slot)
        alone = (_only_punct(doc, before_start, before_end)
                 or _bare_colon_lead(doc, before_start, before_end)) and _only_punct(
            doc, after_start, after_end)
        if alone and _is_sentence_quote(ctx, n) and slot.span.kind == DOUBLE:
            _claim_floating(ctx, n)
            continue
        fragment = None if _not_speech(ctx, slot) else _naming_verb(ctx, slot)
        if fragment is not None:
            verb, subject = fragment
            ctx.results.append(
                Attribution(
                    quote=_mention(doc, slot.span.start, slot.span.end),
                    quote_type="partial",
                    speaker=_mention_of(subject),
                    cue=_mention_of_token(verb),
                    rule="partial:naming",
                )
            )
            slot.claimed = True
            slot.attribution = len(ctx.results) - 1


def _bare_colon_lead(doc: Doc, start: int, end: int) -> bool:
    """``Then, after a pause: “…”``: a lead-in that names no one and says no verb hands the
    quotation on to whoever spoke before."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 1 < len(words) <= 8 and words[-1].text == ":" and not any(
        t.pos_ in {"VERB", "AUX", "PROPN", "PRON"}
        or (t.pos_ == "NOUN" and t.dep_ not in {"pobj", "npadvmod"}) for t in words)


def _is_sentence_quote(ctx: Context, n: int) -> bool:
    """A quotation that stands as a sentence of its own, not an item in a list of phrases."""
    slot = ctx.slots[n]
    inner = ctx.doc.text[slot.span.inner_start : slot.span.inner_end].strip()
    if slot.words < 4 and inner[-1:] not in {".", "!", "?"}:
        return False
    for m in (n - 1, n + 1):
        if 0 <= m < len(ctx.slots) and _listed_together(ctx, ctx.slots[min(n, m)],
                                                         ctx.slots[max(n, m)]):
            return False
    return True


def _listed_together(ctx: Context, first: QuoteSlot, second: QuoteSlot) -> bool:
    between = ctx.doc[first.last + 1 : second.first]
    return len(between) <= 2 and all(t.text in {",", "and", "or", ";"} for t in between) and (
        first.words < 6 or second.words < 6)


def _claim_floating(ctx: Context, n: int) -> None:
    doc = ctx.doc
    slot = ctx.slots[n]
    previous = _previous_attribution(ctx, slot)
    attribution = Attribution(
        quote=_mention(doc, slot.span.start, slot.span.end),
        quote_type="direct",
        rule="direct:floating",
        flags=[] if slot.span.balanced else ["UNBALANCED_QUOTES"],
    )
    if previous is None:
        attribution.flags.append("NO_SPEAKER")
    else:
        attribution.continues = previous
    slot.claimed = True
    slot.attribution = len(ctx.results)
    ctx.results.append(attribution)


def _previous_attribution(ctx: Context, slot: QuoteSlot, max_paragraphs: int = 3) -> int | None:
    """The latest attribution before ``slot`` within a few paragraphs, if it had a speaker."""
    best = None
    best_start = -1
    start_char = slot.span.start
    para = slot.span.paragraph
    for n, attribution in enumerate(ctx.results):
        if attribution.quote.start >= start_char or attribution.quote.start <= best_start:
            continue
        best, best_start = n, attribution.quote.start
    if best is None:
        return None
    found = ctx.results[best]
    first_tok = ctx.doc.char_span(found.quote.start, found.quote.end, alignment_mode="expand")
    if first_tok is None:
        return None
    if para - ctx.para_of_token[first_tok.start] > max_paragraphs:
        return None
    if found.speaker is None and found.continues is None:
        return None
    return best


NAMING_LEMMAS = {"refer", "call", "describe", "dub", "term", "label", "brand", "hail", "express",
                 "characterize", "characterise", "chant", "shout", "promise", "vow", "urge"}


def _naming_verb(ctx: Context, slot: QuoteSlot) -> tuple[Token, Token | None] | None:
    """A quoted fragment governed by a naming verb: ``referred to Pakistan as "brave"``."""
    doc = ctx.doc
    head = doc[slot.first]
    inner = doc[slot.first : slot.last + 1]
    root = next((t for t in inner if t.head.i < slot.first or t.head.i > slot.last), head)
    node = root.head
    for _ in range(4):
        if node.lemma_.lower() in NAMING_LEMMAS and node.pos_ == "VERB":
            subject = subject_of(node, lexicon=ctx.lexicon)
            if subject is not None:
                return node, subject
            return None
        if node.head.i == node.i:
            break
        node = node.head
    return None


# --------------------------------------------------------------------------------------- helpers


def _mention(doc: Doc, start: int, end: int) -> Mention:
    return Mention(start, end, doc.text[start:end])


def _mention_of(token: Token | None) -> Mention | None:
    if token is None:
        return None
    span = speaker_mention(token)
    return Mention(span.start_char, span.end_char, span.text)


def _mention_of_token(token: Token | None) -> Mention | None:
    if token is None:
        return None
    return Mention(token.idx, token.idx + len(token.text), token.text)


def find_attributions(doc: Doc, lexicon: Lexicon, according_to: Sequence[Span] = ()) -> list[
        Attribution]:
    """All quotes of ``doc`` in text order, each with its cue and speaker mention (if any)."""
    ctx = build_context(doc, lexicon, according_to)
    attribute_quoted(ctx)
    attribute_signed(ctx)
    attribute_reported(ctx)
    attribute_leftovers(ctx)
    order = sorted(range(len(ctx.results)), key=lambda n: ctx.results[n].quote.start)
    new_index = {old: new for new, old in enumerate(order)}
    ordered = [ctx.results[n] for n in order]
    for attribution in ordered:
        if attribution.continues is not None:
            attribution.continues = new_index[attribution.continues]
    return ordered
