"""Pronouns: ``he said``, ``it added``, ``they say`` resolved by agreement and centering.

A pronoun goes to the best-scoring entity of the last few sentences that agrees with it in
kind, number and (known) gender: whoever was the subject, spoke, or was mentioned most recently
(see ``ResolverWeights``). Genders are learnt from the article as it goes: titles, first names,
and pronoun subjects that follow a named one.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Attribution
from .confidence import doubt
from .constraints import admits
from .entities import FEMALE, MALE, NEUTER, PLURAL, Entity, name_like, plausible_person
from .spans import split_name
from .state import ArticleState


class Pronouns:
    """Gender evidence and pronoun resolution for one article."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.weights = state.weights

    def vote_genders_from_pronouns(self) -> None:
        """``Lonechild said she …``: a subject pronoun whose sentence (or the sentence before)
        has exactly one person as subject is evidence of that person's gender."""
        subjects: dict[int, list[tuple[int, Entity]]] = defaultdict(list)
        for ev in self.state.events:
            if ev.subject and (ev.entity.kind == "person"
                               or name_like(ev.entity, self.state.rules.org_words)):
                subjects[self.state.sent_of[ev.position]].append((ev.position, ev.entity))
        for token in self.state.doc:
            word = token.lower_
            if self.state.quoted[token.i] or token.dep_ not in {"nsubj", "nsubjpass"} or (
                    word not in MALE and word not in FEMALE):
                continue
            sentence = self.state.sent_of[token.i]
            here = {e.number: e for p, e in subjects.get(sentence, []) if p < token.i}
            if not here and not any(p < token.i for p, _ in subjects.get(sentence, [])):
                here = {e.number: e for _, e in subjects.get(sentence - 1, [])}
            if len(here) == 1:
                entity = next(iter(here.values()))
                entity.votes["m" if word in MALE else "f"] += self.weights.pronoun_gender_votes
                if entity.kind != "person":
                    entity.kind, entity.place = "person", False  # "Mamadou Diallo … he hid"
        for entity in self.state.entities:
            entity.update_gender()

    def vote_genders_from_chains(self, attributions: list[Attribution]) -> None:
        """``Lonechild said … "…," she said``: a pronoun speaker right after a named one."""
        last_named: tuple[int, Entity] | None = None
        for attribution in attributions:
            if attribution.speaker is None:
                continue
            span = self.state.span(attribution.speaker.start, attribution.speaker.end)
            if span is None:
                continue
            word = span.root.lower_
            paragraph = self.state.text.count("\n", 0, attribution.speaker.start)
            if word in MALE | FEMALE and last_named is not None:
                if paragraph - last_named[0] <= self.weights.chain_paragraphs:
                    vote = "m" if word in MALE else "f"
                    last_named[1].votes[vote] += self.weights.chain_gender_votes
            elif span.root.pos_ == "PROPN":
                _, name_span = split_name(span, self.state.titles)
                entity = self.state.entities.find_person(name_span.text, span.start) if (
                    name_span) else None
                if entity is not None:
                    last_named = (paragraph, entity)
        for entity in self.state.entities:
            entity.update_gender()

    def resolve(self, word: str, position: int, flags: list[str],
                exclude: frozenset[int]) -> tuple[Entity | None, str]:
        """The best-scoring fitting entity of the last few sentences (see ``scores``); with
        nothing within reach, the most salient fitting one. Entities numbered in ``exclude``
        (people named inside the statement) are not its speaker."""
        scored = self.scores(word, position, exclude)
        if not scored:
            accept = self.agreement(word)
            kinds = {"organization"} if word in NEUTER else (
                {"organization", "group"} if word in PLURAL else {"person"})
            ranked = self.state.entities.ranked(position, kinds, places=word in NEUTER)
            fallback = [e for e in ranked if accept(e) and e.number not in exclude]
            scored = [(self.weights.fallback_score, e) for e in fallback]
        if not scored:
            flags.append("UNRESOLVED_SPEAKER")
            return None, "none"
        best_score, best = scored[0]
        if len(scored) > 1 and scored[1][0] - best_score < self.weights.ambiguity_margin:
            flags.append("AMBIGUOUS_SPEAKER")
            return best, "ambiguous"
        back = self.state.sentence(position) - self.state.sentence(max(best.last_seen, 0))
        if best_score >= self.weights.fallback_score or back >= self.weights.far_sentences:
            flags.append(doubt("far-antecedent"))
        return best, "pronoun"

    def agreement(self, word: str):  # noqa: ANN202
        """Which entities a pronoun can point at: the hard constraints (``constraints.admits``)."""
        return lambda e: admits(word, e)

    def scores(self, word: str, position: int, exclude: frozenset[int],
               floor: bool = True) -> list[tuple[float, Entity]]:
        """Lower is better: sentences back x10, +6 if not a subject or speaker, +5 if the gender
        is unknown, +8 for a one-word name nobody titled or quoted (often a mis-tagged place)
        (the weights are ``ResolverWeights``).
        """
        w = self.weights
        accept = self.agreement(word)
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        current = self.state.sentence(position)
        best: dict[int, tuple[float, Entity]] = {}
        # "…," she said / "…," it said: the speaker keeps the floor, a body as much as a person
        # (a description, "the group said", is a new mention, not a continuation: floor=False)
        last_speaker = self.state.entities.last_speaker(position) if (
            floor or gender) else None
        for pos, entity, subject in reversed(self.state.history):  # newest first, so we can stop
            distance = current - self.state.sent_of[pos]
            if distance > w.centering_sentences:
                break
            if pos >= position:
                continue
            if entity.number in exclude or not accept(entity):
                continue
            score = distance * w.sentence_distance + (0 if subject else w.not_subject) - (
                w.spoke_bonus if entity.spoke else 0)
            if entity is last_speaker:
                score -= w.last_speaker_bonus  # "…," she said: the speaker keeps the floor
            if entity.described:
                score += w.described_penalty  # "a spokesperson" is weaker than a named person
            # a tie goes to the main clause
            score += w.main_clause_tiebreak * (pos - self.state.sent_start[pos])
            if word in NEUTER and entity.place and not subject:
                score += w.place_as_it_penalty
            if gender is not None:
                score += 0 if entity.gender == gender else w.gender_unknown_penalty
                score += 0 if plausible_person(entity) else w.implausible_person_penalty
            if entity.number not in best or score < best[entity.number][0]:
                best[entity.number] = (score, entity)
        return sorted(best.values(), key=lambda item: item[0])

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

