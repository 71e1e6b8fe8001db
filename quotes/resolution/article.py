"""The reading-order walk that resolves every speaker mention of one article.

Entities are collected first (``names``); then names, pronoun subjects and speaker mentions are
visited in text order, so salience is what a reader knows at that point: whoever spoke last, or
was the subject last, is the likeliest referent of ``he said``. Each mention is offered to the
passes of ``SIEVE`` in order, most precise first, and the first that takes its form decides
(``names``, ``descriptions`` with ``documents``, ``pronouns`` last); a quote with no cue
inherits the speaker of the quote it continues. Who each quote's speaker is gets named
only at the end, so a fuller name learnt later in the article still reaches earlier quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..attribution.mentions import speaker_mention
from ..model import Attribution, Speaker
from .confidence import doubt, is_doubt, name_doubts, name_shape_doubts
from .config import ResolverWeights
from .descriptions import Descriptions
from .documents import Documents
from .entities import (
    DEFINITE,
    FEMALE,
    MALE,
    PRONOUNS,
    Entity,
    MentionEvent,
    speaker_of,
)
from .floor import floating_doubts, introduced_before
from .forms import office_after_body_name, role_phrase_ending_in_name
from .inside import addressed_beside, named_inside
from .names import NameResolver
from .pairs import PLURAL_PERSONAL, people_joined_before
from .pronouns import Pronouns
from .spans import apposed_person, conjoined, self_named_person, strip_article
from .state import ArticleState, ResolutionRules
from .unnamed import plural_person_subject, relaying, unnamed_person_subject

Reference = Entity | tuple[Entity, ...]  # one speaker, or several speaking together
PERSONAL = frozenset({"i", "me", "we", "us", "you"})  # first and second person


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


def through_preposition(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs on ``root`` through a preposition (``Friends of Ana Ruiz``):
    then the proper noun names someone the description is about, not the description."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


class ArticleResolver:
    """Entities of one article and the reading-order walk that resolves speaker mentions."""

    def __init__(self, doc: Doc, rules: ResolutionRules,
                 weights: ResolverWeights | None = None) -> None:
        self.state = ArticleState.of(doc, rules, weights or ResolverWeights())
        self.names = NameResolver(self.state)
        self.pronouns = Pronouns(self.state)
        self.documents = Documents(self.state, self.names)
        self.descriptions = Descriptions(self.state, self.pronouns, self.documents)
        # speaker mention (start, end) -> (who, how, flags): one mention is resolved once
        self.cache: dict[tuple[int, int], tuple[Reference | None, str, list[str]]] = {}
        # attribution number -> (entity or group of entities, mention as written)
        self.refs: dict[int, tuple[Reference, str | None]] = {}
        self.names.collect_entities()
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
        steps: list[tuple[int, int, object]] = [(ev.position, 0, ev) for ev in self.state.events]
        speaker_tokens = set()
        for n, attribution in enumerate(attributions):
            anchor = attribution.speaker.start if attribution.speaker else attribution.quote.start
            steps.append((self.state.token_at(anchor), 1, n))
            speaker_tokens.add(self.state.token_at(anchor))
        for attribution in attributions:
            if attribution.speaker is not None:
                mention = self.state.span(attribution.speaker.start, attribution.speaker.end)
                if mention is not None:
                    speaker_tokens.update(range(mention.start, mention.end))
        self.state.speaker_tokens = speaker_tokens
        for token in self.state.subjects():
            if token.i in speaker_tokens:
                continue
            if token.lower_ in MALE | FEMALE or self.descriptions.anaphoric_description(
                    token) or unnamed_person_subject(self.state, token) or (
                    plural_person_subject(self.state, token)):
                steps.append((token.i, 2, token))
        for position, _order, payload in sorted(steps, key=lambda s: (s[0], s[1])):
            if isinstance(payload, MentionEvent):
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
        return resolved

    def doubts(self) -> list[list[str]]:
        """Per attribution of the last ``resolve``: the linking doubts met (for confidence)."""
        return [outcome.doubts for outcome in self.outcomes]

    def _follow_pronoun(self, token: Token) -> None:
        """``He failed every course …``, ``the mayor brought up the plan …``: keep the topic
        chain going between quotes, so the next ``he said`` finds who the text is about."""
        exclude: frozenset[int] = frozenset()
        if token.pos_ == "NOUN":
            span = speaker_mention(token, self.state.rules.institutions,
                                   self.state.rules.first_names, self.state.titles.roles)
            entry = self.state.noun_entry(token)
            entity = self.descriptions.antecedent(span, entry, token.i, exclude) if (
                self.descriptions.anaphoric_description(token)) else None
            if entity is None and (unnamed_person_subject(self.state, token, definite=True) or (
                    plural_person_subject(self.state, token))):
                # "And one juror sent a message. '…,' he said": somebody unnamed in focus;
                # "The MPs proposed …. However, they argued": the people, not the committee
                entity = self.descriptions.written.as_written(span, entry, token.i)
            if entity is not None:
                entity.seen(token.i, subject=True)
                self.state.remember(token.i, entity, True)
            return
        scored = self.pronouns.scores(token.lower_, token.i, exclude)
        margin = self.state.weights.ambiguity_margin
        if scored and (len(scored) == 1 or scored[1][0] - scored[0][0] >= margin):
            entity = scored[0][1]
            entity.seen(token.i, subject=True)
            self.state.remember(token.i, entity, True)

    def _inherit(self, n: int, attribution: Attribution, position: int) -> None:
        """A quote with no cue continues the speaker of the quote before it (doubtful where
        the floor may have passed: ``floor``)."""
        assert attribution.continues is not None
        source = self.refs.get(attribution.continues)
        outcome = self.outcomes[n]
        if source is None:
            outcome.resolution = "none"
            outcome.flag("MISSING_SPEAKER")
            return
        if (person := introduced_before(self.state, source[0], position)) is not None:
            self.refs[n] = (person, None)  # "Ana Ruiz welcomes the move." then the quote
            outcome.resolution = "introduced"
            person.seen(position, spoke=True)
            self.state.remember(position, person, True)
            return
        self.refs[n] = (source[0], None)
        outcome.resolution = "inherited"
        since = self.anchors.get(attribution.continues)
        if since is not None:
            floating = self.outcomes[attribution.continues].resolution == "inherited"
            for code in floating_doubts(self.state, source[0], since, position, floating):
                outcome.flag(code)

    def _no_speaker(self, n: int, position: int) -> None:
        """A cue (or quote) with no speaker: flag it and suggest, never assume, who it was."""
        outcome = self.outcomes[n]
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
            speaker, how = self._resolve_mention(attribution.speaker.start,
                                                 attribution.speaker.end, position, flags, exclude)
            self.cache[key] = (speaker, how, flags)
        ref, how, flags = self.cache[key]
        outcome = self.outcomes[n]
        outcome.resolution = how
        if ref is not None:
            self.refs[n] = (ref, attribution.speaker.text)
        for code in flags:
            outcome.flag(code)

    # The sieve: passes from the most to the least precise (Lee et al. 2013). Each takes the
    # mentions of its form and returns (entity, how), or None to leave the mention to the next.
    SIEVE = ("_exact_or_name_part", "_new_name", "_role_then_name", "_apposed_name",
             "_named_description", "_description", "_pronoun")

    def _resolve_mention(self, start: int, end: int, position: int, flags: list[str],
                         exclude: frozenset[int]) -> tuple[Reference | None, str]:
        """Who one speaker mention is: the first pass of ``SIEVE`` that takes its form."""
        span = self.state.span(start, end)
        if span is None or len(span) == 0:
            return None, "none"
        parts = conjoined(span, self.state.titles.roles)
        if len(parts) > 1:
            return self._resolve_group(parts, position, flags, exclude), "name"
        span = parts[0]
        entity, how = None, "none"
        for name in self.SIEVE:
            found = getattr(self, name)(span, position, flags, exclude)
            if found is not None:
                entity, how = found
                break
        if entity is None or isinstance(entity, tuple):
            return entity, how  # nobody, or people together ("they" for a pair just named)
        if how == "name":
            flags.extend(name_doubts(self.state, span, entity))
        # "… the budget, which he said is underfunded": a remark in a relative clause is the
        # story's aside about its subject, not the speaker taking the floor
        entity.seen(position, subject=True, spoke=not self._relative_aside(span))
        self.state.remember(position, entity, True)
        return entity, how

    @staticmethod
    def _relative_aside(span: Span) -> bool:
        return span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.dep_ == "relcl"

    @staticmethod
    def _is_pronoun(span: Span) -> bool:
        return span.root.lower_ in PRONOUNS and span.root.pos_ == "PRON"

    @staticmethod
    def _is_personal(span: Span) -> bool:
        """``I``, ``we``, ``you``: the writer or the one addressed, never a name, however the
        tagger read the capital ``I`` (a hard constraint: no entity is made of it)."""
        return len(span) == 1 and span.root.lower_ in PERSONAL

    def _exact_or_name_part(self, span: Span, position: int, flags: list[str],
                            exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """Exact, acronym and name-part matches to someone already named (``Okafor``,
        ``Dr. Marsh``, ``the RHA``), across the labels NER gave."""
        if self._is_pronoun(span) or self._is_personal(span):
            return None
        known = self.names.known_name(span)
        return (known, "name") if known is not None else None

    def _new_name(self, span: Span, position: int, flags: list[str],
                  exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """A proper name the article has not linked yet: matched or made an entity."""
        if self._is_pronoun(span) or self._is_personal(span) or not self.names.is_name(span):
            return None
        return self.names.resolve_name(span), "name"

    def _role_then_name(self, span: Span, position: int, flags: list[str],
                        exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``council cabinet member for transport Manda Rigby said``: that person, with the
        role (``forms.role_phrase_ending_in_name``)."""
        if not role_phrase_ending_in_name(span, self.state.titles):
            return None
        return self.names.resolve_name(span), "name"

    def _apposed_name(self, span: Span, position: int, flags: list[str],
                      exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``The head of research at Harbor Bank, Ian Moss, said``: a description with a
        person's name set between commas right after it is that person, wherever the parser
        hung the name; the description is the role."""
        root = span.root
        if root.tag_ in {"NNS", "NNPS"} or root.pos_ != "NOUN" and not (
                root.pos_ == "PROPN" and span[0].lower_ == "the"
                and self.state.titles.is_title(root.text)):
            return None  # "Relatives of the victim, Omar Haddad,": several are not Haddad
        name = apposed_person(span, self.state.titles)
        if name is None and (name := self_named_person(span, self.state.rules.self_naming)):
            entity = self.state.entities.find_person(name.text, name.start) or (
                self.state.entities.new("person", names=[name.text]))
            entity.set_role(strip_article(span.text), from_speech=True)
            return entity, "name"
        if name is None:
            return None
        entity = self.names.resolve_name(name)
        entity.set_role(strip_article(span.text), from_speech=True)
        return entity, "name"

    def _named_description(self, span: Span, position: int, flags: list[str],
                           exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``Cisco System's Talos cybersecurity unit``: a description that names itself."""
        root = span.root
        if self._is_pronoun(span) or self._is_personal(span) or not any(
                t.pos_ == "PROPN" and t.text[:1].isupper() and not through_preposition(t, root)
                for t in span) or (
                self.names.definite_description(span)) or (
                root.pos_ == "NOUN" and self.state.noun_entry(root)) or (
                self._short_form(span)) or office_after_body_name(span, self.state.titles) or (
                self.state.titles.is_title(span.text)):  # "…, Mayor emphasized": an office
            return None
        return self.names.named_description(span), "name"


    def _short_form(self, span: Span) -> bool:
        """``the Department``, ``the Committee``: a press release's capitalised short form of
        the body it named in full, whose one word is a speaker noun (however NER labelled it).
        It names nothing by itself, so it is left to the descriptions, which find that body."""
        words = [t for t in span if t.is_alpha]
        return len(words) == 2 and words[0].lower_ in DEFINITE and bool(
            self.state.noun_entry(words[1]))

    def _description(self, span: Span, position: int, flags: list[str],
                     exclude: frozenset[int]) -> tuple[Entity | None, str] | None:
        """Descriptions and documents (``descriptions``): apposition and role, forward
        reference, open-vocabulary heads, issuers; else the description as written."""
        if self._is_pronoun(span):
            return None
        return self.descriptions.resolve(span, position, flags, exclude)

    def _pronoun(self, span: Span, position: int, flags: list[str],
                 exclude: frozenset[int]) -> tuple[Reference | None, str] | None:
        """Pronouns last, under the hard constraints (``constraints``) and by salience;
        ``they`` right after two people named together is the pair (``pairs``)."""
        word = span.root.lower_
        if word in PLURAL_PERSONAL and (pair := people_joined_before(self.state, span.start)):
            group = self._resolve_group(pair, position, [], exclude)
            if group is not None and all(member.kind != "organization" and not member.place
                                         for member in group):  # tagged people, not bodies
                return group, "pronoun"
        return self.pronouns.resolve(word, position, flags, exclude)

    def _resolve_group(self, parts: list[Span], position: int, flags: list[str],
                       exclude: frozenset[int]) -> tuple[Entity, ...] | None:
        """``Sandmann and Phillips`` -> ``Nick Sandmann and Nathan Phillips``."""
        members = []
        for part in parts:
            member, _ = self._resolve_mention(part.start_char, part.end_char, position, flags,
                                              exclude)
            if isinstance(member, Entity):
                members.append(member)
        return tuple(members) if len(members) > 1 else None

