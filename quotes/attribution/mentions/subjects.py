"""``subject_of``: the token that speaks for a cue verb.

Five ordered steps, each answering or passing on (``UNDECIDED``): a subject the parse misplaced,
the verb's own subject, words not parsed as the subject, the governing clause's speaker, the
joined verb's speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import (
    FINITE_TAGS,
    NOMINAL_POS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    SUBJECT_INHERIT_DEPS,
    coordinated_with,
    statement_first_verb,
)
from ..lexicon import Lexicon
from .misparsed_subjects import (
    behind_subordinator,
    clause_verb,
    cue_read_into_relative,
    described_by_apposition,
    head_word_split_off,
    holder_read_as_object,
    in_affiliation,
    maker_in_relative,
    name_apposed_in_fronted_clause,
    name_before_relative,
    name_just_before,
    name_set_off_after_subject,
    named_beside,
    noun_read_as_compound,
    office_apposed_to_holder,
    offices_before_holder,
    people_before_place,
    person_before_apposition,
    person_before_date,
    person_doing,
    person_of_place,
    person_shown_saying,
    phrase_split_by_parse,
    place_of_body_before,
    place_pair_read_as_subject,
    relative_clause_tail,
    role_read_as_subject,
    speaker_of_alleged_saying,
    speaker_read_as_apposition,
    subject_after_but,
    subject_of_with_absolute,
    subject_read_as_conjunct,
    subject_read_as_object_of_subordinator,
    surname_read_as_adverb,
    thing_before_participle,
    with_object_before_adverbial,
)
from .spans import (
    release_furniture_token,
)
from .verb_roles import (
    clause_governor,
    clause_of_participle_read_as_object,
    directs,
    object_blamed_for,
    object_controlling,
    participle_after_main_clause,
    participle_after_subordinate,
    participle_joined_to_finite,
    participle_read_as_complement,
    participle_set_off_after_object,
    passive_subject_joined,
    quoted_object,
    reports_a_clause,
    that_after_addressee,
    told_to,
    trailing_cue_before,
)
from .words import (
    age_nominal,
    can_speak,
    is_time_expression,
    name_tagged_verb,
)


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
        c.pos_ not in {"VERB", "PUNCT", "X"} or name_tagged_verb(c))
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
                                 behind_subordinator(verb, c), in_affiliation(c, found),
                                 place_of_body_before(c, found),
                                 c.pos_ not in {"PROPN", "PRON"},
                                 verb.dep_ == "parataxis" and c.i < verb.i, abs(verb.i - c.i)))
    subjects = relative_clause_tail(phrase_split_by_parse(head_word_split_off(subjects)))
    subjects = offices_before_holder(subjects, lexicon.offices)
    subjects = office_apposed_to_holder(subjects, lexicon.offices)
    return subjects


def _subject_misplaced_by_parse(verb: Token, subjects: list[Token], lexicon: Lexicon, depth: int,
                                issuers: bool) -> object:
    """A subject the parse put in the wrong place: a verbless sentence's noun phrase, the
    thing before a participle, a role after ``as``, a town's state."""
    if subjects and behind_subordinator(verb, subjects[0]) and verb.dep_ == "advcl" and (
            verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}):
        # "Ana Ruiz in a video after the press conference said …", parsed as a verbless
        # sentence: the noun phrase it hangs on is who said it
        return verb.head if can_speak(verb.head) else None
    if depth < 3 and subjects and thing_before_participle(verb, subjects[0], lexicon):
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
                    named_beside(verb.head)) or verb.head
            if is_time_expression(child):
                child = described_by_apposition(child)
                if child is None:
                    return None
            if child.tag_ in RELATIVE_TAGS or not can_speak(child):
                return None
            if (named := name_set_off_after_subject(child, verb, lexicon.offices)) is not None or (
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
    if not subjects and (apposed := speaker_read_as_apposition(verb)) is not None:
        return lexicon.issuer(apposed) if issuers else apposed  # "… in Brooklyn, the head of
        # the union said": the parser apposed the speaker to the town
    if verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL_POS:
        return verb.head  # "Smith, who said …"
    if not subjects and (named := cue_read_into_relative(verb)) is not None:
        return named  # "Ruiz, who also holds the sports portfolio, tweeted: …"
    if verb.dep_ in {"ROOT", "ccomp"} and verb.tag_ in FINITE_TAGS:
        before = name_just_before(verb, lexicon.offices, lexicon.first_names) or (
            name_before_relative(verb)) or (
            name_apposed_in_fronted_clause(verb)) or person_before_apposition(verb)
        if before is not None:
            return before  # "… advocate Josh Matlow told HuffPost …" parsed without a subject
    if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
        if (clause_subject := participle_set_off_after_object(verb)) is not None:
            return clause_subject  # "X faced the cameras – and the boos –, describing …"
        if verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and (
                can_speak(verb.head)):
            return verb.head  # "Coun Ana Reyes, ward councillor, called on … and pointed out
            # …", parsed verbless: a finite past on the name is its predicate, the name speaks
        if verb.tag_ != "VBG" or not issuers:
            return None
        if (actor := with_object_before_adverbial(verb)) is not None:
            return actor  # "with Cllr Ruiz at one point telling …", hung on "point"
        return _speaker_of_document(verb.head, lexicon) or person_doing(verb, lexicon)
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
            can_speak(raised)):
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
