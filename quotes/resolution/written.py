"""Descriptions kept as written: ``a spokeswoman``, ``officials``, ``the committee`` that no
named person or body fits become entities of their own, so that pronouns and repeats
(``the officials``) can follow them, and a bare group noun takes the fuller form the article
wrote (``deputies``: ``Ashby deputies``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..attribution.grammar import of_object
from ..attribution.mentions import QUANTIFIER_SPEAKERS
from ..model import name_key
from ..names import Titles, name_tokens
from ..rules import SpeakerNounRule
from .appositives import described_by
from .bodies import fuller_form_before
from .config import Constraints
from .constraints import head_kind, noun_gender
from .entities import DEFINITE, Entity
from .heads import head_noun
from .name_evidence import body_word_before_general
from .spans import strip_article
from .state import ArticleState


def number_agrees(entity: Entity, plural: bool) -> bool:
    """A plural description is a group, never one person; a singular one never a group."""
    return entity.kind == "organization" or (entity.kind == "group") == plural


RESTRICTIVE_WORDS = 12  # a longer clause is a story of its own, not who the speaker is
# "who asked not to be named": why the speaker goes unnamed, not which one they are
ANONYMITY_WORDS = frozenset({"named", "identified", "anonymity", "anonymous", "anonymously"})


MEMBER_PRONOUNS = frozenset({"them", "us"})


def member_of(root: Token, titles: Titles, constraints: Constraints) -> str | None:
    """``One of them``, ``one of the residents``: one member of a group of people is a
    person, whom a later ``he`` or ``she`` may mean (``One of them said he lost …``); one
    of several bodies (``one of the companies``) is a body. None for any other head."""
    if root.lower_ != "one":
        return None
    group = of_object(root)
    if group is None:
        return None
    if group.lower_ in MEMBER_PRONOUNS:
        return "person"
    return head_kind(group.lemma_.lower(), titles, constraints)


def unnamed_on_purpose(root: Token) -> bool:
    """``the officer who declined to be named``, ``The officer, who spoke on condition of
    anonymity,``: a clause on the description's head says the speaker is withheld, so no
    named person of the article is them (a hard constraint)."""
    return any(clause.dep_ in {"relcl", "acl"} and clause.i > root.i and any(
        t.lower_ in ANONYMITY_WORDS for t in clause.subtree) for clause in root.rights)


def restrictive_clause_end(span: Span, root: Token) -> int | None:
    """``one teacher who left the field``, ``residents living on the floors below``: the end
    of the relative or participle clause that, with no comma before it, says which of its
    kind an indefinite description is (or which group a plural one: ``the people who live on
    the shores of Shoal Lake``); the description as written carries it."""
    doc = span.doc
    for clause in root.rights:
        if clause.i < span.end or doc[clause.left_edge.i - 1].text == ",":
            continue
        relative = clause.dep_ == "relcl" and clause.left_edge.lower_ in {"who", "that"}
        participle = clause.dep_ == "acl" and clause.tag_ in {"VBG", "VBN"}
        end = clause.right_edge.i + 1
        if (relative or participle) and end - span.end <= RESTRICTIVE_WORDS and not any(
                t.is_quote or t.is_sent_start or t.lower_ in ANONYMITY_WORDS
                for t in doc[span.end:end]) and not reports_inside(doc[span.end:end]):
            return end
    return None


def reports_inside(clause: Span) -> bool:
    """The clause holds a cue or a statement of its own (``a questioner who asked what …``):
    it tells what was said, not who said it."""
    start, end = clause.start_char, clause.end_char
    return any(start <= mention.start < end
               for attribution in clause.doc._.quotes
               for mention in (attribution.quote, attribution.cue) if mention is not None)


class WrittenDescriptions:
    """The entities of one article's descriptions kept as written."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state

    def repeated_description(self, lemma: str, plural: bool, position: int) -> Entity | None:
        """``two administration officials said …`` … ``the officials said``: a definite
        description repeating the head of one the article kept as written is that one
        (the head-match pass of the deterministic sieve), if the number agrees."""
        ranked = self.state.entities.ranked(position, {"person", "organization", "group",
                                                       "unknown"})
        found = [e for e in described_by(ranked, lemma) if e.described
                 and number_agrees(e, plural)]
        return found[0] if found else None

    def group_written(self, fuller: Span, entry: SpeakerNounRule, plural: bool) -> Entity:
        """The group a bare noun stands for, as the article wrote it in full (``Norwegian
        police``): the entity already kept under that text, else a new one, as written."""
        text = strip_article(fuller.text)
        for entity in self.state.entities:
            if name_key(entity.canonical) == name_key(text):
                return entity
        if (body := self.body_spelling(text) or self.body_written_out(text)) is not None:
            return body  # "police": "Appleton police", the Appleton Police Department
        kind = "group" if plural and entry.type != "organization" else (entry.type or "group")
        entity = self.state.entities.new(kind, described=False)  # named by its place
        entity.add_name(text)
        entity.add_name(fuller.root.text.lower())  # "Deputies said" later is this group too
        entity.descriptors.add(fuller.root.lemma_.lower())
        return entity

    def body_spelling(self, text: str) -> Entity | None:
        """The one named body whose name has every word of ``Appleton police`` (``Appleton
        Police Department``): what the article wrote in full is that body's name, shortened."""
        words = set(name_tokens(text, self.state.titles))
        found = [e for e in self.state.entities if e.kind == "organization" and not (
            e.described) and not e.place and len(words) > 1 and any(
            words < set(name_tokens(n, self.state.titles)) for n in e.names)]
        return found[0] if len(found) == 1 else None

    def people_just_named(self, quantifier: Token) -> Token | None:
        """``27 councillors attended …. But many complained``: a lone quantifier speaks for
        some of the people a plural person noun named in its sentence or the one before (the
        last such noun outside quotations)."""
        doc, state = quantifier.doc, self.state
        here = state.sentence(quantifier.i)
        for token in reversed(doc[: quantifier.i]):
            if here - state.sentence(token.i) > 1:
                return None
            if token.tag_ == "NNS" and not state.quoted[token.i] and head_kind(
                    token.lemma_.lower(), state.titles, state.constraints) == "person" and not (
                    token.dep_ in {"dobj", "dative"}
                    and token.head.lemma_ in state.constraints.addressee_verbs):
                return token  # (not "told reporters": the audience, not people who speak)
        return None

    def body_written_out(self, text: str) -> Entity | None:
        """``North Bay police`` where the article writes ``the North Bay Police Service`` only
        inside a quotation (no entity is made there): the one capitalised name anywhere in the
        text that is these words, capitalised, and one or two more ending in a body's word
        (``Service``, ``Department``, rules/name_words.jsonl)."""
        rules = self.state.rules
        words = text.split()
        if len(words) < 2:
            return None
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in words)
                             + r"((?:\s+[A-Z][a-z]+){1,2})\b")
        names = {match.group(0) for match in pattern.finditer(self.state.text)
                 if match.group(1).split()[-1].lower() in rules.institutions | rules.org_words}
        if len(names) != 1:
            return None
        name = names.pop()
        entity = self.state.entities.find_org(name)
        if entity is None:
            entity = self.state.entities.new("organization")
            entity.add_name(name)
        return entity

    def as_written(self, span: Span, entry: SpeakerNounRule, position: int = -1) -> Entity:
        """A description nobody named matches: an entity of its own, so ``it`` can follow it
        (and ``the officials`` the ``administration officials`` the article quoted before)."""
        root = head_noun(span)
        text = strip_article(span.text)
        those = root.lower_ == "those"  # "those who live across the street": people too
        if (span[0].lower_ not in DEFINITE or root.tag_ in {"NNS", "NNPS"} or those) and (
                not entry.document) and (
                root.tag_ in {"NNS", "NNPS"} or entry.type == "person" or head_kind(
                    root.lemma_, self.state.titles, self.state.constraints) == "person" or (
                    those)) and (
                end := restrictive_clause_end(span, root)):  # people, not an e-mail "dated …"
            text = strip_article(span.doc[span.start:end].text)  # "one teacher who left"
        if len(span) == 1 and root.lower_ in QUANTIFIER_SPEAKERS and (
                people := self.people_just_named(root)) is not None:
            text = f"{root.text} {people.text}"  # "many complained": many councillors
        for entity in self.state.entities:
            if entity.described and name_key(entity.canonical) == name_key(text):
                return entity
        plural = root.tag_ in {"NNS", "NNPS"} or root.lower_ in QUANTIFIER_SPEAKERS
        if span[0].lower_ in DEFINITE and position >= 0 and (
                earlier := self.repeated_description(root.lemma_.lower(), plural, position)):
            return earlier
        bare = len(span) == 1 or plural and [t.lower_ for t in span] == ["the", root.lower_]
        areas = self.state.constraints.area_nouns  # places a group is written with
        if text != strip_article(span.text):
            bare = False  # "Chiefs attending the council meeting": the clause says which
        if bare and (plural or entry.type == "organization") and (
                fuller := fuller_form_before(root, areas)) is not None:
            # "deputies": "Ashby deputies"; "the scientists": "Belgian scientists"
            return self.group_written(fuller, entry, plural)
        if not plural and entry.type == "organization" and [t.lower_ for t in span] == [
                "the", root.lower_] and (
                fuller := fuller_form_before(root, areas, modifiers=True)):
            return self.group_written(fuller, entry, plural)  # "the ministry": "fisheries …"
        if (member := member_of(root, self.state.titles, self.state.constraints)) is not None:
            kind = member  # "One of them said he …": one person of the people
        elif entry.type and not (plural and entry.type == "organization"):
            kind = entry.type  # but "both groups", "the companies" are several bodies
        elif plural:
            kind = "group"  # "officials", "all those involved", "some of the residents"
        elif body_word_before_general(span, self.state.rules):
            kind = "organization"  # "the Consulate General": a title word in a body's name
        elif self.state.titles.entry(root.text) is not None or head_kind(
                root.lemma_, self.state.titles, self.state.constraints) == "person":
            kind = "person"  # the senator, the judge, the innkeeper
        else:
            kind = "unknown"
        entity = self.state.entities.new(kind, described=True)
        entity.add_name(text)
        entity.descriptors.add(root.lemma_.lower())  # "the officials" may come back to it
        if kind == "person" and (gender := noun_gender(root.lemma_, self.state.titles,
                                                       self.state.constraints)):
            entity.votes[gender] += self.state.weights.title_gender_votes  # "a spokeswoman"
            entity.update_gender()
        return entity
