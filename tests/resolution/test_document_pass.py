"""Documents speak for whoever issued them: in the same phrase, or by the verb that made them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    # the issuer in the same noun phrase
    ('A statement from the Harbour Trust said the pier would reopen in May.',
     ("the Harbour Trust", "Harbour Trust", "name")),
    # … hung by the parser on the participle before it
    ("Harbury Media will close two papers. A letter published online from Ana Ruiz, the "
     "head of its papers, says the model no longer works.", ("Ana Ruiz", "Ana Ruiz", "name")),
    # words said or written (a reply, a response) come from the body named with them
    ("The Harbour Trust refused to meet the council. A reply from the Harbour Trust said it "
     "could not attend.", ("the Harbour Trust", "Harbour Trust", "name")),
    # … but only a named one: a voice from a nose is still the voice
    ('Jack sneezed twice. "Give us the gold," said the voice from my nose.',
     ("the voice from my nose", "voice from my nose", "as written")),
    # no body spoke or was a subject: the one body the last sentences named
    ('Divers with the Harbour Trust searched the pier on Monday. "Nothing was found," the '
     'news release said.', ("the news release", "Harbour Trust", "description")),
    ('Divers with the Harbour Trust and the Coast Guard searched the pier. "Nothing was '
     'found," the news release said.', ("the news release", "news release", "as written")),
    # whom a document was sent to, or who obtained it, never issued it
    ("Police were called to the Harbour Trust's offices on Monday.\n\nWhen told that police "
     "were investigating the Harbour Trust, Harbury Radio was sent a short statement.\n\n"
     "The trust "
     "\u201chas become aware of a report of an alleged investigation,\u201d the statement "
     "said.", ("the statement", "Harbour Trust", "description")),
    # "the company said in a statement" long before: the statement is whom "the company" was
    ("Harbor Mining posted a loss on Tuesday, the company said in a statement.\n\nChief "
     "executive Ana Ruiz said costs had doubled. \"We will recover,\" Ruiz told reporters."
     "\n\nAnalysts expect the shares to fall. The market was closed on Monday.\n\nThe "
     "statement added that 200 jobs would go.", ("The statement", "Harbor Mining", "described")),
    # the issuer named by the verb that issued it
    ('The Harbour Trust issued a statement on Monday. "The pier will reopen in May," the '
     'statement said.', ("the statement", "Harbour Trust", "described")),
    # the document named by the verb that made it: posted … the post
    ('Mayor Ines Varga posted on Facebook on Sunday evening. "We will rebuild the bridge," '
     'the post said.', ("the post", "Ines Varga", "description")),
    ('Mayor Ines Varga wrote a memo to staff on Monday. "No overtime until June," the memo '
     'said.', ("the memo", "Ines Varga", "described")),
    # the named writer of a document that is "in" a body's blog, not the common-noun owner
    ('Ana Ruiz, a researcher at Talos, stated in the company\'s blog post that the threats '
     'came from one address. "The senders reused old servers," the post said.',
     ("the post", "Ana Ruiz", "described")),
    ('Talos published a blog post on Friday. "The senders reused old servers," the post said.',
     ("the post", "Talos", "described")),
    # an indefinite document right after its author made one: the author's
    ('Mayor Ines Varga tweeted on Sunday. A tweet last week said the bridge would reopen.',
     ("A tweet", "Ines Varga", "description")),
    # … whoever the pronoun that made it points at
    ('Ines Varga spoke on Sunday. She tweeted twice. "We will rebuild," the tweet said.',
     ("the tweet", "Ines Varga", "description")),
    ('The bridge closed on Sunday. A tweet said the bridge would reopen.',
     ("A tweet", "A tweet", "as written")),
    # an indefinite statement right after a body spoke is the body's, but only right after
    ('The Harbour Trust said its chairman had resigned. A statement said the trust was '
     '"deeply grateful" for his work.', ("A statement", "Harbour Trust", "description")),
    ('The Harbour Trust said its chairman had resigned. The pier closed. Nobody came. A '
     'statement said the trust was "deeply grateful" for his work.',
     ("A statement", "A statement", "as written")),
    # a person who just spoke issues no statement
    ('Ana Ruiz said she had resigned. A statement said the trust was grateful for her work.',
     ("A statement", "A statement", "as written")),
    # nobody quoted yet: a document is the named body the sentence before was about
    ('Northfield Power cut supply to 4,000 homes on Tuesday. A statement said "crews are '
     'working through the night."', ("A statement", "Northfield Power", "description")),
    ('The Harbour Hawks beat the Sharks on Saturday. "What a night for our fans," the '
     'statement read.', ("the statement", "Harbour Hawks", "description")),
    # … only the sentence before, and never a place
    ('Northfield Power cut supply on Tuesday. Storms hit the coast. Rain fell all night. A '
     'statement said "crews are working through the night."',
     ("A statement", "A statement", "as written")),
    ('Rain fell in Northfield on Tuesday. A statement said "crews are working through the '
     'night."', ("A statement", "A statement", "as written")),
    # nobody named posted anything: the post stays as written
    ('The bridge closed on Sunday evening. "We will rebuild the bridge," the post said.',
     ("the post", "post", "as written")),
    # a pronoun posted: not guessed from the verb
    ('She posted on Facebook on Sunday evening. "We will rebuild the bridge," the post said.',
     ("the post", "post", "as written")),
    # documents their verb's subject dismissed, confirmed or got are not that subject's
    ("The Harbury Police Command has dismissed media reports claiming that hundreds of "
     "suspects were arrested.", ("media reports", "media reports", "as written")),
    ("The council obtained a letter saying that the road would close.",
     ("a letter", "a letter", "as written")),
    ("The Harbury Police Command has issued a statement saying that hundreds of suspects were "
     "arrested.", ("The Harbury Police Command", "Harbury Police Command", "name")),
    # a body's explanation is a document that reads out its words
    ("The Harbury Water Board closed the well in May. \"Water supply has no disinfection "
     "system,\" reads the board's explanation for the advisory.",
     ("the board", "Harbury Water Board", "described")),
    # a presidency is a body (rules/name_words.jsonl), whose statement is its own, though
    # the tagger only typed the place in its name
    ("Lorvia Region Presidency strongly condemned the drone that attacked the city on "
     "Wednesday night, said a presidency statement.",
     ("a presidency statement", "Lorvia Region Presidency", "description")),
    # a news website reports in its own words, as a statement does: what it reported, and
    # "according to the website" after it, are the site's
    ("District heads are leaving the capital, Harbury Online website has reported.\n\nThere "
     "are reports that deputies are leaving too, according to the website.",
     ("the website", "Harbury Online website", "described")),
])
def test_a_document_speaks_for_its_issuer(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the document is the channel of the clause's subject, on the verb or on its object
    ('Coastal Patrol confirmed the arrest in a tweet that said "the suspect is in custody."',
     ("a tweet", "Coastal Patrol", "described")),
    ('The Harbor Authority responded in a post on Facebook that said "the port will reopen '
     'soon."', ("a post on Facebook", "Harbor Authority", "described")),
    ('The Ministry of Health announced the ban in a statement that read "the ban starts '
     'Monday."', ("a statement", "Ministry of Health", "described")),
    ('Northfield Power apologised to customers via a statement that said "we are sorry for '
     'the outage."', ("a statement", "Northfield Power", "described")),
    ('Ana Ruiz, the mayor, thanked crews in a Facebook post that read "you are heroes."',
     ("a Facebook post", "Ana Ruiz", "described")),
    # the subject is resolved as a speaker would be: a description, a pronoun, a conjunct
    ('The Ministry of Health met on Monday. The ministry announced the ban in a statement '
     'that read "the ban starts Monday."', ("a statement", "Ministry of Health", "described")),
    ('Ana Ruiz spoke on Sunday. She confirmed the arrest in a tweet that said "the suspect '
     'is in custody."', ("a tweet", "Ana Ruiz", "described")),
    ('The Harbour Trust closed the pier and confirmed the closure in a statement that said '
     '"the pier is unsafe."', ("a statement", "Harbour Trust", "described")),
    ('Police confirmed the arrest in a tweet that said "the suspect is in custody."',
     ("a tweet", "Police", "described")),
    # hard constraints: a passive subject wrote nothing, a place is no speaker, "she" with
    # nobody named is nobody
    ('Ana Ruiz was named in a report that said "she took the money."',
     ("a report", "a report", "as written")),
    ('Rain fell in Northfield on Tuesday. Northfield confirmed the closure in a statement '
     'that said "the road is closed."', ("a statement", "a statement", "as written")),
    ('She confirmed the arrest in a tweet that said "the suspect is in custody."',
     ("a tweet", "a tweet", "as written")),
    # only a verb one says or writes by: disputing claims in a report wrote no report
    ('Ana Ruiz disputed the claims in a report that said "the mayor took the money."',
     ("a report", "a report", "as written")),
    # a document issued on someone's behalf speaks for them
    ('Ana Teller, who heads the Green party, backed the plan. "I support a change in the '
     'rules," a press release on her behalf stated.',
     ("a press release on her behalf", "Ana Teller", "described")),
    ('The strike goes on. "We will not return," a letter on behalf of the Harbury Teachers '
     'Union said.', ("a letter on behalf of the Harbury Teachers Union",
                     "Harbury Teachers Union", "described")),
])
def test_a_document_speaks_for_the_subject_it_was_the_channel_of(last_speaker, text,
                                                                 expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the proper noun before an issued document names its issuer
    ('The river rose overnight. Floods will last a week, a UN report said.',
     ("a UN report", "UN", "described")),
    ('The Lorvia Parks Office (LPO) runs the reserve. The last fire was in 1978, an LPO '
     'statement said.', ("an LPO statement", "Lorvia Parks Office (LPO)", "described")),
    # "In a statement, the Commission noted": the issuer is whom "the Commission" was
    # resolved to when it spoke, not a new body called "Commission"
    ("The Lorvia National Human Rights Commission (LNHRC) has condemned the abductions. In a "
     "statement, the Commission noted that it had received many reports. \"Breaking into homes "
     'is unlawful," the statement read.',
     ("the statement", "Lorvia National Human Rights Commission (LNHRC)", "described")),
    # past the word for the document's kind; and a trailing cue after a street is the
    # release's, not the street's (the parser hung the release on the street)
    ("Officers were called on Monday. The incident happened in the 200 block of Main Street, "
     "a Harbour Police Service news release said.",
     ("a Harbour Police Service news release", "Harbour Police Service", "described")),
    # a handout is a body's document as a release is
    ("Officers were called on Monday. The incident happened in the 200 block of Main Street, "
     "a Harbour Police Service handout said.",
     ("a Harbour Police Service handout", "Harbour Police Service", "described")),
    # a long noun phrase between a quotation and its cue, the body's acronym in brackets
    ('Officers were called on Friday. "Several units were required throughout the morning, '
     'including patrol, negotiators, K9, and forensic identification," a Harbour Police '
     "Service (HPS) press release said.",
     ("a Harbour Police Service (HPS) press release", "Harbour Police Service (HPS)",
      "described")),
    # "X said in a news release" … "the release states", parsed as one noun phrase
    ("The deputy was sent to a home after a call, the Harbour County Sheriff's Office said in "
     "a news release.\n\nWhen the deputy arrived, he saw a man with a hammer. The deputy gave "
     "the man two warnings, yet the man ignored them, the release states.",
     ("the release", "Harbour County Sheriff's Office", "described")),
    # a document someone only discussed or received is not theirs (document_verbs "reads")
    ("On Tuesday, the Harbury Council cabinet discussed a report on the city deal. The report "
     "said a transport fund was the key part of the deal.",
     ("The report", "report", "as written")),
    ("On Tuesday, the Harbury Council cabinet released a report on the city deal. The report "
     "said a transport fund was the key part of the deal.",
     ("The report", "Harbury Council", "described")),
    # the issuing verb's subject through a conjunction, a relative pronoun, or a participle
    # the parser hung on a sentence with no other verb
    ("The Harbury Council met on Tuesday and released a report on the city deal. The report "
     "said a transport fund was the key part of the deal.",
     ("The report", "Harbury Council", "described")),
    ("The Harbury Council, which released a report on the city deal, met on Tuesday. The "
     "report said a transport fund was the key part of the deal.",
     ("The report", "Harbury Council", "described")),
    ("The Lorvia Candle Party issued on June 6 a statement on the results. The statement says "
     "that the vote was not fair.", ("The statement", "Lorvia Candle Party", "described")),
    # … or the agent of the passive that issued it, past another body named since
    ("The announcement was made Monday by the Harbury Public Prosecution Service, and stems "
     "from an arrest investigated by the Independent Review Office, which sent its file to "
     "prosecutors.\n\n"
     "According to the statement, the officers answered a call.",
     ("the statement", "Harbury Public Prosecution Service", "described")),
    # a common noun for a body before the document: whom that noun is resolved to
    ("The Harbury Town Council closed two parks on Monday. Buses were late. Rain fell. A "
     "council statement said there would be no games until Friday.",
     ("A council statement", "Harbury Town Council", "described")),
    ("Officers from the Harbury Police Service searched the pier on Monday. The pier is old. "
     "Divers came from Northfield. The pier was searched twice, a police news release said.",
     ("a police news release", "Harbury Police Service", "described")),
    # … and only a body the article named: nobody named, the document stays as written
    ("The pier was searched twice, a police news release said.",
     ("a police news release", "a police news release", "as written")),
    # a nationality names nobody
    ('The senders reused old servers, a Korean report said.',
     ("a Korean report", "a Korean report", "as written")),
    # a lower-case word the tagger called a proper noun issues nothing: the document is the
    # one issued before
    ("Stewart pointed to a 2018 study by the Harbour Institute on rents. \u201cControls have "
     "never worked,\u201d the landlord study noted.",
     ("the landlord study", "Harbour Institute", "described")),
    # a place a document came from issued nothing
    ("Health officials are investigating the deaths. Reports monitored from Guinea said the "
     "deaths were not caused by Ebola.",
     ("Reports monitored from Guinea", "Reports monitored from Guinea", "as written")),
    # a video made by a body speaks for it
    ("The Harbury District School Board (HDSB) is reviewing ten schools. The video created by "
     "the HDSB explained that there are more spaces than students.",
     ("the HDSB", "Harbury District School Board (HDSB)", "name")),
    # a court filing named another way is the same filing: the plaintiff's
    ("Mark Dunn's complaint was filed in June. The lawsuit alleges the county broke its own "
     "rules.", ("The lawsuit", "Mark Dunn", "described")),
    # … and "the complaint states", which the parser reads as one noun phrase
    ("Mark Dunn's complaint was filed in June. \u201cThe danger was plain,\u201d the "
     "complaint states.", ("the complaint", "Mark Dunn", "described")),
    # an announcement named another way is the same one: a press release, then the statement
    ("Mayor Ana Ruiz issued a press release on Monday about the flood.\n\n\u201cThe town "
     "will reopen the bridge,\u201d the statement said.",
     ("the statement", "Ana Ruiz", "described")),
    # … issued by an office's holder named after it, the verb's second subject
    ("The Director of Health, Dr Sione Mata has issued a press release on measles.\n\n"
     "\u201cBring all children,\u201d reads the statement.",
     ("the statement", "Sione Mata", "described")),
    # … but a document whose words name a kind of body is that body's, not the statement's
    ("The Harbury government says the plant will run on electricity. Energy Minister Ana Ruiz "
     "said in a statement that the plant is safe. The government release says the plant will "
     "employ 500 people.", ("The government release", "Harbury government", "description")),
])
def test_the_issuer_named_before_the_document(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it" goes on with the document that spoke just before, for its issuer, even a person
    ("Mark Dunn's complaint was filed in June. The lawsuit alleges the county broke its own "
     "rules. It also alleges that the nurse was never trained.", ("It", "Mark Dunn", "pronoun")),
    ("The Harbour Trust issued a statement. The statement said the pier was unsafe. It also "
     "said that repairs would take a year.", ("It", "Harbour Trust", "pronoun")),
    # … also when the mention that spoke named the document's issuer, plural or not
    ("Teams will visit schools this week. A handout by the police stated that 900 officers "
     "would guard them. It said commandos would patrol the markets.", ("It", "police",
                                                                      "pronoun")),
    ("Teams will visit schools this week. A statement from the volunteers said that 900 "
     "people had signed up. It said more were welcome.", ("It", "volunteers", "pronoun")),
    # … but not once someone else has spoken in between
    ("Mark Dunn's complaint was filed in June. The lawsuit alleges the county broke its own "
     "rules. Councillor Ana Ruiz said the claims were false. It also alleges that the nurse "
     "was never trained.", ("It", None, "none")),
])
def test_it_goes_on_with_the_document_that_spoke_before(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


def test_a_persons_document_closing_the_sentence_is_their_words(last_speaker) -> None:
    # the owner a possessive names wrote it: no one else's, as "Ruiz's lawyer" would be
    text = ("University president Robert Manion wrote to the senate on Monday. In addition, "
            "one member will be chosen from the Alumni Association, Manion\u2019s letter stated.")
    assert last_speaker(text)[1] == "Robert Manion"
