"""Speakers from cues: the subject of a cue verb and the words that name it.

Speakers are *mentions* here (``he``, ``the foreign office``); the resolution stage
decides who they are.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from ..datelines import in_release_furniture
from ..model import Mention, fold
from ..names import BODY_JOINERS, OFFICE_PREPOSITIONS, name_after_institution
from ..rules import NO_NOUN
from .context import Context, sentence_of
from .grammar import (
    FINITE_TAGS,
    NOMINAL_POS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    SUBJECT_INHERIT_DEPS,
    apposed_subject_before,
    comma_between,
    coordinated_with,
    is_finite,
    joins_hyphenated,
    statement_first_verb,
    up_prepositions,
)
from .lexicon import Lexicon


def passive_hearer(verb: Token, lexicon: Lexicon) -> bool:
    """``the Gazette has been told``, ``reporters were told``: the subject of a passive cue
    (but for the few whose passive names the speaker: ``was quoted as saying``) heard the
    words and did not say them."""
    return verb.lemma_.lower() not in lexicon.passive_speakers and any(
        c.dep_ == "auxpass" for c in verb.children)


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


def subject_of(verb: Token, lexicon: Lexicon, depth: int = 0,
               issuers: bool = True) -> Token | None:
    """The verb's grammatical subject, following ``…, saying``/``and said`` to the main verb.

    ``a resolution expressing …`` speaks for whoever passed the resolution; ``Bortis, who
    noted …`` for Bortis. Determiners and relative pronouns are never speakers. With
    ``issuers=False`` the subject is the words themselves, not who issued a document.
    """
    subjects = _ranked_subjects(verb, lexicon)
    for step in (_subject_misplaced_by_parse, _own_subject, _speaker_without_subject,
                 _speaker_of_governing_clause, _speaker_of_joined_verb):
        if (found := step(verb, subjects, lexicon, depth, issuers)) is not UNDECIDED:
            return found
    return None


UNDECIDED = object()  # a step of ``subject_of`` that has no answer: the next step asks


def _ranked_subjects(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The verb's subjects, best first, each widened or moved to the word that names
    the speaker (a relative clause's tail, an office's holder)."""
    # not a bracket the parse took for a subject ("Coase [13,14] argues"), nor a ticker
    # ("Tellurian (NYSE: TLR) said")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and (
        c.pos_ not in {"VERB", "PUNCT", "X"} or _name_tagged_verb(c))
        and not release_furniture_token(c) and any(ch.isalnum() for ch in c.text)]
    # (not the "-" of "Song Min-soon" the tagger read as a name)
    # a mis-parse can give a verb two subjects: the one nearest the verb is the speaker;
    # in a cue set off inside a clause, the one after it ("The reason, says the prosecution,
    # is …": the subject before is the interrupted statement's)
    # ("Ana Ruiz in a video after the press conference said": a subject behind a subordinator
    # the parse hung on the verb is the subordinate clause's, never the speaker)
    found = list(subjects)  # (a list being sorted reads as empty)
    # ("councillors, who residents claim they had never seen": beside a subject of its own,
    # the relative pronoun is the gap of the clause said, no speaker)
    subjects.sort(key=lambda c: (len(found) > 1 and c.tag_ in RELATIVE_TAGS,
                                 _behind_subordinator(verb, c), _in_affiliation(c, found),
                                 _place_of_body_before(c, found),
                                 c.pos_ not in {"PROPN", "PRON"},
                                 verb.dep_ == "parataxis" and c.i < verb.i, abs(verb.i - c.i)))
    subjects = _relative_clause_tail(_phrase_split_by_parse(_head_word_split_off(subjects)))
    subjects = _offices_before_holder(subjects, lexicon.offices)
    subjects = _office_apposed_to_holder(subjects, lexicon.offices)
    return subjects


def _subject_misplaced_by_parse(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                                issuers: bool) -> object:
    """A subject the parse put in the wrong place: a verbless sentence's noun phrase, the
    thing before a participle, a role after ``as``, a town's state."""
    if subjects and _behind_subordinator(verb, subjects[0]) and verb.dep_ == "advcl" and (
            verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}):
        # "Ana Ruiz in a video after the press conference said …", parsed as a verbless
        # sentence: the noun phrase it hangs on is who said it
        return verb.head if _can_speak(verb.head) else None
    if depth < 3 and subjects and _thing_before_participle(verb, subjects[0], lexicon):
        # "Lena Holt spoke of a hard year for island tourism adding that …": the parse made
        # the thing before the participle its subject; who speaks is the clause's subject
        return subject_of(clause_verb(verb), lexicon, depth + 1, issuers)
    if depth < 3 and subjects and role_read_as_subject(verb, subjects[0]):
        # "began her day as incoming premier mending fences … and telling X that …": the
        # parse made the role after "as" the participle's subject; the main clause's speaks
        return subject_of(verb.head, lexicon, depth + 1, issuers)
    if subjects and (pair := place_pair_read_as_subject(subjects[0])) is not None:
        return pair  # "Many in Harbury, Mississippi say": the state is the town's, not who says
    return UNDECIDED


def _own_subject(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                 issuers: bool) -> object:
    """The verb's own first subject, unless a passive, a relative pronoun or no speaker."""
    for child in subjects[:1]:
        if child.dep_ in SUBJECT_DEPS:
            if child.dep_ == "nsubjpass" and (
                    verb.lemma_.lower() not in lexicon.passive_speakers):
                # "we're told …", "48 people were reported dead", "the arrest, which was
                # described as “…”": what was described is no speaker
                return None
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                # "Bortis, who noted …" -> Bortis; "Ada Holm, chief scientist until 2016, who
                # predicted": a "who" the parse hung on a date is the person's before it;
                # "Ana Ruiz, a lawyer who said …": the name the role is set beside
                return person_before_date(verb.head, child) or people_before_place(
                    verb.head, child) or person_of_place(verb.head, child) or (
                    _named_beside(verb.head)) or verb.head
            if is_time_expression(child):
                child = _described_by_apposition(child)
                if child is None:
                    return None
            if child.tag_ in RELATIVE_TAGS or not _can_speak(child):
                return None
            if (named := name_set_off_after_subject(child, verb)) is not None or (
                    named := holder_read_as_object(child, lexicon.offices)) is not None or (
                    named := subject_after_but(child, verb)) is not None:
                return named  # "The commander of NCD/Central, Acting … Benjamin Turi, has"
            return lexicon.issuer(child) if issuers else child
    return UNDECIDED


def _speaker_without_subject(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                             issuers: bool) -> object:
    """Words the parse did not make the subject: an age, a surname read as an adverb, a
    compound, an apposition, the noun a relative clause hangs on, a name just before."""
    if not subjects and (age := next((c for c in verb.lefts if c.dep_ == "amod"
                                      and age_nominal(c)), None)) is not None:
        return age  # "the 54-year-old said", parsed as an adjective of "said"
    if not subjects and (surname := surname_read_as_adverb(verb)) is not None:
        return surname  # "Long praised his deputies …, stating": "Long" tagged an adverb
    if not subjects and (noun := noun_read_as_compound(verb, lexicon)) is not None:
        return lexicon.issuer(noun) if issuers else noun  # "…, the release states, adding"
    if not subjects and (apposed := _subject_read_as_apposition(verb)) is not None:
        return lexicon.issuer(apposed) if issuers else apposed  # "… in Brooklyn, the head of
        # the union said": the parser apposed the speaker to the town
    if verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL_POS:
        return verb.head  # "Smith, who said …"
    if not subjects and (named := _cue_read_into_relative(verb)) is not None:
        return named  # "Ruiz, who also holds the sports portfolio, tweeted: …"
    if verb.dep_ in {"ROOT", "ccomp"} and verb.tag_ in FINITE_TAGS:
        before = _name_just_before(verb, lexicon.offices, lexicon.first_names) or (
            _name_before_relative(verb)) or (
            _name_apposed_in_fronted_clause(verb)) or _person_before_apposition(verb)
        if before is not None:
            return before  # "… advocate Josh Matlow told HuffPost …" parsed without a subject
    if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
        if (clause_subject := participle_set_off_after_object(verb)) is not None:
            return clause_subject  # "X faced the cameras – and the boos –, describing …"
        if verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and (
                _can_speak(verb.head)):
            return verb.head  # "Coun Ana Reyes, ward councillor, called on … and pointed out
            # …", parsed verbless: a finite past on the name is its predicate, the name speaks
        if verb.tag_ != "VBG" or not issuers:
            return None
        if (actor := _with_object_before_adverbial(verb)) is not None:
            return actor  # "with Cllr Ruiz at one point telling …", hung on "point"
        return _speaker_of_document(verb.head, lexicon) or _person_doing(verb, lexicon)
    return UNDECIDED


def _speaker_of_governing_clause(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                                 issuers: bool) -> object:
    """The speaker of the clause or phrase the verb hangs on: ``was quoted as saying``,
    ``is proud to announce``, ``is said to have told``, a participle after a main clause."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to":
        return None  # "when it comes to explaining why", "looks forward to announcing": an
        # activity named, not a statement made
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "was quoted as saying"; "Reuters quoted a spokesman as saying": the spokesman
        quoted = quoted_object(verb.head, lexicon) or (
            object_blamed_for(verb.head, lexicon) if depth == 0 else None)  # its own "for"
        if quoted is not None:
            return quoted
        found = subject_of(verb.head.head, lexicon, depth + 1, issuers)
        if found is not None and told_to(verb, found) and (
                outer := clause_governor(verb.head.head)) is not None:
            return subject_of(outer, lexicon, depth + 1, issuers)  # "X left Y fuming after
            # telling Y that …": the one told is not the teller; the clause's subject is
        return found
    if depth < 3 and verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
        # "I am proud to announce …", "the Government is pleased to note …"
        return subject_of(verb.head, lexicon, depth + 1, issuers)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.hearsay and (raised := next(
            (c for c in verb.head.children if c.dep_ == "nsubjpass"), None)) is not None and (
            _can_speak(raised)):
        return raised  # "Alhassan is said to have told the police that …": Alhassan told
    if (misread := subject_read_as_object_of_subordinator(verb)) is not None:
        return misread  # "… as nurses who work in the ER say they are tired": the nurses
    if depth < 3 and verb.tag_ == "VBG" and not subjects and (
            trailer := trailing_cue_before(verb, verb.head, lexicon)) is not None and (
            speaker := subject_of(trailer, lexicon, depth + 1, issuers)) is not None:
        return speaker  # "The town will help, Mayor X said, adding …": X is adding
    if depth < 3 and (root := participle_after_main_clause(verb)) is not None:
        # "Ana Ruiz compiled a report, contending that, because …, the city should …": the
        # parse hung the participle on the clause it introduces; the main clause's subject
        return subject_of(root, lexicon, depth + 1, issuers)
    if verb.tag_ == "VBG" and (actor := subject_of_with_absolute(verb)) is not None:
        return actor  # "… summed up with councillor Tara McFadden stating, “…”"
    if (joined := subject_read_as_conjunct(verb)) is not None:
        return joined  # "… did not disclose the casualties but a source told SD that …"
    if verb.tag_ == "VBG" and (shown := person_shown_saying(verb)) is not None:
        return shown  # "a video resurfaced of spokesperson Tom Jabour telling reporters …"
    if verb.tag_ == "VBG" and (
            alleged := speaker_of_alleged_saying(verb, lexicon.claim_nouns)) is not None:
        return alleged  # "denied allegations of Minister Ahmet Davutoglu saying, “…”"
    if depth < 3 and participle_read_as_complement(verb, lexicon):
        # "…, saying he believed …, and telling them they have …": the second participle is
        # the first one's speaker's, not a clause of what was said
        return subject_of(verb.head, lexicon, depth + 1, issuers)
    if depth < 3 and (clause := clause_of_participle_read_as_object(verb)) is not None:
        return subject_of(clause, lexicon, depth + 1, issuers)  # "Cllr X summed up the view
        # of many saying: “…”": the participle is X's, not an object of "of"
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and (
            verb.lemma_.lower() not in lexicon.passive_speakers):
        return None  # "… asked for an explanation and was told: “…”": whom it was said to
    if depth == 0 and verb.dep_ == "xcomp" and (controller := object_controlling(verb)):
        return controller  # "…, prompting Mayor Ron McRae to state publicly that …"
    return UNDECIDED


def _speaker_of_joined_verb(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                            issuers: bool) -> object:
    """The speaker of the verb this one is joined to or continues (``and said``, ``adding``)."""
    if depth < 3 and verb.dep_ in SUBJECT_INHERIT_DEPS and verb.head.i != verb.i:
        head = coordinated_with(verb)
        if verb.dep_ == "conj" and not any(c.dep_ in {"csubj", "expl"} for c in verb.children) and (
                sworn := passive_subject_joined(head)) is not None:
            return sworn  # "Mayor X was sworn in … and said …": who was sworn in says it
        if (participle := participle_joined_to_finite(verb, head)) is not None:
            head = participle  # "…, noting the economy slows — and saying …": noting's
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
                first := statement_first_verb(head)) is not None:
            head = first  # "… that X must respect … and stop …, demanding": the cue's speaker
        if verb.dep_ in {"advcl", "conj"} and head.dep_ == "ccomp" and issuers and (
                lexicon.cue(head.head) is not None or directs(head.head, lexicon)) and (
                head.head.i < head.i) and (
                verb.dep_ == "advcl" or reports_a_clause(verb, lexicon)
                or that_after_addressee(verb)):
            # "X argued that the move hurt them, noting …": X is noting; but in "Park
            # extended an invitation, saying …, the ministry said" Park is saying. "Kato
            # admitted that rains had caused delays but assured that …": Kato assures, the
            # parse joined the speech verb to the reported clause's verb
            head = head.head
        elif participle_after_subordinate(verb, head):
            head = head.head
        return subject_of(head, lexicon, depth + 1, issuers)
    if depth < 3 and verb.tag_ == "VBG" and verb.lower_ in lexicon.continuations and (
            cue := next((a for a in verb.ancestors if a.i < verb.i and lexicon.cue(a)), None)):
        # "said the ultimatum was too short adding that …", "adding" parsed inside the
        # statement: the one who said it goes on
        return subject_of(cue, lexicon, depth + 1, issuers)
    return UNDECIDED


AFFILIATION_PREPOSITIONS = frozenset({"from", "of", "at", "with", "for"})


def _in_affiliation(subject: Token, subjects: list[Token]) -> bool:
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


def _place_of_body_before(subject: Token, subjects: list[Token]) -> bool:
    """``The District Police Office, Lalitpur has said``: a place the parse made a second
    subject, right after a body's name and its comma, is where the body sits, not who
    speaks."""
    if subject.ent_type_ not in {"GPE", "LOC"} or subject.left_edge.i < 2:
        return False
    comma = subject.doc[subject.left_edge.i - 1]
    return comma.text == "," and any(
        body.i < subject.i and body.ent_type_ == "ORG"
        and body.right_edge.i in {comma.i - 1, comma.i} for body in subjects)


def _behind_subordinator(verb: Token, subject: Token) -> bool:
    """The subject stands after a subordinator the parse hung on the verb (``after the press
    conference said``): it is the subordinate clause's subject, not the verb's speaker."""
    return any(m.dep_ == "mark" and m.i < subject.i < verb.i and m.lower_ != "that"
               for m in verb.children)


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
                token.right_edge.i == verb.i - 1) and _can_speak(token):
            return token
    return _with_object_before_adverbial(verb)


def _with_object_before_adverbial(verb: Token) -> Token | None:
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
                _can_speak(token)):
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
        _can_speak(token))


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
    if subject is None or subject.tag_ in RELATIVE_TAGS or not _can_speak(subject) or (
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
    return token if _can_speak(token) else None


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
    return found if found is not None and _can_speak(found) else None


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


def release_furniture_token(token: Token) -> bool:
    """A word of a ticker parenthesis or a wire tag (``TLR`` in ``(NYSE: TLR)``): read from
    the words around it, never from the whole text."""
    window = token.doc[max(0, token.i - 12) : token.i + 12]
    return in_release_furniture(window.text, token.idx - window.start_char)


def _head_word_split_off(subjects: list[Token]) -> list[Token]:
    """``Ward 1 councillors Steve Butland and Paul Christian suggested``: the parser may make
    the phrase's first word a subject of its own (``split_off_head_word``); that word is the
    phrase's opening, not a second speaker, so it goes last."""
    split = {word.i for s in subjects if (word := split_off_head_word(s)) is not None}
    return [s for s in subjects if s.i not in split] + [s for s in subjects if s.i in split]


def glued_list_of_names(role: Token, name: Token) -> bool:
    """``councillors Steve Butland and Paul Christian``: a plural role run without a comma
    into names joined by ``and`` is those people's."""
    return name.left_edge.i == role.i + 1 and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children)


def split_off_head_word(token: Token) -> Token | None:
    """The one-word proper-noun subject of the same verb written right before ``token``'s
    phrase (``Ward`` of ``Ward 1 councillors …``), or None."""
    doc = token.doc
    first = token.left_edge.i
    if first == 0:
        return None
    before = doc[first - 1]
    return before if before.pos_ == "PROPN" and before.dep_ in SUBJECT_DEPS and (
        before.head.i == token.head.i) and before.left_edge.i == before.i else None


def _phrase_split_by_parse(subjects: list[Token]) -> list[Token]:
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


def is_office(token: Token, offices: Container[str]) -> bool:
    """Whether a word is a role title (``offices``: folded, without a full stop), as
    ``Minister``, ``CEO`` or ``Supt.``; or, capitalised, opens one of two words with the word
    after it (``Member for`` in rules/titles.jsonl: ``Member for Katherine``, a seat named by
    its place, where ``members`` of a body hold no office)."""
    if fold(token.text).rstrip(".") in offices:
        return True
    doc = token.doc
    return token.is_title and token.i + 1 < len(doc) and (
        f"{fold(token.text)} {doc[token.i + 1].lower_}" in offices)


def _offices_before_holder(subjects: list[Token], offices: frozenset[str]) -> list[Token]:
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


def holder_closing_office_phrase(office: Token, offices: Container[str]) -> Token | None:
    """``Minister of State for Media Affairs and Communications Mohammad Al Momani said``: the
    parse joined the name to the last portfolio with ``and`` (or hung it as the portfolio's
    object: ``The Minister responsible for fisheries Jean-François Ferrari has said``). An
    office title in capitals whose phrase (no comma in it) ends in a person's name inside its
    portfolio words runs on to that name, its holder; joined with ``and`` only without an
    article (``The Minister of Health and Ana Ruiz`` are two people)."""
    if not is_office(office, offices) or _inside_persons_name(office) or (
            office.pos_ != "PROPN"):
        return None
    words = office.doc[office.i : office.right_edge.i + 1]
    last = words[-1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.head.i == office.i or (
            last.dep_ not in {"conj", "pobj"}) or any(t.text in {",", "(", ")"} for t in words):
        return None
    # with an article, a portfolio word before the name (not "The Mayor of Dunmore", a place
    # the tagger took for a person)
    if any(c.dep_ == "det" for c in office.children) and (last.dep_ == "conj" or not any(
            c.i < last.i and c.ent_type_ != "PERSON" and c.dep_ in {"compound", "amod"}
            for c in last.children)):
        return None
    return last


def _inside_persons_name(office: Token) -> bool:
    """An office word the tagger put inside a person's name (``Mayor Ana Ruiz`` tagged whole);
    an office tagged a person on its own (``AAP MLA and leader of opposition X``) is none."""
    doc = office.doc
    return office.ent_type_ == "PERSON" and (
        office.ent_iob_ == "I" or office.i + 1 < len(doc) and doc[office.i + 1].ent_iob_ == "I")


def _after_closing_bracket(office: Token, holder: Token) -> bool:
    """The holder's words start right after the bracket that closes the office's words
    (``Minister in the Prime Minister's Department (Federal Territories) Datuk Seri Dr
    Zaliha Mustafa``): the parse hung the bracket elsewhere, ending the office before it."""
    gap = holder.doc[office.right_edge.i + 1 : holder.left_edge.i]
    return len(gap) > 0 and all(t.text in {")", "]"} for t in gap)


def _office_apposed_to_holder(subjects: list[Token], offices: frozenset[str]) -> list[Token]:
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


def _relative_clause_tail(subjects: list[Token]) -> list[Token]:
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


INDEFINITE_SPEAKERS = {"someone", "somebody", "everyone", "everybody", "anyone", "nobody", "none",
                       "one", "each", "either", "neither"}


def _name_before_relative(verb: Token) -> Token | None:
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
    return name if name is not None and _can_speak(name) else None


def _cue_read_into_relative(verb: Token) -> Token | None:
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
    if not relative or name.dep_ != "ROOT" or name.pos_ != "PROPN" or not _can_speak(name):
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


def _name_apposed_in_fronted_clause(verb: Token) -> Token | None:
    """``Speaking on the programme on Wednesday, Ana Ruiz, a lawmaker, said …``: the parse
    may hang the subject's name on the last noun of a fronted participle clause as its
    apposition and leave the cue without a subject; that name speaks."""
    fronted = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    if fronted is None:
        return None
    names = [t for t in fronted.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
             and t.ent_type_ == "PERSON" and t.head.i != fronted.i]
    return names[-1] if names else None


def _name_just_before(verb: Token, offices: Container[str] = (),
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
    return doc[k] if _can_speak(doc[k]) else None


def _titled_person(token: Token, offices: Container[str]) -> bool:
    """A person's name right after a capitalised office title (``Transit Manager Evan
    Hastings``): the holder introduced, whatever phrase the parser hung the name in."""
    start = name_start(token)
    before = token.doc[start - 1] if start > 0 else None
    return token.ent_type_ == "PERSON" and before is not None and before.text[:1].isupper() and (
        is_office(before, offices))


def given_and_surname(token: Token, first_names: Container[str]) -> bool:
    """``… Leader of the Opposition in the National Assembly Omar Ayub claimed``: a known
    first name and a surname, right before a cue the parse left without a subject, whatever
    office phrase (and body label) the parse ran them into."""
    given = token.doc[token.i - 1] if token.i > 0 else None
    return given is not None and given.pos_ == "PROPN" and given.head.i == token.i and (
        given.dep_ in {"compound", "flat"}) and given.lower_ in first_names


def _time_swallowed_name(token: Token) -> bool:
    """``At 20:00 Eskom tweeted``: the parser read the name as part of the time phrase (a
    number or clock time hung on it), so the name is the cue's subject, not the time's."""
    return token.pos_ == "PROPN" and any(time_word_on_name(token, c) for c in token.children)


def time_word_on_name(name: Token, child: Token) -> bool:
    """``At 20:00 Eskom``, ``On Friday Eskom``: a clock time, number or date word the parser
    compounded on a name inside a time phrase is the time's, no word of the name."""
    return child.i < name.i and child.dep_ in {"nummod", "compound"} and (
        ":" in child.text or name.dep_ == "pobj" and (
            child.like_num or child.ent_type_ in TIME_LABELS))


def _office_after_portfolios(token: Token, offices: Container[str]) -> Token | None:
    """``The investment, trade and industry minister``: the parser made the first portfolio
    the head and the office the last of its conjuncts. An office noun ending a chain of
    lower-case portfolio nouns joined by commas and ``and`` is the phrase's real head."""
    chain = [token]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
    office = chain[-1]
    if len(chain) < 2 or office.lower_ not in offices or not all(
            t.pos_ == "NOUN" and t.is_lower for t in chain[:-1]):
        return None
    return office


def _person_before_apposition(verb: Token) -> Token | None:
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


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """``Layoffs are likely at the mill in Brooklyn, the head of the union said``: the parser
    hung the speaker's phrase on the place before its comma (``grammar``'s
    ``subject_read_as_apposition``) and left the cue with no subject; that phrase speaks."""
    token = apposed_subject_before(verb)
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    return token if _can_speak(token) else None


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "She and X said": both

QUANTIFIER_SPEAKERS = {"some", "many", "both", "all", "others", "most", "several", "few",
                       "those", "these"}


def _name_tagged_verb(token: Token) -> bool:
    """``Coase [13,14] argues``: a lone capitalised subject the tagger read as a verb."""
    return token.pos_ == "VERB" and token.dep_ == "nsubj" and token.text[:1].isupper() and (
        token.text != "I") and not any(token.children)


TIME_LABELS = {"DATE", "TIME"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a street or a town holds no office


def is_time_expression(token: Token) -> bool:
    """``Late Wednesday``, ``Thursday``, ``last week``: a date or time is never a speaker, even
    where the parser makes it the subject (``Late Wednesday, the lender announced …``)."""
    return token.ent_type_ in TIME_LABELS and token.pos_ != "PRON" and not age_nominal(token)


def _described_by_apposition(time: Token) -> Token | None:
    """The speaker a fronted time expression was mis-parsed over: ``Late Wednesday, the
    Denver-based lender announced`` makes ``lender`` an apposition of ``Wednesday``."""
    for child in time.children:
        if child.dep_ == "appos" and not is_time_expression(child) and _can_speak(child):
            return child
    return None


def _named_beside(role: Token) -> Token | None:
    """The person's name a role noun is set beside (``Ana Ruiz, a lawyer``), if any."""
    if role.dep_ == "appos" and role.pos_ == "NOUN" and role.head.pos_ == "PROPN" and (
            role.head.ent_type_ in {"PERSON", ""}):
        return role.head
    return None


def _can_speak(token: Token) -> bool:
    if is_time_expression(token) and not surname_named_before(token):
        return False  # (but "added Baril" after "Marc Baril", the surname the tagger made a date)
    if _name_tagged_verb(token):
        return True
    if token.pos_ == "PRON":
        return token.tag_ == "PRP" or token.lower_ in QUANTIFIER_SPEAKERS | INDEFINITE_SPEAKERS
    if token.pos_ in NOMINAL_POS:
        return True
    if token.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True  # "One of the guards said"
    if token.pos_ == "NUM" and token.is_alpha and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True  # "The two said": the people just named, together
    if union_local_number(token):
        return True  # "CUPE Local 416 said": the number names the union local
    if token.pos_ == "ADJ" and (noun_lost_by_tagger(token) is not None or age_nominal(token)):
        return True  # "the cheerful innkeeper said" with "innkeeper" tagged an adverb
    if token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" for c in token.children) and any(
            c.dep_ in {"acl", "relcl", "prep"} for c in token.children):
        return True  # "A circular issued on Thursday said": a noun the tagger read as adjective
    if surname_named_before(token):
        return True  # "Bigger said" after "Mayor Brian Bigger": the surname, not the adjective
    if token.pos_ == "ADV" and token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" for c in token.children):
        return True  # "said the 32-year-old forward" with "forward" tagged an adverb
    return token.pos_ in {"DET", "NUM", "ADJ"} and token.lower_ in QUANTIFIER_SPEAKERS


def union_local_number(token: Token) -> bool:
    """``Unifor Local 444``: a number right after ``Local`` is the name of a union local."""
    return token.like_num and token.i > 0 and token.doc[token.i - 1].lower_ == "local" and (
        token.doc[token.i - 1].pos_ == "PROPN")


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


def surname_named_before(token: Token) -> bool:
    """A capitalised word the tagger read as another part of speech (``Bigger``, ``Young``,
    ``Little``) that ends a person's name tagged earlier in the article."""
    return token.text[:1].isupper() and token.is_alpha and any(
        ent.label_ == "PERSON" and len(words) > 1 and words[-1] == token.text
        for ent in token.doc.ents if ent.end <= token.i
        for words in [[t.text for t in ent if t.is_alpha]])  # ("Brian Bigger's": past "'s")


def _thing_before_participle(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
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


def _person_doing(verb: Token, lexicon: Lexicon) -> Token | None:
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
    return subject if subject is not None and _can_speak(subject) else None


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
    return subject if subject is not None and _can_speak(subject) else None


def age_nominal(token: Token) -> bool:
    """``the 54-year-old said``: an age that stands for the person (it modifies no noun)."""
    return token.pos_ == "ADJ" and token.lower_ == "old" and token.head.pos_ not in (
        NOMINAL_POS) and any(c.lower_ in {"year", "years"} for c in token.children)


def noun_lost_by_tagger(adjective: Token) -> Token | None:
    """``the cheerful innkeeper said``, parsed as the subject ``the cheerful`` with
    ``innkeeper`` an adverb of ``said``: the small model's tagger misses rare nouns. The
    lower-case word between a determined adjective subject and its verb is the real head."""
    doc = adjective.doc
    if adjective.i + 2 >= len(doc) or not any(c.dep_ == "det" for c in adjective.children):
        return None
    word, verb = doc[adjective.i + 1], adjective.head
    if not (word.is_alpha and word.is_lower) or word.is_stop or word.pos_ not in {
            "ADV", "ADJ", "NOUN"} or word.head.i != verb.i or verb.i != word.i + 1:
        return None
    return word


def _speaker_of_document(noun: Token, lexicon: Lexicon) -> Token | None:
    """``passed a resolution expressing …`` -> who passed it; ``a statement saying`` -> it."""
    if not lexicon.is_document(noun):
        return None
    issuer = lexicon.issuer(noun)
    if issuer.i != noun.i:
        return issuer
    if (maker := maker_in_relative(noun)) is not None:
        return maker  # "asked the Minister about a statement he made claiming that …": his
    if noun.dep_ in {"dobj", "pobj"}:
        governor = noun.head if noun.dep_ == "dobj" else noun.head.head
        if governor.lemma_.lower() in lexicon.deniers | lexicon.confirmers | lexicon.receivers:
            return noun  # "dismissed media reports claiming that …": the reports claim it
        return subject_of(governor, lexicon, 2)
    return noun


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


DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


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


def document_before_participle(verb: Token, lexicon: Lexicon) -> Token | None:
    """``released a statement Monday night stating …``: a participle cue right after a
    document (past a time such as ``Monday night``) speaks for whoever issued the document,
    however the parser hung the participle (here as the subject of the clause it reports)."""
    if verb.tag_ != "VBG":
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and is_time_expression(doc[k]):
        k -= 1
    if k < 0 or doc[k].pos_ != "NOUN":
        return None
    return _speaker_of_document(doc[k], lexicon)


AGE_DEPS = {"nummod", "npadvmod", "punct"}
AGE_WORDS = frozenset({"year", "years", "month", "months", "old"})


def inverted_subject(verb: Token, limit: int, addressees: Container[str] = ()) -> Token | None:
    """For ``said Rehman`` / ``says Chetham Lakshman, vice-president…``: the noun after the
    verb; after a telling verb (``addressees``), the name after its addressee (``told us
    Hilaire Bule``)."""
    doc = verb.doc
    i = verb.i + 1
    while i < min(limit, len(doc)) and doc[i].pos_ in {"ADV", "PART"}:
        i += 1
    if i >= min(limit, len(doc)):
        return None
    while i + 1 < min(limit, len(doc)) and doc[i].dep_ in AGE_DEPS and doc[i].head.i > i and (
            doc[i].is_punct or doc[i].like_num or doc[i].lower_ in AGE_WORDS):
        i += 1  # "insists 16-year-old Tomas Reyes": past the age to the name
    token = doc[i]
    if token.pos_ not in NOMINAL_POS and token.pos_ != "DET" and token.pos_ != "ADJ":
        return None
    # walk to the head of the noun phrase that starts here
    head = token
    while head.head.i != head.i and head.head.i > head.i and head.head.i < limit and (
        head.dep_ in {"compound", "det", "amod", "flat", "poss", "nmod", "case", "punct"}
    ):
        head = head.head
    if head.pos_ not in NOMINAL_POS or head.is_punct or not _can_speak(head):
        return None
    if verb.lemma_.lower() in addressees:
        return name_after_addressee(head, limit) or head
    return head


def named_member(token: Token) -> Token | None:
    """``one of the community members Alick Batwel``, ``one of the residents, Ana Ruiz,``: the
    member a group's ``one of`` picks out by name (a person's name apposed to the group)."""
    if token.lower_ != "one":
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ == "pobj" and group.tag_ in {"NNS", "NNPS"}:
                return next((c for c in group.rights if c.dep_ == "appos"
                             and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    return None


def apposed_past_of_phrase(token: Token, offices: Container[str]) -> Token | None:
    """``The state Commissioner of Police, Zubairu Muazu, told``: the parse hung the name set
    off by commas on the ``of`` object, but after an office (``offices``) it names the
    office's holder. So it does after two offices joined by ``and`` (``Advisor to the Prime
    Minister and spokesperson for Qatar's Ministry of Foreign Affairs, Majed Al-Ansari,``),
    hung on the second office's body, when the tagger calls it a person."""
    if not is_office(token, offices):
        return None
    second = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                   and c.is_lower), None)
    return _name_apposed_to_office_object(token) or (
        _name_apposed_to_office_object(second, person=True) if second is not None else None)


def _name_apposed_to_office_object(office: Token, person: bool = False) -> Token | None:
    """A name of two words or more, after a comma, apposed to the object of the office's
    ``of``/``for``/``to`` (``Commanding officer for St. Mary, Superintendent Ada Lorne,``
    names a place there, not the holder)."""
    doc = office.doc
    for prep in office.rights:
        if prep.dep_ != "prep" or prep.lower_ not in OFFICE_PREPOSITIONS:
            continue
        for obj in prep.children:
            name = next((c for c in obj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and (not person or c.ent_type_ == "PERSON")), None)
            if name is not None and doc[name.left_edge.i - 1].text == "," and (
                    name.left_edge.i < name.i):
                return name
    return None


def holder_after_office_object(office: Token) -> Token | None:
    """``the President and Director-General for the West Island Health Authority, Dan
    Gabay,``: the person's name apposed to the body an office is of."""
    return _name_apposed_to_office_object(office, person=True)


def behind_conjunction(name: Token) -> bool:
    """The proper name the parser hung on a noun as its apposition starts right after a
    coordinating word (``of the East Suffolk and North Essex Trust``): a conjunct, misread."""
    first = name_start(name)
    return first > 0 and name.doc[first - 1].pos_ == "CCONJ"


def body_apposed_to_place(place: Token, name: Token) -> bool:
    """``Meteghan, N.S. RCMP say``: a place cannot speak; the body the parser apposed to it (a
    body's name or a capitalised acronym, no place or person) is its local branch, named
    with its place."""
    if place.ent_type_ not in {"GPE", "LOC"} or name.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"}:
        return False
    acronym = len(name.text) >= 2 and name.text.isupper() and name.text.isalpha()
    return name.ent_type_ == "ORG" or acronym


# "X, Jr. said", "Quitain, Jr.": a bearer's generation after the name's comma, part of it
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def speaker_mention(token: Token, institutions: frozenset[str],
                    first_names: Container[str] = (), offices: Container[str] = ()) -> Span:
    """The words that name the speaker: a pronoun, a name, or a short noun phrase.

    Leading titles stay in the mention here; the resolve stage splits them into the role.
    Appositives and relative clauses are left out (``Nadia Jamil, principal researcher…``);
    ``of`` stays inside the name of an institution (``institutions``, rules/name_words.jsonl),
    and inside an office whose holder's name follows it (``Chief of Police Tom Reyes``, told by
    a first name, ``first_names``).
    """
    doc = token.doc
    if token.lower_ in GENERATIONS and token.i >= 3 and doc[token.i - 1].text == "," and (
            doc[token.i - 2].pos_ == "PROPN"):
        # "J. Melchor Quitain, Jr. said": the generation closes the name before the comma
        name = speaker_mention(doc[token.i - 2], institutions, first_names, offices)
        return doc[name.start : token.i + 1]
    quantifier = token.pos_ in {"PRON", "DET", "ADJ"} and token.lower_ in QUANTIFIER_SPEAKERS or (
        token.pos_ == "NUM" and any(c.dep_ == "prep" for c in token.children))
    if token.pos_ == "PRON" and not quantifier:
        partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                        and c.ent_type_ == "PERSON"), None)
        if partner is not None and token.lower_ in PERSONAL_PRONOUNS:
            return doc[token.i : partner.i + 1]  # "She and Gilles Lanteigne said": both
        return doc[token.i : token.i + 1]
    if quantifier and (member := named_member(token)) is not None:
        return speaker_mention(member, institutions, first_names, offices)
    if (first := first_of_listed_countries(token)) is not None:
        return doc[first.i : token.i + 1]  # "For their parts, Norway, …, and Germany announced"
    name = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None) or (
        apposed_past_of_phrase(token, offices))
    if name is not None and token.tag_ == "NNS" and name.tag_ == "NNP" and not (
            fronted_participle(token, first_names)) and not glued_list_of_names(token, name):
        name = None  # "Relatives of the victim, Omar Haddad,": several are not one name
    if name is not None and name_glued_to_other_noun(token, name):
        name = None  # "A former aide to cabinet ministers Ana Ruiz and Tom Hale": theirs
    if name is not None and body_apposed_to_place(token, name):
        return doc[token.i : name.right_edge.i + 1]  # "Meteghan, N.S. RCMP say": the detachment
    conjunct = None
    if name is not None and behind_conjunction(name):
        conjunct, name = name, None  # "The chief executive of the East Suffolk and North
        # Essex Trust": an apposition is set off by a comma or glued to its noun, never
        # behind an "and"; the name is the end of the description's own words
    if name is None and token.pos_ == "NOUN":
        name = name_read_as_conjunct(token)
    if name is None and (officer := officer_after_body(token, offices)) is not None:
        return speaker_mention(officer, institutions, first_names, offices)
    if (holder := holder_of_portfolios(token, offices) or holder_of_seat(token, offices) or (
            holder_after_joined_body(token))):
        return speaker_mention(holder, institutions, first_names, offices)
    glued = name is not None and (token.pos_ == "NOUN" or is_office(token, offices)) and (
        name.left_edge.i == token.i + 1 and name.ent_type_ == "PERSON")
    # ("Kerala's housing minister Arjun Pillai", "Councillor Donna Sheridan", no comma)
    if name is not None and not glued and (token.pos_ == "NOUN" or (
            name.ent_type_ == "PERSON" and token.ent_type_ != "PERSON") or (
            office_with_holder(token, name, offices)) or office_opens_name(name, offices)):
        # "DeLaet's agent, Danny Fritz," / "One red-state Democrat, Sen. Jon Tester,": the name
        return speaker_mention(name, institutions, first_names, offices)
    left = _left_edge(token)
    closing = holder_closing_office_phrase(token, offices)
    right = token.i if closing is not None else _right_edge(
        token, quantifier, institutions, first_names, offices)
    if closing is not None:
        right = closing.i  # "Minister of State for … and Communications Mohammad Al Momani"
    if glued:
        right = max(right, name.i)  # the role and the name it runs into are one mention
        if glued_list_of_names(token, name):
            right = max(right, name.right_edge.i)  # "councillors Ana Ruiz and Tom Hale"
    if conjunct is not None and name_start(conjunct) == right + 1:
        right = conjunct.i  # "… of the East Suffolk and" goes on to "North Essex Trust"
    if token.pos_ == "NOUN" and (office := _office_after_portfolios(token, offices)) is not None:
        right = max(right, office.i)  # "The investment, trade and industry minister"
    if token.pos_ == "ADJ" and (lost := noun_lost_by_tagger(token)) is not None:
        right = lost.i  # "the cheerful innkeeper": the head the tagger missed
    left = _trimmed_left(token, left)
    right = _extended_right(doc, right)
    while token.pos_ == "PROPN" and left > 0 and _first_name_as_modal(doc[left - 1]):
        left -= 1  # "May Chen asked": the tagger read the first name as a modal
    return doc[left : right + 1]


def _left_edge(token: Token) -> int:
    """Where the mention starts: the token's modifiers to its left, up to a comma or a time
    word before a name."""
    doc = token.doc
    left = token.i
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if token.pos_ == "PROPN" and time_word_on_name(token, child):
            break  # "At 20:00 Eskom tweeted", "On Friday Eskom said": the time is no name
        if child.dep_ in MENTION_LEFT_DEPS and not comma_between(doc, child.right_edge.i, left):
            left = child.left_edge.i
        else:
            break
    return left


def _right_edge(token: Token, quantifier: bool, institutions: frozenset[str],
                first_names: Container[str], offices: Container[str]) -> int:
    """Where the mention ends: through a name's parts, a joined name, an office's portfolio
    or holder, and a short describing phrase (``sources familiar with the talks``)."""
    right = token.i
    for child in token.rights:
        if child.i <= right and child.is_punct:
            continue  # the closing bracket of a field already taken in
        if child.i == right + 1 and child.dep_ in {"flat", "compound"}:
            right = child.i
        elif child.i == right + 1 and child.dep_ == "nummod" and token.pos_ == "PROPN" and (
                child.like_num and child.is_digit):
            right = child.i  # "Channel 12 reports": the number is the name's
        elif (close := _bracketed_field(token, child, right, offices)) is not None:
            right = close  # "Director (Disease Control) of …": the office goes on after it
        elif child.i == right + 1 and child.dep_ == "cc" and child.lower_ in {"and", "&"}:
            if (holder := holder_of_joint_office(token, child, offices)) is not None:
                right = holder.i  # "Tyson President and CEO Donnie Smith": one person
                break
            conj = next((c for c in token.rights if c.dep_ == "conj" and (
                c.pos_ == token.pos_ or person_phrase_beside_name(token, c))), None)
            if conj is None or conj.i - token.i > 6:
                break
            right = conj.i  # "Sandmann and Phillips"
        elif child.i == right + 1 and child.text == "," and (
                last := last_of_listed_people(token) or last_of_listed_countries(token) or (
                    last_word_of_listed_body_name(token, institutions))):
            right = last.i  # "Tamsin Hale, Jo Price and Mayor Jane Doe said": all three
            break
        elif child.i == right + 1 and token.pos_ == "NOUN" and child.dep_ == "advmod" and (
                child.lower_ in PLACE_ADVERBS):
            right = child.i  # "Authorities there said": the description says where they are
        elif child.i == right + 1 and (holder := office_holder(child, first_names,
                                                                   institutions)) is not None:
            right = holder.i  # "Director of Public Health Annette Rodriguez": the holder's name
            break
        elif child.i == right + 1 and (end := office_portfolio(token, child, offices)) is not None:
            right = end  # "The Minister of Information and Civic Education", nobody named
            break
        elif child.i == right + 1 and (end := office_addressed_to(token, child, offices)):
            right = end  # "Washington's ambassador to Beirut", "an adviser to the mayor"
        elif child.i == right + 1 and token.lower_ in institutions and (
                person := _person_noun_ending(child)) is not None and (
                person.i - token.i <= 2 * MAX_DESCRIPTION):
            right = person.i  # "A Ministry of Housing, …, and Local Government spokesperson"
            break
        elif child.i == right + 1 and (
                token.pos_ == "NOUN" or quantifier or _of_name(token, child, institutions)) and (
                _describes(child)):
            edge = _before_comma(child)
            if description_words(token.doc[token.i : edge + 1]) > MAX_DESCRIPTION:
                break
            right = edge  # "sources familiar with the negotiations", "a member of the public"
        else:
            break
    return right


def _trimmed_left(token: Token, left: int) -> int:
    """The start moved past what is no part of the name (a closed bracket, a sentence
    adverb, an opening quotation mark, punctuation), or back to an age's article and through
    a hyphen."""
    doc = token.doc
    if age_nominal(token) and left > 0 and doc[left - 1].dep_ == "det":
        left -= 1  # "the 54-year-old", its article hung on the verb
    if token.dep_ in SUBJECT_DEPS and left == token.left_edge.i and (
            head_word := split_off_head_word(token)) is not None:
        left = head_word.i  # "Ward 1 councillors …": the word the parse made a subject apart
    left = _after_closed_bracket(doc, left, token.i)
    left = _past_sentence_adverb(doc, left, token.i)
    left = max([left] + [k + 1 for k in range(left, token.i) if doc[k].text in OPENING_DOUBLE])
    # ("the “Harbour Ledger” says": the name inside the marks)
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return _back_through_hyphen(doc, left)


def _extended_right(doc: Doc, right: int) -> int:
    """The end carried through a legal form (``Ltd.``), a union local's number, a hyphen and
    a name part the tagger read as an adverb."""
    right = _through_legal_form(doc, right)
    if right + 1 < len(doc) and union_local_number(doc[right + 1]):
        right += 1  # "Amalgamated Transit Union Local 107"
    right = _through_hyphen(doc, right)
    return _through_name_read_as_adverb(doc, right)


# adverbs that open a sentence with a capital and no comma, which the tagger then reads as
# part of the name after them ("Earlier Kassim said", "Meanwhile Ortiz told")
SENTENCE_ADVERBS = frozenset({
    "earlier", "later", "meanwhile", "separately", "yesterday", "today", "tonight", "also",
    "however", "previously", "afterwards", "additionally", "subsequently", "elsewhere",
    "initially", "finally", "instead", "now", "then", "again", "moreover", "furthermore",
    "still", "recently", "lately", "originally",
})


def _past_sentence_adverb(doc: Doc, left: int, head: int) -> int:
    """``Earlier Kassim said …``: a sentence-opening adverb written without a comma is no part
    of the name the parser hung it on; the mention starts after it."""
    first = doc[left]
    if left < head and first.is_sent_start and first.lower_ in SENTENCE_ADVERBS:
        return left + 1
    return left


def _after_closed_bracket(doc: Doc, left: int, head: int) -> int:
    """``Harbour Authority (HRA) Executive President Dora Cruz``: the parse may hang the
    bracketed acronym on the name; a mention never starts inside brackets it does not open,
    so it starts after the closing one."""
    opened = 0
    for i in range(left, head):
        if doc[i].text == "(":
            opened += 1
        elif doc[i].text == ")":
            if opened == 0:
                left = i + 1
            else:
                opened -= 1
    return left


def officer_after_body(token: Token, offices: Container[str]) -> Token | None:
    """``Lorvia's Ministry of Health, Executive Director, Ben Okoro said``: a body, then
    an office and its holder's name between commas, the parse hanging the office on the body
    as a conjunct or apposition. The holder speaks; the body is where the office is."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    for office in token.rights:
        if office.dep_ not in {"conj", "appos"} or not is_office(office, offices):
            continue
        name = next((c for c in office.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None and office_with_holder(office, name, offices):
            return name
    return None


PLACES_AND_PEOPLES = frozenset({"GPE", "NORP"})  # never a portfolio's or a person's words
NOT_PORTFOLIOS = PLACES_AND_PEOPLES | {"PERSON"}


def holder_of_portfolios(token: Token, offices: Container[str]) -> Token | None:
    """``said Tourism, Creative Industry and Performing Arts Minister Dato Sri Rahim Osman``:
    a minister's portfolios listed before the title. The parse makes the first portfolio the
    subject and the name its last conjunct; the name is who speaks. Told from a list of
    speakers by its words: capitalised, no person or place among them (the tagger may call
    portfolios a body), joined by commas and ``and``, and ending in an office title
    (``offices``, folded) right before the name, with a portfolio word before it (``Tamsin
    Hale and Mayor Jane Doe`` are two people). The parse may also hang the name on the first
    portfolio as an apposition, and the tagger may take the first portfolio for a person
    (``Riverton Parks, Sport and Leisure Councillor Ana Reyes``); a list of portfolios
    ending in ``and`` and a word before the title is then what tells it from two people."""
    if token.ent_type_ in PLACES_AND_PEOPLES or token.pos_ != "PROPN" or not (
            token.text[:1].isupper()):
        return None
    if counted_pair(token) or any(
            is_office(t, offices) for t in token.lefts if t.dep_ == "compound"):
        return None  # "Both Ford and Housing Minister Steve Clark", "Premier Tom Vale and
        # Housing Minister Ana Ruiz": two people, the first titled or counted
    appositions = [c for c in token.rights if c.dep_ == "appos"]
    for holder in [*token.conjuncts, *appositions]:
        if holder.i < token.i or holder.pos_ != "PROPN" or (
                holder.ent_type_ in PLACES_AND_PEOPLES) or is_office(holder, offices):
            continue
        start = _name_words_before(holder, token.i + 1, offices)
        between = token.doc[token.i + 1 : start]
        # ("Whitney Place, State Executive Director …": a name, then its holder's office)
        doubtful = token.ent_type_ == "PERSON" or holder.dep_ == "appos"
        if _listed_portfolios(between, offices) and (
                not doubtful or _ends_in_joined_portfolio(between)):
            return holder
    return None


def counted_pair(token: Token) -> bool:
    """``Both Ford and Housing Minister Steve Clark``: ``both`` counts two speakers, never
    the words of one portfolio, seat or body's name."""
    return token.left_edge.lower_ == "both"


def holder_after_joined_body(token: Token) -> Token | None:
    """``Queensland Nurses and Midwives’ Union secretary Beth Mohle said``: a body whose name
    joins two words with ``and``, then a lower-case office and its holder. The parse made the
    name's first half the subject and the holder its conjunct; the holder speaks. Told from
    two speakers (``Jane Roe and union secretary Bob Lee``) by the words after ``and``:
    capitalised up to the office, and the first half no person."""
    if token.ent_type_ in PLACES_AND_PEOPLES or token.pos_ != "PROPN" or counted_pair(token):
        return None
    doc = token.doc
    for holder in token.conjuncts:
        if holder.i < token.i or holder.ent_type_ != "PERSON":
            continue
        start = _name_words_before(holder, token.i + 1, ())
        between = doc[token.i + 1 : start]
        if len(between) < 3 or between[0].lower_ not in {"and", "&"}:
            continue
        office = between[-1]
        if office.pos_ == "NOUN" and office.is_lower and all(
                t.is_punct or t.text[:1].isupper() for t in between[1:-1]) and any(
                t.is_alpha for t in between[1:-1]):
            return holder
    return None


def last_of_listed_people(token: Token) -> Token | None:
    """``Tamsin Hale, Jo Price and Mayor Jane Doe``: three or more people named in a list
    (commas, then ``and``) speak together. The last name's head, when the names after the
    first are all tagged people (the first may be tagged a body: the tagger slips on a list's
    first name, never on all of them) and nothing but the list's commas, its ``and`` and the
    names' own words stands between them; None otherwise."""
    doc = token.doc
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if len(conjuncts) < 2 or token.pos_ != "PROPN" or token.ent_type_ in PLACES_AND_PEOPLES or any(
            c.pos_ != "PROPN" or c.ent_type_ != "PERSON" for c in conjuncts):
        return None
    previous = token
    for n, conjunct in enumerate(conjuncts):
        gap = [t for t in doc[previous.i + 1 : conjunct.i] if not (
            t.pos_ == "PROPN" and t.head.i == conjunct.i and t.dep_ in {"compound", "flat"})]
        joins = [t.text if t.text == "," else t.lower_ for t in gap]
        last = n == len(conjuncts) - 1
        if joins not in ([",", "and"], ["and"]) if last else joins != [","]:
            return None
        previous = conjunct
    return conjuncts[-1]


def last_word_of_listed_body_name(token: Token, institutions: Container[str]) -> Token | None:
    """``the Fish, Food and Allied Workers Union said``: a body whose name is itself a list
    (capitalised words, commas, then ``and``) ending in a body's word (``Union``, ``Council``,
    rules/name_words.jsonl), the list running right up to the cue. The parse splits it at the
    commas and leaves ``the Fish`` as the subject; the name's last word, else None."""
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if not conjuncts or token.dep_ not in {"nsubj", "nsubjpass"} or token.ent_type_ in (
            PLACES_AND_PEOPLES) or any(not t.text[:1].isupper() for t in [token, *conjuncts]):
        return None
    last = conjuncts[-1]
    if last.lower_ not in institutions or last.right_edge.i + 1 != token.head.i:
        return None
    words = [t for t in token.doc[token.i + 1 : last.i] if t.text not in {",", "and", "&"}]
    return last if all(t.text[:1].isupper() for t in words) else None


def last_of_listed_countries(token: Token) -> Token | None:
    """``Norway, Poland, Denmark and Germany announced …``: countries listed as the cue's
    subject, the list running right up to the verb, speak together (their governments). The
    last one, else None (``Caithness, Sutherland and Ross MSP …`` names a seat)."""
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if len(conjuncts) < 2 or token.dep_ not in {"nsubj", "nsubjpass"} or any(
            t.ent_type_ != "GPE" for t in [token, *conjuncts]):
        return None
    last = conjuncts[-1]
    if last.right_edge.i + 1 != token.head.i or token.head.pos_ != "VERB":
        return None
    return last if listed_by_commas_and(token, last) else None


def first_of_listed_countries(token: Token) -> Token | None:
    """The parse made the last of listed countries the cue's subject and hung the others on
    something before them (``For their parts, Norway, Poland, Denmark and Germany
    announced``): the list's first country, when the list runs right up to the verb."""
    if token.ent_type_ != "GPE" or token.dep_ != "conj" or token.i + 1 >= len(token.doc) or (
            token.doc[token.i + 1].pos_ != "VERB"):
        return None
    listed = [token]
    while listed[-1].dep_ == "conj" and listed[-1].head.ent_type_ == "GPE":
        listed.append(listed[-1].head)
    first = listed[-1]
    return first if len(listed) >= 3 and listed_by_commas_and(first, token) else None


def listed_by_commas_and(first: Token, last: Token) -> bool:
    """Only the list's commas and its ``and`` stand between its countries."""
    words = [t for t in first.doc[first.i + 1 : last.i] if t.ent_type_ != "GPE"]
    joins = [t.text if t.text == "," else t.lower_ for t in words]
    return bool(joins) and joins[-1] == "and" and all(j == "," for j in joins[:-1])


def holder_of_seat(token: Token, offices: Container[str]) -> Token | None:
    """``Caithness, Sutherland and Ross MSP Gail Ross raised …``: a seat named for several
    places, listed before its title. The parse makes the first place the subject and the
    holder its last conjunct; the holder speaks. Told from a list of people by its shape: the
    list's last place follows ``and`` and stands before the title (``Ruiz, Reyes and Mayor
    Doe`` are three people), the first place is not tagged a person and no other before that
    ``and`` is a person's full name (the tagger takes many a lone place for a surname), and
    the holder is tagged a person."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN" or not token.text[:1].isupper() or (
            counted_pair(token)):
        return None
    for holder in token.conjuncts:
        if holder.i < token.i or holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON" or (
                is_office(holder, offices)):
            continue
        start = _name_words_before(holder, token.i + 1, offices)
        between = token.doc[token.i + 1 : start]
        if not between or not is_office(between[-1], offices) or not (
                _ends_in_joined_portfolio(between)):
            continue
        joint = max(t.i for t in between if t.lower_ in {"and", "&"})
        if all(t.text in {",", "&"} or t.lower_ == "and" or t.is_alpha and t.text[:1].isupper()
               for t in between) and not any(
                t.ent_type_ == "PERSON" and t.doc[t.i + 1].ent_type_ == "PERSON"
                for t in between if t.i < joint):
            return holder  # ("Dunbrae, Kell MSP …" may tag Dunbrae; "Tom Reyes, …" is a name)
    return None


def _name_words_before(name: Token, floor: int, offices: Container[str]) -> int:
    """Where the name ending in ``name`` starts: back over capitalised words up to a title
    (the tagger's entity may take the title in, or leave the first name out)."""
    start = name.i
    while start - 1 >= floor and (word := name.doc[start - 1]).pos_ == "PROPN" and (
            word.text[:1].isupper()) and not is_office(word, offices):
        start -= 1
    return start


def _listed_portfolios(between: Span, offices: Container[str]) -> bool:
    """Capitalised portfolio words, joined by commas and ``and``, then an office title."""
    portfolios = [t for t in between[:-1] if t.is_alpha and t.lower_ != "and"]
    return bool(portfolios) and is_office(between[-1], offices) and all(
        _portfolio_word(t) for t in between[:-1])


def _ends_in_joined_portfolio(between: Span) -> bool:
    """``…, Sport and Leisure Councillor``: the list's last portfolio follows ``and`` (or
    ``&``) and stands before the title, as no list of two people does."""
    joints = [t.i for t in between if t.lower_ in {"and", "&"}]
    return bool(joints) and any(t.is_alpha for t in between if joints[-1] < t.i < between.end - 1)


def _portfolio_word(token: Token) -> bool:
    """A word of a listed portfolio: capitalised, a comma or ``and``, no person or place."""
    return token.ent_type_ not in NOT_PORTFOLIOS and (
        token.text in {",", "&"} or token.lower_ == "and" or (
            token.is_alpha and token.text[:1].isupper()))


def _bracketed_field(token: Token, child: Token, right: int,
                     offices: Container[str]) -> int | None:
    """``Director (Disease Control)``: the field an office covers, in brackets right after it,
    is part of the office. Where its closing bracket is, or None."""
    doc = token.doc
    if right + 1 >= len(doc) or doc[right + 1].text != "(" or child.dep_ != "appos" or (
            not is_office(token, offices)) or child.left_edge.i != right + 1:
        return None
    close = child.right_edge.i + 1
    return close if close < len(doc) and doc[close].text == ")" and close - right <= 6 else None


def bracketed_after(token: Token, later: Token) -> bool:
    """Whether ``later`` stands inside a bracket opened after ``token``: ``Director
    (Disease Control)``, but not ``ADGP (law and order) Ajith Kumar``."""
    depth = 0
    for between in token.doc[token.i + 1 : later.i]:
        depth += (between.text == "(") - (between.text == ")")
    return depth > 0


def office_with_holder(token: Token, name: Token, offices: Container[str]) -> bool:
    """``said the Chief Executive of the Port Authority, Ama Owusu``: a capitalised office
    (``offices``, folded) is a common noun in all but spelling, so the proper name set beside
    it names its holder, whatever label the tagger gave that name. A name of one word is no
    evidence (``the Minister of Health, Dlamini`` is rare, ``the Chair, Ofcom`` is not), nor
    is one in brackets, which names the office's field."""
    if not is_office(token, offices) or token.ent_type_ == "PERSON" and not any(
            t.text == "," for t in token.doc[token.i + 1 : name.left_edge.i]):
        return False  # (an office the tagger took into a person's name is theirs, unless a
        # comma parts it from the name: "Town Clerk of Georgetown, Royston King,")
    if bracketed_after(token, name):
        return False  # "Director (Disease Control) of …": a bracket narrows the office
    words = [t for t in name.subtree if t.i <= name.i and t.pos_ == "PROPN"]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def office_opens_name(name: Token, offices: Container[str]) -> bool:
    """``Kelowna–Mission MLA Gavin Dew has said``: the parse split a seat's name at its dash
    and set the rest beside the first word. A name run that opens on an office (``MLA``) is
    its holder's name, the words before it the seat, not the speaker."""
    words = [t for t in name.subtree if t.i <= name.i]
    offices_in = [t for t in words if t.dep_ == "compound" and is_office(t, offices)]
    holder = [t for t in words if offices_in and t.i > offices_in[-1].i]
    return bool(offices_in) and len(holder) >= 2 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in holder)


def fronted_participle(token: Token, first_names: Container[str] = ()) -> bool:
    """``Echoing Mak's views, Sam Cheuk … told``: the parse made the object of a participle
    that opens the sentence its subject; the name set beside it is who acts."""
    first = token.left_edge
    participle = first.tag_ == "VBG" or (  # the tagger may call a capitalised one a name
        first.lower_.endswith("ing") and len(first) >= 6 and first.lower_ not in first_names)
    return participle and all(t.is_space or t.is_punct
                              for t in first.doc[first.sent.start : first.i])


def name_start(token: Token, floor: int = 0) -> int:
    """Where the named entity ``token`` ends (or lies inside) begins, not before ``floor``."""
    start = token.i
    while start > floor and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def holder_of_joint_office(token: Token, conjunction: Token,
                           offices: Container[str]) -> Token | None:
    """``Marlow Foods President and CEO Dana Whitlock``, ``the state's housing and transport
    minister Arjun Pillai``: offices joined by ``and`` and run on into a person's name are that
    one person's titles. Told from two people (``Tamsin Hale and Mayor Jane Doe``) by the first
    conjunct, a role title (``offices``, folded) or a common noun, and by the words between the
    ``and`` and the name: some, and none of them a name (``Swift Current MLA and
    Saskatchewan Minister of Health Everett Hindley``: an office's portfolio may stand
    between, and a title NER took for a name is still a title)."""
    if not (token.pos_ == "NOUN" or is_office(token, offices)) or (
            token.ent_type_ == "PERSON" and not is_office(token, offices)):
        return None
    for conj in token.rights:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN":
            continue
        if conj.ent_type_ == "PERSON":
            start = name_start(conj, floor=conjunction.i + 1)
            while start - 1 > conjunction.i and conj.doc[start - 1].ent_type_ == "PERSON":
                start -= 1  # "Sir Robin Knox Johnston", tagged as two names
            while start < conj.i and is_office(conj.doc[start], offices):
                start += 1  # "chairman and Bencher Tom Heintzman": a title NER took in
        elif conj.ent_type_ in {"", "ORG"} and (
                untyped := _untyped_name_start(conj, offices)) is not None:
            start = untyped  # "Prime Minister and Minister of Defence Omar Al Rashed",
            # the name NER missed: the second office holds a title (one of ``offices``)
            if not any(is_office(t, offices) for t in conj.doc[conjunction.i + 1 : start]):
                continue
        else:
            continue
        between = conj.doc[conjunction.i + 1 : start]
        if 0 < len(between) <= 3 and all(t.is_alpha and (
                t.ent_type_ != "PERSON" or is_office(t, offices)) for t in between):
            return conj
        if 0 < len(between) <= MAX_PORTFOLIO_OFFICE and all(t.is_alpha for t in between) and (
                portfolio_office(between, offices)):
            return conj  # "… and Saskatchewan Minister of Health Everett Hindley"
    return None


MAX_PORTFOLIO_OFFICE = 6  # "Saskatchewan Minister of Health and Seniors"


def portfolio_office(words: Span, offices: Container[str]) -> bool:
    """``Saskatchewan Minister of Health``: a title with its ``of`` portfolio, capitalised."""
    return any(is_office(t, offices) and t.i + 1 < words.end and (
        t.doc[t.i + 1].lower_ == "of") for t in words) and all(
        t.text[:1].isupper() or t.lower_ in {"of", "and"} for t in words)


def _untyped_name_start(name: Token, offices: Container[str]) -> int | None:
    """Where an untagged name of two words or more (its proper-noun compounds, none a
    title, or words joined by hyphens) begins, or None for a single word."""
    start = name.i
    while start > 0 and (word := name.doc[start - 1]).dep_ == "compound" and (
            word.head.i == name.i and word.pos_ == "PROPN" and not is_office(word, offices)):
        start -= 1
    hyphenated = name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == "-" and (
        not name.whitespace_)  # "Harun-or-Rashid", one name in hyphens
    return start if start < name.i or hyphenated else None


PORTFOLIO_JOINERS = frozenset({"and", "&", "the", "of"})
PORTFOLIO_PREPOSITIONS = frozenset({"of", "for"})  # "Minister of …", "MP for …"


def office_portfolio(office: Token, preposition: Token, offices: Container[str]) -> int | None:
    """``The Minister of Information and Civic Education said``: an office whose ``of``/``for``
    phrase is all capitalised words (and the joiners of a portfolio) is named by that phrase
    too, when no holder's name follows; where the phrase ends, or None."""
    if preposition.lower_ not in PORTFOLIO_PREPOSITIONS or not office.text[:1].isupper() or not (
            is_office(office, offices)):
        return None
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON":
        return None
    doc, end = preposition.doc, preposition.i
    while end + 1 < len(doc) and end - preposition.i < MAX_DESCRIPTION and (
            doc[end + 1].lower_ in PORTFOLIO_JOINERS or doc[end + 1].pos_ == "PROPN"
            and doc[end + 1].text[:1].isupper()):
        end += 1  # read on the surface: the parser often hangs the portfolio's words elsewhere
    while end > preposition.i and doc[end].lower_ in PORTFOLIO_JOINERS:
        end -= 1
    return end if end > preposition.i else None


def office_addressed_to(office: Token, preposition: Token, offices: Container[str]) -> int:
    """``ambassador to Beirut``, ``special adviser to the mayor``: an office's ``to`` phrase
    says whom the office serves, part of the description; where it ends, or 0."""
    if preposition.lower_ != "to" or preposition.dep_ != "prep" or office.pos_ != "NOUN" or not (
            is_office(office, offices)) or not any(c.dep_ == "pobj" for c in preposition.children):
        return 0
    end = _before_comma(preposition)
    return end if end - office.i <= MAX_DESCRIPTION else 0


def _of_inside_name(token: Token, run: list[Token]) -> bool:
    """An ``of`` between two capitalised words of a run (``Board of Elections``)."""
    return token.lower_ == "of" and run[0].i < token.i < run[-1].i and (
        token.doc[token.i - 1].text[:1].isupper() and token.doc[token.i + 1].text[:1].isupper())


def office_holder(preposition: Token, first_names: Container[str],
                  institutions: Container[str] = ()) -> Token | None:
    """``Chief of Police Tom Reyes``, ``Director of Public Health Annette Rodriguez``,
    ``Ambassador to the UN Pieter Jansky``: a capitalised office with ``of``/``for``/``to``
    whose object is a run of capitalised words (after an article; commas and ``and`` may join
    them: ``Undersecretary for Policy, Planning and Trade``) ending in a first name and a
    surname is that person's title; the object's last word is the name's. Without a first name
    or a PERSON label (``Director of Public Works``) nothing changes, unless the body's name
    ends in an institution word (``institutions``) and two or three more capitalised words
    follow it: ``President of the Law Students Society Chevy Devonish``."""
    head = preposition.head
    if preposition.lower_ not in OFFICE_PREPOSITIONS or not head.text[:1].isupper() or (
            head.pos_ not in {"PROPN", "NOUN"}):
        return None
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    run = [t for t in obj.subtree if t.i <= obj.i and not t.is_space]  # "CSTU  Elia Banda"
    if run and run[0].lower_ == "the":
        run = run[1:]
    # (a possessive may join them: "in the Prime Minister's Department"; the office's
    # acronym may stand in brackets: "of Police (SSP) Irfan Bahadur")
    # and a body's name may hold its own "of": "Chairman of the Board of Elections Ana Ruiz")
    words = [t for t in run[:-1] if t.text not in {",", "&", "(", ")"} and t.lower_ != "and"
             and t.tag_ != "POS" and not _of_inside_name(t, run)]
    if len(run) < 3 or any(not t.text[:1].isupper() or t.pos_ != "PROPN"
                           for t in [*words, run[-1]]) or (
            sum(not t.is_space for t in obj.doc[run[0].i : run[-1].i + 1]) != len(run)):
        return None  # "for Policy, Planning and International Affairs": commas and "and" too
    if obj.ent_type_ == "PERSON" or run[-2].ent_type_ == "PERSON" or any(
            t.lower_ in first_names for t in run[1:-1]) or (
            _name_after_institution(run, institutions)):
        return obj
    return None


def _name_after_institution(run: list[Token], institutions: Container[str]) -> bool:
    """The run ends in a body's name (its last word an institution word) and then two or
    three capitalised words that are no institution words: a person's name, whatever the
    tagger made of it."""
    start = name_after_institution([t.text for t in run], institutions)
    return start is not None and all(t.ent_type_ not in PLACES_AND_PEOPLES for t in run[start:])


def _through_name_read_as_adverb(doc: Doc, right: int) -> int:
    """``Police Chief Suon Chenngly said``: a capitalised word after a name that the tagger
    read as an adverb for its ``-ly`` is the name's last word; mid-sentence, English writes
    its adverbs in lower case."""
    while right + 1 < len(doc) and doc[right].pos_ == "PROPN" and (
            word := doc[right + 1]).pos_ == "ADV" and word.is_alpha and word.is_title and (
            not word.is_sent_start):
        right += 1
    return right


def _through_hyphen(doc: Doc, right: int) -> int:
    """``Song Min-soon``, ``an e-mail``, ``the co-founder``: a word glued by a hyphen to the
    next one goes on through it (the tagger may read ``soon`` as an adverb, and the parser
    make ``e`` the subject)."""
    while right + 2 < len(doc) and joins_hyphenated(doc[right + 1]) and (
            doc[right].is_alpha and doc[right + 2].is_alpha):
        right += 2
    return right


def _back_through_hyphen(doc: Doc, left: int) -> int:
    """``The e-mail said`` parsed with ``mail`` as the subject and ``e`` a subject of its
    own: the word glued by a hyphen before the mention is part of it, with its article."""
    moved = False
    while left > 1 and joins_hyphenated(doc[left - 1]) and (
            doc[left - 2].is_alpha and doc[left].is_alpha):
        left -= 2
        moved = True
    if moved and left > 0 and doc[left - 1].dep_ == "det" and doc[left - 1].head.i >= left:
        left -= 1  # "The e-mail": its article
    return left


def person_phrase_beside_name(name: Token, conj: Token) -> bool:
    """``Tom Hale and his wife``, ``White and another passenger``: a name conjoined with a
    determined noun phrase speaks together with it."""
    return name.pos_ == "PROPN" and conj.pos_ == "NOUN" and conj.tag_ == "NN" and any(
        c.dep_ in {"det", "poss"} for c in conj.children)


def name_read_as_conjunct(token: Token) -> Token | None:
    """``council cabinet member for transport Manda Rigby said``: with no ``and`` or ``or``
    before it, a person's name the parser made a conjunct of a role noun is that role's
    holder, set beside it (an apposition without commas)."""
    conj = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)
    if conj is None or any(c.dep_ in {"cc", "punct"} and token.i < c.i < conj.i
                           for c in token.children):
        return None
    return conj


LEGAL_FORMS = {"inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "llc", "l.l.c.", "plc",
               "lp", "l.p.", "llp", "gmbh", "ag", "s.a.", "n.v."}  # a closed class, like "the"


def _through_legal_form(doc: Doc, right: int) -> int:
    """``ICO, Inc.`` / ``Brightmoor, Ltd.``: a company's legal form after a comma is part of
    its name (the parser hangs it on the name as a conjunct or apposition)."""
    if right + 2 >= len(doc) or doc[right + 1].text != "," or doc[right].pos_ != "PROPN":
        return right
    form = doc[right + 2]
    attached = form.head.i == right or doc[right].head.i == form.i
    return form.i if attached and form.lower_ in LEGAL_FORMS else right


def _first_name_as_modal(token: Token) -> bool:
    return token.pos_ == "AUX" and token.tag_ == "MD" and token.text[:1].isupper() and (
        token.text not in {"I"})


MAX_DESCRIPTION = 9


DESCRIBING_PREPOSITIONS = {"of", "with", "for", "from", "at", "in", "on"}
PLACE_ADVERBS = frozenset({"there", "here", "locally"})  # "officials there", "residents here"


def _describes(child: Token) -> bool:
    """Post-modifiers that belong to a description of a source: ``an official with X``,
    ``people familiar with the talks``, ``an expert cited in the report``."""
    if child.dep_ == "prep":
        return child.lower_ in DESCRIBING_PREPOSITIONS and not _time_phrase(child)
    if child.dep_ == "amod":
        return True
    # (not the verb of a sentence the parse hung on its subject: "“Stop!” a voice called out")
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.head.dep_ != "ROOT"


def description_words(span: Span) -> int:
    """How long a description is, a name in it counting as one word (``organizers of the
    69th annual Harbury County 4-H Fair``: the fair's name is one thing)."""
    return len(span) - sum(len(e) - 1 for e in span.ents if e.label_ in NAMED_THINGS)


NAMED_THINGS = frozenset({"ORG", "FAC", "EVENT", "GPE", "LOC", "WORK_OF_ART", "LAW"})


def _time_phrase(prep: Token) -> bool:
    """``on Thursday``, ``in late May``: a preposition whose object is a date or time."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and is_time_expression(c) for c in prep.children)


NAME_PREPOSITIONS = frozenset({"of", "on", "for"})


def _of_name(head: Token, child: Token, institutions: frozenset[str]) -> bool:
    """``Department of Community Services``, ``Commission on Elections``, ``Centre for
    Disease Control``, ``Directorate General of Health``: a preposition inside the name of an
    institution, whose head or a word compounded on it is one (but ``Richard Shelby
    of Alabama`` is a person and a place, and ``the Commission on Tuesday`` a date)."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    institution = head.lower_ in institutions or head.pos_ == "PROPN" and (any(
        c.dep_ in {"compound", "nmod"} and c.lower_ in institutions for c in head.lefts)
        or one_body_name(head, child))
    return institution and child.lower_ in NAME_PREPOSITIONS and bool(
        objects) and objects[0].pos_ == "PROPN" and not is_time_expression(objects[0])


def one_body_name(head: Token, child: Token) -> bool:
    """``Directorate General of Health Services`` tagged one ORG: the ``of`` runs on inside
    the body's name the tagger found."""
    return head.ent_type_ == "ORG" and child.ent_type_ == "ORG" and child.ent_iob_ == "I" and (
        child.i + 1 < len(child.doc) and child.doc[child.i + 1].ent_iob_ == "I")


def _person_noun_ending(prep: Token) -> Token | None:
    """``of Housing, Communities, and Local Government (MHCLG) spokesperson``: the parser hung a
    body's name with commas in it on a person noun that ends the phrase; that noun (a
    lower-case common noun, the last word of the phrase) is whom the words describe."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower or noun.i != noun.right_edge.i:
        return None
    return noun if any(c.dep_ in {"nmod", "compound"} and c.text[:1].isupper()
                       for c in noun.children) else None


def _before_comma(child: Token) -> int:
    """The last token of a modifier, stopping short of a comma-delimited clause inside it."""
    edge = child.i
    for token in child.subtree:
        if token.i < child.i:
            continue
        if token.text == "," and _place_apposed_to_place(token):
            continue  # "Officials in Union County, Kentucky,": the state says which county
        if token.text in {",", ";", "(", "\u2014"} or (token.i > child.i and _time_phrase(token)):
            break  # "sources at the airport [on Wednesday]": when is no part of who
        if any(t.dep_ == "relcl" and t.left_edge.i <= token.i for t in child.subtree
               if t.i > child.i):
            break  # "one of the pilots [who …]": who they are, said in a clause of its own
        edge = token.i
    return edge


def name_glued_to_other_noun(token: Token, name: Token) -> bool:
    """A name the parse apposed to ``token`` that follows another, plural, noun with no comma
    between (``an aide to cabinet ministers Ana Ruiz and Tom Hale``) lists that noun's
    people, not the speaker: an apposition is set off by a comma or glued to its own noun
    (``Director of family medicine Dr. Ana Ruiz`` keeps hers)."""
    start = name.left_edge.i
    if start <= token.i + 1:
        return False
    before = token.doc[start - 1]
    return before.pos_ == "NOUN" and before.tag_ == "NNS" and before.i != token.i


def _place_apposed_to_place(comma: Token) -> bool:
    """``Union County, Kentucky,``: a comma between a place and the one-word place (a
    state, a country) set beside it to say where it is."""
    doc = comma.doc
    if comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    return before.ent_type_ in PLACE_LABELS and after.ent_type_ in PLACE_LABELS and (
        after.dep_ == "appos" and after.head.i == before.i) and (
        comma.i + 2 >= len(doc) or not doc[comma.i + 2].text[:1].isupper())


MENTION_LEFT_DEPS = {"compound", "flat", "amod", "det", "predet", "nmod", "nummod", "poss", "punct",
                     "case", "npadvmod", "quantmod", "advmod"}


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


def mention_of(token: Token | None, lexicon: Lexicon) -> Mention | None:
    if token is None:
        return None
    span = with_words_hung_on_cue(
        token, speaker_mention(token, lexicon.institutions, lexicon.first_names, lexicon.offices))
    return Mention(span.start_char, span.end_char, span.text)


def with_words_hung_on_cue(token: Token, span: Span) -> Span:
    """``…, the release states.`` read as one noun phrase ending in ``states``: the
    determiner and modifiers the parser hung on the verb are the speaker's too."""
    start = span.start
    if token.dep_ == "compound" and token.head.pos_ == "VERB":
        while start > 0 and token.doc[start - 1].head.i == token.head.i and (
                token.doc[start - 1].dep_ in {"det", "amod", "poss", "compound"}):
            start -= 1
    return token.doc[start : span.end]


def mention_beside_quote(ctx: Context, token: Token | None) -> Mention | None:
    """The speaker's words, never reaching into a quotation: ``“… 62% Approval Rating,” Trump
    tweeted`` parses the quoted words as the start of the name; the mention starts after them."""
    if token is None:
        return None
    span = with_words_hung_on_cue(token, speaker_mention(
        token, ctx.lexicon.institutions, ctx.lexicon.first_names, ctx.lexicon.offices))
    start = span.start
    if ctx.in_quote(token.i):
        return Mention(span.start_char, span.end_char, span.text)
    while start < token.i and (ctx.in_quote(start) or ctx.doc[start].is_punct or (
            ctx.doc[start].is_space)):
        start += 1
    span = ctx.doc[start : span.end]
    return Mention(span.start_char, span.end_char, span.text)


def holder_read_as_object(office: Token, offices: Container[str]) -> Token | None:
    """``WARRIORS coach Norman Mapeza has admitted``: the parse read the title as a verb-like
    subject with the name right after it as its object; the name is the holder, who speaks.
    The name's last word, else None."""
    if not is_office(office, offices) or office.ent_type_ == "PERSON":
        return None
    return next((c for c in office.rights if c.dep_ == "dobj"
                 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and c.left_edge.i == office.i + 1), None)


def name_set_off_after_subject(subject: Token, verb: Token) -> Token | None:
    """``The commander of NCD/Central, Acting Assistant Commissioner of Police Benjamin Turi,
    has confirmed``: a description subject whose phrase is followed, between commas right
    before the verb, by capitalised words ending in a person's name (however the parse hung
    them) is that person, set off as its apposition. Only where the parse found no
    apposition of the subject there (``The lawyer representing Tom Hale, Greta Lind, said``
    is resolved through it) and the subject is one person (``Relatives of the victim, Omar
    Haddad, said``: the relatives speak). The name's last word, else None."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or subject.i >= verb.i or subject.tag_ == "NNS":
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


def outside_quotes(ctx: Context, verb: Token, subject: Token | None) -> Token | None:
    """Words in quotation marks are what was said, not who said it.

    A subject the parse found inside them (``Purdy, who lost “two belt loops”, says``,
    ``X said “nobody knows,” and added:``) gives way to another subject the parse gave the
    verb outside them, to the subject of the verb this one is coordinated with, or to the name
    that opens the sentence.
    """
    if subject is None or not ctx.in_quote(subject.i) or ctx.in_quote(verb.i):
        return subject
    if quoted_name(ctx, subject):
        return subject  # "the “Caymanian Compass” says": a paper's name set in quotation marks
    other = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                  and c.i != subject.i and not ctx.in_quote(c.i)), None)
    if other is not None:
        return other  # "“S’ not true!” came a voice": the parse gave the verb two subjects
    if verb.dep_ == "conj":
        head = coordinated_with(verb)
        while ctx.in_quote(head.i) and head.head.i != head.i:
            head = head.head  # "said “nobody knows,” and added": coordinated with "said"
        shared = subject_of(head, lexicon=ctx.lexicon)
        if shared is not None and not ctx.in_quote(shared.i):
            return shared
    opening = sentence_of(ctx, verb)[0].sent
    if opening.start == verb.sent.start:
        first = opening[0]
        if first.pos_ != "PROPN" or ctx.in_quote(first.i):
            return None
        while first.dep_ in {"compound", "flat"} and first.head.pos_ in NOMINAL_POS and (
                first.head.i < verb.i):
            first = first.head  # "Toronto retiree Doug Purdy": the name the words lead to
        return first
    # the model cut the sentence after an abbreviation: the piece before is the subject
    root = opening.root
    return root if root.pos_ == "PROPN" and not ctx.in_quote(root.i) else None


OPENING_DOUBLE = frozenset({"\u201c", '"', "\u00ab", "\u201e"})  # not an apostrophe's ’


def quoted_name(ctx: Context, subject: Token) -> bool:
    """The quotation holding the subject is only a name of two to five capitalised proper
    nouns ending in the subject, written right after ``the``: a title in quotation marks (a
    newspaper, a programme), not words anybody said."""
    slot = ctx.slots[ctx.slot_of_token[subject.i]]
    words = [t for t in ctx.doc[slot.first : slot.last + 1] if not (t.is_punct or t.is_space)]
    return 2 <= len(words) <= 5 and words[-1].i == subject.i and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and slot.first > 0 and (
        ctx.doc[slot.first - 1].lower_ == "the")


def final_cue_speaker(ctx: Context, verb: Token) -> Token | None:
    """``…, North Korea's state-run KCNA news agency said.``: whatever the parse says, the
    noun phrase between the last comma and a sentence-final cue is its speaker, unless the
    parse sets it beside a name before that comma (the name's office): then the name."""
    doc = ctx.doc
    sent = verb.sent
    adjuncts = {t.i for c in verb.rights if c.dep_ in FINAL_CUE_ADJUNCTS for t in c.subtree}
    if any(not (t.is_punct or t.is_space or t.i in adjuncts)
           for t in doc[verb.i + 1 : sent.end]):
        return None  # ("…, sources said on Sunday.": the cue's own time or place may follow)
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ in {"ADV", "AUX", "PART"}:
        k -= 1
    k = before_bracketed_initials(doc, k, sent.start)  # "…, the Harbour Union (HU) said."
    head = k
    start = k
    while start > sent.start and doc[start - 1].text != "," and (
            doc[start - 1].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM", "PART"}
            or doc[start - 1].dep_ in {"amod", "compound", "npadvmod", "nmod"}
            or _joins_a_name(doc, start - 1) or _degree_of_modifier(doc[start - 1])):
        start -= 1
    if start <= sent.start or doc[start - 1].text != "," or doc[head].pos_ not in NOMINAL_POS:
        return None
    if any(_joins_a_name(doc, i) for i in range(start, head)) and not (
            doc[head].ent_type_ == "PERSON" and doc[head].head.i == verb.i):
        # "the National Institute of Culture and Heritage said": the name's own head, whose
        # subtree is the whole name, however the parser attached it (but in "Band Chief and
        # Council vice-chair Ana Roy said" the person the parse made the cue's subject speaks;
        # the joined words before her are her offices)
        head = next((t.i for t in doc[start : head + 1] if t.pos_ in NOMINAL_POS and not (
            start <= t.head.i <= head)), head)
    found = doc[head]
    if found.dep_ == "conj" and found.head.i < start and doc[start].pos_ != "DET" and any(
            c.dep_ == "cc" for c in found.children):
        return None  # "…, Minister for Environment, Science, Technology and Innovation has
        # said": the words after the last comma end a list begun before it, no one's name
    if found.dep_ == "appos" and found.head.i < start - 1 and found.head.pos_ == "PROPN" and (
            _can_speak(found.head)) and not ctx.lexicon.is_document(found) and (
            found.head.ent_type_ not in PLACE_LABELS) and found.tag_ not in {"NNS", "NNPS"}:
        return found.head  # "…, Ana Ruiz, Commissioner General of Elections has said": Ruiz;
        # but "… Main Street, a police news release said": the release, no office of a street,
        # and "… at Nyendo, highly placed sources said": people, no one name's office
    return found if _can_speak(found) else None


FINAL_CUE_ADJUNCTS = frozenset({"prep", "npadvmod"})  # "said on Sunday", "said Tuesday"


def before_bracketed_initials(doc: Doc, k: int, floor: int) -> int:
    """The token before ``(SEIU)`` when token ``k`` closes a bracket of one or two words right
    after a name (``the Service Employees International Union (SEIU)``), else ``k``."""
    if doc[k].text != ")" or k - 3 < floor:
        return k
    for opening in (k - 2, k - 3):
        if doc[opening].text == "(" and all(
                t.pos_ in {"PROPN", "NOUN"} for t in doc[opening + 1 : k]):
            return opening - 1
    return k


def _degree_of_modifier(token: Token) -> bool:
    """``highly`` of ``highly placed sources``: an adverb grading a modifier of the noun."""
    return token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.dep_ in {"amod"} and (
        token.head.i == token.i + 1)


def _joins_a_name(doc: Doc, i: int) -> bool:
    """``of`` and ``and`` of ``the National Institute of Culture and Heritage``: a joining word
    between two capitalised words, inside one name, not between a phrase and a name."""
    return doc[i].lower_ in BODY_JOINERS and 0 < i < len(doc) - 1 and (
        doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()) and (
        doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN")


def trailing_inverted(ctx: Context, verb: Token) -> Token | None:
    """``…, says Chetham Lakshman.``: a speaker after a cue that follows its statement."""
    doc = ctx.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in {",", "\u201d", '"', "\u2019"} or not is_finite(verb):
        return None
    if verb.lemma_.lower() in ctx.lexicon.addressees and any(
            t.lower_ == "that" and t.dep_ == "mark" for t in doc[verb.i + 1 : verb.sent.end]):
        return None  # "…, told reporters … that …": whom it was told to, not who told it
    return inverted_subject(verb, verb.sent.end, ctx.lexicon.addressees)


OBJECT_PRONOUNS = frozenset({"us", "me", "you", "him", "her", "them"})


def name_after_addressee(addressee: Token, limit: int) -> Token | None:
    """``“…,” told us Hilaire Bule, Public Relations Officer``: after a telling cue the
    addressee (``us``, ``reporters``) comes first; a person's name right after it speaks."""
    if not (addressee.lower_ in OBJECT_PRONOUNS or addressee.pos_ == "NOUN"):
        return None
    start = addressee.right_edge.i + 1
    doc = addressee.doc
    if start >= min(limit, len(doc)) or doc[start].pos_ != "PROPN" or (
            doc[start].ent_type_ not in {"PERSON", ""}):
        return None
    head = doc[start]
    while head.head.i != head.i and head.head.i > head.i and head.head.i < limit and (
            head.dep_ in {"compound", "flat"}):
        head = head.head
    return head if head.pos_ == "PROPN" else None

