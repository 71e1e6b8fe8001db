"""Pronouns: ``he said``, ``it added``, ``they say`` resolved by agreement and centering.

A pronoun goes to the best-scoring entity of the last few sentences that agrees with it in
kind, number and (known) gender: whoever was the subject, spoke, or was mentioned most recently
(see ``ResolverWeights``). Genders are learnt from the article as it goes: titles, first names,
and pronoun subjects that follow a named one.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from spacy.tokens import Token

from ..model import Attribution
from .animacy import Animacy
from .confidence import doubt
from .config import Constraints
from .constraints import (
    acting_subject,
    admits,
    adverbial_oblique,
    bound_by_subject,
    grammatical_subject,
    label_disagrees,
    names_a_way,
    object_of_host_clause,
    place_may_be_it,
    prepositional_object,
    pronoun_gender,
    referential_it,
    subject_under_a_persons_verb,
)
from .entities import (
    FEMALE,
    MALE,
    NEUTER,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    PLURAL,
    Entity,
    name_like,
    plausible_person,
    untyped_person_like,
)
from .spans import split_name
from .state import ArticleState


class Pronouns:
    """Gender evidence and pronoun resolution for one article."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.weights = state.weights
        self.animacy = Animacy(state)

    def vote_genders_from_pronouns(self) -> None:
        """``Lonechild said she …``: a subject pronoun whose sentence (or the sentence before)
        has exactly one person as subject is evidence of that person's gender; ``Corwen
        Water said it …``, in the same sentence, that a name nothing showed to be a person's is
        a body's."""
        doc = self.state.doc
        subjects: dict[int, list[tuple[int, Entity]]] = defaultdict(list)
        for ev in self.state.events:
            if ev.subject and not (ev.entity.kind == "person" and ev.entity.place) and (
                    ev.entity.kind == "person" or (
                        name_like(ev.entity, self.state.rules.org_words)
                        and not self.animacy.written_with_article(ev.entity))  # the Dixie Fire
                    or untyped_person_like(ev.entity, self.state.rules.org_words)
            ) and not self.owned_by_pronoun(ev.position):
                # a "person" the article showed to be a place (one of a list of places) is none
                subjects[self.state.sent_of[ev.position]].append((ev.position, ev.entity))
        bodies = self.tagged_bodies_repeatedly()
        for token in self.state.subjects():
            word = token.lower_
            if word not in MALE and word not in FEMALE and word not in NEUTER:
                continue
            sentence = self.state.sent_of[token.i]
            here = {e.number: e for p, e in subjects.get(sentence, []) if p < token.i}
            if word in NEUTER:
                if len(here) == 1 and referential_it(token, self.state.constraints):
                    self.body_saying_it(next(iter(here.values())))
                continue
            # a name after a preposition ("guests courtesy of Tuff Decisions") is in focus,
            # but a "she" that follows is no evidence of its gender
            here = {e.number: e for p, e in subjects.get(sentence, [])
                    if p < token.i and not prepositional_object(doc[p])}
            if not here:  # (a sentence before, a name tagged a body time and again stays one)
                here = {e.number: e for p, e in subjects.get(sentence - 1, [])
                        if not prepositional_object(doc[p])
                        and (e.number not in bodies or e.kind == "person")}
            if len(here) == 1 and not other_of_gender(self.state, token, here, word):
                entity = next(iter(here.values()))
                vote = "m" if word in MALE else "f"
                if entity.votes["f" if vote == "m" else "m"]:
                    continue  # "Gary Ikeman left … and she ran": a name or title said
                    # otherwise; a pronoun's place is too weak a sign to outvote it
                entity.votes[vote] += self.weights.pronoun_gender_votes
                if entity.kind != "person":
                    entity.kind, entity.place = "person", False  # "Mamadou Diallo … he hid"
        for entity in self.state.entities:
            entity.update_gender()

    def tagged_bodies_repeatedly(self) -> set[int]:
        """``Red Deer did get the bid. He said …``: the entities (by number) not yet people
        that the tagger typed a body or a place in two mentions or more, and a person in
        none; a pronoun of the next sentence does not show them to be people (in its own
        sentence, ``Diallo … he hid``, it does)."""
        doc = self.state.doc
        bodies: Counter[int] = Counter()
        people: set[int] = set()
        for ev in self.state.events:
            label = doc[ev.position].ent_type_
            if label in PERSON_LABELS:
                people.add(ev.entity.number)
            elif label in ORG_LABELS | PLACE_LABELS and ev.entity.kind != "person":
                bodies[ev.entity.number] += 1
        return {number for number, count in bodies.items() if count >= 2} - people

    def owned_by_pronoun(self, position: int) -> bool:
        """``His car dealership Tru Market, which he has run …``: a name in a phrase a
        possessive pronoun owns is not what a ``he`` near it stands for (the owner is)."""
        token = self.state.doc[position]
        while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
            token = token.head
        return any(t.dep_ == "poss" and t.tag_ == "PRP$" for t in token.subtree
                   if t.i < position)

    def body_saying_it(self, entity: Entity) -> None:
        """``Corwen Water said it …``: a name nothing showed to be a person's is a body's."""
        if entity.kind == "person" and not self.animacy.named_person(entity):
            entity.kind = "organization"

    def vote_genders_from_chains(self, attributions: list[Attribution]) -> None:
        """``Lonechild said … "…," she said``: a pronoun speaker right after a named one."""
        last_named: tuple[int, Entity, int] | None = None
        for attribution in attributions:
            if attribution.speaker is None:
                continue
            span = self.state.span(attribution.speaker.start, attribution.speaker.end)
            if span is None:
                continue
            word = span.root.lower_
            paragraph = self.state.paragraph(span.start)
            if word in MALE | FEMALE and last_named is not None:
                vote = "m" if word in MALE else "f"
                other = "f" if vote == "m" else "m"
                if paragraph - last_named[0] <= self.weights.chain_paragraphs and not (
                        person_of_gender_between(self.state, last_named[2], span.start,
                                                 {last_named[1].number}, vote)) and not (
                        last_named[1].votes[other] and person_of_gender_between(
                            self.state, last_named[2], span.start, {last_named[1].number},
                            None)):
                    # (a name that says otherwise keeps its gender when someone else whose
                    # gender nothing told was named in between: "Florence X said the mayor
                    # … where he said": he may be the mayor)
                    last_named[1].votes[vote] += self.weights.chain_gender_votes
            elif span.root.pos_ == "PROPN":
                _, name_span = split_name(span, self.state.titles)
                entity = self.state.entities.find_person(name_span.text, span.start) if (
                    name_span) else None
                if entity is not None:
                    last_named = (paragraph, entity, span.start)
        for entity in self.state.entities:
            entity.update_gender()

    def resolve(self, word: str, position: int, flags: list[str],
                exclude: frozenset[int]) -> tuple[Entity | None, str]:
        """The best-scoring fitting entity of the last few sentences (see ``scores``); with
        nothing within reach, the most salient fitting one. Entities numbered in ``exclude``
        (people named inside the statement) are not its speaker."""
        scored = self.scores(word, position, exclude) or self.fallback(word, position, exclude)
        if not scored:
            flags.append("UNRESOLVED_SPEAKER")
            return None, "none"
        best_score, best = scored[0]
        if len(scored) > 1 and scored[1][0] - best_score < self.weights.ambiguity_margin:
            flags.append("AMBIGUOUS_SPEAKER")
            return best, "ambiguous"
        flags.extend(self.doubts(word, position, scored))
        if word in NEUTER and best.kind == "person":
            best.kind = "organization"  # "Corwen Water said … it added": a body after all
        elif word in MALE | FEMALE and best.kind == "organization":
            best.kind = "person"  # "Ines Varga" tagged ORG, then "she said": a person after all
        return best, "pronoun"

    def fallback(self, word: str, position: int,
                 exclude: frozenset[int]) -> list[tuple[float, Entity]]:
        """Nothing fits within reach: the most salient fitting entity of the article so far
        (under the same hard constraints)."""
        kinds = {"organization", "person"} if word in NEUTER else (
            {"organization", "group"} if word in PLURAL else {"person"})
        ranked = self.state.entities.ranked(position, kinds, places=word in NEUTER)
        acted = self.acting_before(position) if word in NEUTER else set()
        return [(self.weights.fallback_score, e) for e in ranked
                if e.number not in exclude and self.fits(word, e, acting=e.number in acted)]

    def doubts(self, word: str, position: int,
               scored: list[tuple[float, Entity]]) -> list[str]:
        """What makes a pronoun link less sure (``ConfidenceWeights.linking_doubts``): the
        antecedent is far back or only the fallback, a rival scores close behind, or what NER
        called the antecedent contradicts the pronoun."""
        w = self.weights
        best_score, best = scored[0]
        found = []
        back = self.state.sentence(position) - self.state.sentence(max(best.last_seen, 0))
        if best_score >= w.fallback_score or back >= w.far_sentences:
            found.append(doubt("far-antecedent"))
        if len(scored) > 1 and scored[1][0] - best_score < w.rival_margin:
            found.append(doubt("close-rival"))
        if label_disagrees(word, self.animacy.labels(best), self.state.constraints):
            found.append(doubt("label-disagrees"))
        return found

    def agreement(self, word: str):  # noqa: ANN202
        """Which entities a pronoun can point at: the hard constraints (``constraints.admits``)."""
        return lambda e: self.fits(word, e)

    def fits(self, word: str, entity: Entity, acting: bool = True) -> bool:
        """The hard constraints for one candidate (``constraints``): number, animacy, known
        gender, and for ``it`` a place only where it acts (``acting``) or spoke."""
        if word in MALE | FEMALE and (
                self.animacy.person_tagged_a_body(entity) == pronoun_gender(word)):
            return True  # "Ines Varga" tagged ORG: her first name says she is a woman
        if not admits(word, entity, named_person=self.animacy.named_person(entity)) or (
                names_a_way(entity, self.state.constraints)):
            return False
        if word in MALE | FEMALE and self.animacy.named_like_a_thing(entity):
            return False  # "The Special Marriage Act was passed … he said": a law is no one
        return word not in NEUTER or place_may_be_it(entity, acting)

    def scores(self, word: str, position: int, exclude: frozenset[int],
               floor: bool = True) -> list[tuple[float, Entity]]:
        """Fitting candidates of the last ``centering_sentences``, best (lowest score) first.

        Only candidates the hard constraints admit are scored (``fits``); salience then ranks
        them (``salience_score``). ``floor=False`` for a new mention (``the group said``) that
        is no continuation of the last speaker.
        """
        w = self.weights
        current = self.state.sentence(position)
        # "…," she said / "…," it said: the speaker keeps the floor, a body as much as a person
        floor_holder = self.last_fitting_speaker(word, position, exclude) if (
            floor or word in MALE | FEMALE) else None
        best: dict[int, tuple[float, Entity]] = {}
        doc = self.state.doc
        pronoun = doc[position] if position < len(doc) and doc[position].pos_ == "PRON" else None
        resumes = pronoun is not None and resumes_speech(
            pronoun, self.state.constraints, speaking=pronoun.i in self.state.speaker_tokens)
        for pos, entity, subject in reversed(self.state.history):  # newest first, so we can stop
            # sentences back, not counting quoted ones: a quotation is someone talking, not
            # the story moving on (a speaker's long quote keeps them in reach of "she said")
            distance = self.state.narrated_sentences_between(pos, position)
            if distance > w.centering_sentences:
                break
            if pos >= position or entity.number in exclude:
                continue
            if pronoun is not None and current == self.state.sent_of[pos] and (
                    bound_by_subject(doc[pos], pronoun)):
                continue  # "Unlike Al Mnajer, he …": a name in the pronoun's own clause
            acting = subject and acting_subject(self.state.doc[pos], self.state.constraints)
            if not self.fits(word, entity, acting):
                continue
            score = self.salience_score(word, entity, pos, subject, distance,
                                        self.state.topic_reaches(pos, position))
            if pronoun is not None and not subject and object_of_host_clause(doc[pos], pronoun):
                score -= w.not_subject  # "… greeted Mr McCulloch when he said": about him
            if subject and current != self.state.sent_of[pos] and subject_under_a_persons_verb(
                    doc[pos]):
                score += w.not_subject  # "X wondered how Mr Vale got there. He said …": X
            if entity is floor_holder:
                score -= w.last_speaker_bonus
            if resumes and not entity.spoke:
                score += w.silent_resumer_penalty  # "he added": he spoke before
            if entity.number not in best or score < best[entity.number][0]:
                best[entity.number] = (score, entity)
        return sorted(best.values(), key=lambda item: item[0])

    def clear_referent(self, word: str, position: int, exclude: frozenset[int],
                       margin: float) -> Entity | None:
        """The best-scored candidate for a pronoun, when no runner-up is within ``margin``."""
        scored = self.scores(word, position, exclude)
        if not scored or len(scored) > 1 and scored[1][0] - scored[0][0] < margin:
            return None
        return scored[0][1]

    def salience_score(self, word: str, entity: Entity, pos: int, subject: bool,
                       distance: int, topic_reaches: bool = True) -> float:
        """Lower is better: each feature (``salience_features``) times the weight of the same
        name in ``ResolverWeights`` (a bonus is a feature of -1)."""
        w = self.weights
        return sum(value * getattr(w, name)
                   for name, value in self.salience_features(
                       word, entity, pos, subject, distance, topic_reaches).items())

    def salience_features(self, word: str, entity: Entity, pos: int, subject: bool,
                          distance: int, topic_reaches: bool = True) -> dict[str, float]:
        """What makes an antecedent at ``pos`` less likely (positive) or more (negative),
        by the name of its weight: sentences back, not a subject or speaker (less if only
        introduced by full name as an object, more inside an adverbial phrase), spoke, a
        paragraph's opening subject, a description, the gender unknown, a one-word name nobody
        titled or quoted, a public (``Canadians``) as ``they``."""
        doc = self.state.doc
        features: dict[str, float] = {"sentence_distance": distance}
        if not subject:
            features["not_subject"] = 1
            if adverbial_oblique(doc[pos]):
                features["adverbial_penalty"] = 1  # "closed at $9 on the Nasdaq": scenery
        if entity.spoke:
            features["spoke_bonus"] = -1
        if subject and not entity.spoke and not grammatical_subject(doc[pos]):
            features["introduced_object_penalty"] = 1  # "… met Clara Holm": in focus
        if subject and topic_reaches and self.state.leads_paragraph(pos) and not (
                prepositional_object(doc[pos])):
            features["paragraph_subject_bonus"] = -1  # the paragraph is about it
        if entity.described and not entity.spoke:
            features["described_penalty"] = 1  # "a spokesperson" is weaker than a name …
            # … until it speaks: "The minister explained …. “…,” he stated"
        features["main_clause_tiebreak"] = pos - self.state.sent_start[pos]
        if word in NEUTER and entity.place and not subject:
            features["place_as_it_penalty"] = 1
        if word in NEUTER and entity.kind == "person":
            features["presumed_person_penalty"] = 1  # a body the parser took for a person
        if word in PLURAL and self.animacy.population(entity) and not entity.spoke:
            features["population_penalty"] = 1  # "they said": the party, not the electorate
            # (unless the public spoke: "according to the residents, … They said")
        if word in MALE | FEMALE and entity.gender != pronoun_gender(word):
            features["gender_unknown_penalty"] = 1
        if word in MALE | FEMALE and not plausible_person(entity):
            features["implausible_person_penalty"] = 1
        return features

    def last_fitting_speaker(self, word: str, position: int,
                             exclude: frozenset[int]) -> Entity | None:
        """Who of those the pronoun may mean spoke last before ``position``: ``it said``
        continues the body that spoke last even if a person spoke since."""
        spoken = [e for e in self.state.entities if 0 <= e.last_spoke < position
                  and e.number not in exclude and self.fits(word, e)]
        return max(spoken, key=lambda e: e.last_spoke, default=None)

    def acting_before(self, position: int) -> set[int]:
        """The entities that were an acting subject somewhere before ``position`` (``it`` may
        be a place that acted, however far back)."""
        constraints = self.state.constraints
        return {e.number for pos, e, subject in self.state.history
                if subject and pos < position and acting_subject(self.state.doc[pos], constraints)}

    def in_focus(self, position: int, exclude: frozenset[int]) -> Entity | None:
        """The person the last sentences are about (best centering score, either gender)."""
        scores: dict[int, tuple[float, Entity]] = {}
        for word in ("he", "she"):
            for score, entity in self.scores(word, position, exclude):
                if plausible_person(entity) and (
                        entity.number not in scores or score < scores[entity.number][0]):
                    scores[entity.number] = (score, entity)
        ranked = sorted(scores.values(), key=lambda item: item[0])
        return ranked[0][1] if ranked else None


def other_of_gender(state: ArticleState, pronoun: Token, subjects: dict[int, Entity],
                    word: str) -> bool:
    """``Judge Nelson introduced Toombs and she spoke``: another person of the pronoun's
    known gender named earlier in its sentence may be whom it means, so it is no evidence of
    the subject's gender."""
    return person_of_gender_between(state, pronoun.sent.start, pronoun.i, set(subjects),
                                    "m" if word in MALE else "f")


def person_of_gender_between(state: ArticleState, start: int, end: int, others: set[int],
                             gender: str | None) -> bool:
    """Whether a person of ``gender`` (None: of a gender nothing told), not numbered in
    ``others``, is named between tokens ``start`` and ``end``."""
    events = state.events
    first = bisect.bisect_left(events, start, key=lambda ev: ev.position)
    last = bisect.bisect_left(events, end, key=lambda ev: ev.position)
    return any(ev.entity.kind == "person" and ev.entity.number not in others
               and ev.entity.gender == gender for ev in events[first:last])


def resumes_speech(pronoun: Token, constraints: Constraints, speaking: bool = False) -> bool:
    """``he added``, ``she continued``: the pronoun is the subject of a verb that goes on
    with what its subject said before (rules/verb_classes.jsonl, resumption); so does a
    cue (``speaking``: the pronoun speaks a quote) with ``also`` before it: ``he also said``
    adds to what its subject said."""
    if pronoun.dep_ != "nsubj":
        return False
    verb = pronoun.head
    return verb.lemma_.lower() in constraints.resumption_verbs or speaking and any(
        c.dep_ == "advmod" and c.lower_ == "also" and pronoun.i < c.i < verb.i
        for c in verb.children)
