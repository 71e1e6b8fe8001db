"""Body descriptions: which named body ``the agency``, ``the team``, ``the utility`` can be."""

from __future__ import annotations

import pytest

from quotes.names import builtin_titles
from quotes.resolution.bodies import KIND, NAMED, UNKNOWN, body_fit, families_of
from quotes.resolution.config import Constraints
from quotes.resolution.entities import Entity
from quotes.rules import RuleSet

CONSTRAINTS = Constraints.of(RuleSet.load())  # rules/head_nouns.jsonl


def body(*names: str, descriptors: tuple[str, ...] = ()) -> Entity:
    entity = Entity("organization")
    for name in names:
        entity.add_name(name)
    entity.descriptors.update(descriptors)
    return entity


@pytest.mark.parametrize(("entity", "noun", "fit"), [
    (body("Ministry of Health"), "ministry", NAMED),
    (body("Hawks"), "team", UNKNOWN),                      # nothing says what the Hawks are
    (body("Hawks", descriptors=("team",)), "team", NAMED),  # "the Hawks, a hockey team,"
    (body("U.S. State Department"), "agency", KIND),        # both government
    (body("Northfield Power"), "utility", KIND),            # both companies
    (body("Northfield Power"), "agency", None),             # a company is no agency
    (body("University of Leeds"), "team", None),
    (body("Xinhua News Agency"), "office", None),           # a news agency is media
    (body("Xinhua News Agency"), "agency", NAMED),
    (body("Talos", descriptors=("cybersecurity",)), "security", NAMED),
    (body("Hamas"), "group", UNKNOWN),
    (body("Acme Inc."), "group", UNKNOWN),                  # a group may be any body
    (body("Harbury Alliance", descriptors=("organisation",)), "group", KIND),  # said so
    (body("Acme Inc."), "firm", KIND),
    (body("WKRP-TV"), "station", KIND),                     # a call sign's TV is media
    (body("Harbour Radio"), "broadcaster", KIND),
    (body("Corvex Local 240"), "union", KIND),              # a union's branch
    (body("Harbour Party"), "presidency", None),            # a party is no head of state
    (body("Ministry of Finance"), "cabinet", KIND),
    (body("Harbour Press"), "union", None),                 # a wire or a paper is no union
    (body("Lakeside Gazette"), "union", None),
])
def test_a_body_noun_fits_a_named_body_by_its_name_or_its_kind(entity, noun, fit) -> None:
    assert body_fit(entity, noun, builtin_titles(), CONSTRAINTS) == fit


def test_a_body_known_only_by_its_acronym_is_of_the_acronyms_kind() -> None:
    """``the PSNI`` … ``Police said``: a well-known police acronym says what the body is."""
    psni = Entity("organization")
    psni.acronym = "PSNI"
    lottery = Entity("organization")
    lottery.acronym = "NLX"
    assert body_fit(psni, "police", builtin_titles(), CONSTRAINTS) == KIND
    assert body_fit(lottery, "police", builtin_titles(), CONSTRAINTS) == UNKNOWN


@pytest.mark.parametrize(("words", "families"), [
    (["state", "department"], {"government", "police"}),
    (["xinhua", "news", "agency"], {"media"}),              # the pair wins over "agency"
    (["hawks"], set()),
    (["ministry", "of", "energy"], {"government"}),         # the body noun decides
    (["northfield", "energy"], {"company"}),                # … else the name's other words
])
def test_the_words_of_a_name_say_what_kind_of_body_it_is(words, families) -> None:
    assert families_of(words, CONSTRAINTS) == families


FAR_BACK = (
    "The Lorvia Department of Corrections says the inmates were moved. Commissioner Mark Hale "
    "alleges inmates changed uniforms.\n\nSpokeswoman Dana Fisher said the inquiry remains "
    "open. She said the inmates were sent away.\n\nThe county auditor is looking into the "
    "jail. Officials said funds may have been misused.\n\n\"These claims were troubling,\" "
    "Hale said.\n\nOfficials said they searched the prison. The results are pending.\n\n"
    "The {} also said it had suspended its contract with the county.")


@pytest.mark.parametrize(("text", "expected"), [
    # a place cannot speak: the detachment apposed to it does, named with its place
    ("HARBURY -- Digby, N.S. RCMP say they have charged a man after a crash.",
     ("Digby, N.S. RCMP", "Digby, N.S. RCMP", "name")),
    # … and "Police" after it is that detachment, as after any police acronym
    ("HARBURY -- Digby, N.S. RCMP say they have charged a man after a crash.\n\nPolice "
     "say the crash happened on Oct. 23.", ("Police", "Digby, N.S. RCMP", "description")),
    ("A spat broke out between councillors.\n\nOn Sunday the PSNI reported that crowds had "
     "gathered.\n\nPolice said some youths had damaged a fence.",
     ("Police", "PSNI", "description")),
])
def test_police_is_the_police_body_named_by_its_acronym(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz will stand again for the SNP in Harbour South.\n\nThe party has announced "
     "that Tom Vale is bidding to represent Harbour West.", ("The party", "SNP", "description")),
    ("Delegates of the ANC met in Lorvia on Friday. The party said it would pick a leader in "
     "May.", ("The party", "ANC", "description")),
])
def test_the_party_is_the_party_named_by_its_initials(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name a possessive pronoun determines is a site of whoever the pronoun stands for, no
    # body a description could mean (the company here is a place to the tagger: as written)
    ("Timber prices fell again in January. Norbord announced further cuts in production at "
     "their Chasm and Chetwynd sawmills. The Williams Lake sawmill will close for a week. "
     "\u201cThe decision is a result of price declines,\u201d the company said.",
     ("the company", "company", "as written")),
])
def test_a_site_a_pronoun_owns_is_no_body(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a kind-compatible body is taken even when another body was named since
    ('The State Department called for their release on Friday. "We share Canada\'s concern," '
     'the agency said.', ("the agency", "State Department", "description")),
    # a body of another kind in focus is no antecedent: left as written
    ('Northfield Power cut supply to 4,000 homes on Tuesday. "Crews are out," the agency said.',
     ("the agency", "agency", "as written")),
    # the noun is in the body's name
    ('The Ministry of Health closed two clinics on Monday. "The clinics were unsafe," the '
     'ministry said.', ("the ministry", "Ministry of Health", "described")),
    # a body whose name has the noun goes before a more salient one only of its kind
    ("Cllr Ana Webb said the Harbury Council's executive opposed the move. She said parents "
     "were told that the Dales Schools Trust was proposing to shut the school.\n\nThe council "
     "said it was advised that the decision was made in January.",
     ("The council", "Harbury Council", "described")),
    # "the team" points back to the body in focus when nothing says it is another kind
    ('The Harbour Hawks signed two players on Monday. "Welcome to both," the team posted.',
     ("the team", "Harbour Hawks", "description")),
    ('The University of Leeds hired two rowers on Monday. "Welcome to both," the team '
     'posted.', ("the team", "team", "as written")),
    # a company name ending in a trade word (rules/name_words.jsonl) is a body, however typed
    ("The province is suing Kessler Pharma over its opioid marketing. The company said it is "
     "committed to working with the province.", ("The company", "Kessler Pharma", "description")),
    # … and its first word alone, typed a person, is that body again
    ("The state is suing Lorvin Pharma over its marketing.\n\nIn a statement to the Harbour "
     "Gazette, Lorvin said it denies the claims.", ("Lorvin", "Lorvin Pharma", "name")),
    # "Sons" ends a family firm's name, whatever NER thought (rules/name_words.jsonl)
    ("Kiran Bhatt chairs Bhatt Sons, the trading house. The company said it would expand.",
     ("The company", "Bhatt Sons", "description")),
    # a fronted phrase's object and the clause's subject, tagged one name, are two
    ("The state is suing Corvex Holdings over its marketing.\n\nIn an email to the Harbour "
     "Gazette, Corvex said it denies the claims.", ("Corvex", "Corvex Holdings", "name")),
    # a name "which" is said of is a body's, however typed
    ('Harbury Crest, which supplies 15% of British milk, said prices would rise. "They are '
     'much needed," the maker of Harbury cheese added.',
     ("the maker of Harbury cheese", "Harbury Crest", "description")),
    # a byline's name signs the article: no antecedent for the story's description
    ("Tax office defends levies\n\nBy Tom Kariuki | Apr 22, 2025\n\nThe taxman has defended "
     "the levies, saying they are not to blame for high costs.",
     ("The taxman", "taxman", "as written")),
    # a name given by a participle of naming: the noun it hangs on says what the body is
    ("A new organisation, called Harbury Farmers Alliance, met last night.\n\n\u201cIt is a "
     "hard time,\u201d said Ana Ruiz, the dean of Harbury Business School.\n\nThe group says "
     "it is willing to enter talks.", ("The group", "Harbury Farmers Alliance", "description")),
    # an apposition says what the body is
    ('The Harbour Hawks, a hockey team, signed two players on Monday. "Welcome to both," the '
     'team posted.', ("the team", "Harbour Hawks", "described")),
    # every word of the description in one body's name: that body, however long ago named
    (FAR_BACK.format("corrections department"),
     ("The corrections department", "Lorvia Department of Corrections", "described")),
    # a modifier no body met carries: nobody, however many departments were named
    (FAR_BACK.format("fire department"), ("The fire department", "fire department",
                                          "as written")),
    # a body noun after a place's name, with no article: the body of that place named before
    ("The Harbury Police Department said it had referred charges. Harbury police said the "
     "driver fled.", ("Harbury police", "Harbury Police Department", "described")),
    ("The Harbury Police Department said it had referred charges. Portvale police said the "
     "driver fled.", ("Portvale police", "Portvale police", "as written")),
    # a union's locals, named with no union word, are the union the company is not
    ("Members of Corvex Locals 1959 and 240 began a strike on Monday after Talvik Salt tabled "
     "concessions.\n\nTalvik Salt was bought by a holding firm in 2021.\n\nThe company has "
     "refused to discuss wages, according to the union.",
     ("the union", "Corvex Locals 1959", "description")),  # (the first local's number kept)
])
def test_body_pass(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


APPLETON_RELEASE = (
    "APPLETON - Appleton Police Department said Wednesday it referred charges to the county.\n\n"
    "Charges include reckless driving, according to a news release Wednesday from Appleton "
    "police, the agency that investigated the shooting.\n\nLast month, the county attorney's "
    "office and Appleton police concluded that the officer was justified.\n\nThe driver hit "
    "the officer with the car, according to police. The officer fired one round and struck the "
    "driver in the shoulder, police said.\n\nAppleton police said it completed its "
    "investigation.")


def test_a_place_s_police_is_the_police_body_of_that_place_named_before(attribute) -> None:
    """``police`` (written in full before as ``Appleton police``) and ``Appleton police`` are
    the Appleton Police Department; the coordination ``the county attorney's office and
    Appleton police`` is kept as written and names no body of its own."""
    rows = [(a.speaker.text, a.resolved.name) for a in attribute(APPLETON_RELEASE)
            if a.speaker is not None and "police" in a.speaker.text.lower()]
    assert rows[-3:] == [("police", "Appleton Police Department"),
                         ("police", "Appleton Police Department"),
                         ("Appleton police", "Appleton Police Department")]


@pytest.mark.parametrize(("description", "expected"), [
    # the rival's name says another country: the nationality decides
    ("The Chilean group", ("The Chilean group", "Frente Obrero")),
    # nothing decides between the two bodies in focus: left as written
    ("The group", ("The group", "group")),
])
def test_a_rival_named_for_another_country_does_not_make_a_description_ambiguous(
        attribute, description, expected) -> None:
    text = ("Shipping from Norway stopped on Monday, and the National Assembly of Norway "
            "debated the bill. The union Frente Obrero called a dock strike on Tuesday. "
            f"{description} said the strike would last a week.")
    last = list(attribute(text))[-1]
    assert (last.speaker.text, last.resolved.name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no council named before: the one council the article names later, even in a modifier
    ("Riders protested the timetable, but the council said the night service could not be funded. "
     '"It is unfair," said rider Tom Pell. A Kellin City Council spokesperson said: "This was '
     'one of many proposals."', ("the council", "Kellin City Council", "described")),
    ('Riders protested the timetable. "The night service cannot be funded," the council said. '
     "Kellin City Council will vote on the plan in May.",
     ("the council", "Kellin City Council", "described")),
    # a body noun and the place it is in: the one body whose name carries both, named after
    ("A man is in custody after he charged at a cruiser with a knife, police in Riverton "
     "said.\n\nAccording to a release from the Riverton Police Service, two officers were "
     "in the cruiser.", ("police in Riverton", "Riverton Police Service", "described")),
    # … not another place's
    ("A man is in custody after he charged at a cruiser with a knife, police in Riverton "
     "said.\n\nAccording to a release from the Ashby Police Service, two officers were "
     "in the cruiser.", ("police in Riverton", "police in Riverton", "as written")),
    # a unit named with the body's whole name is part of it, no second body
    ("A man was arrested after a rally behind Riverton City Hall, according to police.\n\n"
     "On Tuesday, members of the community held the rally. According to Riverton Police, "
     "members of the Riverton Police Community Oriented Response and Engagement Unit attended "
     "the rally.", ("police", "Riverton Police", "described")),
    # two councils named later: nobody
    ('Riders protested the timetable. "The night service cannot be funded," the council said. '
     "Kellin City Council and Ashby Town Council will vote on the plan in May.",
     ("the council", "council", "as written")),
    # a body named later that does not carry the noun: nobody
    ('Riders protested the timetable. "The night service cannot be funded," the council said. '
     "Kellin Transit will vote on the plan in May.", ("the council", "council", "as written")),
    # a body named only far on is no forward reference
    ("Nine people were arrested, police said. They had planned attacks. Arms were found. The "
     "group had funds. A raid followed in May. Riders were calm. Traffic resumed. The Harbour "
     "Police Headquarters was among the targets, reports said.",
     ("police", "police", "as written")),
])
def test_a_body_description_with_no_antecedent_points_to_the_one_body_named_later(
        first_speaker_of, text, expected) -> None:
    assert first_speaker_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the short name the story goes on with (NER may type it a person) is the same body
    ('Brenmor Group AG shares slumped on Tuesday. Brenmor now sees sales falling, the company '
     'said in a statement. "Margins will be lower," the company also said.',
     ("the company", "Brenmor Group AG", "description")),
    # a different body that acted is still a rival
    ('Brenmor Tools Inc. cut its guidance on Tuesday. Halden Pumps Inc. cut its prices. '
     '"Margins will be lower," the company said.', ("the company", "company", "as written")),
])
def test_a_body_s_short_name_is_no_rival_to_it(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.fixture(scope="session")
def first_speaker_of(attribute):
    """(speaker mention as written, resolved name, resolution) of an article's first quote."""

    def run(text: str) -> tuple:
        first = list(attribute(text))[0]
        return (first.speaker.text, first.resolved.name, first.resolution)

    return run


@pytest.mark.parametrize(("text", "expected"), [
    # people named by the body they belong to are a group of their own, not the body
    ("Lindale Elementary School is to close in June. Lindale Elementary School parents said "
     "they will fight the plan.",
     ("Lindale Elementary School parents", "Lindale Elementary School parents", "name")),
    ("The Harbour Union met on Monday. Harbour Union members said the deal was poor.",
     ("Harbour Union members", "Harbour Union members", "name")),
    # a body whose own name ends in a plural, capitalised, stays the body
    ("The United Steelworkers met on Monday. The United Steelworkers said the deal was poor.",
     ("The United Steelworkers", "United Steelworkers", "name")),
])
def test_people_named_by_their_body_are_not_the_body(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def test_a_body_noun_far_from_any_body_is_the_body_the_story_names_most(last_speaker) -> None:
    """``The district said`` long after the lede: the district the article names most, not
    another it names once in passing."""
    text = ("The Ashby City School District faced defeat on Tuesday. The Harlan City School "
            "District passed its levy. Voters rejected the Ashby City School District levy.\n\n"
            "Board president Tom Reyes was hopeful. He spoke at length. Voters did not listen. "
            "The result was close. Turnout was low. Rain fell all day.\n\n"
            "The district said it will look at cutting courses.")
    assert last_speaker(text) == ("The district", "Ashby City School District", "description")


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym the name of one body ends in is that body (a unit of it)
    ("Three members of the Codiac Regional RCMP have been charged. The RCMP said the charges "
     "were laid on Monday.", ("The RCMP", "Codiac Regional RCMP", "name")),
])
def test_an_acronym_is_the_one_body_whose_name_ends_in_it(last_speaker, text,
                                                          expected) -> None:
    assert last_speaker(text) == expected


def test_a_plural_possessive_inside_a_body_name_is_part_of_it(last_speaker) -> None:
    # the tagger typed the name as a work of art; the proper-noun chain runs through "Teachers'"
    text = ("The Harbour Teachers' Federation (HTF) says a strike is \"virtually inevitable\" "
            "after a lack of progress. The HTF says the stance did not shift.")
    assert last_speaker(text)[1:] == ("Harbour Teachers' Federation (HTF)", "name")


@pytest.mark.parametrize(("text", "place"), [
    # a dateline in capitals before a dash is a place, whatever the tagger called it
    ("The grid is under strain.\n\nJOHANNESBURG - Harbour Power will cut supply this hour.",
     True),
    # capitals inside a line are a name as usual
    ("The grid is under strain, HARBOUR POWER said.", False),
])
def test_a_dateline_is_a_place(nlp, text, place) -> None:
    from quotes.resolution.names import written_as_dateline

    doc = nlp(text)
    span = next(e for e in doc.ents if e.text.split()[0].isupper())
    assert written_as_dateline(doc[span.start : span.start + 1]) is place


@pytest.mark.parametrize(("text", "expected"), [
    # the one ministry named, far back, with its minister quoted in between
    ("The Ministry of Fisheries announced on Monday that the quota would be cut. Boats stayed "
     "in port. Prices rose at the market.\n\nSpeaking on radio, Dr. Ana Lemos, the Minister of "
     "Fisheries, said the cut was needed. \"We had no choice,\" said Lemos.\n\nThe minister "
     "said the cut would last a year. Fishers were angry.\n\nAccording to the ministry, nine "
     "boats had already been sold.", ("the ministry", "Ministry of Fisheries", "described")),
    # two ministries named before: nobody
    ("The Ministry of Fisheries and the Ministry of Finance met on Monday. Boats stayed in "
     "port. Prices rose at the market.\n\nSpeaking on radio, Dr. Ana Lemos said the cut was "
     "needed. \"We had no choice,\" said Lemos. Fishers were angry. Nobody came.\n\nAccording "
     "to the ministry, nine boats had already been sold.",
     ("the ministry", "ministry", "as written")),
])
def test_a_body_noun_out_of_focus_is_the_one_body_named_with_it_before(last_speaker, text,
                                                                       expected) -> None:
    assert last_speaker(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the place the story keeps coming back to is a township: no province
    ("The County of Haliburton and Minden Hills township have wrapped up storm clean-up. Minden "
     "Hills declared a state of emergency on March 31. Crews in Minden Hills worked for weeks."
     "\n\nLast month, the province announced it was launching two assistance programs.",
     ("the province", "province", "as written")),
    # … but a place the story writes with no town's noun may be the province it is about
    ("Crews in Norland worked for weeks. Norland declared a state of emergency on March 31. The "
     "storm hit Norland hard.\n\nLast month, the province announced it was launching two "
     "assistance programs.", ("the province", "Norland", "description")),
])
def test_the_province_is_no_place_the_story_calls_a_town(last_speaker, text,
                                                         expected) -> None:
    assert last_speaker(text) == expected


def test_the_county_is_the_county_the_story_names(last_speaker) -> None:
    """``county`` is a municipal noun (speaker_nouns.jsonl) like city, town and township."""
    text = ("The County of Westmoor is monitoring wildfires near its borders. Crews from "
            "Westmoor were sent north on Friday.\n\nThe county said residents west of the river "
            "should be ready to leave.")
    assert last_speaker(text) == ("The county", "County of Westmoor", "description")


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case level of government stands for the place that opens the body's name
    ("The Vermont Department of Health confirmed two cases. There is an outbreak abroad, "
     "according to the state Department of Health.",
     ("the state Department of Health", "Vermont Department of Health", "name")),
    ("The Nigeria Ministry of Transport closed the road. The repairs will take a month, the "
     "federal Ministry of Transport said.",
     ("the federal Ministry of Transport", "Nigeria Ministry of Transport", "name")),
    # two such bodies: which one, the text does not say
    ("The Vermont Department of Health and the Maine Department of Health met. There is an "
     "outbreak abroad, according to the state Department of Health.",
     ("the state Department of Health", "state Department of Health", "name")),
])
def test_a_level_of_government_stands_for_the_place_in_a_body_s_name(last_speaker, text,
                                                                       expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the institution word alone after the body a nationality names
    ("The Lorvian Senate has dismissed the claims about the Senate\u2019s Banking Committee."
     "\n\nThe Senate emphasized that it does not engage in bribery.",
     ("The Senate", "Lorvian Senate", "name")),
])
def test_the_institution_word_alone_is_the_body_a_nationality_named(last_speaker, text,
                                                                     expected) -> None:
    assert last_speaker(text) == expected
