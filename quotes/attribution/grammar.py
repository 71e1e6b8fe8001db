"""Small questions about the parse that every pass asks (finite verbs, noun runs, commas).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


NOMINAL_POS = {"PROPN", "PRON", "NOUN"}


# words that may sit between a cue verb and the quotation it introduces
# dependency relations that carry a verb's subject down to a dependent verb ("…, saying …")
SUBJECT_INHERIT_DEPS = {"conj", "xcomp", "advcl", "pcomp"}


RELATIVE_TAGS = {"WP", "WDT", "WP$"}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


SUBORDINATORS = {"as", "when", "if", "because", "while", "although", "though", "since", "after",
                 "before", "until", "unless", "once", "whether"}


def is_finite(verb: Token) -> bool:
    """``said``, ``says``, ``has said``, ``would say``; not ``saying`` or ``to say``.

    A past participle heading its sentence with no auxiliary (``Trump tweeted Sunday``
    tagged VBN) is the simple past the tagger mistook it for, and a bare form with a plural
    subject of its own (``people commute``) the plural present.
    """
    if verb.tag_ in FINITE_TAGS:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries and verb.tag_ == "VBN":
        return verb.dep_ == "ROOT" or _after_speaker_aside(verb)
    if not auxiliaries and verb.tag_ == "VB" and verb.dep_ in {"ccomp", "ROOT"} and any(
            c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"} for c in verb.children):
        return True  # "About 800 people commute …, he said": a plural present tagged VB
    return bool(auxiliaries) and not any(a.lower_ == "to" for a in auxiliaries)


def infinitive_marker(verb: Token) -> Token | None:
    """The ``to`` of an infinitive (``to resign``), else None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def coordinated_with(verb: Token) -> Token:
    """The verb a conjunct shares its subject with. ``He said he expects the visitors to
    win and added …``: the parse joins a finite ``added`` to the infinitive ``to win``, but
    an infinitive has no tense to share; the coordination is with the nearest verb above of
    the conjunct's own tense (``said``)."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "conj" and head.head.i != head.i and (
            embedded_question(head)):
        return coordinated_with(head)  # "got to know the council and how it operates, …,
        # and told him": the question is no clause the cue is joined to
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS - {"MD"} or head.tag_ != "VB" or (
            infinitive_marker(head) is None):
        return head
    climb = head
    while climb.head.i != climb.i:
        climb = climb.head
        if climb.tag_ == verb.tag_:
            return climb
    return head


# the wh-words that open an embedded question ("asked why …", "how it operates")
EMBEDDED_QUESTION_WORDS = frozenset({"why", "how", "what", "where", "when", "who", "whom",
                                     "which"})


def embedded_question(verb: Token) -> bool:
    """``how it operates``: a clause opened by a wh-word, named as a thing (the parse may
    coordinate it with the verb whose object it is)."""
    opener = verb.left_edge
    return opener.lower_ in EMBEDDED_QUESTION_WORDS | {"whether"} and opener.dep_ in {
        "advmod", "mark", "nsubj", "dobj"} and opener.head.i == verb.i


def _after_speaker_aside(verb: Token) -> bool:
    """``Pierre Gignac, EDC's then-chief risk officer, mentioned``: a verb right after the
    comma closing a name's description (parsed as a modifier of the name)."""
    doc = verb.doc
    return verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.i > 0 and (
        doc[verb.i - 1].text == ",")


def has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    return any(is_finite(doc[k]) and doc[k].pos_ in {"VERB", "AUX"} for k in range(start, end))


def comma_between(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].text in {",", "(", ")", ";", ":"} for k in range(start + 1, end))


def inside_commas(doc: Doc, start: int, j: int) -> bool:
    """Whether token ``j`` sits in a comma-delimited aside that opened after ``start``."""
    commas = sum(1 for k in range(start, j) if doc[k].text == ",")
    return commas % 2 == 1


def noun_phrase_run(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].pos_ in NOMINAL_POS for k in range(start, end)) and all(
        doc[k].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM", "ADP", "CCONJ", "AUX", "ADV"}
        or doc[k].tag_ == "POS" for k in range(start, end)  # "Horwath’s statement"
    )


def last_nominal(doc: Doc, start: int, end: int) -> Token | None:
    """The head of the first noun phrase in a run (before any appositive comma): its last
    noun, or the noun that noun's ``of``/``at``/``from`` phrase belongs to (``Biologist Lena
    Moss of Vale University:`` is Moss)."""
    first_comma = next((k for k in range(start, end) if doc[k].text == ","), end)
    for k in range(first_comma - 1, start - 1, -1):
        if doc[k].pos_ in NOMINAL_POS:
            return owner_of_phrase(doc[k], start)
    return None


def owner_of_phrase(noun: Token, start: int) -> Token:
    """The name a prepositional phrase's object belongs to, within the run from ``start``
    (``Lena Moss of Vale University``; but ``the office of Mayor Dana Whitfield`` is hers)."""
    return up_prepositions(noun, {"of", "at", "from", "with"}, lambda owner: (
        start <= owner.i < noun.i and owner.pos_ == "PROPN" and owner.text[:1].isupper()))
    # (a name is capitalised, whatever the tagger calls "pyre")


def up_prepositions(noun: Token, prepositions: Container[str],
                    fits: Callable[[Token], bool]) -> Token:
    """The word a chain of prepositional phrases hangs on (``residents`` of ``residents of
    Harbour Drive``), climbing while each phrase's head ``fits``."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
            noun.head.lower_ in prepositions) and fits(noun.head.head):
        noun = noun.head.head
    return noun


def first_content(verb: Token) -> int:
    """Index of the first word after a cue, past adverbs: where an inverted speaker stands."""
    i = verb.i + 1
    while i < len(verb.doc) and verb.doc[i].pos_ in {"ADV", "PART"}:
        i += 1
    return i


def passive_participle_clause(verb: Token) -> bool:
    """``Asked on radio whether talks could resume, Solvang said …``, ``When asked about the
    loss, …``, ``Told that the plant would close, …``: a past participle with no ``have``
    heading an adverbial clause is passive; its understood subject is the one spoken to, so
    what it introduces is the question or news put to them, not their words."""
    # a past with no subject is a participle; one with a subject of its own is a finite verb
    # the tagger took for one ("This comes as Sainsbury’s revealed it aims …")
    participle = verb.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children) and apposed_subject_before(verb) is None
    # "Demante, when asked if he knew …": the parse may hang it on a noun as a relative clause
    when = verb.dep_ == "relcl" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(
        c.lower_ in {"when", "while", "once", "if"} and c.i < verb.i for c in verb.children)
    return participle and (verb.dep_ == "advcl" or when) and not any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_ == "have" for c in verb.children)


def fronted_participle(verb: Token) -> bool:
    """``Expressing concern over the drought, the minister said …``: a participle clause put
    before the clause it modifies, and closed by a comma. What it reports ends with it: the
    main verb's clause is a statement of its own, reported once, under the main cue."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i and any(
        t.text == "," for t in verb.doc[verb.right_edge.i + 1 : verb.head.i])


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def joins_hyphenated(token: Token) -> bool:
    """A hyphen glued to the words on both sides (``Min-soon``, ``Jamaat-e-Islami``): one word
    to a reader, whatever the tokenizer made of it."""
    doc = token.doc
    return token.text in HYPHENS and not token.whitespace_ and token.i > 0 and (
        not doc[token.i - 1].whitespace_)


def second_that_clause(verb: Token) -> bool:
    """``said inquiries go on and that early tests indicate …``: a verb joined to another
    clause with its own ``that`` is the same cue's second that-clause, no one else's
    statement."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def first_conjunct(verb: Token) -> Token:
    """The first of the coordinated verbs ``verb`` shares its subject with (itself if it has
    a subject of its own: "Munib tried …, but Isa intervened, asserting" is Isa's)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"} and (
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        verb = verb.head
    return verb


def statement_first_verb(verb: Token) -> Token | None:
    """``… that X must respect … and stop …``: the first verb of the statement ``verb`` is a
    verb of, if that verb has a subject of its own (a sound parse of a clause), else None."""
    first = first_conjunct(verb)
    return first if any(c.dep_ in SUBJECT_DEPS for c in first.children) else None


def of_object(token: Token) -> Token | None:
    """What ``of`` after the word names (``one of [them]``, ``a group of [doctors]``, ``on
    behalf of [the council]``), else None."""
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def own_subject(verb: Token) -> Token | None:
    """The subject the parse hung on the verb itself, if any (no inheritance)."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def subject_read_as_apposition(token: Token) -> Token | None:
    """``Layoffs are likely at the mill in Brooklyn, the head of the union said``: an
    apposition, set off by a comma, that ends right before a verb above it in the parse which
    has no subject and a clause before it (what was said: the verb's complement, or the
    clause the parser hung the verb on) is that verb's subject, not a description of the noun
    it hangs on. Returns the verb, or None."""
    if token.dep_ != "appos" or token.head.i >= token.left_edge.i:
        return None
    doc = token.doc
    after = token.right_edge.i + 1
    if after >= len(doc) or token.left_edge.i < 1 or doc[token.left_edge.i - 1].text != ",":
        return None
    verb = doc[after]
    if verb.pos_ != "VERB" or own_subject(verb) is not None:
        return None
    above = {a.i for a in token.ancestors}
    if verb.i in above and any(c.dep_ == "ccomp" and c.i < token.i for c in verb.children):
        return verb  # the clause said hangs on the verb, the phrase inside the clause
    if verb.dep_ in {"advcl", "parataxis", "conj"} and verb.head.i in above and not any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return verb  # the verb hung on the clause said, as a trailing clause of its own (or
        # joined to its verb: "It's one of the operations …, Sheriff X said -- something …")
    return None


def apposed_subject_before(verb: Token) -> Token | None:
    """The phrase right before ``verb`` that the parser apposed to a noun before its comma
    though it is the verb's subject (``subject_read_as_apposition``), if there is one."""
    if verb.i < 1:
        return None
    token = verb.doc[verb.i - 1]
    while token.dep_ != "appos" and token.head.i != token.i and token.head.i < verb.i:
        token = token.head
    found = subject_read_as_apposition(token)
    return token if found is not None and found.i == verb.i else None
