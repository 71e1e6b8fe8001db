"""The ``speaker_resolution`` spaCy component: who each quote's speaker mention is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (declares doc._.quotes and doc._.speakers)
from ..attribution.lexicon import DocumentVerbs, speaker_nouns
from ..names import Titles
from ..rules import RuleSet, pipeline_rules
from .article import ArticleResolver
from .confidence import with_confidence
from .config import ConfidenceWeights, Constraints, ResolverWeights
from .headline import headline_cue_forms
from .state import ResolutionRules, first_name_genders


class SpeakerResolution:
    """spaCy component: resolved copies of ``doc._.quotes``, and ``doc._.speakers``."""

    def __init__(self, nlp: Language, name: str, rules: RuleSet, rules_dir: str | None = None,
                 weights: ResolverWeights | None = None,
                 confidence: ConfidenceWeights | None = None) -> None:
        self.name = name
        self.rules_dir = rules_dir
        self.weights = weights or ResolverWeights()
        self.confidence = confidence or ConfidenceWeights()
        self._use(rules)

    def _use(self, rules: RuleSet) -> None:
        self.rules = rules
        self.resolution_rules = ResolutionRules(
            nouns=speaker_nouns(rules),
            first_names=first_name_genders(rules),
            documents=DocumentVerbs.from_rules(rules.document_verbs),
            titles=Titles.of(rules),
            institutions=rules.name_words_that("institution"),
            org_words=rules.name_words_that("organization"),
            place_institutions=rules.name_words_that("place"),
            self_naming=rules.verbs("self_naming"),
            name_giving=rules.verbs("name_giving"),
            stances=rules.verbs("stance"),
            constraints=Constraints.of(rules),
            headline_cues=headline_cue_forms(
                rule.lemma for rule in rules.cue_verbs if "clause" in rule.frames),
        )

    def __call__(self, doc: Doc) -> Doc:
        resolver = ArticleResolver(doc, self.resolution_rules, self.weights)
        resolved = resolver.resolve(list(doc._.quotes or []))
        doc._.quotes = tuple(with_confidence(resolved, self.confidence, resolver.doubts()))
        doc._.speakers = tuple(resolver.speakers())
        return doc

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Write the rules this component runs with (built-in and user's, merged)."""
        self.rules.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> SpeakerResolution:
        self._use(RuleSet.from_disk(path))
        return self


@Language.factory(
    "speaker_resolution",
    default_config={"rules_dir": None, "weights": {}},
    assigns=["doc._.quotes", "doc._.speakers"],
    requires=["doc._.quotes", "token.dep", "token.pos", "token.lemma", "doc.sents", "doc.ents"],
)
def make_speaker_resolution(nlp: Language, name: str, rules_dir: str | None,
                            weights: dict[str, Any]) -> SpeakerResolution:
    """``rules_dir``: a folder whose rules files extend the built-in ones (like ``--rules``);
    ``weights``: changes to ``ResolverWeights`` (``{"ambiguity_margin": 2.0}``)."""
    return SpeakerResolution(nlp, name, pipeline_rules(nlp, rules_dir), rules_dir,
                             weights=ResolverWeights().overridden(weights))
