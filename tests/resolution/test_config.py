"""The resolver's weights are one config object: changing one changes what it decides."""

from __future__ import annotations

import pytest
import spacy

from quotes.resolution import ResolverWeights
from quotes.resolution.config import ConfidenceWeights

TEXT = ("Anna Berg met Clara Holm at the station on Monday. "
        "“The trains are late again,” she said.")


def resolve(nlp, weights: ResolverWeights) -> list[tuple]:
    component = nlp.get_pipe("speaker_resolution")
    saved = component.weights
    component.weights = weights
    try:
        return [(q.resolved and q.resolved.name, q.resolution, q.flags)
                for q in nlp(TEXT)._.quotes]
    finally:
        component.weights = saved


def test_the_ambiguity_margin_decides_when_two_candidates_tie(nlp) -> None:
    default = resolve(nlp, ResolverWeights())
    strict = resolve(nlp, ResolverWeights(ambiguity_margin=100.0))
    assert default == [("Anna Berg", "pronoun", [])]
    assert strict == [("Anna Berg", "ambiguous", ["AMBIGUOUS_SPEAKER"])]


def test_unknown_weights_in_the_component_config_fail_by_name() -> None:
    with pytest.raises(ValueError, match=r"unknown weight 'ambiguity' \(expected one of "):
        ResolverWeights().overridden({"ambiguity": 2.0})


def test_weights_reach_the_component_through_its_config() -> None:
    import quotes.pipeline  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("quote_attribution")
    component = nlp.add_pipe("speaker_resolution", config={"weights": {"ambiguity_margin": 3.0}})
    assert component.weights == ResolverWeights(ambiguity_margin=3.0)
    assert component.confidence == ConfidenceWeights()
