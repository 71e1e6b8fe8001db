"""A name the tagger types a body in one place and a place in another is a place: never a
body for ``it`` to go back to."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

TEXT = ("Water has been cut off to residents of Puerto Arena as part of a protest.\n\n"
        "On Sunday, the newspaper El Diario reported that protesters had blocked the water "
        "supply of Puerto Arena.")


def entity_kinds(nlp, labels: list[str]) -> list[tuple[str, bool]]:
    """The article's bodies (name, is a place) with the two ``Puerto Arena`` labelled as given."""
    from quotes.resolution.article import ArticleResolver

    doc = nlp(TEXT)
    spans = [s for s in doc.ents if "Puerto" not in s.text]
    starts = [t.i for t in doc if t.text == "Puerto"]
    spans += [Span(doc, i, i + 2, label=label) for i, label in zip(starts, labels, strict=True)]
    doc.ents = sorted(spans, key=lambda s: s.start)
    resolver = ArticleResolver(doc, nlp.get_pipe("speaker_resolution").resolution_rules)
    return sorted((e.canonical, e.place) for e in resolver.entities
                  if e.kind == "organization" and "Puerto" in e.canonical)


@pytest.mark.parametrize(("labels", "place"), [
    (["GPE", "ORG"], True),  # a place where the tagger was sure once
    (["ORG", "GPE"], True),  # … before or after it called it a body
    (["ORG", "ORG"], False),  # a body each time: a body
])
def test_a_name_tagged_a_place_elsewhere_is_a_place(nlp, labels, place) -> None:
    assert entity_kinds(nlp, labels) == [("Puerto Arena", place)]
