"""Resolve speaker mentions to the people and bodies they refer to.

Within an article: names are clustered (``Dr Siddiqui`` = ``Khalid Maqbool Siddiqui``,
``ISPR`` = ``Inter-Services Public Relations``), titles and appositives become roles, and each
speaker mention is resolved in reading order, so a pronoun (``he said`` three paragraphs later),
``it``/``the statement`` (the body that issued it) or a description (``the minister``, ``the
company``) gets the most salient compatible entity before it. A quote with no cue inherits the
speaker of the quote it continues.

Across articles (``merge_speakers``): the same person is one row with every alias seen, while
two people who share only a surname stay apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .model import Attribution, QuoteRecord, Speaker, SpeakerSummary, fold, name_key
from .names import (
    acronym_of,
    is_honorific,
    looks_like_acronym,
    name_tokens,
    split_title,
    title_entry,
)
from .rules import load_rules

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "FAC"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs"}
NEUTER = {"it", "its"}
DEFINITE = {"the", "this", "that", "these", "those"}
AGE = re.compile(r"\d+-year-old")
MAX_ROLE_WORDS = 12


@dataclass
class Entity:
    """A person or body an article mentions, with everything learnt about it."""

    kind: str
    names: list[str] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    role: str | None = None
    gender: str | None = None
    acronym: str | None = None
    expansion: str | None = None
    last_seen: int = -1
    last_subject: int = -1
    spoke: bool = False
    votes: Counter = field(default_factory=Counter)

    @property
    def canonical(self) -> str:
        """The fullest name the article gives, ``Expansion (ACRONYM)`` for bodies."""
        if self.acronym and self.expansion:
            return f"{self.expansion} ({self.acronym})"
        if not self.names:
            return self.acronym or ""
        return max(self.names, key=lambda n: (len(name_tokens(n)), len(n)))

    def add_name(self, name: str) -> None:
        if name and name not in self.names:
            self.names.append(name)
        self.tokens |= set(name_tokens(name))

    def seen(self, position: int, subject: bool) -> None:
        self.last_seen = max(self.last_seen, position)
        if subject:
            self.last_subject = max(self.last_subject, position)

    def salience(self, penalty: int) -> int:
        """Recency, where a mention as subject or speaker counts ``penalty`` tokens fresher."""
        return max(self.last_subject + penalty, self.last_seen) if self.last_seen >= 0 else -1

    def to_speaker(self, alias: str | None = None) -> Speaker:
        aliases = set(self.names)
        if self.acronym:
            aliases.add(self.acronym)
        if alias:
            aliases.add(alias)
        return Speaker(name=self.canonical, type=self.kind, role=self.role, aliases=aliases)


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

    def __call__(self, doc: Doc) -> Doc:
        resolver = ArticleResolver(doc, self.nouns)
        resolver.resolve(doc._.quotes or [])
        doc._.speakers = resolver.speakers()
        return doc


SUBJECT_BONUS = 40


class ArticleResolver:
    """Entities of one article and the reading-order walk that resolves speaker mentions."""

    def __init__(self, doc: Doc, nouns: dict[str, dict]) -> None:
        self.doc = doc
        self.nouns = nouns
        self.entities: list[Entity] = []
        self.quoted = _quoted_token_mask(doc)
        self.events: list[MentionEvent] = []
        self._collect_entities()
        self._infer_genders()

    # -- entities ----------------------------------------------------------------------------

    def _collect_entities(self) -> None:
        """People first (so ``Lonechild`` tagged ORG still joins ``Darian Lonechild``), then bodies."""
        ents = [e for e in self.doc.ents if e.label_ in PERSON_LABELS | ORG_LABELS]
        person_names = [set(name_tokens(e.text)) for e in ents if e.label_ in PERSON_LABELS]
        for ent in ents:
            tokens = set(name_tokens(_strip_possessive(ent.text)))
            is_person = ent.label_ in PERSON_LABELS or (
                tokens and not looks_like_acronym(ent.text) and any(tokens <= p for p in person_names)
            )
            entity = self._person_from_span(ent) if is_person else self._org_from_span(ent)
            if entity is not None and not self.quoted[ent.start]:
                subject = ent.root.dep_ in {"nsubj", "nsubjpass"}
                self.events.append(MentionEvent(ent.start, entity, subject))

    def _person_from_span(self, span: Span) -> Entity | None:
        words = [t.text for t in span]
        role_words, name_words = split_title(words)
        if not name_words:
            return None
        name_span = span[len(words) - len(name_words) :]
        name = _strip_possessive(name_span.text)
        if looks_like_acronym(name) and len(name_words) == 1:
            return self._org_from_span(span)
        entity = self._find_person(name)
        if entity is None:
            entity = Entity("person")
            self.entities.append(entity)
        entity.add_name(name)
        role = _role_words(span, role_words) or _appositive_role(span)
        if role and not entity.role:
            entity.role = role
        for word in words[: len(words) - len(name_words)]:
            gender = (title_entry(word) or {}).get("gender")
            if gender:
                entity.votes[gender] += 3
        return entity

    def _org_from_span(self, span: Span) -> Entity | None:
        name = _strip_possessive(_strip_article(span.text))
        if not name:
            return None
        acronym = _acronym_after(span)
        entity = self._find_org(name, acronym)
        if entity is None:
            entity = Entity("organization")
            self.entities.append(entity)
        if looks_like_acronym(name) and " " not in name:
            entity.acronym = entity.acronym or name
        else:
            entity.add_name(name)
            if acronym:
                entity.acronym = acronym
                entity.expansion = entity.expansion or name
        return entity

    def _find_person(self, name: str) -> Entity | None:
        """The most salient person whose name contains ``name`` (or that ``name`` extends)."""
        tokens = set(name_tokens(name))
        if not tokens:
            return None
        matches = [
            e for e in self.entities
            if e.kind == "person" and e.tokens
            and (tokens <= e.tokens or (e.tokens <= tokens and _compatible(e, tokens)))
        ]
        if not matches:
            return None
        return max(matches, key=lambda e: (e.last_seen, len(e.tokens)))

    def _find_org(self, name: str, acronym: str | None = None) -> Entity | None:
        key = name_key(name)
        tokens = set(name_tokens(name))
        for entity in self.entities:
            if entity.kind == "person":
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
        return None

    def _infer_genders(self) -> None:
        """Vote each person's gender from subject pronouns that follow their subject mentions."""
        doc = self.doc
        persons = sorted((ev for ev in self.events if ev.entity.kind == "person"),
                         key=lambda ev: ev.position)
        k = 0
        recent: dict[int, tuple[int, Entity]] = {}
        for token in doc:
            while k < len(persons) and persons[k].position <= token.i:
                ev = persons[k]
                recent[id(ev.entity)] = (ev.position + (SUBJECT_BONUS if ev.subject else 0),
                                         ev.entity)
                k += 1
            if self.quoted[token.i] or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            word = token.lower_
            if word not in MALE and word not in FEMALE or not recent:
                continue
            position, entity = max(recent.values(), key=lambda r: r[0])
            if token.i - position > 80:
                continue
            entity.votes["m" if word in MALE else "f"] += 1
        for entity in self.entities:
            if entity.votes:
                entity.gender = entity.votes.most_common(1)[0][0]

    # -- resolving mentions -----------------------------------------------------------------

    def resolve(self, attributions: list[Attribution]) -> None:
        """Resolve every attribution's speaker in reading order (salience is updated as we go)."""
        steps: list[tuple[int, int, object]] = [(ev.position, 0, ev) for ev in self.events]
        for n, attribution in enumerate(attributions):
            if attribution.speaker is not None:
                steps.append((self._token_at(attribution.speaker.start), 1, n))
            else:
                steps.append((self._token_at(attribution.quote.start), 2, n))
        for position, kind, payload in sorted(steps, key=lambda s: (s[0], s[1])):
            if kind == 0:
                assert isinstance(payload, MentionEvent)
                payload.entity.seen(position, payload.subject)
            elif kind == 1:
                self._resolve_speaker(attributions[payload], position)  # type: ignore[index]
            else:
                self._inherit(attributions, payload)  # type: ignore[arg-type]

    def _inherit(self, attributions: list[Attribution], n: int) -> None:
        attribution = attributions[n]
        source = attributions[attribution.continues] if attribution.continues is not None else None
        if source is None or source.resolved is None:
            if "MISSING_SPEAKER" not in attribution.flags:
                attribution.flags.append("MISSING_SPEAKER")
            return
        attribution.resolved = source.resolved

    def _resolve_speaker(self, attribution: Attribution, position: int) -> None:
        assert attribution.speaker is not None
        span = self.doc.char_span(attribution.speaker.start, attribution.speaker.end,
                                  alignment_mode="expand")
        if span is None or len(span) == 0:
            return
        root = span.root
        word = root.lower_
        if _is_pronoun(word):
            entity = self._resolve_pronoun(attribution, word, position)
            if entity is None:
                return
        elif root.pos_ == "PROPN" or (root.ent_type_ and root.pos_ != "NOUN"):
            entity = self._resolve_name(span)
        elif any(t.pos_ == "PROPN" for t in span):
            entity = self._named_description(span)
        else:
            entity = self._resolve_description(attribution, span, position)
            if entity is None:
                attribution.resolved = self._unresolved_description(attribution, span)
                return
        entity.spoke = True
        entity.seen(position, subject=True)
        attribution.resolved = entity.to_speaker(alias=attribution.speaker.text)

    def _candidates(self, position: int, kinds: set[str], gender: str | None = None) -> list[Entity]:
        seen = [e for e in self.entities if e.kind in kinds and 0 <= e.last_seen < position]
        if gender is not None:
            seen = [e for e in seen if e.gender in (None, gender)]
        return sorted(seen, key=lambda e: e.salience(SUBJECT_BONUS), reverse=True)

    def _resolve_pronoun(self, attribution: Attribution, word: str, position: int) -> Entity | None:
        if word in NEUTER:
            candidates = self._candidates(position, {"organization"})
        elif word in PLURAL:
            candidates = self._candidates(position, {"organization", "group"})
        else:
            gender = "m" if word in MALE else "f"
            candidates = self._candidates(position, {"person"}, gender)
            agreeing = [e for e in candidates if e.gender == gender]
            if candidates and candidates[0].gender is None and agreeing and (
                agreeing[0].salience(SUBJECT_BONUS) >= candidates[0].salience(SUBJECT_BONUS) - 60
            ):
                candidates = agreeing + [e for e in candidates if e not in agreeing]
        if not candidates:
            attribution.flags.append("UNRESOLVED_SPEAKER")
            return None
        if len(candidates) > 1 and self._too_close(candidates[0], candidates[1], position):
            attribution.flags.append("AMBIGUOUS_SPEAKER")
        return candidates[0]

    def _too_close(self, first: Entity, second: Entity, position: int) -> bool:
        """Two compatible candidates as salient as each other in the same sentence: ambiguous."""
        if first.gender and second.gender and first.gender != second.gender:
            return False
        sent_start = self.doc[position].sent.start
        return first.last_subject >= sent_start and second.last_subject >= sent_start

    def _resolve_name(self, span: Span) -> Entity:
        words = _after_possessor(span)
        role_words, name_words = split_title([t.text for t in words])
        name = _strip_possessive(" ".join(name_words)) if name_words else span.text
        ents = [e for e in self.doc.ents if e.start < span.end and span.start < e.end]
        label = ents[0].label_ if ents else ""
        person = self._find_person(name)
        if person is not None and not looks_like_acronym(name):
            entity = person
        else:
            entity = self._find_org(_strip_article(name))
            if entity is None and (label in ORG_LABELS and label != "ORG" or looks_like_acronym(name)
                                   or label == "ORG" and len(name_words) > 1):
                entity = self._org_from_span(span)
            if entity is None:
                entity = Entity("person")
                entity.add_name(name)
                self.entities.append(entity)
        role = " ".join(w for w in role_words if not is_honorific(w)).strip()
        if role and not entity.role and entity.kind == "person":
            entity.role = role
        return entity

    def _named_description(self, span: Span) -> Entity:
        """``Cisco System's Talos cybersecurity unit``: a description that is its own name."""
        text = _strip_article(span.text)
        entity = self._find_org(text)
        if entity is None:
            entry = self.nouns.get(span.root.lower_) or self.nouns.get(span.root.lemma_.lower())
            kind = (entry or {}).get("type", "organization")
            entity = Entity(kind if kind != "person" else "person")
            entity.add_name(text)
            self.entities.append(entity)
        return entity

    def _resolve_description(self, attribution: Attribution, span: Span,
                             position: int) -> Entity | None:
        root = span.root
        lemma = root.lemma_.lower()
        entry = self.nouns.get(root.lower_) or self.nouns.get(lemma) or {}
        determiner = next((t.lower_ for t in span if t.dep_ in {"det", "poss"}), "")
        if entry.get("anonymous"):
            attribution.flags.append("ANONYMOUS_SOURCE")
            return None
        if determiner in {"his", "her"} and entry.get("document"):
            return self._resolve_pronoun(attribution, determiner, position)
        if determiner not in DEFINITE:
            return None
        if entry.get("document"):
            speakers = [e for e in self._candidates(position, {"person", "organization"})
                        if e.spoke]
            return speakers[0] if speakers else None
        if entry.get("type") == "organization":
            orgs = self._candidates(position, {"organization"})
            named = [e for e in orgs if any(lemma in fold(n) for n in e.names)]
            return (named or orgs or [None])[0]
        persons = self._candidates(position, {"person"})
        with_role = [e for e in persons if e.role and _role_matches(e.role, lemma)]
        if with_role:
            return with_role[0]
        if AGE.search(span.text) and persons:
            return persons[0]
        return None

    def _unresolved_description(self, attribution: Attribution, span: Span) -> Speaker:
        """A description nobody in the article matches: keep it as written, typed."""
        root = span.root
        entry = self.nouns.get(root.lower_) or self.nouns.get(root.lemma_.lower()) or {}
        if entry.get("type"):
            kind = entry["type"]
        elif root.tag_ in {"NNS", "NNPS"}:
            kind = "group"
        else:
            kind = "unknown"
        name = _strip_article(span.text)
        return Speaker(name=name, type=kind, role=None, aliases={span.text})

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def speakers(self) -> list[Speaker]:
        return [e.to_speaker() for e in self.entities if e.spoke]


# ------------------------------------------------------------------------------- small helpers


def _quoted_token_mask(doc: Doc) -> list[bool]:
    from .marks import find_quoted_spans, top_level

    mask = [False] * len(doc)
    for span in top_level(find_quoted_spans(doc.text)):
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            continue
        for i in range(tokens.start, tokens.end):
            mask[i] = True
    return mask


def _after_possessor(span: Span) -> Span:
    """``Pakistan's Deputy Prime Minister Ishaq Dar`` -> ``Deputy Prime Minister Ishaq Dar``."""
    for token in reversed(span):
        if token.dep_ == "case" and token.i < span.end - 1:
            return span.doc[token.i + 1 : span.end]
    return span


def _compatible(entity: Entity, tokens: set[str]) -> bool:
    """A longer name may extend a shorter one only if it keeps the shorter one's last word."""
    last = name_tokens(entity.names[-1])[-1] if entity.names else ""
    return last in tokens


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip())


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def _role_words(span: Span, inside: list[str]) -> str | None:
    """Title words before a name, inside the entity span and just left of it."""
    doc = span.doc
    words: list[Token] = []
    i = span.start - 1
    while i >= 0:
        token = doc[i]
        if token.dep_ in {"compound", "amod", "nmod", "punct"} and token.head.i >= span.start - 1 \
                and not token.is_space and token.text not in {",", "(", ")", "’s", "'s"}:
            words.insert(0, token)
            i -= 1
            continue
        if token.dep_ == "compound" and token.head.i < span.end and token.head.i >= i:
            words.insert(0, token)
            i -= 1
            continue
        break
    while words and (words[0].is_punct or is_honorific(words[0].text)):
        words.pop(0)
    texts = _join_tokens(words) if words else ""
    role_inside = " ".join(inside)
    role = " ".join(p for p in (texts, role_inside) if p).strip()
    role = " ".join(w for w in role.split() if not is_honorific(w))
    return role or None


def _join_tokens(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _appositive_role(span: Span) -> str | None:
    """``Nadia Jamil, principal researcher at Dixon Hall, said`` -> that description."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > span.end - 1:
            words = list(child.subtree)
            if len(words) > MAX_ROLE_WORDS:
                return None
            text = _join_tokens(words).strip(" ,")
            return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE) or None
    return None


def _acronym_after(span: Span) -> str | None:
    """``Organization of Islamic Cooperation (OIC)``: the bracketed acronym, if it fits."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        candidate = doc[span.end + 1].text
    elif span.end + 4 < len(doc) and doc[span.end].text == "(" and doc[span.end + 4].text == ")":
        candidate = doc[span.end + 1 : span.end + 4].text.replace(" ", "")
    else:
        return None
    if not looks_like_acronym(candidate):
        return None
    initials = acronym_of(span.text.split())
    compact = candidate.replace("-", "").replace(".", "").upper()
    return candidate if initials.startswith(compact[:2]) or compact in initials else None


def _role_matches(role: str, noun: str) -> bool:
    return any(word.startswith(noun[:5]) for word in fold(role).split())


def _is_pronoun(word: str) -> bool:
    return word in MALE | FEMALE | PLURAL | NEUTER


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
        targets = {
            merged.get(other, other)
            for other in names
            if other != name
            and len(name_tokens(other)) > len(tokens)
            and tokens <= set(name_tokens(other))
            and by_name[other][0].speaker_type == kind
            and kind in {"person", "organization"}
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
    aliases = sorted({r.speaker_text for r in group if r.speaker_text} | {
        r.speaker_name for r in group if r.speaker_name and r.speaker_name != name})
    articles = sorted({r.article_id for r in group})
    return SpeakerSummary(
        name=name,
        type=types.most_common(1)[0][0],
        role=roles.most_common(1)[0][0] if roles else None,
        aliases=aliases,
        quote_count=len(group),
        articles=articles,
    )
