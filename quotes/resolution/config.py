"""Every weight the resolver uses, in one place per component.

The numbers were tuned on the development set; keeping them in frozen dataclasses (rather than
inline) lets a pass be re-weighted, tested or ablated without touching its code, and lets the
component's config say which weights a pipeline ran with.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rules import RuleSet


@dataclass(frozen=True)
class ResolverWeights:
    """Salience, pronoun scoring and gender evidence.

    Salience is recency in tokens, where being the subject (or the speaker) counts as being
    mentioned ``subject_bonus`` (``speaker_bonus``) tokens later. Pronoun scores are lower-is-
    better: ``sentence_distance`` per sentence back, plus penalties for what makes an antecedent
    less likely.
    """

    subject_bonus: int = 40
    speaker_bonus: int = 90
    centering_sentences: int = 6  # a pronoun looks back this many sentences
    ambiguity_margin: float = 1.0  # two candidates closer than this are ambiguous
    sentence_distance: float = 10.0
    not_subject: float = 6.0
    adverbial_penalty: float = 8.0  # only in an adverbial phrase ("on the Nasdaq"): least salient
    introduced_object_penalty: float = 3.0  # a full name introduced as an object: in focus, less
    spoke_bonus: float = 3.0
    last_speaker_bonus: float = 2.0  # "…," she said: news keeps the floor with a speaker
    described_penalty: float = 4.0  # "a spokesperson" is a weaker antecedent than a name
    main_clause_tiebreak: float = 0.001  # per token from the sentence start
    place_as_it_penalty: float = 6.0  # "it" for a place that was not the subject
    gender_unknown_penalty: float = 5.0
    implausible_person_penalty: float = 8.0  # a one-word name nobody titled or quoted
    fallback_score: float = 99.0  # nothing within reach: the most salient fitting entity
    chain_paragraphs: int = 1  # "X said … “…,” she said": how far a pronoun chain reaches
    title_gender_votes: int = 3
    first_name_gender_votes: int = 2
    chain_gender_votes: int = 2
    pronoun_gender_votes: int = 1
    max_role_words: int = 12
    recent_document_sentences: int = 3  # "the statement said": the body quoted this recently
    indefinite_document_sentences: int = 1  # "a statement said": only the body just quoted
    far_sentences: int = 3  # an antecedent this many sentences back is a doubtful one
    description_focus_sentences: int = 4  # "the goalkeeper said": someone named this recently
    epithet_floor_sentences: int = 2  # "said the former captain": the speaker this recently,
    # when nobody else was named since
    forward_sentences: int = 1  # "… said the coach. Coach Ana Ruiz …": named this soon after
    lede_forward_sentences: int = 3  # "The premier says …" in the lede, under a headline that
    # titles the person so ("Premier Blaine Higgs …"): named this soon after
    forward_same_noun_sentences: int = 2  # "a teacher told …. …. Teacher Ana Ruiz told …"
    body_ahead_sentences: int = 4  # "the council said …": the one council named this soon after
    paragraph_subject_bonus: float = 2.0  # the subject a paragraph opens with is its topic
    population_penalty: float = 15.0  # "they said": "Canadians" is a public, not a speaker
    presumed_person_penalty: float = 4.0  # "it" for an untyped name only guessed a person
    rival_margin: float = 8.0  # a runner-up closer than this makes a pronoun link doubtful
    silent_resumer_penalty: float = 6.0  # "he added" is somebody who spoke before

    def overridden(self, changes: dict[str, Any]) -> ResolverWeights:
        """These weights with some changed (from the component's config); unknown names fail."""
        known = [f.name for f in fields(self)]
        for name in changes:
            if name not in known:
                raise ValueError(f"speaker_resolution: unknown weight {name!r} "
                                 f"(expected one of {', '.join(known)})")
        return replace(self, **changes)


@dataclass(frozen=True)
class Constraints:
    """Hard constraints: what a pronoun or description can never point at, and what a head
    noun says about who it describes. The nouns and endings are rules data
    (``rules/head_nouns.jsonl``, built with ``Constraints.of(rules)``); the open vocabulary
    comes from ``rules/titles.jsonl`` and the article itself.
    """

    # NER labels whose spans are never people or bodies ("she said" is never Friday)
    not_entity_labels: frozenset[str] = frozenset({
        "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
    person_suffixes: tuple[str, ...] = ()  # "innkeeper", "chemist", "historian"
    body_suffixes: tuple[str, ...] = ()  # "utility", "agency", "government"
    not_person_nouns: frozenset[str] = frozenset()  # a person's ending, no person: "paper"
    way_nouns: frozenset[str] = frozenset()  # "Sheikh Zayed Road": a street, never anybody
    body_nouns: frozenset[str] = frozenset()  # bodies whatever their ending: "team", "firm"
    person_nouns: frozenset[str] = frozenset()  # persons whatever their ending: "father"
    female_words: frozenset[str] = frozenset()
    male_words: frozenset[str] = frozenset()
    # verbs whose subject undergoes rather than acts ("Canada has seen three storms"): a place
    # is "it" only as the subject of some other verb, or if it spoke (verb_classes.jsonl)
    non_agentive_verbs: frozenset[str] = frozenset()
    # verbs whose "it" may be empty ("it seems", "it won't take long"): no evidence that a
    # name before it is a body's (verb_classes.jsonl, impersonal)
    impersonal_verbs: frozenset[str] = frozenset()
    # publics, not speakers: "they said" is the party or body, not these (head_nouns.jsonl,
    # kind public; a nationality is recognised by its place's name: "Canadians" after "Canada")
    population_words: frozenset[str] = frozenset()
    # parents: "the father of three" describes the person in focus, no role (head_nouns.jsonl)
    parent_nouns: frozenset[str] = frozenset()
    # a company's stock: a name written with it is a company's (head_nouns.jsonl, traded)
    traded_nouns: frozenset[str] = frozenset()
    # ranks, no offices: "an NHS boss" may be whoever holds an office (head_nouns.jsonl)
    standing_nouns: frozenset[str] = frozenset()
    # places an office is held in, as a possessor: "the area's mayor" (head_nouns.jsonl, area)
    area_nouns: frozenset[str] = frozenset()
    # people met in the events, never an official in focus: "the victim", "the man"
    # (head_nouns.jsonl, participant)
    participant_nouns: frozenset[str] = frozenset()
    # nouns that count the people after "of": "a group of doctors" (head_nouns.jsonl, counting)
    counting_nouns: frozenset[str] = frozenset()
    # speech verbs whose object is the audience ("told reporters"), rules/verb_classes.jsonl
    addressee_verbs: frozenset[str] = frozenset()
    # "he added", "she continued": the subject goes on, so it spoke before (verb_classes.jsonl)
    resumption_verbs: frozenset[str] = frozenset()
    # "APTN was sent a statement", "the paper obtained a letter": whom a document went to
    # (verb_classes.jsonl sending: the passive subject; receiving: the active subject)
    sending_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    # "dismissed media reports claiming …", "confirmed reports that …": the subject judged a
    # document somebody else issued (verb_classes.jsonl denial, confirmation)
    judging_verbs: frozenset[str] = frozenset()
    # "the lawyer representing Maria Lopez": whom a person noun acts for (verb_classes.jsonl)
    acting_for_verbs: frozenset[str] = frozenset()
    # "Ana Ruiz spoke to the Observer": speaking, with no statement (verb_classes.jsonl)
    interview_verbs: frozenset[str] = frozenset()
    # labels of a name that can never be "he" or "she" when nothing else says it is a person
    body_labels: frozenset[str] = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP"})
    # body noun or name word -> the kinds of body it points to ("agency": government)
    body_families: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, rules: RuleSet) -> Constraints:
        """The constraints a rule set states (``head_nouns.jsonl``, later entries extend)."""
        nouns = [r for r in rules.head_nouns if r.word]
        endings = [r for r in rules.head_nouns if r.suffix]

        def words(**wanted: str) -> frozenset[str]:
            return frozenset(r.word.lower() for r in nouns
                             if all(getattr(r, k) == v for k, v in wanted.items()))

        return cls(
            person_suffixes=tuple(r.suffix.lower() for r in endings if r.kind == "person"),
            body_suffixes=tuple(r.suffix.lower() for r in endings if r.kind == "organization"),
            not_person_nouns=words(kind="none"),
            way_nouns=words(kind="way"),
            body_nouns=words(kind="organization"),
            person_nouns=words(kind="person"),
            female_words=words(gender="f"),
            male_words=words(gender="m"),
            body_families={r.word.lower(): frozenset(r.families) for r in nouns if r.families},
            non_agentive_verbs=rules.verbs("non_agentive"),
            impersonal_verbs=rules.verbs("impersonal"),
            addressee_verbs=rules.verbs("addressee"),
            resumption_verbs=rules.verbs("resumption"),
            sending_verbs=rules.verbs("sending"),
            receiving_verbs=rules.verbs("receiving"),
            judging_verbs=rules.verbs("denial") | rules.verbs("confirmation"),
            acting_for_verbs=rules.verbs("acting_for"),
            interview_verbs=rules.verbs("interview"),
            population_words=words(kind="public"),
            parent_nouns=frozenset(r.word.lower() for r in nouns if r.parent),
            traded_nouns=frozenset(r.word.lower() for r in nouns if r.traded),
            standing_nouns=frozenset(r.word.lower() for r in nouns if r.standing),
            area_nouns=frozenset(r.word.lower() for r in nouns if r.area),
            counting_nouns=frozenset(r.word.lower() for r in nouns if r.counting),
            participant_nouns=frozenset(r.word.lower() for r in nouns if r.participant),
        )


@dataclass(frozen=True)
class ConfidenceWeights:
    """How likely a row names the right speaker for the right words (see ``assign_confidence``).

    Calibrated on the development set so that rows at 0.8 or above are right at least 97% of
    the time: an explicit name is surer than a pronoun, a pronoun surer than a description.
    """

    resolution: dict[str, float] = field(default_factory=lambda: {
        "name": 1.0,
        "pronoun": 0.8,
        "description": 0.6,
        "described": 0.75,  # a description the article said is that entity (role, apposition)
        "as written": 0.7,
        "introduced": 0.75,  # a floating quote after a paragraph that introduced its speaker
        "ambiguous": 0.45,
        "none": 0.1,
    })
    rule: dict[str, float] = field(default_factory=lambda: {
        "direct:trailer": 0.97,
        "direct:lead-in": 0.97,
        "direct:interrupted": 0.96,
        "direct:continued": 0.95,
        "direct:colon": 0.85,
        "direct:signed": 0.78,
        "direct:introduced": 0.75,  # "Ferguson is about listening. “…”": no cue, a subject
        "reported:verb": 0.95,
        "reported:according-to": 0.6,
        "partial:naming": 0.45,
        # rules added for unseen news (issue 7), not yet measured on enough rows to claim the
        # top band: a statement after a colon lead-in, a noun cue ("remarks from X that"),
        # "warned of" + noun phrase
        "direct:statement": 0.78,
        "reported:noun": 0.75,
        "reported:preposition": 0.7,
    })
    unknown_rule: float = 0.8
    unknown_resolution: float = 0.5
    inherited: float = 0.98  # a quote with no cue is as sure as the one it continues, a little less
    doubt_cap: float = 0.5  # ambiguous speaker or unbalanced quotation marks
    # a statement of one or two words ("“unprecedented”", "victory") is a label the speaker
    # used more often than a claim, and annotators disagree on whether it is a quote at all
    fragment_words: int = 2
    fragment: float = 0.7
    doubts: tuple[str, ...] = ("AMBIGUOUS_SPEAKER", "UNBALANCED_QUOTES")
    # how much each doubt the resolver met while linking costs (multiplied in): two people
    # fit a surname, the NER label contradicts the entity, the antecedent is far back, a
    # description was linked only by focus (no role or apposition said so)
    linking_doubts: dict[str, float] = field(default_factory=lambda: {
        "shared-name": 0.75,
        "label-disagrees": 0.85,
        "far-antecedent": 0.85,
        "focus-only": 0.85,
        "lone-name": 0.8,
        "article-name": 0.8,
        "close-rival": 0.85,
        "contested-floor": 0.8,
        "dialogue-turn": 0.8,
        "ambiguous-description": 0.7,  # two named candidates fit a description: kept as written
        "ambiguous-acronym": 0.7,  # two named bodies have its initials: kept as written
        "role-only-name": 0.7,  # the name ends in an office: its holder was not found
        "caption": 0.8,  # a photo caption's claim: annotators split on counting it
    })
