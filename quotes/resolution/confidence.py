"""How sure a row is: the rule that found it, the cue's strength, how the speaker was found."""

from __future__ import annotations

from ..model import Attribution
from .config import ConfidenceWeights


def assign_confidence(attribution: Attribution, attributions: list[Attribution],
                      weights: ConfidenceWeights) -> None:
    """How likely the row names the right speaker for the right words, from how it was found:
    the rule that found the quote, how sure its cue verb is of speech (``said`` more than
    ``suggested``; rules/cue_verbs.jsonl ``strength``) and how its speaker was resolved. A
    floating quote inherits the confidence of the quote it continues. Doubts the audit raises
    (ambiguous speaker, unbalanced quotation marks) cap it at 0.5.
    """
    if attribution.resolution == "inherited" and attribution.continues is not None:
        confidence = attributions[attribution.continues].confidence * weights.inherited
    else:
        rule = weights.rule.get(attribution.rule, weights.unknown_rule)
        how = weights.resolution.get(attribution.resolution, weights.unknown_resolution)
        confidence = rule * how * attribution.cue_strength
    if any(code in attribution.flags for code in weights.doubts):
        confidence = min(confidence, weights.doubt_cap)
    attribution.confidence = round(confidence, 2)
