"""How sure a row is: the rule that found it, the cue's strength, how the speaker was found."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..model import Attribution
from ..names import Titles
from .config import ConfidenceWeights
from .entities import PERSON_LABELS, Entity
from .offices import first_name, is_role
from .spans import line_around

if TYPE_CHECKING:
    from .state import ArticleState

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


def name_doubts(state: ArticleState, span: Span, entity: Entity) -> list[str]:
    """``Moreau said`` with two Moreaus named; ``Okafor`` tagged ORG linked to a person; a
    one-word name the article never gives in full; capitalised words after an article
    taken for a name (``A Harbor neighborhood protest``, ``The Federal Farm Minister``)."""
    doubts = []
    if state.entities.people_sharing(span.text, entity) > 0:
        doubts.append(doubt("shared-name"))
    if entity.kind in {"person", "name"} and len(entity.tokens) == 1 and not entity.acronym:
        doubts.append(doubt("lone-name"))  # "Keeper said", "Story": nobody named in full
    if state.entities.acronym_in_doubt(entity):
        doubts.append(doubt("ambiguous-acronym"))  # "KMC": two bodies have its initials
    label = span.root.ent_type_
    if label and (label in PERSON_LABELS) != (entity.kind == "person"):
        doubts.append(doubt("label-disagrees"))
    if span[0].lower_ in {"a", "an"} or entity.canonical.split()[0] in {"The", "A", "An"}:
        doubts.append(doubt("article-name"))  # "A Phoenix neighborhood protest": no name
    return doubts


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
    if fragment(attribution, weights.fragment_words):
        confidence *= weights.fragment
    if any(code in attribution.flags for code in weights.doubts):
        confidence = min(confidence, weights.doubt_cap)
    return round(confidence, 2)


def fragment(attribution: Attribution, most_words: int) -> bool:
    """A reported or partial statement of at most ``most_words`` words (``called it
    “unprecedented”``); a whole quotation that short (``“Here?”``) is an utterance."""
    words = [w for w in attribution.quote.text.split() if any(c.isalnum() for c in w)]
    return attribution.quote_type != "direct" and len(words) <= most_words


CREDIT_AT_LINE_END = re.compile(
    r"[.!?\u201d\"]\s*(?:\([^()\n]{1,80}\)|(?i:photo|picture|pic|image|credit)s?\s*(?:by)?\s*:"
    r"?\s*[^.!?\n]{1,60}\.?)\s*$")


def on_caption_line(text: str, position: int) -> bool:
    """The character at ``position`` lies on a photo caption: a line that ends in its credit
    (``… says the quay will reopen. (CBC)``, ``… said the probes were fair. PHOTO: THE
    STAR``). Annotators split on whether a caption's claim is a quote, so a row found there
    is a doubtful one."""
    line = line_around(text, position)
    return line is not None and bool(CREDIT_AT_LINE_END.search(text[line[0]:line[1]]))
