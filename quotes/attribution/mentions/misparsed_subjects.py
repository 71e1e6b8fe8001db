"""Subjects the parser misplaced, and the repairs that find them again.

Each function here recognises one misparse (a speaker read as an apposition, a name split off
by a date or a place, a surname read as an adverb …) and returns the token that really speaks,
or ``None``. ``subjects.subject_of`` asks them in order.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from ...rules import NO_NOUN
from ..grammar import (
    FINITE_TAGS,
    NOMINAL_POS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    apposed_subject_before,
    up_prepositions,
)
from ..lexicon import Lexicon
from .spans import (
    given_and_surname,
)
from .verb_roles import (
    SUBORDINATORS,
)
from .words import (
    DASHES,
    QUANTIFIER_SPEAKERS,
    SENTENCE_ADVERBS,
    can_speak,
    is_office,
    is_time_expression,
    name_apposed_to_office_object,
    name_start,
    split_off_head_word,
    surname_named_before,
    time_word_on_name,
)

NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                            "QUANTITY"})


def person_before_date(head: Token, relative: Token) -> Token | None:
    """The last word of the person named before ``head`` in its sentence, when a ``who`` was
    hung on a date or number (``who`` is said of people only), else None."""
    if relative.lower_ not in {"who", "whom"} or not (
            head.ent_type_ in NUMERIC_LABELS or head.like_num):
        return None
    if (people := people_right_before(head)) is not None:
        return people  # "spoke with residents of Cavendish Drive today who say"
    for token in reversed(head.doc[head.sent.start : head.i]):
        if token.ent_type_ == "PERSON" and (
                token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"):
            return token
    return None


def people_right_before(date: Token) -> Token | None:
    """The plural common noun whose phrase ends right before a date (``residents of Cavendish
    Drive today``), climbing its ``of``/``from``/``in`` phrases: several people."""
    k = date.i - 1
    if k < date.sent.start or date.doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = date.doc[k]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    noun = up_prepositions(noun, {"of", "from", "in", "on", "at"},
                           lambda owner: owner.pos_ in {"NOUN", "PROPN"})
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


# prepositions of where people come from or are ("members from across the country who said")
LOCATIVE_PREPOSITIONS = frozenset({"from", "across", "in", "around", "throughout", "at"})


def people_before_place(head: Token, relative: Token) -> Token | None:
    """``members of county assemblies from across the country who said …``: a ``who`` the
    parse hung on the place ending a phrase of where people are from is said of the people
    before that phrase (``who`` is said of people, not of places). None otherwise."""
    doc = head.doc
    set_off = head.head.i > 1 and doc[head.head.i - 1].text == "," and (
        head.i + 1 < relative.i and doc[head.i + 1].text == ",")
    if relative.lower_ not in {"who", "whom"} or head.dep_ != "pobj" or (
            head.head.lower_ not in LOCATIVE_PREPOSITIONS) or (
            head.ent_type_ in {"PERSON", "NORP"} and not set_off):
        return None  # (", from Kialla, who": set off, a place however the tagger typed it)
    start = head.head
    while not set_off and start.dep_ in {"prep", "pobj"} and start.head.dep_ in {
            "prep", "pobj"} and start.head.i < start.i:
        start = start.head  # "from across the country": back to "from"
    if start.i == 0:
        return None
    before = start.i - 1
    if set_off:
        before -= 1  # past the comma: "retired farmer Tom Reyes, from Kialla, who said"
    if doc[before].text == ")":  # "members of county assemblies (MCAs) from …"
        while before > 0 and doc[before].text != "(":
            before -= 1
        before -= 1
    if before < 0:
        return None
    people = doc[before]
    while people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.pos_ in (
            NOMINAL_POS):
        people = people.head.head  # "members of county assemblies": the members
    if people.pos_ not in NOMINAL_POS or people.tag_ not in {"NNS", "NNPS"} and (
            people.ent_type_ != "PERSON"):
        return None
    return people


def place_pair_read_as_subject(subject: Token) -> Token | None:
    """``Many in Harbury, Mississippi say …``: the parse took the state set after a town for
    the subject; the phrase the town ends (``Many in Harbury``) is. None when the subject is
    no place after a comma and a place."""
    doc = subject.doc
    if subject.ent_type_ != "GPE" or subject.left_edge.i < 2 or (
            doc[subject.left_edge.i - 1].text != ","):
        return None
    town = doc[subject.left_edge.i - 2]
    if town.ent_type_ != "GPE" or town.dep_ != "pobj" or town.head.dep_ != "prep" or (
            town.head.lower_ not in PLACE_OF_PEOPLE):
        return None
    phrase = town.head.head  # a noun's phrase, or a quantifier's ("Many" tagged an adjective)
    # (not "… losing the finals against Australia, Khuba said": an object of another verb)
    return phrase if phrase.i < town.i and phrase.dep_ not in {"dobj", "pobj"} and (
        phrase.pos_ in {"NOUN", "PROPN"} or phrase.lower_ in QUANTIFIER_SPEAKERS) else None


# the prepositions that tell where people are from ("Many in Harbury", "residents of X")
PLACE_OF_PEOPLE = frozenset({"in", "of", "from", "across", "around", "near", "outside"})


def person_of_place(head: Token, relative: Token) -> Token | None:
    """``Shadreck Muza of Unit A, who said …``: a ``who`` the parse hung on what a named
    person is ``of`` (a ward, a village, a club) is said of that person, not of the place."""
    of = head.head
    if relative.lower_ not in {"who", "whom"} or head.dep_ != "pobj" or of.lower_ != "of" or (
            head.ent_type_ in {"PERSON", "NORP"}):
        return None
    person = of.head
    return person if person.i < of.i and person.ent_type_ == "PERSON" else None


AFFILIATION_PREPOSITIONS = frozenset({"from", "of", "at", "with", "for"})


def in_affiliation(subject: Token, subjects: list[Token]) -> bool:
    """``Tom Reyes, from applicants Harbury Associates said``: a second subject the parse
    found inside the phrase set off after a person's name by a comma and a preposition is
    where the person comes from, not who speaks."""
    doc = subject.doc
    for person in subjects:
        if person.i >= subject.i or person.ent_type_ != "PERSON":
            continue
        after = person.i + 1
        if after + 1 < subject.i and doc[after].text == "," and (
                doc[after + 1].lower_ in AFFILIATION_PREPOSITIONS) and not any(
                t.pos_ in {"VERB", "AUX"} or t.text == "," for t in doc[after + 2:subject.i]):
            return True
    return False


def place_of_body_before(subject: Token, subjects: list[Token]) -> bool:
    """``The District Police Office, Lalitpur has said``: a place the parse made a second
    subject, right after a body's name and its comma, is where the body sits, not who
    speaks."""
    if subject.ent_type_ not in {"GPE", "LOC"} or subject.left_edge.i < 2:
        return False
    comma = subject.doc[subject.left_edge.i - 1]
    return comma.text == "," and any(
        body.i < subject.i and body.ent_type_ == "ORG"
        and body.right_edge.i in {comma.i - 1, comma.i} for body in subjects)


def behind_subordinator(verb: Token, subject: Token) -> bool:
    """The subject stands after a subordinator the parse hung on the verb (``after the press
    conference said``): it is the subordinate clause's subject, not the verb's speaker."""
    return any(m.dep_ == "mark" and m.i < subject.i < verb.i and m.lower_ != "that"
               for m in verb.children)


def speaker_of_alleged_saying(verb: Token, claim_nouns: Container[str]) -> Token | None:
    """``denied allegations of Minister Ahmet Davutoglu saying, “…”``: a claim about somebody's
    words (a noun of ``claim_nouns``) names them with ``of`` right before the participle, whose
    subject they are; the parse hangs the participle on the main clause, whose subject only
    denies or reports it."""
    doc = verb.doc
    k = verb.i - 1
    if k < 0 or doc[k].pos_ not in {"PROPN", "PRON"}:
        return None
    name = doc[k]
    if name.dep_ == "pobj":
        prep = name.head  # "of [Davutoglu] saying": the name the object, the participle apart
    elif verb.dep_ == "pobj" and name.head.i == verb.i:
        prep = verb.head  # "of [Davutoglu saying]": the participle the object, the name on it
    else:
        return None
    return name if prep.lower_ == "of" and prep.head.lemma_.lower() in claim_nouns and (
        prep.head.pos_ == "NOUN") else None


def subject_of_with_absolute(verb: Token) -> Token | None:
    """``…, with Mayor Ana Ruiz saying that …``: in an absolute phrase opened by ``with``, the
    noun phrase that ends right before the participle is the participle's subject (the parse
    makes it the object of ``with`` and hangs the participle on the main clause)."""
    if verb.i == 0:
        return None
    for token in [verb.doc[verb.i - 1], *verb.doc[verb.i - 1].ancestors]:
        if token.i >= verb.i or verb in token.ancestors:
            return None
        if token.dep_ == "pobj" and token.head.lower_ == "with" and (
                token.right_edge.i == verb.i - 1) and can_speak(token):
            return token
    return with_object_before_adverbial(verb)


def with_object_before_adverbial(verb: Token) -> Token | None:
    """``…, with Cllr Ruiz at one point telling the chair: …``: a short adverbial of time
    between the absolute's noun and its participle (``at one point``, ``later``) leads the
    parse to hang the participle on the adverbial; the noun is still its subject."""
    doc = verb.doc
    for token in reversed(doc[verb.sent.start : verb.i]):
        if token.dep_ != "pobj" or token.head.lower_ != "with":
            continue
        gap = doc[token.right_edge.i + 1 : verb.i]
        if 0 < len(gap) <= 4 and gap[0].pos_ in {"ADP", "ADV"} and all(
                t.pos_ in {"ADP", "ADV", "NUM", "DET", "NOUN", "ADJ"} for t in gap) and (
                can_speak(token)):
            return token
        return None
    return None


def subject_after_but(subject: Token, verb: Token) -> Token | None:
    """``there are 1,200 members of the band but Dorion says he expects …``: the parse made
    the first clause's noun the cue's subject and the name after ``but`` its conjunct; no
    subject is coordinated by ``but``, so the conjunct that ends right before the cue is the
    second clause's subject, who speaks."""
    return next((c for c in subject.children if c.i < verb.i and _joined_right_before(
        c, verb, {"but"})), None)


def subject_read_as_conjunct(verb: Token) -> Token | None:
    """``The police did not disclose the casualties but a source near the area told SD that
    …``: the parse joined the second clause's subject to the first clause's object and the
    cue to its verb. A noun phrase opened by ``but``/``and`` that ends right before a joined
    cue with no subject of its own is that cue's subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for token in verb.doc[verb.sent.start : verb.i]:
        if token.pos_ in {"NOUN", "PROPN"} and _joined_right_before(token, verb, {"but", "and"}):
            return token
    return None


def _joined_right_before(token: Token, verb: Token, coordinators: set[str]) -> bool:
    """A noun phrase the parse joined as a conjunct, opened by one of ``coordinators`` and
    ending right before ``verb``, that can speak: the subject of the clause ``verb`` opens."""
    doc = verb.doc
    return token.dep_ == "conj" and token.right_edge.i == verb.i - 1 and (
        token.left_edge.i > 0) and doc[token.left_edge.i - 1].lower_ in coordinators and (
        can_speak(token))


def person_shown_saying(verb: Token) -> Token | None:
    """``a video of spokesperson Tom Jabour telling reporters that …``: a participle right
    after a person's name that is the object of a preposition, with no comma between, is
    what that person is seen doing (the parse hangs it on the main clause, whose subject only
    watched). Not a verb's object: ``Ruiz often quotes Lincoln saying …`` is Ruiz's own
    point, made in Lincoln's words."""
    if verb.i == 0 or verb.dep_ not in {"advcl", "acl", "xcomp", "ccomp", "conj"}:
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    return name


def role_read_as_subject(verb: Token, subject: Token) -> bool:
    """``as incoming premier mending fences``: a bare participle whose ``as`` the parse made
    its subordinator, with a common noun between them as its subject. ``as`` names the role
    of the main clause's subject; a participle clause takes no subject of its own."""
    return verb.tag_ == "VBG" and subject.pos_ == "NOUN" and subject.i < verb.i and (
        verb.head.i != verb.i) and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children
                                           ) and any(c.dep_ == "mark" and c.lower_ == "as"
                                                     and c.i < subject.i for c in verb.children)


def subject_read_as_object_of_subordinator(verb: Token) -> Token | None:
    """``the protest comes as nurses who work in the ER say they are tired``: the parser read
    the subordinator (``as``) as a preposition and its clause's subject as its object, leaving
    the finite cue after it with no subject. The noun phrase that ends right before the cue,
    object of that subordinator, is who speaks."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or verb.dep_ not in {"advcl", "conj", "dep"}:
        return None
    end = aside_start(verb)  # "after X, at a briefing this morning, claimed": past the aside
    token = doc[end - 1]
    while not (token.dep_ == "pobj" and token.head.lower_ in SUBORDINATORS) and (
            token.head.i != token.i and token.head.i < verb.i) and (
            token.head.right_edge.i in {verb.i - 1, end - 1}):
        token = token.head
    ends_before = token.right_edge.i in {verb.i - 1, end - 1} or token.i == end - 1
    if token.dep_ != "pobj" or not ends_before or (
            token.head.lower_ not in SUBORDINATORS) or token.pos_ not in NOMINAL_POS:
        return None
    if (person := person_joined_to_role(token, verb)) is not None:
        return person
    return token if can_speak(token) else None


def aside_start(verb: Token) -> int:
    """``X, at a press briefing early this morning, claimed``: where an aside set off by
    commas, with no verb of its own, starts before the cue (the comma's index); the cue's
    own index if there is none."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return verb.i
    for k in range(verb.i - 2, verb.sent.start, -1):
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {";", ":"} or doc[k].is_quote:
            return verb.i
        if doc[k].text == ",":
            return k if k < verb.i - 2 else verb.i
    return verb.i


def person_joined_to_role(role: Token, verb: Token) -> Token | None:
    """``reiterated his commitment as the Minister of Labrador and Aboriginal Affairs and
    Russell said …``: after ``as`` a proper noun that is nobody (an office, a body) belongs to
    the clause before, and the person the parse joined to its last words with ``and``, right
    before the cue, starts a clause of their own and speaks."""
    if role.pos_ != "PROPN" or not role.text[:1].isupper() or role.ent_type_ == "PERSON":
        return None
    last = verb.doc[verb.i - 1]
    person = last
    while person.dep_ in {"compound", "flat"} and person.head.i > person.i:
        person = person.head
    if person.dep_ != "conj" or person.ent_type_ != "PERSON" or person.i != last.i or (
            verb.doc[person.left_edge.i - 1].lower_ != "and"):
        return None
    return person


def head_word_split_off(subjects: list[Token]) -> list[Token]:
    """``Ward 1 councillors Steve Butland and Paul Christian suggested``: the parser may make
    the phrase's first word a subject of its own (``split_off_head_word``); that word is the
    phrase's opening, not a second speaker, so it goes last."""
    split = {word.i for s in subjects if (word := split_off_head_word(s)) is not None}
    return [s for s in subjects if s.i not in split] + [s for s in subjects if s.i in split]


def phrase_split_by_parse(subjects: list[Token]) -> list[Token]:
    """``A passenger on board the Delhi flight told``: the parser may end the first noun
    phrase at a preposition's object and make the rest a second subject. A common-noun
    subject that starts right where another subject's prepositional phrase ends is the
    tail of that phrase, not the speaker."""
    if len(subjects) < 2 or subjects[0].pos_ != "NOUN":
        return subjects
    nearest = subjects[0]
    for other in subjects[1:]:
        edge = other.right_edge
        if other.i < nearest.i and edge.i + 1 == nearest.left_edge.i and (
                edge.dep_ in {"pobj", "prep"}):
            return [other] + [c for c in subjects if c is not other]
    return subjects


def offices_before_holder(subjects: list[Token], offices: frozenset[str]) -> list[Token]:
    """``said Lorvian President and Home Affairs Minister Berset``: the parse may end the
    first subject at a conjoined office and make the titled name a second subject. A subject
    headed by an office title (``offices``, folded) that runs, without a comma, into another
    subject whose own words start with a title is that holder's role; the holder speaks."""
    if len(subjects) < 2:
        return subjects
    for office in subjects:
        if not is_office(office, offices) or office.ent_type_ == "PERSON":
            continue
        holder = next((s for s in subjects if s.pos_ == "PROPN" and (
            s.left_edge.i == office.right_edge.i + 1 and is_office(s.left_edge, offices)
            or s.ent_type_ == "PERSON" and _after_closing_bracket(office, s))), None)
        if holder is not None:
            return [holder] + [s for s in subjects if s is not holder]
    return subjects


def _after_closing_bracket(office: Token, holder: Token) -> bool:
    """The holder's words start right after the bracket that closes the office's words
    (``Minister in the Prime Minister's Department (Federal Territories) Datuk Seri Dr
    Zaliha Mustafa``): the parse hung the bracket elsewhere, ending the office before it."""
    gap = holder.doc[office.right_edge.i + 1 : holder.left_edge.i]
    return len(gap) > 0 and all(t.text in {")", "]"} for t in gap)


def office_apposed_to_holder(subjects: list[Token], offices: frozenset[str]) -> list[Token]:
    """``Ana Ruiz, the State Minister in Charge of Trade, told``: the parse may make the
    office set off after a name's comma a second subject of the cue. An office subject that
    starts right after another subject's name and comma is that person's apposition; the
    person speaks."""
    if len(subjects) < 2:
        return subjects
    for office in subjects:
        if not is_office(office, offices) or office.ent_type_ == "PERSON":
            continue
        holder = next((s for s in subjects if s.pos_ == "PROPN" and s.ent_type_ == "PERSON"
                       and s.right_edge.i + 2 == office.left_edge.i
                       and s.doc[s.right_edge.i + 1].text == ","), None)
        if holder is not None:
            return [holder] + [s for s in subjects if s is not holder]
    return subjects


def relative_clause_tail(subjects: list[Token]) -> list[Token]:
    """``Okoro who plays for Premier League side Leeds United said``: without commas the
    parser may close the relative clause early and make its last noun a second subject of the
    cue verb. A subject that lies past another subject's ``who`` clause belongs to that clause;
    the one the clause describes is the speaker."""
    if len(subjects) < 2:
        return subjects
    for described in subjects:
        clause = next((c for c in described.children if c.dep_ == "relcl" and any(
            w.lower_ == "who" for w in c.lefts)), None)
        if clause is not None and all(
                other is described or other.i > clause.i for other in subjects):
            return [described] + [c for c in subjects if c is not described]
    return subjects


def name_before_relative(verb: Token) -> Token | None:
    """``Sanders, who was then deputy press secretary, told reporters …``: with no subject
    parsed, a name whose relative clause closes with the comma before the verb is it."""
    doc = verb.doc
    comma = verb.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    clause = doc[comma - 1]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < comma:
        clause = clause.head
    name = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != comma - 1:
        return None
    if name.pos_ != "PROPN":
        name = holder_of_place_phrase(name)
    return name if name is not None and can_speak(name) else None


def cue_read_into_relative(verb: Token) -> Token | None:
    """``Ruiz, who also holds the sports portfolio, tweeted: …``: the parse made the cue a
    clause of the relative clause's verb, after the comma that closes it; the name the
    relative clause hangs on, heading a sentence with no verb of its own, is the speaker."""
    doc = verb.doc
    clause = verb.head
    if verb.dep_ != "ccomp" or clause.dep_ != "relcl" or verb.i < 1 or (
            doc[verb.i - 1].text != ","):
        return None
    name = clause.head
    relative = any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children)
    if not relative or name.dep_ != "ROOT" or name.pos_ != "PROPN" or not can_speak(name):
        return None
    return name


def holder_of_place_phrase(place: Token) -> Token | None:
    """``an official from neighbouring Sunamganj district, where 300,000 residents were hit,
    said``: the relative clause is the place's, and the one who speaks is the person noun the
    place phrase hangs on, a phrase of its own after a comma or at the sentence's start."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"from", "of", "in", "at"}:
        return None
    holder = prep.head
    if holder.pos_ != "NOUN" or holder.tag_ != "NN" or holder.i > prep.i:
        return None
    start = holder.left_edge.i
    opens = start == holder.sent.start or holder.doc[start - 1].text == ","
    return holder if opens and any(c.dep_ == "det" for c in holder.children) else None


def name_apposed_in_fronted_clause(verb: Token) -> Token | None:
    """``Speaking on the programme on Wednesday, Ana Ruiz, a lawmaker, said …``: the parse
    may hang the subject's name on the last noun of a fronted participle clause as its
    apposition and leave the cue without a subject; that name speaks."""
    fronted = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    if fronted is None:
        return None
    names = [t for t in fronted.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
             and t.ent_type_ == "PERSON" and t.head.i != fronted.i]
    return names[-1] if names else None


def name_just_before(verb: Token, offices: Container[str] = (),
                      first_names: Container[str] = ()) -> Token | None:
    """``… advocate Josh Matlow told``, ``… and farmer, Tom Evans, says``: the name right
    before a verb the parser left without a subject (a person's name set off by commas too;
    a titled name the parser hung inside an ``of`` phrase, ``City of Prince Albert Transit
    Manager Evan Hastings said``, too)."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k > 0 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON":
        start = name_start(doc[k - 1])
        if start > 0 and doc[start - 1].text == ",":
            k -= 1  # ", Tom Evans, says"
    if k < 0 or doc[k].pos_ not in {"PROPN", "PRON"} or doc[k].dep_ == "poss" or (
            doc[k].dep_ == "pobj" and not _time_swallowed_name(doc[k])
            and not _titled_person(doc[k], offices)
            and not given_and_surname(doc[k], first_names)):
        return None
    return doc[k] if can_speak(doc[k]) else None


def _titled_person(token: Token, offices: Container[str]) -> bool:
    """A person's name right after a capitalised office title (``Transit Manager Evan
    Hastings``): the holder introduced, whatever phrase the parser hung the name in."""
    start = name_start(token)
    before = token.doc[start - 1] if start > 0 else None
    return token.ent_type_ == "PERSON" and before is not None and before.text[:1].isupper() and (
        is_office(before, offices))


def _time_swallowed_name(token: Token) -> bool:
    """``At 20:00 Eskom tweeted``: the parser read the name as part of the time phrase (a
    number or clock time hung on it), so the name is the cue's subject, not the time's."""
    return token.pos_ == "PROPN" and any(time_word_on_name(token, c) for c in token.children)


def person_before_apposition(verb: Token) -> Token | None:
    """``… after John Boyle, general secretary of the union (INTO), said his union …``: the
    parser made the name the object of ``after`` and left the cue with no subject; a
    person's name whose apposition ends at the comma before the cue is its speaker."""
    doc = verb.doc
    comma = verb.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for token in reversed(doc[verb.sent.start : comma]):
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and any(
                c.dep_ == "appos" for c in token.children) and (
                max(t.i for t in token.subtree) == comma - 1 or (
                # (the closing bracket of "… Board (HDB)" may hang anywhere)
                token.right_edge.i >= comma - 2 and doc[comma - 1].text == ")")):
            return token
    return None


def speaker_read_as_apposition(verb: Token) -> Token | None:
    """``Layoffs are likely at the mill in Brooklyn, the head of the union said``: the parser
    hung the speaker's phrase on the place before its comma (``grammar``'s
    ``subject_read_as_apposition``) and left the cue with no subject; that phrase speaks."""
    token = apposed_subject_before(verb)
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    return token if can_speak(token) else None


def described_by_apposition(time: Token) -> Token | None:
    """The speaker a fronted time expression was mis-parsed over: ``Late Wednesday, the
    Denver-based lender announced`` makes ``lender`` an apposition of ``Wednesday``."""
    for child in time.children:
        if child.dep_ == "appos" and not is_time_expression(child) and can_speak(child):
            return child
    return None


def named_beside(role: Token) -> Token | None:
    """The person's name a role noun is set beside (``Ana Ruiz, a lawyer``), if any."""
    if role.dep_ == "appos" and role.pos_ == "NOUN" and role.head.pos_ == "PROPN" and (
            role.head.ent_type_ in {"PERSON", ""}):
        return role.head
    return None


def surname_read_as_adverb(verb: Token) -> Token | None:
    """A clause-opening modifier of the verb that is the surname of a person named before
    (``Long praised …``, ``Little said …``): the tagger's adverb is the subject."""
    first = next(verb.lefts, None)
    if first is None or first.dep_ not in {"advmod", "amod", "npadvmod"} or not (
            first.is_sent_start or first.i > 0 and first.doc[first.i - 1].is_punct):
        return None
    return first if surname_named_before(first) or lone_word_before_cue(first, verb) else None


def lone_word_before_cue(word: Token, verb: Token) -> bool:
    """``Evertest said the board will …`` (a misspelt or unknown surname the tagger read as an
    adverb): a capitalised word opening the sentence right before the verb, which has no
    subject, is the one who said it; no sentence adverb stands there without a comma."""
    return word.is_sent_start and word.i + 1 == verb.i and word.text[:1].isupper() and (
        word.is_alpha and len(word) > 2) and word.lower_ not in SENTENCE_ADVERBS and not (
        word.lower_.endswith("ly")) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def thing_before_participle(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """A speech participle inside a prepositional phrase (``for island tourism adding
    that …``) whose parsed subject is a lower-case common noun no rules file lists as a
    speaker: the participle belongs to the clause the phrase hangs on."""
    thing = subject.pos_ == "NOUN" and subject.is_lower and subject.ent_type_ == "" and not (
        lexicon.speaker_noun(subject))
    if not thing or verb.tag_ != "VBG":
        return False
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.i < subject.i and (
            lexicon.cue(verb.head) is not None):
        # "HERA announced a price hike on March 29 saying it would …": the object of the
        # cue before, read as the participle's subject ("heard the guard shouting" is no cue)
        return True
    # ("…, with one person saying they …": the absolute "with" gives the participle its own
    # subject, whoever or whatever it is)
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ != "with" and (
        clause_verb(verb).pos_ in {"VERB", "AUX"})


def clause_verb(token: Token) -> Token:
    """The verb whose clause a word sits in, up through its phrases."""
    head = token.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def person_doing(verb: Token, lexicon: Lexicon) -> Token | None:
    """``two arrests and a third man claiming officers had shoved him``: a person described
    by a participle that reports a clause is its speaker (a thing, ``a sign saying``, is not;
    person nouns are those of rules/speaker_nouns.jsonl with type person)."""
    head = verb.head
    person = head.ent_type_ == "PERSON" or (
        head.pos_ == "NOUN" and lexicon.speaker_noun(head).type == "person")
    absolute = head.dep_ == "pobj" and head.head.lower_ == "with" and (
        lexicon.speaker_noun(head).type in {"person", "organization", "group"})
    if (person or absolute) and any(c.dep_ == "ccomp" for c in verb.children):
        return head  # (and "…, with unions saying …": whoever the "with" phrase sets speaking)
    return _subject_past_object(verb, lexicon)


def _subject_past_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """``Eskom has apologised for the outages saying it realises …``: a reporting participle
    the parser hung on the object of a preposition (a thing, not a person) continues the
    clause whose subject spoke."""
    head = verb.head
    if verb.lower_ not in lexicon.continuations or head.dep_ != "pobj" or (
            head.ent_type_ == "PERSON") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    clause = head.head.head  # the preposition's verb
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and can_speak(subject) else None


def maker_in_relative(noun: Token) -> Token | None:
    """``a statement he made earlier``, ``the post she wrote``: the subject of a relative
    clause on the document whose object is the document itself (no object of its own),
    a name or a personal pronoun: who made the document."""
    clause = next((c for c in noun.rights if c.dep_ == "relcl"), None)
    if clause is None or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.tag_ == "PRP"):
        return None
    return subject


def spaced_dash(token: Token) -> bool:
    """A dash with a space on each side: it sets off an aside, it joins no words."""
    doc = token.doc
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(
        doc[token.i - 1].whitespace_)


def name_before_dashed_aside(verb: Token) -> Token | None:
    """``Lesieli Aholelei-Yitiri - whose family home … - said …``: an aside between dashes
    broke the parse, leaving the cue with no subject; the name that opens the sentence,
    right before the first dash, is who speaks."""
    doc = verb.doc
    if verb.i < 2 or not spaced_dash(doc[verb.i - 1]):
        return None
    sent = verb.sent
    first = next((t for t in doc[sent.start : verb.i - 1] if spaced_dash(t)), None)
    if first is None or first.i == sent.start:
        return None
    name = [t for t in doc[sent.start : first.i] if not t.is_punct]
    if not name or len(name) > 6 or not all(t.pos_ == "PROPN" for t in name):
        return None
    return name[-1]


def holder_after_office_object(office: Token) -> Token | None:
    """``the President and Director-General for the West Island Health Authority, Dan
    Gabay,``: the person's name apposed to the body an office is of."""
    return name_apposed_to_office_object(office, person=True)


def noun_read_as_compound(verb: Token, lexicon: Lexicon) -> Token | None:
    """``…, the release states, adding …``: the parser read the subject and the cue as one
    noun phrase (``release`` a compound of ``states``). A speaker noun right before a finite
    cue that has no subject, hung on it as a compound, is its subject."""
    if verb.i == 0 or verb.tag_ not in {"VBZ", "VBD", "VBP"}:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "compound" or noun.head.i != verb.i or noun.pos_ != "NOUN" or (
            lexicon.speaker_noun(noun) is NO_NOUN):
        return None
    return noun


def holder_read_as_object(office: Token, offices: Container[str]) -> Token | None:
    """``WARRIORS coach Norman Mapeza has admitted``: the parse read the title as a verb-like
    subject with the name right after it as its object; the name is the holder, who speaks.
    The name's last word, else None."""
    if not is_office(office, offices) or office.ent_type_ == "PERSON":
        return None
    return next((c for c in office.rights if c.dep_ == "dobj"
                 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and c.left_edge.i == office.i + 1), None)


def name_set_off_after_subject(subject: Token, verb: Token,
                               offices: Container[str]) -> Token | None:
    """``The commander of NCD/Central, Acting Assistant Commissioner of Police Benjamin Turi,
    has confirmed``: a description subject whose phrase is followed, between commas right
    before the verb, by capitalised words ending in a person's name (however the parse hung
    them) is that person, set off as its apposition. Only where the parse found no
    apposition of the subject there (``The lawyer representing Tom Hale, Greta Lind, said``
    is resolved through it) and the subject is one person (``Relatives of the victim, Omar
    Haddad, said``: the relatives speak). A capitalised office the parse made the subject
    counts as its noun (``Chief of the Harbour council of Tsiigehtchic, Grace Blake, said``).
    The name's last word, else None."""
    doc = subject.doc
    if not (subject.pos_ == "NOUN" or is_office(subject, offices)) or subject.i >= verb.i or (
            subject.tag_ in {"NNS", "NNPS"}):
        return None
    end = verb.i - 1
    while end > subject.i and doc[end].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        end -= 1
    if doc[end].text != ",":
        return None
    start = next((t.i for t in doc[subject.i + 1 : end] if t.text == ","), None)
    if start is None:
        return None
    words = [t for t in doc[start + 1 : end] if not t.is_space]
    last = words[-1] if words else None
    if last is None or len(words) < 2 or last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or (
            not all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and"} for t in words)) or (
            any(t.dep_ == "appos" for t in words)):
        return None
    return last


def appositive_name(token: Token) -> Token:
    """``the military's media wing, Inter-Services Public Relations (ISPR)``: prefer the name.
    A name's own bracketed words are its role or its initials, not another name (``A.I.G.
    Mannah (Director of Operations, SLP)``, ``… Management Presidency (AFAD)``)."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not (
                token.pos_ == "PROPN" and _bracketed_phrase(child)) and not (
                token.pos_ == "PROPN" and not set_off_after(child)):
            return child  # (not "According to Mahler, San Pedro cannot …": a name that
            # opens the statement, misparsed as the source's apposition)
    return token


def set_off_after(token: Token) -> bool:
    """The token's phrase is closed by a comma, a bracket or the sentence's end, as an
    apposition is; a verb right after it makes it a subject."""
    doc = token.doc
    after = token.right_edge.i + 1
    return after >= len(doc) or doc[after].text in {",", ")", ".", ";", ":"} or (
        doc[after].is_space)


def _bracketed_phrase(token: Token) -> bool:
    """The token's phrase opens with a bracket (``(Director of …)``, ``(AFAD)``)."""
    doc = token.doc
    return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "("
