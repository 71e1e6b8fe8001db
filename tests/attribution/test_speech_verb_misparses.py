"""Speech verbs the parser read as something else (issue 7, GUM speech recall), on invented
sentences: every quote found with its exact span, type, speaker as written and cue, and the
look-alikes that must stay unquoted."""

from __future__ import annotations

import pytest
from quote_rows import found

PERCEIVED_SPEECH = [
    # "heard X whispering": the -ing verb tagged as a noun, but the parse gave it a subject
    ('I heard my mother whispering: "Keep us safe from the storm."',
     [("direct", '"Keep us safe from the storm."', "my mother", "whispering")]),
    ('We heard the guard shouting, "Get down!"',
     [("direct", '"Get down!"', "the guard", "shouting")]),
    # an -ing noun with no subject of its own is no speech verb
    ('She heard her brother\'s singing: "Happy birthday to you."', []),
    ('The whispering: "Keep us safe" was all we heard.', []),
]


@pytest.mark.parametrize(("text", "expected"), PERCEIVED_SPEECH)
def test_an_ing_speech_verb_with_its_own_subject_introduces_the_quote(attribute, text,
                                                                      expected):
    assert found(attribute, text) == expected


ROOTLESS_TRAILERS = [
    # "a voice called out" parsed as a noun phrase with a reduced relative
    ('"Over here!" a voice called out from the deck.',
     [("direct", '"Over here!"', "a voice", "called")]),
    ('"Over here!" a voice called.',
     [("direct", '"Over here!"', "a voice", "called")]),
    ('"Mara! Tomas! Ilse!" a voice called out above the other sounds that filled the hangar.',
     [("direct", '"Mara! Tomas! Ilse!"', "a voice", "called")]),
    ('"Stop right there!" the officer called out.',
     [("direct", '"Stop right there!"', "the officer", "called")]),
    # a title followed by a noun phrase with a participle is no trailer
    ('He loved "Moby Dick", a novel written in 1851.', []),
    ('She read "The Raven" a poem published in 1845.', []),
]


@pytest.mark.parametrize(("text", "expected"), ROOTLESS_TRAILERS)
def test_a_cue_the_parse_hung_on_the_sentences_only_noun_is_its_verb(attribute, text,
                                                                       expected):
    assert found(attribute, text) == expected


ADDRESSEE_WITH_TO = [
    # the parser hung the statement on "to X" as a relative clause
    ("The prosecution conceded the point by stating to the council that the victim was armed.",
     [("indirect", "the victim was armed", "The prosecution", "stating")]),
    ("The prosecution conceded the point by stating to Ortega that the victim was armed.",
     [("indirect", "the victim was armed", "The prosecution", "stating")]),
    ("The mayor explained to the council that the road would close.",
     [("indirect", "the road would close", "The mayor", "explained")]),
    ("Ortega declared to the press that the strike was over.",
     [("indirect", "the strike was over", "Ortega", "declared")]),
    # a relative clause proper: "that" is its subject or object
    ("She spoke to the man that the police had arrested.", []),
    ("He wrote to the board that approved the plan.", []),
    # "to" a topic, not a listener: the clause is the topic noun's
    ("Officials grappled to respond to the revelation that the agency was funding the program.",
     []),
    ("Officials grappled to respond to the revelations that the agency was funding it.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEE_WITH_TO)
def test_a_that_clause_hung_on_the_to_addressee_is_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


CREDITED_SAYINGS = [
    ('There is a famous line attributed to Twain: "The reports of my death are greatly '
     'exaggerated."',
     [("direct", '"The reports of my death are greatly exaggerated."', "Twain", "attributed")]),
    ('There is a wonderful quote attributed to Curie — "Nothing in life is to be feared."',
     [("direct", '"Nothing in life is to be feared."', "Curie", "attributed")]),
    ('A remark ascribed to the general, "We shall return," is carved on the gate.',
     [("direct", '"We shall return,"', "the general", "ascribed")]),
    # a cause credited to something is no saying
    ('The blaze was attributed to faulty wiring: "arson" was ruled out.', []),
]


@pytest.mark.parametrize(("text", "expected"), CREDITED_SAYINGS)
def test_a_saying_credited_to_someone_before_the_quotation_is_theirs(attribute, text,
                                                                      expected):
    assert found(attribute, text) == expected


QUOTATIVE_LIKE = [
    ("And I'm like, ‘Are you insane?’", [("direct", "‘Are you insane?’", "I", "'m")]),
    ('She was like, "No way."', [("direct", '"No way."', "She", "was")]),
    ('Priya was like, "Get out of here."', [("direct", '"Get out of here."', "Priya", "was")]),
    # "it was like" compares; it quotes no one
    ('It was like, "a dream."', []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATIVE_LIKE)
def test_the_quotative_be_like_introduces_what_its_subject_said(attribute, text, expected):
    assert found(attribute, text) == expected


CLAUSES_READ_AS_OBJECTS = [
    # the statement's subject made the cue's object, its verb hung inside it
    ("Councillor Sean Ruiz said proposals to make the savings would be set out later this year.",
     [("indirect", "proposals to make the savings would be set out later this year",
       "Councillor Sean Ruiz", "said")]),
    # an existential "there" opens a clause, never an object
    ("Mr Ruiz said there were growing fears that the plant would shut soon.",
     [("indirect", "there were growing fears that the plant would shut soon", "Mr Ruiz",
       "said")]),
    # the statement's verb read as a modifier of the noun after it, keeping its subject
    ("But Ana Weigand said no-one expected crowds such as the ones they got.",
     [("indirect", "no-one expected crowds such as the ones they got", "Ana Weigand",
       "said")]),
    # the same, its subject hung on the auxiliary of the hyphenated verb
    ("Mrs Delaney said big dairies had pre-ordered large stocks of feed before the winter.",
     [("indirect", "big dairies had pre-ordered large stocks of feed before the winter",
       "Mrs Delaney", "said")]),
    # a finite clause with its own subject and no subordinator, parsed as an adverbial
    ("Council leader Tom Hale (Lab) told a meeting of the full council on Wednesday there was "
     "no alternative because costs rose.",
     [("indirect", "on Wednesday there was no alternative because costs rose",
       "Council leader Tom Hale", "told")]),
    # a sentence parsed verbless, its finite verbs hung on the name: the name speaks
    ("Coun Tomas Whitfield, newly elected ward councillor, called on the committee to consider "
     "the cumulative impact of housing developments in the village and pointed out the new "
     "application would mean a ten per cent increase in its size.",
     [("indirect", "the new application would mean a ten per cent increase in its size",
       "Coun Tomas Whitfield", "pointed")]),
    # relayed through "according to": the words are the inner speaker's, once
    ("According to the Harbury Gazette, Ruiz said proposals to make the savings would be set "
     "out later this year.",
     [("indirect", "proposals to make the savings would be set out later this year", "Ruiz",
       "said")]),
    # a relative clause inside an object is no statement of its own
    ("The minister acknowledged the scale of the defeat that was suffered.",
     [("indirect", "the scale of the defeat that was suffered", "The minister",
       "acknowledged")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES_READ_AS_OBJECTS)
def test_an_object_holding_a_finite_clause_is_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


PARTICIPLE_AFTER_SUBORDINATE = [
    # the parse hangs ", saying" on the subordinate clause's verb: the main subject speaks
    ("Ines Varga left the meeting after her rivals walked out, saying the vote was rigged.",
     [("indirect", "the vote was rigged", "Ines Varga", "saying")]),
    ("The harbour board rejected the claims after the union leaders showed their figures, "
     "saying it had done its job.",
     [("indirect", "it had done its job", "The harbour board", "saying")]),
    # "when" too; a name in the main clause stays the speaker
    ("Mayor Tom Ade spoke when the councillors met, saying the budget was balanced.",
     [("indirect", "the budget was balanced", "Mayor Tom Ade", "saying")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_SUBORDINATE)
def test_a_participle_after_a_subordinate_clause_speaks_for_the_main_subject(attribute, text,
                                                                             expected):
    assert found(attribute, text) == expected


SUBJECT_READ_AS_OBJECT = [
    # "as" read as a preposition and its clause's subject as its object: the cue after that
    # noun phrase has no subject of its own, and the noun phrase speaks, not the main clause's
    ("The clinic reopened at noon, but the walkout comes as nurses who work in the emergency "
     "department say they are exhausted.",
     [("indirect", "they are exhausted", "nurses", "say")]),
    # … with an aside between commas before the cue, and a past the tagger may call a
    # participle
    ("His remarks came hours after Minister of Information Ama Osei, at a press briefing in "
     "Accra early this morning, claimed that most voters are happy with the government.",
     [("indirect", "most voters are happy with the government", "Ama Osei", "claimed")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_READ_AS_OBJECT)
def test_a_subordinate_clause_subject_read_as_an_object_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


OFFICES_JOINED_BEFORE_THE_SPEAKER = [
    # two offices joined by "and" before a name the parse made the cue's subject: the name
    # speaks, however the parse hung the offices
    ("\u201cIt is too soon,\u201d Lhoosk\u2019uz Chief and Carrier Sekani Tribal Council "
     "vice-chair Anna Joe said.",
     [("indirect", "It is too soon", "Anna Joe", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES_JOINED_BEFORE_THE_SPEAKER)
def test_the_person_after_joined_offices_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


ACRONYM_READ_AS_VERB = [
    # a body's initials before the speaker's office, tagged a verb: still the trailer
    ("\u201cAlthough we are working to identify the source, there is no risk at this time,\u201d "
     "BRHD health officer Ana Teller said.",
     [("direct", "\u201cAlthough we are working to identify the source, there is no risk at "
       "this time,\u201d", "health officer Ana Teller", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_READ_AS_VERB)
def test_an_acronym_read_as_a_verb_does_not_stop_the_trailer(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_name_set_off_before_the_cue_speaks_past_a_bracketed_acronym(attribute) -> None:
    # the parser apposed the name to the outlet of the interview (tagged a person) and hung
    # the acronym's closing bracket on the outlet
    text = ("In an exclusive interview with the Gazette, Tom Reyes, the newly-appointed "
            "executive director of the Harbury Development Board (HDB), said: \u201cHarbury is "
            "not immune from the crisis.\u201d")
    assert found(attribute, text) == [
        ("direct", "\u201cHarbury is not immune from the crisis.\u201d", "Tom Reyes", "said")]
