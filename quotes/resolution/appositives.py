"""Appositive, role and predicate-nominative links: what the article says each entity is.

The second pass of the sieve (after exact and acronym matches): ``Ana Ruiz, the club's
goalkeeper``, ``goalkeeper Ana Ruiz`` and ``Ruiz is a goalkeeper`` all tell the reader that a
later ``the veteran goalkeeper`` is Ruiz. Each named mention's apposed, compounded or predicated
nouns are recorded on its entity (by lemma), so the description pass can match any noun the
article itself used, not only nouns a rules file lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .entities import Entity

COPULAS = {"be", "become", "remain"}


def describing_nouns(span: Span) -> list[Token]:
    """Common nouns that say what the named span is, by the parse.

    ``Ruiz, the goalkeeper`` (appos child), ``the goalkeeper, Ruiz`` (the name apposed to the
    noun), ``goalkeeper Ana Ruiz`` (compound before the name), ``Ruiz is a goalkeeper`` (the
    subject of a copula with a noun attribute).
    """
    root = span.root
    inside = range(span.start, span.end)
    found: list[Token] = [t for t in span if t.pos_ == "NOUN" and t.i < root.i
                          and t.dep_ == "compound"]  # "Goalkeeper Marta Quill" tagged whole
    for child in root.children:
        if child.i in inside or child.pos_ != "NOUN":
            continue
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.i < span.start):
            found.append(child)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in inside:
        found.append(root.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in COPULAS:
        found.extend(c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return found


def record_descriptors(span: Span, entity: Entity) -> None:
    """Remember on the entity every noun the article apposes to or predicates of this name."""
    for noun in describing_nouns(span):
        entity.descriptors.add(noun.lemma_.lower())


def described_by(entities: list[Entity], lemma: str) -> list[Entity]:
    """Entities the article described with this noun, in the order given (most salient first)."""
    return [e for e in entities if lemma in e.descriptors]
