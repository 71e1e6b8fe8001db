"""Constructions and attribution hygiene (issue 7), on invented sentences: for each, every quote
found with its exact span, type, speaker mention as written and cue."""

from __future__ import annotations

import pytest
from quote_rows import found

MID_SENTENCE_CUES = [
    ("It was on her watch, Brandt said, that the archive burned.",
     [("indirect", "It was on her watch", "Brandt", "said"),
      ("indirect", "that the archive burned", "Brandt", "said")]),
    ("Small towns need more than a bus line, insists 16-year-old Tomas Reyes, in seeing the "
     "future of the valley.",
     [("indirect", "Small towns need more than a bus line", "16-year-old Tomas Reyes", "insists"),
      ("indirect", "in seeing the future of the valley", "16-year-old Tomas Reyes", "insists")]),
    ("The river is cleaner now, Dr. Ines Moll says, than at any time since the mills closed.",
     [("indirect", "The river is cleaner now", "Dr. Ines Moll", "says"),
      ("indirect", "than at any time since the mills closed", "Dr. Ines Moll", "says")]),
    # "hid" is tagged as a participle on "colleagues": the statement still has its verb
    ("Macharia and some colleagues hid under desks, he said, but one person ran to the roof.",
     [("indirect", "Macharia and some colleagues hid under desks", "he", "said"),
      ("indirect", "but one person ran to the roof", "he", "said")]),
    # the statement cut after its verb goes on with the phrase the verb takes
    ("The tension stems, sources say, from the inquiry into the councillor.",
     [("indirect", "The tension stems", "sources", "say"),
      ("indirect", "from the inquiry into the councillor", "sources", "say")]),
    # an aside right after a conjunction opens a second statement; the first is the one
    # reported by the verb before it
    ("Mayor Omar Vale said that the pathway may have been narrowed in the process, but, he "
     "argued, there is still adequate width to allow access by the pathway.",
     [("indirect", "the pathway may have been narrowed in the process", "Mayor Omar Vale",
       "said"),
      ("indirect", "there is still adequate width to allow access by the pathway", "he",
       "argued")]),
]


@pytest.mark.parametrize(("text", "expected"), MID_SENTENCE_CUES)
def test_a_cue_in_the_middle_reports_the_statement_around_it(attribute, text, expected):
    assert found(attribute, text) == expected


NAMING_VERBS = [
    ('The mayor described the plan as "a gift to developers."',
     [("partial", '"a gift to developers."', "The mayor", "described")]),
    ('Ortiz called the deal "a historic mistake."',
     [("partial", '"a historic mistake."', "Ortiz", "called")]),
    ('The levy was described by critics as "a tax on the poor."',
     [("partial", '"a tax on the poor."', "critics", "described")]),
    ('Beijing defended the arrest, which Canada has called "arbitrary."',
     [("partial", '"arbitrary."', "Canada", "called")]),
    # calling someone while saying something: the participle reports, "called" names nothing
    ("At noon, Ross's partner called police saying Ross had hit her car twice.",
     [("indirect", "Ross had hit her car twice", "Ross's partner", "saying")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_VERBS)
def test_who_describes_or_calls_something_speaks_the_quoted_words(attribute, text, expected):
    assert found(attribute, text) == expected


INNER_PARTIALS = [
    ('Kessler said he feels "a lot stronger" after the surgery.',
     [("partial", 'he feels "a lot stronger" after the surgery', "Kessler", "said")]),
    ('Adeyemi told the board the delay was "entirely avoidable" and costly.',
     [("partial", 'the delay was "entirely avoidable" and costly', "Adeyemi", "told")]),
]


@pytest.mark.parametrize(("text", "expected"), INNER_PARTIALS)
def test_an_inner_partial_quote_stays_inside_the_outer_statement(attribute, text, expected):
    assert found(attribute, text) == expected


TRAILERS = [
    ('"Is it safe?" Patel asked.', [("direct", '"Is it safe?"', "Patel", "asked")]),
    ('"Where did the money go?" Novak asked.',
     [("direct", '"Where did the money go?"', "Novak", "asked")]),
    ('"We are not going anywhere!" Lindqvist shouted.',
     [("direct", '"We are not going anywhere!"', "Lindqvist", "shouted")]),
    ('"Are you coming?" May Chen asked.',  # "May" tagged as a modal
     [("direct", '"Are you coming?"', "May Chen", "asked")]),
    # a bracketed aside on who the name is (a ward, an age, a party) between name and cue
    ('"Did you not know the plan?" Coun. Tara White (Ward 14, west end) asked Nolan.',
     [("direct", '"Did you not know the plan?"', "Tara White", "asked")]),
    ('"The water tastes of rust," residents say.',
     [("direct", '"The water tastes of rust,"', "residents", "say")]),
    ('"Nobody listens to us," farmers complain.',
     [("direct", '"Nobody listens to us,"', "farmers", "complain")]),
    ('"It is over." Residents say.', [("direct", '"It is over."', "Residents", "say")]),
    # a document "reads" what it says, quoted or reported; a person reading says nothing
    ('"The road stays open," the statement read.',
     [("direct", '"The road stays open,"', "the statement", "read")]),
    ("The suspects face charges of fraud, the statement read.",
     [("indirect", "The suspects face charges of fraud", "the statement", "read")]),
    ("He read that the road would close.", []),
    # "the release states" read as one noun phrase ending in the verb: still the cue
    ("The deputy gave the man two warnings, the release states.",
     [("indirect", "The deputy gave the man two warnings", "the release", "states")]),
    ("The deputy who shot him — Deputy Sheriff Ken Oduya — has served for seven years, the "
     "release states, adding the following two inquiries were underway.",
     [("indirect", "The deputy who shot him — Deputy Sheriff Ken Oduya — has served for seven "
       "years", "the release", "states"),
      ("indirect", "the following two inquiries were underway", "the release", "adding")]),
    # a document carrying its issuer's words speaks through a weaker cue too; evidence does
    # not, nor does a newspaper whose name ends in a document noun
    ("The statement indicated that two men had been held.",
     [("indirect", "two men had been held", "The statement", "indicated")]),
    ("The data indicated that two men had been held.", []),
    ("A Daily Post review suggests that two men had been held.", []),
    # a study or report speaks its findings through such a cue (the claim a fact-checker
    # checks), but not through a reckoning verb (rules/verb_classes.jsonl reckoning)
    ("A recent study suggests that night shifts raise the risk of diabetes.",
     [("indirect", "night shifts raise the risk of diabetes", "A recent study", "suggests")]),
    ("The audit report revealed that 52 patients had waited a year.",
     [("indirect", "52 patients had waited a year", "The audit report", "revealed")]),
    ("The study estimated that the program cost $4 million.", []),
    # "no" inside the quotation is the words said, not a negated cue
    ("Asked about the deal, Ruiz said \u201cno comment.\u201d",
     [("direct", "\u201cno comment.\u201d", "Ruiz", "said")]),
    ("Ruiz made no comment on the deal.", []),
    # what follows the cue says whom the quotation was said to or how, not a clause of its own
    ('"Is it safe?" Patel asked the inspector.',
     [("direct", '"Is it safe?"', "Patel", "asked")]),
    ('"I quit!" Dana White blurted out.', [("direct", '"I quit!"', "Dana White", "blurted")]),
    ('"Go home!" Ortiz shouted angrily at the crowd.',
     [("direct", '"Go home!"', "Ortiz", "shouted")]),
    ('"We lost." Coach Ellen Marsh told reporters on Sunday.',
     [("direct", '"We lost."', "Coach Ellen Marsh", "told")]),
    ('"We are hopeful." Mayor Carol Lind said following the presentation.',
     [("direct", '"We are hopeful."', "Mayor Carol Lind", "said")]),
    # an -ing form right after the inverted speaker, with no comma, is not the statement
    ('\u201cReminders are being sent out to everyone,\u201d said Prévost encouraging citizens '
     'to attend.',
     [("direct", "\u201cReminders are being sent out to everyone,\u201d", "Prévost", "said")]),
    ('\u201cHe comes to us with 20 years of experience,\u201d said the mayor noting the new '
     'director speaks three languages.',
     [("direct", "\u201cHe comes to us with 20 years of experience,\u201d", "the mayor",
       "said"),
      ("indirect", "the new director speaks three languages", "the mayor", "noting")]),
    # a capitalised pronoun, and a participle clause on the cue
    ('She lay in the dark. "Are you going to be a teacher?" I asked. She laughed.',
     [("direct", '"Are you going to be a teacher?"', "I", "asked")]),
    ('"Damned pixies!" Jenna said, smacking the drain lever.',
     [("direct", '"Damned pixies!"', "Jenna", "said")]),
    ('"We won!" Ortiz said, adding that the team had trained hard.',
     [("direct", '"We won!"', "Ortiz", "said"),
      ("indirect", "the team had trained hard", "Ortiz", "adding")]),
    # ... and a participle of promising after a comma (rules/verb_classes.jsonl continuation)
    ("Ana Ruiz says she wants to end the delays, pledging the town would get a new bridge if "
     "she won.",
     [("indirect", "she wants to end the delays", "Ana Ruiz", "says"),
      ("indirect", "the town would get a new bridge if she won", "Ana Ruiz", "pledging")]),
    # ... and with no comma before "adding that", however the parse hung it
    ("Another trader said the notice was too short adding that they were only informed of the "
     "demolition three days ago.",
     [("indirect", "the notice was too short", "Another trader", "said"),
      ("indirect", "they were only informed of the demolition three days ago", "Another trader",
       "adding")]),
    # capitalised words with a comma inside the marks, right before the cue: a greeting
    ('She picked up. "Hey Ginny," Betty said into the phone.',
     [("partial", '"Hey Ginny,"', "Betty", "said")]),
    # a short description opened by "The" trails a quotation that ends its own sentence
    ('"We must learn to live together." The coastal legislator stated.',
     [("direct", '"We must learn to live together."', "The coastal legislator", "stated")]),
]


@pytest.mark.parametrize(("text", "expected"), TRAILERS)
def test_a_trailer_after_a_question_or_exclamation_names_the_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


NEW_SENTENCES = [
    # (the question Patel asks after it is no statement of his: the quotation stays unsaid)
    ('"Is it safe?" Patel asked the inspector whether the roof would hold.',
     [("direct", '"Is it safe?"', None, None)]),
    ('"It is over." Ortiz said the tax was unfair.',
     [("direct", '"It is over."', None, None),
      ("indirect", "the tax was unfair", "Ortiz", "said")]),
    ('"It is over." The report said the tax was unfair.',
     [("direct", '"It is over."', None, None),
      ("indirect", "the tax was unfair", "The report", "said")]),
    # one capitalised word quoted inside a sentence is a nickname, not anyone's words: the
    # statement around it stands
    ('Forecasters said that as of Friday, "Lorna" was 150 kilometres north of the coast.',
     [("partial", 'as of Friday, "Lorna" was 150 kilometres north of the coast',
       "Forecasters", "said")]),
    # a reply that points back at the quotation is no trailer
    ('Her letter ended: "There will be no fair trial." I agree with that.',
     [("direct", '"There will be no fair trial."', "Her", None)]),
]


def test_a_title_case_quotation_never_lends_its_words_to_the_speaker(attribute):
    text = ('The president kept posting. "Voters on President Kline\u2019s Border Plan \u2014 62% '
            'Approval Rating," Kline tweeted Sunday, citing a survey.')
    assert [(speaker, cue) for _, _, speaker, cue in found(attribute, text)] == [
        ("Kline", "tweeted")]


ADJECTIVE_CUES = [
    ("I am proud to announce that a liaison office will open in Vienna soon.",
     [("indirect", "a liaison office will open in Vienna soon", "I", "announce")]),
    ("The Harbour Commission is pleased to note that the port is growing.",
     [("indirect", "the port is growing", "The Harbour Commission", "note")]),
    ("Ortiz was quick to point out that the bridge was closed.",
     [("indirect", "the bridge was closed", "Ortiz", "point")]),
    ("Ortiz was unable to say whether the bridge would reopen.", []),
    ("Ortiz is likely to say that the bridge is closed.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_CUES)
def test_the_subject_of_proud_to_announce_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


CITED_SUBJECTS = [
    "Coase [13,14] argues that economic transactions involve costs.",
    # the tagger reads the surname after a sentence as a verb
    "The costs were analyzed by Coase and North, respectively. Coase [13,14] argues that "
    "economic transactions involve costs.",
]


@pytest.mark.parametrize("text", CITED_SUBJECTS)
def test_a_citation_bracket_does_not_hide_the_subject(attribute, text):
    assert found(attribute, text)[-1] == (
        "indirect", "economic transactions involve costs", "Coase", "argues")


SURNAMES_READ_AS_ADJECTIVES = ["Little", "Bigger"]


@pytest.mark.parametrize("surname", SURNAMES_READ_AS_ADJECTIVES)
def test_a_surname_the_tagger_reads_as_an_adjective_still_speaks(attribute, surname):
    """``Bigger said …`` after ``Mayor Anna Bigger``: the surname of someone named before,
    whatever part of speech the tagger gave it."""
    text = (f"Harbour Mayor Anna {surname} said police were called. {surname} said she has "
            "noticed a change in the public mood.")
    assert found(attribute, text)[-1] == (
        "indirect", "she has noticed a change in the public mood", surname, "said")


def test_a_surname_the_parser_hung_on_the_verb_as_an_adverb_still_speaks(attribute):
    """``Long praised his deputies …, stating, “…”``: the tagger read ``Long`` as an adverb
    of the verb, leaving it no subject; the surname of someone named before is it."""
    text = ("Six people were arrested after a patrol led by Sheriff Gary Long and his deputies."
            "\n\nLong praised his deputies for their dedication to serving the community, "
            "stating, \u201cI could not be more proud of such well-trained deputies.\u201d")
    assert found(attribute, text)[-1] == (
        "direct", "\u201cI could not be more proud of such well-trained deputies.\u201d", "Long",
        "stating")


PARAGRAPH_LEAD_INS = [
    ('It sends signals to everyone who looks at us and they say,\n'
     '"That is a group of people that has no clue."',
     [("direct", '"That is a group of people that has no clue."', "they", "say")]),
    ("For example, Michael Smith writes:\nWe seem to think moral questions have correct "
     "answers; that the answers are made correct by moral facts.\nSmith goes on.",
     [("direct", "We seem to think moral questions have correct answers; that the answers are "
       "made correct by moral facts", "Michael Smith", "writes")]),
    # a broadcast reporter signing in reports no statement of her own
    ("The village store is closing after a century. Sarah Deeth reports:\n\nAfter 124 years "
     "in business, the store is closing its doors for good.", []),
    # a paragraph ending in a comma with no cue hands nothing on
    ('The mayor spoke about the plan, and the budget, and so on,\n'
     '"That is a group of people that has no clue."',
     [("direct", '"That is a group of people that has no clue."', None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_LEAD_INS)
def test_a_cue_closing_the_paragraph_introduces_the_next_one(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), NEW_SENTENCES)
def test_a_new_sentence_after_a_quotation_is_no_trailer(attribute, text, expected):
    assert found(attribute, text) == expected


FLOATING_BEFORE_A_NAMED_CUE = [
    # a name speaking right after the quotation: not handed on to the earlier speaker
    ('Ana Ruiz said the plan was fine. "Is it safe?" Patel asked the inspector whether the roof '
     "would hold.", None),
    # nothing after it: the earlier speaker goes on
    ('Ana Ruiz said the plan was fine. "It is safe." The mayor said nothing.', 0),
    # a name after it whose verb is no cue (the cue is a participle of another verb's): the
    # earlier speaker goes on
    ('Ana Ruiz said the plan was fine. "It is safe." Ruiz surprised her colleagues by calling '
     "for a cut.", 0),
]


@pytest.mark.parametrize(("text", "continues"), FLOATING_BEFORE_A_NAMED_CUE)
def test_a_floating_quote_before_a_named_cue_does_not_continue_the_earlier_speaker(
        attribute, text, continues):
    floating = [a for a in attribute(text) if a.rule == "direct:floating"]
    assert [(a.speaker, a.continues) for a in floating] == [(None, continues)]


@pytest.mark.parametrize(("text", "speakers"), [
    # a sentence whose subject is a person's name introduces the quotation after it
    ("Dana Ruiz said the budget was the answer.\n\nTom Vale is about listening. \u201cI was not "
     "aware of the petition.\u201d\n\n\u201cI have gone to the fire hall to listen.\u201d",
     ["Dana Ruiz", "Tom Vale", "Tom Vale"]),
    # … not one that is itself speech, nor one whose subject is no person
    ("Dana Ruiz said the budget was the answer.\n\nThe petition was not legal. \u201cI was not "
     "aware of it.\u201d", ["Dana Ruiz", "Dana Ruiz"]),
    # a verb that speaks only beside a quotation ("feels") still introduces its subject, and
    # a first name both sexes bear makes a person of a name the tagger took for a body
    ("Dana Ruiz said the budget was the answer.\n\nThe owner cut the plan and, seeing as "
     "two roads exist, clerk Casey Brandvold feels it was worth another look. \u201cShe cut "
     "it from five to three.\u201d", ["Dana Ruiz", "Casey Brandvold"]),
])
def test_a_sentence_introducing_a_person_gives_them_the_quotation_after_it(nlp, text,
                                                                          speakers):
    doc = nlp(text)
    assert [a.resolved.name if a.resolved else None for a in doc._.quotes] == speakers


def test_an_exclamation_before_a_phrasal_cue_goes_to_the_name_after_it(nlp):
    doc = nlp('Ana Ruiz said the plan was fine. "I quit!" Dana White blurted out.')
    assert [(a.quote.text, a.resolved.name if a.resolved else None) for a in doc._.quotes] == [
        ("the plan was fine", "Ana Ruiz"), ('"I quit!"', "Dana White")]


SPEECH_NOUN_LEADS = [
    ('Lena Ortiz spoke last. Her message was clear: "We will not back down."',
     [("direct", '"We will not back down."', "Her", None)]),
    ('The statement from the ministry was short: "Schools will reopen on Monday."',
     [("direct", '"Schools will reopen on Monday."', "the ministry", None)]),
    ('In her words, "the city forgot us."',
     [("direct", '"the city forgot us."', "her", "words")]),
    ('In the immortal words of Lena Ortiz, "If you can make a town laugh, you can govern it."',
     [("direct", '"If you can make a town laugh, you can govern it."', "Lena Ortiz",
       "words")]),
    ("The city forgot the poor, in his own words.",
     [("indirect", "The city forgot the poor", "his", "words")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_NOUN_LEADS)
def test_a_speech_noun_or_in_her_words_names_the_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_speech_noun_with_no_owner_names_no_one(attribute):
    text = 'In a statement: "The company regrets the error."'
    assert found(attribute, text) == [("direct", '"The company regrets the error."', None, None)]


SIGNED = [
    ('The council was thanked in a letter.\n"We owe this town everything."\n-Maria Lopez',
     [("direct", '"We owe this town everything."', "Maria Lopez", None)]),
    ('The council was thanked in a letter.\n"We owe this town everything."\n- Maria Lopez',
     [("direct", '"We owe this town everything."', "Maria Lopez", None)]),
    ('The council was thanked in a letter.\n"We owe this town everything."\n'
     '\u2014 Maria Lopez, resident',
     [("direct", '"We owe this town everything."', "Maria Lopez", None)]),
    ('From the office of Mayor Dana Whitfield:\n"The city will reopen the shelter on Monday."',
     [("direct", '"The city will reopen the shelter on Monday."', "Mayor Dana Whitfield", None)]),
    ('From the office of Mayor Dana Whitfield\n"The city will reopen the shelter on Monday."',
     [("direct", '"The city will reopen the shelter on Monday."', "Mayor Dana Whitfield", None)]),
    # a dash and a name after a quotation narration leads into sign the story, not the quote
    ("Rabbi Tomas Reyes spoke to the crowd.\n\nReyes said that he works with clergy of "
     "other faiths, \u201cnot only because they are wonderful people.\u201d\n\n\u2014 "
     "Alexandra Wall",
     [("partial", "he works with clergy of other faiths, \u201cnot only because they are "
       "wonderful people.\u201d", "Reyes", "said")]),
    # a pull quote on its own line, signed by a name on the next line, with no dash
    ("Staff dealt with threats outside the store.\n\n\u201cThe stress is like nothing I have "
     "ever known.\u201d\n\nGinny Kenmuir\n\n\u201cIt is one thing after another,\u201d "
     "said co-worker Nina Gordon.",
     [("direct", "\u201cThe stress is like nothing I have ever known.\u201d", "Ginny Kenmuir",
       None),
      ("direct", "\u201cIt is one thing after another,\u201d", "co-worker Nina Gordon",
       "said")]),
    # a paragraph ending in a name without marks is a pull quote; a caption that opens with
    # a kicker in capitals and ends in its photographer's credit is not
    ("Staff dealt with threats outside the store.\n\nThe stress is like nothing I have ever "
     "known. Ginny Kenmuir",
     [("direct", "The stress is like nothing I have ever known", "Ginny Kenmuir", None)]),
    ("Residents came to the forum.\n\nSPEAKING OUT: Residents met with council "
     "representatives at the bowls club on Saturday. Alina Rylko", []),
    # nor the story's own reporting, attributed inside, before its credit line
    ("Dana Ruiz spoke to farmers.\n\nThe bank had highlighted the issue of farm debt, she "
     "said. Farmers had spent millions on conversions. Harbour Press",
     [("indirect", "The bank had highlighted the issue of farm debt", "she", "said")]),
    # nor a caption that only names the person pictured (its "." is a title's)
    ("The commissioner met traders on Monday.\n\nThe district's Regional Commissioner, Mr. "
     "Ian Holm", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_signature_and_author_lines_name_the_speaker(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_byline_does_not_sign_the_first_quotation(attribute):
    text = 'By Dana Whitfield\n"The city will reopen the shelter on Monday."'
    assert [speaker for _, _, speaker, _ in found(attribute, text)] == [None]


NESTED_AND_WRONG_PHRASE = [
    ("Ortega said even though Spain believes the treaty is fair, the terms must change.",
     [("indirect", "even though Spain believes the treaty is fair, the terms must change",
       "Ortega", "said")]),
    ("Liang told reporters that the ministry expresses deep regret over the delays.",
     [("indirect", "the ministry expresses deep regret over the delays", "Liang", "told")]),
    ("Keeper of the Archive, Amal Haddad, said the collection would move next year.",
     [("indirect", "the collection would move next year", "Amal Haddad", "said")]),
    ('"The collection will move," Keeper of the Archive, Amal Haddad, said.',
     [("direct", '"The collection will move,"', "Amal Haddad", "said")]),
    ("Rhee, who wrote a book that argues cities are too loud, said the plan would fail.",
     [("indirect", "the plan would fail", "Rhee", "said")]),
    # a relative clause on the speaker's own name: a statement of theirs too
    ("The clinics will open, says health officer Dr. Ian Marsh, who confirmed on Saturday that "
     "the outbreak is under control.",
     [("indirect", "The clinics will open", "health officer Dr. Ian Marsh", "says"),
      ("indirect", "the outbreak is under control", "health officer Dr. Ian Marsh",
       "confirmed")]),
    # a relative pronoun beside a subject of its own is the gap of the clause said
    ("A few councillors, who residents claim they had never seen before, came to the flats.",
     [("indirect", "they had never seen before", "residents", "claim")]),
    # … or on the role set beside the name, up to the relative's closing comma
    ("Ana Ruiz, a lawyer who said her family lost its home, demanded answers on Tuesday.",
     [("indirect", "her family lost its home", "Ana Ruiz", "said")]),
    ("One of the guards said the gate was open.",
     [("indirect", "the gate was open", "One of the guards", "said")]),
    # an indefinite pronoun standing for one more of those just quoted speaks
    ('"Rates will rise," said one forwarder. Another added that the market was strong.',
     [("direct", '"Rates will rise,"', "one forwarder", "said"),
      ("indirect", "the market was strong", "Another", "added")]),
    # countries listed up to the cue speak together, however the parse hung the list
    ("Norway, Poland, Denmark and Germany announced that none of their troops were hurt.",
     [("indirect", "none of their troops were hurt", "Norway, Poland, Denmark and Germany",
       "announced")]),
    ("For their parts, Norway, Poland, Denmark and Germany announced that none of their "
     "troops were hurt.",
     [("indirect", "none of their troops were hurt", "Norway, Poland, Denmark and Germany",
       "announced")]),
    # the member the group's "one of" names is the speaker, not a place named after them
    ("One of the community members Alick Batwel from Moya Village, Traditional Authority "
     "Kalonga said the court was too far away.",
     [("indirect", "the court was too far away", "Alick Batwel", "said")]),
    # a name the parser read into a clock time before it ("At 20:00 Eskom") is the speaker
    ("At 20:00 Harbury Power tweeted that electricity had been restored in all areas.",
     [("indirect", "electricity had been restored in all areas", "Harbury Power", "tweeted")]),
    # a speaker the parse joined to a list of places before the comma, its initials bracketed
    ("Workers will strike at Kennedy and LaGuardia airports, as well as Newark Liberty, "
     "Chicago O'Hare, Boston, Philadelphia and Fort Lauderdale, the Harbour Workers Union "
     "(HWU) said.",
     [("indirect", "Workers will strike at Kennedy and LaGuardia airports, as well as Newark "
       "Liberty, Chicago O'Hare, Boston, Philadelphia and Fort Lauderdale",
       "the Harbour Workers Union", "said")]),
    # written channels are cues like "tweeted", also as a participle after the main verb
    ("Ana Ruiz texted that she was safe.",
     [("indirect", "she was safe", "Ana Ruiz", "texted")]),
    ("Tomas Reyes resigned by SMS on Monday, texting that he had received threats.",
     [("indirect", "he had received threats", "Tomas Reyes", "texting")]),
    ("The mayor emailed that the meeting was cancelled.",
     [("indirect", "the meeting was cancelled", "The mayor", "emailed")]),
    ("The coach messaged that the game would go ahead.",
     [("indirect", "the game would go ahead", "The coach", "messaged")]),
    # a passive of hearsay raises the speaker of the speech verb after it
    ("The second suspect, Tomas Reyes, is said to have told the police that he was the mayor.",
     [("indirect", "he was the mayor", "Tomas Reyes", "told")]),
    # an expectation is no hearsay: nothing was said yet
    ("The minister is expected to announce that taxes will rise.", []),
    # an alert is a document its issuer speaks through
    ("The Ministry of Health has issued an alert saying that it is equipped to stop the virus.",
     [("indirect", "it is equipped to stop the virus", "The Ministry of Health", "saying")]),
    # a reporting participle hung on a preposition's object continues the clause's subject
    ("Harbury Power has apologised to the whole country for the outages saying it realises the "
     "frustration they cause.",
     [("indirect", "it realises the frustration they cause", "Harbury Power", "saying")]),
    # a name the parser made the object of "after", its apposition ending at the cue's comma
    ("The minister spoke after Jonas Whelan, general secretary of the Harbury Teachers' Union "
     "(HTU), said his union \u201ccertainly didn\u2019t\u201d tell members to stay home.",
     [("partial", "his union \u201ccertainly didn\u2019t\u201d tell members to stay home",
       "Jonas Whelan", "said")]),
    # a fronted time clause ("after X claimed …") is no statement of the main clause's verb
    ("A few hours after Minister of Information Ama Osei claimed that most voters are happy "
     "with the president, Chief Kofi Mensah has asked the president to fire officials who lie.",
     [("indirect", "most voters are happy with the president",
       "Minister of Information Ama Osei", "claimed")]),
    # the parser apposed the speaker's phrase to the town before its comma
    ("Layoffs are likely at the mill in Brantwood, the head of the union said Friday.",
     [("indirect", "Layoffs are likely at the mill in Brantwood", "the head of the union",
       "said")]),
    ("Cuts are likely at the mill in Brantwood, the head of the union said.",
     [("indirect", "Cuts are likely at the mill in Brantwood", "the head of the union",
       "said")]),
    # an aside between spaced dashes broke the parse: the name before it speaks
    ("Mele Tonga-Aho - whose family home next to the creek had to be refloored, after damage "
     "from the floods - said her backyard was flooded again.",
     [("indirect", "her backyard was flooded again", "Mele Tonga-Aho", "said")]),
    # a cue after the statement whose object is its addressee ("told the Star")
    ("Officers searched every classroom before the lockdown ended, Sgt. Ana Ruiz, a police "
     "spokeswoman, told the Star on Wednesday.",
     [("indirect", "Officers searched every classroom before the lockdown ended",
       "Sgt. Ana Ruiz", "told")]),
    # a body's name with commas in it, hung on the person noun that ends the phrase
    ("A Ministry of Housing, Communities, and Local Government (MHCLG) spokesperson said the "
     "plan was fair.",
     [("indirect", "the plan was fair", "A Ministry of Housing, Communities, and Local "
       "Government (MHCLG) spokesperson", "said")]),
    # a quantifier the tagger reads as an adjective heads a partitive too
    ("Many of the delegates asked that the vote be delayed.",
     [("indirect", "the vote be delayed", "Many of the delegates", "asked")]),
    # who they are, told in a relative clause, is left out
    ("One of the pilots who flew that night said he could not see.",
     [("indirect", "he could not see", "One of the pilots", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_AND_WRONG_PHRASE)
def test_the_outer_cue_and_the_named_speaker_win(attribute, text, expected):
    assert found(attribute, text) == expected


NOT_SPEECH = [
    # a law cited for what it says, and common wisdom, are nobody's statements
    "According to the federal Fisheries Act, it is illegal to dump a harmful substance in water.",
    "The Constitution says that every citizen may vote.",
    "According to common wisdom, the market always recovers.",
    "The mayor said so to reporters on Monday.",
    "Common wisdom says the market always recovers.",
    "The old adage holds that patience pays.",
    "According to local folklore, the lake has no bottom.",
    "Tradition holds that the first catch goes back to the sea.",
    "Marsh's comment underscores the depth of the crisis.",
    "One wonders whether the bridge will ever be finished.",
    # wondering is thinking: a named subject's indirect question is no statement either
    "Ana Ruiz runs the shop. She wonders if opening will be worse for business than staying "
    "closed.",
    "One might argue that the bridge is useless.",
    "Someone might say the plan is dead.",
    # a negated subject said nothing
    "Nobody said it would be easy, but the council adopted a budget on Tuesday.",
    "No one said the plan would work.",
    "Neither Ruiz nor Chan said the plan would work.",
    "None of the officials said the plan would work.",
    # "or" carries a negation over to the cue joined to it
    "Cr Ana Webb would make no further comment or say which issues should have priority.",
    "The mayor did not confirm or deny that the plant would close.",
]


def test_an_object_standing_for_what_was_said_before_states_nothing(attribute):
    text = ("Security Minister Dr. Omar Pratt said he finds the recent spate of killings on the "
            "island \u201crather unusual.\u201d\n\nThe minister said as much to reporters "
            "yesterday after being asked about the recent increase in crime on the island which "
            "recorded three homicides in less than three days, one of which included the "
            "shooting death of a girl.")
    assert [speaker for _, _, speaker, _ in found(attribute, text)] == [
        "Security Minister Dr. Omar Pratt"]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_generic_and_hypothetical_subjects_say_nothing(attribute, text):
    assert found(attribute, text) == []


def test_a_verbs_ing_form_read_as_a_subject_says_nothing(attribute):
    # the parser made "Addressing" the subject of "claims", read as a verb
    text = ("There is no reason to halt travel, he explained.\n\nAddressing claims that Lorvia "
            "had delayed the announcement of the outbreak, Dr. Ruiz refuted these allegations.")
    assert found(attribute, text) == [
        ("indirect", "There is no reason to halt travel", "he", "explained")]


def test_generic_nouns_and_hypothetical_modals_are_rules(tmp_path):
    """The word lists behind the hygiene are rules files a user can extend."""
    from quotes.attribution.lexicon import Lexicon
    from quotes.rules import RuleSet

    (tmp_path / "speaker_nouns.jsonl").write_text(
        '{"noun": "horoscope", "type": "group", "generic": true}\n', encoding="utf-8")
    (tmp_path / "verb_classes.jsonl").write_text(
        '{"word": "shall", "kind": "hypothetical"}\n', encoding="utf-8")
    lexicon = Lexicon.of(RuleSet.load(tmp_path))
    assert lexicon.speaker_nouns["horoscope"].generic
    assert lexicon.speaker_nouns["wisdom"].generic
    assert {"shall", "might"} <= lexicon.hypothetical


MANNER_TRAILERS = [
    ('"Oh no," Okafor panted.', [("direct", '"Oh no,"', "Okafor", "panted")]),
    ('"They never call," he shrugged.', [("direct", '"They never call,"', "he", "shrugged")]),
    ('"It was fine," she laughed.', [("direct", '"It was fine,"', "she", "laughed")]),
    # the parse takes the inverted name for the object of "fumed"
    ('"It was a lie," fumed Ortiz.', [("direct", '"It was a lie,"', "Ortiz", "fumed")]),
    ('"It was a lie," fumed Lena Ortiz, the mayor.',
     [("direct", '"It was a lie,"', "Lena Ortiz", "fumed")]),
    ('"Never," Ortiz retorted.', [("direct", '"Never,"', "Ortiz", "retorted")]),
    ('"Fine," scoffed Ortiz.', [("direct", '"Fine,"', "Ortiz", "scoffed")]),
    ('"Sure," Ortiz quipped.', [("direct", '"Sure,"', "Ortiz", "quipped")]),
    ('"Perhaps," Ortiz mused.', [("direct", '"Perhaps,"', "Ortiz", "mused")]),
    ('"No," Ortiz snapped.', [("direct", '"No,"', "Ortiz", "snapped")]),
    # dialogue trailers with no inventory class: a question pressed, a figure put right
    ('"Why should our ward be the one cut off?" Ortiz quizzed.',
     [("direct", '"Why should our ward be the one cut off?"', "Ortiz", "quizzed")]),
    ('"One loaf is supposed to be Sh60," Ortiz corrected.',
     [("direct", '"One loaf is supposed to be Sh60,"', "Ortiz", "corrected")]),
    # a reflexive object is the speaker again, not what the cue says
    ('"One loaf is Sh60, not Sh70," Ortiz corrected himself.',
     [("direct", '"One loaf is Sh60, not Sh70,"', "Ortiz", "corrected")]),
    ('"It was a time of great change," Ortiz reflected.',
     [("direct", '"It was a time of great change,"', "Ortiz", "reflected")]),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_TRAILERS)
def test_manner_and_gesture_verbs_are_trailers(attribute, text, expected):
    assert found(attribute, text) == expected


def test_manner_verbs_report_no_clause_of_their_own(attribute):
    assert found(attribute, "Okafor laughed that the council never listens.") == []
    assert found(attribute, "The figures reflect that the town has grown.") == []


def test_a_reported_clause_around_quoted_fragments_is_one_partial_quote(attribute):
    text = ('Varga argues that "taste is no property of objects," but a "feeling" in "the one '
            'who looks" at them.')
    assert found(attribute, text) == [
        ("partial", '"taste is no property of objects," but a "feeling" in "the one who looks" '
         'at them', "Varga", "argues")]


UTTERANCE_SUBJECTS = [
    ('"Stop that now!" came a voice from the hallway.',
     [("direct", '"Stop that now!"', "a voice", "came")]),
    ('"Not yet," came the reply.', [("direct", '"Not yet,"', "the reply", "came")]),
    ('"Not yet," he came back.', []),
]


@pytest.mark.parametrize(("text", "expected"), UTTERANCE_SUBJECTS)
def test_came_a_voice_speaks_only_through_an_utterance_noun(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_cue_verb_can_be_limited_to_utterance_subjects(tmp_path):
    from quotes.rules import CueVerbRule, SpeakerNounRule

    rule = CueVerbRule.from_dict({"lemma": "ring", "frames": ["quote"], "subject": "utterance"})
    noun = SpeakerNounRule.from_dict({"noun": "bellow", "type": "person", "utterance": True})
    assert (rule.subject, noun.utterance) == ("utterance", True)


PASSIVE_NAMING = [
    ('Beijing denounced the arrest, which was described as "basically kidnapping" in state media.',
     [("partial", '"basically kidnapping"', None, "described")]),
    ('Beijing denounced the arrest, which was described by Ottawa as "arbitrary."',
     [("partial", '"arbitrary."', "Ottawa", "described")]),
    ('She founded a group called "Friends of the Park" last year.', []),
    # a naming verb with nobody naming is a term, not a quotation
    ('The gains are measured by its so-called "fiscal multipliers" in most studies.', []),
    ('Porters were called "sleepy car porters" by the passengers they served.',
     [("partial", '"sleepy car porters"', "the passengers", "called")]),
    # the passive of a name-giving verb with no agent gives a thing's name, nobody's words
    ("Staff check the devices, which are called \u201cscrew traps\u201d, every morning.", []),
    ("The covered market, also called the \u2018old souq\u2019, is closed for repairs.", []),
    ('A reporter, who was referred to as "a party bot", left the room.', []),
    # words asked for are no name the verb gives
    ("Activists called for the formation of an immediate \u201ccrisis cell\u201d to tackle "
     "the spill.", []),
    ("The union called for nurses to be recognised for their work and to be \u201crewarded "
     "fairly\u201d for it.", []),
    # the active still quotes
    ('Mayor Ana Ruiz, who called the plan "a disaster", left early.',
     [("partial", '"a disaster"', "Mayor Ana Ruiz", "called")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_NAMING)
def test_what_is_described_never_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


TAIL_CUES = [
    ("The tax cut will pay for itself within five years, or so Ruse argues.",
     [("indirect", "The tax cut will pay for itself within five years", "Ruse", "argues")]),
    ("The bridge was a monument to waste, as Mayor Ortiz put it.",
     [("indirect", "The bridge was a monument to waste", "Mayor Ortiz", "put")]),
    ("Emissions fell by a third last year, as the report notes.",
     [("indirect", "Emissions fell by a third last year", "the report", "notes")]),
    ("Prices will keep rising through the winter, as the central bank warned on Tuesday.",
     [("indirect", "Prices will keep rising through the winter", "the central bank", "warned")]),
    ("The council has no money left for the pool, or so the mayor claims.",
     [("indirect", "The council has no money left for the pool", "the mayor", "claims")]),
    ("The plan, as Lena Ortiz put it, is a bandage on a broken leg.",
     [("indirect", "The plan", "Lena Ortiz", "put"),
      ("indirect", "is a bandage on a broken leg", "Lena Ortiz", "put")]),
    ("Rents will double, as the report warned last year, unless the city builds more homes.",
     [("indirect", "Rents will double", "the report", "warned"),
      ("indirect", "unless the city builds more homes", "the report", "warned")]),
    ('"The bridge is a monument to waste," as Mayor Ortiz put it.',
     [("direct", '"The bridge is a monument to waste,"', "Mayor Ortiz", "put")]),
    ('"We will rebuild," as the mayor said on Monday.',
     [("direct", '"We will rebuild,"', "the mayor", "said")]),
]

NO_TAIL_CUE = [
    "The crowd cheered, as the mayor announced the winners.",  # the cue has its own object
    "When the storm came, as the mayor noted, the dam held.",  # a subordinate clause
    "He put it on the table.",  # "put" is a cue only as the idiom
    '"We will rebuild," as she walked away.',  # a clause of its own, no cue
]


@pytest.mark.parametrize(("text", "expected"), TAIL_CUES)
def test_an_as_or_or_so_cue_clause_attributes_the_statement_around_it(attribute, text,
                                                                      expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize("text", NO_TAIL_CUE)
def test_a_closing_as_clause_with_a_statement_of_its_own_reports_nothing(attribute, text):
    assert found(attribute, text) == []


STATEMENTS_OPENED_BY_A_SUBORDINATOR = [
    # the opener's phrase or clause hangs on a main clause before the cue: all of it is said
    ("Because of the new road there will be a need for another officer, said councillor Jo "
     "Hale.",
     [("indirect", "Because of the new road there will be a need for another officer",
       "councillor Jo Hale", "said")]),
    ("Since the road opened there have been more crashes, said Jo Hale.",
     [("indirect", "Since the road opened there have been more crashes", "Jo Hale", "said")]),
    # … but a clause that hangs on the cue itself is its occasion, not its statement
    ("When the storm came, the mayor said.", []),
    ("As the war entered its second month, the army said.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_OPENED_BY_A_SUBORDINATOR)
def test_a_statement_may_open_with_a_subordinate_clause(attribute, text, expected):
    assert found(attribute, text) == expected


NAME_TAILS = [
    ('Farid Haddadi,60, was arrested. "We are sorry," Haddadi said.', "Farid Haddadi"),
    ('Farid Haddadi,60, was arrested. "We are sorry," he said.', "Farid Haddadi"),
    ('Police named Omar Khan,34, on Friday. "It was an accident," Khan said.', "Omar Khan"),
    # a page template glued to the name after the sentence's full stop
    ("The firm is not welcome, says Prime Minister Omar Vale.{{more}}", "Omar Vale"),
    # a photo credit in brackets glued to the full stop after the cue
    ('Nobody came. "We are not asking for much," Tom Ruiz said.(ABC News: Ana Lee)\n\nThe '
     'plant is closing.', "Tom Ruiz"),
]


@pytest.mark.parametrize(("text", "name"), NAME_TAILS)
def test_an_age_or_a_template_glued_to_a_name_is_not_part_of_it(nlp, text, name):
    assert [a.resolved.name for a in nlp(text)._.quotes] == [name]


GLUED_QUOTES = [
    ('Dr Ines Marr leads the survey.\n\u201cThe lake is shrinking fast,\u201dshe said.',
     ("\u201cThe lake is shrinking fast,\u201d", "Ines Marr", "said")),
    ('Coach Tomas Brandt was asked about the injury. He said:\u201cNobody is fit.\u201d',
     ("\u201cNobody is fit.\u201d", "Tomas Brandt", "said")),
    ('Coach Tomas Brandt spoke late. "We were unlucky,"he said.',
     ('"We were unlucky,"', "Tomas Brandt", "said")),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_QUOTES)
def test_a_quote_glued_to_the_next_word_still_ends(nlp, text, expected):
    quote = nlp(text)._.quotes[-1]
    assert (quote.quote.text, quote.resolved.name, quote.cue.text) == expected


def test_the_tokenizer_keeps_possessives_after_abbreviations(nlp):
    assert [t.text for t in nlp("The U.S.\u2019s role")] == ["The", "U.S.", "\u2019s", "role"]


def test_the_tokenizer_keeps_thousands_together(nlp):
    assert [t.text for t in nlp("It cost 1,000 dollars.")] == ["It", "cost", "1,000", "dollars",
                                                               "."]


PARTICIPLE_LEAD_INS = [
    # "writing" is tagged as a noun here: the -ing form before the colon is still the cue
    ("The Senator from Alaska tried to deflect responsibility from the consequences of her "
     'actions, writing: "There will be no fair trial."',
     [("direct", '"There will be no fair trial."', "The Senator", "writing")]),
    ('The mayor left the stage, saying, "We will rebuild."',
     [("direct", '"We will rebuild."', "The mayor", "saying")]),
    ('He likes painting, "It relaxes me."', []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_LEAD_INS)
def test_a_participle_before_the_quotation_is_its_cue(attribute, text, expected):
    assert found(attribute, text) == expected


REMINDERS = [
    ("Okafor reminded the council that the bridge had been closed for a year.",
     [("indirect", "the bridge had been closed for a year", "Okafor", "reminded")]),
    ("The fire chief reminds residents that candles cause most winter fires.",
     [("indirect", "candles cause most winter fires", "The fire chief", "reminds")]),
    ('"Keep the gate shut," Lena reminded him.',
     [("direct", '"Keep the gate shut,"', "Lena", "reminded")]),
    # no instruction frame: reminding someone to do something reports no statement
    ("The mayor reminded residents to lock their doors.", []),
    # the same for promise, persuade and convince (VerbNet future_having-13.3): whom it was
    # promised to is no part of what was promised
    ("Mayor Ana Ruiz promised residents that the road would open in May.",
     [("indirect", "the road would open in May", "Mayor Ana Ruiz", "promised")]),
]


def test_a_participle_hung_inside_the_statement_is_part_of_it(attribute):
    """``said … because everyone had their hands up, indicating support``: the participle
    hangs on the statement's own verb, not on the cue; the statement runs on through it."""
    text = ("Mayor Tom Dyas said the vote was not recorded that way because everyone had "
            "their hands up, indicating support of the bylaw.")
    assert found(attribute, text) == [
        ("indirect", "the vote was not recorded that way because everyone had their hands up, "
         "indicating support of the bylaw", "Mayor Tom Dyas", "said")]


def test_a_gerund_after_to_names_an_activity_not_a_statement(attribute):
    """``When it comes to explaining why …``: nobody explained anything yet; the statement
    is the main clause's."""
    text = ("When it comes to explaining why dozens of pupils had their lunches thrown out, the "
            "board members told parents Tuesday they will try to answer.")
    assert found(attribute, text) == [
        ("indirect", "they will try to answer", "the board members", "told")]


RELATIVE_CUES = [
    # a cue inside a relative clause reports the clause after it, not its relative pronoun
    ("Coun. Ross Eadie voted against the operating budget, which he said has not been "
     "adequately funded.",
     [("indirect", "has not been adequately funded", "he", "said")]),
    ("Officials met about the outbreak, which authorities say is the largest in the state.",
     [("indirect", "is the largest in the state", "authorities", "say")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CUES)
def test_a_cue_in_a_relative_clause_reports_what_follows_it(attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), REMINDERS)
def test_remind_and_promise_report_the_clause_after_the_addressee(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_floating_quotation_goes_on_with_the_outer_speaker_not_a_nested_one(attribute):
    """What somebody said others told them (``two men told him to leave``) is inside the
    teller's statement: the quotation after it is the teller's."""
    text = ("Councillor Ana Ruiz vowed not to be deterred.\n\nShe said she was on the road when "
            "two men approached her and told her to leave the area.\n\n\"This event will not "
            'deter me."')
    quotes = list(attribute(text))
    floating = [a for a in quotes if a.rule == "direct:floating"]
    assert [quotes[a.continues].speaker.text for a in floating] == ["She"]


def test_a_floating_quotation_goes_on_with_the_quote_a_background_statement_hangs_under(
        attribute):
    """``…,” the mayor told reporters, a day after poll counts revealed …``: the statement in
    the adverbial phrase hangs under the mayor's cue; the next quotation is the mayor's."""
    text = ("\u201cI am a believer in majorities,\u201d Mayor Terry Frame told The Telegram on "
            "Sunday, a day after poll counts revealed Ann Furey reclaimed her premiership.\n\n"
            "\u201cBut now is the time that we do not need 40 politicians anymore.\u201d")
    quotes = list(attribute(text))
    floating = [a for a in quotes if a.rule == "direct:floating"]
    assert [quotes[a.continues].speaker.text for a in floating] == ["Mayor Terry Frame"]


def test_a_finite_verb_joined_to_a_participle_cue_goes_on_with_the_statement(nlp) -> None:
    """``noting it was ten pages long and included two thefts``: the small model sometimes
    joins ``included`` to the participle cue instead of to ``was``; the parse is set so here
    (``Doc`` rebuilt with that one head moved) so the test does not hang on the model's mood."""
    from spacy.tokens import Doc

    text = ("Reyes filed the record with the court, noting it was ten pages long and included "
            "two thefts.")
    parsed = nlp(text)
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    noting = next(t.i for t in parsed if t.text == "noting")
    included = next(t.i for t in parsed if t.text == "included")
    heads[included], deps[included] = noting, "conj"
    heads[included - 1], deps[included - 1] = noting, "cc"  # "and"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed],
              spaces=[bool(t.whitespace_) for t in parsed],
              tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed], heads=heads, deps=deps,
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    for name in ("quote_attribution", "speaker_resolution"):
        doc = nlp.get_pipe(name)(doc)
    assert [(doc.text[q.quote.start:q.quote.end], q.cue.text) for q in doc._.quotes] == [
        ("it was ten pages long and included two thefts", "noting")]


@pytest.mark.parametrize(("text", "word", "subordinator"), [
    ("A few hours after Minister of Information Ama Osei claimed that most voters are happy "
     "with the president, Chief Kofi Mensah has asked the president to fire officials who "
     "lie.", "after", True),
    # a preposition of two words is no subordinator
    ("As of now I have no intention of asking the council to extend it, Ruiz said.", "As",
     False),
])
def test_a_subordinator_read_as_a_preposition_has_no_object(nlp, text, word, subordinator):
    from quotes.attribution.clauses import subordinator_read_as_preposition

    token = next(t for t in nlp(text) if t.text == word)
    assert subordinator_read_as_preposition(token) is subordinator


def test_a_name_line_heading_the_next_quotation_signs_nothing_before_it(nlp):
    doc = nlp("Managers react\n\nTom Vale said: \u201cWe were strong.\u201d\n\n\u201cWe have to "
              "refocus now.\u201d\n\nManuel Pellegrini\n\n\u201cIn the first half we played "
              "well.\u201d")
    names = [a.resolved.name if a.resolved else None for a in doc._.quotes]
    assert names[1:] == ["Tom Vale", "Manuel Pellegrini"]


PARTIAL_QUOTES_JOINED_BEFORE_A_TRAILER = [
    # quoted words joined by "and" inside one statement: the statement is the sentence
    ("Voter turnout in Lowell civic elections is \u201cpathetic\u201d and \u201cshameful,\u201d "
     "Councillor Ana Teller said this afternoon.",
     [("partial", "Voter turnout in Lowell civic elections is \u201cpathetic\u201d and "
       "\u201cshameful,\u201d", "Councillor Ana Teller", "said")]),
    # … but words before the quotation with a cue and subject of their own are another
    # attribution: the quotation stays whole
    ("He further said the minister answered the first letter by promising that he would act, "
     "and referred the matter to his deputy, and to send them a reply, \u201cWe have had no "
     "reply,\u201d Omar Vale asserted.",
     [("direct", "\u201cWe have had no reply,\u201d", "Omar Vale", "asserted")]),
    # (a cue whose subject names nobody is part of the statement the trailer's speaker makes)
    ("The story of the porters reminds us that such ideals came slowly to a country where "
     "leaders wanted a \u201chome for the few in the north,\u201d Ana Teller writes in her book.",
     [("partial", "The story of the porters reminds us that such ideals came slowly to a "
       "country where leaders wanted a \u201chome for the few in the north,\u201d",
       "Ana Teller", "writes")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL_QUOTES_JOINED_BEFORE_A_TRAILER)
def test_partial_quotes_joined_by_and_make_one_statement(attribute, text, expected):
    assert found(attribute, text) == expected


def test_a_capitalised_given_name_that_spells_a_cue_is_no_cue(attribute):
    """``Major (Rtd) Said Hj Tinggal told …``: ``Said`` before a capitalised name, mid-sentence,
    is the man's given name, not a second cue reporting the rest of the sentence."""
    text = ("Village head of Kg Lamunin Major (Rtd) Said Hj Tinggal told reporters that there "
            "had been clear progress in the district.")
    assert [cue for *_, cue in found(attribute, text)] == ["told"]


def test_a_capitalised_cue_closing_a_quotation_is_the_cue(attribute):
    """``“…,” Said Mr Kayondo.``: right after the quotation's closing mark, with no other verb
    after it, the capitalised word is the trailer's cue, not a given name."""
    text = "\u201cWe have asked to meet the board,\u201d Said Mr Okello."
    assert found(attribute, text) == [
        ("direct", "\u201cWe have asked to meet the board,\u201d", "Mr Okello", "Said")]


REGIONAL_CUES = [
    # Philippine English "bared that" (revealed); never its object
    ("The mayor bared that the market would close next week.",
     [("indirect", "the market would close next week", "The mayor", "bared")]),
    ("The dog bared its teeth at the visitors.", []),
    # "twitted": an East African spelling of tweeted
    ('"We will reopen soon," Okello twitted.',
     [("direct", '"We will reopen soon,"', "Okello", "twitted")]),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL_CUES)
def test_regional_cue_verbs(attribute, text, expected):
    assert found(attribute, text) == expected


FRAMING_COLONS = [
    # the words before a colon frame the statement a final cue reports
    ("Justice Ana Ruiz's ruling came with no caveats: the Crown presented no evidence and the "
     "charges should never have been laid, she said.",
     [("indirect", "the Crown presented no evidence and the charges should never have been "
       "laid", "she", "said")]),
    ("The message from the mayor was clear: the town will fight the closure all the way, she "
     "said.", [("indirect", "the town will fight the closure all the way", "she", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), FRAMING_COLONS)
def test_a_statement_before_a_final_cue_starts_after_a_framing_colon(attribute, text,
                                                                     expected):
    assert found(attribute, text) == expected


def test_an_outlet_that_relayed_a_quotation_does_not_say_its_trailer(attribute):
    """``“…” Heru said on Monday as reported by kompas.com.``: the ``as reported by`` clause
    tells where the words were printed; the trailer still names their speaker."""
    text = ("\u201cIt only caused flat tyres.\u201d Ana Teller said on Monday as reported by "
            "harbury.com.")
    assert found(attribute, text) == [
        ("direct", "\u201cIt only caused flat tyres.\u201d", "Ana Teller", "said")]


def test_a_speaker_apposed_before_a_cue_joined_to_the_statement_speaks(nlp):
    """``It's one of the operations … between departments, County Sheriff Ana Teller said
    -- …``: the parse apposed the speaker to the noun before the comma and joined the cue to
    the statement's verb, leaving it no subject; the apposed phrase is the cue's subject."""
    from spacy.tokens import Doc

    from quotes.attribution.grammar import subject_read_as_apposition

    text = ("It is one of several operations that build bonds and networking between "
            "departments, County Sheriff Ana Teller said.")
    parsed = nlp(text)
    word = {t.text: t.i for t in parsed}
    root, said = word["is"], word["said"]
    heads = [root if t.head.i == said else t.head.i for t in parsed]  # all of it on "is"
    deps = [t.dep_ for t in parsed]
    heads[root], deps[root] = root, "ROOT"
    heads[said], deps[said] = root, "conj"
    heads[word["Teller"]], deps[word["Teller"]] = word["departments"], "appos"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in
              parsed], pos=[t.pos_ for t in parsed], heads=heads, deps=deps)
    verb = subject_read_as_apposition(doc[word["Teller"]])
    assert verb is not None and verb.i == said


def test_a_cue_parsed_into_the_relative_clause_before_it_is_the_names(nlp) -> None:
    """``Okafor, who also holds the works portfolio, tweeted: "…"``: the model sometimes
    makes the name the root and the cue a clause of ``holds``; the parse is set so here."""
    from spacy.tokens import Doc

    text = ('Okafor, who also holds the works portfolio apart from Sports, tweeted: "Report a '
            'broken streetlight."')
    parsed = nlp(text)
    word = {t.text: t.i for t in parsed}
    name, holds, tweeted = word["Okafor"], word["holds"], word["tweeted"]
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    for t in parsed[:holds]:
        if t.head.i == tweeted:
            heads[t.i] = name  # the name's own comma
    heads[name], deps[name] = name, "ROOT"
    heads[holds], deps[holds] = name, "relcl"
    heads[tweeted], deps[tweeted] = holds, "ccomp"
    tags = [t.tag_ for t in parsed]
    tags[tweeted] = "VBN"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed],
              spaces=[bool(t.whitespace_) for t in parsed], tags=tags,
              pos=[t.pos_ for t in parsed], lemmas=[t.lemma_ for t in parsed], heads=heads,
              deps=deps,
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    for pipe in ("quote_attribution", "speaker_resolution"):
        doc = nlp.get_pipe(pipe)(doc)
    assert [(q.speaker.text, q.cue.text) for q in doc._.quotes] == [("Okafor", "tweeted")]
