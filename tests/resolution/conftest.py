"""What the pass tables compare: a quote's speaker mention as written and who it resolved to."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def last_speaker(attribute):
    """(speaker mention as written, resolved name, resolution) of an article's last quote."""

    def run(text: str) -> tuple:
        quotes = list(attribute(text))
        assert quotes, f"no quote found in {text!r}"
        last = quotes[-1]
        return (last.speaker.text if last.speaker else None,
                last.resolved.name if last.resolved else None,
                last.resolution)

    return run


@pytest.fixture(scope="session")
def first_speaker(attribute):
    """(speaker mention as written, resolved name, resolution) of an article's first quote."""

    def run(text: str) -> tuple:
        quotes = list(attribute(text))
        assert quotes, f"no quote found in {text!r}"
        first = quotes[0]
        return (first.speaker.text if first.speaker else None,
                first.resolved.name if first.resolved else None,
                first.resolution)

    return run
