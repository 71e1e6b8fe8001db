"""Resolve speaker mentions to the people and bodies they refer to.

Within an article, names are clustered (``Dr Siddiqui`` = ``Khalid Maqbool Siddiqui``, ``ISPR`` =
``Inter-Services Public Relations``), titles and appositives become roles, and speaker mentions
are resolved in reading order against a salience model: whoever spoke last, or was the subject
last, is the likeliest referent of ``he said``; ``it``/``the statement`` go to the body that
issued it; a description (``the minister``, ``the Palestinian group``) to a named entity it fits.
A quote with no cue inherits the speaker of the quote it continues.

Across articles (``merge_speakers``), the same person is one row with every alias seen, while
two people who share only a surname stay apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribute import QUANTIFIER_SPEAKERS, DocumentVerbs, speaker_mention
from .marks import find_quoted_spans, top_level
from .model import (
    SPEAKER_TYPES,
    Attribution,
    QuoteRecord,
    Speaker,
    SpeakerSummary,
    fold,
    name_key,
)
from .names import (
    acronym_of,
    is_honorific,
    is_title,
    looks_like_acronym,
    name_tokens,
    split_title,
    title_entry,
)
from .rules import load_rules

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "FAC"}
PLACE_LABELS = {"GPE"}
NAME_LABELS = PERSON_LABELS | ORG_LABELS | PLACE_LABELS
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "we"}
NEUTER = {"it", "its"}
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
DEFINITE = {"the", "this", "that", "these", "those"}
ORG_WORDS = {"international", "group", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "company",
             "university", "association", "foundation", "institute", "council", "party", "agency",
             "department", "ministry", "bank", "capital", "partners", "holdings", "limited",
             "society", "committee", "commission", "network", "media", "press", "news"}
FUNCTION_WORDS = {"of", "the", "and", "for", "&"}  # in names of bodies, not of people
AGE = re.compile(r"\d+-year-old")
MAX_ROLE_WORDS = 12
SUBJECT_BONUS = 40
CENTERING_SENTENCES = 6
AMBIGUITY_MARGIN = 1.0
SPOKE_BONUS = 3
LAST_SPEAKER_BONUS = 2
SPEAKER_BONUS = 90
CHAIN_PARAGRAPHS = 3

# how sure a resolution is, by how it was made (see assign_confidence)
# How likely a row names the right speaker for the right words (see assign_confidence).
# Calibrated on the development set so that rows at 0.8 or above are right at least 97% of
# the time: an explicit name is surer than a pronoun, a pronoun surer than a description.
RESOLUTION_CONFIDENCE = {
    "name": 1.0,
    "pronoun": 0.8,
    "description": 0.6,
    "as written": 0.7,
    "ambiguous": 0.45,
    "none": 0.1,
}
RULE_CONFIDENCE = {
    "direct:trailer": 0.97,
    "direct:lead-in": 0.97,
    "direct:interrupted": 0.96,
    "direct:continued": 0.95,
    "direct:colon": 0.85,
    "direct:signed": 0.78,
    "reported:verb": 0.95,
    "reported:according-to": 0.6,
    "partial:naming": 0.45,
}
INHERITED = 0.98  # a quote with no cue is as sure as the one it continues, a little less


@dataclass
class Entity:
    """A person or body an article mentions, with everything learnt about it."""

    kind: str
    names: list[str] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    role: str | None = None
    role_from_speech: bool = False
    gender: str | None = None
    acronym: str | None = None
    expansion: str | None = None
    place: bool = False
    described: bool = False
    last_seen: int = -1
    last_subject: int = -1
    last_spoke: int = -1
    mentions: int = 0
    votes: Counter = field(default_factory=Counter)

    @property
    def canonical(self) -> str:
        """The fullest name the article gives; ``Expansion (ACRONYM)`` for bodies."""
        if self.acronym and self.expansion:
            return f"{self.expansion} ({self.acronym})"
        if not self.names:
            return self.acronym or ""
        return max(self.names, key=lambda n: (len(name_tokens(n)), len(n)))

    @property
    def spoke(self) -> bool:
        return self.last_spoke >= 0

    def add_name(self, name: str) -> None:
        if name and name not in self.names:
            self.names.append(name)
        self.tokens |= set(name_tokens(name))

    def set_role(self, role: str | None, from_speech: bool = False) -> None:
        """Keep the first role, but a title given where the person speaks wins over others."""
        if not role:
            return
        if self.role is None or (from_speech and not self.role_from_speech):
            self.role, self.role_from_speech = role, from_speech

    def seen(self, position: int, subject: bool = False, spoke: bool = False) -> None:
        self.mentions += 1
        self.last_seen = max(self.last_seen, position)
        if subject or spoke:
            self.last_subject = max(self.last_subject, position)
        if spoke:
            self.last_spoke = max(self.last_spoke, position)

    def salience(self) -> int:
        """Recency, where being the subject (or speaker) counts as being mentioned later."""
        if self.last_seen < 0:
            return -1
        return max(
            self.last_seen,
            self.last_subject + SUBJECT_BONUS if self.last_subject >= 0 else -1,
            self.last_spoke + SPEAKER_BONUS if self.last_spoke >= 0 else -1,
        )

    def to_speaker(self, alias: str | None = None) -> Speaker:
        aliases = set(self.names)
        if self.acronym:
            aliases.add(self.acronym)
        if alias:
            aliases.add(alias)
        kind = self.kind if self.kind in SPEAKER_TYPES else "unknown"  # "name" is no type
        return Speaker(name=self.canonical, type=kind, role=self.role, aliases=aliases)


@dataclass(frozen=True)
class MentionEvent:
    position: int
    entity: Entity
    subject: bool


class SpeakerResolution:
    """spaCy component: fills ``Attribution.resolved`` and ``doc._.speakers``."""

    def __init__(self, nlp: Language, name: str, rules_dir: str | None) -> None:
        self.name = name
        self.nouns = {e["noun"].lower(): e for e in load_rules("speaker_nouns.jsonl", rules_dir)}
        self.first_names = {e["name"].lower(): e["gender"]
                            for e in load_rules("first_names.jsonl", rules_dir)}
        self.documents = DocumentVerbs.from_rules(load_rules("document_verbs.jsonl", rules_dir))

    def __call__(self, doc: Doc) -> Doc:
        resolver = ArticleResolver(doc, self.nouns, self.first_names, self.documents)
        quotes = doc._.quotes or []
        resolver.resolve(quotes)
        for attribution in quotes:
            assign_confidence(attribution, quotes)
        doc._.speakers = resolver.speakers()
        return doc


class ArticleResolver:
    """Entities of one article and the reading-order walk that resolves speaker mentions."""

    def __init__(self, doc: Doc, nouns: dict[str, dict], first_names: dict[str, str],
                 documents: DocumentVerbs) -> None:
        self.doc = doc
        self.nouns = nouns
        self.first_names = first_names
        self.documents = documents
        self.org_nouns = {n for n, e in nouns.items() if e.get("type") == "organization"
                          and not e.get("document")}
        self.entities: list[Entity] = []
        self.quoted = _quoted_token_mask(doc)
        self.events: list[MentionEvent] = []
        self.cache: dict[tuple[int, int], tuple[object, str, list[str]]] = {}
        # attribution -> (entity or group of entities, mention as written); named at the end,
        # so a fuller name learnt later in the article still reaches earlier quotes
        self.refs: dict[int, tuple[object, str | None]] = {}
        self.place_words = {e.text.lower() for e in doc.ents
                            if e.label_ in PLACE_LABELS and len(e) == 1}
        self.history: list[tuple[int, Entity, bool]] = []  # (token, entity, as subject)
        # where documents are named, so "the report" looks back over these, not every token
        self.document_mentions = [t.i for t in doc if t.pos_ in {"NOUN", "PROPN"}
                                  and self._noun_entry(t).get("document")]
        self.exclude: set[int] = set()
        self.sent_of = _sentence_numbers(doc)
        self.sent_start = [0] * len(doc)
        for sent in doc.sents:
            self.sent_start[sent.start : sent.end] = [sent.start] * len(sent)
        self._collect_entities()
        self.events.sort(key=lambda ev: ev.position)
        self.event_positions = [ev.position for ev in self.events]
        self._vote_genders_from_pronouns()

    # -- entities ----------------------------------------------------------------------------

    def _collect_entities(self) -> None:
        """Named mentions in text order: NER names, and proper-noun subjects NER missed.

        People are collected first so that ``Lonechild`` (tagged ORG by the model) still joins
        ``Darian Lonechild``.
        """
        spans = _majority_labels(
            [e for e in self.doc.ents if e.label_ in NAME_LABELS or _political_group(e)])
        covered = {i for e in spans for i in range(e.start, e.end)}
        known = {name_key(_strip_possessive(e.text)): e.label_ for e in spans}
        for token in self.doc:
            if token.i in covered or token.pos_ != "PROPN" or token.head.pos_ == "PROPN" and (
                    token.dep_ in {"compound", "flat"}):
                continue
            chain = _proper_chain(token)
            if token.dep_ in {"nsubj", "nsubjpass"} or len(chain) >= 2:
                # an untagged "Facebook says" takes the type the model gave Facebook elsewhere
                label = known.get(name_key(_strip_possessive(chain.text)), "")
                spans.append(Span(self.doc, chain.start, chain.end, label=label) if label
                             else chain)
                covered.update(range(chain.start, chain.end))
        spans.sort(key=lambda s: s.start)
        person_tokens = [name_tokens(s.text) for s in spans if s.label_ in PERSON_LABELS or (
            not s.label_ and s.root.dep_ in {"nsubj", "nsubjpass"})]
        introduced: set[int] = set()
        for span in spans:
            entity = self._entity_for_span(span, person_tokens)
            if entity is None or self.quoted[span.start]:
                continue
            if _aside(span) and entity.kind == "person":
                continue  # "the Kinder Morgan pipeline": no antecedent for he or she
            # a person introduced by full name is in focus wherever the sentence puts them
            subject = span.root.dep_ in {"nsubj", "nsubjpass"} or (
                entity.kind == "person" and id(entity) not in introduced and len(span) > 1)
            introduced.add(id(entity))
            self.events.append(MentionEvent(span.start, entity, subject))

    def _entity_for_span(self, span: Span, person_tokens: list[list[str]]) -> Entity | None:
        text = _strip_possessive(span.text)
        ordered = name_tokens(text)
        tokens = set(ordered)
        if not tokens or fold(text) in self.nouns or self._titles_a_document(span):
            return None
        if span.label_ in PERSON_LABELS and any(
                t.lower_ in {"the", "of", "and", "for", "a"} for t in span):
            return None  # "the Birth of Modern Canada" is a title, not a person
        if _political_group(_after_possessor(span)):
            return self._group(_after_possessor(span))
        if span.label_ in PERSON_LABELS and any(t.lower_ in ORG_WORDS for t in span):
            return self._org(span)  # "Adam Smith International" is a company
        if span.label_ in PERSON_LABELS or _followed_by_who(span) or (
            not looks_like_acronym(text) and not (span.label_ in PLACE_LABELS and len(span) == 1)
            and any(_same_person_name(ordered, p) for p in person_tokens)
        ):
            return self._person(span)
        if span.label_ in ORG_LABELS | PLACE_LABELS:
            return self._org(span, place=span.label_ in PLACE_LABELS)
        if span.root.dep_ in {"nsubj", "nsubjpass"}:
            return self._person(span)
        return self._name(span) if len(tokens) > 1 else None

    def _titles_a_document(self, span: Span) -> bool:
        """``her new cookbook, Everyday Dorie``: the title of a work, whatever NER thought."""
        root = span.root
        return root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN" and bool(
            self._noun_entry(root.head).get("document"))

    def _group(self, span: Span) -> Entity:
        """``the Liberals``, ``Justin Trudeau's Liberals``: a party or bloc speaking as one."""
        name = _strip_article(_strip_possessive(span.text))
        entity = next((e for e in self.entities if e.kind == "group"
                       and any(name_key(n) == name_key(name) for n in e.names)), None)
        if entity is None:
            entity = Entity("group")
            self.entities.append(entity)
        entity.add_name(name)
        return entity

    def _name(self, span: Span) -> Entity | None:
        """A proper name NER did not type (``Ian Poulter's punishment``): kept for look-ups."""
        _, name_span = split_name(span)
        if name_span is None:
            return None
        name = _strip_possessive(name_span.text)
        entity = self._find_person(name, span.start)
        if entity is None:
            entity = Entity("name")
            self.entities.append(entity)
        entity.add_name(name)
        return entity

    def _person(self, span: Span, from_speech: bool = False) -> Entity | None:
        span = self._with_first_name(span)
        role, name_span = split_name(span)
        if name_span is None:
            return None
        name = _strip_possessive(name_span.text)
        if looks_like_acronym(name) and len(name_span) == 1:
            return self._org(span)
        entity = self._find_person(name, span.start, introduced=_introduced(span))
        if entity is None:
            entity = Entity("person")
            self.entities.append(entity)
        entity.add_name(name)
        entity.set_role(role or _appositive_role(span) or _role_of_apposed(span), from_speech)
        for token in span[: name_span.start - span.start]:
            gender = (title_entry(token.text) or {}).get("gender")
            if gender:
                entity.votes[gender] += 3
        if first := self.first_names.get(name_span[0].lower_):
            entity.votes[first] += 2  # the article's own pronouns can still outweigh it
        if name_span[-1].lower_ in self.place_words:
            entity.place = True  # "the Birth of Modern Canada": a place in a title, not a person
        self._update_gender(entity)
        return entity

    def _with_first_name(self, span: Span) -> Span:
        """``Nadia Jamil`` where the model tagged only ``Jamil``: take the capitalised word
        right before it when it is a proper noun or a known first name (and not a title)."""
        doc = span.doc
        start = span.start
        if len(span) > 1 or span[0].lower_ in self.first_names:
            return span  # "Aisha Khan" is whole; only a lone surname lacks its first name
        while start > 0:
            before = doc[start - 1]
            if not before.whitespace_ or before.is_punct or not before.text[:1].isupper():
                break
            if is_title(before.text) or (before.pos_ != "PROPN"
                                         and before.lower_ not in self.first_names):
                break
            if before.lower_ in self.place_words and before.lower_ not in self.first_names:
                break
            start -= 1
        return doc[start : span.end] if start < span.start else span

    def _org(self, span: Span, place: bool = False) -> Entity | None:
        span = _after_possessor(span)  # "the province's Department of …" -> the department
        name = _strip_possessive(_strip_article(span.text))
        if not name:
            return None
        acronym = _acronym_after(span)
        entity = self._find_org(name, acronym)
        if entity is None:
            entity = Entity("organization", place=place)
            self.entities.append(entity)
        if looks_like_acronym(name) and " " not in name:
            entity.acronym = entity.acronym or name
        else:
            entity.add_name(name)
            if acronym:
                entity.acronym = acronym
                entity.expansion = entity.expansion or name
        return entity

    def _find_person(self, name: str, position: int, introduced: bool = False) -> Entity | None:
        """The most salient person whose name contains ``name`` (or that ``name`` extends).

        People already met are preferred; one met later is taken only when nobody earlier fits.
        """
        tokens = set(name_tokens(name))
        if not tokens:
            return None
        # "Spindler's father, Joseph, says": a first name that introduces someone is no
        # reference to another Joseph already named; otherwise "Kim", "Wang" or "Michael" may
        # well be the person named in full before
        single = next(iter(tokens)) if len(tokens) == 1 and introduced else None
        matches = [
            e for e in self.entities
            if e.kind in {"person", "name"} and e.tokens
            and (tokens <= e.tokens or (e.tokens <= tokens and _keeps_surname(e, tokens)))
            and (single is None or _surname_or_alone(e, single))
        ]
        if not matches:
            return None
        earlier = [e for e in matches if 0 <= e.last_seen <= position]
        pool = earlier or matches
        return max(pool, key=lambda e: (e.salience(), len(e.tokens)))

    def _find_mistyped_person(self, name: str) -> Entity | None:
        """``Megan Bortis`` tagged as a place, then ``Bortis noted``: the surname finds her."""
        tokens = name_tokens(name)
        if len(tokens) != 1 or looks_like_acronym(name):
            return None
        if any(name_key(n) == name_key(name) for e in self.entities for n in e.names):
            return None  # "Ottawa" is the place already met, not the University of Ottawa
        for entity in self.entities:
            if entity.kind == "person" or entity.acronym:
                continue
            for full in entity.names:
                full_tokens = name_tokens(full)
                if any(t.lower() in FUNCTION_WORDS | ORG_WORDS for t in full.split()):
                    continue
                if len(full_tokens) >= 2 and full_tokens[-1] == tokens[0] and full[:1].isupper():
                    entity.kind, entity.place = "person", False
                    return entity
        return None

    def _find_org(self, name: str, acronym: str | None = None) -> Entity | None:
        key = name_key(name)
        tokens = set(name_tokens(name))
        for entity in self.entities:
            if entity.kind == "person" and not (looks_like_acronym(name) and _an_office(entity)):
                continue
            if acronym and entity.acronym == acronym:
                return entity
            if entity.acronym and (key == fold(entity.acronym) or (
                    len(tokens) > 1 and acronym_of(name.split()) == entity.acronym)):
                return entity
            if any(name_key(n) == key for n in entity.names):
                return entity
            if len(tokens) > 1 and any(tokens <= set(name_tokens(n)) for n in entity.names):
                return entity
            if len(tokens) == 1 and any(name_tokens(n)[:1] == list(tokens) and len(
                    name_tokens(n)) > 1 for n in entity.names):
                return entity  # "Suncor" after "Suncor Energy"
            if looks_like_acronym(name) and not entity.acronym and any(
                    acronym_of(n.split()) == name.replace(".", "").upper() and len(n.split()) > 1
                    for n in entity.names):
                entity.acronym = name  # "the PBO" after "the Parliamentary Budget Officer"
                entity.expansion = entity.expansion or entity.canonical
                entity.kind = "organization"
                return entity
        return None

    # -- gender ------------------------------------------------------------------------------

    def _vote_genders_from_pronouns(self) -> None:
        """``Lonechild said she …``: a subject pronoun whose sentence (or the sentence before)
        has exactly one person as subject is evidence of that person's gender."""
        subjects: dict[int, list[tuple[int, Entity]]] = defaultdict(list)
        for ev in self.events:
            if ev.subject and (ev.entity.kind == "person" or _name_like(ev.entity)):
                subjects[self.sent_of[ev.position]].append((ev.position, ev.entity))
        for token in self.doc:
            word = token.lower_
            if self.quoted[token.i] or token.dep_ not in {"nsubj", "nsubjpass"} or (
                    word not in MALE and word not in FEMALE):
                continue
            sentence = self.sent_of[token.i]
            here = {id(e): e for p, e in subjects.get(sentence, []) if p < token.i}
            if not here and not any(p < token.i for p, _ in subjects.get(sentence, [])):
                here = {id(e): e for _, e in subjects.get(sentence - 1, [])}
            if len(here) == 1:
                entity = next(iter(here.values()))
                entity.votes["m" if word in MALE else "f"] += 1
                if entity.kind != "person":
                    entity.kind, entity.place = "person", False  # "Mamadou Diallo … he hid"
        for entity in self.entities:
            self._update_gender(entity)

    def _vote_genders_from_chains(self, attributions: list[Attribution]) -> None:
        """``Lonechild said … "…," she said``: a pronoun speaker right after a named one."""
        last_named: tuple[int, Entity] | None = None
        for attribution in attributions:
            if attribution.speaker is None:
                continue
            span = self._span(attribution.speaker.start, attribution.speaker.end)
            if span is None:
                continue
            word = span.root.lower_
            paragraph = self.doc.text.count("\n", 0, attribution.speaker.start)
            if word in MALE | FEMALE and last_named is not None:
                if paragraph - last_named[0] <= CHAIN_PARAGRAPHS:
                    last_named[1].votes["m" if word in MALE else "f"] += 2
            elif span.root.pos_ == "PROPN":
                _, name_span = split_name(span)
                entity = self._find_person(name_span.text, span.start) if name_span else None
                if entity is not None:
                    last_named = (paragraph, entity)
        for entity in self.entities:
            self._update_gender(entity)

    @staticmethod
    def _update_gender(entity: Entity) -> None:
        if entity.votes:
            entity.gender = entity.votes.most_common(1)[0][0]

    # -- resolving mentions -----------------------------------------------------------------

    def resolve(self, attributions: list[Attribution]) -> None:
        """Resolve every attribution's speaker in reading order (salience is updated as we go)."""
        self._vote_genders_from_chains(attributions)
        steps: list[tuple[int, int, object]] = [(ev.position, 0, ev) for ev in self.events]
        speaker_tokens = set()
        for n, attribution in enumerate(attributions):
            anchor = attribution.speaker.start if attribution.speaker else attribution.quote.start
            steps.append((self._token_at(anchor), 1, n))
            speaker_tokens.add(self._token_at(anchor))
        for attribution in attributions:
            if attribution.speaker is not None:
                mention = self._span(attribution.speaker.start, attribution.speaker.end)
                if mention is not None:
                    speaker_tokens.update(range(mention.start, mention.end))
        for token in self.doc:
            if token.i in speaker_tokens or self.quoted[token.i] or token.dep_ not in {
                    "nsubj", "nsubjpass"}:
                continue
            if token.lower_ in MALE | FEMALE or self._anaphoric_description(token):
                steps.append((token.i, 2, token))
        for position, _order, payload in sorted(steps, key=lambda s: (s[0], s[1])):
            if isinstance(payload, MentionEvent):
                payload.entity.seen(position, subject=payload.subject)
                self.history.append((position, payload.entity, payload.subject))
                continue
            if isinstance(payload, Token):
                self._follow_pronoun(payload)
                continue
            attribution = attributions[payload]  # type: ignore[index]
            if attribution.speaker is not None:
                self._resolve_speaker(attribution, position)
            elif attribution.continues is not None:
                self._inherit(attributions, attribution)
            else:
                self._no_speaker(attribution, position)
        for attribution in attributions:
            ref = self.refs.get(id(attribution))
            if ref is not None:
                attribution.resolved = _speaker_of(*ref)

    def _anaphoric_description(self, token: Token) -> bool:
        """``the mayor``, ``the company`` as a subject: they point back to someone named."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                            for c in token.children):
            return False
        entry = self._noun_entry(token)
        return bool(entry.get("office") or entry.get("anaphoric"))

    def _follow_pronoun(self, token: Token) -> None:
        """``He failed every course …``, ``the mayor brought up the plan …``: keep the topic
        chain going between quotes, so the next ``he said`` finds who the text is about."""
        self.exclude = set()
        if token.pos_ == "NOUN":
            span = speaker_mention(token)
            entity = self._antecedent(span, self._noun_entry(token), token.i)
            if entity is not None:
                entity.seen(token.i, subject=True)
                self.history.append((token.i, entity, True))
            return
        scored = self._pronoun_scores(token.lower_, token.i)
        if scored and (len(scored) == 1 or scored[1][0] - scored[0][0] >= AMBIGUITY_MARGIN):
            entity = scored[0][1]
            entity.seen(token.i, subject=True)
            self.history.append((token.i, entity, True))

    def _inherit(self, attributions: list[Attribution], attribution: Attribution) -> None:
        assert attribution.continues is not None
        source = self.refs.get(id(attributions[attribution.continues]))
        if source is None:
            attribution.resolution = "none"
            _flag(attribution, "MISSING_SPEAKER")
            return
        self.refs[id(attribution)] = (source[0], None)
        attribution.resolution = "inherited"

    def _no_speaker(self, attribution: Attribution, position: int) -> None:
        """A cue (or quote) with no speaker: flag it and suggest, never assume, who it was."""
        attribution.resolution = "none"
        _flag(attribution, "MISSING_SPEAKER")
        speakers = [e for e in self._ranked(position, {"person", "organization"}) if e.spoke]
        if speakers:
            attribution.suggestion = speakers[0].canonical

    def _resolve_speaker(self, attribution: Attribution, position: int) -> None:
        """Resolve once per mention: ``He acknowledged … and expressed …`` is one person."""
        assert attribution.speaker is not None
        key = (attribution.speaker.start, attribution.speaker.end)
        if key not in self.cache:
            flags: list[str] = []
            self.exclude = self._mentioned_inside(attribution)
            speaker, how = self._resolve_mention(attribution.speaker.start,
                                                 attribution.speaker.end, position, flags)
            self.cache[key] = (speaker, how, flags)
        ref, how, flags = self.cache[key]
        attribution.resolution = how
        if ref is not None:
            self.refs[id(attribution)] = (ref, attribution.speaker.text)
        for code in flags:
            _flag(attribution, code)

    def _resolve_mention(self, start: int, end: int, position: int,
                         flags: list[str]) -> tuple[Entity | tuple[Entity, ...] | None, str]:
        span = self._span(start, end)
        if span is None or len(span) == 0:
            return None, "none"
        parts = _conjoined(span)
        if len(parts) > 1:
            return self._resolve_group(parts, position, flags), "name"
        root = span.root
        word = root.lower_
        if word in PRONOUNS and root.pos_ == "PRON":
            entity, how = self._resolve_pronoun(word, position, flags)
        elif (known := self._known_name(span)) is not None:
            entity, how = known, "name"
        elif self._is_name(span):
            entity, how = self._resolve_name(span), "name"
        elif any(t.pos_ == "PROPN" for t in span) and not self._definite_description(span) and (
                root.pos_ != "NOUN" or not self._noun_entry(root)):
            entity, how = self._named_description(span), "name"
        else:
            entity, how = self._resolve_description(span, position, flags)
        if entity is None:
            return None, how
        entity.seen(position, spoke=True)
        self.history.append((position, entity, True))
        return entity, how

    def _mentioned_inside(self, attribution: Attribution) -> set[int]:
        """People named in a statement are not its speaker (``Macharia hid, he said``)."""
        quote = self._span(attribution.quote.start, attribution.quote.end)
        if quote is None:
            return set()
        first = bisect.bisect_left(self.event_positions, quote.start)
        last = bisect.bisect_left(self.event_positions, quote.end)
        return {id(ev.entity) for ev in self.events[first:last]}

    def _resolve_group(self, parts: list[Span], position: int,
                       flags: list[str]) -> tuple[Entity, ...] | None:
        """``Sandmann and Phillips`` -> ``Nick Sandmann and Nathan Phillips``."""
        members = []
        for part in parts:
            member, _ = self._resolve_mention(part.start_char, part.end_char, position, flags)
            if isinstance(member, Entity):
                members.append(member)
        return tuple(members) if len(members) > 1 else None

    def _known_name(self, span: Span) -> Entity | None:
        """A capitalised mention that matches someone already named (the tagger may call
        ``Sinclair`` a noun)."""
        if self._definite_description(span) or not span.text[:1].isupper():
            return None
        _, name_span = split_name(span)
        if name_span is None or not all(t.text[:1].isupper() or t.is_punct for t in name_span):
            return None
        if span.root.pos_ == "NOUN" and not name_span.start <= span.root.i < name_span.end:
            return None  # "An official with the SPCA" is an official, not the SPCA
        name = _strip_possessive(name_span.text)
        if fold(name) in self.nouns:
            return None
        entity = self._find_person(name, span.start) or self._find_mistyped_person(name)
        if entity is not None:
            if entity.kind == "name":
                entity.kind = "person"
            entity.add_name(name)
            role, _ = split_name(span)
            entity.set_role(role, from_speech=True)
            return entity
        return self._find_org(_strip_article(name))

    def _is_name(self, span: Span) -> bool:
        root = span.root
        if root.pos_ != "PROPN" and not (root.ent_type_ in NAME_LABELS and root.pos_ != "NOUN"):
            return False
        if self._definite_description(span):
            return False
        return fold(root.text) not in self.nouns

    def _definite_description(self, span: Span) -> bool:
        """``the Kentucky Republican``: a description, not a name (no person or body by it)."""
        first = span[0]
        if first.lower_ not in DEFINITE:
            return False
        return span.root.ent_type_ not in PERSON_LABELS | ORG_LABELS | PLACE_LABELS

    def _resolve_pronoun(self, word: str, position: int,
                         flags: list[str]) -> tuple[Entity | None, str]:
        """The best-scoring fitting entity of the last few sentences (see ``_pronoun_scores``);
        with nothing within reach, the most salient fitting one."""
        scored = self._pronoun_scores(word, position)
        if not scored:
            accept = self._agreement(word)
            kinds = {"organization"} if word in NEUTER else (
                {"organization", "group"} if word in PLURAL else {"person"})
            fallback = [e for e in self._ranked(position, kinds, places=word in NEUTER)
                        if accept(e) and id(e) not in self.exclude]
            scored = [(99.0, e) for e in fallback]
        if not scored:
            flags.append("UNRESOLVED_SPEAKER")
            return None, "none"
        best_score, best = scored[0]
        if len(scored) > 1 and scored[1][0] - best_score < AMBIGUITY_MARGIN:
            flags.append("AMBIGUOUS_SPEAKER")
            return best, "ambiguous"
        return best, "pronoun"

    def _agreement(self, word: str):  # noqa: ANN202
        """Which entities a pronoun can point at: kind, number and (known) gender."""
        if word in NEUTER:
            return lambda e: e.kind == "organization"
        if word in PLURAL:
            return lambda e: e.kind in {"organization", "group"} and not e.place
        gender = "m" if word in MALE else "f"
        return lambda e: e.kind == "person" and e.gender in (None, gender)

    def _pronoun_scores(self, word: str, position: int) -> list[tuple[float, Entity]]:
        """Lower is better: sentences back x10, +6 if not a subject or speaker, +5 if the gender
        is unknown, +8 for a one-word name nobody titled or quoted (often a mis-tagged place).
        """
        accept = self._agreement(word)
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        current = self.sent_of[min(position, len(self.sent_of) - 1)]
        best: dict[int, tuple[float, Entity]] = {}
        last_speaker = self._last_speaker(position) if gender else None
        for pos, entity, subject in reversed(self.history):  # newest first, so we can stop
            distance = current - self.sent_of[pos]
            if distance > CENTERING_SENTENCES:
                break
            if pos >= position:
                continue
            if id(entity) in self.exclude or not accept(entity):
                continue
            score = distance * 10.0 + (0 if subject else 6) - (SPOKE_BONUS if entity.spoke else 0)
            if entity is last_speaker:
                score -= LAST_SPEAKER_BONUS  # "…," she said: news keeps the floor with a speaker
            if entity.described:
                score += 4  # "a spokesperson" is a weaker antecedent than a named person
            score += 0.001 * (pos - self.sent_start[pos])  # a tie goes to the main clause
            if word in NEUTER and entity.place and not subject:
                score += 6
            if gender is not None:
                score += 0 if entity.gender == gender else 5
                score += 0 if _plausible_person(entity) else 8
            if id(entity) not in best or score < best[id(entity)][0]:
                best[id(entity)] = (score, entity)
        return sorted(best.values(), key=lambda item: item[0])

    def _last_speaker(self, position: int) -> Entity | None:
        """Who spoke last before ``position``: a pronoun cue most often continues them."""
        spoken = [e for e in self.entities if 0 <= e.last_spoke < position]
        return max(spoken, key=lambda e: e.last_spoke, default=None)

    def _ranked(self, position: int, kinds: set[str], gender: str | None = None,
                places: bool = True) -> list[Entity]:
        seen = [e for e in self.entities if e.kind in kinds and 0 <= e.last_seen <= position]
        if gender is not None:
            seen = [e for e in seen if e.gender in (None, gender)]
        if not places:
            seen = [e for e in seen if not e.place]
        return sorted(seen, key=lambda e: e.salience(), reverse=True)

    def _resolve_name(self, span: Span) -> Entity:
        role, name_span = split_name(span)
        name = _strip_possessive(name_span.text) if name_span is not None else span.text
        label = next((e.label_ for e in self.doc.ents if e.start < span.end and span.start < e.end),
                     "")
        person = self._find_person(name, span.start)
        if person is not None and not looks_like_acronym(name):
            person.set_role(role, from_speech=True)
            return person
        entity = self._find_org(_strip_article(name))
        if entity is None and (label in ORG_LABELS | PLACE_LABELS or looks_like_acronym(name)):
            entity = self._org(span, place=label in PLACE_LABELS)
        if entity is None:
            entity = self._person(span, from_speech=True) or Entity("person", names=[name])
            if entity not in self.entities:
                self.entities.append(entity)
        return entity

    def _named_description(self, span: Span) -> Entity:
        """``Cisco System's Talos cybersecurity unit``: a description that is its own name."""
        text = _strip_article(span.text)
        entity = self._find_org(text)
        if entity is None:
            entry = self._noun_entry(span.root)
            entity = Entity(entry.get("type", "organization"), described=True)
            entity.add_name(text)
            self.entities.append(entity)
        return entity

    def _resolve_description(self, span: Span, position: int,
                             flags: list[str]) -> tuple[Entity | None, str]:
        """``the company`` -> the body the article named; else the description as written."""
        root = span.root
        entry = self._noun_entry(root)
        determiner = next((t.lower_ for t in span if t.dep_ in {"det", "poss"}
                           and t.head.i == root.i), "")
        if entry.get("anonymous"):
            flags.append("ANONYMOUS_SOURCE")
            return self._as_written(span, entry), "as written"
        if determiner in MALE | FEMALE and entry.get("document"):
            return self._resolve_pronoun(determiner, position, flags)
        if determiner in DEFINITE or entry.get("document") or (
                determiner in MALE | FEMALE | PLURAL and entry.get("type") == "person"):
            # "the company", "a statement said", "his father": someone the article named
            found = self._antecedent(span, entry, position)
            if found is not None:
                return found, "description"
        return self._as_written(span, entry), "as written"

    def _antecedent(self, span: Span, entry: dict, position: int) -> Entity | None:
        root = span.root
        lemma = root.lemma_.lower()
        if entry.get("document"):
            if span[0].lower_ not in DEFINITE:
                return None
            issuer = self._issuer_named_before(lemma, position)
            if issuer is not None:
                return issuer  # "the report" after "a report by the School of Public Policy"
            # "the statement said": the body quoted last, if it was quoted just before
            current = self.sent_of[min(position, len(self.sent_of) - 1)]
            recent = [e for e in self._ranked(position, {"organization"})
                      if e.spoke and current - self.sent_of[e.last_spoke] <= 3]
            return recent[0] if recent else None
        if AGE.search(span.text):
            return self._in_focus(position)  # "the 26-year-old right wing"
        if entry.get("municipal") and _bare_description(span):
            return self._municipality(lemma, position)
        if entry.get("type") == "organization" or root.lower_ in self.org_nouns:
            if not entry.get("anaphoric") or not _bare_description(span):
                return None  # "the Canadian government" names itself
            scored = self._pronoun_scores("it", position)
            for _, entity in scored:
                if not entity.place and not entity.described and self._type_compatible(
                        entity, lemma):
                    return entity
            return None
        persons = self._ranked(position, {"person"})
        with_role = [e for e in persons if e.role and _role_matches(e.role, lemma)]
        if with_role:
            return with_role[0]
        titled = (title_entry(root.text) or {}).get("kind") == "role" or entry.get("office")
        if titled and _bare_description(span, adjectives=True):
            focus = self._in_focus(position)  # "the prime minister", "the lanky professor"
            if focus is not None and focus.role and title_entry(root.text) and (
                    title_entry(focus.role.split()[-1])):
                return None  # "the president" is not the senator the article is about
            return focus
        return None

    def _municipality(self, noun: str, position: int) -> Entity | None:
        """``the city said``: the body the article names for it (``the City of Surrey``), else
        the place the article keeps coming back to (``Toronto``), if it came back to one."""
        bodies = [e for e in self._ranked(position, {"organization"})
                  if not e.described and any(name_tokens(n)[:1] == [noun] for n in e.names)]
        if bodies:
            return bodies[0]
        places = [e for e in self.entities if e.place and e.kind == "organization"
                  and 0 <= e.last_seen <= position]
        top = max(places, key=lambda e: e.mentions, default=None)
        runner_up = max((e.mentions for e in places if e is not top), default=0)
        return top if top is not None and top.mentions >= 2 and top.mentions > runner_up else None

    def _issuer_named_before(self, lemma: str, position: int) -> Entity | None:
        """The latest ``X's post`` / ``a report from X`` / ``X released a report`` before; a
        research document may have been named another way (``a study by X`` … ``the report``).
        """
        research = self._is_research(lemma)
        before = bisect.bisect_left(self.document_mentions, position)
        for i in reversed(self.document_mentions[:before]):
            token = self.doc[i]
            word = token.lemma_.lower()
            if word != lemma and not (research and self._is_research(word)):
                continue
            issuer = self.documents.issuer(token)
            if issuer is None:
                continue
            mention = speaker_mention(issuer)
            if issuer.pos_ == "PRON":
                return None
            entity = self._known_name(mention) if mention.text[:1].isupper() else None
            if entity is None and issuer.pos_ == "PROPN":
                entity = self._resolve_name(mention)
            return entity
        return None

    def _is_research(self, lemma: str) -> bool:
        return bool(self.nouns.get(lemma, {}).get("research"))

    def _in_focus(self, position: int) -> Entity | None:
        """The person the last sentences are about (best centering score, either gender)."""
        scores: dict[int, tuple[float, Entity]] = {}
        for word in ("he", "she"):
            for score, entity in self._pronoun_scores(word, position):
                if _plausible_person(entity) and (
                        id(entity) not in scores or score < scores[id(entity)][0]):
                    scores[id(entity)] = (score, entity)
        ranked = sorted(scores.values(), key=lambda item: item[0])
        return ranked[0][1] if ranked else None

    def _type_compatible(self, entity: Entity, noun: str) -> bool:
        """``the office`` is not the ``News Agency``; ``the group`` may be ``Hamas``."""
        words = {w for n in entity.names for w in name_tokens(n)}
        kinds = words & self.org_nouns
        return not kinds or noun in words

    def _as_written(self, span: Span, entry: dict) -> Entity:
        """A description nobody named matches: an entity of its own, so ``it`` can follow it."""
        text = _strip_article(span.text)
        for entity in self.entities:
            if entity.described and name_key(entity.canonical) == name_key(text):
                return entity
        root = span.root
        plural = root.tag_ in {"NNS", "NNPS"} or root.lower_ in QUANTIFIER_SPEAKERS
        if entry.get("type") and not (plural and entry["type"] == "organization"):
            kind = entry["type"]  # but "both groups", "the companies" are several bodies
        elif plural:
            kind = "group"  # "officials", "all those involved", "some of the residents"
        elif title_entry(root.text) is not None:
            kind = "person"  # the senator, the judge
        else:
            kind = "unknown"
        entity = Entity(kind, described=True)
        entity.add_name(text)
        self.entities.append(entity)
        return entity

    def _noun_entry(self, token: Token) -> dict:
        return self.nouns.get(token.lower_) or self.nouns.get(token.lemma_.lower()) or {}

    def _span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def speakers(self) -> list[Speaker]:
        return [e.to_speaker() for e in self.entities if e.spoke]


def _majority_labels(ents: list[Span]) -> list[Span]:
    """One name, one type: ``Facebook`` tagged ORG three times and PERSON once is an ORG."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        votes[name_key(_strip_possessive(ent.text))][ent.label_] += 1
    relabelled = []
    for ent in ents:
        label = votes[name_key(_strip_possessive(ent.text))].most_common(1)[0][0]
        relabelled.append(ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end,
                                                                label=label))
    return relabelled


def _followed_by_who(span: Span) -> bool:
    """``Reagan Holt, who chairs the board``: only people take ``who``, whatever NER thought."""
    return len(span) > 1 and any(
        child.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} and g.i == child.left_edge.i
                                      for g in child.children)
        for child in span.root.children)


def _aside(span: Span) -> bool:
    """A name that only modifies a noun (``the Kinder Morgan pipeline``) or sits in brackets
    (``($50, Houghton Mifflin Harcourt)``) is no antecedent for a pronoun."""
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return True
    doc = span.doc
    opened = False
    for k in range(span.start - 1, max(-1, span.start - 12), -1):
        if doc[k].text == ")":
            break
        if doc[k].text == "(":
            opened = True
            break
    return opened


def _political_group(span: Span) -> bool:
    """``the Liberals``, ``Republicans``: a plural group name (NORP) that can speak as one."""
    root = span.root
    if root.tag_ != "NNPS" or span.label_ not in {"NORP", "PERSON", "ORG", ""}:
        return False
    return not any(t.tag_ == "NNP" and t.i != root.i and t.dep_ != "poss" for t in span) or (
        span.label_ == "NORP")


def _speaker_of(ref: object, alias: str | None) -> Speaker:
    if isinstance(ref, Entity):
        return ref.to_speaker(alias=alias)
    members = [m for m in ref if isinstance(m, Entity)]  # type: ignore[union-attr]
    names = [m.canonical for m in members]
    return Speaker(name=" and ".join(names), type="group", aliases=set(names))


def _an_office(entity: Entity) -> bool:
    """``Parliamentary Budget Officer``: an office the parser took for a person's name."""
    return any(is_title(w) for n in entity.names for w in n.split()[1:]) and not entity.gender


def _name_like(entity: Entity) -> bool:
    """A body the model may have mistaken a person for: two or three capitalised words, none of
    them an organisation word (``Mamadou Diallo`` tagged ORG)."""
    if entity.kind != "organization" or entity.acronym or not entity.names:
        return False
    words = entity.canonical.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip(".,") in ORG_WORDS for w in words)


def _plausible_person(entity: Entity) -> bool:
    """Full names, titled or quoted people are people; a lone capitalised word may be a place."""
    if entity.place and not entity.spoke:
        return False
    return bool(entity.role or entity.spoke or entity.gender or len(entity.tokens) >= 2)


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            numbers[i] = n
    return numbers


def _flag(attribution: Attribution, code: str) -> None:
    if code not in attribution.flags:
        attribution.flags.append(code)


def assign_confidence(attribution: Attribution, attributions: list[Attribution]) -> None:
    """How likely the row names the right speaker for the right words, from how it was found:
    the rule that found the quote, how sure its cue verb is of speech (``said`` more than
    ``suggested``; rules/cue_verbs.jsonl ``strength``) and how its speaker was resolved. A
    floating quote inherits the confidence of the quote it continues. Doubts the audit raises
    (ambiguous speaker, unbalanced quotation marks) cap it at 0.5.
    """
    if attribution.resolution == "inherited" and attribution.continues is not None:
        confidence = attributions[attribution.continues].confidence * INHERITED
    else:
        rule = RULE_CONFIDENCE.get(attribution.rule, 0.8)
        how = RESOLUTION_CONFIDENCE.get(attribution.resolution, 0.5)
        confidence = rule * how * attribution.cue_strength
    if "AMBIGUOUS_SPEAKER" in attribution.flags or "UNBALANCED_QUOTES" in attribution.flags:
        confidence = min(confidence, 0.5)
    attribution.confidence = round(confidence, 2)


# ------------------------------------------------------------------------------- small helpers


def split_name(span: Span) -> tuple[str | None, Span | None]:
    """Split ``Pakistan's Deputy Prime Minister Ishaq Dar`` into role and name.

    The title words just left of a name (``MQM-P Convenor Dr``) are taken in too, as the text
    wrote them, and honorifics are dropped from the role.
    """
    span = _with_titles(_after_possessor(span))
    person = next((e for e in span.doc.ents if e.label_ in PERSON_LABELS
                   and span.start < e.start < span.end and e.end == span.end), None)
    if person is not None and not any(
            is_title(t.text) or t.text[:1].islower() for t in span[: person.start - span.start]):
        person = None  # "Nadia Jamil" with only "Jamil" tagged: the first name is no role
    inner = span.doc[person.start : span.end] if person is not None else span
    words = [t.text for t in inner]
    role_words, name_words = split_title(words)
    if not name_words:
        return (" ".join(role_words) or None), None
    name_span = inner[len(words) - len(name_words) :]
    role = None
    if name_span.start > span.start:
        role_text = span.doc.text[span.start_char : name_span.start_char].strip(" ,-")
        kept = [w for w in role_text.split() if not is_honorific(w)]
        role = " ".join(kept) or None
    return role, name_span


def _with_titles(span: Span) -> Span:
    """Extend a name to the compound words before it: ``Hamas leader`` + ``Hassan Darwish``."""
    doc = span.doc
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if token.is_space or token.text in {",", "(", ")", "’s", "'s", "’", "'"}:
            break
        if _joins_hyphenated(token) and start > 1:
            start = _word_start(doc, start - 1)
            continue
        office = _office_of(doc, start)
        if office is not None:
            start = office  # "Minister of Finance Aisha Khan"
            continue
        if token.dep_ not in {"compound", "amod", "nmod", "punct", "flat"}:
            break
        if not (start <= token.head.i < span.end):
            break
        start = _word_start(doc, start - 1)
    while start < span.start and doc[start].is_punct:
        start += 1
    return doc[start : span.end]


def _office_of(doc: Doc, start: int) -> int | None:
    """``Minister of Finance`` / ``Secretary of State`` just before a name: where it starts."""
    k = start - 1
    while k > 0 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and k > start - 4:
        k -= 1
    if k < 1 or k == start - 1 or doc[k].lower_ not in {"of", "for"}:
        return None
    title = doc[k - 1]
    return k - 1 if is_title(title.text) else None


def _after_possessor(span: Span) -> Span:
    """``Pakistan's Deputy Prime Minister Ishaq Dar`` -> ``Deputy Prime Minister Ishaq Dar``."""
    for token in reversed(span):
        if token.dep_ == "case" and token.i < span.end - 1:
            return span.doc[token.i + 1 : span.end]
    return span


def _proper_chain(token: Token) -> Span:
    """A proper-noun subject NER missed, with its compound words: ``Hafiz Naeem``."""
    doc = token.doc
    start = token.i
    while start > 0:
        before = doc[start - 1]
        if before.dep_ in {"compound", "flat"} and before.pos_ == "PROPN" and (
                before.head.i >= start):
            start -= 1
        elif _joins_hyphenated(before) and start > 1:
            start = _word_start(doc, start - 1)  # Jamaat-e-Islami is one word to a reader
        else:
            break
    return doc[start : token.i + 1]


def _word_start(doc: Doc, i: int) -> int:
    """First token of the whitespace-delimited word that token ``i`` belongs to."""
    while i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space and (
            doc[i - 1].text not in {"(", "\u201c", '"', "\u2018", "'"}):
        i -= 1
    return i


def _joins_hyphenated(token: Token) -> bool:
    doc = token.doc
    return token.text in {"-", "\u2010", "\u2011"} and not token.whitespace_ and token.i > 0 and (
        not doc[token.i - 1].whitespace_)


def _conjoined(span: Span) -> list[Span]:
    """``Sandmann and Phillips`` -> the two names; a single name -> itself."""
    doc = span.doc
    root = span.root
    if root.pos_ != "PROPN":
        return [span]
    conjuncts = [c for c in root.conjuncts if span.start <= c.i < span.end and c.pos_ == "PROPN"]
    if not conjuncts:
        return [span]
    parts = []
    for head in sorted([root, *conjuncts], key=lambda t: t.i):
        chain = _proper_chain(head)
        parts.append(doc[chain.start : head.i + 1])
    return parts


def _bare_description(span: Span, adjectives: bool = False) -> bool:
    """``the company``, ``the Palestinian group``: no modifier that names a different body.

    For people (``adjectives=True``) descriptive adjectives are fine too: ``the lanky,
    bespectacled professor``, ``the prime minister``; a noun or phrase attached is not.
    """
    for token in span:
        if token.i == span.root.i or token.dep_ in {"det", "predet", "poss"} or token.is_punct:
            continue
        if token.text[:1].isupper() and (token.dep_ == "amod" or token.ent_type_ == "NORP"):
            continue  # nationality: the Palestinian group
        if adjectives and token.dep_ in {"amod", "advmod", "cc", "conj"} and token.pos_ in {
                "ADJ", "ADV", "CCONJ"}:
            continue
        if adjectives and token.ent_type_ in {"GPE", "NORP"}:
            continue  # "the Kentucky Republican", "the Ontario premier"
        return False
    return True


def _quoted_token_mask(doc: Doc) -> list[bool]:
    mask = [False] * len(doc)
    for quoted in top_level(find_quoted_spans(doc.text)):
        tokens = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
        if tokens is None:
            continue
        for i in range(tokens.start, tokens.end):
            mask[i] = True
    return mask


def _same_person_name(tokens: list[str], person: list[str]) -> bool:
    """``Lonechild`` (tagged ORG) or ``Nurse Clara Diaz`` (tagged GPE) name a person the model
    tagged PERSON elsewhere: the words are contained either way and the surname agrees."""
    if not tokens or not person:
        return False
    if set(tokens) <= set(person):
        return True
    return len(tokens) >= 2 and set(person) <= set(tokens) and tokens[-1] == person[-1]


def _introduced(span: Span) -> bool:
    """``Spindler's father, Joseph,``: a name put beside a description to introduce someone."""
    root = span.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN"


def _surname_or_alone(entity: Entity, word: str) -> bool:
    """One word names a known person only as their surname (``Spindler``) or as a name used
    alone; ``Joseph`` is not ``Joseph Boinnet`` just by sharing a first name."""
    return any(name_tokens(n)[-1] == word or name_tokens(n) == [word] for n in entity.names)


def _keeps_surname(entity: Entity, tokens: set[str]) -> bool:
    """A longer name may extend a shorter one only if it keeps the shorter one's last word."""
    last = name_tokens(entity.names[-1])[-1] if entity.names else ""
    return last in tokens


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip())


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def _appositive_role(span: Span) -> str | None:
    """``Nadia Jamil, principal researcher at Dixon Hall, said`` -> that description."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > span.end - 1:
            words = list(child.subtree)
            if len(words) > MAX_ROLE_WORDS:
                return None
            doc = span.doc
            text = doc.text[words[0].idx : words[-1].idx + len(words[-1].text)].strip(" ,")
            return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE) or None
    return None


def _role_of_apposed(span: Span) -> str | None:
    """``Spindler's father, Joseph, says`` -> Joseph's role is ``Spindler's father``."""
    root = span.root
    if root.dep_ != "appos" or root.head.pos_ != "NOUN":
        return None
    head = root.head
    words = [t for t in head.subtree if t.i < root.i and t.text not in {",", "(", ")"}]
    words = [t for t in words if t.i <= head.i]
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    doc = span.doc
    text = doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE) or None


def _acronym_after(span: Span) -> str | None:
    """``Organization of Islamic Cooperation (OIC)``: the bracketed acronym, if it fits."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        candidate = doc[span.end + 1].text
    elif span.end + 4 < len(doc) and doc[span.end].text == "(" and doc[span.end + 4].text == ")":
        candidate = doc[span.end + 1 : span.end + 4].text.replace(" ", "")
    else:
        return None
    return candidate if looks_like_acronym(candidate) else None


def _role_matches(role: str, noun: str) -> bool:
    """``the minister`` fits ``Education Minister``; ``the leadership`` does not fit ``leader``."""
    words = re.findall(r"\w+", fold(role))
    return any(w == noun or (len(noun) >= 4 and w.startswith(noun)) for w in words)


# ----------------------------------------------------------------------------- across a corpus


def merge_speakers(records: Iterable[QuoteRecord]) -> tuple[list[SpeakerSummary], dict[str, str]]:
    """One row per person or body across articles; returns the rows and name -> merged name.

    Names merge when one name's words are all in exactly one longer name (``Siddiqui`` ->
    ``Khalid Maqbool Siddiqui``); a short name that fits two different full names stays as it is.
    """
    by_name: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in records:
        if record.speaker_name:
            by_name[record.speaker_name].append(record)
    names = sorted(by_name, key=lambda n: -len(name_tokens(n)))
    merged: dict[str, str] = {}
    for name in names:
        tokens = set(name_tokens(name))
        kind = by_name[name][0].speaker_type
        if kind not in {"person", "organization"}:
            merged[name] = name
            continue
        targets = {
            merged.get(other, other)
            for other in names
            if other != name
            and len(name_tokens(other)) > len(tokens)
            and tokens <= set(name_tokens(other))
            and by_name[other][0].speaker_type == kind
        }
        merged[name] = targets.pop() if len(targets) == 1 else name
    groups: dict[str, list[QuoteRecord]] = defaultdict(list)
    for name, group in by_name.items():
        groups[merged[name]].extend(group)
    rows = [_summary(name, group) for name, group in groups.items()]
    rows.sort(key=lambda r: (-r.quote_count, fold(r.name)))
    return rows, merged


def _summary(name: str, group: list[QuoteRecord]) -> SpeakerSummary:
    types = Counter(r.speaker_type or "unknown" for r in group)
    roles = Counter(r.speaker_role for r in group if r.speaker_role)
    aliases = sorted(({r.speaker_text for r in group if r.speaker_text} | {
        r.speaker_name for r in group if r.speaker_name}) - {name})
    articles = sorted({r.article_id for r in group})
    return SpeakerSummary(
        name=name,
        type=types.most_common(1)[0][0],
        role=roles.most_common(1)[0][0] if roles else None,
        aliases=aliases,
        quote_count=len(group),
        articles=articles,
    )
