"""The ``quote_attribution`` spaCy component: quotes, cues and speaker mentions.

Cue verbs, multi-word cues, speaker nouns and document verbs come from the pipeline's
``RuleSet`` (``rules/`` plus ``rules_dir``), so extending a rules file changes behaviour without
touching code. ``to_disk`` writes the rules the component loaded; ``from_disk`` reads them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import extensions  # noqa: F401  (declares doc._.quotes)
from ..rules import CuePhraseRule, RuleSet, VagueSourcingRule, pipeline_rules
from .lexicon import Lexicon
from .nouncues import DENIED_CLAIM, NOUN_CUE, PREPOSITION_CUE
from .passes import find_attributions

CUE_PHRASES_KEY = "quote_cue_phrases"
VAGUE_KEY = "vague_sourcing"


class QuoteAttribution:
    """Finds direct, partial and indirect quotes with their cue and speaker mention."""

    def __init__(self, nlp: Language, name: str, rules: RuleSet,
                 rules_dir: str | None = None, instructions: bool = False) -> None:
        self.name = name
        self.rules_dir = rules_dir
        self.instructions = instructions
        self._use(nlp.vocab, rules)

    def _use(self, vocab: Vocab, rules: RuleSet) -> None:
        self.rules = rules
        self.lexicon = replace(Lexicon.of(rules), instructions=self.instructions)
        self.matcher = matcher_of(vocab, rules.cue_phrases)
        self.vague = matcher_of(vocab, rules.vague_sourcing)

    def __call__(self, doc: Doc) -> Doc:
        phrases = self.matcher(doc, as_spans=True)
        doc.spans[CUE_PHRASES_KEY] = phrases
        doc.spans[VAGUE_KEY] = self.vague(doc, as_spans=True)
        according = [s for s in phrases if s.label_ == "ACCORDING_TO"]
        other = [s for s in phrases if s.label_ in {NOUN_CUE, PREPOSITION_CUE, DENIED_CLAIM}]
        doc._.quotes = tuple(find_attributions(doc, self.lexicon, according, other))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Write the rules this component runs with (built-in and user's, merged)."""
        self.rules.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> QuoteAttribution:
        self._use(self.matcher.vocab, RuleSet.from_disk(path))
        return self


def matcher_of(vocab: Vocab, rules: Iterable[CuePhraseRule | VagueSourcingRule]) -> Matcher:
    """A Matcher with every pattern of a rules file, keyed by the entry's label."""
    matcher = Matcher(vocab)
    for rule in rules:
        matcher.add(rule.label, [list(rule.pattern)])
    return matcher


@Language.factory(
    "quote_attribution",
    default_config={"rules_dir": None, "instructions": False},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["token.dep", "token.pos", "token.tag", "token.lemma", "doc.sents", "doc.ents"],
)
def make_quote_attribution(nlp: Language, name: str, rules_dir: str | None,
                           instructions: bool) -> QuoteAttribution:
    """``rules_dir``: a folder whose rules files extend the built-in ones (like ``--rules``).
    ``instructions``: also report what a cue with the ``instruction`` frame orders
    (``urged voters [to stay home]``). Off by default: news annotation (the GGT convention of
    the development set) records no orders, and on thirteen sets of unseen news they were
    nearly all false positives; a register of appeals and demands turns it on."""
    return QuoteAttribution(nlp, name, pipeline_rules(nlp, rules_dir), rules_dir, instructions)
