"""Making the entity a name stands for: a person, a body, a group, or an untyped name.

The name pass (``names.NameResolver``) decides *which kind* a name is from the evidence of its
words and neighbours; this module makes (or finds again) the entity of that kind, with the
role, gender votes and place flag its words give.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import name_key
from ..names import fold, looks_like_acronym
from .acronyms import BodyNames
from .appositives import apposed_age, role_noun_lead
from .constraints import head_kind, role_gender
from .entities import Entity
from .forms import written_before_office
from .name_evidence import NameEvidence, surname_shared_after_and
from .offices import offices_only
from .spans import (
    acronym_after,
    after_possessor,
    appositive_role,
    introduces_someone,
    listed_with_places,
    name_borne_before_honorific,
    possessed_institution,
    role_before_comma,
    role_of_apposed,
    spelled_before_bracket,
    split_name,
    strip_article,
    strip_possessive,
    with_generation,
)
from .state import ArticleState


class EntityMaker:
    """Makes or finds the entity of one name, of the kind the name pass decided."""

    def __init__(self, state: ArticleState, bodies: BodyNames, evidence: NameEvidence) -> None:
        self.state = state
        self.bodies = bodies
        self.evidence = evidence

    def group(self, span: Span) -> Entity:
        """``the Liberals``, ``Justin Trudeau's Liberals``: a party or bloc speaking as one."""
        name = strip_article(strip_possessive(span.text))
        entity = next((e for e in self.state.entities if e.kind == "group"
                       and any(name_key(n) == name_key(name) for n in e.names)), None)
        if entity is None:
            entity = self.state.entities.new("group")
        entity.add_name(name)
        return entity

    def untyped(self, span: Span) -> Entity | None:
        """A proper name NER did not type (``Ian Poulter's punishment``): kept for look-ups."""
        _, name_span = split_name(span, self.state.titles)
        if name_span is None:
            return None
        name = strip_possessive(name_span.text)
        entity = self.state.entities.find_person(name, span.start)
        if entity is None:
            entity = self.state.entities.new("name")
        entity.add_name(name)
        return entity

    def person(self, span: Span, from_speech: bool = False) -> Entity | None:
        """A person's name (``Mayor Ana Ruiz``): the person it names again or a new one, with
        the role its titles, apposition or office before a comma give, gender votes from its
        titles and first name, and the place flag when its words say it is a place."""
        span = self.evidence.with_first_name(span)
        role, name_span = split_name(span, self.state.titles)
        if name_span is None or offices_only(name_span, self.state.titles):
            return None  # "KUALA LUMPUR - Foreign Ministers of …": offices, nobody named
        if lead := role_noun_lead(name_span, self.state.titles, self.state.constraints,
                                  self.state.rules.first_names):  # "Singer Maya Fox"
            role, name_span = name_span[:lead].text, name_span[lead:]
        name = strip_possessive(with_generation(name_span))
        if shared := surname_shared_after_and(name_span, self.state.rules.first_names):
            name = f"{name} {shared}"  # "Dini and Garry Farr": she is Dini Farr
        if looks_like_acronym(name) and len(name_span) == 1 and apposed_age(span) is None:
            return self.org(span)  # a body's letters; but "AM, 42," is a person's initials
        entity = self.state.entities.find_person(name, span.start,
                                                 introduced=introduces_someone(span),
                                                 written_titles=self.evidence.written_titles(name_span))
        if entity is None and len(name_span) == 1:
            # "Prof Okello" after "Pro Barnabas Okello" typed a body: the surname finds him
            entity = self.state.entities.find_mistyped_person(name, span.start)
        respelled = False
        if entity is None:  # "Ratnayake" for Rathnayake, "Magessa Mulongo" for Magesa Mulongo
            entity = self.state.entities.find_respelled_person(name)
            # a full name respelled is filed as first written, not under the slip
            respelled = entity is not None and len(name_span) > 1
        if entity is None:
            entity = self.state.entities.new("person")
        if not respelled:
            entity.add_name(name)
        titles = self.state.titles
        constraints = self.state.constraints
        if borne := name_borne_before_honorific(name_span, titles):
            entity.add_name(borne.text)  # "Aiono Dr Alec Ekeroma" … "says Aiono": his title
            if role and fold(role) == fold(borne.text):
                role = None
        office = role_of_apposed(span, titles) or role_before_comma(span, titles)
        entity.set_role(role or appositive_role(span, lambda word: head_kind(
            word, titles, constraints) == "person") or office, from_speech)
        if role and office:
            entity.add_role(office)  # "The Prime Minister of Guyana, retired Brigadier X": both
        for gender in self.evidence.title_genders(name_span):
            entity.votes[gender] += self.state.weights.title_gender_votes
        entity.descriptors.update(self.evidence.title_nouns(name_span))  # "Dr. Ruiz" … "the doctor"
        if gender := role_gender(entity.role, self.state.titles, self.state.constraints):
            entity.votes[gender] += self.state.weights.title_gender_votes  # "a spokeswoman"
        titled_surname = len(name_span) == 1 and bool(
            role or self.evidence.written_titles(name_span))  # "Mayor Hamilton": a surname
        if not titled_surname and not self.evidence.surname_alone(name_span, entity) and (
                first := self.state.rules.first_names.get(name_span[0].lower_)):
            # the article's own pronouns can still outweigh it
            entity.votes[first] += self.state.weights.first_name_gender_votes
        first_named = any(len(words := name.split()) >= 2 and (
            words[0].lower() in self.state.rules.first_names) for name in entity.names) or (
            any(len(name.split()) >= 2 for name in entity.names) and bool(
                entity.role or self.evidence.written_titles(name_span)))
        # ("Justice Romuald Kwolek": a titled full name is a person's, whatever NER made of it)
        if name_span[-1].lower_ in self.state.place_words and not first_named or (
                listed_with_places(name_span)) or (
                self.evidence.listed_under_place_noun(name_span)) or (
                written_before_office(self.state, name_span)):
            # "the Birth of Modern Canada": a place in a title, not a person (but "John
            # Vassilaki", named with a first name, is a person whose surname NER once took for
            # a place, wherever the surname recurs alone)
            entity.place = True
        entity.update_gender()
        return entity

    def tagged_a_place_elsewhere(self, name: str) -> bool:
        """``Puerto Escondido`` tagged a body here and a place (GPE, LOC) elsewhere in the
        article: a town the tagger wavered on, never a body that speaks as ``it``."""
        return any(ent.label_ in {"GPE", "LOC"} and strip_possessive(strip_article(ent.text)) == (
            name) for ent in self.state.ents)

    def org(self, span: Span, place: bool = False) -> Entity | None:
        """A body's name, with the acronym set after it in brackets."""
        # "the province's Department of …" -> the department; but "Washington County
        # Attorney's Office" is the body's whole name
        span = possessed_institution(span, self.state.titles) or after_possessor(span)
        name = strip_possessive(strip_article(span.text))
        if not name:
            return None
        acronym = acronym_after(span)
        entity = self.state.entities.find_org(name, acronym) or self.bodies.spelled_out(name)
        if entity is None:
            # "suburbs including Balcatta, Tuart Hill and Dianella": a place however typed
            listed = listed_with_places(span) or self.evidence.listed_under_place_noun(span) or (
                self.tagged_a_place_elsewhere(name))
            entity = self.state.entities.new("organization", place=place or listed)
        if looks_like_acronym(name) and " " not in name:
            entity.acronym = entity.acronym or name
            if not entity.expansion and (spelled := spelled_before_bracket(span)):
                entity.add_name(spelled)  # "The Special Investigations Unit (SIU)", untagged
                entity.expansion = spelled
        else:
            entity.add_name(name)
            if acronym:
                entity.acronym = acronym
                entity.expansion = entity.expansion or name
        return entity
