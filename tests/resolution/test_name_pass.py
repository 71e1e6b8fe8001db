"""Name-part linking: surname, honorific + surname, acronym, across the labels NER gave."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from quotes.names import builtin_titles
from quotes.resolution.names import names_a_place
from quotes.resolution.spans import role_before_comma


@pytest.mark.parametrize(("text", "expected"), [
    ('Adaeze Okafor chairs the panel. "We will publish everything," Okafor said.',
     ("Okafor", "Adaeze Okafor", "name")),
    # a possessive inside one name is part of it; the description then finds the body
    ("The Volusia County Sheriff's Office said a man was arrested. \"He surrendered "
     "peacefully,\" the sheriff's office said.",
     ("the sheriff's office", "Volusia County Sheriff's Office", "described")),
    # an institution word after a capitalised possessor: the possessor is part of its name
    ("The Harbury County Attorney's Office announced it had charged a man. \"More charges "
     "may follow,\" the office said.",
     ("the office", "Harbury County Attorney's Office", "described")),
    ('Dr. Helen Marsh leads the study. "The results are early," said Dr. Marsh.',
     ("Dr. Marsh", "Helen Marsh", "name")),
    ('The Riverside Housing Authority (RHA) raised rents. "Costs have doubled," the RHA said.',
     ("the RHA", "Riverside Housing Authority (RHA)", "name")),
    ('Jonas Albrecht, the coach, resigned on Monday. "It was time," Albrecht said.',
     ("Albrecht", "Jonas Albrecht", "name")),
    # a body's name with "of" and "and" in it is no office before a name, even where its last
    # words recur as a minister's title
    ("The Ministry of Fisheries and Forestry has said that no mill will close.\nThe ministry "
     "was clarifying remarks made by Fisheries and Forestry Minister Dr Carl Tobin.",
     ("The Ministry of Fisheries and Forestry", "Ministry of Fisheries and Forestry", "name")),
    # an honorific before proper nouns makes a person even when NER says ORG, and the family
    # name that comes first is enough to find them again
    ("SINGAPORE: An apology was issued by Mr Goh Seng Wee, the chief executive of Harbour "
     "Lines, after the ferry ran aground.\n\n\u201cWe are deeply saddened,\u201d said Mr Goh.",
     ("Mr Goh", "Goh Seng Wee", "name")),
    # a lower-case particle inside a surname (rules/name_words.jsonl particle) is part of it
    ('Police chief Ronaldo dela Cruz defended the raids on Monday. "We followed the law," '
     'dela Cruz said.', ("dela Cruz", "Ronaldo dela Cruz", "name")),
    # a name the tagger stopped short of runs on through a hyphen to a lower-case part
    ("Association chairwoman Caroline Mak Sui-king said sales fell. \u201cWeather matters,"
     "\u201d Mak said.", ("Mak", "Caroline Mak Sui-king", "name")),
    # a hyphenated surname alone is no first name: "Williams" gives no male vote
    ('Officer Zelvia Williams Pike spoke first. Williams-Pike explained the rules. Williams-Pike '
     'said stock was low. "Of course there should be no hoarding," she noted.',
     ("she", "Zelvia Williams Pike", "pronoun")),
    # initials an article gives a title in brackets are that title before a surname later
    ("Police spokesperson, Commissioner of Police (CP) Ivo Brankov, spoke on Monday. \u201cThe "
     "roads were safe,\u201d CP Brankov said.", ("CP Brankov", "Ivo Brankov", "name")),
    # … but capitals no title spells stay part of the name
    ("CP Rail closed the line on Monday. \u201cWe regret the delay,\u201d CP Rail said.",
     ("CP Rail", "CP Rail", "name")),
    # a nickname in quotation marks inside a name: the surname after it is the same person
    ("Senate President Juan Miguel \u201cMigz\u201d Zubiri on Monday urged colleagues to spare "
     "all inquiries from politics. Zubiri said lawmakers must preserve the Senate.",
     ("Zubiri", "Juan Miguel \u201cMigz\u201d Zubiri", "name")),
    # a romanised given name whose second syllable a hyphen glues on in lower case is written
    # as a name: the holder after a body's office is that person
    ("Harbury Department of Civil Affairs Director Lan Shih-tsung said he would raise the "
     "issue.", ("Harbury Department of Civil Affairs Director Lan Shih-tsung", "Lan Shih-tsung",
                "name")),
    # … also when only the surname after it was tagged, in a trailer the nickname does not end
    ("\u201cWe train more deputies than ever,\u201d County Sheriff Huey \u201cHoss\u201d Mack "
     "said.", ("Mack", "Huey \u201cHoss\u201d Mack", "name")),
    # the word that introduces an alias is no part of the name the tagger ran into it
    ("The office will study a report by investigator Ivo Brankov a.k.a. the Coin, said a "
     "prosecutor. According to the report, the Coin paid cash.",
     ("the report", "Ivo Brankov", "described")),
    # a body's short name: the word before the first institution word of its full name
    ("Lorvia Customs Service seized drugs sent by post. In a statement on Monday, Customs said "
     "that the drugs were found on Tuesday.",
     ("Customs", "Lorvia Customs Service", "name")),
    ("Lorvia Customs Service and Velmar Customs Service seized drugs. In a statement on Monday, "
     "Customs said that the drugs were found on Tuesday.", ("Customs", "Customs", "name")),
    # a provincial office written before the surname is a title, not part of a new name
    ("The Limpopo MEC of Economic Development, Tshepo Matlala, has said 800 applications came "
     "in. Meanwhile, MEC Matlala expressed concern.\n\"The same scenario presented itself in "
     'the north," Matlala said.', ("Matlala", "Tshepo Matlala", "name")),
    # namesakes: the honorific's gender and the written office pick which one is meant
    ("Chief executive Owen Bryce spoke alongside chair Morag Ann Bryce and consultant Tom Reid."
     '\n\nMr Bryce said the failure of the lift had been "a disaster".',
     ("Mr Bryce", "Owen Bryce", "name")),
    ("Chair Morag Ann Bryce spoke alongside chief executive Owen Bryce.\n\n"
     '"We are sorry," Ms Bryce said.', ("Ms Bryce", "Morag Ann Bryce", "name")),
    # a seat's title and place before the holder's name, the tagger's person run over the
    # place: the holder, never another member named before
    ("Ana Njai, the Member for Harbury South who moved the motion, said the coast was "
     "damaged.\n\nOn his part, the Member for Upper Kolda Omar Mbow, said claims should be "
     "backed by evidence.", ("the Member for Upper Kolda Omar Mbow", "Omar Mbow", "name")),
    # a given name joined by "and" to a partner's full name shares the surname
    ("Friends of the late Tom Reid, Dini and Garry Farr, called him a legend.\n\n"
     '"He was a master," Mrs Farr said.', ("Mrs Farr", "Dini Farr", "name")),
    ("The owners, Luis and Maria Cano, bought the diner in May. Luis said the grill was old.",
     ("Luis", "Luis Cano", "name")),
    ("Prison Commissioner Marcus Hale alleges inmates were moved. Prison spokeswoman Dana Hale "
     "said the inquiry remains open. She said the inmates were returned.\n\n"
     '"These claims were troubling," Commissioner Hale said.',
     ("Commissioner Hale", "Marcus Hale", "name")),
    # a speaker's bare surname that two people met so far bear: the one who spoke last, not
    # the first one the article named (the names are collected before anyone speaks)
    ("Kira Rankin loves the blueberry muffins and hopes residents will stop in to buy some.\n"
     "Emily Rankin, manager of the bakery owned by Sandy and Deannie Rankin, said they met the "
     "park committee last month to talk about ways the shop could help.\nThe committee has "
     "raised about half of its goal so far, with a barbecue, a raffle and a dance at the legion "
     "hall, and it hopes to break ground on the playground, the splash pad and the walking "
     "trail next summer.\nAsked why the bakery joined the campaign, Rankin said, \"This town "
     "has always supported us.\"", ("Rankin", "Emily Rankin", "name")),
    # a senior counsel's letters after the name are no part of it, however the tagger typed
    # the name: "Mr Quill" is the barrister
    ("Under cross-examination by defence barrister, Tomas Quill SC, Ms Doyle said she had not "
     'seen the letter. "There is only one decision maker in this court," Mr Quill said.',
     ("Mr Quill", "Tomas Quill", "name")),
    # a misspelt surname the tagger read as an adverb opens the sentence before the cue: the
    # speaker, and the one person whose surname it respells
    ("Nicole Everest chairs the board. Evertest said the board will look for a leader with "
     "the necessary skills.", ("Evertest", "Nicole Everest", "name")),
    # a police force's initials end a name the tagger typed a person (rules/head_nouns.jsonl
    # gives RCMP a family): a body, which the bare acronym then finds
    ("Yukon RCMP are expected to give details at noon.\n\nThe Yukon RCMP is reporting that a "
     "constable was hurt.\n\nIn a statement, the RCMP said they would speak at noon.",
     ("the RCMP", "Yukon RCMP", "name")),
    # a body's acronym is not the unnamed spokesman once described by it
    ("Officials quoted the Harbour Safety Agency (HSA) on Monday. An HSA spokesman said there "
     "was no risk.\n\nHSA said the pier would reopen.",
     ("HSA", "Harbour Safety Agency (HSA)", "name")),
    # a social-media handle spells the surname of a person named in full, after a title
    ("Senate Majority Leader Scott Fitzgerald said he was \"pleased\" with the budget.\n\n"
     "Republican @SenFitzgerald responds to @GovEvers signing the plan: \"I told you this was "
     "a good budget.\"", ("Republican @SenFitzgerald", "Scott Fitzgerald", "name")),
    ("Mayor Ana Ruiz opened the bridge on Monday.\n\n@MayorRuiz tweets: \"What a day for "
     "our city.\"", ("@MayorRuiz", "Ana Ruiz", "name")),
    # a surname that is also a common noun is the person named in full with it
    ("Gov. Jan Brewer signed the budget on Monday.\n\nBrewer noted that the Legislature "
     "still needs to act on roads.", ("Brewer", "Jan Brewer", "name")),
    ("Coach Tom Mason was pleased.\n\n\"We played well,\" Mason said.",
     ("Mason", "Tom Mason", "name")),
    # a surname in capitals after a title is the titled person's, not a body's initials
    ("Mayor Ramesh GC confirmed on Sunday that the city will be sealed for a week.\n\n"
     "Mayor GC informed that the decision was taken after a meeting.",
     ("Mayor GC", "Ramesh GC", "name")),
    # the plural of Mr before two surnames: each surname is its person
    ("Mayor Bill Appleby and chief executive Jonathan Green wrote to the minister on Monday."
     "\n\nMessrs Appleby and Green told the minister that \"the city will need help\".",
     ("Messrs Appleby and Green", "Bill Appleby and Jonathan Green", "name")),
])
def test_name_pass(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title before proper nouns makes a person even when NER says ORG
    ('Councillor Ines Varga opened the session. "We start late," Varga said.',
     "Ines Varga", "Councillor"),
    # a common noun compounded onto a name is a role, not part of the name
    ('Goalkeeper Marta Quill was relieved. "We defended as one," Quill said.',
     "Marta Quill", "Goalkeeper"),
    # an office phrase set before the name by a comma, commas of the body's name crossed
    ("“Stocks were low,” Permanent Secretary in the Ministry of Trade, Industry and Consumer "
     "Affairs, Sofia Brandt-Ellis recalled. “We are ready,” Brandt-Ellis said.",
     "Sofia Brandt-Ellis", "Permanent Secretary in the Ministry of Trade, Industry and "
     "Consumer Affairs"),
    # a relative clause set beside the name is no role
    ("Mele Tonga-Aho - whose family home next to the creek had to be refloored, after damage "
     "from the floods - said her backyard was flooded again.", "Mele Tonga-Aho", None),
    # local offices of US and UK copy, after a place's name
    ("Harbury County Sheriff Tomas Whitfield said the road was closed. \"It was icy,\" "
     "Sheriff Whitfield said.", "Tomas Whitfield", "Harbury County Sheriff"),
    ('Councilmember Ines Varga opened the session. "We start late," Varga said.',
     "Ines Varga", "Councilmember"),
    # an unlisted first name between a title and a surname the tagger took alone
    ("District 2 Councilwoman Ivy Taylor said she wants to keep the code office. \"It works,\" "
     "Taylor said.", "Ivy Taylor", "District 2 Councilwoman"),
    ('District Attorney Sam Okoro filed charges. "The evidence is strong," Okoro said.',
     "Sam Okoro", "District Attorney"),
    # … and between a lower-case role noun and the tagged surname
    ('Harbury sheep farmer Fergus Lyle said prices were high. "It was a good year," Lyle '
     'said.', "Fergus Lyle", "Harbury sheep farmer"),
    # … and before a given and family name the tagger took without it
    ("Foreign Minister Pradeep Kumar Gyawali has said relations were improving. \"We talk "
     "often,\" Gyawali said.", "Pradeep Kumar Gyawali", "Foreign Minister"),
    # a word before a listed first name is the office's portfolio, not another given name
    ("Vice-President External Nick Varga said fees will rise. \"We must act,\" Varga said.",
     "Nick Varga", "Vice-President External"),
    # an office apposed to the name runs through the office joined to it
    ("Prime Minister and Leader of the Harbour Labour Party, Maria Obeng, defended her trips. "
     '"We must be seen," Obeng said.', "Maria Obeng",
     "Prime Minister and Leader of the Harbour Labour Party"),
    # a county's head and a municipality's clerk are offices (rules/titles.jsonl)
    ('Warden Ana Ruiz opened the session. "We start late," Warden Ruiz said.', "Ana Ruiz",
     "Warden"),
    ("Town Clerk of Harbourton, Tomas Reyes, said that all the pumps are working.",
     "Tomas Reyes", "Town Clerk of Harbourton"),
    # a pope's or sovereign's title before a lone given name stays in the name (regnal in
    # rules/titles.jsonl), with its regnal number; a later bare given name or role finds it
    ('Pope Leo met pilgrims on Monday. "The church must listen," Leo said.', "Pope Leo",
     "Pope"),
    ('King Harald opened the bridge. "We waited years," the king said.', "King Harald",
     "King"),
    ('"The crown will serve," King Osric II said on Monday.', "King Osric II", "King"),
    # an elder of a First Nations community or of a church, titled before the name
    ('Elder Rosa Tallbear opened the gathering. "We carry this together," Elder Tallbear '
     'said.', "Rosa Tallbear", "Elder"),
])
def test_titled_names_are_people_with_roles(attribute, text, name, role) -> None:
    last = list(attribute(text))[-1]
    assert (last.resolved.name, last.resolved.type, last.resolved.role) == (name, "person", role)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("“Stocks were low,” Chief Inspector of the Trade Department, Maria Obeng said.",
     "Maria Obeng", "Chief Inspector of the Trade Department"),
    # a body's bracketed acronym ends the office, not the phrase
    ("Leader of the Harbour Labour Party (HLP), Maria Obeng has defended her travel.",
     "Maria Obeng", "Leader of the Harbour Labour Party (HLP)"),
    # a name before the comma is someone else, not an office
    ("“Stocks were low,” Inspector Lee, Maria Obeng said.", "Maria Obeng", None),
    # an office phrase that does not open the clause is not hers
    ("They met the Chief Inspector of the Trade Department, Maria Obeng said.", "Maria Obeng",
     None),
])
def test_an_office_phrase_before_a_comma_is_the_role_of_the_name_after_it(
        nlp, text, name, role) -> None:
    doc = nlp(text)
    start = doc.text.index(name)
    assert role_before_comma(doc.char_span(start, start + len(name)), builtin_titles()) == role


def test_a_surname_tagged_as_a_body_finds_the_full_name_the_tagger_also_mistyped() -> None:
    """``Erling Haaland`` typed an organisation, then ``tweeted Haaland`` typed a place: the
    tagger's entity for this very mention is no place met before, so the surname finds the
    full name; a ``Haaland`` really met earlier as a place still blocks the link."""
    from quotes.names import Titles
    from quotes.resolution.config import ResolverWeights
    from quotes.resolution.entities import Entities
    from quotes.rules import RuleSet

    rules = RuleSet.load()
    entities = Entities(ResolverWeights(), Titles(rules.titles), frozenset())
    full = entities.new("organization", names=["Tarjei Fossum"])
    full.seen(3)
    place = entities.new("organization", names=["Fossum"], place=True)
    place.seen(40)
    assert entities.find_mistyped_person("Fossum", 40) is full
    assert full.kind == "person"
    full.kind = "organization"
    assert entities.find_mistyped_person("Fossum", 55) is None


def test_an_initial_the_tagger_calls_a_noun_stays_in_the_name(attribute) -> None:
    text = ("The Company's current Chief Executive Officer and President, A. Tomas Lindgren, "
            'Jr., will continue to serve. "We are ready," said Mr. Lindgren.')
    last = list(attribute(text))[-1]
    assert last.resolved.name == "A. Tomas Lindgren, Jr."  # the generation is his name too


@pytest.mark.parametrize(("body", "word", "found"), [
    ("Suncor Energy", "Suncor", True),  # the first word of a body's name stands for it
    ("Santa's Village", "Santa", False),  # … unless it owns the rest: it names the owner
    ("McDonald’s Restaurants", "McDonald", False),
])
def test_the_first_word_of_a_body_names_it_unless_it_is_the_owner(body, word, found) -> None:
    from quotes.names import Titles
    from quotes.resolution.config import ResolverWeights
    from quotes.resolution.entities import Entities
    from quotes.rules import RuleSet

    entities = Entities(ResolverWeights(), Titles(RuleSet.load().titles), frozenset())
    entity = entities.new("organization", names=[body])
    assert (entities.find_org(word) is entity) is found


@pytest.mark.parametrize(("text", "speaker", "name"), [
    # an office with "of" before its holder's name: the holder, told by the first name
    ("Chief of Police Tom Reyes said the road would stay closed.",
     "Chief of Police Tom Reyes", "Tom Reyes"),
    ("The county's Director of Public Health Annette Rodriguez also told reporters there is "
     "no reason to worry.", "The county's Director of Public Health Annette Rodriguez",
     "Annette Rodriguez"),
    # no first name after the office: nothing is taken for a name, and the office keeps its
    # portfolio ("the Director" alone would be anyone's director)
    ("The Director of Public Works said the bridge would open in May.",
     "The Director of Public Works", "Director of Public Works"),
    # "to" an office's body, and an article before the body: the name still starts at the
    # first name
    ("The dispute was settled, said Veloran Ambassador to the UN Hector Ruiz on Friday.",
     "Veloran Ambassador to the UN Hector Ruiz", "Hector Ruiz"),
    ("The Press Officer of the Harbor Rowing Union Henry Mensah says the coach made the call.",
     "The Press Officer of the Harbor Rowing Union Henry Mensah", "Henry Mensah"),
    # the office's place, which the tagger ran into the name, is the office's
    ("The council was sworn in on Monday. Mayor of Bancroft Paul Jenkins said the town is a "
     "hub.", "Mayor of Bancroft Paul Jenkins", "Paul Jenkins"),
    # no first name known, but the body's name ends in an institution word before the name
    ("President of the KU Law Students Society Chevy Devonish told the Chronicle that the rise "
     "was unfair.", "President of the KU Law Students Society Chevy Devonish", "Chevy Devonish"),
    # portfolios listed before a minister's title: the minister speaks
    ("Sabah will host another jazz festival, said Tourism, Creative Industry and Performing Arts "
     "Minister Rahim Osman Hamzah.", "Performing Arts Minister Rahim Osman Hamzah",
     "Rahim Osman Hamzah"),
    # a mention never starts inside a bracket it does not open
    ("Harbour Authority (HA) Executive President Dora Pagan Cruz announced on Wednesday that "
     "the agency will close the pier.", "Executive President Dora Pagan Cruz",
     "Dora Pagan Cruz"),
    # a doubled space inside the phrase, as pasted pages have it
    ("President of CSTU  Elia Kamphinda Banda told the civil servants that they should stay "
     "away.", "President of CSTU  Elia Kamphinda Banda", "Elia Kamphinda Banda"),
    # offices joined by "and" are one person's; a name and a titled name are two people
    ('"Costs rose sharply," Marlow Foods President and CEO Dana Whitlock told the Gazette.',
     "Marlow Foods President and CEO Dana Whitlock", "Dana Whitlock"),
    ('"Many are still trapped," said Kerala’s housing and PWD minister Arjun Pillai.',
     "Kerala’s housing and PWD minister Arjun Pillai", "Arjun Pillai"),
    ("Tamsin Hale and Mayor Jane Doe said the bridge would reopen.",
     "Tamsin Hale and Mayor Jane Doe", "Tamsin Hale and Jane Doe"),
    # a body's name that is itself a list is one body, not three speakers
    ("On Monday, the Wool, Flax and United Weavers Union said the mills pay too little.",
     "the Wool, Flax and United Weavers Union", "Wool, Flax and United Weavers Union"),
    ("Talks stalled. The Wool, Flax and United Weavers Union said the mills pay too little.",
     "The Wool, Flax and United Weavers Union", "Wool, Flax and United Weavers Union"),
    # a titled first name, or "both", counts two people before a portfolio and its holder
    ("Premier Tom Vale and Housing Minister Ana Ruiz have said they did not tip off "
     "developers.", "Premier Tom Vale and Housing Minister Ana Ruiz", "Tom Vale and Ana Ruiz"),
    ("Both Vale and Housing Minister Ana Ruiz have said they did not tip off developers.",
     "Both Vale and Housing Minister Ana Ruiz", "Vale and Ana Ruiz"),
    # the second office may carry its portfolio, and the tagger may call the first a name
    ("Swift Current MLA and Saskatchewan Minister of Health Everett Hindley said the issue "
     "is growing.", "Swift Current MLA and Saskatchewan Minister of Health Everett Hindley",
     "Everett Hindley"),
    ("Regina MLA and Minister of Health Everett Hindley said the issue is growing.",
     "Regina MLA and Minister of Health Everett Hindley", "Everett Hindley"),
    # an article before the office's body ("of the Opposition"), the cue left without a
    # subject, the holder run into the body's label by the tagger
    ("Addressing a press conference along with other party leaders, Harbury Party Secretary "
     "General and Leader of the Opposition in the National Assembly Omar Vale claimed that "
     "the police had tampered with the report.", "the National Assembly Omar Vale",
     "Omar Vale"),
    # the name joined by the parser to the last portfolio with "and"
    ("AMMAN (Petra) - Minister of State for Media Affairs and Communications Mohammad Al "
     "Momani on Saturday said that the ambassador is still in Amman.",
     "Minister of State for Media Affairs and Communications Mohammad Al Momani",
     "Mohammad Al Momani"),
    # … or hung as the portfolio's object, after an article
    ("The Minister responsible for fisheries Jean-Marc Ferrand has said the arrests are "
     "examples of how we are reacting.",
     "The Minister responsible for fisheries Jean-Marc Ferrand", "Jean-Marc Ferrand"),
])
def test_an_office_phrase_ends_in_its_holders_name(attribute, text, speaker, name) -> None:
    quote = list(attribute(text))[0]
    assert (quote.speaker.text, quote.resolved.name) == (speaker, name)


def test_she_after_an_office_holder_named_with_of_is_that_person(last_speaker) -> None:
    text = ("The county's Director of Public Health Annette Rodriguez also told reporters there "
            'is no reason to worry. "We have no cases," she said.')
    assert last_speaker(text) == ("she", "Annette Rodriguez", "pronoun")


def test_a_name_written_in_capitals_is_filed_as_the_story_writes_it(last_speaker) -> None:
    text = ("ANGUS EVE, coach of the national team, hailed his squad on Tuesday.\n\nEve "
            "said, \u201cIt was good.\u201d")
    assert last_speaker(text) == ("Eve", "Angus Eve", "name")


@pytest.mark.parametrize(("text", "word", "demonym"), [
    ("Belize arrived early. The Belizean spoke.", "Belizean", True),
    ("Guyana arrived early. The Guyanese spoke.", "Guyanese", True),
    ("Belize arrived early. The Bellamy spoke.", "Bellamy", False),  # no demonym's ending
    ("Guyana arrived early. The Belizean spoke.", "Belizean", False),  # no place it is of
])
def test_a_demonym_is_of_a_place_the_article_names(nlp, text, word, demonym) -> None:
    from quotes.resolution.spans import demonym_of_place

    token = next(t for t in nlp(text) if t.text == word)
    assert demonym_of_place(token, token.doc.ents) is demonym


def test_a_name_with_digits_is_nobodys_name(last_speaker) -> None:
    text = ('A passenger told reporters that the flight AI-805 was delayed. "We waited for five '
            'hours," he said.')
    assert last_speaker(text) == ("he", "A passenger", "pronoun")


def test_a_sentence_capital_makes_no_name_of_a_word_written_lower_case_elsewhere(
        attribute) -> None:
    """``Rainfall has been concentrated …`` after ``more rainfall``, tagged a person: a common
    noun with the sentence's capital, which takes no floating quotation from the speaker."""
    text = ("Seeding is progressing well, except in northern regions which have seen more "
            "rainfall.\n\nAna Ruiz, a crops specialist with the ministry, talks about the seeding "
            "progress.\n\n\"Producers continue to make significant progress throughout the "
            "province.\"\n\nRainfall has mainly been concentrated in the northern parts of the "
            "region with isolated showers helping out other areas.\n\n\"Topsoil moisture is "
            "continuing to show improvements over previous years.\"")
    assert list(attribute(text))[-1].resolved.name == "Ana Ruiz"


@pytest.mark.parametrize("text", [
    # offices with no name in them are nobody's name, so the lede has named no one yet
    "KUALA LUMPUR - Foreign Ministers of two nations held talks on Thursday, a Kivu spokesman "
    "confirmed. Trade was discussed, said Tomas Vale, spokesman for the foreign minister.",
])
def test_offices_alone_name_nobody(attribute, text) -> None:
    first = list(attribute(text))[0]
    assert (first.speaker.text, first.resolved.name) == ("a Kivu spokesman", "Tomas Vale")


def test_no_name_runs_across_a_spaced_dash(attribute) -> None:
    text = ("FC Harbor's Miguel Soto - We got a big victory\n"
            "Coach Miguel Soto admitted that the visitors controlled the game.")
    assert [q.resolved.name for q in attribute(text)] == ["Miguel Soto"]


@pytest.mark.parametrize(("text", "expected"), [
    # the holder of an office of a body is not the body
    ("The Secretary of Iran's Supreme National Security Council suggested that the talks had "
     "failed.", ("The Secretary of Iran's Supreme National Security Council",
                 "Secretary of Iran's Supreme National Security Council", "as written")),
])
def test_an_office_of_a_body_is_not_the_body(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # abbreviated offices written before a name: the title, then the surname links back
    ('Councillor Andrew Barrow moved the motion. Cr Barrow said the rise was "tiny".',
     ("Cr Barrow", "Andrew Barrow", "name")),
    ('Cllr Ruth Obi chaired the meeting. "We will vote again," Cllr Obi said.',
     ("Cllr Obi", "Ruth Obi", "name")),
    # a police post as the title, then "the OCPD" is its holder (found by the role the title
    # right before his name gave him)
    ('Harbour OCPD Jacob Mwangi said the men were armed. "We handed them over," the OCPD said.',
     ("the OCPD", "Jacob Mwangi", "described")),
    # a Station House Officer set before the name by a comma
    ("Korangi SHO, Zahid Lodhi said that the arrested suspects are residents of an area near "
     "the river.",
     ("Zahid Lodhi", "Zahid Lodhi", "name")),
])
def test_abbreviated_offices_are_titles(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def with_tagging(nlp, text: str, *tagged: tuple[str, str, int]) -> list[tuple]:
    """(speaker as written, resolved name) of each quote of ``text``, with the tagger's
    mistakes set by hand before the resolver runs: each ``(words, label, n)`` types the
    ``n``-th occurrence of ``words`` as ``label`` (the small model's mistakes vary with the
    words around them, so the tests state the mistake instead of hoping for it)."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for name, step in nlp.pipeline:
        if name == "speaker_resolution":
            spans = []
            for words, label, n in tagged:
                at = -1
                for _ in range(n + 1):
                    at = text.index(words, at + 1)
                found = doc.char_span(at, at + len(words))
                spans.append(Span(doc, found.start, found.end, label=label))
            doc.ents = [e for e in doc.ents if not any(
                e.start < s.end and s.start < e.end for s in spans)] + spans
        doc = step(doc)
    return [(q.speaker.text if q.speaker else None, q.resolved.name if q.resolved else None)
            for q in doc._.quotes]


@pytest.mark.parametrize(("text", "word", "label"), [
    # a surname in -s typed a nationality looks like a party's plural ("the Greens")
    ("Coach Anton Erasmus praised his side on Saturday.\n\nErasmus blamed himself for the loss "
     "to the Lions, whose wing Jaco Louw scored twice.\n\n\"I must look at myself first,\" he "
     "said.", "Erasmus", "NORP"),
    # a surname typed a place, as the subject of a verb, far from the full name
    ("Coach Anton Kerrigan refused to discuss his future.\n\n\"The players gave everything. "
     "They ran. They fought. They tried. They lost. It hurts. We go on.\n\n\"The fans were "
     "great. They sang. They stayed. We owe them.\"\n\nPressed again, Kerrigan was calm. \"I "
     "am not worried,\" he said.", "Kerrigan", "GPE"),
])
def test_a_surname_the_tagger_mistyped_is_still_the_person(nlp, text, word, label) -> None:
    """The surname of a person the article named in full is that person whatever label the
    tagger gave it, so the next ``he`` finds him rather than a man named after him."""
    found = with_tagging(nlp, text, (word, label, 1))
    assert found[-1][1] == text.split()[1] + " " + word


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # "the Mayor of Dunmore, Alan Petts," with "Dunmore, Alan Petts" one ORG: the first name
    # and surname after the comma are the mayor, whom "the Mayor" later means
    ("The plan was launched by the Mayor of Dunmore, Alan Petts, at a nature reserve.\n\n"
     "The Mayor of Dunmore said he hoped the plan would shape every decision.",
     [("Dunmore, Alan Petts", "ORG", 0)], [("The Mayor", "Alan Petts")]),
    # only "Boateng" tagged, as a place: the proper nouns before it, back to a known first
    # name, are his name, which "Oduro Boateng" later finds (the office's last capitalised
    # words stay with the office: the name opens with its first name)
    ("Minister of State in charge of Regional Fisheries Felix Oduro Boateng has defended the "
     "new quotas.\n\nSpeaking on Radio Gold, Oduro Boateng said the ministry had no choice.",
     [("Boateng", "GPE", 0)], [("Oduro Boateng", "Felix Oduro Boateng")]),
    # "Pro Barnabas Okello" (a typo for Prof, read as the title PRO), then "Prof Okello", both
    # typed ORG: the title makes the second a person, and the surname finds the first,
    # whatever its type
    ("Kelmoor University Vice Chancellor, Pro Barnabas Okello has suspended the fees policy."
     "\n\nProf Okello said that the students will continue to eat.",
     [("Pro Barnabas Okello", "ORG", 0), ("Prof Okello", "ORG", 0)],
     [("Prof Okello", "Barnabas Okello")]),
    # "The Ministry of Fisheries" tagged, then "and Coastal Affairs": the name runs on through
    # "and" and the capitalised words; a longer form starting with it is the same body
    ("The Ministry of Fisheries and Coastal affairs has dismissed the reports.\n\nThe Ministry "
     "of Fisheries and Coastal Affairs met unions on Monday.\n\n\"No quota will change,\" the "
     "ministry said.",
     [("The Ministry of Fisheries", "ORG", 0), ("The Ministry of Fisheries", "ORG", 1)],
     [("the ministry", "Ministry of Fisheries and Coastal Affairs")]),
    # "the Ministry Mrs Tumelo Dube" tagged one ORG: the honorific starts a person's name
    ("At the launch, the Permanent Secretary in the Ministry Mrs Tumelo Dube dismissed the "
     "rumour. \"Only the Minister can announce dates,\" she said.",
     [("the Ministry Mrs Tumelo Dube", "ORG", 0)], [("she", "Tumelo Dube")]),
    # a name tagged ORG set beside a person's noun ("the managing director") is a person,
    # whom "she" can mean
    ("The paper quoted the governor, Kim Berg, on the talks.\nOn Tuesday, the managing "
     "director of the Lorvia Parks Office, Rosette Ana Mukamana, told the press that the "
     "gorillas were safe.\n\"The rumours are unreliable,\" she said at a press conference.",
     [("Rosette Ana Mukamana", "ORG", 0)],
     [("Rosette Ana Mukamana", "Rosette Ana Mukamana"), ("she", "Rosette Ana Mukamana")]),
    # "the Ministry of Transport Lerato Dlamini" tagged one ORG, and "Dlamini" written alone
    # later: the last two proper nouns are her, and "Transport" stays with the ministry
    ("Head of Planning at the Ministry of Transport Lerato Dlamini opened the bridge.\n\n"
     "The bridge will carry 5,000 cars a day, Dlamini said.",
     [("the Ministry of Transport Lerato Dlamini", "ORG", 0), ("Dlamini", "ORG", 1)],
     [("Dlamini", "Lerato Dlamini")]),
    # "Title, Name" tagged ORG: the role before the comma makes the name a person's, whom
    # "the former governor" later means
    ("Former Vale Governor, Oyelaran Basu of the Harbour Party, was charged on Monday. The "
     "former Governor said: \"The charge is false.\"",
     [("Oyelaran Basu", "ORG", 0)], [("The former Governor", "Oyelaran Basu")]),
    # a person's name with a number in figures names a school after them: nobody "he" means
    ("John Paul 1 will close in June and its pupils will move, Kerrigan Aubut told reporters "
     "on Monday.\n\n\u201cIt does not make us happy,\u201d he said.",
     [("John Paul 1", "PERSON", 0)],
     [("Kerrigan Aubut", "Kerrigan Aubut"), ("he", "Kerrigan Aubut")]),
    # a name typed a person but listed with a place after "in" is a place: "he" is not it
    ("Omar Haddad sells lambs at the market.\n\nThe council sent buyers to slaughterhouses "
     "either in Brenmoor or Al Kadira. \u201cThe queues are too long,\u201d he said.",
     [("Brenmoor", "GPE", 0), ("Al Kadira", "PERSON", 0)], [("he", "Omar Haddad")]),
    # a name typed a person but followed by a comma and a region is a town: "she" is not it
    ("For Ana Ruiz, whose farm is near Hanna, the year was dry. The dry belt runs east to "
     "Bear Creek, Sask., and beyond.\n\n\u201cThe wells are low,\u201d she said.",
     [("Ana Ruiz", "PERSON", 0), ("Bear Creek", "PERSON", 0)], [("she", "Ana Ruiz")]),

])
def test_names_the_tagger_cut_or_mistyped(nlp, text, tagged, expected) -> None:
    assert with_tagging(nlp, text, *tagged) == expected


@pytest.mark.parametrize(("words", "kept"), [
    (["General", "of"], "General"),
    (["Bank", "of", "the"], "Bank"),
    (["of"], ""),
    (["Ministry", "of", "Health"], "Ministry of Health"),
])
def test_a_name_never_ends_in_a_function_word(nlp, words, kept) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import without_dangling_word

    doc = Doc(nlp.vocab, words=words)
    assert without_dangling_word(Span(doc, 0, len(doc), label="ORG")).text == kept


@pytest.mark.parametrize(("words", "parts"), [
    (["the", "Ministry", "Mrs", "Tumelo", "Dube"], [("the Ministry", "ORG"),
                                                    ("Mrs Tumelo Dube", "PERSON")]),
    (["Harbour", "Board", "Dr", "Ama", "Owusu"], [("Harbour Board", "ORG"),
                                                  ("Dr Ama Owusu", "PERSON")]),
    (["Mrs", "Dube"], [("Mrs Dube", "ORG")]),  # the honorific opens it: titled_name's work
    (["the", "Ministry", "Mr"], [("the Ministry Mr", "ORG")]),  # no name after it
])
def test_an_honorific_inside_a_tagged_body_starts_a_person(nlp, words, parts) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import person_after_honorific

    doc = Doc(nlp.vocab, words=words, pos=["DET" if w == "the" else "PROPN" for w in words])
    titles = nlp.get_pipe("speaker_resolution").resolution_rules.titles
    found = person_after_honorific(Span(doc, 0, len(doc), label="ORG"), titles)
    assert [(p.text, p.label_) for p in found] == parts


@pytest.mark.parametrize(("words", "alone", "parts"), [
    # the surname stands alone elsewhere: the last two proper nouns are a person
    (["the", "Ministry", "of", "Health", "Ayman", "Maqbul"], {"maqbul"},
     [("the Ministry of Health", "ORG"), ("Ayman Maqbul", "PERSON")]),
    # … or its first name does, as some naming customs write a person
    (["the", "Ministry", "of", "Health", "Ayman", "Maqbul"], {"ayman"},
     [("the Ministry of Health", "ORG"), ("Ayman Maqbul", "PERSON")]),
    # … not when the surname never stands alone
    (["the", "Ministry", "of", "Health", "Ayman", "Maqbul"], set(),
     [("the Ministry of Health Ayman Maqbul", "ORG")]),
    # … nor when the rest is no complete body (no institution word, or it ends in "of")
    (["Harbour", "Lane", "Kofi", "Mensah"], {"mensah"}, [("Harbour Lane Kofi Mensah", "ORG")]),
    (["Bank", "of", "Nova", "Scotia"], {"scotia"}, [("Bank of Nova Scotia", "ORG")]),
    # … nor when the would-be first name is an institution word itself
    (["Bank", "of", "Ghana", "Council", "Mensah"], {"mensah"},
     [("Bank of Ghana Council Mensah", "ORG")]),
])
def test_a_surname_written_alone_splits_a_person_off_a_tagged_body(nlp, words, alone,
                                                                    parts) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import person_by_recurring_surname

    pos = ["DET" if w == "the" else "ADP" if w == "of" else "PROPN" for w in words]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    institutions = nlp.get_pipe("speaker_resolution").resolution_rules.institutions
    found = person_by_recurring_surname(Span(doc, 0, len(doc), label="ORG"), alone,
                                        institutions)
    assert [(p.text, p.label_) for p in found] == parts


@pytest.mark.parametrize(("words", "tagged", "names"), [
    # "Bank" and "Indonesia" both tagged places: one body's name
    (["Bank", "Indonesia", "kept", "rates"], [(0, 1, "GPE"), (1, 2, "GPE")],
     [("Bank Indonesia", "ORG")]),
    # only the place tagged
    (["University", "Malaya", "opened", "a", "lab"], [(1, 2, "GPE")],
     [("University Malaya", "ORG")]),
    # an institution word that is a place itself, or in lower case, names no body
    (["City", "Jakarta", "flooded"], [(1, 2, "GPE")], [("Jakarta", "GPE")]),
    (["the", "bank", "Indonesia", "chose"], [(2, 3, "GPE")], [("Indonesia", "GPE")]),
])
def test_an_institution_word_before_a_place_names_a_body(nlp, words, tagged, names) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import bodies_named_for_places

    doc = Doc(nlp.vocab, words=words)
    ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    rules = nlp.get_pipe("speaker_resolution").resolution_rules
    institutions = rules.institutions - rules.place_institutions
    assert [(e.text, e.label_) for e in bodies_named_for_places(ents, institutions)] == names


def test_the_central_bank_is_the_bank_named_for_its_country(nlp) -> None:
    text = ("Bank Indonesia kept its benchmark rate unchanged on Thursday. The central bank "
            "said inflation was low.")
    assert with_tagging(nlp, text, ("Bank", "GPE", 0), ("Indonesia", "GPE", 0)) == [
        ("The central bank", "Bank Indonesia")]


def test_a_description_in_lower_case_is_no_name_whatever_the_tagger_says(nlp) -> None:
    text = "In a statement, the foreign ministry said the talks would resume next month."
    assert with_tagging(nlp, text, ("the foreign ministry", "ORG", 0)) == [
        ("the foreign ministry", "foreign ministry")]
    quote = list(nlp(text)._.quotes)[0]
    assert quote.resolution == "as written"


@pytest.mark.parametrize(("text", "expected"), [
    # a body's own name after a body's possessive is the body that speaks
    ('Lorvia deported 130 foreigners. The Ministry of Interior’s General Department of '
     'Immigration said 110 of them were students.\nThey left by air, it said.',
     [("The Ministry of Interior’s General Department of Immigration",
       "General Department of Immigration"), ("it", "General Department of Immigration")]),
])
def test_a_possessed_body_name_is_the_body_not_its_owner(nlp, text, expected) -> None:
    assert with_tagging(nlp, text) == expected


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # the tagger split the surname off as a person of its own: one person still
    ("Commissioner Sana Raza Khan opened the hall. She said the roof was new.",
     [("Sana Raza", "PERSON", 0), ("Khan", "PERSON", 0)], [("She", "Sana Raza Khan")]),
    ("Sana Raza Khan opened the hall. She said the roof was new.",
     [("Sana Raza", "PERSON", 0), ("Khan", "PERSON", 0)], [("She", "Sana Raza Khan")]),
    # a comma parts two people: no join
    ("Tomas Reyes, Ilse Berg and the mayor opened the hall. Berg said the roof was new.",
     [("Tomas Reyes", "PERSON", 0), ("Ilse Berg", "PERSON", 0)], [("Berg", "Ilse Berg")]),
])
def test_a_surname_tagged_apart_joins_the_name_before_it(nlp, text, tagged, expected) -> None:
    assert with_tagging(nlp, text, *tagged) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised role noun before a name already met is the role, not part of the name
    ("Biologist Lena Moss said the river was clean.", [("Biologist Lena Moss", "Lena Moss")]),
    ("Lena Moss studies rivers. Biologist Lena Moss said the water was clean.",
     [("Biologist Lena Moss", "Lena Moss")]),
])
def test_a_role_noun_before_a_known_name_stays_out_of_it(nlp, text, expected) -> None:
    assert with_tagging(nlp, text) == expected


@pytest.mark.parametrize(("words", "tagged", "kept"), [
    # a closing bracket whose opener lies before the name: the name starts after it
    (["Secretary", "(", "PS", ")", "State", "Department", "for", "Fisheries"], (2, 8),
     "State Department for Fisheries"),
    # an opening bracket not closed inside: the name ends before it
    (["Vale", "Water", "(", "VW"], (0, 4), "Vale Water"),
    # a whole bracket inside is kept
    (["Vale", "Water", "(", "VW", ")", "Board"], (0, 6), "Vale Water ( VW ) Board"),
])
def test_a_name_never_holds_half_a_bracket(nlp, words, tagged, kept) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import within_brackets

    doc = Doc(nlp.vocab, words=words)
    assert within_brackets(Span(doc, *tagged, label="ORG")).text == kept


@pytest.mark.parametrize(("tagged", "labels"), [
    # the majority decides between a body and a person ("Facebook")
    ([("Facebook", "ORG"), ("Facebook", "ORG"), ("Facebook", "PERSON")], ["ORG"] * 3),
    # a name of two words once called a person stays a person against places
    ([("Tengku Rahim", "PERSON"), ("Tengku Rahim", "GPE"), ("Tengku Rahim", "GPE")],
     ["PERSON"] * 3),
    # a one-word name follows the majority
    ([("Langkawi", "PERSON"), ("Langkawi", "GPE"), ("Langkawi", "GPE")], ["GPE"] * 3),
])
def test_one_name_one_type(nlp, tagged, labels) -> None:
    from spacy.tokens import Doc, Span

    from quotes.resolution.spans import majority_labels

    words = [w for name, _ in tagged for w in [*name.split(), "and"]]
    doc = Doc(nlp.vocab, words=words)
    ents, at = [], 0
    for name, label in tagged:
        n = len(name.split())
        ents.append(Span(doc, at, at + n, label=label))
        at += n + 1
    assert [e.label_ for e in majority_labels(ents)] == labels


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # a name written with a noun of a company's stock is a company's, whatever its tag
    ("Talvik shares fell on Monday after sales disappointed investors. The company said "
     "sales rose 10 per cent in the quarter.", [("Talvik", "PERSON", 0)],
     [("The company", "Talvik")]),
    ("Shares of Talvik fell on Monday after sales disappointed investors. The company said "
     "sales rose 10 per cent in the quarter.", [("Talvik", "PERSON", 0)],
     [("The company", "Talvik")]),
    # a role title inside a name typed a body whole, with a person's name after it: the
    # person, with the place and the title as the role
    ("The suspect appeared before Galle Additional Magistrate Ruwan Dias on Monday. The "
     "additional magistrate said that bail was refused.",
     [("Galle Additional Magistrate Ruwan Dias", "ORG", 0)],
     [("The additional magistrate", "Ruwan Dias")]),
    # a trade word only companies' names have (rules/name_words.jsonl organization)
    ("Corven Gas Transmission cleared land last fall. The provincial officer cited "
     "inconsistencies, noting workers cleared land too early.",
     [("Corven Gas Transmission", "PERSON", 0)],
     [("The provincial officer", "provincial officer")]),
])
def test_a_name_written_with_its_stock_or_trade_is_a_company(nlp, text, tagged, expected) -> None:
    assert with_tagging(nlp, text, *tagged) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office opening the clause before the name's comma makes a person of a name tagged a
    # body, and the office's head is before its "of" (a commissioner, not the police)
    ("The state Commissioner of Police, Kabiru Ndamu, told journalists on Wednesday that the "
     "suspects were arrested.\n\n\u201cPatrol teams responded,\u201d he said.",
     ("he", "Kabiru Ndamu", "pronoun")),
])
def test_the_holder_of_an_office_of_a_body_is_a_person(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def test_a_lower_case_word_the_tagger_called_proper_names_nobody(nlp) -> None:
    """``the parish is bordered by …`` with ``parish`` tagged PROPN: no entity is made of a
    lower-case word, so no pronoun or role goes to it; a capitalised subject still is one."""
    from spacy.tokens import Doc

    from quotes.resolution.config import ResolverWeights
    from quotes.resolution.names import BodyNames, named_spans
    from quotes.resolution.state import ArticleState

    words = ["Portland", "said", "the", "parish", "is", "bordered", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "VERB", "DET", "PROPN", "AUX", "VERB",
                                           "PUNCT"],
              heads=[1, 1, 3, 5, 5, 1, 1],
              deps=["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "punct"],
              sent_starts=[True] + [False] * 6)
    rules = nlp.get_pipe("speaker_resolution").resolution_rules
    state = ArticleState.of(doc, rules, ResolverWeights())
    assert [s.text for s in named_spans(state, BodyNames(state))] == ["Portland"]


@pytest.mark.parametrize(("words", "places", "expected"), [
    # only "Canada" tagged: the company's Canadian arm, no place
    (["CertainTeed", "Canada"], {1}, False),
    # every proper word inside the place: a place
    (["New", "Brunswick"], {0, 1}, True),
])
def test_a_name_is_a_place_only_when_the_place_tagged_is_all_of_it(nlp, words, places,
                                                                   expected) -> None:
    doc = Doc(nlp.vocab, words=words, pos=["PROPN"] * len(words))
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in sorted(places)]
    assert names_a_place(doc[0:len(words)], "GPE") is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person, then "of" and the body they belong to: the person speaks
    ("Dr Ana Ruiz of Harbour General Hospital told The Daily Star that the victims were "
     "beaten.", "Ana Ruiz"),
    ("Dr Ana Ruiz of Harbour General Hospital said the victims were beaten.", "Ana Ruiz"),
    # a body's own name with "of" in it stays whole
    ("The Royal Bank of Canada said rates would rise.", "Royal Bank of Canada"),
])
def test_a_person_of_a_body_is_the_person(attribute, text, expected) -> None:
    assert [q.resolved.name for q in attribute(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser made the bare title the subject: the name after its bracket speaks
    ("Inspector (Investigation) of Lalbagh Police Station Md Kamruzzaman said no one has "
     "been arrested yet.", "Police Station Md Kamruzzaman"),  # the tagger glued the station on
])
def test_the_name_after_a_bracketed_title_is_the_speaker(attribute, text, expected) -> None:
    assert [q.resolved.name for q in attribute(text)] == [expected]


def test_a_doubled_space_inside_a_name_parts_nobody(attribute) -> None:
    """``Warren  Kennedy`` as published: the space became a token and the tagger two people;
    one person, named with one space, whom ``Kennedy`` repeats."""
    text = ("Director of education Warren  Kennedy said the board is monitoring the hearing. "
            "Kennedy said a decision is near.")
    assert [q.resolved.name for q in attribute(text)] == ["Warren Kennedy", "Warren Kennedy"]


@pytest.mark.parametrize(("text", "expected"), [
    # Kenyan government titles and their abbreviations (rules/titles.jsonl)
    ("Public Health Principal Secretary Mary Wanjiku said the ministry was ready. PS Wanjiku "
     "said the floods would spread disease.", "Mary Wanjiku"),
    ("Chief Administrative Secretary (CAS) Mercy Otieno said 40 new cases were found. CAS "
     "Otieno said the virus had spread.", "Mercy Otieno"),
])
def test_an_abbreviated_title_before_a_surname_is_its_holder(attribute, text, expected) -> None:
    assert list(attribute(text))[-1].resolved.name == expected


def test_a_players_position_before_a_name_typed_a_body_makes_a_person(nlp) -> None:
    """``Leafs forward Mitch Marner`` with the name typed ORG: a lower-case noun only people
    are (rules/head_nouns.jsonl, never guessed from its ending) names its bearer; a verb
    whose lemma is such a noun (``O'Shea-coached``) does not."""
    from spacy.tokens import Span

    text = "\u201cWe won,\u201d said Leafs forward Mitch Marner."
    doc = nlp.make_doc(text)
    for name, step in nlp.pipeline:
        if name == "speaker_resolution":
            start = text.index("Mitch Marner")
            found = doc.char_span(start, start + len("Mitch Marner"))
            doc.ents = [e for e in doc.ents if e.end <= found.start or e.start >= found.end] + [
                Span(doc, found.start, found.end, label="ORG")]
        doc = step(doc)
    assert [(q.resolved.name, q.resolved.type) for q in doc._.quotes] == [
        ("Mitch Marner", "person")]


def test_a_surname_typed_a_body_joins_the_person_hung_on_it(attribute) -> None:
    """``Shah Mahmood`` typed a person and ``Qadri`` a body by the small model: the parse
    hangs the first name on the surname, so they are one person's name."""
    text = ("Imran Khan appeared in court on Monday. \u201cWe are disappointed that you are "
            "moving on,\u201d former foreign minister Shah Mahmood Qadri said, saying the judge "
            "had been fair.")
    assert {q.resolved.name for q in attribute(text)} == {"Shah Mahmood Qadri"}


OPENING_WORDS_OF_A_BODY = [
    # the tagger types the company's short name a person; it is the company named before
    ("Last week Harlow Mines Ltd. filed a notice of work. Harlow said it would be filing "
     "a plan with the province.", "Harlow", "Harlow Mines Ltd.", "organization"),
    ("The board handed a permit to North Ember Minerals on July 16. North Ember did not "
     "return calls but insists the permit remains valid.", "North Ember", "North Ember Minerals",
     "organization"),
    # a person of that surname named in full keeps it
    ("Last week Harlow Mines Ltd. filed a notice of work. CEO Peter Harlow said it was early. "
     "Harlow said it would be filing a plan with the province.", "Harlow", "Peter Harlow",
     "person"),
]


@pytest.mark.parametrize(("text", "written", "name", "kind"), OPENING_WORDS_OF_A_BODY)
def test_the_opening_words_of_a_body_named_before_name_it(attribute, text, written, name,
                                                           kind) -> None:
    last = list(attribute(text))[-1]
    assert (last.speaker.text, last.resolved.name, last.resolved.type) == (written, name, kind)


@pytest.mark.parametrize(("word", "brand"), [
    ("TimesLIVE", True), ("LandlordBC", True), ("eBAY", True),
    ("McDONALD", False), ("MacKENZIE", False), ("O'NEILL", False),  # capitals-style surnames
    ("DeSantis", False), ("Harlow", False), ("NHS", False),
])
def test_a_brands_spelling_is_told_from_a_persons_name(word, brand) -> None:
    from quotes.resolution.name_evidence import brand_spelling

    assert brand_spelling(word) is brand


def test_a_name_spelled_as_a_brand_is_a_body_no_he_may_mean(attribute) -> None:
    text = ("HarbourLIVE reported on Sunday that Mayor Tom Ruiz was furious with the utility. "
            "He accused it of heavy-handedness.\n\nHe said the city had proof of supply.")
    first, last = list(attribute(text))
    assert (first.resolved.name, first.resolved.type) == ("HarbourLIVE", "organization")
    assert last.resolved.name == "Tom Ruiz"


def test_a_name_ending_in_a_number_is_a_station_it_may_mean(attribute) -> None:
    """``Channel 12 reports``: the number is the name's, and no person's name has one."""
    rows = list(attribute("Channel 12 reports the suspect worked in Tel Aviv. It said he was "
                          "24."))
    assert [(r.speaker.text, r.resolved.name, r.resolved.type) for r in rows] == [
        ("Channel 12", "Channel 12", "organization"), ("It", "Channel 12", "organization")]


@pytest.mark.parametrize(("text", "expected"), [
    ("His Majesty King Selu Moana chaired the new cabinet on Monday.\n\nHis Majesty said "
     "the ministers must give accurate advice.",
     ("His Majesty", "Selu Moana", "pronoun")),
    ("Her Excellency Governor-General Ana Pala opened the session. Her Excellency said the "
     "country was ready.", ("Her Excellency", "Ana Pala", "pronoun")),
    ("His Royal Highness Prince Tomas Varo visited the clinic. His Royal Highness said the "
     "staff deserved thanks.", ("His Royal Highness", "Tomas Varo", "pronoun")),
])
def test_a_style_of_address_alone_is_its_bearer_never_a_new_name(last_speaker, text,
                                                                  expected) -> None:
    """``His Majesty said`` (rules/titles.jsonl ``style``): the sultan named with it, as
    ``he`` would be; no person called ``His Majesty`` is made."""
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word before the honorific that opens a name is a name the person also
    # goes by (a matai title); the article may call them by it alone
    ("The Director General of Health, Tuala Dr Sione Mata, has issued a release.\n\n"
     '"Children need two doses," says Tuala.', ("Tuala", "Sione Mata", "name")),
    ("The chief executive, Faleolo Dr Ana Lemalu has resigned.\n\nFaleolo said the board "
     "had been told in May.", ("Faleolo", "Ana Lemalu", "name")),
    # a place's possessive before an office is no name: the office's holder, named before
    ("The Director General of Health, Tuala Dr Sione Mata, has issued a release.\n\n"
     '"The ministry appeals to the public," warns Samoa’s Director General of Health.',
     ("Samoa’s Director General of Health", "Sione Mata", "described")),
])
def test_a_title_borne_before_an_honorific_and_a_places_office_find_the_person(
        last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Mayor Bauyrzhan Baibek reported on the measures. "We informed people," B. Baibek said.',
     ("B. Baibek", "Bauyrzhan Baibek", "name")),
    ('Mayor Bauyrzhan Baibek reported on the measures. "We informed people," B.Baibek said.',
     ("B.Baibek", "Bauyrzhan Baibek", "name")),
    # an initial that begins none of the person's other words is somebody else
    ('Bauyrzhan Baibek reported on the measures. "We informed people," K. Baibek said.',
     ("K. Baibek", "K. Baibek", "name")),
])
def test_an_initial_and_a_surname_find_the_person_whose_name_they_abbreviate(last_speaker, text,
                                                                           expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphened role the parse split off ("co-coach"): the name after it speaks
    ("Closing the gap will be the key to the season, according to co-coach Troy Coates.",
     ("co-coach Troy Coates", "Troy Coates", "name")),
    # a surname typed a body after a given name and that surname (typed a body too) is the
    # person, whom "he" then finds
    ("Closing the gap will be the key, according to co-coach Troy Coates. Serving to "
     "highlight Coates and co-coach Jack Fallon\u2019s desire for consistency, the win followed "
     "a loss. Coates hailed the Reds strong rebound against Harbury as huge. \u201cWe were "
     "disappointed last week,\u201d he said.", ("he", "Troy Coates", "pronoun")),
])
def test_a_name_after_a_split_role_and_its_surname_typed_a_body(last_speaker, text,
                                                                expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The post, which operates in Casa Vizinha, opened on Monday.", "Casa Vizinha", "GPE"),
    ("Buyers went to slaughterhouses either in Brenmoor or Al Kadira.", "Al Kadira", "GPE"),
    # a person met with, or a view held in a person's name, stays a person
    ("The post opened with Lena Duarte on Monday.", "Lena Duarte", "PERSON"),
    ("In Lena Duarte's view, the post opened too late.", "Lena Duarte", "PERSON"),
])
def test_a_place_the_tagger_typed_a_person_is_a_place(nlp, text, name, label) -> None:
    from spacy.tokens import Span

    from quotes.resolution.state import place_read_as_person

    doc = nlp(text)
    at = text.index(name)
    found = doc.char_span(at, at + len(name))
    doc.ents = [e for e in doc.ents if e.end <= found.start or e.start >= found.end] + [
        Span(doc, found.start, found.end, label="PERSON")]
    assert place_read_as_person(Span(doc, found.start, found.end, label="PERSON")).label_ == label


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name the tagger took for a person, before its office and the office's holder
    ("Hyderabad: Telugu Rashtra Samithi (TRS) working president KT Rama Rao (KTR) on "
     "Wednesday asked voters to stay home. Speaking at a meeting for the coming by-election, "
     "He also said that the party had won every seat.", ("He", "KT Rama Rao", "pronoun")),
    # letters in brackets after a person's name, in its capitals' order, are a short name
    ("Hyderabad: Telugu Rashtra Samithi (TRS) working president KT Rama Rao (KTR) on "
     "Wednesday asked voters to stay home. Addressing party workers, KTR said that the vote "
     "was a vote for the opposition.", ("KTR", "KT Rama Rao", "name")),
])
def test_a_persons_body_and_short_name_around_the_name(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected

