"""Stacked attributions (issue 7): a speech verb's statement that opens with another speaker
and cue is the outer speaker's account, once, the way news annotators file it; a statement
"according to" someone that holds a speaker who speaks is that speaker's claim. Invented
sentences; every quote with its exact span, type, speaker as written and cue."""

from __future__ import annotations

import pytest
from quote_rows import found

RELAYED = [
    # "according to" in front of a speaker who speaks
    ("According to the harbour master, the pilot told the crew the rudder had jammed.",
     [("indirect", "the rudder had jammed", "the pilot", "told")]),
    ("According to police, the driver said he had not seen the cyclist.",
     [("indirect", "he had not seen the cyclist", "the driver", "said")]),
    # "according to" inside the clause of a speaker who speaks
    ("Luis Delgado, according to the state news agency, said that talks would resume in May.",
     [("indirect", "talks would resume in May", "Luis Delgado", "said")]),
    ("The filing states that the auditors warned the board the accounts were incomplete.",
     [("indirect", "the accounts were incomplete", "the auditors", "warned")]),
    # an outlet's "reported" after a statement that has its own speaker and speech verb
    # passes it on; the name set beside the outlet is no part of the statement
    ("During the visit, the premier said that the two countries must work together, the "
     "state news agency, Baltica, reported.",
     [("indirect", "the two countries must work together", "the premier", "said")]),
    ("Police said the man was arrested, the Star reported.",
     [("indirect", "the man was arrested", "Police", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_a_relayed_statement_belongs_to_whoever_made_it(attribute, text, expected):
    assert found(attribute, text) == expected


KEPT_BY_THE_OUTER_SPEAKER = [
    # a speech verb whose statement opens with another speaker and cue: the outer speaker's
    # account of what was said, as the annotators of every news set file it
    ("Police said a witness told officers the van was blue.",
     [("indirect", "a witness told officers the van was blue", "Police", "said")]),
    # a document quoted by a person: the person's account, the whole of it
    ("Amos Kamau said that, among other errors, the memo said the budget was $2 million.",
     [("indirect", "among other errors, the memo said the budget was $2 million",
       "Amos Kamau", "said")]),
    # an inner cue deep in the statement, not opening it, is part of the outer claim
    ("Ilse Brandt argued that the survey, which the council says is flawed, shows rising rents.",
     [("indirect", "the survey, which the council says is flawed, shows rising rents",
       "Ilse Brandt", "argued")]),
    # a second that-clause of the outer cue, opened by another speaker and cue (however
    # weak): still the outer speaker's statement, the whole of it
    ("The mayor said the road will reopen in May and that engineers told council the bridge "
     "is safe.",
     [("indirect", "the road will reopen in May and that engineers told council the bridge "
       "is safe", "The mayor", "said")]),
    ("Ms Odhiambo said inquiries are continuing and that early tests indicate the pump was "
     "tampered with.",
     [("indirect", "inquiries are continuing and that early tests indicate the pump was "
       "tampered with", "Ms Odhiambo", "said")]),
    # a cue inside a free relative ("what he said …") names a thing in the outer statement
    ("Tomas Reyes said he would work with the police against what he said had become a "
     "serious problem.",
     [("indirect", "he would work with the police against what he said had become a serious "
       "problem", "Tomas Reyes", "said")]),
    # the inner cue is a detail of another act the statement is about: part of the outer
    # claim, as every news set files it, not a statement of its own
    ("The opposition leader said the minister had justified the cuts by claiming the unions "
     "had agreed.",
     [("indirect", "the minister had justified the cuts by claiming the unions had agreed",
       "The opposition leader", "said")]),
    ("The mayor said that the road, which the Harbury Council said was too costly, would "
     "open in May.",
     [("indirect", "the road, which the Harbury Council said was too costly, would open in "
       "May", "The mayor", "said")]),
    # … but a cue whose speaker is a pronoun, or a "who" clause, picks the story up again
    ("She said the council will meet monthly, she said it was not ideal.",
     [("indirect", "the council will meet monthly, she said it was not ideal", "She", "said"),
      ("indirect", "it was not ideal", "she", "said")]),
    ("Farmer Tom Ware said sheep sold for $2 a head, which was backed by Nutrien's Joel "
     "Flemming, who said lamb was being sold for less.",
     [("indirect", "sheep sold for $2 a head, which was backed by Nutrien's Joel Flemming, "
       "who said lamb was being sold for less", "Farmer Tom Ware", "said"),
      ("indirect", "lamb was being sold for less", "Nutrien's Joel Flemming", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_BY_THE_OUTER_SPEAKER)
def test_the_outer_speaker_keeps_a_statement_that_only_mentions_another(attribute, text,
                                                                        expected):
    assert found(attribute, text) == expected


SENTENCE_ADVERBS = [
    ("Besides, she added, the bridge was never designed for trucks.",
     [("indirect", "the bridge was never designed for trucks", "she", "added")]),
    ("In fact, Omar Said noted, nobody was hurt.",
     [("indirect", "nobody was hurt", "Omar Said", "noted")]),
    # a subject before the cue still belongs to the statement
    ("Police, the inspector says, have no policy on drones.",
     [("indirect", "Police", "the inspector", "says"),
      ("indirect", "have no policy on drones", "the inspector", "says")]),
    # … but a pronoun alone before the aside says nothing of its own
    ("These, she said, included an attack on a councillor.",
     [("indirect", "included an attack on a councillor", "she", "said")]),
    # … and when the cue comes first and the parse gave it both noun phrases as subjects,
    # the one after it speaks
    ("The reason, says the harbour master, is that the pier is unsafe.",
     [("indirect", "The reason", "the harbour master", "says"),
      ("indirect", "is that the pier is unsafe", "the harbour master", "says")]),
    # a time clause after the cue says when it was said, no more of the statement
    ("Inflation will fall below ten percent, the governor said, less than a year after "
     "prices peaked.",
     [("indirect", "Inflation will fall below ten percent", "the governor", "said")]),
    # a fronted participle is the occasion of the cue, never what was said
    ("Asked whether the plant would close, the manager said no.", []),
    # a "with" phrase after the cue with no clause of its own is the writer's gloss
    ("Fifteen murders were recorded in September, police said, with this latest killing "
     "pushing the count to 78.",
     [("indirect", "Fifteen murders were recorded in September", "police", "said")]),
    # … and so is an absolute phrase on how the words were said
    ("The plan is dead, Tomas Reyes said, his voice shaking with anger.",
     [("indirect", "The plan is dead", "Tomas Reyes", "said")]),
    # … and so is a participle naming where the words were reported
    ("Some people rejoiced when the budget was cut, Mayor Ana Ruiz said, quoted by the "
     "Harbour Herald.",
     [("indirect", "Some people rejoiced when the budget was cut", "Mayor Ana Ruiz", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_ADVERBS)
def test_an_opening_adverb_before_a_mid_sentence_cue_is_no_statement(attribute, text,
                                                                      expected):
    assert found(attribute, text) == expected


INVERTED_NAMES_READ_AS_OBJECTS = [
    ('"Time to rest. I will be back stronger," tweeted Brandt.',
     [("direct", '"Time to rest. I will be back stronger,"', "Brandt", "tweeted")]),
    ('"We won," posted Coach Ben Ortiz on Sunday.',
     [("direct", '"We won,"', "Coach Ben Ortiz", "posted")]),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_NAMES_READ_AS_OBJECTS)
def test_a_name_after_a_trailing_cue_is_its_speaker_even_when_parsed_as_object(
        attribute, text, expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz said the minister told her the plan was dead.", ("Ana Ruiz", "Ana Ruiz")),
    ("Ana Ruiz said she told the minister the plan was dead.", ("Ana Ruiz", "Ana Ruiz")),
    # an inner cue that is a detail of another act is part of the outer statement
    ("The opposition leader said the minister had justified the cuts by claiming the unions "
     "had agreed.", ("The opposition leader", "opposition leader")),
])
def test_a_statement_relaying_another_is_filed_under_whoever_relays_it(attribute, text,
                                                                        expected):
    last = list(attribute(text))[-1]
    assert (last.speaker.text, last.resolved.name) == expected


SECOND_STATEMENT = [
    # a speech verb with a clause of its own, joined by the parse to the first statement's verb:
    # the speaker's second statement, and the first one ends before it
    ("Nina Kato acknowledged that heavy rains had caused delays but assured that the line "
     "would open by April.",
     [("indirect", "heavy rains had caused delays", "Nina Kato", "acknowledged"),
      ("indirect", "the line would open by April", "Nina Kato", "assured")]),
    ("She said the company had cut 200 jobs and warned that more cuts would follow.",
     [("indirect", "the company had cut 200 jobs", "She", "said"),
      ("indirect", "more cuts would follow", "She", "warned")]),
    # … and one whose addressee the parse hung the statement on
    ("Dana Whitfield said the long waits were unacceptable but assured patients that no-one "
     "in need of urgent surgery was being delayed.",
     [("indirect", "the long waits were unacceptable", "Dana Whitfield", "said"),
      ("indirect", "no-one in need of urgent surgery was being delayed", "Dana Whitfield",
       "assured")]),
    # a contrasting clause whose own subject reports a clause: a second speaker's statement
    ("Crown attorney Ana Ruiz argued the sentence was too light, while defence lawyer Tom "
     "Reyes countered that his client had shown remorse.",
     [("indirect", "the sentence was too light", "Crown attorney Ana Ruiz", "argued"),
      ("indirect", "his client had shown remorse", "defence lawyer Tom Reyes", "countered")]),
    # … but a reason the speaker gives stays in the statement (the poll's words inside it
    # are relayed by the speaker, test_a_statement_relaying_another_…)
    ("Reyes said the remarks were desperate because a recent poll indicated that the lead "
     "was closing.",
     [("indirect", "the remarks were desperate because a recent poll indicated that the lead "
       "was closing", "Reyes", "said"),
      ("indirect", "the lead was closing", "a recent poll", "indicated")]),
    # a participle after what an order required is the one who gave the order
    ("The minister directed that all hospitals keep two accounts, stressing that repairs are "
     "an obligation.",
     [("indirect", "repairs are an obligation", "The minister", "stressing")]),
    # a joined speech verb with an object, not a clause, is part of the first statement
    ("Scouts said they could not confirm or deny the report.",
     [("indirect", "they could not confirm or deny the report", "Scouts", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_STATEMENT)
def test_a_speech_verb_joined_to_the_reported_clause_is_the_speakers_own(attribute, text,
                                                                        expected):
    assert found(attribute, text) == expected


ATTRIBUTION_AFTER_A_COMMA = [
    # what follows the comma is the attribution of the clause before it, not its statement
    ("Harbor Mining posted a loss on Tuesday, the company said in a statement.",
     [("indirect", "Harbor Mining posted a loss on Tuesday", "the company", "said")]),
    # a cue between commas before the statement it governs
    ("Moreover, he adds, the greatest gains come for new papers.",
     [("indirect", "the greatest gains come for new papers", "he", "adds")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_AFTER_A_COMMA)
def test_an_attribution_after_a_comma_is_no_statement_of_the_clause_before(attribute, text,
                                                                          expected):
    assert found(attribute, text) == expected
