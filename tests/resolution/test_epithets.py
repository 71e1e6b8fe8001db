"""Epithets: a definite person description nobody was given continues the speaker with the
floor, unless it contradicts them."""

from __future__ import annotations

import pytest

from quotes.resolution.entities import Entity
from quotes.resolution.epithets import named_in_full


@pytest.mark.parametrize(("text", "expected"), [
    # a party before the noun: the person who spoke in the sentence before
    ("Mara Quill said the market lacked ambition.\n\n\u201cIt could be much bigger,\u201d she "
     "said.\n\nThe Labour councillor said she wanted a longer festival.",
     ("The Labour councillor", "Mara Quill", "description")),
    # a noun glued by hyphens, after a pronoun kept the floor
    ("Ravi Batra will hand a report to the board and said he will do it tomorrow.\n\n"
     "\u201cI will give the report to the board tomorrow,\u201d said the "
     "cricketer-turned-administrator.",
     ("the cricketer-turned-administrator", "Ravi Batra", "description")),
    # an acronym of a unit the article does not name as a body
    ("Harun Rashid spoke to reporters at his office today.\n\nHe said those involved will be "
     "arrested.\n\nThe DB chief said cars were set on fire during the strike.",
     ("The DB chief", "Harun Rashid", "description")),
    # the lede's unnamed speaker was the person named next: no somebody else
    ("A hospital chief executive said wards were full.\n\nMaya Lund was speaking at a board "
     "meeting in Leeds.\n\n\u201cWe have lowered the bar,\u201d she said.\n\nThe chief "
     "executive of the hospital trust said patients deserved better.",
     ("The chief executive of the hospital trust", "Maya Lund", "description")),
    # a councillor may lead the council or a group on it: "the leader" is no other office
    ("Cllr Mara Quill said the county would receive less money.\n\nShe said the fund was "
     "too small.\n\nThe Harbour Labour leader said her council was spending more than that.",
     ("The Harbour Labour leader", "Mara Quill", "description")),
    # a place the role leaves out, written in the name of the body the role names
    ("Lorvia State Police Command says it arrested 2,176 suspects.\n\nThe State Police "
     "Commissioner, Tunde Alabi, made this disclosure on Saturday.\n\nAlabi said that the "
     "suspects were charged.\n\nAccording to him, other suspects were arrested for robbery."
     "\n\nThe Lorvia police boss added that the police also arrested two cultists.",
     ("The Lorvia police boss", "Tunde Alabi", "description")),
    # one narrated sentence about the speaker between, and nobody else named
    ("Asked about the display, Eve said, \u201cIt was good.\u201d\n\nHe was also impressed "
     "with the crowd.\n\n\u201cA welcome sight,\u201d said the former midfielder and "
     "captain.", ("the former midfielder and captain", "Eve", "description")),
    # a demonym of a place the article names, whatever type the tagger gave it
    ("Belize arrived with several overseas players.\n\n\u201cWe come here to win,\u201d said "
     "Woodrow West.\n\n\u201cIt is a complicated game,\u201d the Belizean added.",
     ("the Belizean", "Woodrow West", "description")),
    # a generic word for a head fits a prime minister; the word naming the office's body
    # (tagged a body only inside the description) is no other body of the article
    ("Prime Minister Alma Perez announced that she will meet party leaders on Friday.\n\n"
     "\u201cA meeting has been set,\u201d she said.\n\nThe Cabinet chief affirmed that the "
     "talks are an attempt to reach a consensus.",
     ("The Cabinet chief", "Alma Perez", "description")),
    # a player capped by a country (rules/head_nouns.jsonl): a person noun
    ("Lorvia Beach Soccer Coach Harry Tane says the side competed well against Tonga today."
     "\n\nThe former Samoa international who is guiding the team said they were very "
     "competitive.", ("The former Samoa international", "Harry Tane", "description")),
    # an office of a body apposed to a name the tagger called a body: the office's holder,
    # past the body's short form in brackets
    ("Traders faulted the claim of the Director-General of the Lorvia State Emergency Agency "
     "(LSEA), Femi Oke-Adeyemi, that fuel caused the fire.\n\nOke-Adeyemi had disclosed that "
     "seven buildings were affected.\n\nThe DG/CEO said: \u201cThe plaza had been gutted by "
     "fire.\u201d", ("The DG/CEO", "Femi Oke-Adeyemi", "description")),
])
def test_an_epithet_continues_the_speaker_with_the_floor(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another office than the speaker's role
    ("Senator Tom Reyes said the bill would pass.\n\nThe Republican president said he would "
     "sign it.", ("The Republican president", "Republican president", "as written")),
    # a narrowing noun the speaker's role lacks
    ("Finance Minister Ada Holm said taxes would rise.\n\nThe Liberal trade minister said "
     "exports would suffer.",
     ("The Liberal trade minister", "Liberal trade minister", "as written")),
    # a body the article names that the speaker is not of
    ("Apple chief executive Tim Cook said sales were strong.\n\nThe Google chief said "
     "advertising had recovered, after Google Inc. reported results on Tuesday.",
     ("The Google chief", "Google chief", "as written")),
    # the speaker lost the floor: narrated sentences came between
    ("Mara Quill said the market lacked ambition.\n\nThe festival opened on Friday. Crowds were "
     "smaller than last year. Rain kept families away.\n\nThe Labour councillor said she wanted "
     "a longer festival.", ("The Labour councillor", "Labour councillor", "as written")),
    # somebody else was named since the speaker spoke
    ("Asked about the display, Eve said, \u201cIt was good.\u201d\n\nGuyana coach Tom Ruiz "
     "was also impressed with the crowd.\n\n\u201cA welcome sight,\u201d said the former "
     "midfielder and captain.", ("the former midfielder and captain",
                                 "former midfielder and captain", "as written")),
    # the noun already stood for somebody unnamed
    ("Police arrested a driver on Main Street. Officer Ann Cole said he was calm.\n\nThe "
     "driver told officers he was lost.", ("The driver", "driver", "as written")),
])
def test_an_epithet_that_contradicts_the_speaker_stays_as_written(last_speaker, text,
                                                                  expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nobody spoke yet: the one person the sentence before was about
    ("Drought bites\n\nThe summer has been the driest since 1949 on Tom Baker\u2019s farm in "
     "Kent.\n\n\u201cIt wasn\u2019t a good year,\u201d said the Willow Creek Farm owner.",
     ("the Willow Creek Farm owner", "Tom Baker", "description")),
    # two people in the sentence before: which one owns the farm?
    ("Drought bites\n\nThe summer has been the driest since 1949 for Tom Baker and Ivy Moreno "
     "in Kent.\n\n\u201cIt wasn\u2019t a good year,\u201d said the Willow Creek Farm owner.",
     ("the Willow Creek Farm owner", "Willow Creek Farm owner", "as written")),
])
def test_an_epithet_before_anybody_spoke_varies_the_one_person_named_before(
        last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("names", "full"), [
    (["Tom Baker"], True),
    (["Siobhan O'Neill-Hart"], True),
    (["COVID-19"], False),  # a word the tagger took for a person is nobody's name to vary
    (["Baker"], False),
    (["the farm owner"], False),
])
def test_only_a_full_name_is_varied_by_an_epithet(names, full) -> None:
    assert named_in_full(Entity("person", names=names)) is full


@pytest.mark.parametrize(("text", "expected"), [
    # the one body that acted in the sentence before, whose name says no other kind
    ("Metrolinx has released details of its long-term plans.\n\nAccording to the ministry, "
     "the access roads will be paved in 2027.", ("the ministry", "Metrolinx", "description")),
    ("Metrolinx posted on social media about the delay at 7.29am.\n\nAt 8.35am, the operator "
     "posted: \"Commuters should look out for the signs.\"",
     ("the operator", "Metrolinx", "description")),
])
def test_a_body_epithet_continues_the_body_that_acted_before(last_speaker, text,
                                                              expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize("text", [
    # two bodies acted
    "Metrolinx closed the station after Lorvia Police found a parcel on Monday.\n\nAccording "
    "to the ministry, the access roads will be paved in 2027.",
    # the body lost the floor: narrated sentences came between
    "Metrolinx released its plans on Monday. The weather was cold. Crowds gathered at the "
    "station.\n\nAccording to the ministry, the access roads will be paved in 2027.",
    # a company is no ministry
    "Lorvia Transit Inc. has released details of its long-term plans.\n\nAccording to the "
    "ministry, the access roads will be paved in 2027.",
])
def test_a_body_epithet_without_one_fitting_body_stays_as_written(last_speaker, text) -> None:
    assert last_speaker(text) == ("the ministry", "ministry", "as written")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Nurses Union says 3,000 staff got letters.\n\nThe Opposition says the "
     "government is destroying the hospitals.", ("The Opposition", "Opposition", "as written")),
    ("The Labour Party won 40 seats. The opposition said the budget was a disaster.",
     ("The opposition", "opposition", "as written")),
])
def test_the_opposition_is_never_the_body_that_acted_before(last_speaker, text,
                                                            expected) -> None:
    assert last_speaker(text) == expected


def test_a_noun_set_off_before_a_name_is_no_unnamed_somebody(last_speaker) -> None:
    text = ("Harbour Religious School\u2019s headmistress, Mirna Suhaili said that an image of "
            "the story was circulated on social media.\n\nThe headmistress said she first "
            "received the message on Saturday.")
    assert last_speaker(text) == ("The headmistress", "Mirna Suhaili", "described")


@pytest.mark.parametrize(("names", "place"), [
    (["Lagos State", "Lagos"], True),          # a place and its level word, typed a body
    (["Harbour City"], True),
    (["Lagos State Police Command"], False),   # a body of that place
    (["Harbour Council"], False),
])
def test_a_name_and_a_place_word_names_a_place(names, place) -> None:
    from quotes.resolution.entities import Entity
    from quotes.resolution.epithets import named_as_a_place
    from quotes.rules import RuleSet
    entity = Entity("organization")
    for name in names:
        entity.add_name(name)
    assert named_as_a_place(entity, RuleSet.load().name_words_that("place")) is place
