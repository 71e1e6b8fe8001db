"""Acronyms an article never spells out beside the name, and names the parser split."""

from __future__ import annotations

import pytest

from quotes.resolution.acronyms import compound_initials
from quotes.resolution.entities import initials, is_strict_acronym


@pytest.mark.parametrize(("name", "expected"), [
    ("Research in Motion", {"RIM", "RM"}),
    ("Research In Motion", {"RIM"}),
    ("Bank of America", {"BA", "BOA"}),
    ("Harrow Wireless Inc.", {"HWI", "HW"}),
    ("Grand Rapids Fire Department", {"GRFD"}),
    ("Inter-Services Public Relations", {"ISPR"}),
    # an abbreviation inside the name gives all its letters; "and" gives none
    ("Ministry of Fisheries and Aquatic Resources", {"MFAR", "MOFAAR", "MOFAR"}),
    ("U.S. Geological Survey", {"UGS", "USGS"}),
    ("UN Mission in Sudan", {"UMS", "UMIS", "UNMIS", "UNMS"}),
    # "of SA" is a place (South Africa), no legal form to leave out
    ("Union of Metalworkers of SA", {"UMS", "UOMOS", "UMSA", "UOMOSA"}),
    # an acronym beside a common noun is not itself the noun phrase's initials
    ("NHS bosses", {"NB", "N", "NHSB"}),
])
def test_the_ways_a_name_is_written_in_initials(name, expected) -> None:
    assert initials(name) == expected


def test_a_long_word_may_give_a_letter_for_its_second_part() -> None:
    assert "APFFA" in compound_initials(
        "APFA", ["Ashby", "Professional", "Firefighters", "Association"])
    assert compound_initials("AB", ["Ashby", "Bank"]) == set()  # no word long enough


@pytest.mark.parametrize(("word", "strict"), [
    ("HW", True), ("GRFD", True), ("ABCDEF", True), ("ABCDEFG", False), ("A", False),
    ("BofA", False), ("U.N.", False), ("Hw", False),
])
def test_only_an_all_capitals_word_of_two_to_six_letters_is_strict(word, strict) -> None:
    assert is_strict_acronym(word) is strict


@pytest.mark.parametrize(("text", "expected"), [
    # the one body named earlier with these initials (a legal form left out)
    ('Harrow Wireless Inc. reported a profit. Shares of HW fell 8 percent. For the second '
     'quarter, HW said it expects "strong demand for our phones."',
     ("HW", "Harrow Wireless Inc. (HW)", "name")),
    ('Kestrel Mining Corporation reported a loss on Tuesday. KMC said it expects "a '
     'difficult year."', ("KMC", "Kestrel Mining Corporation (KMC)", "name")),
    # a name NER never tagged, with a lower-case function word that may give a letter
    ('Research in Motion reported a loss. RIM said it expects "a difficult year ahead."',
     ("RIM", "Research in Motion (RIM)", "name")),
    ('The Grand Rapids Fire Department was called at noon. Shares of GRFD were up. "Nobody '
     'was hurt," GRFD said.', ("GRFD", "Grand Rapids Fire Department (GRFD)", "name")),
    # "the" before initials NER left untagged: still the body's name, not a description
    ('Demand rose in May. The Water Authority has limited truck orders, the WA said in a '
     'release. Customers should check for leaks, the WA added.',
     ("the WA", "Water Authority (WA)", "name")),
    # … and before initials the article gave in brackets after the name
    ("Tom Keane chairs the Canadian Bar Association (CBA), which advocates for members.\n\n"
     "But the CBA said the attack on the judge was inappropriate.",
     ("the CBA", "Canadian Bar Association (CBA)", "name")),
    # an acronym written as a word in brackets after the name it spells
    ('The Congress of Harbour Trade Unions (Cohtu), an umbrella body, met on Monday. Cohtu '
     'said it "will not move."', ("Cohtu", "Congress of Harbour Trade Unions (Cohtu)", "name")),
    ('The Union of Metalworkers of SA (Umsa) and the Union of Mineworkers (UM) walked out. '
     'Umsa said it "will not move."', ("Umsa", "Union of Metalworkers of SA (Umsa)", "name")),
    # a capitalised word in brackets that spells nothing is no acronym
    ('The Congress of Harbour Trade Unions (Portvale) met on Monday. Portvale said it "will '
     'not move."', ("Portvale", "Portvale", "name")),
    # two bodies with the same initials: the acronym is nobody's
    ('Kestrel Mining Corporation and the Kingsway Medical Centre met on Monday. KMC said it '
     'expects "a difficult year."', ("KMC", "KMC", "name")),
    # a person is never an acronym's
    ('Harold Wilson spoke on Monday. HW said "we will win."', ("HW", "HW", "name")),
    # the parser split a body's name: the words go on as the name the article has
    ('Research in Motion reported a loss. RIM said it expects "a difficult year." Research '
     'in Motion said "sales of the phone were strong."',
     ("Research", "Research in Motion (RIM)", "name")),
    ('Research In Motion reported a loss. RIM said it expects "a difficult year." "Sales were '
     'strong," Research In Motion said.', ("Research", "Research In Motion (RIM)", "name")),
])
def test_acronym_pass(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def test_an_ambiguous_acronym_is_below_the_trusted_band(attribute) -> None:
    quotes = list(attribute('Kestrel Mining Corporation and the Kingsway Medical Centre met on '
                            'Monday. KMC said it expects "a difficult year."'))
    alone = list(attribute('Kestrel Mining Corporation reported a loss on Tuesday. KMC said it '
                           'expects "a difficult year."'))
    assert quotes[-1].confidence < 0.8 <= alone[-1].confidence


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name NER never tagged, written twice, once as a subject
    ('Research In Motion reported a loss on Friday. "We expect a hard year," Research In '
     'Motion said.', ("Research", "Research In Motion", "name")),
    ('Research In Motion posted a loss on Friday. Research in Motion blamed costs. Research '
     'in Motion said it expects "a difficult year ahead."',
     ("Research in Motion", "Research In Motion", "name")),
    # people and places are not bodies' names, however often written
    ('Residents of Ashby met. Residents of Ashby said "we are angry."',
     ("Residents of Ashby", "Residents of Ashby", "as written")),
])
def test_a_recurring_body_name_the_tagger_missed(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the acronym's words were written out before the same noun
    ("The Kerran Valley government has published new fishing quotas. The KV government says "
     "every boat must carry a logbook.",
     ("The KV government", "Kerran Valley government", "described")),
    # the words open a sentence and the body is named by a place the acronym pass knows
    ("Western Cape government officials met on Monday. Alder County was not on the list. "
     '"We will help," the WC government said.',
     ("the WC government", "Western Cape government", "described")),
    # two bodies with those initials: left as written
    ("The Western Cape government and the Wild Coast government met. The WC government says "
     "every boat must carry a logbook.", ("The WC government", "WC government", "as written")),
    # written out before another noun only: left as written
    ("The Kerran Valley police published new quotas. The KV government says every boat must "
     "carry a logbook.", ("The KV government", "KV government", "as written")),
])
def test_an_acronym_before_a_body_noun_is_the_body_written_out_before_that_noun(
        last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name first bracketed with the acronym does not spell it; a later one does
    ("The Ministry of Fisheries (MoFAR) admitted it had not foreseen the storm. The Ministry "
     "of Fisheries and Aquatic Resources said the ban will stay.",
     ("The Ministry of Fisheries and Aquatic Resources",
      "Ministry of Fisheries and Aquatic Resources (MoFAR)", "name")),
    # dotted capitals spell their letters
    ("The quake struck at 10 km depth, the U.S. Geological Survey said. USGS said there was "
     "no tsunami threat.", ("USGS", "U.S. Geological Survey (USGS)", "name")),
    # the tagger typed only the bracketed acronym: the capitalised words before it spell it
    ("The Special Investigations Unit (SIU) looked into the case. The SIU said the man had "
     "left.", ("The SIU", "Special Investigations Unit (SIU)", "name")),
    # a role title inside a body's name does not make its acronym an office's
    ("Patients waited a year at the Lowell General Hospital (LGH). The LGH said the delays "
     "were caused by staffing.", ("The LGH", "Lowell General Hospital (LGH)", "name")),
    # a document issued by the body the acronym names (rules/speaker_nouns.jsonl)
    ("The Special Investigations Unit (SIU) looked into the case. By then, the man had left, "
     "said the SIU narrative.", ("SIU", "Special Investigations Unit (SIU)", "name")),
    # a closed compound gives a letter for each part, when no name has the plain initials
    ("The Ashby Professional Firefighters Association held a rally. APFFA posted its reasons "
     "on its website: \u201cWe need a fair deal.\u201d",
     ("APFFA", "Ashby Professional Firefighters Association (APFFA)", "name")),
    # an acronym that spells only a name's first words files the body under the whole name
    ("Harbour Northern Railway announced on Friday that it had received a strike notice.\n\n"
     "\u201cThe impact will depend on the board,\u201d HN said in its statement.",
     ("HN", "Harbour Northern Railway (HN)", "name")),
])
def test_an_acronym_stands_for_the_name_that_spells_it(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def test_an_entity_the_tagger_ended_inside_a_bracket_stops_before_it(nlp) -> None:
    from spacy.tokens import Span

    from quotes.resolution.state import closed_brackets

    doc = nlp("The Ministry of Fisheries (MoFAR) said the ban will stay.")
    entity = Span(doc, 1, 6, label="ORG")  # "Ministry of Fisheries (MoFAR"
    assert closed_brackets(entity).text == "Ministry of Fisheries"
    whole = Span(doc, 1, 7, label="ORG")  # "Ministry of Fisheries (MoFAR)": closed
    assert closed_brackets(whole).text == whole.text


@pytest.mark.parametrize(("text", "expected"), [
    # initials of an office stand for the one person the article gave that office
    ("At a press conference on Monday, Chief Port Commissioner Tomas Reyes thanked the staff. "
     "The CPC said the cranes were ready.", ("The CPC", "Tomas Reyes", "name")),
    # an office nobody is named to speaks as a body, as before
    ("The Parliamentary Budget Officer published a costing on Monday. The PBO said the plan "
     "would cost more than promised.",
     ("The PBO", "Parliamentary Budget Officer (PBO)", "name")),
    # the short form in brackets after the office is no part of the holder's name
    ("Chief Executive Officer (CEO) Ana Teller said profits fell.",
     ("Chief Executive Officer (CEO) Ana Teller", "Ana Teller", "name")),
])
def test_the_initials_of_an_office_are_its_holder(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("word", "words", "spells"), [
    # word beginnings in order, two or more from the first word, three words or more
    ("tanapa", ["tanzania", "national", "parks", "authority"], True),
    ("tanesco", ["tanzania", "electric", "supply", "company"], True),
    ("kenha", ["kenya", "national", "highways", "authority"], True),
    # two parts are too few to tell a short form from a word
    ("canada", ["canadian", "nurses", "association"], False),
    ("harbour", ["harbour", "police", "service"], False),
])
def test_a_short_form_made_of_word_beginnings(word, words, spells) -> None:
    from quotes.resolution.spans import syllables_of

    assert syllables_of(word, words) is spells


def test_a_recurring_short_form_is_the_body_it_was_given_to(last_speaker) -> None:
    text = ("Rangers found a dead rhino inside the Serengeti National Park in December.\n\n"
            "Four poachers have been arrested, according to the Tanzania National Parks "
            "Authority (Tanapa).\n\nSome Tanapa executives were questioned, Tanapa said.")
    assert last_speaker(text) == ("Tanapa", "Tanzania National Parks Authority (Tanapa)", "name")


@pytest.mark.parametrize(("text", "name"), [
    # the tagger ends the body's name at "and" and types the first place apart
    ("The Trinidad and Tobago Police Service (TTPS) said the man was arrested.",
     "Trinidad and Tobago Police Service (TTPS)"),
    ("Patients waited at the Norfolk and Norwich University Hospital (NNUH). The NNUH said "
     "the waits were planned.", "Norfolk and Norwich University Hospital (NNUH)"),
    # an ampersand in the acronym stands where the name says "and"
    ("Patients waited at the Harbury and Lowell General Hospital (H&L). The H&L said the "
     "waits were planned.", "Harbury and Lowell General Hospital (H&L)"),
    # an acronym the name after "and" spells alone leaves the place before it out
    ("Talks between Canada and Mexico Trade Council (MTC) stalled, the MTC said.",
     "Mexico Trade Council (MTC)"),
])
def test_a_body_name_runs_back_over_and_when_its_acronym_asks(attribute, text, name) -> None:
    assert list(attribute(text))[-1].resolved.name == name


@pytest.mark.parametrize(("text", "names"), [
    # the tagger stopped the body's name before its head noun; the name runs on to it, and
    # the initials in brackets after it are that body's
    ("A quake struck the coast. According to Norland's Disaster and Emergency Management "
     "Presidency (NDEMP), the magnitude was 5.8. Two buildings were damaged, NDEMP said.",
     ["Disaster and Emergency Management Presidency (NDEMP)"] * 2),
])
def test_a_bodys_name_runs_on_to_its_head_noun(attribute, text, names) -> None:
    assert [q.resolved.name for q in attribute(text)] == names


def test_an_acronym_is_the_body_it_spells_before_a_unit_whose_name_opens_with_it(
        attribute) -> None:
    text = ("Harbury Health Services announced an outbreak at the Lowell hospital on Thursday. "
            "However, HHS adds no patients have been infected. \u201cThe hospital remains "
            "safe,\u201d says Ana Teller, communications director for the HHS North zone.")
    assert [q.resolved.name for q in attribute(text)] == [
        "Harbury Health Services (HHS)", "Ana Teller"]


@pytest.mark.parametrize(("start", "end", "expected"), [
    # the tagger ended the body's name on "of the": it runs on over the capitalised office
    (2, 6, "the Office of the Prime Minister"),
    # with no capitalised word to take, the joining words are dropped
    (12, 16, "the Ministry"),
])
def test_a_body_name_ending_on_a_joining_word(nlp, start, end, expected) -> None:
    from spacy.tokens import Span

    from quotes.resolution.state import past_dangling_joiner

    doc = nlp("Earlier, the Office of the Prime Minister Ana Teller spoke and the Ministry of "
              "the said so.")
    assert past_dangling_joiner(Span(doc, start, end, label="ORG")).text == expected
