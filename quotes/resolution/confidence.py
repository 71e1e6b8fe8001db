"""How sure a row is: the rule that found it, the cue's strength, how the speaker was found."""

from __future__ import annotations

from dataclasses import replace

from ..model import Attribution
from ..names import Titles
from .config import ConfidenceWeights
from .offices import first_name, is_role

DOUBT = "doubt:"  # resolver findings that lower confidence but are no audit flags


def doubt(name: str) -> str:
    """The code a pass records (among its flags) when a link it made is uncertain."""
    return DOUBT + name


def is_doubt(code: str) -> bool:
    return code.startswith(DOUBT)


OF_WORDS = frozenset({"of", "for", "de", "du", "des"})


def name_shape_doubts(name: str, titles: Titles) -> list[str]:
    """Doubts a name's own shape raises, whoever it was linked to: a name that ends in an
    office (``Transport Minister``, ``Director General (DG)``) is a role whose holder was not
    found. ``Office of the President`` is a body's name, so an ``of`` keeps a final office; a
    first name makes the last word a surname (``John Bishop``)."""
    words = [w for w in name.split() if not w.startswith("(")]
    if words and is_role(words[-1].rstrip("."), titles) and not any(
            w.lower() in OF_WORDS or first_name(w, titles) for w in words):
        return ["role-only-name"]
    return []


def with_confidence(attributions: list[Attribution], weights: ConfidenceWeights,
                    doubts: list[list[str]] | None = None) -> list[Attribution]:
    """New attributions, each with its confidence (in order: a floating quote needs the
    confidence of the earlier quote it continues). ``doubts[n]`` are the linking doubts the
    resolver met for attribution ``n`` (``doubt()`` codes)."""
    scored: list[Attribution] = []
    for n, attribution in enumerate(attributions):
        source = scored if attribution.continues is not None and (
            attribution.continues < n) else attributions
        confidence = confidence_of(attribution, source, weights)
        if doubts is not None and n < len(doubts):
            # an inherited row already carries its source's doubts: only its own are added
            confidence = round(confidence * doubt_factor(doubts[n], weights), 2)
        scored.append(replace(attribution, confidence=confidence))
    return scored


def doubt_factor(codes: list[str], weights: ConfidenceWeights) -> float:
    """The product of the costs of the distinct linking doubts met (1.0 for none)."""
    factor = 1.0
    for name in {c[len(DOUBT):] for c in codes if is_doubt(c)}:
        factor *= weights.linking_doubts.get(name, 1.0)
    return factor


def confidence_of(attribution: Attribution, attributions: list[Attribution],
                  weights: ConfidenceWeights) -> float:
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
    return round(confidence, 2)
