"""Statements and trailers the small parser misreads (issue 7, unseen news), on invented
sentences: every quote found with its exact span, type, speaker as written and cue, and the
look-alikes that must stay as they were."""

from __future__ import annotations

import pytest
from quote_rows import found

# a name after a trailer cue set off by a comma speaks
SPEAKER_READ_AS_CLAUSE = [
    # right after a quotation, the name set off by a comma was made the subject of a clause
    ("“That is a key concession,” said lawyer Michael Berg, representing six families who argue "
     "their minority language rights are violated by parts of the law.",
     [("direct", "“That is a key concession,”", "lawyer Michael Berg", "said")]),
    # a cue after a quotation that does report a clause of its own is no trailer
    ("“We will appeal,” and Berg said the ruling was wrong.",
     [("indirect", "the ruling was wrong", "Berg", "said")]),
]


# a partial quotation opening a that-clause is part of the statement
PARTIAL_OPENING_A_THAT_CLAUSE = [
    # an addressee or a time between the cue and "that": the clause is still the statement
    ('Insp. Ann Lowe told reporters Tuesday that "a few dozen shots" hit the house.',
     [("partial", '"a few dozen shots" hit the house', "Insp. Ann Lowe", "told")]),
    ('Insp. Ann Lowe told reporters that "a few dozen shots" hit the house.',
     [("partial", '"a few dozen shots" hit the house', "Insp. Ann Lowe", "told")]),
    # a participle describing a noun after the quotation is no trailer's cue
    ('Insp. Ann Lowe told reporters Tuesday that "a few dozen shots" targeted five men known '
     'to police.',
     [("partial", '"a few dozen shots" targeted five men known to police', "Insp. Ann Lowe",
       "told")]),
    # a quotation that is the whole clause stays the quote, with its marks
    ('Lowe told reporters on Monday that "we are doing everything we can."',
     [("partial", '"we are doing everything we can."', "Lowe", "told")]),
]


# a speech verb after a document noun is a verb
DOCUMENT_VERB_READ_AS_NOUN = [
    ("“We want them back on the job,” Horwath’s statement read.",
     [("direct", "“We want them back on the job,”", "Horwath", "read")]),
    # a verb form after a noun that is no document is a noun
    ("“We share their deep anguish,” he said during his phone call.",
     [("direct", "“We share their deep anguish,”", "he", "said")]),
    ("Kani shared their “deep anguish” during his phone call.", []),
]


# a quoted past form inside the object is the statement's verb
QUOTED_VERB = [
    # quotation marks around the statement's verb made the statement one noun phrase
    ("The auditor general says the government’s decision “favoured” developers.",
     [("partial", "the government’s decision “favoured” developers", "The auditor general",
       "says")]),
]


# a cue in a relative clause after a quotation is no trailer
CUE_IN_A_RELATIVE_AFTER_A_QUOTATION = [
    # "who he said are …": a cue inside a relative clause on the quotation's last noun; the
    # outer statement, with its "that" hung on an auxiliary, is the speaker's
    ("Santos said that workers will not be “disrupting service” today and are holding a “silent "
     "protest with the citizens,” who he said are also worried about the plan.",
     [("partial", "workers will not be “disrupting service” today and are holding a “silent "
       "protest with the citizens,” who he said are also worried about the plan", "Santos",
       "said")]),
    # the relative pronoun is the cue's object: the quotation is what was said
    ('On the phrase "I will not judge you", which Lee said to the member, the judge ruled.',
     [("partial", '"I will not judge you"', "Lee", "said")]),
]


# a union local's number is part of its name
UNION_LOCALS = [
    ("The Amalgamated Transit Union Local 107 said members were angry.",
     [("indirect", "members were angry", "The Amalgamated Transit Union Local 107", "said")]),
]


# a participle joined to a finite verb speaks for the participle above
PARTICIPLE_JOINED_TO_A_FINITE_VERB = [
    # "and saying" hung on "slows": a bare participle shares the subject of the participle above
    ("Many economists are critical of the plan, noting the government could be in trouble if "
     "the economy slows more than it is expected to — and saying the Liberals could have saved "
     "themselves headaches with better planning.",
     [("indirect", "the government could be in trouble if the economy slows more than it is "
       "expected to", "Many economists", "noting"),
      ("indirect", "the Liberals could have saved themselves headaches with better planning",
       "Many economists", "saying")]),
]


# an infinitive cue under a verb with an object says nothing
ASKED_OF_ANOTHER = [
    # object control: what somebody was asked to say is no statement
    ("Reporters pressed him to declare where he stood on the plan.", []),
    ("The council urged the mayor to say that the plan was dead.", []),
    ("Critics challenged him to admit the plan had failed.", []),
    # subject control, or a purpose after the object: the subject says it
    ("Lee's girlfriend called police to say he had run her off the road.",
     [("indirect", "he had run her off the road", "Lee's girlfriend", "say")]),
    ("The minister wanted to stress that the plan was dead.",
     [("indirect", "the plan was dead", "The minister", "stress")]),
    # an -ing form after the addressee goes on with the teller's own statement
    ("The ministries are in contact, Ana Ruiz told the agency adding that the talks will "
     "continue.",
     [("indirect", "The ministries are in contact", "Ana Ruiz", "told"),
      ("indirect", "the talks will continue", "Ana Ruiz", "adding")]),
    # the parse hung the trailer and the participle after it both on the statement's verb
    # (the speaker apposed to the name before her): the participle goes on from the trailer
    ("Lorvia will cooperate with any international investigation probing the death of Harbury "
     "journalist Omar Vale, Foreign Minister Ana Teller said on Tuesday, adding that the "
     "capital had not yet shared any information with any country.",
     [("indirect", "Lorvia will cooperate with any international investigation probing the "
       "death of Harbury journalist Omar Vale", "Foreign Minister Ana Teller", "said"),
      ("indirect", "the capital had not yet shared any information with any country",
       "Foreign Minister Ana Teller", "adding")]),
]


# an office holder after a body name with 'and' speaks
HOLDER_AFTER_A_JOINED_BODY = [
    # "X and Y Union secretary Name": the body's "and" made its first half the subject
    ("Queensland Nurses and Midwives’ Union secretary Beth Mohle said workload pressures were "
     "high.",
     [("indirect", "workload pressures were high", "Midwives’ Union secretary Beth Mohle",
       "said")]),
    # two people joined by "and" stay the first one's (a list of speakers)
    ("Tom Reyes and union secretary Bob Lee said the deal was fair.",
     [("indirect", "the deal was fair", "Tom Reyes", "said")]),
]


# a quote under a name heading is that person's
NAME_HEADINGS = [
    # a round-up heads each speaker's section with their name on a line of its own
    ('Pep Guardiola\n\n"We were sloppy in the first half," said Guardiola.\n\nManuel '
     'Pellegrini\n\n"In the first half we played well. We never felt City could score."',
     [("direct", '"We were sloppy in the first half,"', "Guardiola", "said"),
      ("direct", '"In the first half we played well. We never felt City could score."',
       "Manuel Pellegrini", None)]),
    # a line that is no name (a caption) hands nothing on
    ('"We were sloppy in the first half," said Guardiola.\n\nCity celebrate the opener\n\n'
     '"In the second half we were calm. It was a good day."',
     [("direct", '"We were sloppy in the first half,"', "Guardiola", "said"),
      ("direct", '"In the second half we were calm. It was a good day."', None, None)]),
]


# a paper's name set in quotation marks is the subject that speaks, not words said
QUOTED_TITLES_AS_SPEAKERS = [
    ("In an editorial today [Feb. 27], the \u201cHarbour Ledger\u201d says the decision was "
     "irrelevant.", [("indirect", "the decision was irrelevant", "Harbour Ledger", "says")]),
    # words said, though capitalised, are no title: the speaker is outside them
    ("\u201cNever Again\u201d was the cry, the organisers said.",
     [("partial", "\u201cNever Again\u201d was the cry", "the organisers", "said")]),
]


# an office's holder set off by commas after the office's phrase in "according to": the
# statement starts after the name
HOLDER_AFTER_THE_SOURCE_PHRASE = [
    ("According to the Regional Director of Operations at the Police Service, ACP Yaw Mensah, "
     "his outfit is working to find the culprits.",
     [("indirect", "his outfit is working to find the culprits", "ACP Yaw Mensah",
       "According to")]),
]


# a quotation summed up in the next paragraph as someone's message names its speaker there
SUMMED_UP_AFTER = [
    ("\u201cWe will rebuild the bridge.\u201d\n\nThat was the warning of the mayor, who "
     "spoke on Monday.",
     [("direct", "\u201cWe will rebuild the bridge.\u201d", "the mayor", None)]),
    ("\u201cNo leader will sit back. \u201cThe village has done disgraceful things.\n\nThis "
     "was the message from Prime Minister Ana Lemalu when approached on Thursday.",
     [("direct", "\u201cNo leader will sit back.", "Prime Minister Ana Lemalu", None),
      ("direct", "\u201cThe village has done disgraceful things.", "Prime Minister Ana Lemalu",
       None)]),
    # … or in the quotation's own paragraph, as the question or message the speaker gave
    ("\u201cWho wants to drive four hours for a scan?\u201d That was the question Mayor Lena "
     "Ortiz asked the crowd gathered outside the hospital on Thursday.",
     [("direct", "\u201cWho wants to drive four hours for a scan?\u201d", "Mayor Lena Ortiz",
       None)]),
    ("\u201cWe will not back down.\u201d That was the message Premier Ana Ruiz delivered to "
     "reporters on Monday.",
     [("direct", "\u201cWe will not back down.\u201d", "Premier Ana Ruiz", None)]),
    # a summary that is no one's words ("This was the first time …") names nobody
    ("\u201cWe will rebuild the bridge.\u201d\n\nThis was the first time in years from what "
     "residents recall.", [("direct", "\u201cWe will rebuild the bridge.\u201d", None, None)]),
]


# "that," then a clause that interrupts the statement: the parse took "that" for an object
# and hung the participle on the statement's own verb; the main clause's subject speaks
INTERRUPTED_THAT = [
    ("Town planner Ana Ruiz compiled a report recommending the family keep their pets, "
     "contending that, because the permit was issued in error in 2013, the town should stand "
     "by that.",
     [("indirect", "because the permit was issued in error in 2013, the town should stand by "
       "that", "Town planner Ana Ruiz", "contending")]),
    ("Ana Ruiz wrote a long report, arguing that, if the permit was issued in error, the town "
     "should honour it.",
     [("indirect", "if the permit was issued in error, the town should honour it", "Ana Ruiz",
       "arguing")]),
]


# a speaker noun the tagger read as an adjective ("circular"), determined and modified, is
# the subject that speaks
NOUN_TAGGED_AN_ADJECTIVE = [
    ("A circular issued on Thursday said that the officers decided to restructure the leave "
     "system.", [("indirect", "the officers decided to restructure the leave system",
                  "A circular", "said")]),
]


# a line set between dashes after a quotation ("- Advertisement -") signs nothing
DASHED_LABELS = [
    ('Tom Okada was the lone dissenting vote.\n\nHe says he doesn\u2019t believe it will be '
     'productive and thinks it will \u201cturn into a bunch of dart throwing at service '
     'providers.\u201d\n\n- Advertisement -\n\nOkada says it\u2019s time to wait.',
     [("indirect", "he doesn\u2019t believe it will be productive", "He", "says"),
      ("indirect", "it\u2019s time to wait", "Okada", "says")]),
]


# a report relaying an according-to source is the source's
RELAYED_SOURCES = [
    # an outlet's report of a statement that names its own source: the source's
    ("According to Mayor Ana Ruiz, the bridge will open in May, CBC News reported.",
     [("indirect", "the bridge will open in May", "Mayor Ana Ruiz", "According to")]),
    # the same with a partial quotation before the report's trailer
    ("According to party leader Ed Davey, the profits were “outrageous” while families "
     "“struggle to put food on the table”, the Times reported.",
     [("partial", "the profits were “outrageous” while families “struggle to put food on the "
       "table”", "party leader Ed Davey", "According to")]),
    # "X said, Outlet reports": the outlet relays the speaker the verb before it names
    ("Harbury proposes joint monitoring of the lake, Deputy Minister Ana Ruiz said, Trend "
     "reports.",
     [("indirect", "Harbury proposes joint monitoring of the lake", "Deputy Minister Ana Ruiz",
       "said")]),
    # … and so is a quotation opened right after a speech verb, before the outlet's trailer
    ("The council chairman, Ion Balan, says \u201cit is a legal step through which the "
     "decision is carried out,\u201d the Harbour Gazette reports.",
     [("direct", "\u201cit is a legal step through which the decision is carried out,\u201d",
       "Ion Balan", "says")]),
    ("The chairman of the Harbour District Council (HDC), Ion Balan, says \u201cit is a "
     "legal step,\u201d the Harbour Gazette reports.",
     [("direct", "\u201cit is a legal step,\u201d", "Ion Balan", "says")]),
    # an outlet's "according to" after a statement its speaker's own verb reports
    ("The city's mayor, Ana Petrescu, wrote, on Facebook, that she had met officials of the "
     "European Commission about the heating network, according to the Harbour Gazette.",
     [("indirect", "she had met officials of the European Commission about the heating "
       "network", "Ana Petrescu", "wrote")]),
    # a report with no source of its own is the outlet's
    ("The bridge will open in May, CBC News reported.",
     [("indirect", "The bridge will open in May", "CBC News", "reported")]),
    # a document relays the speech that opens its words, whatever its cue
    ("Minister of State, Tom Reyes today said that while the capital is flooding, the "
     "government is taking every step to limit damage, a release from the ministry said.",
     [("indirect", "while the capital is flooding, the government is taking every step to "
       "limit damage", "Tom Reyes", "said")]),
    # … not a verb of going on that reports no clause
    ("The suspect continued to grab his tools, the news release said.",
     [("indirect", "The suspect continued to grab his tools", "the news release", "said")]),
    # … nor its quoted words, its own wording whatever speaker they name
    ("\u201cThe city confirms that this document never came from the city,\u201d said the "
     "news release.",
     [("direct", "\u201cThe city confirms that this document never came from the city,\u201d",
       "the news release", "said")]),
]


# a past form with its own subject is no passive participle
FINITE_VERB_TAGGED_A_PARTICIPLE = [
    # a past form with a subject of its own in an "as" clause is finite: a statement
    ("This comes as Harbor Foods revealed it aims to make a profit of $9 million.",
     [("indirect", "it aims to make a profit of $9 million", "Harbor Foods", "revealed")]),
    # a participle with no subject is passive: the question put, not a statement
    ("Asked about the loss, Ana Ruiz said the team would recover.",
     [("indirect", "the team would recover", "Ana Ruiz", "said")]),
]


# words quoted after 'accused X of' are the accuser's
ACCUSED_OF = [
    # "accused X of “…”" quotes the accuser's words (rules/verb_classes.jsonl, naming)
    ("And Mr Brown accused Ms Grant of “overblown scaremongering” over the future of the board.",
     [("partial", "“overblown scaremongering”", "Mr Brown", "accused")]),
    ("The firm accused its rival of stealing designs.", []),
]


# a holder after an office closed by a bracket speaks
OFFICE_THEN_HOLDER = [
    # the bracket closing the office's words ended it early: the titled name after it speaks
    ("Development must be balanced, said Minister in the Prime Minister’s Department (Federal "
     "Territories) Datuk Seri Dr Zaliha Mustafa.",
     [("indirect", "Development must be balanced", "Datuk Seri Dr Zaliha Mustafa", "said")]),
    # a description with a relative clause naming the speaker stays the speaker as written
    ("One student who identified himself as Kimani said the fees were too high.",
     [("indirect", "the fees were too high", "One student", "said")]),
]


# 'that' read as a relative subject opens the statement
THAT_READ_AS_A_RELATIVE_SUBJECT = [
    # "that" made the subject of a relative clause on the document noun, beside its own subject
    ("The RCMP said today in a news release that charges were laid against Cpl. Ann Potvin.",
     [("indirect", "charges were laid against Cpl. Ann Potvin", "The RCMP", "said")]),
    # the statement's plural subject read as a verb of a relative clause on the addressee
    ("Cllr Andrew Vale told the same meeting that discharges into watercourses, rivers and "
     "the sea were not only a health risk for residents and visitors.",
     [("indirect", "discharges into watercourses, rivers and the sea were not only a health "
       "risk for residents and visitors", "Cllr Andrew Vale", "told")]),
    # a relative clause proper reports nothing
    ("She spoke in a meeting that lasted an hour.", []),
    # a rank abbreviation (rules/titles.jsonl) ends no sentence before the name
    ("“We are ready,” spokesman Cst. Hans Ouellette said in an interview.",
     [("direct", "“We are ready,”", "spokesman Cst. Hans Ouellette", "said")]),
]


# a role after 'as' is no participle's subject
ROLE_AFTER_AS = [
    # "as" + role before a participle: the role is the main subject's, who speaks
    ("Ana Ruiz began her first day as incoming Alberta premier mending fences with her caucus "
     "and telling the prime minister that they will get along just fine.",
     [("indirect", "they will get along just fine", "Ana Ruiz", "telling")]),
]


# a statement in a relative clause ends with the clause
RELATIVE_CLAUSE_STATEMENTS = [
    # a statement reported in a relative clause between commas ends with that clause
    ("Ruiz, who has said she will retire, told reporters the plan was fair.",
     [("indirect", "she will retire", "Ruiz", "said"),
      ("indirect", "the plan was fair", "Ruiz", "told")]),
]


# a name after two joined offices is their holder
JOINED_OFFICES_THEN_NAME = [
    # two offices joined by "and", the second's body, then the holder between commas
    ("Advisor to the Prime Minister and spokesperson for Qatar's Ministry of Foreign Affairs, "
     "Majed Mohammed Al-Ansari, said on Sunday that the attacks threaten mediators.",
     [("indirect", "the attacks threaten mediators", "Majed Mohammed Al-Ansari", "said")]),
]


# 'when asked' on a noun is a question put
WHEN_ASKED_ON_A_NOUN = [
    # "when asked" hung on a noun as a relative clause is still the question put to them
    ("Her cousin, Gabriel Demante, when asked if he knew the cause of the duel, mentioned that "
     "she was provoked.",
     [("indirect", "she was provoked", "Gabriel Demante", "mentioned")]),
]


# a statement word hung on the speaker stays in the statement
STATEMENT_WORD_HUNG_ON_THE_SPEAKER = [
    # the parse hung the statement's last word on the speaker's phrase across the comma: the
    # statement keeps it; the mention as written keeps it too (cutting mentions at such a
    # comma cost two names on the dev set-aside half, so it is not done), the name is Ruiz
    ("Thirty months is a long time to wait, and it is longer than the man would serve if he "
     "were found guilty, defence counsel Ana Ruiz said outside of the hearing.",
     [("indirect", "Thirty months is a long time to wait, and it is longer than the man would "
       "serve if he were found guilty", "guilty, defence counsel Ana Ruiz", "said")]),
]


# words carrying the sentence on between a quotation and an inverted cue
PARTIAL_BEFORE_AN_INVERTED_TRAILER = [
    # the quoted word is inside the statement the trailer reports
    ('The town has a "robust" volunteer crew and the county has been in contact with the '
     'chiefs, said Fire Chief Dana Moss.',
     [("partial", 'The town has a "robust" volunteer crew and the county has been in contact '
       'with the chiefs', "Fire Chief Dana Moss", "said")]),
    # the cue's own adjunct between them changes nothing: the quotation is what was said
    ('"We will appeal," on Tuesday said Dana Moss.',
     [("direct", '"We will appeal,"', "Dana Moss", "said")]),
]


# a sentence-final cue's speaker, however the parse joined the cue
FINAL_CUE_SPEAKERS = [
    # the cue read as a second verb of the statement, its speaker as an apposition to the
    # place before the comma, its time after it: the plural noun phrase is who speaks
    ("The suspect was arrested by police at Nyendo, highly placed sources said on Sunday.",
     [("indirect", "The suspect was arrested by police at Nyendo", "highly placed sources",
       "said")]),
]


# "that" read as the object of a relative clause on a noun inside the addressee's phrase
THAT_READ_AS_A_RELATIVE_OBJECT = [
    ("While members told an audience of more than 150 that they stand by their records, "
     "others said the board had failed.",
     [("indirect", "they stand by their records", "members", "told"),
      ("indirect", "the board had failed", "others", "said")]),
    # a topic's relative clause says nothing
    ("She told the council about the bill that they passed in May.", []),
]


# a statement hung as a relative clause on the noun of the cue's adjunct
STATEMENT_ON_AN_ADJUNCT = [
    ("Ana Ruiz spoke on Monday. She added despite these challenges they are still accomplishing "
     "good things for their communities.",
     [("indirect", "despite these challenges they are still accomplishing good things for their "
       "communities", "She", "added")]),
    # a relative clause with its gap is the noun's, and nothing is reported
    ("She spoke about the plans they made.", []),
]


# a free relative opening the statement of a source phrase
FREE_RELATIVE_STATEMENTS = [
    ("Dr Ana Ruiz spoke on Monday. According to her what was reported as an outbreak was a "
     "drill.", [("indirect", "what was reported as an outbreak was a drill", "her",
                 "According to")]),
    # a relative pronoun with an antecedent before it opens the writer's sentence
    ("The levy, which a study concluded would cost $2 million, was dropped.", []),
]


# the holder named after the body an "according to" office is of
ACCORDING_TO_AN_OFFICE = [
    # (the joined offices alone were read as two people, one of them "-General")
    ("According to the President and Director-General for the Lakeside Health Authority "
     "(CIUSSS-LHA), Marc Dubois, there are now 900 patients registered to the new clinic.",
     [("indirect", "there are now 900 patients registered to the new clinic", "Marc Dubois",
       "According to")]),
    ("According to the President and Director-General for the Harbour Health Authority, Dan "
     "Gabay, there are now 6,600 patients registered.",
     [("indirect", "there are now 6,600 patients registered", "Dan Gabay", "According to")]),
    ("According to the chief executive of the Harbour Health Authority, Dan Gabay, there are now "
     "6,600 patients registered.",
     [("indirect", "there are now 6,600 patients registered", "Dan Gabay", "According to")]),
]


# a statement whose subject is a gerund phrase, the gerund read as the cue's complement
GERUND_SUBJECT_STATEMENTS = [
    ("Festival director Ana Ruiz says holding open house events in Harbury will be discussed "
     "next month.",
     [("indirect", "holding open house events in Harbury will be discussed next month",
       "Festival director Ana Ruiz", "says")]),
    ("Mayor Tom Vale said having a growing economy puts Harbury on the map.",
     [("indirect", "having a growing economy puts Harbury on the map", "Mayor Tom Vale",
       "said")]),
]


# a statement's regular past read as a participle on the cue's object
PAST_READ_AS_A_PARTICIPLE_ON_THE_OBJECT = [
    ("The Harbury Foreign Ministry said the talks aimed at strengthening trade ties.",
     [("indirect", "the talks aimed at strengthening trade ties",
       "The Harbury Foreign Ministry", "said")]),
    # an irregular participle is one: the words were uttered, nothing is stated of them
    ("He said the words written on the wall.", []),
    # a finite verb later: the participle describes the statement's subject
    ("Police said the man arrested on Monday was released.",
     [("indirect", "the man arrested on Monday was released", "Police", "said")]),
]


# a relative clause on the place a speaker comes from, closed by the comma before the cue
SPEAKER_BEFORE_A_PLACES_RELATIVE = [
    ("Though the valley is prone to flooding and the town itself is used to such incidents, "
     "an official from neighbouring Tarrow district, where about 3,000 residents were also "
     "hit by the floods, said that the flood has lasted longer this year.",
     [("indirect", "the flood has lasted longer this year",
       "an official from neighbouring Tarrow district", "said")]),
]


# a claim about somebody's words names its speaker with "of" before the participle
ALLEGED_SAYING = [
    ("Ministry spokesperson Ana Ruiz denied allegations of Foreign Minister Tom Vale saying, "
     "\"some foreign forces are troubled with our power\" during a meeting with MPs.",
     [("direct", "\"some foreign forces are troubled with our power\"",
       "Foreign Minister Tom Vale", "saying")]),
]


# "said," then the statement, whose own verb could report a clause but has a thing for subject
SAID_COMMA_THEN_A_THING_THAT_TELLS = [
    ("In Harbury, Thomas Ridley, president of the Harbury Interfaith Conference, said, the "
     "attack \u201ctells us we live in very perilous times, and it\u2019s a reminder that we "
     "will not get through the next century without difficulty.\u201d",
     [("partial", "the attack \u201ctells us we live in very perilous times, and it\u2019s a "
       "reminder that we will not get through the next century without difficulty.\u201d",
       "Thomas Ridley", "said")]),
    # parsed right, the thing telling is no trailer closing the sentence either
    ("Tom Vale said, the attack \u201ctells us we live in very perilous times, and it\u2019s "
     "a shame.\u201d",
     [("partial", "the attack \u201ctells us we live in very perilous times, and it\u2019s a "
       "shame.\u201d", "Tom Vale", "said")]),
    # a trailer with a person for subject still closes the statement before it
    ("The vote was close, the clerk told us.",
     [("indirect", "The vote was close", "the clerk", "told")]),
]


# a participle handing on to a new statement, tagged an adjective of the noun after it
CONTINUATION_READ_AS_A_MODIFIER = [
    ("\u201cWe\u2019re starting to see issues,\u201d said Tom Vale, noting patrols are "
     "picking up one or two campfire contraventions a day.",
     [("direct", "\u201cWe\u2019re starting to see issues,\u201d", "Tom Vale", "said"),
      ("indirect", "patrols are picking up one or two campfire contraventions a day",
       "Tom Vale", "noting")]),
]


# a person joined by "and" to a role after "as" starts a clause of their own
PERSON_JOINED_TO_A_ROLE = [
    ("Ball also reiterated his commitment to Harbury as the Minister of Harbury and Aboriginal "
     "Affairs and Russell said he was happy with the importance Ball is placing upon the post.",
     [("indirect", "his commitment to Harbury as the Minister of Harbury and Aboriginal Affairs "
       "and Russell", "Ball", "reiterated"),
      ("indirect", "he was happy with the importance Ball is placing upon the post", "Russell",
       "said")]),
]


# a statement somebody made, its participle reporting the claim: the maker speaks
MAKER_OF_A_STATEMENT = [
    ("MP Tom Vale then asked the Minister regarding a statement he made earlier claiming that "
     "the oil tanks in Tarrow would be taken back.",
     [("indirect", "the oil tanks in Tarrow would be taken back", "he", "claiming")]),
]


# a passive telling joined to the subject's own verb: the subject is whom it was said to
TOLD_IN_A_JOINED_PASSIVE = [
    ("Ana Ruiz could be heard pushing for an explanation and was eventually told: \u201cWe\u2019re "
     "just doing our job.\u201d",
     [("direct", "\u201cWe\u2019re just doing our job.\u201d", None, "told")]),
]


# an active speech verb joined by "and" to a passive one
SPEECH_JOINED_TO_A_PASSIVE = [
    # an active speech verb joined to a passive one: who the passive was about speaks
    ("Mayor Ana Teller was also sworn in as the first elected female mayor in the city\u2019s "
     "history, and said she is eager to get going on the many issues that Lowell is facing.",
     [("indirect", "she is eager to get going on the many issues that Lowell is facing",
       "Mayor Ana Teller", "said")]),
    # (not when the joined verb has a clausal subject of its own)
    ("As you mark things off, you will be motivated to continue doing so, and seeing it on a "
     "regular basis will remind you that your project needs to be done.", []),
]


# a verb the parse gave two subjects
TWO_SUBJECTS = [
    # a seat named by its place, the holder's name hung on the place: the holder
    ("Member for Lowell, Ana Teller, said robberies had gone up.",
     [("indirect", "robberies had gone up", "Ana Teller", "said")]),
    # a second subject inside the phrase that says where the person is from: the person
    ("Omar Vale, from applicants Harbury Partners said the proposal was the right scheme.",
     [("indirect", "the proposal was the right scheme", "Omar Vale", "said")]),
    # a place after a body's name and its comma, where the body sits: the body
    ("The Provincial Health Office, Manila has said that 40 new cases were found.",
     [("indirect", "40 new cases were found", "The Provincial Health Office", "said")]),
]


# "for the first time that …": the parse hung the that-clause on "time" as a relative
CLAUSE_READ_AS_A_RELATIVE_OF_TIME = [
    ("During a call with state governors over a nationwide Covid-19 vaccination plan, Health "
     "Minister Eduardo Vale admitted for the first time that the Brazilian government will "
     "pursue universal immunization against the coronavirus.",
     [("indirect", "the Brazilian government will pursue universal immunization against the "
       "coronavirus", "Health Minister Eduardo Vale", "admitted")]),
    # a relative of "time" with no cue before it reports nothing
    ("It was the first time that the mayor had visited the plant.", []),
    # "said the last time …": a statement opening with a time clause, both of its clauses
    # hung on "time" as relatives
    ("Mayor Ana Teller said the last time a levy was asked for by the police department it "
     "ended up with less money than anticipated.",
     [("indirect", "the last time a levy was asked for by the police department it ended up "
       "with less money than anticipated", "Mayor Ana Teller", "said")]),
    # … but "the last time" with one clause is when it was said, and says nothing
    ("Ana Teller said the last time she saw him.", []),
]


# "said on May 6, officers … arrested …": a date set off after the cue, then a statement
# the parse left unhung
CLAUSE_AFTER_A_DATE = [
    ("Ana Teller said on May 6, officers acting on intelligence arrested Omar Vale, 30, and "
     "his brother.",
     [("indirect", "officers acting on intelligence arrested Omar Vale, 30, and his brother",
       "Ana Teller", "said")]),
    # a participle handing on after the date is a statement of its own
    ("Ana Teller said on Monday, adding that the roads were closed.",
     [("indirect", "the roads were closed", "Ana Teller", "adding")]),
]

# a name the parser read into a fronted date phrase ("On Friday Harbury Power") speaks
NAME_IN_A_DATE_PHRASE = [
    ("On Friday Harbury Power said there was no plan to cut supply over the weekend.",
     [("indirect", "there was no plan to cut supply over the weekend", "Harbury Power",
       "said")]),
]


# each table pins one construction (named above it); one test runs them all, the table's
# name in each case's id
TABLES = {
    "speaker_read_as_clause": SPEAKER_READ_AS_CLAUSE,
    "partial_opening_a_that_clause": PARTIAL_OPENING_A_THAT_CLAUSE,
    "document_verb_read_as_noun": DOCUMENT_VERB_READ_AS_NOUN,
    "quoted_verb": QUOTED_VERB,
    "cue_in_a_relative_after_a_quotation": CUE_IN_A_RELATIVE_AFTER_A_QUOTATION,
    "union_locals": UNION_LOCALS,
    "participle_joined_to_a_finite_verb": PARTICIPLE_JOINED_TO_A_FINITE_VERB,
    "asked_of_another": ASKED_OF_ANOTHER,
    "holder_after_a_joined_body": HOLDER_AFTER_A_JOINED_BODY,
    "name_headings": NAME_HEADINGS,
    "dashed_labels": DASHED_LABELS,
    "noun_tagged_an_adjective": NOUN_TAGGED_AN_ADJECTIVE,
    "interrupted_that": INTERRUPTED_THAT,
    "summed_up_after": SUMMED_UP_AFTER,
    "holder_after_the_source_phrase": HOLDER_AFTER_THE_SOURCE_PHRASE,
    "quoted_titles_as_speakers": QUOTED_TITLES_AS_SPEAKERS,
    "relayed_sources": RELAYED_SOURCES,
    "finite_verb_tagged_a_participle": FINITE_VERB_TAGGED_A_PARTICIPLE,
    "accused_of": ACCUSED_OF,
    "office_then_holder": OFFICE_THEN_HOLDER,
    "that_read_as_a_relative_subject": THAT_READ_AS_A_RELATIVE_SUBJECT,
    "role_after_as": ROLE_AFTER_AS,
    "relative_clause_statements": RELATIVE_CLAUSE_STATEMENTS,
    "joined_offices_then_name": JOINED_OFFICES_THEN_NAME,
    "when_asked_on_a_noun": WHEN_ASKED_ON_A_NOUN,
    "statement_word_hung_on_the_speaker": STATEMENT_WORD_HUNG_ON_THE_SPEAKER,
    "partial_before_an_inverted_trailer": PARTIAL_BEFORE_AN_INVERTED_TRAILER,
    "final_cue_speakers": FINAL_CUE_SPEAKERS,
    "that_read_as_a_relative_object": THAT_READ_AS_A_RELATIVE_OBJECT,
    "statement_on_an_adjunct": STATEMENT_ON_AN_ADJUNCT,
    "free_relative_statements": FREE_RELATIVE_STATEMENTS,
    "according_to_an_office": ACCORDING_TO_AN_OFFICE,
    "gerund_subject_statements": GERUND_SUBJECT_STATEMENTS,
    "name_in_a_date_phrase": NAME_IN_A_DATE_PHRASE,
    "past_read_as_a_participle_on_the_object": PAST_READ_AS_A_PARTICIPLE_ON_THE_OBJECT,
    "speaker_before_a_places_relative": SPEAKER_BEFORE_A_PLACES_RELATIVE,
    "alleged_saying": ALLEGED_SAYING,
    "said_comma_then_a_thing_that_tells": SAID_COMMA_THEN_A_THING_THAT_TELLS,
    "continuation_read_as_a_modifier": CONTINUATION_READ_AS_A_MODIFIER,
    "person_joined_to_a_role": PERSON_JOINED_TO_A_ROLE,
    "maker_of_a_statement": MAKER_OF_A_STATEMENT,
    "told_in_a_joined_passive": TOLD_IN_A_JOINED_PASSIVE,
    "speech_joined_to_a_passive": SPEECH_JOINED_TO_A_PASSIVE,
    "two_subjects": TWO_SUBJECTS,
    "clause_read_as_a_relative_of_time": CLAUSE_READ_AS_A_RELATIVE_OF_TIME,
    "clause_after_a_date": CLAUSE_AFTER_A_DATE,
}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=f"{name}-{n}")
    for name, table in TABLES.items() for n, (text, expected) in enumerate(table)])
def test_misparsed_statement(attribute, text, expected):
    assert found(attribute, text) == expected
