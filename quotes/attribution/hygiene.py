"""Stretches that look reported but state nothing: what a cue's object names may be a feeling
or a topic (``expressed concern over the drought``), not a statement a fact-checker could
check. These tests only say *whether* there is a statement; who made it is decided elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context

# the dependents through which a noun carries a clause of its own ("concern that the law …")
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def object_names_no_statement(ctx: Context, obj: Token) -> bool:
    """``expressed concern over X``: the cue's object is a topic noun (rules/topic_nouns.jsonl)
    with no clause of its own, so nothing was stated. ``expressed concern that the law was too
    strict`` keeps its clause; ``expressing “unified grief and anger” over X`` keeps the words
    the writer put in quotation marks: they are the speaker's. ``reiterated her comments`` /
    ``highlighted the report``: an object that is itself something said or written
    (rules/speaker_nouns.jsonl ``document`` or ``utterance``) points at a statement made
    elsewhere and states nothing here."""
    nouns = ctx.lexicon.topic_nouns
    named = obj.lemma_.lower() in nouns or obj.lower_ in nouns or (
        obj.pos_ == "NOUN" and ctx.lexicon.is_speech_noun(obj))
    if not named or ctx.in_quote(obj.i):
        return False
    return not any(child.dep_ in CLAUSE_DEPS for child in obj.children)


def pro_form(obj: Token) -> bool:
    """``said as much``, ``said so``: an object that stands for something said before (or
    a degree of it) states nothing of its own."""
    if obj.lower_ == "so":
        return True
    return obj.lower_ == "much" and any(c.lower_ in {"as", "that", "so"} and c.dep_ == "advmod"
                                       for c in obj.children)
