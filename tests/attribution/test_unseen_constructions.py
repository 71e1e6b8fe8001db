"""Reported-speech constructions first met on unseen news articles (issue 7), on invented
sentences: every quote found with its exact span, type, speaker as written and cue, and the
look-alikes that must stay unquoted."""

from __future__ import annotations

import pytest
from quote_rows import found

ADJUNCT_BEFORE_THAT = [
    ("Tom Brandt told analysts in a conference call that the handsets had higher costs.",
     [("indirect", "the handsets had higher costs", "Tom Brandt", "told")]),
    ("Tom Brandt told analysts that the handsets had higher costs.",
     [("indirect", "the handsets had higher costs", "Tom Brandt", "told")]),
    ("The minister told parliament during a heated debate on Tuesday that the budget was "
     "balanced.",
     [("indirect", "the budget was balanced", "The minister", "told")]),
    # the parser hung the statement on a relative clause after it, or on a time clause
    ("The chief executive, Jo Brandt, told analysts in a conference call that the newest "
     "handsets had higher costs, which in turn affects margins.",
     [("indirect", "the newest handsets had higher costs, which in turn affects margins",
       "Jo Brandt", "told")]),
    ("Sanders told reporters a day after the president fired the director that the staff had "
     "lost confidence in him.",
     [("indirect", "the staff had lost confidence in him", "Sanders", "told")]),
    # said in a document: the clause the parser hung on the document is what was said
    ("Health Secretary Ana Ruiz said in a statement that the health budget will be higher "
     "than the defence budget for the first time in history.",
     [("indirect", "the health budget will be higher than the defence budget for the first "
       "time in history", "Health Secretary Ana Ruiz", "said")]),
    ("Health Secretary Ana Ruiz said in a statement that was released on Monday.", []),
    # with no addressee, a clause opened by the subordinator "that" the parser hung on the
    # noun of a time or place adjunct of the cue
    ("Police Chief Jean-Pierre Larose announced Tuesday during a regional council meeting that "
     "the team will be permanently stationed in the town.",
     [("indirect", "the team will be permanently stationed in the town",
       "Police Chief Jean-Pierre Larose", "announced")]),
    ("Tom Brandt announced the plan during a meeting that the mayor chaired.", []),
    # a relative clause proper: "that" is its subject or object
    ("Tom Brandt told analysts in a conference call that lasted an hour about the costs.", []),
    ("Tom Brandt told analysts in a call that the chief executive hosted.", []),
    ("Tom Brandt spoke to analysts in a hotel that the company had rented.", []),
    # the clause after a topic noun is the noun's, and a cue with no addressee is no frame
    ("The mayor told reporters about the rumour that the agency was closing.", []),
    ("Officials struggled to respond to the revelation that the agency was funding the "
     "program.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADJUNCT_BEFORE_THAT)
def test_a_that_clause_after_the_cues_adjuncts_is_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


SINGLE_QUOTED_NAMING = [
    ("Coach Dieter Haller described the winner as a 'lucky goal', despite the assist.",
     [("partial", "'lucky goal'", "Coach Dieter Haller", "described")]),
    ("The mayor described the plan as a 'gift to developers'.",
     [("partial", "'gift to developers'", "The mayor", "described")]),
    # a title in single marks is a name, an apostrophe no quotation
    ("Critics described the film as 'Citizen Kane'.", []),
    ("The students' union described the vote as fair.", []),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_QUOTED_NAMING)
def test_single_quoted_words_a_naming_verb_governs_are_a_partial_quote(attribute, text,
                                                                         expected):
    assert found(attribute, text) == expected


DOCUMENT_PARTICIPLES = [
    ("Dolliole released a statement Monday night stating the hospital has set aside a ward.",
     [("indirect", "the hospital has set aside a ward", "Dolliole", "stating")]),
    ("The board issued a report on Friday stating the clinic had closed.",
     [("indirect", "the clinic had closed", "The board", "stating")]),
    ("The council published a notice stating the road would close.",
     [("indirect", "the road would close", "The council", "stating")]),
    # the object's modifiers hung on the cue, the clause's verb beside them with no subject
    ("He added a trading band for the peso agreed with the lenders last year would be "
     "tweaked.", [("indirect", "a trading band for the peso agreed with the lenders last year "
                   "would be tweaked", "He", "added")]),
    ("She announced a plan for the harbour in March would be delayed.",
     [("indirect", "a plan for the harbour in March would be delayed", "She", "announced")]),
    # a document issued by someone speaks for them, though the tagger took the noun for an
    # adjective ("circular")
    ("Commanders were told to inform their ranks, said a circular issued by Commissioner "
     "Colin Jones.",
     [("indirect", "Commanders were told to inform their ranks", "Commissioner Colin Jones",
       "said")]),
    ("Commanders were told to inform their ranks, said a report released by the Harbour "
     "Board.",
     [("indirect", "Commanders were told to inform their ranks", "the Harbour Board", "said")]),
    ("Dolliole released a statement Monday night about the ward.", []),
    ("The firm sent a letter stating its terms.", []),
    # the verb after the object belongs to the sentence around a relative clause or gerund
    ("Members who indicated more than one choice were counted twice.", []),
    ("The reason I wish to clarify it is that the term is new.", []),
    ("Editors assign stories based upon what people's writing strengths are.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_PARTICIPLES)
def test_a_participle_cue_on_a_document_reports_for_its_issuer(attribute, text, expected):
    assert found(attribute, text) == expected


TO_ADDRESSEE_WITHOUT_THAT = [
    ('Sanders conceded to the counsel\'s office she had a "slip of the tongue" when she spoke.',
     [("partial", 'she had a "slip of the tongue" when she spoke', "Sanders", "conceded")]),
    ("The mayor admitted to reporters it was late.",
     [("indirect", "it was late", "The mayor", "admitted")]),
    ("Ortiz confessed to investigators he had taken the money.",
     [("indirect", "he had taken the money", "Ortiz", "confessed")]),
    ("The mayor listened to reporters all day.", []),
]


@pytest.mark.parametrize(("text", "expected"), TO_ADDRESSEE_WITHOUT_THAT)
def test_a_clause_after_a_to_addressee_is_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


PER_SOURCE = [
    ("Per CNN, a manhunt ensued after the arrest.",
     [("indirect", "a manhunt ensued after the arrest", "CNN", "Per")]),
    ("Per the Associated Press, two suspects were arrested on Sunday.",
     [("indirect", "two suspects were arrested on Sunday", "the Associated Press",
       "Per")]),
    ("Workers earn $5 per hour, the union said.",
     [("indirect", "Workers earn $5 per hour", "the union", "said")]),
    ("Prices rose 4 per cent in March.", []),
    ("As per the rules, the vote was delayed.", []),
    ("Per cent figures were revised upward in March.", []),
    # ", per X." closing the sentence: the same source, the clause before it the statement
    ("Ticket sales fell sharply in May, per Reuters.",
     [("indirect", "Ticket sales fell sharply in May", "Reuters", "per")]),
    ("The elephant had lived at the zoo since 2001, per the Harbour City Post-Dispatch.",
     [("indirect", "The elephant had lived at the zoo since 2001",
       "the Harbour City Post-Dispatch", "per")]),
    ("Her mother still lives at the zoo with two daughters, per KTVI.",
     [("indirect", "Her mother still lives at the zoo with two daughters", "KTVI", "per")]),
    # a unit, or a name the sentence goes on past, is no source
    ("The cost is 5 euros per KG.", []),
    ("Fares rose, per Reuters figures released on Monday, by a tenth.", []),
]


@pytest.mark.parametrize(("text", "expected"), PER_SOURCE)
def test_per_and_a_name_reads_like_according_to(attribute, text, expected):
    assert found(attribute, text) == expected


CLOCK_TIMES = [
    ("The fire broke out at around 2:30 p.m. At around 3 p.m., Deputy Commissioner Dave "
     "Fornell said crews were working.",
     [("indirect", "crews were working", "Deputy Commissioner Dave Fornell", "said")]),
    ("The road closed at 9 a.m. Police said the crash involved two trucks.",
     [("indirect", "the crash involved two trucks", "Police", "said")]),
    ("Crews arrived at 3 p.m. Friday and stayed, the chief said.",
     [("indirect", "Crews arrived at 3 p.m. Friday and stayed", "the chief", "said")]),
    ("The vote opens at 8 a.m. ET on Tuesday, officials said.",
     [("indirect", "The vote opens at 8 a.m. ET on Tuesday", "officials", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_TIMES)
def test_a_capitalised_word_after_a_clock_time_starts_a_sentence(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "sentences"), [
    ("It ended at 2:30 p.m. At 3 p.m. it began again.",
     ["It ended at 2:30 p.m.", "At 3 p.m. it began again."]),
    ("It ended at 3 p.m. Friday in the hall.", ["It ended at 3 p.m. Friday in the hall."]),
    ("It ended at 8 a.m. EDT in the hall.", ["It ended at 8 a.m. EDT in the hall."]),
])
def test_sentence_breaks_around_clock_times(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


WHILE_CLAUSE_CUES = [
    ('The patrol confirmed the capture in a tweet, while patrol spokesman, Sgt. Mark Francis, '
     'tweeted "Gunman captured tonight."',
     [("direct", '"Gunman captured tonight."', "Sgt. Mark Francis", "tweeted")]),
    ('The club confirmed the sale, as coach Ana Ruiz said "We will miss him."',
     [("direct", '"We will miss him."', "coach Ana Ruiz", "said")]),
    # a complement clause, not a subordinate one: the outer statement keeps the quotation
    ('Kessler said he feels "a lot stronger" after the surgery.',
     [("partial", 'he feels "a lot stronger" after the surgery', "Kessler", "said")]),
    # … also through a verb joined to the statement's own
    ("Ana Ruiz told the council that many in the town are mourning and feeling \u201ccollective "
     "rage\u201d over the policies.",
     [("partial", "many in the town are mourning and feeling \u201ccollective rage\u201d over "
       "the policies", "Ana Ruiz", "told")]),
    # a subordinate clause before its main clause states no more than itself
    ("While the province says it has already invested in roads, mayors told ministers some "
     "highways are poor.",
     [("indirect", "it has already invested in roads", "the province", "says"),
      ("indirect", "some highways are poor", "mayors", "told")]),
    ("Although the mayor said the plan was sound, critics were not convinced.",
     [("indirect", "the plan was sound", "the mayor", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), WHILE_CLAUSE_CUES)
def test_a_cue_in_a_subordinate_clause_speaks_for_itself(attribute, text, expected):
    assert found(attribute, text) == expected


NESTED_REPORTED = [
    ('The report released Thursday stated that Sanders conceded to the counsel\'s office she had '
     'a "slip of the tongue" when she spoke.',
     [("partial", 'Sanders conceded to the counsel\'s office she had a "slip of the tongue" when '
       "she spoke", "The report released Thursday", "stated"),
      ("partial", 'she had a "slip of the tongue" when she spoke', "Sanders", "conceded")]),
    # a participle cue in a clause the attribution trails is part of what the attribution
    # reports, not a statement of its own
    ("Lena Park also extended an invitation for Cho to visit Seoul, saying she hopes to "
     "cooperate closely in the future, the ministry said in a press release.",
     [("indirect", "Lena Park also extended an invitation for Cho to visit Seoul, saying she "
       "hopes to cooperate closely in the future", "the ministry", "said")]),
    # … but after a cue that comes first, its speaker goes on
    ("Tom Brandt argued that the move hurt the workers, noting that wages fell.",
     [("indirect", "the move hurt the workers", "Tom Brandt", "argued"),
      ("indirect", "wages fell", "Tom Brandt", "noting")]),
    # what somebody should say is no statement of theirs
    ('Turnbull said Ms Gillard should reveal what "hard questions" she posed during the meeting.',
     [("partial", 'Ms Gillard should reveal what "hard questions" she posed during the meeting',
       "Turnbull", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_REPORTED)
def test_a_statement_reported_inside_another_is_the_inner_speakers_too(attribute, text,
                                                                       expected):
    assert found(attribute, text) == expected


OFFICES_BEFORE_A_NAME = [
    # offices joined by "and" before one name are that person's titles
    ('"Costs rose sharply," Marlow Foods President and CEO Dana Whitlock told the Gazette.',
     [("direct", '"Costs rose sharply,"', "Marlow Foods President and CEO Dana Whitlock",
       "told")]),
    # (a second title the tagger took into the name is still a title)
    ("Finance committee chairman and Bencher Tom Reyes said his group sought a fair report.",
     [("indirect", "his group sought a fair report",
       "Finance committee chairman and Bencher Tom Reyes", "said")]),
    ('"Many are still trapped," said Kerala’s housing and PWD minister Arjun Pillai.',
     [("direct", '"Many are still trapped,"', "Kerala’s housing and PWD minister Arjun Pillai",
       "said")]),
    # an office "to" a body, then its holder
    ("The dispute was settled, said Veloran Ambassador to the UN Hector Ruiz on Friday.",
     [("indirect", "The dispute was settled", "Veloran Ambassador to the UN Hector Ruiz",
       "said")]),
    # an office for a place, then its holder between commas, hung on the place by the parse
    ("Commanding officer for St. Ann, Superintendent Ada Lorne, said intelligence indicate "
     "that the state of emergency in western parishes has been forcing criminals east.",
     [("indirect", "intelligence indicate that the state of emergency in western parishes has "
       "been forcing criminals east", "Superintendent Ada Lorne", "said"),
      ("indirect", "the state of emergency in western parishes has been forcing criminals east",
       "intelligence", "indicate")]),
    # the office's acronym in brackets between the office and its holder's name
    ("According to Senior Superintendent of Police (SSP) Irfan Qureshi, two suspects were "
     "arrested upon a tip-off.",
     [("indirect", "two suspects were arrested upon a tip-off",
       "Senior Superintendent of Police (SSP) Irfan Qureshi", "According to")]),
    # a minister's portfolios listed before the title: the parse makes the first one the
    # subject, yet the minister speaks
    ("Sabah will host another jazz festival next year, said Tourism, Creative Industry and "
     "Performing Arts Minister Rahim Osman Hamzah.",
     [("indirect", "Sabah will host another jazz festival next year",
       "Performing Arts Minister Rahim Osman Hamzah", "said")]),
    # the first portfolio tagged a person and the name hung on it as an apposition: a list
    # of portfolios joined by "and" before the title still makes one councillor
    ("Riverton Parks, Sport and Leisure Councillor Ana Reyes said the pool would reopen in May.",
     [("indirect", "the pool would reopen in May", "Councillor Ana Reyes", "said")]),
    # ... but a name and its holder's office set beside it are no list of portfolios
    ("“It has been one setback after another,” said Avery Stone, State Executive Director "
     "for the Farm Service Agency.",
     [("direct", "“It has been one setback after another,”", "Avery Stone", "said")]),
    # ... and two people and a titled third are three speakers, who speak together
    ("Tamsin Hale, Jo Price and Mayor Jane Doe said the pool would reopen in May.",
     [("indirect", "the pool would reopen in May", "Tamsin Hale, Jo Price and Mayor Jane Doe",
       "said")]),
    # a seat named for several places, listed before its title: its holder speaks (the
    # tagger may take the place right before the title for a person)
    ("Lochmoor, Dunbrae and Kell MSP Fiona Lamont raised the matter at Holyrood, suggesting "
     "to the minister that a division would help the region.",
     [("indirect", "a division would help the region", "Kell MSP Fiona Lamont", "suggesting")]),
    # an office conjoined with another office before a titled name: the parse makes two
    # subjects, and the titled name is the one who speaks
    ('"It would be good if the councillors showed restraint," said Lorvian President and Home '
     "Affairs Minister Berset in an interview on Saturday.",
     [("direct", '"It would be good if the councillors showed restraint,"', "Minister Berset",
       "said")]),
    # a capitalised office the parse made the subject, its name set off by commas after the
    # body it heads (and hung on that body's place)
    ("Chief of the Harbour Creek council of Tsiigehtchic, Grace Blake, said one of her main "
     "concerns was that the talks were slow.",
     [("indirect", "one of her main concerns was that the talks were slow", "Grace Blake",
       "said")]),
    # a plural noun right before the name is the office's portfolio (of …), no group
    ("Harbour Ferries executive director of public affairs Dana Marsh stated via email that "
     "the water taxis were sufficient.",
     [("indirect", "the water taxis were sufficient", "Dana Marsh", "stated")]),
    # a "who" clause without commas: the parser made its last noun a second subject
    ("Osei who turns out for Premier League side Brentford United said they were punished "
     "for missed chances.",
     [("indirect", "they were punished for missed chances", "Osei", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES_BEFORE_A_NAME)
def test_the_speaker_is_the_person_an_office_phrase_runs_into(attribute, text, expected):
    assert found(attribute, text) == expected


PARTIAL_OPENING_THE_CLAUSE = [
    # quoted words right after the cue that begin its clause: the clause is the statement
    ('Police said "several" people were taken to hospital.',
     [("partial", '"several" people were taken to hospital', "Police", "said")]),
    ('The mayor said "dozens" of homes were damaged in the storm.',
     [("partial", '"dozens" of homes were damaged in the storm', "The mayor", "said")]),
    # a whole statement in quotation marks stays a direct quote
    ('The mayor said: "Dozens of homes were damaged."',
     [("direct", '"Dozens of homes were damaged."', "The mayor", "said")]),
    # the first statement ends where the speaker's own next verb begins
    ('Harbor Police confirmed no-one was injured but said "a number" of nearby houses were '
     'evacuated.',
     [("indirect", "no-one was injured", "Harbor Police", "confirmed"),
      ("partial", '"a number" of nearby houses were evacuated', "Harbor Police", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL_OPENING_THE_CLAUSE)
def test_a_partial_quote_opening_the_clause_is_part_of_the_statement(attribute, text,
                                                                       expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb coordinated with the cue, with no subject of its own, is the speaker's next act
    ("The mayor confirmed the bridge was closed but said it would reopen soon.",
     [("indirect", "the bridge was closed", "The mayor", "confirmed"),
      ("indirect", "it would reopen soon", "The mayor", "said")]),
    # a coordinated clause with its own subject goes on with the statement
    ("The union says burnout is critical among its members, and members are tired.",
     [("indirect", "burnout is critical among its members, and members are tired",
       "The union", "says")]),
    # so does a past modal after "and": the statement's own tense, not the speaker's act
    ("His staff said he was attending a meeting, and would not be able to meet them.",
     [("indirect", "he was attending a meeting, and would not be able to meet them",
       "His staff", "said")]),
])
def test_a_reported_clause_ends_at_the_speakers_next_verb(attribute, text, expected):
    assert found(attribute, text) == expected


NAME_SET_OFF_BEFORE_THE_CUE = [
    # a name set off by commas before a cue the parser left without a subject, and the clause
    # after the cue (with its own subject) is the statement, not the clause before
    ("The town of Harlow has not had substantial rain for 18 months and farmer, Tom Evans, "
     "says the situation is dire.",
     [("indirect", "the situation is dire", "Tom Evans", "says")]),
    # … also after a phrasal cue's particle
    ("Some shops are hit harder than others however, Kelly Ruiz points out that it is up to "
     "the town to shop locally.",
     [("indirect", "it is up to the town to shop locally", "Kelly Ruiz", "points")]),
    # the name hung on the last noun of a fronted participle clause as its apposition
    ("Speaking on the same programme on Wednesday, Tom Reyes, a lawmaker from the party, "
     "said that prices are too high.",
     [("indirect", "prices are too high", "Tom Reyes", "said")]),
    # … and of a passive of quoting that ends the sentence
    ("The fire broke out at a warehouse, Talha Jasim was quoted as saying.",
     [("indirect", "The fire broke out at a warehouse", "Talha Jasim", "saying")]),
    # … and of a passive of hearing with its speech participle and no "as"
    ("\u201cWe will deliver the law next week,\u201d Ines Varga is heard saying in the "
     "recording.",
     [("direct", "\u201cWe will deliver the law next week,\u201d", "Ines Varga", "saying")]),
    # the clause before stays the statement of a trailing cue
    ("The bridge will reopen in May, officials said.",
     [("indirect", "The bridge will reopen in May", "officials", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_SET_OFF_BEFORE_THE_CUE)
def test_a_name_set_off_before_the_cue_speaks_the_clause_after(attribute, text, expected):
    assert found(attribute, text) == expected


BODY_OFFICE_AND_HOLDER = [
    # the parse took a district named inside the quotation for the subject: the person's
    # name right before the cue speaks
    ("“Most cases, 14 were from Harl District at a school in Brook Village; Tell District (8) "
     "and Mose District (1),” Lorvia’s Ministry of Health, Executive Director, Ben Okoro said "
     "in the notice.",
     [("direct", "“Most cases, 14 were from Harl District at a school in Brook Village; Tell "
       "District (8) and Mose District (1),”", "Ben Okoro", "said")]),
    # a body, its officer's title and the holder's name between commas: the holder speaks
    ("“Most cases were mild,” Lorvia’s Ministry of Health, Executive Director, Ben Okoro said "
     "in the notice.",
     [("direct", "“Most cases were mild,”", "Ben Okoro", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_OFFICE_AND_HOLDER)
def test_the_holder_named_after_a_body_and_office_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


PARTICIPLE_AFTER_A_THING = [
    # the parse made the thing before the participle its subject: the clause's subject speaks
    ("Deputy Minister of Tourism Lena Holt spoke of a difficult year for island tourism adding "
     "that the briefing was important.",
     [("indirect", "the briefing was important", "Deputy Minister of Tourism Lena Holt",
       "adding")]),
    # a person noun before the participle is who speaks
    ("The minister met a farmer from the valley, a man claiming that the river had dried up.",
     [("indirect", "the river had dried up", "a man", "claiming")]),
    # the absolute "with" gives the participle a subject of its own
    ("Several people sent messages to the councillor, with one person saying they would hurt "
     "him.", [("indirect", "they would hurt him", "one person", "saying")]),
    # the object of the verb before read as the participle's subject: the verb's subject
    # speaks, and the object is no statement of its own
    ("Harbour Energy Regulatory Authority (HERA) announced a 10% electricity price hike on "
     "March 29 saying it would be effective March 30.",
     [("indirect", "it would be effective March 30", "Harbour Energy Regulatory Authority",
       "saying")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_A_THING)
def test_a_participle_after_a_thing_is_the_clause_subjects(attribute, text, expected):
    assert found(attribute, text) == expected


ADDRESSEE_RELATIVE_AND_LONG_TRAILERS = [
    # a relative clause on whom the cue addresses stands between the cue and "that"
    ("Ellis Kamanga Phiri told the workers who gathered in hundreds that they should continue "
     "with the strike.",
     [("indirect", "they should continue with the strike", "Ellis Kamanga Phiri", "told")]),
    # ... unless "that" opens a relative clause of its own
    ("Phiri told the workers who gathered in a hall that was cold about the plan.", []),
    ("Phiri told the workers who gathered in hundreds that nothing was agreed.",
     [("indirect", "nothing was agreed", "Phiri", "told")]),
    # … however long the relative, with verbs of its own that are no cues
    ("Mayor Ana Teller told about 40 residents who had gathered to watch the swearing-in "
     "ceremony that dealing with the flood was a good start.",
     [("indirect", "dealing with the flood was a good start", "Mayor Ana Teller", "told")]),
    # (but a cue inside it keeps its own statement)
    ("Ana Teller told the residents who had gathered to hear the minister say that the "
     "bridge was safe about her plan.",
     [("indirect", "the bridge was safe about her plan", "the minister", "say")]),
    # a body's name with "of" and "and" before a sentence-final cue is the speaker
    ("Archaeologists have found a 1,000-year-old carving of a jaguar god in ruins in northern "
     "Peru, the National Institute of Culture and Heritage said.",
     [("indirect", "Archaeologists have found a 1,000-year-old carving of a jaguar god in ruins "
       "in northern Peru", "the National Institute of Culture and Heritage", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEE_RELATIVE_AND_LONG_TRAILERS)
def test_addressee_relatives_and_long_names_before_a_final_cue(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "on" and "for" inside a body's name stay in the mention
    ("No incident was reported before the polls closed, according to the Commission on "
     "Elections.",
     [("indirect", "No incident was reported before the polls closed",
       "the Commission on Elections", "according to")]),
    ("Voting was peaceful, said the Lorvia Commission on Elections.",
     [("indirect", "Voting was peaceful", "the Lorvia Commission on Elections", "said")]),
    # a date after the body's name is no part of it
    ("The Commission on Tuesday said the vote was fair.",
     [("indirect", "the vote was fair", "The Commission", "said")]),
])
def test_a_preposition_inside_a_body_s_name_stays_in_the_mention(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place adverb right after the noun says where the sources are
    ("Authorities there said the tremor was too deep to cause damage.",
     [("indirect", "the tremor was too deep to cause damage", "Authorities there", "said")]),
    ("Residents here say the river rose overnight.",
     [("indirect", "the river rose overnight", "Residents here", "say")]),
    # "there" as the subject of the statement is no part of the speaker
    ("Officials said there was no damage.",
     [("indirect", "there was no damage", "Officials", "said")]),
    # a name inside the description counts as one word of it
    ("Now past the halfway mark, organizers of the 69th annual Harbury County 4-H Fair say the "
     "event is going well.",
     [("indirect", "the event is going well",
       "organizers of the 69th annual Harbury County 4-H Fair", "say")]),
    # a place's state between commas is part of where they are
    ("Residents of Harbury, Ontario, said the water was brown.",
     [("indirect", "the water was brown", "Residents of Harbury, Ontario", "said")]),
])
def test_a_place_adverb_after_the_noun_belongs_to_the_description(attribute, text, expected):
    assert found(attribute, text) == expected


SENTENCE_ADVERB_BEFORE_A_NAME = [
    ("Earlier Kassim said officers had seized ten boxes of acid.",
     [("indirect", "officers had seized ten boxes of acid", "Kassim", "said")]),
    ("Meanwhile Ortiz told reporters the raids would go on.",
     [("indirect", "the raids would go on", "Ortiz", "told")]),
    # an adverb-like surname after a first name is the name's
    ("The talks failed. Tom Later said the union would strike.",
     [("indirect", "the union would strike", "Tom Later", "said")]),
    # a capitalised "-ly" word the tagger read as an adverb closes the name before it
    ("“We have arrested eleven people,” Police Chief Sok Chenngly said on Monday.",
     [("direct", "“We have arrested eleven people,”", "Police Chief Sok Chenngly", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_ADVERB_BEFORE_A_NAME)
def test_a_sentence_opening_adverb_is_no_part_of_the_name(attribute, text, expected):
    assert found(attribute, text) == expected


NO_STATEMENT_IN_A_QUESTION = [
    # an impersonal "it is … to say": nobody says anything
    ("The coroner said it was not possible to say whether Mr Hale would have survived.",
     [("indirect", "it was not possible to say whether Mr Hale would have survived",
       "The coroner", "said")]),
    ("It is still too early to say whether the team will change.", []),
    # an infinitive on "it is …" names a way of putting it, whatever the head
    ("He commented that it was a biased view on the council to say that it protected the "
     "builders.",
     [("indirect", "it was a biased view on the council to say that it protected the "
       "builders", "He", "commented")]),
    # (a subject's own infinitive is still a statement)
    ("It was the mayor who came to say that the plan failed.",
     [("indirect", "the plan failed", "the mayor", "say")]),
    # a whether/if clause after a cue that does not ask is what was (not) told
    ("Only schools which had told local councils whether they were open were counted.", []),
    ("Ann Cole would not confirm if the plant would close.", []),
    # a question asked is no claim either (the news reference sets annotate none), and a
    # that-clause is still a statement
    ("The mayor asked whether the plant would close.", []),
    # a past form right after whom a verb of telling addressed describes them, no statement
    ("Mayor Lena Ortiz asked the crowd gathered outside the hospital for patience.", []),
    ("Mayor Lena Ortiz told reporters gathered at city hall the plan was dead.",
     [("indirect", "the plan was dead", "Mayor Lena Ortiz", "told")]),
    ("Ann Cole said the plant would close.",
     [("indirect", "the plant would close", "Ann Cole", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_STATEMENT_IN_A_QUESTION)
def test_a_question_nobody_answered_is_no_statement(attribute, text, expected):
    assert found(attribute, text) == expected


OFFICE_APPOSED_BEFORE_A_FINAL_CUE = [
    # the office after the speaker's comma is the name's apposition, however the parse read it
    ("Costs rise if the ballot paper exceeds 27 inches, Saman Sri Rathnayake, Commissioner "
     "General of Elections has said.",
     [("indirect", "Costs rise if the ballot paper exceeds 27 inches", "Saman Sri Rathnayake",
       "said")]),
    # … also when the office's portfolios are a list whose last comma comes before the cue
    ("The road will reopen in May, Ana Ruiz, Minister for Roads, Ports and Transport said.",
     [("indirect", "The road will reopen in May", "Ana Ruiz", "said")]),
    # a body's name before the final cue is still the speaker
    ("Costs will rise, the National Institute of Culture and Heritage said.",
     [("indirect", "Costs will rise", "the National Institute of Culture and Heritage",
       "said")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_APPOSED_BEFORE_A_FINAL_CUE)
def test_the_name_before_an_apposed_office_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


SINGLE_MARKED_PARAGRAPHS = [
    # an article that quotes in single marks: a paragraph in them continues the last speaker
    ("'We will fight this in every court,' union secretary Jo King said.\n\n"
     "'It is the right of every worker to strike and we will defend it.'",
     [("direct", "'We will fight this in every court,'", "union secretary Jo King", "said"),
      ("direct", "'It is the right of every worker to strike and we will defend it.'", None,
       None)]),
    # with double marks for speech elsewhere, single marks are not speech on their own
    ('"We will fight this in every court," union secretary Jo King said.\n\n'
     "'It is the right of every worker to strike and we will defend it.'",
     [("direct", '"We will fight this in every court,"', "union secretary Jo King", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_MARKED_PARAGRAPHS)
def test_a_single_marked_paragraph_floats_where_the_article_quotes_in_single_marks(
        attribute, text, expected):
    assert found(attribute, text) == expected


PARTIAL_INSIDE_A_CLAUSE = [
    # a clause with its own subject between the cue and the quotation: the clause is the quote
    ("He said the suspect was detained in the station, \u201cquestioned at length\u201d, and "
     "charged.",
     [("partial", "the suspect was detained in the station, \u201cquestioned at length\u201d, "
       "and charged", "He", "said")]),
    # a participle used as a noun ("the accused") is no cue
    ("The accused was detained, \u201cquestioned at length\u201d, and charged.", []),
    # an adjunct between cue and quotation is no clause: the quotation is the quote
    ("She said on Monday, \u201cWe are ready.\u201d",
     [("direct", "\u201cWe are ready.\u201d", "She", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL_INSIDE_A_CLAUSE)
def test_a_quotation_inside_a_reported_clause_is_part_of_it(attribute, text, expected):
    assert found(attribute, text) == expected


ACCORDING_TO_BESIDE_A_SUBJECT = [
    # a source phrase set after a subject whose own cue follows: no statement before it
    ("The former mayor, according to Ram said: \u201cThey shout about racism.\u201d",
     [("direct", "\u201cThey shout about racism.\u201d", "The former mayor", "said")]),
    # a clause before the source phrase is the statement
    ("Costs will rise, according to the ministry.",
     [("indirect", "Costs will rise", "the ministry", "according to")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_BESIDE_A_SUBJECT)
def test_according_to_reports_a_clause_not_a_bare_subject(attribute, text, expected):
    assert found(attribute, text) == expected


PARTICIPLE_AFTER_ACCORDING_TO = [
    # "adding that …" goes on with the source the statement is credited to, not its subject
    ("According to the minister, the economy will grow this year, adding that inflation "
     "would fall.",
     [("indirect", "the economy will grow this year", "the minister", "According to"),
      ("indirect", "inflation would fall", "the minister", "adding")]),
    ("The economy will grow this year, according to Ana Ruiz, adding that inflation would "
     "fall.",
     [("indirect", "The economy will grow this year", "Ana Ruiz", "according to"),
      ("indirect", "inflation would fall", "Ana Ruiz", "adding")]),
    # unless the clause it hangs on is a speaker's own statement: the source relays it, and
    # the participle goes on with whoever speaks in it
    ("According to the agency, he said that the plan would fail, adding that the city was not "
     "involved.",
     [("indirect", "the plan would fail", "he", "said"),
      ("indirect", "the city was not involved", "he", "adding")]),
    # with no source phrase the subject of the clause speaks, as before
    ("The minister spoke on Monday, adding that inflation would fall.",
     [("indirect", "inflation would fall", "The minister", "adding")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_ACCORDING_TO)
def test_a_participle_goes_on_with_the_according_to_source(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_plural_present_tagged_as_a_bare_verb_is_a_finite_statement(attribute):
    text = ("About 800 people, including students, commute on that route alone, Tomas Reyes "
            "said.")
    assert found(attribute, text) == [
        ("indirect", "About 800 people, including students, commute on that route alone",
         "Tomas Reyes", "said")]


PREDICATIVE_CUES = [
    # "make" speaks only with its predicative word (rules/cue_verbs.jsonl "predicate"),
    # and states the that-clause after it however the parser hung it
    ("Mayor Ana Ruiz made it clear that the levy would not rise.",
     [("indirect", "the levy would not rise", "Mayor Ana Ruiz", "made")]),
    ("Mayor Ana Ruiz made clear that the levy would not rise.",
     [("indirect", "the levy would not rise", "Mayor Ana Ruiz", "made")]),
    ("Ana Ruiz made it known to the council that she would run again.",
     [("indirect", "she would run again", "Ana Ruiz", "made")]),
    ("Ana Ruiz made it clear why the levy failed.", []),
    ("The storm made the roads impassable.", []),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATIVE_CUES)
def test_a_cue_with_its_predicative_word_states_the_that_clause(attribute, text, expected):
    assert found(attribute, text) == expected


OFFICE_SERVING_SOMEONE = [
    # an office's "to" phrase says whom it serves: part of the speaker's description
    ("Lorvia\u2019s ambassador to Beirut told reporters that the talks would continue.",
     [("indirect", "the talks would continue", "Lorvia\u2019s ambassador to Beirut", "told")]),
    ("The envoy to the UN said the vote would be held in May.",
     [("indirect", "the vote would be held in May", "The envoy to the UN", "said")]),
    # a "to" on the verb is whom it was said to
    ("The minister spoke to reporters and said the budget was sound.",
     [("indirect", "the budget was sound", "The minister", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_SERVING_SOMEONE)
def test_whom_an_office_serves_is_part_of_the_description(attribute, text, expected):
    assert found(attribute, text) == expected


FINITE_VERB_JOINED_TO_AN_INFINITIVE = [
    # "added" shares its subject with the "said" of its own tense, not with "to win"
    ("Coach Tomas Brandt said he expects the visitors to win the toss and added the wet pitch "
     "had been a factor in his choice.",
     [("indirect", "he expects the visitors to win the toss", "Coach Tomas Brandt", "said"),
      ("indirect", "the wet pitch had been a factor in his choice", "Coach Tomas Brandt",
       "added")]),
]


@pytest.mark.parametrize(("text", "expected"), FINITE_VERB_JOINED_TO_AN_INFINITIVE)
def test_a_finite_verb_joined_to_an_infinitive_shares_the_subject_of_its_tense(
        attribute, text, expected):
    assert found(attribute, text) == expected


INSTRUCTION_THROUGH_A_PREPOSITION = [
    # an instruction given to the object of the cue's addressee preposition
    ("The union called on the minister to reopen the talks.",
     [("indirect", "to reopen the talks", "The union", "called")]),
    ("Mayor Ana Ruiz appealed to residents to stay off the roads.",
     [("indirect", "to stay off the roads", "Mayor Ana Ruiz", "appealed")]),
    ("Ana Ruiz called for the minister to resign.",
     [("indirect", "to resign", "Ana Ruiz", "called")]),
    # a date after the preposition addresses nobody, nor does a purpose after an object
    ("Ana Ruiz called on Monday to complain about the noise.", []),
    ("Ana Ruiz called the police to report the theft.", []),
    # the object is the addressee of an instruction cue without prepositions
    ("Ana Ruiz urged voters to stay home.",
     [("indirect", "to stay home", "Ana Ruiz", "urged")]),
]


@pytest.fixture(scope="module")
def attribute_instructions(nlp):
    """The attribution component configured to report instructions (``instructions``)."""
    from quotes.attribution.component import QuoteAttribution

    base = nlp.get_pipe("quote_attribution")
    component = QuoteAttribution(nlp, "quote_attribution", base.rules, instructions=True)

    def run(text: str):
        with nlp.select_pipes(disable=["quote_attribution", "speaker_resolution"]):
            doc = nlp(text)
        return component(doc)._.quotes

    return run


@pytest.mark.parametrize(("text", "expected"), INSTRUCTION_THROUGH_A_PREPOSITION)
def test_an_instruction_may_address_a_prepositions_object(attribute_instructions, text,
                                                          expected):
    assert found(attribute_instructions, text) == expected


@pytest.mark.parametrize("text", [text for text, _ in INSTRUCTION_THROUGH_A_PREPOSITION])
def test_by_default_an_instruction_reports_no_statement(attribute, text):
    """News annotation records no orders (``instructions`` is off unless configured)."""
    assert found(attribute, text) == []


def test_a_complementizer_read_as_the_cues_object_still_opens_the_statement(attribute):
    """``clarified that if …``: the tagger knows ``that`` for a complementizer, the parser
    makes it the cue's object and hangs the clause on it."""
    text = ("The talks were held on Monday.\n\nJudge Walsh clarified that if she is called to "
            "a designated court area she will do so.\n\nNobody came.")
    assert found(attribute, text) == [
        ("indirect", "if she is called to a designated court area she will do so",
         "Judge Walsh", "clarified")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare demonstrative object before a verb the tagger took for a participle: its subject
    ("Rates will rise next year. Deputy Mayor Ana Ruiz said this compared with 22 per cent "
     "for larger homes.",
     [("indirect", "this compared with 22 per cent for larger homes", "Deputy Mayor Ana Ruiz",
       "said")]),
])
def test_a_demonstrative_read_as_the_cues_object_is_the_statements_subject(attribute, text,
                                                                          expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the statement's verb in -s the tagger took for a plural noun, the cue's object
    ("Former Deputy Chief John Callahan says last week\u2019s standoff highlights that growing "
     "trend.",
     [("indirect", "last week\u2019s standoff highlights that growing trend",
       "Former Deputy Chief John Callahan", "says")]),
])
def test_a_verb_read_as_a_plural_object_opens_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


INFINITIVE_AFTER_A_PARTIAL = [
    # a cue inside an infinitive clause after the quotation is that clause's, no trailer
    ('Dana Pike said there needed to be a "change in the narrative" to ensure patients were '
     'properly informed.',
     [("partial", 'there needed to be a "change in the narrative" to ensure patients were '
       'properly informed', "Dana Pike", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_AFTER_A_PARTIAL)
def test_a_cue_in_an_infinitive_after_a_partial_is_no_trailer(attribute, text, expected):
    assert found(attribute, text) == expected


SURNAME_TAGGED_AS_A_DATE = [
    # the tagger made the surname a date; the article named the person in full before
    ('Coach Marc Baril led the team.\n\n"It was the greatest experience of my career," added '
     'Baril.',
     [("direct", '"It was the greatest experience of my career,"', "Baril", "added")]),
    # no person of that name before: a date is still nobody
    ('"It was the greatest experience of my career," added Baril.',
     [("direct", '"It was the greatest experience of my career,"', None, "added")]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_TAGGED_AS_A_DATE)
def test_a_surname_the_tagger_typed_a_date_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


OFFICE_OF_A_BODY_WITH_ITS_OWN_OF = [
    # the body's name holds an "of" of its own; the name after it is the office's holder
    ("Chairman of the Board of Elections Charles Whitfield stated at the start that the "
     "board was neutral.",
     [("indirect", "the board was neutral",
       "Chairman of the Board of Elections Charles Whitfield", "stated")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_OF_A_BODY_WITH_ITS_OWN_OF)
def test_the_holder_after_an_office_of_a_body_named_with_of_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


SEAT_NUMBER_BEFORE_A_ROLE = [
    # the parse made the seat's first word a subject of its own
    ("Ward 1 councillors Steve Butland and Paul Christian suggested that only one scenario "
     "be chosen.",
     [("indirect", "only one scenario be chosen",
       "Ward 1 councillors Steve Butland and Paul Christian", "suggested")]),
    ("Ward 3 councillor Matthew Shoemaker said it would neuter the city's ability to control "
     "spending.",
     [("indirect", "it would neuter the city's ability to control spending",
       "Ward 3 councillor Matthew Shoemaker", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), SEAT_NUMBER_BEFORE_A_ROLE)
def test_a_seat_and_its_number_open_the_speakers_phrase(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Ward 1 councillors Steve Butland and Paul Christian suggested that only one scenario "
     "be chosen.", "Steve Butland and Paul Christian"),
    ("Ward 3 councillor Matthew Shoemaker said it would neuter the city's ability to control "
     "spending.", "Matthew Shoemaker"),
    # the number before the title is the seat's; the name after it is the holder
    ("Ward 2 councillor Susan Myers was in approval with the report, insisting that work "
     "should be done to get the levy down.", "Susan Myers"),
])
def test_the_people_a_seat_and_role_name_speak(attribute, text, name):
    assert list(attribute(text))[0].resolved.name == name


WITH_ABSOLUTE = [
    # "with" + a noun phrase + a participle: the noun phrase speaks
    ("The meeting was summed up with councillor Tara McFadden stating, \u201cI can\u2019t "
     "imagine a better night in council\u201d.",
     [("direct", "\u201cI can\u2019t imagine a better night in council\u201d",
       "councillor Tara McFadden", "stating")]),
    ("The vote passed 5-2, with Mayor Ana Ruiz saying that the town could not wait.",
     [("indirect", "the town could not wait", "Mayor Ana Ruiz", "saying")]),
    # … a group or body as much as a person, not the main clause's subject
    ("Since then, worker shortages have only worsened, with unions saying the country is "
     "4000 nurses short.",
     [("indirect", "the country is 4000 nurses short", "unions", "saying")]),
    # a participle after a comma is the main clause's
    ("The council met with residents, saying the plan was final.",
     [("indirect", "the plan was final", "The council", "saying")]),
    # a second participle cue after ", and" is a statement of its own, the same speaker's
    ("Pastor Omar Vale addressed the council, saying he believed they were chosen for this "
     "season, and telling them they have a mandate.",
     [("indirect", "he believed they were chosen for this season", "Pastor Omar Vale",
       "saying"),
      ("indirect", "they have a mandate", "Pastor Omar Vale", "telling")]),
    # … and so is one the parse made the object of a preposition on the verb's object
    ("Councillor Ana Teller summed up the view of many saying: \u201cI would love this to be "
     "the blueprint for a greener town.\u201d",
     [("direct", "\u201cI would love this to be the blueprint for a greener town.\u201d",
       "Councillor Ana Teller", "saying")]),
    # (the verb tagged a participle, as it is after another paragraph)
    ("The plans will go out for public consultation after councillors have had their say.\n\n"
     "Councillor Ana Teller summed-up the view of many saying: \u201cI would love this to be "
     "the blueprint for a greener town.\u201d",
     [("direct", "\u201cI would love this to be the blueprint for a greener town.\u201d",
       "Councillor Ana Teller", "saying")]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_ABSOLUTE)
def test_the_noun_phrase_of_a_with_absolute_speaks_its_participle(attribute, text, expected):
    assert found(attribute, text) == expected


PARTICIPLE_AFTER_A_SECOND_CONJUNCT = [
    # the participle hangs on the statement's second verb; the statement is the cue's
    ("Safadi emphasised that Israel must respect the status quo and stop all measures that "
     "undermine this reality, demanding that the authorities ensure access.",
     [("indirect", "Israel must respect the status quo and stop all measures that undermine "
       "this reality", "Safadi", "emphasised"),
      ("indirect", "the authorities ensure access", "Safadi", "demanding")]),
    # a second verb with a subject of its own keeps the participle
    ("Justice Munib tried to pose a question, but Chief Justice Isa intervened, asserting that "
     "the counsel could speak freely.",
     [("indirect", "the counsel could speak freely", "Chief Justice Isa", "asserting")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_A_SECOND_CONJUNCT)
def test_a_participle_after_a_statements_second_verb_is_the_cues(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "as he said" after another cue's statement underlines it and reports nothing new
    ("Spokesman Omar Saleh told the Tribune that visitors need not hide, as he said.",
     [("indirect", "visitors need not hide", "Spokesman Omar Saleh", "told")]),
    # an "as" clause with a statement of its own is a time, and reports it
    ("The call comes as police say staff found bullet holes on the school.",
     [("indirect", "staff found bullet holes on the school", "police", "say")]),
])
def test_an_as_aside_after_a_cue_reports_nothing(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name after "but" that the parse joined to the first clause's subject
    ("Right now there are about 900 members of the Lake Cree Nation but Dorion says he "
     "expects that number would rise to 2,000 if the band is given status.",
     [("indirect", "he expects that number would rise to 2,000 if the band is given status",
       "Dorion", "says")]),
    # a subject after "but" that the parse joined to the first clause's object
    ("The police did not disclose the casualties of the blast but a source near the area told "
     "SD that a police officer guarding the station was injured in the attack.",
     [("indirect", "a police officer guarding the station was injured in the attack",
       "a source", "told")]),
])
def test_a_subject_read_as_a_joined_object_speaks_the_joined_cue(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation a colon introduces at the end of the statement is the speaker's own words
    ("Judge Ana Hopkins said she wished to send the public a message: \"The courts will not "
     "tolerate abuse. Those who do so will be punished.\"",
     [("indirect", "she wished to send the public a message", "Judge Ana Hopkins", "said"),
      ("direct", "\"The courts will not tolerate abuse. Those who do so will be punished.\"",
       "Judge Ana Hopkins", "said")]),
    # … and one a comma sets after it that is a sentence of its own
    ("Reyes says board members fall short, \u201cI am not sure we attract the right people.\u201d",
     [("indirect", "board members fall short", "Reyes", "says"),
      ("direct", "\u201cI am not sure we attract the right people.\u201d", "Reyes", "says")]),
    # a quotation after a comma that only completes the clause stays in it
    ("She said the results were, \u201cFrankly, a disaster.\u201d",
     [("partial", "the results were, \u201cFrankly, a disaster.\u201d", "She", "said")]),
    # a partial quotation inside the statement, no colon: one statement
    ("Judge Ana Hopkins said the abuse was \"an affront to the court\" and must stop.",
     [("partial", "the abuse was \"an affront to the court\" and must stop",
       "Judge Ana Hopkins", "said")]),
])
def test_a_quotation_after_a_colon_closing_a_statement_is_direct(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle set off by a comma that the parse hung on the object speaks for the
    # clause's subject
    ("Coach Tom Reyes faced the cameras \u2013 and the boos \u2013 head-on, describing the "
     "fans' anger as \u201cdeserved\u201d after another limp performance.",
     [("partial", "\u201cdeserved\u201d", "Coach Tom Reyes", "describing")]),
])
def test_a_participle_hung_on_the_object_speaks_for_the_subject(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # quoted words joined by "and" to those a naming verb governs are its words too, one
    # naming in one quote
    ("The union criticised the memo, labelling the language Mayor Ana Ruiz used as "
     "\u201cinsulting\u201d and \u201cunprofessional.\u201d",
     [("partial", "\u201cinsulting\u201d and \u201cunprofessional.\u201d", "The union",
       "labelling")]),
    ("Officials labelled it as a \u201chostile\u201d and \u201cprovocative\u201d breach of "
     "the border.",
     [("partial", "\u201chostile\u201d and \u201cprovocative\u201d", "Officials",
       "labelled")]),
    # "as" the parse hung on the object's last noun still frames the naming verb's words
    ("Judge Ana Hopkins branded the \"tirade of abuse\" about the justice system and his "
     "sentence as an \"affront to the court.\"",
     [("partial", "\"tirade of abuse\"", "Judge Ana Hopkins", "branded"),
      ("partial", "\"affront to the court.\"", "Judge Ana Hopkins", "branded")]),
])
def test_quoted_words_joined_to_named_words_are_partial_too(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "as … by" after a person's directive vouches for a part of it, not for the clause
    ("Commissioner Simon Kalenga advised residents to prepare for a drop in rainfall this "
     "season, as predicted by the Lorvia Weather Authority.", []),
    # after a statement of nobody's, it is the source of the clause
    ("The bridge will close for repairs in May, as reported by the Harbour Herald.",
     [("indirect", "The bridge will close for repairs in May", "the Harbour Herald",
       "as reported by")]),
])
def test_an_as_by_phrase_after_a_persons_directive_reports_nothing(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # offices before the name that the parse left out of the subject do not hide the comma
    ("The strike has been lifted, Economy Minister and presidential candidate Tomas Ruiz "
     "said this afternoon.",
     [("indirect", "The strike has been lifted", "Tomas Ruiz", "said")]),
    ("The strike has been lifted, Minister Tomas Ruiz said this afternoon.",
     [("indirect", "The strike has been lifted", "Minister Tomas Ruiz", "said")]),
])
def test_offices_before_a_final_cues_speaker_lead_back_to_the_comma(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an order given to the cue's object is reported only when instructions are asked for
    ("Opposition MP Rodney Clarke asked the minister to state what measures were being "
     "taken to secure the ports.", []),
    # … also where the parse made the addressee the subject of the infinitive
    ("Villagers had asked Prime Minister Tomas Ruiz to intervene because they were "
     "threatened.", []),
    # a misparsed purpose clause after a bare cue is still the statement
    ("Shilling says to get through the last closure, local businesses got creative.",
     [("indirect", "to get through the last closure, local businesses got creative",
       "Shilling", "says")]),
])
def test_an_order_to_the_cues_object_is_no_statement(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name the parse apposed to the named source though a verb follows it opens the statement
    ("According to Mahler, San Pedro cannot be considered a tourism mecca in its current "
     "state.",
     [("indirect", "San Pedro cannot be considered a tourism mecca in its current state",
       "Mahler", "According to")]),
    # the comma left out: the name glued to the statement's subject, its verb subjectless
    ("According to Okafor farmers will be waiting to see where the parties stand.",
     [("indirect", "farmers will be waiting to see where the parties stand", "Okafor",
       "According to")]),
    ("According to Harbury farmers the rain came late.",
     [("indirect", "the rain came late", "Harbury farmers", "According to")]),
    ("Ana Ruiz spoke on Monday. According to her investors are terming the country "
     "unpredictable.",
     [("indirect", "investors are terming the country unpredictable", "her", "According to")]),
    # an apposition set off by commas names the source
    ("According to the minister, Anthony Mahler, the island needs better roads.",
     [("indirect", "the island needs better roads", "Anthony Mahler", "According to")]),
])
def test_a_name_apposed_to_a_source_with_a_verb_after_it_opens_the_statement(attribute, text,
                                                                           expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "according to" right after the verb it hangs on says how, not who
    ("The families urged the judges to act according to their consciences.", []),
    ("For a change, things have gone according to plan for the Harbour Hawks.", []),
    ("He wants a council that ensures the town\u2019s growth is according to the wishes of "
     "\u201cthe people who live in them.\u201d", []),
    # after a noun, or set off, it names a source
    ("The bridge will close in May according to the city.",
     [("indirect", "The bridge will close in May", "the city", "according to")]),
])
def test_according_to_right_after_its_verb_is_manner(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a doubled space after a quotation that ends its sentence starts no trailer: the next
    # sentence's cue introduces the next quotation
    ('Commissioner Vale says, "We take no orders from the government."  Mr. Vale says, "I '
     'appeal to the people to come forward."',
     [("direct", '"We take no orders from the government."', "Commissioner Vale", "says"),
      ("direct", '"I appeal to the people to come forward."', "Mr. Vale", "says")]),
])
def test_a_doubled_space_after_a_quotation_keeps_the_next_lead_in_apart(attribute, text,
                                                                        expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject behind a subordinator the parse hung on the cue is the subordinate clause's
    ("City spokeswoman Dana Ruiz in a video a few hours after the press conference said the "
     "number was reported in error.",
     [("indirect", "the number was reported in error", "City spokeswoman Dana Ruiz", "said")]),
    ("Harbour spokeswoman Krystal Paco-San Agustin in a video a few hours after the press "
     "conference said the number was reported in error.",
     [("indirect", "the number was reported in error",
       "Harbour spokeswoman Krystal Paco-San Agustin", "said")]),
])
def test_the_subject_of_a_time_clause_before_the_cue_is_not_the_speaker(attribute, text,
                                                                        expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trailing "he said" over a named speaker's own cue says again who spoke
    ("Yesterday, the family’s lawyer Tom Reyes argued that the coroner had acted wrongly in "
     "ending the inquiry, he said.",
     [("indirect", "the coroner had acted wrongly in ending the inquiry",
       "the family’s lawyer Tom Reyes", "argued")]),
    # … but over someone unnamed it relays them: the trailer's speaker says it
    ("One contractor said many employers are worried about the project, she said.",
     [("indirect", "One contractor said many employers are worried about the project", "she",
       "said")]),
])
def test_a_trailing_cue_over_a_named_speakers_own_cue_adds_nobody(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parse made the inverted speaker the cue's object and the quotation its subject
    ('"Zimbabwe is a good team but Zambia is equally a good team," assured the coach.',
     [("direct", '"Zimbabwe is a good team but Zambia is equally a good team,"', "the coach",
       "assured")]),
])
def test_an_inverted_speaker_read_as_the_cues_object_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "statement"), [
    ("It is incumbent on me to note that I have written for the Harbury Times.",
     "I have written for the Harbury Times"),
    ("With those remarks, it is now my pleasure to declare that the school is open.",
     "the school is open"),
])
def test_an_infinitive_on_it_is_falling_to_someone_is_a_statement(nlp, text, statement):
    """``it is my pleasure to declare …``: the one it falls to says it (who that is, the
    pronoun pass decides)."""
    doc = nlp(text)
    assert [doc.text[q.quote.start:q.quote.end] for q in doc._.quotes] == [statement]


CUE_BEFORE_A_COLON_AND_ITS_QUOTATION = [
    # "said: “…”" introduces its own quotation; the one quoted in the relative clause before
    # it is no statement it trails
    ("Cllr Vale, who had told the meeting \u2018The council is putting money ahead of "
     "residents\u2019, said: \u201cI am pleased.\u201d",
     [("direct", "\u201cI am pleased.\u201d", "Cllr Vale", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), CUE_BEFORE_A_COLON_AND_ITS_QUOTATION)
def test_a_cue_before_a_colon_trails_no_earlier_quotation(attribute, text, expected):
    assert found(attribute, text) == expected


STRAY_CLOSING_MARK_AFTER_AN_ATTRIBUTION = [
    # a closing mark with no opener ends a paragraph that opens with its own attribution:
    # the paragraph is the narrator's report, and the next quotation follows on from it
    ("Police arrested 30 people on Wednesday.\n\nCommissioner Ana Ruiz says to stop any "
     "further gatherings in the city, police ask all residents to stay home.\u201d\n\n"
     "\u201cI have ordered more patrols across the city tonight.\u201d",
     [("indirect", "to stop any further gatherings in the city, police ask all residents to "
       "stay home", "Commissioner Ana Ruiz", "says"),
      ("direct", "\u201cI have ordered more patrols across the city tonight.\u201d", None, None)]),
    # (with no attribution opening it, the words before the mark are still the quotation)
    ("Police arrested 30 people on Wednesday.\n\nWe will stop any further gatherings in the "
     "city, and police ask all residents to stay home.\u201d",
     [("direct", "We will stop any further gatherings in the city, and police ask all "
       "residents to stay home.\u201d", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_CLOSING_MARK_AFTER_AN_ATTRIBUTION)
def test_a_stray_closing_mark_after_an_attribution_quotes_nothing(attribute, text, expected):
    assert found(attribute, text) == expected


AS_CLAUSE_STATEMENTS = [
    # "as" stands for what was said: the clause the aside is attached to is the statement
    ("As Mayor Jo Lee said at the meeting, the bridge is unsafe.",
     [("indirect", "the bridge is unsafe", "Mayor Jo Lee", "said")]),
    ("The vote was close, as Senator Ana Ruiz told reporters.",
     [("indirect", "The vote was close", "Senator Ana Ruiz", "told")]),
    # an object other than an addressee is what was said then: the aside is only a time
    ("As Tom Reyes told the story, the crowd laughed.", []),
    ("As Tom Reyes said this, the crowd laughed.", []),
    # the present of one's own talk is a time too
    ("As I conclude, I thank the volunteers of the shelter.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_CLAUSE_STATEMENTS)
def test_an_as_clause_cue_states_the_clause_it_is_attached_to(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trailer over a cue that only has an object: the trailer's speaker says it all
    ("Ana Ruiz spoke on Monday. The Reserve Bank had highlighted the issue of high "
     "agricultural debt, she said.",
     [("indirect", "The Reserve Bank had highlighted the issue of high agricultural debt",
       "she", "said")]),
])
def test_a_trailer_over_an_object_cue_speaks_for_the_whole(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a free relative in the present whose "be" has a noun predicate: the predicate is said
    ("Workers are blocking the gates in response to what the union says is a broken agreement "
     "with the company.",
     [("indirect", "is a broken agreement with the company", "the union", "says")]),
    # … also when the parse hung "be" beside the cue instead of on the free relative
    ("They are furious over the decision to hike the fares with what they claim was "
     "virtually no consultation with the community councils.",
     [("indirect", "was virtually no consultation with the community councils", "they",
       "claim")]),
    # a judgment of the words, a past contribution or a question says nothing
    ("Tom Reyes spoke on Monday. What he said was untrue.", []),
    ("What Ana Ruiz added was a sense of humour.", []),
    # a relative clause with no relative word, on the subject of the verb right after the cue
    ("Traders must use their own numbers, a move URA says is aimed at plugging leaks.",
     [("indirect", "is aimed at plugging leaks", "URA", "says")]),
    # … not what may be said, nor a topic told about
    ("So the only thing they can claim under the statute is the license.", []),
    ("All the things I told about maths are also seen in literature.", []),
])
def test_a_free_relative_cue_says_the_predicate_of_be(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of the speaker's apposition the tagger read as a bare verb ("and lead author")
    # stops no trailer, and the name before the apposition speaks, not whom it was told to
    ('"I don\'t think anyone has seen this, where every single patient got better," Maria '
     "Novak, an oncologist at Harbury Memorial Cancer Center in Lorvia and lead author of the "
     "study, told The Harbury Times.",
     [("direct", '"I don\'t think anyone has seen this, where every single patient got '
       'better,"', "Maria Novak", "told")]),
])
def test_a_long_apposition_before_a_telling_cue_keeps_the_name(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state set after a town, which the parse took for the subject, says nothing
    ("Many in Harbury, Mississippi say they were blindsided by the decision.",
     [("indirect", "they were blindsided by the decision", "Many in Harbury", "say")]),
    ("Residents of Harbury, Mississippi say they were blindsided by the decision.",
     [("indirect", "they were blindsided by the decision", "Residents of Harbury", "say")]),
    ("Some in Harbury, Mississippi say they were blindsided by the decision.",
     [("indirect", "they were blindsided by the decision", "Some in Harbury", "say")]),
    # ... but a place after another verb's object is no town of the speakers
    ("Referring to the team losing the World Cup finals against Australia, Khuba said: "
     "\u201cHe has been making such remarks for power.\u201d",
     [("direct", "\u201cHe has been making such remarks for power.\u201d", "Khuba", "said")]),
])
def test_a_state_after_a_town_is_no_subject(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a caption's lead-in names who speaks ("NAME on TOPIC:"); its "- Credit:" line after the
    # quotation is the photo's credit, no signature
    ("Trust bids to cut waiting times\n\nHarbury chief executive Tom Becker on the trust's "
     "emergency performance: 'Too many people are waiting for too long.' - Credit: Harbury "
     "Trust\n\nThe trust runs two hospitals.",
     [("direct", "'Too many people are waiting for too long.'",
       "Harbury chief executive Tom Becker", None)]),
    ("Trust bids to cut waiting times\n\nThe trust runs two hospitals in the borough.\n\n"
     "'Too many people are waiting for too long.' - Credit: Harbury Trust\n\nThe trust runs "
     "two hospitals.", []),
])
def test_a_caption_names_its_speaker_and_credits_its_photo(attribute, text, expected):
    assert found(attribute, text) == expected


TIME_ADVERBIAL_BEFORE_THAT = [
    # the parser hung the cue's that-clause on the verb of a time clause or phrase between
    ("Organiser Ana Ruiz said when she knocked on the doors that the marchers would free the "
     "building.",
     [("indirect", "the marchers would free the building", "Organiser Ana Ruiz", "said")]),
    ("Ana Ruiz said while touring the plant that the jobs were safe.",
     [("indirect", "the jobs were safe", "Ana Ruiz", "said")]),
    ("Ana Ruiz said after meeting the minister that the talks had stalled.",
     [("indirect", "the talks had stalled", "Ana Ruiz", "said")]),
    ("Ana Ruiz told reporters as she left the court that she would appeal the ruling.",
     [("indirect", "she would appeal the ruling", "Ana Ruiz", "told")]),
    ("Ana Ruiz said before the hearing began that she expected a long night.",
     [("indirect", "she expected a long night", "Ana Ruiz", "said")]),
    # a verb of knowing takes the clause itself; a relative clause proper is no statement
    ("Ana Ruiz said when she heard that the plant would close.", []),
    ("Ana Ruiz said while visiting the plant that the company bought last year.", []),
]


@pytest.mark.parametrize(("text", "expected"), TIME_ADVERBIAL_BEFORE_THAT)
def test_a_that_clause_after_a_time_adverbial_is_the_cues(attribute, text, expected):
    assert found(attribute, text) == expected


DASH_ASIDE_BEFORE_THAT = [
    ("Coach Bo Lee insisted on Friday — hand on heart — that the knee injury is minor.",
     [("indirect", "the knee injury is minor", "Coach Bo Lee", "insisted")]),
    ("Coach Bo Lee insisted Sunday – cross his heart – that the knee injury is minor.",
     [("indirect", "the knee injury is minor", "Coach Bo Lee", "insisted")]),
    ("Coach Bo Lee insisted on Friday — hand on heart — and left.", []),
]


@pytest.mark.parametrize(("text", "expected"), DASH_ASIDE_BEFORE_THAT)
def test_a_that_clause_after_an_aside_in_dashes_is_the_cues(attribute, text, expected):
    assert found(attribute, text) == expected


ADVERBIAL_BEFORE_THE_CLAUSES_THAT = [
    # the words before the clause's own "that" say when or how the cue was spoken
    ("Ana Ruiz said, speaking through an interpreter, that the shelter was full.",
     [("indirect", "the shelter was full", "Ana Ruiz", "said")]),
    ("Ana Ruiz said, when asked about the delay, that the shelter was full.",
     [("indirect", "the shelter was full", "Ana Ruiz", "said")]),
    ("Ana Ruiz said when contacted by the Herald that the shelter was full.",
     [("indirect", "the shelter was full", "Ana Ruiz", "said")]),
    # after the statement's own "that", a time clause is part of it
    ("Ana Ruiz said that while the shelter was full, no one had been turned away.",
     [("indirect", "while the shelter was full, no one had been turned away", "Ana Ruiz",
       "said")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL_BEFORE_THE_CLAUSES_THAT)
def test_a_statement_starts_after_its_own_that(attribute, text, expected):
    assert found(attribute, text) == expected


WITH_ABSOLUTE_AFTER_A_STATEMENT = [
    # an absolute phrase whose own subject speaks is a second attribution
    ("Both Ana Ruiz and Tom Reyes said the move was shortsighted, with Ruiz saying the veto "
     "would leave the state in trouble.",
     [("indirect", "the move was shortsighted", "Both Ana Ruiz and Tom Reyes", "said"),
      ("indirect", "the veto would leave the state in trouble", "Ruiz", "saying")]),
    # an absolute phrase of things is part of the statement
    ("Tom Reyes said the plan failed, with costs rising sharply since May.",
     [("indirect", "the plan failed, with costs rising sharply since May", "Tom Reyes",
       "said")]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_ABSOLUTE_AFTER_A_STATEMENT)
def test_a_with_absolute_whose_subject_speaks_ends_the_statement(attribute, text, expected):
    assert found(attribute, text) == expected


BRACKET_CLOSING_A_STATEMENT = [
    # a closing bracket whose opening one is inside the statement is part of it
    ("Tom Reyes alleged the attacks were part of a plan by the CPI(M).",
     [("indirect", "the attacks were part of a plan by the CPI(M)", "Tom Reyes", "alleged")]),
    ("Tom Reyes said the plan (which was late) failed (badly).",
     [("indirect", "the plan (which was late) failed (badly)", "Tom Reyes", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_CLOSING_A_STATEMENT)
def test_a_statement_keeps_the_bracket_it_closes(attribute, text, expected):
    assert found(attribute, text) == expected


ALLEGED_OBJECT = [
    # what "alleges" takes as its object is the allegation, as with a clause
    ("Speaking to reporters, party leader Tom Reyes alleges the government's involvement in "
     "the murder of the activist.",
     [("indirect", "the government's involvement in the murder of the activist",
       "party leader Tom Reyes", "alleges")]),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGED_OBJECT)
def test_an_allegations_object_is_what_was_alleged(attribute, text, expected):
    assert found(attribute, text) == expected
