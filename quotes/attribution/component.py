"""The ``quote_attribution`` spaCy component: quotes, cues and speaker mentions.

Cue verbs, multi-word cues, speaker nouns and document verbs are read from ``rules/`` when the
component is created, so extending a rules file changes behaviour without touching code.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (declares doc._.quotes)
from ..rules import load_rules
from .lexicon import CueVerb, DocumentVerbs, Lexicon
from .passes import find_attributions

CUE_PHRASES_KEY = "quote_cue_phrases"
VAGUE_KEY = "vague_sourcing"


def load_lexicon(rules_dir: str | None = None) -> Lexicon:
    """Read the cue verbs, speaker nouns and document verbs from the rules files."""
    verbs = {}
    for entry in load_rules("cue_verbs.jsonl", rules_dir):
        lemma = entry["lemma"].lower()
        verbs[lemma] = CueVerb(
            lemma=lemma,
            frames=frozenset(entry.get("frames", ["clause", "quote"])),
            strength=float(entry.get("strength", 1.0)),
            particle=entry.get("particle"),
            subject=entry.get("subject"),
        )
    nouns = {entry["noun"].lower(): entry for entry in load_rules("speaker_nouns.jsonl", rules_dir)}
    documents = DocumentVerbs.from_rules(load_rules("document_verbs.jsonl", rules_dir))
    return Lexicon(verbs=verbs, speaker_nouns=nouns, documents=documents)


class QuoteAttribution:
    """Finds direct, partial and indirect quotes with their cue and speaker mention."""

    def __init__(self, nlp: Language, name: str, rules_dir: str | None) -> None:
        self.name = name
        self.lexicon = load_lexicon(rules_dir)
        self.matcher = _matcher(nlp, "cue_phrases.jsonl", rules_dir)
        self.vague = _matcher(nlp, "vague_sourcing.jsonl", rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        phrases = self.matcher(doc, as_spans=True)
        doc.spans[CUE_PHRASES_KEY] = phrases
        doc.spans[VAGUE_KEY] = self.vague(doc, as_spans=True)
        according = [s for s in phrases if s.label_ == "ACCORDING_TO"]
        doc._.quotes = find_attributions(doc, self.lexicon, according)
        return doc


def _matcher(nlp: Language, rules_file: str, rules_dir: str | None) -> Matcher:
    """A Matcher with every pattern of a rules file, keyed by the entry's label."""
    matcher = Matcher(nlp.vocab)
    for n, entry in enumerate(load_rules(rules_file, rules_dir)):
        matcher.add(entry.get("label", f"{rules_file}:{n}"), [entry["pattern"]])
    return matcher


@Language.factory("quote_attribution", default_config={"rules_dir": None})
def make_quote_attribution(nlp: Language, name: str, rules_dir: str | None) -> QuoteAttribution:
    return QuoteAttribution(nlp, name, rules_dir)
