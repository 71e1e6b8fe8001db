"""Speaker resolution: names, acronyms, titles, pronouns, descriptions, and the whole corpus."""

from __future__ import annotations

import pytest


def speakers(attribute, text: str) -> list[tuple]:
    """(speaker as written, canonical name, type, role) for every quote, in text order."""
    return [
        (
            a.speaker.text if a.speaker else None,
            a.resolved.name if a.resolved else None,
            a.resolved.type if a.resolved else None,
            a.resolved.role if a.resolved else None,
        )
        for a in attribute(text)
    ]


def test_she_finds_the_only_woman_among_three_speakers(attribute):
    text = (
        "John Smith, Mark Brown and Anna Lee met the press. Smith praised the deal. "
        "Brown was cautious. Lee disagreed with both of them. "
        '"It is far too early," she said.'
    )
    assert speakers(attribute, text)[-1][:2] == ("she", "Anna Lee")


def test_he_said_three_paragraphs_after_the_name(attribute):
    text = (
        "Councillor Omar Haddad opened the meeting on Monday.\n"
        "The budget has grown every year since 2015.\n"
        "Residents packed the hall, and many had to stand at the back.\n"
        '"We cannot keep borrowing," he said.'
    )
    assert speakers(attribute, text) == [("he", "Omar Haddad", "person", "Councillor")]


def test_a_newly_introduced_subject_wins_over_the_previous_speaker(attribute):
    text = (
        '"The siege lasted all night," said Ken Otieno.\n'
        "Mamadou Diallo was on a business trip when he hid in a storeroom.\n"
        '"They told us to stay put," he said.'
    )
    assert speakers(attribute, text)[-1][:2] == ("he", "Mamadou Diallo")


def test_a_person_introduced_as_an_object_is_in_focus(attribute):
    text = (
        'Retiree Doug Mills says the program changed his life. "I finally have a routine," '
        "Mills said. The program also produced results for local baker Tomas Eriksen, 44. "
        '"I never thought I would enjoy running," he says.'
    )
    assert speakers(attribute, text)[-1][:2] == ("he", "Tomas Eriksen")


def test_the_last_speaker_keeps_the_floor_over_a_passing_mention(attribute):
    text = (
        "Lawyer Priya Natarajan said the rules were unfair to newcomers.\n"
        '"They are set up to fail," she said in an interview.\n'
        "The family sits with their daughters Mary and Sara at their home.\n"
        "The fees are out of reach for many, she said."
    )
    assert speakers(attribute, text)[-1][:2] == ("she", "Priya Natarajan")


def test_it_added_resolves_to_the_press_office(attribute):
    text = (
        "Inter-Services Public Relations (ISPR) issued a statement on Friday. "
        "ISPR said the visit went well. "
        '"The talks were useful and frank," it added.'
    )
    assert speakers(attribute, text) == [
        ("ISPR", "Inter-Services Public Relations (ISPR)", "organization", None),
        ("it", "Inter-Services Public Relations (ISPR)", "organization", None),
    ]


def test_acronym_without_brackets_matches_the_expansion(attribute):
    text = (
        "The Parliamentary Budget Officer released a report on Tuesday. "
        "The PBO said the pipeline was worth less than its price."
    )
    assert speakers(attribute, text) == [
        ("The PBO", "Parliamentary Budget Officer (PBO)", "organization", None)
    ]


def test_honorific_and_surname_are_the_full_name(attribute):
    text = (
        "MQM-P Convenor Dr Khalid Maqbool Siddiqui addressed the rally. "
        "Dr Siddiqui said the crowd was peaceful."
    )
    assert speakers(attribute, text) == [
        ("Dr Siddiqui", "Khalid Maqbool Siddiqui", "person", "MQM-P Convenor")
    ]


def test_office_with_of_is_a_role(attribute):
    text = "Minister of Finance Aisha Khan said taxes would not rise."
    assert speakers(attribute, text) == [
        ("Minister of Finance Aisha Khan", "Aisha Khan", "person", "Minister of Finance")
    ]


def test_an_office_with_two_phrases_of_capitals_is_a_role(attribute):
    text = ("Addressing reporters, Leader of the Opposition in the National Assembly Omar Vale "
            "said the report was forged.")
    assert speakers(attribute, text)[0][1:] == (
        "Omar Vale", "person", "Leader of the Opposition in the National Assembly")


def test_the_office_written_the_other_way_round_is_its_holder(last_speaker):
    text = ("Harbury Party Secretary General and Leader of the Opposition in the National "
            "Assembly Omar Vale claimed that the report was forged. He demanded an inquiry. The "
            "opposition leader noted the attackers used a sharp object.")
    assert last_speaker(text) == ("The opposition leader", "Omar Vale", "described")


def test_the_minister_is_the_minister_named_before(attribute):
    text = (
        "Education Minister Rob Fleming visited the school on Monday. "
        "The minister said a new wing would be built."
    )
    assert speakers(attribute, text) == [
        ("The minister", "Rob Fleming", "person", "Education Minister")
    ]


def test_the_palestinian_group_is_the_group_named_before(attribute):
    text = (
        "Israel launched its offensive after a surprise attack by Hamas in October. "
        "The Palestinian group said the attack was a response to the occupation."
    )
    assert speakers(attribute, text)[0][:3] == ("The Palestinian group", "Hamas", "organization")


def test_a_description_with_its_own_modifiers_names_itself(attribute):
    text = (
        "Iran's news agency reported the call on Saturday. "
        '"The minister supported the call," the foreign office said in a post.'
    )
    assert speakers(attribute, text)[-1][:3] == (
        "the foreign office", "foreign office", "organization")


def test_appositive_name_speaks_for_the_description(attribute):
    text = "Spindler's father, Joseph, says his son loved Houston. His father said he was kind."
    assert speakers(attribute, text) == [
        ("Joseph", "Joseph", "person", "Spindler's father"),
        ("His father", "Joseph", "person", "Spindler's father"),
    ]


def test_party_description_finds_the_senator(attribute):
    text = (
        "Senator Mitch McConnell spoke on Tuesday. "
        '"The students were treated unfairly," the Kentucky Republican said.'
    )
    assert speakers(attribute, text)[-1][:2] == ("the Kentucky Republican", "Mitch McConnell")


def test_documents_speak_for_who_issued_them(attribute):
    text = (
        "According to a study released Monday by Civic Action, youth unemployment costs billions."
    )
    assert speakers(attribute, text) == [("Civic Action", "Civic Action", "organization", None)]


def test_a_presentation_speaks_for_who_gave_it(attribute):
    text = ("About 6,000 police files came from Harbour Bay in five years, according to a "
            "presentation given by Staff Sgt. Rhoda Lind at the open house.")
    assert speakers(attribute, text) == [
        ("Staff Sgt. Rhoda Lind", "Rhoda Lind", "person", "Staff Sgt.")]


def test_a_statement_emailed_by_someone_speaks_for_them(attribute):
    text = (
        "A statement e-mailed to reporters by Reagan Holt, who chairs the board, said "
        "“The station will respect the order of the court.”"
    )
    assert speakers(attribute, text) == [("Reagan Holt", "Reagan Holt", "person", None)]


def test_the_report_is_the_study_named_before(attribute):
    text = (
        "A study by the Metro Transit Institute looked at 13 projects. It found three had no "
        'benefit.\n"It is remarkable how little scrutiny these projects get," the report said.'
    )
    assert speakers(attribute, text)[-1] == (
        "the report", "Metro Transit Institute", "organization", None)


def test_a_report_someone_wrote_in_speaks_for_them(attribute):
    text = (
        '"Growth has stalled," economist Philip Crane wrote in a recent report for the Fraser '
        "Group.\nSince 2016, spending has increased only 8.7 per cent, the report said."
    )
    assert speakers(attribute, text)[-1][:2] == ("the report", "Philip Crane")


def test_a_name_before_the_document_is_its_issuer(attribute):
    [quote] = attribute("According to the Civic Action study, the retail sector employed "
                        "226,000 youth.")
    assert (quote.quote.text, quote.speaker.text, quote.resolved.name) == (
        "the retail sector employed 226,000 youth", "Civic Action", "Civic Action")


def test_a_document_speaks_only_through_speech_verbs(attribute):
    text = "The Fraser Group report ultimately concluded that the pipeline makes no sense."
    assert attribute(text) == ()


def test_an_official_with_a_body_is_a_new_person(attribute):
    text = (
        "The lawyer for the Saskatoon Animal Shelter said the dogs were seized. An official "
        "with the Saskatoon Animal Shelter told reporters he could not discuss the case."
    )
    assert [name for _, name, _, _ in speakers(attribute, text)] == [
        "lawyer for the Saskatoon Animal Shelter",
        "An official with the Saskatoon Animal Shelter",
    ]


def test_quantified_groups_keep_their_whole_description(attribute):
    assert speakers(attribute, "All those involved say the issue is complex.") == [
        ("All those involved", "All those involved", "group", None)]
    assert speakers(attribute, "Some of the residents said they were afraid.") == [
        ("Some of the residents", "Some of the residents", "group", None)]


def test_a_cited_expert_keeps_the_participle_across_a_relative_clause(attribute):
    text = ("An expert cited in the report, which looked at trends across the country, said "
            "landlords will upgrade.")
    assert speakers(attribute, text)[0][:2] == (
        "An expert cited in the report", "An expert cited in the report")


def test_conjoined_speakers_form_a_group(attribute):
    text = (
        "Student Nick Sandmann met elder Nathan Phillips. "
        "Both Sandmann and Phillips have said they were trying to keep the peace."
    )
    assert speakers(attribute, text)[-1][1:3] == ("Nick Sandmann and Nathan Phillips", "group")


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Tamsin Hale, Jo Price and Jane Doe said the pool would reopen in May.",
     "Tamsin Hale, Jo Price and Jane Doe", "Tamsin Hale, Jo Price and Jane Doe"),
    # a serial comma, and a title on the last name (kept out of the group's name)
    ("Tamsin Hale, Jo Price, and Mayor Jane Doe said the pool would reopen in May.",
     "Tamsin Hale, Jo Price, and Mayor Jane Doe", "Tamsin Hale, Jo Price and Jane Doe"),
    # countries listed speak together too (their governments), none of them alone
    ("France, Germany and Italy said the talks would resume.", "France, Germany and Italy",
     "France, Germany and Italy"),
])
def test_three_people_listed_speak_together(attribute, text, mention, name):
    assert speakers(attribute, text)[0][:2] == (mention, name)


def test_political_party_speaks_as_a_group(attribute):
    text = "The Liberals unveiled the plan on Monday. They say the revenue will be returned."
    assert speakers(attribute, text) == [("They", "Liberals", "group", None)]


def test_anonymous_sources_are_flagged_not_resolved(attribute):
    [quote] = attribute("Officials say more arrests are likely in the coming days.")
    assert (quote.resolved.name, quote.resolved.type, quote.flags) == (
        "Officials", "group", ["ANONYMOUS_SOURCE"])


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("According to the investigation officer who declined to be named, the suspect used a "
     "false passport.", "the investigation officer", "investigation officer"),
    ("The officer, who spoke on condition of anonymity, said the suspect used a false "
     "passport.", "The officer", "officer"),
])
def test_a_speaker_withheld_on_purpose_is_no_one_named(attribute, text, mention, name):
    quotes = attribute("Police chief Tom Vale said the suspect was arrested on Saturday. "
                       "Vale said he acted alone.\n\n" + text)
    last = quotes[-1]
    assert (last.speaker.text, last.resolved.name, "ANONYMOUS_SOURCE" in last.flags) == (
        mention, name, True)


def test_pronoun_with_no_candidate_is_unresolved(attribute):
    [quote] = attribute('"We will appeal the ruling," she said.')
    assert (quote.resolved, quote.flags) == (None, ["UNRESOLVED_SPEAKER"])


def test_a_sentence_s_opening_preposition_is_no_first_name(nlp):
    from quotes.resolution import ArticleResolver

    doc = nlp("Harbury President Glenn McCallum gave his state of the nation address on Monday."
              "\n\nFollowing McCallum\u2019s address, Registrar Deb Donaldson presented five "
              "people with a Coming Home card.\n\nMcCallum says the most important facet is "
              "the treaty that is in the works.")
    component = nlp.get_pipe("speaker_resolution")
    resolver = ArticleResolver(doc, component.resolution_rules, component.weights)
    names = {name for entity in resolver.entities for name in entity.names}
    assert "Glenn McCallum" in names and not any(n.startswith("Following") for n in names)


def test_the_title_of_a_work_is_not_a_person(nlp):
    from quotes.resolution import ArticleResolver

    doc = nlp("Home cooks know Dorie Greenspan well. Her new cookbook, Everyday Dorie ($50, "
              "Houghton Mifflin Harcourt) is a welcome addition.")
    component = nlp.get_pipe("speaker_resolution")
    resolver = ArticleResolver(doc, component.resolution_rules, component.weights)
    names = {name for entity in resolver.entities for name in entity.names}
    assert "Dorie Greenspan" in names and "Everyday Dorie" not in names


def test_an_abbreviation_before_a_quote_ends_the_sentence(attribute):
    text = ('Chef Nora Quinlan first cooked in Washington, D.C. "It was a start," she says.')
    assert [(q.quote_type, q.quote.text, q.resolved.name) for q in attribute(text)] == [
        ("direct", '"It was a start,"', "Nora Quinlan")]


def test_an_office_is_not_the_holder_of_another_office(attribute):
    text = ("Sen. Jon Tester spoke on Sunday. If the president is now saying, "
            "“We will build it anyway,” that is wrong, he said.")
    assert speakers(attribute, text)[0] == ("the president", "president", "person", None)


def test_a_city_is_not_the_university_named_after_it(attribute):
    text = ("Ottawa has spent billions. The University of Ottawa-based Institute of Fiscal "
            "Studies criticised the plan. In its 2016 budget, Ottawa suggested the multiplier "
            "would be 1.4.")
    assert speakers(attribute, text) == [("Ottawa", "Ottawa", "organization", None)]


def test_the_city_is_the_place_the_article_keeps_returning_to(attribute):
    text = ("Toronto has a housing crisis. Shelters in Toronto are full, and Toronto plans more "
            "beds. Ontario has offered help. According to the city, 8,715 people were homeless "
            "in April.")
    assert speakers(attribute, text)[0][:2] == ("the city", "Toronto")


def test_the_city_is_the_city_government_the_article_names(attribute):
    text = ("The City of Lakeview approved the budget. Mayor Ann Cole defended it. The arena will "
            "close next year, according to the city.")
    assert speakers(attribute, text)[0][:2] == ("the city", "City of Lakeview")


@pytest.mark.parametrize(("text", "expected"), [
    # a regional municipality governs whatever kind of town: "the city" is it
    ("Vale Harbour Regional Municipality issued a flood warning. The city said that some "
     "roads were closed.", ("The city", "Vale Harbour Regional Municipality")),
    # a town named "X City" is not taken over the City of Y the story is about
    ("The City of Ashby opened a bridge. Rowan City closed its pool. The city said that the "
     "bridge cost $2 million.", ("The city", "City of Ashby")),
])
def test_the_city_may_be_a_municipality_named_by_its_kind(attribute, text, expected):
    assert speakers(attribute, text)[0][:2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the province" is the government the article names for one place ...
    ("The B.C. government says the plant will run on clean power.\n\nA statement from the "
     "province says the ministers made their decision after a review.",
     ("the province", "B.C. government")),
    # ... or the place the article keeps coming back to
    ("Alberta has approved the plan, officials said. Alberta wants more pipelines.\n\nThe "
     "province says the rules make it harder to build pipelines.",
     ("The province", "Alberta")),
    # a national government is no province's
    ("The Canadian government says the plant will run on clean power.\n\nA statement from "
     "the province says the review was fair.", ("the province", "province")),
])
def test_the_province_is_its_government_or_its_place(attribute, text, expected):
    assert speakers(attribute, text)[-1][:2] == expected


def test_the_city_is_never_a_provinces_government(attribute):
    text = ("The B.C. government says the plant will run on clean power.\n\nThe city said "
            "the road would close.")
    assert speakers(attribute, text)[-1][:2] == ("The city", "city")


def test_the_city_stays_as_written_between_two_equal_places(attribute):
    text = "Toronto and Ottawa both want more money. According to the city, the shelters are full."
    assert speakers(attribute, text)[0][:2] == ("the city", "city")


def test_a_body_whose_name_has_and_is_one_speaker_not_a_pair_of_itself(attribute):
    text = ("The Ministry of Fisheries and Ocean Resources rejected the claims and said the "
            "quota would stay.")
    assert speakers(attribute, text) == [
        ("The Ministry of Fisheries and Ocean Resources",
         "Ministry of Fisheries and Ocean Resources", "organization", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the body a statement opens with speaks for it when its kind or "it" trails the statement
    ("Harbor Mining posted a loss on Tuesday, the company said.",
     [("the company", "Harbor Mining", "organization", None)]),
    ("Talvik Mobile cut 200 jobs in March, it said.",
     [("it", "Talvik Mobile", "organization", None)]),
    # a description of another kind of body is somebody else
    ("Harbor Mining posted a loss on Tuesday, the bank said.",
     [("the bank", "bank", "organization", None)]),
])
def test_a_trailing_description_may_be_the_body_its_statement_opens_with(attribute, text,
                                                                         expected):
    assert speakers(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a statement opening with its subject's state of mind is that person's own account
    ("Justice Minister Alan Ferris spoke after judge Peter Kelly criticised the Government. "
     "Mr Ferris was sure Mr Justice Kelly \u201cdid not intend to suggest that the Government "
     "interferes with the court\u201d, he told the radio this morning.",
     ("he", "Alan Ferris")),
    # any other verb leaves both people the statement names out: "he" is somebody else
    ("Justice Minister Alan Ferris spoke after judge Peter Kelly criticised the Government. "
     "Mr Ferris misled Mr Justice Kelly about the court budget, he told the radio.",
     ("he", None)),
])
def test_a_trailing_pronoun_may_be_the_person_whose_stance_opens_the_statement(attribute, text,
                                                                              expected):
    assert speakers(attribute, text)[-1][:2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the body that spoke last names itself in its next statement, as press releases do
    ("The Harbour Police Command said it was hunting robbers near Port Vale. \"We know "
     "them,\" it said.\n\nIt added that the Harbour Police Command had deployed a squad.",
     ("It", "Harbour Police Command")),
    # a body that did not speak last stays out: "it" is somebody else
    ("The Harbour Police Command found the car near Port Vale. The Vale Transport Authority "
     "said the road was shut.\n\nIt added that the Harbour Police Command had sent a squad.",
     ("It", "Vale Transport Authority")),
])
def test_a_leading_it_may_be_the_speaking_body_named_in_its_statement(attribute, text,
                                                                      expected):
    assert speakers(attribute, text)[-1][:2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nobody speaks of themselves by name: a person a quotation names is not its speaker
    ("Pedro Ruiz spoke after Tomas Berg left the hall. Berg had proposed a new tax. \"Berg's "
     "tax is a disgrace,\" he said.", ("he", "Pedro Ruiz")),
    ("Pedro Ruiz spoke after Tomas Berg left the hall. Berg had proposed a new tax. \"The "
     "tax is a disgrace,\" he said.", ("he", "Tomas Berg")),
    # a closing mark with no opener may hold its own attribution: no exclusion there
    ("Pedro Ruiz spoke on Monday.\n\nWhen asked about the tax, Ruiz said that it was fair. "
     "It will pass,\" he said.", ("he", "Pedro Ruiz")),
])
def test_a_person_a_quotation_names_is_not_its_speaker(attribute, text, expected):
    assert speakers(attribute, text)[-1][:2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nor by the description the article gave them: "the lawyer" is whom it is about
    ("Vale said the lawyer, Lord Dunmore, will join the panel.\n\nHe is a renowned lawyer in "
     "London, Vale said.\n\nThe lawyer will also give his opinion on the case, he said.",
     ("he", "Omar Vale")),
    # … while a pronoun inside the statement may be the speaker himself
    ("Vale said the lawyer, Lord Dunmore, will join the panel.\n\nHe is a renowned lawyer in "
     "London, Vale said.\n\nHe will also give his opinion on the case, he said.",
     ("he", "Omar Vale")),
])
def test_a_person_the_statement_describes_is_not_its_speaker(attribute, text, expected):
    text = "A lawyer has been hired, Secretary General Omar Vale said.\n\n" + text
    assert speakers(attribute, text)[-1][:2] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office bracketed with its acronym and set beside a person is not the person's name
    ("The clinic opened in May.\n\nMr Tomas Kiberu, the Resident District Commissioner (RDC), "
     "said the clinic will serve 4,000 people.\n\nHe said the work resumed in March.",
     ("He", "Tomas Kiberu")),
    # a title written after a name the person also goes by is part of the name
    ("Ana Lund MS said: \"Waiting times have fallen.\"\n\nLund said more work was needed.",
     ("Lund", "Ana Lund MS")),
])
def test_a_persons_office_is_never_the_name_they_are_filed_under(attribute, text, expected):
    assert speakers(attribute, text)[-1][:2] == expected


def test_a_portfolio_joined_by_and_to_its_office_is_no_second_speaker(attribute):
    """``Minister of Ecology and Natural Resources … said``: the parse joins the portfolio's
    second field to the office; the field is no person, and no group is made of it."""
    text = ("Harbury proposes joint monitoring in the lake, Deputy Minister of Ecology and "
            "Natural Resources of Harbury Ana Teller said.")
    assert speakers(attribute, text)[0][2] != "group"
