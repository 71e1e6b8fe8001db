"""What the article says an entity is, for the pronoun constraints: a person (a gender, a
role, a PERSON label), a thing or body named like one (``Special Marriage Act``), a person the
tagger typed as a body (``Ines Varga`` tagged ORG), or a public (``Canadians``).

Kept apart from ``pronouns`` so the evidence about an entity, read once per article (its NER
labels, the places' stems), is one small object the pronoun pass asks.
"""

from __future__ import annotations

from collections import defaultdict

from .constraints import head_kind
from .entities import Entity, name_like
from .state import ArticleState


class Animacy:
    """Evidence of what each entity of one article is; built lazily, asked by ``Pronouns``."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self._labels: dict[int, set[str]] | None = None  # built once the names are collected
        self._place_stems: set[str] | None = None
        self._with_article: set[int] | None = None

    def named_like_a_thing(self, entity: Entity) -> bool:
        """A "person" only guessed from a proper-noun subject whose last word names a body or
        a thing (``Special Marriage Act``, ``Harlow Water Board``), with no first name, role or
        PERSON label to say otherwise. A description kept as written (``a spokesman for
        Avon Fire Service``) is headed by its noun, not by its last word. A name the article
        calls a document (``Strangers No Longer, a pastoral letter``) is one, whatever its label."""
        if self.described_as_a_document(entity):
            return True
        if not entity.names or entity.role or entity.described or (
                "PERSON" in self.labels(entity)):
            return False
        words = entity.canonical.lower().split()
        if words[0] in self.state.rules.first_names:
            return False
        head = words[-1]
        constraints = self.state.constraints
        return head in constraints.not_person_nouns or head_kind(
            head, self.state.titles, constraints) == "organization"

    def described_as_a_document(self, entity: Entity) -> bool:
        """The article apposes or predicates a document noun of the name (``document`` in
        rules/speaker_nouns.jsonl: a letter, a report, a book), and no person noun."""
        nouns = self.state.rules.nouns
        kinds = [nouns.get(d) for d in entity.descriptors]
        return any(k is not None and k.document for k in kinds) and not any(
            k is not None and k.type == "person" for k in kinds)

    def person_tagged_a_body(self, entity: Entity) -> str | None:
        """The gender of a "body" whose name is a person's: two or three capitalised words, no
        organisation word, the first a known first name (``Ines Varga`` tagged ORG)."""
        if entity.place or not name_like(entity, self.state.rules.org_words) or (
                self.written_with_article(entity)):
            return None  # ("the Dixie Fire": no person's name takes "the")
        return self.state.rules.first_names.get(entity.canonical.split()[0].lower())

    def written_with_article(self, entity: Entity) -> bool:
        """Whether the article wrote one of the entity's names after ``the``."""
        if self._with_article is None:
            doc = self.state.doc
            self._with_article = {
                ev.entity.number for ev in self.state.events
                if doc[ev.position].lower_ == "the" or (
                    ev.position > 0 and doc[ev.position - 1].lower_ == "the")}
        return entity.number in self._with_article

    def named_person(self, entity: Entity) -> bool:
        """Whether anything says the entity is a person: a gender (from a first name, a
        title or a pronoun), a role, a PERSON label on one of its names, or a person noun
        heading the description it was kept as (``a school district parent``). A proper-noun
        subject nobody labelled (``Corwen Water said``) is a person only by default."""
        return entity.kind != "person" or entity.described or bool(
            entity.gender or entity.role or "PERSON" in self.labels(entity))

    def labels(self, entity: Entity) -> set[str]:
        """The NER labels of the entity's named mentions."""
        if self._labels is None:
            self._labels = defaultdict(set)
            doc = self.state.doc
            for ev in self.state.events:
                token = doc[ev.position]
                label = token.ent_type_ or (
                    doc[ev.position + 1].ent_type_ if ev.position + 1 < len(doc) else "")
                if label:
                    self._labels[ev.entity.number].add(label)
        return self._labels.get(entity.number, set())

    def population(self, entity: Entity) -> bool:
        """A nationality or public (``Canadians``, ``Americans``) rather than a party or body:
        a group whose name starts like a place the article names (``Canada``) or that the
        constraints list as a public (``voters``, ``residents``)."""
        if entity.kind != "group":
            return False
        if self._place_stems is None:
            self._place_stems = {e.text[:4].lower() for e in self.state.ents
                                 if e.label_ in {"GPE", "LOC"} and len(e.text) >= 4}
        for name in entity.names:
            word = name.split()[-1].lower() if name.split() else ""
            if word in self.state.constraints.population_words or (
                    len(word) >= 5 and word[:4] in self._place_stems):
                return True
        return False
