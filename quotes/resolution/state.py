"""What the resolution passes of one article share: the parse, the entities, the reading history.

Built once per document by ``ArticleResolver``; each pass (names, pronouns, descriptions,
documents) reads it and records what it learns (an entity met, a subject, a speaker), so the
next mention is resolved against everything read before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..attribution.lexicon import DocumentVerbs
from ..attribution.marks import find_quoted_spans, top_level
from ..attribution.mentions import GENERATIONS
from ..attribution.mentions import PLACE_LABELS as PLACE_LABELS_OF_TAGGER
from ..datelines import in_release_furniture
from ..names import BODY_JOINERS, Titles
from ..rules import EITHER, NO_NOUN, RuleSet, SpeakerNounRule
from ..segmentation import paragraph_of_offsets
from .config import Constraints, ResolverWeights
from .entities import PLACE_LABELS, Entities, Entity, MentionEvent
from .spans import (
    NICKNAME_CLOSE,
    NICKNAME_OPEN,
    given_name_before_nickname,
    without_office_place,
    without_portfolio,
)


@dataclass(frozen=True)
class ResolutionRules:
    """The rules the resolver reads: speaker nouns, first names and document verbs."""

    nouns: dict[str, SpeakerNounRule]
    first_names: dict[str, str]  # name: "m" or "f", "" for one both sexes bear (first_name_genders)
    documents: DocumentVerbs
    titles: Titles
    institutions: frozenset[str]  # "Department of …" (rules/name_words.jsonl)
    org_words: frozenset[str]  # "… International": a body's name (rules/name_words.jsonl)
    # institution words that are places themselves ("City"): no body's name before a place
    place_institutions: frozenset[str] = frozenset()
    # verbs a speaker's relative clause gives their name with (rules/verb_classes.jsonl)
    self_naming: frozenset[str] = frozenset()
    # participles that give a name ("an organisation called …", ``name_giving``)
    name_giving: frozenset[str] = frozenset()
    # "was sure", "believes": a statement opening with its subject's state of mind may be
    # that subject's own (rules/verb_classes.jsonl ``stance``)
    stances: frozenset[str] = frozenset()
    constraints: Constraints = field(default_factory=Constraints)  # rules/head_nouns.jsonl
    # "says", "warns": the speech verbs a headline may name its speaker with (headline.py)
    headline_cues: str = "(?:says|said)"

    @property
    def org_nouns(self) -> set[str]:
        return {n for n, e in self.nouns.items() if e.type == "organization" and not e.document}


def first_name_genders(rules: RuleSet) -> dict[str, str]:
    """Each listed first name and the gender it points to, ``""`` for a name both sexes bear
    (``Charlie``, ``Casey``): still a person's name, but no evidence for ``he`` or ``she``
    (the gender lookups test the value, so an empty one casts no vote)."""
    return {rule.name.lower(): "" if rule.gender == EITHER else rule.gender
            for rule in rules.first_names}


@dataclass
class ArticleState:
    """One article's parse and everything the passes have learnt from it so far."""

    doc: Doc
    text: str  # ``doc.text`` and ``doc.ents``, computed once: spaCy rebuilds them on each access
    ents: tuple[Span, ...]
    rules: ResolutionRules
    weights: ResolverWeights
    entities: Entities
    quoted: list[bool]
    sent_of: list[int]
    sent_start: list[int]
    paragraph_of: list[int]  # per sentence: the number of the paragraph it is in
    place_words: set[str]
    org_nouns: set[str]
    constraints: Constraints = field(default_factory=Constraints)
    events: list[MentionEvent] = field(default_factory=list)
    # people named inside quotation marks, in reading order: no antecedents, but whoever a
    # quotation names in the third person is not the one saying it
    quoted_people: list[MentionEvent] = field(default_factory=list)
    # (token, entity, as subject): every time an entity was met, in reading order
    history: list[tuple[int, Entity, bool]] = field(default_factory=list)
    # the tokens of every speaker mention of the article (a pass may ask whether a name speaks)
    speaker_tokens: set[int] = field(default_factory=set)
    # indexes a pass builds once per article and reads many times (keyed by the pass's name)
    memo: dict[str, object] = field(default_factory=dict)

    # the rules' titles, and any initials the article defined for one ("Commissioner of
    # Police (CP)")
    article_titles: Titles | None = None

    @classmethod
    def of(cls, doc: Doc, rules: ResolutionRules, weights: ResolverWeights) -> ArticleState:
        sent_of, sent_start = sentence_index(doc)
        text = doc.text
        titles = rules.titles.with_initials(title_initials_defined(doc, rules.titles))
        # a ticker's exchange or a wire service's tag is nobody an article names
        ents = tuple(corrected_entity(e, titles) for e in doc.ents
                     if not in_release_furniture(text, e.start_char))
        paragraph_of = paragraph_index(doc, text)
        return cls(
            doc=doc,
            text=text,
            ents=ents,
            article_titles=titles,
            rules=rules,
            weights=weights,
            entities=Entities(weights, titles, rules.org_words),
            quoted=quoted_token_mask(doc, text),
            sent_of=sent_of,
            sent_start=sent_start,
            paragraph_of=paragraph_of,
            place_words={e.text.lower() for e in ents
                         if e.label_ in PLACE_LABELS and len(e) == 1},
            org_nouns=rules.org_nouns,
            constraints=rules.constraints,
        )

    @property
    def titles(self) -> Titles:
        return self.article_titles or self.rules.titles

    def noun_entry(self, token: Token) -> SpeakerNounRule:
        """The speaker-noun entry for a token (by form, then lemma), or the false ``NO_NOUN``."""
        nouns = self.rules.nouns
        return nouns.get(token.lower_) or nouns.get(token.lemma_.lower()) or NO_NOUN

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def sentence(self, position: int) -> int:
        return self.sent_of[min(position, len(self.sent_of) - 1)]

    def spoke_just_before(self, entity: Entity, position: int) -> bool:
        """The entity spoke before ``position``, in its narrated sentence or the one before
        (``narrated_sentences_between``): the floor a pronoun or description goes on with."""
        return 0 <= entity.last_spoke < position and (
            self.narrated_sentences_between(entity.last_spoke, position) <= 1)

    def narrated_sentences_between(self, start: int, end: int) -> int:
        """How many sentences lie between tokens ``start`` and ``end`` (as ``sentence(end) -
        sentence(start)``), not counting those wholly inside a quotation: a long quotation is
        the speaker talking, which keeps them in focus rather than moving the story on. A
        sentence of punctuation alone counts for nothing."""
        narrated = self.memo.get("narrated_before")
        if narrated is None:
            inside: dict[int, bool] = {}
            for token in self.doc:
                if not (token.is_punct or token.is_space):
                    number = self.sent_of[token.i]
                    inside[number] = inside.get(number, True) and bool(self.quoted[token.i])
            # narrated[n]: how many sentences up to and including n have a word outside quotes
            # (a stray closing mark the parser made a sentence of has none)
            narrated, count = [], 0
            for number in range(max(self.sent_of, default=-1) + 1):
                count += 1 if inside.get(number) is False else 0
                narrated.append(count)
            self.memo["narrated_before"] = narrated
        first, last = self.sentence(start), self.sentence(end)
        return narrated[last] - narrated[first] if last > first else 0

    def sentence_bounds(self, number: int) -> tuple[int, int]:
        """The first token and the end of sentence ``number``."""
        bounds = self.memo.get("sentence_bounds")
        if bounds is None:
            bounds = [(sent.start, sent.end) for sent in self.doc.sents]
            self.memo["sentence_bounds"] = bounds
        return bounds[number]

    def paragraph(self, position: int) -> int:
        """The paragraph a token is in (by its sentence)."""
        return self.paragraph_of[self.sentence(position)]

    def topic_reaches(self, pos: int, position: int) -> bool:
        """Whether the paragraph of token ``pos`` is still the topic at ``position``: its own
        paragraph, or the first sentence of the next (``Ms. Varga opened a bakery. …\n"…," she
        said``). Past that, the new paragraph has its own topic."""
        here, there = self.paragraph(position), self.paragraph(pos)
        if here == there:
            return True
        return here == there + 1 and self.paragraph_of[self.sentence(position) - 1] == there

    def leads_paragraph(self, position: int) -> bool:
        """Whether a token's sentence opens a paragraph that goes on after it (a one-sentence
        paragraph, as in wire copy with a line per sentence, leads nothing)."""
        n = self.sentence(position)
        paragraphs = self.paragraph_of
        opens = n == 0 or paragraphs[n - 1] != paragraphs[n]
        return opens and n + 1 < len(paragraphs) and paragraphs[n + 1] == paragraphs[n]

    def subjects(self) -> list[Token]:
        """The clause subjects outside quotation marks, in reading order (read once: the
        gender votes and the reading-order walk both go through them)."""
        found = self.memo.get("subjects")
        if found is None:
            found = [t for t in self.doc if t.dep_ in {"nsubj", "nsubjpass"}
                     and not self.quoted[t.i]]
            self.memo["subjects"] = found
        return found  # type: ignore[return-value]

    def only_quote(self, paragraph: int) -> bool:
        """Whether a paragraph holds nothing but quoted words (a line of dialogue)."""
        narrative = self.memo.get("narrative_paragraphs")
        if narrative is None:
            narrative = {self.paragraph_of[self.sent_of[token.i]] for token in self.doc
                         if not (token.is_space or token.is_punct or self.quoted[token.i])}
            self.memo["narrative_paragraphs"] = narrative
        return paragraph not in narrative

    def floor_taken_between(self, entity: Entity, start: int, end: int) -> bool:
        """Whether a person or body other than ``entity`` is the subject of a sentence after
        the one of ``start`` and before ``end`` (outside quotes): someone else took the floor
        there. Names in the speaker's own sentence (``Scheer told host Evan Solomon``) don't."""
        after = self.sentence(start) + 1
        first = bisect.bisect_left(self.events, start, key=lambda ev: ev.position)
        last = bisect.bisect_left(self.events, end, key=lambda ev: ev.position)
        return any(ev.subject and ev.entity is not entity and self.sentence(ev.position) >= after
                   and ev.entity.kind in {"person", "organization", "group"}
                   and not ev.entity.place and not self.quoted[ev.position]
                   for ev in self.events[first:last])

    def named_before(self, position: int, kind: str) -> bool:
        """The article named something of this ``kind`` before ``position`` (a place is none)."""
        return any(event.position < position and event.entity.kind == kind
                   and not event.entity.place for event in self.events)

    def remember(self, position: int, entity: Entity, subject: bool) -> None:
        """An entity met at ``position``: pronouns later in the article may point back to it."""
        self.history.append((position, entity, subject))


def corrected_entity(entity: Span, titles: Titles) -> Span:
    """A tagged entity with the tagger's usual slips at its edges and in its label mended."""
    entity = past_dangling_joiner(with_listed_words_before(without_closing_stop(entity)))
    entity = across_nickname(without_alias_marker(entity))
    entity = closed_brackets(without_office_place(entity, titles))
    entity = without_portfolio(across_doubled_spaces(entity, titles), titles)
    return place_read_as_person(numbered_name_as_thing(with_local_number(entity)))


def title_initials_defined(doc: Doc, titles: Titles) -> list[str]:
    """``Commissioner of Police (CP) John Kabera``: capitals in brackets right after a phrase
    whose capitalised words they spell, headed by a role title, are the article's short form
    of that title (``Lowell General Hospital (LGH)``, headed by ``Hospital``, names a body)."""
    found = []
    for token in doc[2:-1]:
        initials = token.text
        if not (initials.isupper() and initials.isalpha() and 2 <= len(initials) <= 5) or (
                doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")"):
            continue
        words, k, head = [], token.i - 2, None
        while k >= 0 and len(words) < len(initials) and (
                doc[k].text[:1].isupper() or doc[k].lower_ in BODY_JOINERS):
            if doc[k].lower_ == "of":
                head = None  # "Commissioner of Police": the head comes before the "of"
            elif doc[k].lower_ not in BODY_JOINERS:
                words.insert(0, doc[k].text)
                head = head or doc[k].text
            k -= 1
        if "".join(w[0] for w in words).upper() == initials and head is not None and (
                (entry := titles.entry(head)) is not None and entry.kind == "role"):
            found.append(initials)
    return found


ALIAS_MARKERS = frozenset({"a.k.a", "a.k.a.", "aka", "alias"})


def across_nickname(entity: Span) -> Span:
    """``Juan Miguel “Migz” Zubiri``: a person's name the tagger stopped at a nickname in
    quotation marks goes on through it to the capitalised surname after it, so ``Zubiri``
    later is the same person (the nickname stays in the name, as the reference set files
    ``Riefian “Ifan” Fajarsyah``)."""
    doc, end = entity.doc, entity.end
    if entity.label_ == "PERSON" and (given := given_name_before_nickname(entity)) is not None:
        return Span(doc, given, entity.end, label=entity.label_)  # "Huey “Hoss” Mack"
    if entity.label_ != "PERSON" or end + 3 >= len(doc) or doc[end].text not in NICKNAME_OPEN:
        return entity
    close = next((k for k in range(end + 2, min(end + 4, len(doc))) if doc[k].text in
                  NICKNAME_CLOSE), None)
    if close is None or close + 1 >= len(doc):
        return entity
    surname = doc[close + 1]
    if surname.pos_ != "PROPN" or not surname.is_title or surname.ent_type_ not in {"", "PERSON"}:
        return entity
    last = close + 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].is_title and (
            doc[last + 1].ent_type_ in {"", "PERSON"}):
        last += 1
    return Span(doc, entity.start, last + 1, label=entity.label_)


def without_alias_marker(entity: Span) -> Span:
    """``Petyo Petrov a.k.a``: the tagger may run a name into the word that introduces its
    alias; the name stops before it."""
    cut = next((t.i for t in entity if t.lower_ in ALIAS_MARKERS and t.i > entity.start), None)
    return entity if cut is None else Span(entity.doc, entity.start, cut, label=entity.label_)


def closed_brackets(entity: Span) -> Span:
    """``Ministry of Agriculture (MoFA``: the tagger may end an entity inside the bracket that
    follows a body's name. The name stops before the bracket it never closes, so the bracketed
    acronym after it is read as the name's acronym, not as a word of the name."""
    opened = next((t.i for t in reversed(entity) if t.text in {"(", ")"}), None)
    if opened is None or entity.doc[opened].text != "(" or opened == entity.start:
        return entity
    return Span(entity.doc, entity.start, opened, label=entity.label_)


def across_doubled_spaces(entity: Span, titles: Titles) -> Span:
    """``Moses  Carter`` with only ``Carter`` tagged: a page that doubles its spaces puts a
    space token inside names, where the tagger stops. A capitalised proper noun the parse
    hangs on the entity, one doubled space away on the same line, is part of it (a title
    is not: ``Spokesperson  Moses Carter`` keeps its office apart)."""
    doc, start, end = entity.doc, entity.start, entity.end

    def joins(word: Token, gap: Token) -> bool:
        return gap.is_space and "\n" not in gap.text and word.pos_ == "PROPN" and (
            word.is_title) and not titles.is_title(word.text) and word.ent_type_ in {
            "", entity.label_}

    while start >= 2 and joins(doc[start - 2], doc[start - 1]) and (
            start <= doc[start - 2].head.i < end):
        start -= 2
    while end + 1 < len(doc) and joins(doc[end + 1], doc[end]) and (
            doc[end - 1].head.i == end + 1):
        end += 2
    if (start, end) == (entity.start, entity.end):
        return entity
    return Span(doc, start, end, label=entity.label_)


def without_closing_stop(entity: Span) -> Span:
    """``Councillor Carilyne Hébert.`` tagged with the sentence's full stop: a punctuation
    token ending an entity is no part of the name."""
    end = entity.end
    while end > entity.start + 1 and entity.doc[end - 1].is_punct and (
            entity.doc[end - 1].text in {".", ",", ";", ":", "!", "?"}):
        end -= 1
    return entity if end == entity.end else Span(entity.doc, entity.start, end,
                                                 label=entity.label_)


DANGLING = frozenset({"of", "the", "for", "and", "&"})


def past_dangling_joiner(entity: Span) -> Span:
    """``the Office of the`` before ``Prime Minister Ali Zidan``: the tagger may end a body's
    name on a joining word. The name runs on over the capitalised words after it, up to a
    person's name; with none to take, the joining words are dropped."""
    doc, end = entity.doc, entity.end
    if entity.label_ != "ORG" or entity[-1].lower_ not in DANGLING:
        return entity
    while end < len(doc) and end - entity.end < 5 and doc[end].text[:1].isupper() and (
            doc[end].is_alpha) and doc[end].ent_type_ not in {"PERSON", "DATE"}:
        end += 1
    if end == entity.end:
        while end > entity.start + 1 and doc[end - 1].lower_ in DANGLING:
            end -= 1
    if doc[end - 1].lower_ in DANGLING:
        return entity
    return Span(doc, entity.start, end, label=entity.label_)


def with_local_number(entity: Span) -> Span:
    """``Unifor Local``: the tagger may end a union's name before the number of its local,
    which is part of it (``Unifor Local 444`` is not ``Unifor Local 111``)."""
    doc = entity.doc
    if entity[-1].lower_ == "local" and entity.end < len(doc) and doc[entity.end].like_num:
        return Span(doc, entity.start, entity.end + 1, label=entity.label_)
    return entity


def numbered_name_as_thing(entity: Span) -> Span:
    """``John Paul 1 junior high``: a person's name with a number in figures after it names a
    school, a ship or a mission after the person; nobody is called ``John Paul 1`` (a
    monarch's number is a Roman numeral)."""
    if entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].is_digit:
        return Span(entity.doc, entity.start, entity.end, label="FAC")
    return entity


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "to", "from", "outside", "around"})


def place_read_as_person(entity: Span) -> Span:
    """``slaughterhouses in Seeb or Al Amerat``, ``a post which operates in Espaço Cidadão``:
    a name tagged a person but listed with a place after a preposition of place, or set after
    ``in`` on a verb, is a place; nobody is ``he`` in it (people are spoken of ``in`` only
    as a view or a belief: ``in Ruiz's view`` is a possessive, left alone)."""
    root = entity.root
    if entity.label_ != "PERSON" or any(t.dep_ == "poss" or t.tag_ == "POS" for t in entity):
        return entity
    if region_after_comma(entity):
        return Span(entity.doc, entity.start, entity.end, label="GPE")
    head = root.head if root.dep_ == "conj" else root
    listed = [head, *head.conjuncts]
    if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return entity
    with_a_place = any(t.ent_type_ in PLACE_LABELS_OF_TAGGER for t in listed if t.i != root.i)
    where_it_happens = head.i == root.i and head.head.lower_ == "in" and (
        head.head.head.pos_ in {"VERB", "AUX"})
    if not (with_a_place or where_it_happens):
        return entity
    return Span(entity.doc, entity.start, entity.end, label="GPE")


# "Tom Ruiz, Jr.", "Ana Lee, Esq.": a person's, not a region's
NAME_SUFFIXES = GENERATIONS | {"esq.", "ret."}


def region_after_comma(entity: Span) -> bool:
    """``stretching east to Moose Jaw, Sask., that is …``: a name followed by a comma and a
    region's abbreviation (``Sask.``, ``Calif.``) that ends the phrase is a town, whatever the
    tagger called it. (A place written in full is left alone: ``Ana Ruiz, Toronto`` may be a
    letter writer and her town.)"""
    doc, after = entity.doc, entity.end
    if after + 2 >= len(doc) or doc[after].text != ",":
        return False
    region, end = doc[after + 1], after + 2
    if not region.is_title:
        return False
    if region.text.endswith(".") and len(region.text) >= 4:
        abbreviation = region.lower_
    elif region.is_alpha and len(region.text) >= 3 and doc[end].text == ".":
        abbreviation, end = f"{region.lower_}.", end + 1  # "Sask" "." as two tokens
    else:
        return False
    return abbreviation not in NAME_SUFFIXES and (
        end >= len(doc) or doc[end].is_punct and doc[end].text not in {"'", "’"})


def with_listed_words_before(entity: Span) -> Span:
    """``the Fish, Food and Allied Workers Union``: a body whose name is itself a list, which
    the tagger cuts to its last item. Capitalised words listed before it by commas and an
    ``and``, after ``the``, that the parse joins to it, are part of the name."""
    doc, start = entity.doc, entity.start
    if entity.label_ != "ORG" or start < 5 or doc[start - 1].lower_ not in {"and", "&"}:
        return entity
    first = start - 2
    while first >= 2 and doc[first - 1].text == "," and doc[first - 2].is_title:
        first -= 2
    listed = [doc[k] for k in range(first, start - 1, 2)]
    if first == start - 2 or doc[first - 1].lower_ != "the" or any(
            not t.is_title or t.ent_type_ not in {"", "ORG"} or entity.root not in t.conjuncts
            for t in listed):
        return entity
    return Span(doc, first, entity.end, label=entity.label_)


def sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    """For every token, its sentence's number and its sentence's first token (one pass)."""
    numbers, starts = [0] * len(doc), [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        numbers[sent.start : sent.end] = [n] * len(sent)
        starts[sent.start : sent.end] = [sent.start] * len(sent)
    return numbers, starts


def paragraph_index(doc: Doc, text: str) -> list[int]:
    """For every sentence, its paragraph's number, by the one paragraph notion the attribution
    stage uses too (``segmentation``: blank lines, one line per paragraph, hard-wrapped copy
    read as running text), whatever the parser's sentences."""
    return paragraph_of_offsets(text, (sent.start_char for sent in doc.sents))


def quoted_token_mask(doc: Doc, text: str) -> list[bool]:
    mask = [False] * len(doc)
    for quoted in top_level(find_quoted_spans(text)):
        tokens = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
        if tokens is None:
            continue
        for i in range(tokens.start, tokens.end):
            mask[i] = True
    return mask

