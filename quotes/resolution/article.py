"""The reading-order walk that resolves every speaker mention of one article.

Entities are collected first (``names``); then names, pronoun subjects and speaker mentions are
visited in text order, so salience is what a reader knows at that point: whoever spoke last, or
was the subject last, is the likeliest referent of ``he said``. Each mention is offered to the
passes of ``sieve.Sieve`` in order, most precise first, and the first that takes its form
decides (``names``, ``descriptions`` with ``documents``, ``pronouns`` last); a quote with no cue
inherits the speaker of the quote it continues. Who each quote's speaker is gets named
only at the end, so a fuller name learnt later in the article still reaches earlier quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..attribution.mentions import speaker_mention
from ..model import Attribution, Speaker
from .confidence import doubt, is_doubt, name_shape_doubts, on_caption_line
from .config import ResolverWeights
from .descriptions import Descriptions, anaphoric_description
from .documents import Documents
from .entities import (
    FEMALE,
    MALE,
    Entity,
    MentionEvent,
    speaker_of,
)
from .floor import (
    floating_doubts,
    introduced_before,
    introduced_in_sentence_before,
    narrated_by_pronoun_before,
)
from .headline import complete_from_headline
from .inside import addressed_beside, named_inside
from .names import NameResolver
from .pronouns import Pronouns
from .sieve import Reference, Sieve
from .state import ArticleState, ResolutionRules
from .unnamed import body_noun_subject, plural_person_subject, relaying, unnamed_person_subject


@dataclass
class Outcome:
    """What resolution found for one quote, kept apart from the attribution step's record."""

    resolution: str = ""
    flags: list[str] = field(default_factory=list)
    suggestion: str | None = None
    doubts: list[str] = field(default_factory=list)  # lower confidence, raise no audit flag

    def flag(self, code: str) -> None:
        found = self.doubts if is_doubt(code) else self.flags
        if code not in found:
            found.append(code)

    def applied_to(self, attribution: Attribution,
                   ref: tuple[Reference, str | None] | None) -> Attribution:
        """A new attribution: the found speaker, how it was found, and any new flags."""
        return replace(
            attribution,
            resolved=speaker_of(*ref) if ref is not None else attribution.resolved,
            resolution=self.resolution or attribution.resolution,
            flags=attribution.flags + [c for c in self.flags if c not in attribution.flags],
            suggestion=self.suggestion if self.suggestion is not None else attribution.suggestion,
        )


# resolutions that claim no name (already less sure) or take their source's confidence
UNLINKED = frozenset({"inherited", "as written", "ambiguous", "none"})


def speaker_tokens_of(state: ArticleState, attributions: list[Attribution]) -> set[int]:
    """The tokens where an attribution is anchored (its speaker's first token, or its quote's
    when it has none) and every token of a speaker mention: the passes ask whether a name or
    a pronoun is somebody's speaker."""
    tokens = set()
    for attribution in attributions:
        anchor = attribution.speaker.start if attribution.speaker else attribution.quote.start
        tokens.add(state.token_at(anchor))
        if attribution.speaker is not None:
            mention = state.span(attribution.speaker.start, attribution.speaker.end)
            if mention is not None:
                tokens.update(range(mention.start, mention.end))
    return tokens


class ArticleResolver:
    """Entities of one article and the reading-order walk that resolves speaker mentions."""

    def __init__(self, doc: Doc, rules: ResolutionRules,
                 weights: ResolverWeights | None = None) -> None:
        self.state = ArticleState.of(doc, rules, weights or ResolverWeights())
        self.names = NameResolver(self.state)
        self.pronouns = Pronouns(self.state)
        self.documents = Documents(self.state, self.names)
        self.descriptions = Descriptions(self.state, self.pronouns, self.documents)
        self.sieve = Sieve(self.state, self.names, self.descriptions, self.pronouns)
        # speaker mention (start, end) -> (who, how, flags): one mention is resolved once
        self.cache: dict[tuple[int, int], tuple[Reference | None, str, list[str]]] = {}
        # attribution number -> (entity or group of entities, mention as written)
        self.refs: dict[int, tuple[Reference, str | None]] = {}
        self.names.collect_entities()
        complete_from_headline(self.state)
        self.state.events.sort(key=lambda ev: ev.position)
        self.event_positions = [ev.position for ev in self.state.events]
        self.pronouns.vote_genders_from_pronouns()

    @property
    def entities(self) -> list[Entity]:
        return list(self.state.entities)

    def speakers(self) -> list[Speaker]:
        return self.state.entities.speakers()

    def resolve(self, attributions: list[Attribution]) -> list[Attribution]:
        """Resolve every attribution's speaker in reading order (salience is updated as we go).

        Returns new attributions with ``resolved``, ``resolution``, ``suggestion`` and the flags
        resolution raised; the attribution step's records are left as they were.
        """
        self.outcomes = [Outcome() for _ in attributions]
        self.attributions = attributions
        self.anchors: dict[int, int] = {}  # attribution number -> token it was resolved at
        self.pronouns.vote_genders_from_chains(attributions)
        self.state.speaker_tokens = speaker_tokens_of(self.state, attributions)
        steps = self._reading_order(attributions)
        for position, payload in steps:
            if isinstance(payload, MentionEvent):
                if self._namesake_speaker(payload):
                    continue  # the speaker's resolution below decides which namesake it is
                payload.entity.seen(position, subject=payload.subject)
                self.state.remember(position, payload.entity, payload.subject)
                continue
            if isinstance(payload, Token):
                self._follow_pronoun(payload)
                continue
            n = payload  # type: ignore[assignment]
            self.anchors[n] = position
            attribution = attributions[n]
            if attribution.speaker is not None:
                self._resolve_speaker(n, attribution, position)
            elif attribution.continues is not None:
                self._inherit(n, attribution, position)
            else:
                self._no_speaker(n, position)
        resolved = [self.outcomes[n].applied_to(attribution, self.refs.get(n))
                    for n, attribution in enumerate(attributions)]
        for outcome, attribution in zip(self.outcomes, resolved, strict=True):
            if attribution.resolved is not None and outcome.resolution not in UNLINKED:
                for code in name_shape_doubts(attribution.resolved.name, self.state.titles):
                    outcome.flag(doubt(code))
            if on_caption_line(self.state.doc.text, attribution.quote.start):
                outcome.flag(doubt("caption"))
        return resolved

    def _namesake_speaker(self, event: MentionEvent) -> bool:
        """``Rankin said`` after ``Kira Rankin`` and ``Emily Rankin, …, said``: a speaker's
        bare surname that several people met so far bear. Names are collected before the
        walk, when nobody has spoken, so the collected namesake is only the first; the walk's
        own lookup, which knows who spoke last, is left to choose."""
        token = self.state.doc[event.position]
        if event.position not in self.state.speaker_tokens or event.entity.kind != "person":
            return False
        if token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN":
            return False  # a name of several words is no bare surname
        return self.state.entities.people_sharing(token.text, event.entity) > 0

    def _reading_order(self, attributions: list[Attribution]) -> list[tuple[int, object]]:
        """What the walk meets, in text order: each named mention (a ``MentionEvent``), each
        attribution (its number, at its speaker or its quote), and each subject pronoun or
        anaphoric description that speaks no quote (a ``Token``) to keep the topic chain; a
        mention comes before an attribution at the same token, and both before a subject."""
        steps: list[tuple[int, int, object]] = [(ev.position, 0, ev) for ev in self.state.events]
        for n, attribution in enumerate(attributions):
            anchor = attribution.speaker.start if attribution.speaker else attribution.quote.start
            steps.append((self.state.token_at(anchor), 1, n))
        for token in self.state.subjects():
            if token.i in self.state.speaker_tokens:
                continue
            if token.lower_ in MALE | FEMALE or anaphoric_description(self.state, token) or (
                    unnamed_person_subject(self.state, token)) or (
                    plural_person_subject(self.state, token)) or (
                    body_noun_subject(self.state, token)):
                steps.append((token.i, 2, token))
        return [(position, payload) for position, _order, payload in sorted(
            steps, key=lambda s: (s[0], s[1]))]

    def doubts(self) -> list[list[str]]:
        """Per attribution of the last ``resolve``: the linking doubts met (for confidence)."""
        return [outcome.doubts for outcome in self.outcomes]

    def _follow_pronoun(self, token: Token) -> None:
        """``He failed every course …``, ``the mayor brought up the plan …``: keep the topic
        chain going between quotes, so the next ``he said`` finds who the text is about."""
        exclude: frozenset[int] = frozenset()
        if token.pos_ == "NOUN" or anaphoric_description(self.state, token):
            span = speaker_mention(token, self.state.rules.institutions,
                                   self.state.rules.first_names, self.state.titles.roles)
            entry = self.state.noun_entry(token)
            entity = self.descriptions.antecedent(span, entry, token.i, exclude) if (
                anaphoric_description(self.state, token)) else None
            if entity is None and (unnamed_person_subject(self.state, token, definite=True) or (
                    plural_person_subject(self.state, token)) or (
                    body_noun_subject(self.state, token))):
                # "And one juror sent a message. '…,' he said": somebody unnamed in focus;
                # "The MPs proposed …. However, they argued": the people, not the committee
                entity = self.descriptions.written.as_written(span, entry, token.i)
            if entity is not None:
                entity.seen(token.i, subject=True)
                self.state.remember(token.i, entity, True)
            return
        entity = self.pronouns.clear_referent(token.lower_, token.i, exclude,
                                              self.state.weights.ambiguity_margin)
        if entity is not None:
            entity.seen(token.i, subject=True)
            self.state.remember(token.i, entity, True)

    def _inherit(self, n: int, attribution: Attribution, position: int) -> None:
        """A quote with no cue continues the speaker of the quote before it (doubtful where
        the floor may have passed: ``floor``)."""
        assert attribution.continues is not None
        source = self.refs.get(attribution.continues)
        outcome = self.outcomes[n]
        if source is None:
            self._no_speaker(n, position)  # it continues a quote nobody was found for
            return
        if (person := introduced_before(self.state, source[0], position)) is not None or (
                person := introduced_in_sentence_before(self.state, source[0], position)):
            self._hand_to_introduced(n, person, position)  # "Ana Ruiz welcomes the move."
            return
        self.refs[n] = (source[0], None)
        outcome.resolution = "inherited"
        since = self.anchors.get(attribution.continues)
        if since is not None:
            floating = self.outcomes[attribution.continues].resolution == "inherited"
            for code in floating_doubts(self.state, source[0], since, position, floating):
                outcome.flag(code)

    def _hand_to_introduced(self, n: int, person: Entity, position: int) -> None:
        """The floating quote ``n`` is the person the paragraph before introduced, who now
        speaks (``floor.introduced_before``)."""
        self.refs[n] = (person, None)
        self.outcomes[n].resolution = "introduced"
        person.seen(position, spoke=True)
        self.state.remember(position, person, True)

    def _no_speaker(self, n: int, position: int) -> None:
        """A cue (or quote) with no speaker: flag it and suggest, never assume, who it was."""
        outcome = self.outcomes[n]
        if self.attributions[n].rule == "direct:floating" and (
                (person := introduced_before(self.state, None, position)) is not None or (
                    person := introduced_in_sentence_before(self.state, None, position))):
            # "Navarroli believes it needn't change." then a paragraph that is only the
            # quote, with nobody speaking in the paragraphs before it to continue
            self._hand_to_introduced(n, person, position)
            return
        if self.attributions[n].rule == "direct:floating" and (
                person := narrated_by_pronoun_before(self.state, self.pronouns, position)):
            self._hand_to_introduced(n, person, position)  # "… he had not heard anything."
            return
        outcome.resolution = "none"
        outcome.flag("MISSING_SPEAKER")
        ranked = self.state.entities.ranked(position, {"person", "organization"})
        speakers = [e for e in ranked if e.spoke]
        if speakers:
            outcome.suggestion = speakers[0].canonical

    def _resolve_speaker(self, n: int, attribution: Attribution, position: int) -> None:
        """Resolve once per mention: ``He acknowledged … and expressed …`` is one person."""
        assert attribution.speaker is not None
        key = (attribution.speaker.start, attribution.speaker.end)
        if key not in self.cache:
            flags: list[str] = []
            exclude = named_inside(self.state, self.event_positions, attribution) | relaying(
                self.state, attribution, self.attributions, self.refs) | addressed_beside(
                self.state, self.event_positions, attribution)
            speaker, how = self.sieve.resolve(attribution.speaker.start, attribution.speaker.end,
                                              position, flags, exclude)
            self.cache[key] = (speaker, how, flags)
        ref, how, flags = self.cache[key]
        outcome = self.outcomes[n]
        outcome.resolution = how
        if ref is not None:
            self.refs[n] = (ref, attribution.speaker.text)
        for code in flags:
            outcome.flag(code)
