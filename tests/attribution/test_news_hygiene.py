"""News-text hygiene (issue 7), on invented sentences: datelines, dates and times are never
speakers; every quote found is listed with its exact span, speaker as written and cue."""

from __future__ import annotations

import pytest
from quote_rows import found

from quotes.datelines import match_dateline

DATELINES = [
    ("OSLORIA, June 2 /NewsWire/ -- Brightmoor Ltd. today announced", ("OSLORIA", 30)),
    ("Lakeview [Ontario], May 3 : Rovers manager Pia Lund said", ("Lakeview", 28)),
    ("NEW HAVEN, Jan. 5 - Stocks fell", ("NEW HAVEN", 20)),
    ("PORT ELLIS (Wire) - The council said", ("PORT ELLIS", 20)),
    ("Rovers manager Pia Lund said the draw was fair.", None),
    ("However - the council said", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines_with_wire_tags_dates_and_bracketed_regions(text, expected):
    assert match_dateline(text, 0, len(text)) == expected


NOT_SPEAKERS = [
    ("OSLORIA, June 2 /NewsWire/ -- Brightmoor Ltd. today announced that it will close two "
     "plants.",
     [("indirect", "it will close two plants", "Brightmoor Ltd.", "announced")]),
    ("Lakeview [Ontario], May 3 : Rovers manager Pia Lund said the draw was fair.",
     [("indirect", "the draw was fair", "Rovers manager Pia Lund", "said")]),
    ("The stock is down nearly 20 percent from a month ago.\nLate Wednesday, the Dover-based "
     "maker and retailer of folding bunk beds announced that it missed second quarter sales and "
     "profit forecasts.",
     [("indirect", "it missed second quarter sales and profit forecasts",
       "the Dover-based maker and retailer", "announced")]),
    ("Early Tuesday, the Denver-based lender announced that it had cut 300 jobs.",
     [("indirect", "it had cut 300 jobs", "the Denver-based lender", "announced")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_a_dateline_or_a_time_expression_is_never_the_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


LEGAL_FORMS = [
    ("OSLORIA, June 2 /NewsWire/ -- Brightmoor, Inc. today announced that it will close two "
     "plants.", "Brightmoor, Inc.", "Brightmoor, Inc."),
    ("Halvard, Ltd., a maker of ropes, said on Monday that sales had doubled.",
     "Halvard, Ltd.", "Halvard, Ltd."),
]


@pytest.mark.parametrize(("text", "mention", "name"), LEGAL_FORMS)
def test_a_company_keeps_its_legal_form_after_a_comma(attribute, text, mention, name):
    quotes = attribute(text)
    assert [(a.speaker.text, a.resolved.name) for a in quotes] == [(mention, name)]


LEAD_INS = [
    ("The utility released the following statement:\nNorth Gas CoWe are aware of the outage and "
     "crews are on site. Power should be back by noon.",
     [("direct", "We are aware of the outage and crews are on site. Power should be back by noon.",
       "North Gas Co", "statement", "North Gas Co")]),
    ("Norland Air provided the following statement regarding the delay: On Tuesday our crews "
     "reported an odor in the cabin and the plane was checked.",
     [("direct", "On Tuesday our crews reported an odor in the cabin and the plane was checked.",
       "Norland Air", "statement", "Norland Air")]),
    ("Harbor County issued the following:\nThe beach is closed until the water has been tested "
     "again.",
     [("direct", "The beach is closed until the water has been tested again.", "Harbor County",
       "issued", "Harbor County")]),
    # no announcing words: a colon alone does not make the next paragraph a statement
    ("Mayor Ines Dahl spoke to the council on Monday:\nThe vote was postponed to May.", []),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS)
def test_a_colon_lead_in_gives_the_statement_after_it_to_its_issuer(attribute, text, expected):
    assert [(a.quote_type, a.quote.text, a.speaker.text, a.cue.text, a.resolved.name)
            for a in attribute(text)] == expected


NOUN_AND_PREPOSITION_CUES = [
    ("Remarks from finance chief Ola Berg that margins would shrink sent shares down.",
     [("indirect", "margins would shrink", "Ola Berg", "Remarks")]),
    ("It follows a claim by her rival, Tomas Novak, last week that the vote was rigged.",
     [("indirect", "the vote was rigged", "Tomas Novak", "claim")]),
    ("It follows comments made by his predecessor, Kim Soo-min, in late May that a new round of "
     "talks could be held.",
     [("indirect", "a new round of talks could be held", "Kim Soo-min", "comments")]),
    ("Kim's remarks come weeks after comments made by his predecessor, Park Ji-hoon, in late "
     "December last year that a new round of talks could possibly be held without a deal.",
     [("indirect", "a new round of talks could possibly be held without a deal", "Park Ji-hoon",
       "comments")]),
    ("Ortiz's claim that the vote was rigged was rejected.",
     [("indirect", "the vote was rigged", "Ortiz", "claim")]),
    # with "that" left out, a clause with its own subject and object is still the claim; a
    # relative clause (a gap where its object would be) is not
    ("The council rejected a minister's claims it had not maintained the housing flats.",
     [("indirect", "it had not maintained the housing flats", "a minister", "claims")]),
    ("The council rejected the minister's claims the report published.", []),
    ("The port authority warned of delays of up to three days after the storm.",
     [("indirect", "delays of up to three days after the storm", "The port authority",
       "warned of")]),
    ("THE FARM minister has warned of a hard year ahead after a flood that is expected to ruin "
     "up to a million tonnes of rice.",
     [("indirect", "a hard year ahead after a flood that is expected to ruin up to a million "
       "tonnes of rice", "THE FARM minister", "warned of")]),
    ("Kim's warning that rates would rise - made in May - was ignored.",
     [("indirect", "rates would rise", "Kim", "warning")]),
    # the subject of a verb of making or repeating a claim holds it; of another verb, not
    ("Ortiz repeated his assertion that the vote was rigged.",
     [("indirect", "the vote was rigged", "Ortiz", "assertion")]),
    ("The minister questioned their claim that the vote was rigged.", []),
    # … giving, issuing or offering one too, and a correction or clarification is one
    ("Police issued a correction that the suspect is from Harbourside.",
     [("indirect", "the suspect is from Harbourside", "Police", "correction")]),
    ("The mayor gave an assurance that the pool would reopen in May.",
     [("indirect", "the pool would reopen in May", "The mayor", "assurance")]),
    # a verb of denial reports the claim it denies, as "denied that …" does
    ("The minister rejected their claim that the vote was rigged.",
     [("indirect", "the vote was rigged", "The minister", "rejected")]),
    ("Police have dismissed media reports that they arrested two protesters.",
     [("indirect", "they arrested two protesters", "Police", "dismissed")]),
    ("Mayor Ana Ruiz on Monday denied the report that the pool would close for good.",
     [("indirect", "the pool would close for good", "Mayor Ana Ruiz", "denied")]),
    ("Residents read reports that the pool would close for good.", []),
    # a verb of confirmation reports the claim it confirms, its noun tagged a verb or not
    ("The mayor confirmed reports that the budget had been cut.",
     [("indirect", "the budget had been cut", "The mayor", "confirmed")]),
    ("Police chief Ana Ruiz confirmed claims that the fire was set by protesters.",
     [("indirect", "the fire was set by protesters", "Police chief Ana Ruiz", "confirmed")]),
    # ... and only of a clause right after the noun, not of a later noun's clause
    ("Spokesman Noh Min-su made the comment after being asked about media reports that the "
     "envoy will visit next week.", []),
    # the agent of a passive inside the claim did the deed; it is no source of the claim
    ("Police chief Ana Ruiz questioned claims that the fire was set by protesters.", []),
    ("Police chief Ana Ruiz denied claims that the fire was set by protesters.",
     [("indirect", "the fire was set by protesters", "Police chief Ana Ruiz", "denied")]),
    # no source named: the clause may be a relative clause, nothing is reported
    ("The claim that he made was false.", []),
    # "so that" opens no clause of the noun
    ("The city's announcement of new bus fares — made before school starts so that parents can "
     "plan — was delayed.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_AND_PREPOSITION_CUES)
def test_a_noun_cue_with_a_source_or_warned_of_reports_a_statement(attribute, text, expected):
    assert found(attribute, text) == expected


FRONTED_PARTICIPLES = [
    ("Citing rising costs, the city's transit chief Mona Ekberg said on Friday that fares would "
     "go up.",
     [("indirect", "fares would go up", "the city's transit chief Mona Ekberg", "said")]),
    ("Expressing concern over low rainfall, Farm Minister Ravi Kumar on Thursday indicated that "
     "the dry spell is likely to hurt the harvest.",
     [("indirect", "the dry spell is likely to hurt the harvest", "Farm Minister Ravi Kumar",
       "indicated")]),  # a concern names a topic, states nothing (rules/topic_nouns.jsonl)
    # after its clause the participle still reports its own object
    ("The union backed the deal, expressing hope that talks would resume.",
     [("indirect", "hope that talks would resume", "The union", "expressing")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTICIPLES)
def test_a_fronted_participle_reports_only_its_own_clause(attribute, text, expected):
    assert found(attribute, text) == expected


PARTICIPLE_SPEAKERS = [
    ("The rally ended with two arrests and a third man claiming officers had shoved him.",
     [("indirect", "officers had shoved him", "a third man", "claiming")]),
    ("Police found a woman saying she had been robbed.",
     [("indirect", "she had been robbed", "a woman", "saying")]),
    # a thing that "says" is no speaker
    ("He held a sign saying the war was over.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_SPEAKERS)
def test_a_person_described_by_a_reporting_participle_is_its_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


TIME_PHRASES_IN_DESCRIPTIONS = [
    ("Officials at Norland Foods on Thursday expressed concern that the rumours would hurt sales.",
     "Officials at Norland Foods"),
    ("A delayed flight left passengers stuck at the airport for two days, according to two "
     "sources at the airport on Wednesday.", "two sources at the airport"),
    ("A member of the public in May said the road was unsafe.", "A member of the public"),
    ("Officials in Oslo said the road was unsafe.", "Officials in Oslo"),
]


@pytest.mark.parametrize(("text", "speaker"), TIME_PHRASES_IN_DESCRIPTIONS)
def test_a_time_phrase_is_no_part_of_a_speaker_description(attribute, text, speaker):
    assert [a.speaker.text for a in attribute(text)] == [speaker]


TOPIC_OBJECTS = [
    # a reaction to a topic states nothing about it (rules/topic_nouns.jsonl)
    ("Mayor Lena Ortiz expressed concern over the rising cost of the bridge repairs.", []),
    ("The union voiced anger at the board over the pay freeze.", []),
    ("Officials at the port on Tuesday expressed concern and dismay about the delays.", []),
    ("Villagers expressed satisfaction with the new footbridge.", []),
    ("The coach expressed his happiness with the squad's fitness.", []),
    # an object that is something said or written points at a statement made elsewhere
    ("But Lena Ortiz reiterated her comments.", []),
    ("The minister highlighted the report at the briefing.", []),
    ("Ortiz reiterated her message that the plan was dead.",
     [("indirect", "her message that the plan was dead", "Ortiz", "reiterated")]),
    # a clause of its own is still the statement
    ("Ortiz expressed concern that the bridge repairs would run late.",
     [("indirect", "concern that the bridge repairs would run late", "Ortiz", "expressed")]),
    # nouns that take a position keep their object (the seed gold annotates them)
    ("Ortiz reiterated her support for the harbour plan.",
     [("indirect", "her support for the harbour plan", "Ortiz", "reiterated")]),
    ("The coach stressed the need for calm before the final.",
     [("indirect", "the need for calm before the final", "The coach", "stressed")]),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_OBJECTS)
def test_a_reaction_noun_as_the_cues_object_states_nothing(attribute, text, expected):
    assert found(attribute, text) == expected


HEARERS = [
    # the subject of a passive "told" heard the words: no speaker, so no row
    ("The future of the plant will be discussed when the owners meet union officials, the "
     "Gazette has been told.", []),
    ("The mayor will resign next week, reporters were told on Monday.", []),
    # the active cue still names its speaker
    ("The future of the plant will be discussed next week, union officials told the Gazette.",
     [("indirect", "The future of the plant will be discussed next week", "union officials",
       "told")]),
]


@pytest.mark.parametrize(("text", "expected"), HEARERS)
def test_who_was_told_is_not_who_spoke(attribute, text, expected):
    assert found(attribute, text) == expected


WHO_AFTER_A_DATE = [
    # "who" is said of people: one the parse hung on a date belongs to the person before it
    ("In 2015, Clara Dunmore, the agency\u2019s chief scientist from 2013 to 2016, who predicted "
     "that the agency would find life within 20 years.",
     [("indirect", "the agency would find life within 20 years", "Clara Dunmore",
       "predicted")]),
    ("Ada Holm, who chaired the board, said the vote was fair.",
     [("indirect", "the vote was fair", "Ada Holm", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), WHO_AFTER_A_DATE)
def test_who_hung_on_a_date_is_the_person_before_it(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "expected"), [
    # "spoke with residents of Harbour Drive today who …": the people whose phrase ends right
    # before the date, climbing the "of" phrase, not a name further back
    (["Moss", "spoke", "with", "residents", "of", "Harbour", "Drive", "today"],
     [1, 1, 1, 2, 3, 6, 4, 1], ["nsubj", "ROOT", "prep", "pobj", "prep", "compound", "pobj",
                                "npadvmod"],
     ["NNP", "VBD", "IN", "NNS", "IN", "NNP", "NNP", "NN"], "residents"),
    # one person's noun is no group of people: the scan for a name decides
    (["Moss", "spoke", "with", "a", "resident", "today"], [1, 1, 1, 4, 2, 1],
     ["nsubj", "ROOT", "prep", "det", "pobj", "npadvmod"], ["NNP", "VBD", "IN", "DT", "NN", "NN"],
     None),
])
def test_people_right_before_a_date(nlp, words, heads, deps, tags, expected):
    from spacy.tokens import Doc

    from quotes.attribution.mentions import people_right_before

    pos = {"NNP": "PROPN", "VBD": "VERB", "IN": "ADP", "NNS": "NOUN", "NN": "NOUN", "DT": "DET"}
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags,
              pos=[pos[t] for t in tags])
    people = people_right_before(doc[len(doc) - 1])
    assert (people.text if people is not None else None) == expected


WHO_AFTER_A_PLACE = [
    # ... and one hung on the place of a "from across the province" phrase to the people
    ("The plan met criticism from members of county councils (MCCs) from across the province "
     "who said they were not consulted.",
     [("indirect", "they were not consulted", "members of county councils", "said")]),
    ("Reporters spoke to farmers in the valley who said the water was unsafe.",
     [("indirect", "the water was unsafe", "farmers", "said")]),
    # a place set off by commas after a person's name, whatever the tagger typed it
    ("The meeting was led by retired farmer Tom Reyes, from Kialla, who said the convergence "
     "was a positive decision.",
     [("indirect", "the convergence was a positive decision", "retired farmer Tom Reyes",
       "said")]),
    # … or a person named "of" a ward or village
    ("Farai Muza of Unit A, who said he had not received a drop of water since May, "
     "challenged the clerk to visit.",
     [("indirect", "he had not received a drop of water since May", "Farai Muza", "said")]),
    # "which" is said of the place itself
    ("The plan met criticism from the city, which said it was not consulted.",
     [("indirect", "it was not consulted", "the city", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), WHO_AFTER_A_PLACE)
def test_who_hung_on_a_place_is_the_people_before_it(attribute, text, expected):
    assert found(attribute, text) == expected


FRONTED_PARTICIPLE_OBJECTS = [
    # the parse made the participle's object the subject; the name beside it acts
    ("Echoing Lund\u2019s views, Sam Cheuk, president of the Harbour Chamber of Jewellery, told "
     "reporters there is growing concern among members.",
     [("indirect", "there is growing concern among members", "Sam Cheuk", "told")]),
    # several people set beside a plural are still not one name
    ("Relatives of the victim, Omar Haddad and Lina Haddad, said the verdict was fair.",
     [("indirect", "the verdict was fair", "Relatives of the victim", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTICIPLE_OBJECTS)
def test_the_object_of_a_fronted_participle_is_no_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an indefinite subject of a present-tense cue under "when"/"if" is anyone: no statement
    ("A renoviction is when a landlord tells a tenant they have to move out for renovations.",
     []),
    ("If a reporter says the plan failed, check it.", []),
    # a definite one in the past is somebody who spoke
    ("When the landlord told the tenant they had to move out, she called police.",
     [("indirect", "they had to move out", "the landlord", "told")]),
])
def test_a_generic_condition_says_nothing(attribute, text, expected) -> None:
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # quoted words after "titled"/"entitled" name the address or report, whatever cue follows
    ("The former Minister of Communication, in his address, titled, \u201cWhither Harbury "
     "2023,\u201d said the APC in the state after the victory at the presidential and National "
     "Assembly elections has gone to redefine its trajectory to guarantee victory.", []),
    ("The report, entitled \u201cStreets for All,\u201d says the city must act.",
     [("indirect", "the city must act", "The report", "says")]),
])
def test_words_a_participle_names_a_thing_by_are_no_quotation(attribute, text, expected):
    assert found(attribute, text) == expected
