"""What a cue verb's clause looks like: passive hearers, addressees, participles and the clause
that governs a cue. Small tests the subject finders and the reported-speech readers share.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import (
    FINITE_TAGS,
    RELATIVE_TAGS,
    is_finite,
)
from ..lexicon import Lexicon
from .words import (
    OBJECT_PRONOUNS,
    can_speak,
    is_office,
)


def passive_hearer(verb: Token, lexicon: Lexicon) -> bool:
    """``the Gazette has been told``, ``reporters were told``: the subject of a passive cue
    (but for the few whose passive names the speaker: ``was quoted as saying``) heard the
    words and did not say them."""
    return verb.lemma_.lower() not in lexicon.passive_speakers and any(
        c.dep_ == "auxpass" for c in verb.children)


def participle_read_as_complement(verb: Token, lexicon: Lexicon) -> bool:
    """A participle cue after ``, and`` that the parse made the complement of an earlier
    participle cue (``saying …, and telling them …``)."""
    doc = verb.doc
    return verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" and (
        verb.head.i < verb.i and lexicon.cue(verb.head) is not None) and verb.i >= 2 and (
        doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ",")


def clause_of_participle_read_as_object(verb: Token) -> Token | None:
    """``summed up the view of many saying: “…”``: a participle that introduces a statement
    (a colon, a quotation mark or ``that`` right after it), parsed as the object of a
    preposition on the object of a finite verb, goes with that verb's clause; the verb."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "pobj" or verb.i + 1 >= len(doc):
        return None
    nxt = doc[verb.i + 1]
    if nxt.text != ":" and not nxt.is_quote and nxt.lower_ != "that":
        return None
    prep, noun = verb.head, verb.head.head
    clause = noun.head
    if prep.dep_ != "prep" or noun.dep_ != "dobj" or clause.pos_ != "VERB" or (
            not is_finite(clause)):
        return None
    return clause


def object_controlling(verb: Token) -> Token | None:
    """``prompting Mayor Ron McRae to state publicly that …``, ``urged him to explain``: a
    speech verb in ``to``-infinitive after its governor's direct object is that object's act
    (object control), not the governor's subject's. The object, if it is a name or a
    person's object pronoun (``OBJECT_PRONOUNS``), else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj if obj is not None and (
        obj.pos_ == "PROPN" or obj.lower_ in OBJECT_PRONOUNS) else None


def trailing_cue_before(participle: Token, head: Token, lexicon: Lexicon) -> Token | None:
    """``Harbury will help with any inquiry, Mayor Ana Teller said on Tuesday, adding that
    …``: the parse hung both the trailing cue and the participle after it on the reported
    clause's verb. The participle goes on from that cue, whose subject is speaking, not from
    the reported clause's subject."""
    return next((c for c in reversed(list(head.children))
                 if head.i < c.i < participle.i and c.dep_ in {"advcl", "parataxis"}
                 and lexicon.cue(c) is not None and _bare_trailer(c)), None)


def _bare_trailer(cue: Token) -> bool:
    """A cue that says nothing of its own (``, Mayor X said on Tuesday,``): no object, clause
    or subordinator (``after he criticised their handling`` is an event)."""
    return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "mark"} for c in cue.children)


def passive_subject_joined(head: Token) -> Token | None:
    """``Mayor Ana Teller was sworn in as mayor, and said …``: the passive subject of the
    verb an active speech verb is joined to by ``and`` is who speaks (the passive made that
    subject no speaker of its own verb, not of the next)."""
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or not can_speak(subject) or (
            subject.pos_ not in {"PROPN", "PRON"}):
        return None
    return subject


def participle_after_main_clause(verb: Token) -> Token | None:
    """A participle set after the sentence's main clause by a comma and opening a ``that,``
    complement, which the parse hung on the later verb of that complement: the main clause's
    verb, else None."""
    doc = verb.doc
    root = verb.sent.root
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i < verb.i or root.i > verb.i or (
            verb.i < 1 or doc[verb.i - 1].text != ","):
        return None
    after = verb.i + 1
    return root if after + 1 < len(doc) and doc[after].lower_ == "that" and (
        doc[after + 1].text == ",") else None


def directs(verb: Token, lexicon: Lexicon) -> bool:
    """``The Minister directed that all hospitals keep two accounts, stressing that …``: a
    verb of ordering (rules/verb_classes.jsonl ``request``) whose clause says what others
    must do; the participle after that clause is the one who ordered it."""
    return verb.lemma_.lower() in lexicon.requests and any(
        c.dep_ == "ccomp" for c in verb.children)


def participle_joined_to_finite(verb: Token, head: Token) -> Token | None:
    """``…, noting the government could be in trouble if the economy slows — and saying …``:
    a bare participle is never coordinated with a finite verb, so the parse joined it to the
    wrong one. Its partner is the nearest participle above that verb, whose subject it
    shares."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or head.tag_ not in FINITE_TAGS or any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    node = head
    while node.head.i != node.i:
        node = node.head
        if node.tag_ == "VBG" and node.dep_ in {"advcl", "conj", "xcomp"} and not any(
                c.dep_ in {"aux", "auxpass"} for c in node.children):
            return node
    return None


SUBORDINATORS = frozenset({"after", "as", "because", "before", "since", "when", "while",
                           "once", "until", "although", "though"})


def participle_after_subordinate(participle: Token, head: Token) -> bool:
    """``The commission rejected the claims after trends showed a lead, saying …``: the
    parser hangs a participle set off by a comma on the last verb, here a subordinate
    clause's (``after …``); a participial adjunct speaks for the main clause's subject."""
    doc = participle.doc
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.i > 0 and (
        doc[participle.i - 1].text == ",") and head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in head.children) and (
        head.head.i < head.i) and head.head.pos_ in {"VERB", "AUX"}


def reports_a_clause(verb: Token, lexicon: Lexicon) -> bool:
    """A speech verb with a clause of its own (``assured that …``), not ``continued to yell``
    nor ``confirm or deny the report``."""
    return lexicon.cue(verb) is not None and any(c.dep_ == "ccomp" for c in verb.children)


def that_after_addressee(verb: Token) -> bool:
    """``… but assured patients that no-one was being delayed``, with the statement hung on
    ``patients`` by the parser: the verb's addressee is followed by the ``that`` opening a
    statement of its own."""
    addressee = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if addressee is None or addressee.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[addressee.i + 1]
    return after.lower_ == "that" and after.dep_ == "mark"


def told_to(verb: Token, subject: Token) -> bool:
    """The cue's object is written with the subject's very name (``telling Pike`` with
    ``Pike`` as the subject found): whom it was said to, who cannot be saying it."""
    return subject.pos_ == "PROPN" and any(
        c.dep_ in {"dobj", "dative"} and c.text == subject.text for c in verb.children)


def clause_governor(verb: Token) -> Token | None:
    """The verb whose complement ``verb`` is (``left`` of ``left Y fuming``), if any."""
    if verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.i != verb.i and (
            verb.head.pos_ in {"VERB", "AUX"}):
        return verb.head
    return None


def quoted_object(preposition: Token, lexicon: Lexicon) -> Token | None:
    """``Kyodo cited officials as saying …``, ``Reuters quoted a spokesman as saying …``: in
    the active, whom a quoting verb (``passive_speaker`` in rules/verb_classes.jsonl) quotes
    is its object; the subject only relays the words."""
    governor = preposition.head
    if preposition.lower_ != "as" or governor.lemma_.lower() not in lexicon.passive_speakers:
        return None
    return _speaking_object(governor)


def _speaking_object(governor: Token) -> Token | None:
    """The verb's direct object, if it is something that can speak."""
    found = next((c for c in governor.children if c.dep_ == "dobj"), None)
    return found if found is not None and can_speak(found) else None


def object_blamed_for(preposition: Token, lexicon: Lexicon) -> Token | None:
    """``The party hammered Plante for telling Montrealers that …``, ``praised the chief for
    saying …``: the one a verb's ``for`` + participle gives a reason about is its object, who
    did the saying; the subject only judges it. An object that names no one (``caused a
    storm for saying``) is what the saying earned, and the subject said it."""
    governor = preposition.head
    if preposition.lower_ != "for" or governor.pos_ != "VERB":
        return None
    found = _speaking_object(governor)
    if found is not None and found.pos_ == "NOUN" and found.ent_type_ == "" and not (
            lexicon.speaker_noun(found) or is_office(found, lexicon.offices)):
        return None
    return found


def participle_set_off_after_object(verb: Token) -> Token | None:
    """``Reyes faced the cameras – and the boos – head-on, describing the anger as “…”``: a
    participle set off by a comma that the parse hung on the clause's object (a thing, no
    person) is the clause's adjunct; its subject is the clause's subject."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or (
            head.ent_type_ in {"PERSON", "ORG", "NORP"}) or head.pos_ != "NOUN":
        return None
    clause = verb.sent.root  # (the parse may even have made the object some later verb's
    # subject: "… – and the boos –, describing …, after a performance left his side …")
    if clause.i > verb.i or clause.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and can_speak(subject) else None
