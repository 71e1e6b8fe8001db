"""Where a name starts and ends inside a longer mention: an honorific opens a name, a bracket
after an office narrows it, the words NER ran on after an office's ``of`` end in its holder,
and a body's short name as a subject is the body, not a person. Invented sentences."""

from __future__ import annotations

import pytest

from quotes.names import builtin_titles, name_after_institution, name_tokens
from quotes.resolution.entities import respelled

NAME_BOUNDARIES = [
    # an honorific opens the name: a family name written first is no part of the role
    ("Flu cases are rising, said Greenfield Health Department director Dr Ooi Choo Huck. "
     "Dr Ooi said enforcement had been stepped up.",
     ("Dr Ooi", "Ooi Choo Huck", "name")),
    ("Flu cases are rising, said Greenfield Health Department director Dr Ooi Choo Huck. "
     "He said enforcement had been stepped up.",
     ("He", "Ooi Choo Huck", "pronoun")),
    # a page that doubles its spaces: the name runs across them, the office stays apart
    ("Speaking in  Harper,  Port  Authority  Spokesperson, Tobias  Wleh said  the  pier  was "
     "damaged.  He said  two  boats  sank.",
     ("He", "Tobias Wleh", "pronoun")),
    # a field in brackets after an office is part of the office; its holder follows the "of"
    ("\u201cCases are up,\u201d Director (Disease Control) of the DHS Prof Dr Rahim Uddin said.",
     ("Director (Disease Control) of the DHS Prof Dr Rahim Uddin", "Rahim Uddin", "name")),
    # NER ran the body after an office's "of" on into the holder's name
    ("The report was handed to Speaker of the National Assembly Ravi Persaud. Speaker Persaud "
     "thanked the staff. He pointed out that the report is not final.",
     ("He", "Ravi Persaud", "pronoun")),
    # … also when no listed first name tells where the name starts: the legislature's
    # institution word does
    ("The report was handed to Speaker of the National Assembly Zarin Okoth. Speaker Okoth "
     "thanked the staff. He pointed out that the report is not final.",
     ("He", "Zarin Okoth", "pronoun")),
    # a body's name NER typed whole runs on through its "of", though its head is no
    # institution word
    ("The Directorate General of Health Services said cases were rising.",
     ("The Directorate General of Health Services", "Directorate General of Health Services",
      "as written")),
    # an honour of two words is no name, no role, and its gender counts (the first name
    # alone would have said she)
    ("Health director-general Tan Sri Dr Noor Hisham Abdullah said the sauce was spoilt.\n\n"
     "\u201cThe firm has found the cause,\u201d he said.",
     ("he", "Noor Hisham Abdullah", "pronoun")),
    # ... also where the tagger cut the honour in half and took its second word into the name
    ("Datuk Seri Harun Idris Salleh said the bridge would open in May.",
     ("Datuk Seri Harun Idris Salleh", "Harun Idris Salleh", "name")),
    # an office "in" a department, its body's name with a possessive, then the holder
    ("The bridge will open in May, said Minister in the Prime Minister's Department Tan Sri "
     "Musa Halim.", ("Minister in the Prime Minister's Department Tan Sri Musa Halim",
                     "Musa Halim", "name")),
    # an office of an office ("Minister of State") in a department NER ran on into the name
    ("The waiting lists will fall, said Minister of State in the Department of Health Mary "
     "Doyle.", ("Minister of State in the Department of Health Mary Doyle", "Mary Doyle",
                "name")),
    # an office of a body set before a name by a comma is the name's office, and the body
    # ("… State Police Command", an institution word ending it) is nobody's name
    ("The Spokesman of the Enugu State Police Command, DSP Ada Nwosu, denied an online "
     "report that an officer had killed a driver.\n\nNwosu said the injured officers had been "
     "treated.\n\nThe spokesman said the suspects would be charged.",
     ("The spokesman", "Ada Nwosu", "described")),
    # a first name inside a body's name after an office's "of" starts no holder's name
    ("The acting chief executive of St Vincent de Paul Society Harbourside has said the charity "
     "cannot meet demand.", ("The acting chief executive of St Vincent de Paul Society "
                             "Harbourside", "acting chief executive of St Vincent de Paul "
                             "Society Harbourside", "as written")),
    # a spaced "Mc" is part of the surname after it
    ("Cllr Ian McGarvey told a meeting on Monday that his rights were denied.\n\nCllr Mc "
     "Garvey said he would not be moving the other motions.",
     ("Cllr Mc Garvey", "Ian McGarvey", "name")),
    # police ranks written as initials are titles; a bracketed field after one leaves the
    # holder's name outside it
    ("A man has surrendered to the police, said Kerala ADGP (law and order) Ravi Menon.",
     ("Ravi Menon", "Ravi Menon", "name")),
    ("Foday Ceesay confirmed the arrests. PRO Ceesay added that most of those arrested were "
     "from the village.", ("PRO Ceesay", "Foday Ceesay", "name")),
    # a body typed a body is the one whose name ends in it, not a name it only modifies
    ("Three boaters were rescued by the U.S. Coast Guard on Sunday.\nCoast Guard Cutter "
     "Jacob Paroo crew joined the search.\nThe third boater was hoisted to safety, the Coast "
     "Guard said.", ("the Coast Guard", "U.S. Coast Guard", "name")),
    # a surname spelt another way (a transliteration, a typo) is the one person so named,
    # even where NER typed it a body
    ("Election commissioner Saman Sri Rathnayake said turnout would be high. Ratnayake said "
     "83% had voted in 2019.", ("Ratnayake", "Saman Sri Rathnayake", "name")),
    ("Election commissioner Saman Sri Rathnayake said turnout would be high. Ratnanayake said "
     "the law was in force.", ("Ratnanayake", "Saman Sri Rathnayake", "name")),
    # an office's holder whose given name no list knows, the whole tagged a body
    ("Nine people died, said Superintendent of Police Hobindra Bogati in Syangja. \"The girl "
     "who survived is out of danger,\" he said.", ("he", "Hobindra Bogati", "pronoun")),
    # two letters swapped (a typo) are one edit
    ('"The salmon are dying," said Brett VandenHeuval, the director of the river group.\n\n'
     '"They are discharging illegally," said VandenHuevel.',
     ("VandenHuevel", "Brett VandenHeuval", "name")),
    # … also when the name spelt out in full was itself typed a body
    ("Saman Sri Rathnayake, Commissioner General of Elections, said costs would rise. About 83% "
     "had voted in 2019, Ratnayake said.", ("Ratnayake", "Saman Sri Rathnayake", "name")),
    # a title before a surname is no part of the name, "Counselor" as much as "Councillor"
    ("Zack Adamson voted against it, saying the fund was for poorer areas.\n\nCounselor "
     "Adamson said Democrats had a plan.", ("Counselor Adamson", "Zack Adamson", "name")),
    # a full name whose given name is respelled is the person named first, filed as first
    # written
    ("District Commissioner Magesa Mulongo said the town was safe.\n\nMr. Magessa Mulongo "
     "said the roads would be mended.", ("Mr. Magessa Mulongo", "Magesa Mulongo", "name")),
    # … but two first names one letter apart are two people
    ("Christian Holm said the ferry was late.\n\nChristina Holm said the ferry was full.",
     ("Christina Holm", "Christina Holm", "name")),
    # a rank written short is a title, and the surname after it finds its holder
    ("Brigadier Nasser Al Awadi Al Minhali said visas would be free. Brig Al Minhali said the "
     "rules were strict.", ("Brig Al Minhali", "Nasser Al Awadi Al Minhali", "name")),
    # a lower-case word hyphened onto a capitalised one is part of the name, no role word
    ("Prime Minister Somchai Wan-o-rat has expressed anger at reporters.\n\n\"I am tired,\" "
     "Gen Somchai said.", ("Gen Somchai", "Somchai Wan-o-rat", "name")),
    # a name the tagger cut in two where nothing parts them (English and Chinese names) is
    # one person's, and the first part alone finds them
    ('"There is no plan," said legislator Linda Ho Mei-ling, of the Harbour Party.\n\nHo said '
     "the comment was risky.", ("Ho", "Linda Ho Mei-ling", "name")),
    # a body's short name as a subject is the body: no person called "Bureau"
    ("Forecasters have declared a cyclone watch.\nAlready the Bureau of Meteorology has said "
     "the chance of a cyclone is high.\nBut forecaster Angela Pratt said the Bureau was "
     "preparing a warning.",
     ("the Bureau of Meteorology", "Bureau of Meteorology", "name")),
    # a body's name NER typed a person's, or left untyped, ends in an institution word: the
    # side that opens it ("South") is part of the name, no role
    ("A rural hospital is closing its emergency department. South Huron Grey Health Centre "
     "says the Elmvale hospital emergency is closing today.",
     ("South Huron Grey Health Centre", "South Huron Grey Health Centre", "name")),
    # a photo credit (agency/photographer) is nobody a description may mean
    ("The ward will close. A nurse walks by on Tuesday. THE CANADIAN PRESS/Jo Marsh\n\n"
     "\u201cThe closure is needed,\u201d the organization said.",
     ("the organization", "organization", "as written")),
    ("Fire crews were called to the farm. (AP Photo/Lena Berg)\n\n"
     "\u201cThe barn was lost,\u201d the company said.", ("the company", "company", "as written")),
    # two offices joined by "and", the second with its portfolio, before a name NER missed:
    # the parse tells the portfolio from the name, and the surname alone is that person later
    ("TALLINN \u2014 Prime Minister and Minister of Defence Oskar Al Varik on Monday emphasised "
     "the \u201cdeep-rooted\u201d ties between Estonia and Latvia.",
     ("Prime Minister and Minister of Defence Oskar Al Varik", "Oskar Al Varik", "name")),
    ("TALLINN \u2014 Prime Minister and Minister of Defence Oskar Al Varik on Monday emphasised "
     "the \u201cdeep-rooted\u201d ties between Estonia and Latvia.\n\nWelcoming the Latvian "
     "delegation, Varik said that the ties were a model.", ("Varik", "Oskar Al Varik", "name")),
    # ... but capitalised words joined on after a portfolio are still the portfolio
    ("The Minister of Information and Civic Education has said that the ambassador was not "
     "arrested.", ("The Minister of Information and Civic Education",
                   "Minister of Information and Civic Education", "as written")),
    # a name joined by hyphens is one name, its "or" no list of two people (and no endless
    # split), after two offices joined by "and"
    ("\u201cIt is the duty of all citizens to help the police,\u201d Detective Branch Chief and "
     "City Police Additional Commissioner Mamun-or-Rashid told reporters.",
     ("Detective Branch Chief and City Police Additional Commissioner Mamun-or-Rashid",
      "Mamun-or-Rashid", "name")),
    # "GM" is a title: joined to another office before a name, both are the holder's role
    ("\u201cThe top teams deserved it,\u201d says Harbour Hawks head coach and GM Dale Pruitt.",
     ("Harbour Hawks head coach and GM Dale Pruitt", "Dale Pruitt", "name")),
    # an office's holder set off by commas after the office's own phrase, in "according to"
    ("According to the Regional Director of Operations at the Police Service, ACP Yaw Mensah, "
     "his outfit is working to find the culprits.", ("ACP Yaw Mensah", "Yaw Mensah", "name")),
    # ... but not a name after a document ("the report"), which is someone of its own
    ("According to the report, Dale Pruitt, the mayor, said the plan failed.",
     ("Dale Pruitt", "Dale Pruitt", "name")),
    # "Honourable" is an honorific: no part of the name
    ("The Minister of Tourism, Honourable Anthony Mahler, believes the roads need work. "
     "“We have to invest,” said Honourable Anthony Mahler.",
     ("Honourable Anthony Mahler", "Anthony Mahler", "name")),
    # an untagged holder after an office's portfolio, his surname hyphened (and the parse
    # hanging both the portfolio and the name on "of")
    # initials after an office's portfolio open the holder's name
    ("A day after the ruling, Leader of the Opposition V D Satheesan alleged the remarks were "
     "part of a plan. Satheesan said the narrative was first floated in Delhi.",
     ("Satheesan", "V D Satheesan", "name")),
    # an office tagged a person on its own, joined to another before the holder's name
    ("Harbury Party (HP) MLA and leader of opposition Harpal Singh Cheema on Friday said legal "
     "action would be taken against ministers.",
     ("Harbury Party (HP) MLA and leader of opposition Harpal Singh Cheema",
      "Harpal Singh Cheema", "name")),
    # a title of two words, "Pro Tem", is no part of the name
    ("In the state Senate, Pro Tem Don Perata said the move was shortsighted.",
     ("Pro Tem Don Perata", "Don Perata", "name")),
    ("KUWAIT, May 1 (KUNA) -- Kuwait Minister of Oil Bkheit Al-Rashidi said the losses were "
     "speculation.", ("Kuwait Minister of Oil Bkheit Al-Rashidi", "Bkheit Al-Rashidi", "name")),
]


@pytest.mark.parametrize(("text", "expected"), NAME_BOUNDARIES)
def test_a_name_starts_and_ends_where_its_words_do(first_speaker, last_speaker, text,
                                                     expected):
    speaker = first_speaker if "Bureau" in text else last_speaker
    assert speaker(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # a closing quotation mark ends what was said: the role does not run back into it
    ("\u201cCases are rising across the country,\u201d Director (Disease Control) of the DHS "
     "Prof Dr Rahim Uddin said.", "Director (Disease Control) of the DHS"),
    # a role in lower case right before a name NER typed a body makes the name a person's
    ("Port chief executive Ama Mensah said the port was ready.", "Port chief executive"),
    ("Harbour Board chair Dr Ama Mensah said the port was ready.", "Harbour Board chair"),
    ("Health director-general Tan Sri Dr Noor Hisham Abdullah said the sauce was spoilt.",
     "Health director-general"),
    # a common noun the parse joined to a capitalised title before it: both offices
    ("The long-distance and inner city bus strike that began Friday at midnight has been "
     "lifted, Economy Minister and presidential candidate Tomas Ruiz announced this afternoon "
     "at a press conference.", "Economy Minister and presidential candidate"),
    # an office phrase never runs back across another person's name
    ('A letter went from the Minister of Education Patricia Moreno to Teachers Union President Tom '
     'Reyes on Monday. Tom Reyes said, "We will reply."', "Union President"),
])
def test_the_role_is_the_words_before_the_name_and_no_more(attribute, text, role):
    speaker = list(attribute(text))[-1].resolved
    assert (speaker.type, speaker.role) == ("person", role)


@pytest.mark.parametrize(("words", "start"), [
    (["National", "Assembly", "Zarin", "Okoth"], 2),
    (["Assembly", "Zarin", "Okoth"], 1),  # the institution word may open the words
    (["Harbour", "Board", "Rules", "Committee", "Zarin", "Okoth"], 4),
    (["Zarin", "Okoth"], None),  # no institution word: nothing tells
    (["National", "Assembly", "Okoth"], None),  # one word may be the body's own
    # "Command" ends a body's name: "Lagos State" is followed by no holder
    (["Lagos", "State", "Police", "Command"], None),
])
def test_a_holders_name_starts_after_the_bodys_last_institution_word(words, start):
    titles = builtin_titles()
    assert name_after_institution(words, titles.institutions) == start


@pytest.mark.parametrize(("name", "tokens"), [
    ("Mc Garvey", ["mcgarvey"]),
    ("Ian McGarvey", ["ian", "mcgarvey"]),
    ("Mac Jones", ["mac", "jones"]),  # "Mac" may be a first name
])
def test_a_spaced_mc_joins_the_surname(name, tokens):
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(("word", "surname", "same"), [
    ("ratnayake", "rathnayake", True),  # one letter added
    ("ratnanayake", "rathnayake", True),  # two edits, ten letters or more
    ("ferdinandus", "ferinandus", True),
    ("johnson", "jonsson", False),  # two edits in seven letters
    ("smith", "smyth", False),  # too short to tell a respelling from another name
    ("kovac", "novac", False),
    ("rathnayake", "rathnayake", False),  # the same word is no respelling
    ("vanderhuevel", "vanderheuval", True),  # two letters swapped count as one edit, + one
    ("mortensne", "mortensen", True),  # a swap alone
    ("johnosn", "jonsson", False),
])
def test_a_respelled_surname_is_close_and_long(word, surname, same):
    assert respelled(word, surname) is same



@pytest.mark.parametrize(("text", "name", "place"), [
    ("Towns including Amphitheatre, Clunes, Lexton and Learmonth were told to leave.",
     "Lexton", True),
    ("The villages of Lexton and Clunes were cut off.", "Lexton", True),
    ("Residents including Amy Lexton and Tom Clune were told to leave.", "Amy Lexton", False),
])
def test_a_name_in_a_list_of_towns_is_a_place(nlp, text, name, place):
    """``towns including … Lexton …``: a place, whatever label the tagger gave it."""
    evidence, span = evidence_and_span(nlp, text, name)
    assert evidence.listed_under_place_noun(span) is place


def evidence_and_span(nlp, text: str, name: str, label: str = ""):
    """The name evidence of an article resolved as the pipeline would, and the span of
    ``name`` in it (with ``label``, as the tagger might have typed it)."""
    from quotes.resolution.article import ArticleResolver

    doc = nlp(text)
    resolver = ArticleResolver(doc, nlp.get_pipe("speaker_resolution").resolution_rules)
    start = text.index(name)
    return resolver.names.evidence, doc.char_span(start, start + len(name), label=label)


@pytest.mark.parametrize(("written", "kept"), [
    ("\u2022 Georgia", "Georgia"),
    ("  * Harbour Board", "Harbour Board"),
    ("Ana Ruiz", "Ana Ruiz"),
])
def test_a_list_mark_is_no_part_of_a_name(written, kept):
    from quotes.resolution.entities import Entity

    entity = Entity(kind="organization")
    entity.add_name(written)
    assert entity.names == [kept]


@pytest.mark.parametrize(("text", "expected"), [
    # the tagger began the name at the office's last portfolio, after "and"
    ("Justifying his remark, Minister of Tourism and Lands Harin Fernando told Parliament "
     "today that the country is indebted to its neighbour.",
     ("Lands Harin Fernando", "Harin Fernando", "name")),
    # and the office is his role: "the Minister" is him
    ("Justifying his remark, Minister of Tourism and Lands Harin Fernando told Parliament "
     "today that the country is indebted to its neighbour.\n\n“We have to be grateful,” the "
     "Minister said.", ("the Minister", "Harin Fernando", "described")),
])
def test_a_name_does_not_start_with_the_offices_last_portfolio(last_speaker, text,
                                                               expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the generation after a name's comma is part of the name; no speaker of its own
    ("Incoming vice mayor Ana M. Ruiz, Jr. said the council will adopt the plan.\n\nRuiz said "
     "the hybrid setup would stay.", ("Ruiz", "Ana M. Ruiz, Jr.", "name")),
    # an office written in capitals before "and" another office and the name is nobody: "he"
    # is the holder named after it
    ("Outgoing First District Councilor and Floor Leader J. Melchor Quitain, Jr., presided over "
     "the program, wherein he thanked his colleagues.\n\nHe also recalled that most sessions "
     "were held online.", ("He", "J. Melchor Quitain, Jr.", "pronoun")),
])
def test_a_generation_and_an_office_in_capitals(last_speaker, text, expected):
    assert last_speaker(text) == expected


def test_two_offices_joined_by_and_are_one_holders(last_speaker):
    # never split into two people, one of them named "-General"
    text = ("Dr. Shadi Abid said the clinic was important.\n\nThe President and Director-General "
            "said there are now 6,600 patients.")
    speaker, name, _ = last_speaker(text)
    assert speaker == "The President and Director-General" and " and " not in name


def welcoming_doc(nlp):
    """``Welcoming Omani Foreign Minister Badr Al Lawati , Varik said`` built by hand, with the
    tagger's slips: the participle and the nationality typed one PERSON, the nationality
    parsed the participle's object."""
    from spacy.tokens import Doc
    rows = [("Welcoming", "VERB", "VBG", 3, "amod", "B-PERSON"),
            ("Omani", "PROPN", "NNP", 0, "dobj", "I-PERSON"),
            ("Foreign", "PROPN", "NNP", 3, "compound", "O"),
            ("Minister", "PROPN", "NNP", 6, "compound", "O"),
            ("Badr", "PROPN", "NNP", 6, "compound", "B-PERSON"),
            ("Al", "PROPN", "NNP", 6, "compound", "I-PERSON"),
            ("Lawati", "PROPN", "NNP", 9, "npadvmod", "I-PERSON"),
            (",", "PUNCT", ",", 9, "punct", "O"),
            ("Varik", "PROPN", "NNP", 9, "nsubj", "B-PERSON"),
            ("said", "VERB", "VBD", 9, "ROOT", "O"),
            ("Oman", "PROPN", "NNP", 9, "dobj", "B-GPE")]
    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, spaces=[w != "," for w in words[1:]] + [False],
               pos=[r[1] for r in rows], tags=[r[2] for r in rows], heads=[r[3] for r in rows],
               deps=[r[4] for r in rows], ents=[r[5] for r in rows],
               sent_starts=[True] + [False] * (len(rows) - 1))


def test_a_sentences_opening_participle_is_no_part_of_a_name(nlp) -> None:
    from quotes.resolution.spans import without_opening_participle
    doc = welcoming_doc(nlp)
    assert without_opening_participle(doc.ents[0]).text == "Omani"
    assert without_opening_participle(doc.ents[1]).text == "Badr Al Lawati"


def test_a_nationality_run_into_a_title_is_no_person(nlp) -> None:
    from quotes.resolution.spans import modifies_title_after, without_opening_participle
    doc = welcoming_doc(nlp)
    titles = builtin_titles()
    assert modifies_title_after(without_opening_participle(doc.ents[0]), titles)
    assert not modifies_title_after(doc[8:9], titles)  # "Varik" runs into "said"


def test_a_nationality_before_a_title_is_part_of_the_role(nlp) -> None:
    from quotes.resolution.spans import split_name
    doc = welcoming_doc(nlp)
    role, name = split_name(doc[4:7], builtin_titles())
    assert (role, name.text) == ("Omani Foreign Minister", "Badr Al Lawati")


def test_a_name_in_quotation_marks_is_a_body(attribute) -> None:
    """``the “Harbour Ledger” says``: a title set in quotation marks is a paper's name."""
    (quote,) = attribute("In an editorial today [Feb. 27], the \u201cHarbour Ledger\u201d says "
                         "the decision was irrelevant.")
    assert (quote.resolved.name, quote.resolved.type) == ("Harbour Ledger", "organization")


@pytest.mark.parametrize(("words", "split"), [
    # a first name that is also a title, after an abbreviated rank, opens the name
    ("Insp. Dean Riou", (["Insp."], ["Dean", "Riou"])),
    ("Const. Major Tan", (["Const."], ["Major", "Tan"])),
    # a rank of two words stays the role; a title alone before a surname is the role
    ("Major General Millanzi", (["Major", "General"], ["Millanzi"])),
    ("Dean Harlow", (["Dean"], ["Harlow"])),
    ("Faculty Dean Harlow", (["Faculty", "Dean"], ["Harlow"])),
    # an honorific names also bear inside ("inside" in titles.jsonl), after a given name
    ("Halgurd Sheikh Najib", ([], ["Halgurd", "Sheikh", "Najib"])),
    ("Sheikh Omar Najib", ([], ["Omar", "Najib"])),
    ("Mayor Sheikh Najib", (["Mayor"], ["Najib"])),
    ("Harbour Dr Ana Ruiz", (["Harbour"], ["Ana", "Ruiz"])),  # no name bears "Dr" inside
    # no listed first name after an office's "of": the last two capitalised words are the
    # holder, the words before them the portfolio; not after a description ("the … of")
    ("Superintendent of Police Hobindra Bogati", (["Superintendent", "of", "Police"],
                                                  ["Hobindra", "Bogati"])),
    ("Minister of Foreign Affairs Kweku Mensah", (["Minister", "of", "Foreign", "Affairs"],
                                                  ["Kweku", "Mensah"])),
    ("The police commissioner of Papua New Guinea", (["The", "police", "commissioner", "of"],
                                                     ["Papua", "New", "Guinea"])),
    ("Minister of Foreign Affairs", (["Minister", "of"], ["Foreign", "Affairs"])),
])
def test_title_words_around_a_name_split_into_role_and_name(words, split) -> None:
    from quotes.names import split_title
    assert split_title(words.split(), builtin_titles()) == split


@pytest.mark.parametrize(("text", "name", "ends"), [
    # a body's head noun ends it and no first name opens it: no person's name, whatever
    # the tagger typed it, so no surname matches a body's name through it
    ("The Lowell University Hospitals Trust said waits were long.", "Hospitals Trust", True),
    ("Harbury Council met on Monday.", "Harbury Council", True),
    # a first name opens it: a person whose surname is a body's word
    ("Ana Trust said waits were long.", "Ana Trust", False),
    ("Tom Reyes said waits were long.", "Tom Reyes", False),
])
def test_a_body_word_ending_a_name_makes_it_no_persons(nlp, text, name, ends):
    evidence, span = evidence_and_span(nlp, text, name, label="PERSON")
    assert evidence.body_word_ends(span) is ends


def test_a_full_stop_the_tagger_took_into_a_name_is_no_part_of_it(nlp):
    """``said Councillor Carilyne Hébert.``: the sentence's full stop ends no name."""
    from spacy.tokens import Span

    from quotes.resolution.state import without_closing_stop

    doc = nlp("\u201cThank you,\u201d said Councillor Ana H\u00e9bert.")
    start = next(t.i for t in doc if t.text == "Councillor")
    entity = Span(doc, start, len(doc), label="PERSON")  # with the full stop
    assert without_closing_stop(entity).text == "Councillor Ana H\u00e9bert"
    assert without_closing_stop(entity[:-1]).text == "Councillor Ana H\u00e9bert"


@pytest.mark.parametrize(("text", "role", "name", "titled"), [
    # an office among the role words before a name of two capitalised words
    ("Budapest Mayor Gergely Karacs said so.", "Budapest Mayor", "Gergely Karacs", True),
    ("Harbury Council Chair Ana Ruiz said so.", "Harbury Council Chair", "Ana Ruiz", True),
    # no office, or a one-word name: nothing said of the name's kind
    ("Harbury Holdings Tower Group said so.", "Harbury Holdings", "Tower Group", False),
    ("Budapest Mayor Karacs said so.", "Budapest Mayor", "Karacs", False),
])
def test_an_office_before_a_name_makes_it_a_persons(nlp, text, role, name, titled):
    from quotes.resolution.names import titled_by_office

    doc = nlp(text)
    titles = nlp.get_pipe("speaker_resolution").resolution_rules.titles
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert titled_by_office(role, span, titles) is titled
