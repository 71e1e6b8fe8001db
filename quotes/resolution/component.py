"""The ``speaker_resolution`` spaCy component: who each quote's speaker mention is."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (declares doc._.quotes and doc._.speakers)
from ..attribution.lexicon import DocumentVerbs
from ..rules import load_rules
from .article import ArticleResolver
from .confidence import assign_confidence
from .config import ConfidenceWeights, ResolverWeights
from .state import ResolutionRules


class SpeakerResolution:
    """spaCy component: fills ``Attribution.resolved`` and ``doc._.speakers``."""

    def __init__(self, nlp: Language, name: str, rules_dir: str | None) -> None:
        self.name = name
        self.rules = ResolutionRules(
            nouns={e["noun"].lower(): e for e in load_rules("speaker_nouns.jsonl", rules_dir)},
            first_names={e["name"].lower(): e["gender"]
                         for e in load_rules("first_names.jsonl", rules_dir)},
            documents=DocumentVerbs.from_rules(load_rules("document_verbs.jsonl", rules_dir)),
        )
        self.weights = ResolverWeights()
        self.confidence = ConfidenceWeights()

    def __call__(self, doc: Doc) -> Doc:
        resolver = ArticleResolver(doc, self.rules, self.weights)
        quotes = doc._.quotes or []
        resolver.resolve(quotes)
        for attribution in quotes:
            assign_confidence(attribution, quotes, self.confidence)
        doc._.speakers = resolver.speakers()
        return doc


@Language.factory("speaker_resolution", default_config={"rules_dir": None})
def make_speaker_resolution(nlp: Language, name: str, rules_dir: str | None) -> SpeakerResolution:
    return SpeakerResolution(nlp, name, rules_dir)
