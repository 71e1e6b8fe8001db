"""Cue verbs added from published inventories (rules/cue_verbs.jsonl), on invented sentences.

Each row: the sentence, then the quote, the speaker as written, the resolved name and the cue.
"""

from __future__ import annotations

import pytest

from quotes.rules import CueVerbRule, builtin_rules_dir, read_rules

CASES = [
    # manner of speaking and evaluative verbs (VerbNet manner_speaking-37.3, complain-37.8)
    ('"That is simply not true," retorted Mayor Lena Ortiz.',
     '"That is simply not true,"', "Mayor Lena Ortiz", "Lena Ortiz", "retorted"),
    ("Councillor Raj Patel retorted that the budget had been approved in March.",
     "the budget had been approved in March", "Councillor Raj Patel", "Raj Patel", "retorted"),
    ('"Nobody reads those reports," scoffed Ivo Brandt, a retired engineer.',
     '"Nobody reads those reports,"', "Ivo Brandt", "Ivo Brandt", "scoffed"),
    ('"Get out of my office," snapped Tomas Reyes.',
     '"Get out of my office,"', "Tomas Reyes", "Tomas Reyes", "snapped"),
    ('"We are not finished," muttered Coach Ellen Marsh.',
     '"We are not finished,"', "Coach Ellen Marsh", "Ellen Marsh", "muttered"),
    ('"Not now," Karl Weber murmured.', '"Not now,"', "Karl Weber", "Karl Weber", "murmured"),
    ('"Everybody knew," mumbled Rosa Vidal.',
     '"Everybody knew,"', "Rosa Vidal", "Rosa Vidal", "mumbled"),
    ('"That was the last straw," fumed Commissioner Ola Berg.',
     '"That was the last straw,"', "Commissioner Ola Berg", "Ola Berg", "fumed"),
    ('"It is not my fault," whined Felix Grant.',
     '"It is not my fault,"', "Felix Grant", "Felix Grant", "whined"),
    ("Councillor Bea Rossi grumbled that the meeting had run three hours late.",
     "the meeting had run three hours late", "Councillor Bea Rossi", "Bea Rossi", "grumbled"),
    ("Union leader Greta Holm protested that the workers were never consulted.",
     "the workers were never consulted", "Union leader Greta Holm", "Greta Holm", "protested"),
    # a question put to an audience ("posed" cues only a quotation)
    ('"Who will pay for this?" posed Ana Ruiz at the rally.',
     '"Who will pay for this?"', "Ana Ruiz", "Ana Ruiz", "posed"),
    # phrasal forms: the particle may follow the verb
    ('"I never signed it," Omar Haddad blurted out.',
     '"I never signed it,"', "Omar Haddad", "Omar Haddad", "blurted"),
    ("Dana Price blurted out that she had never seen the contract.",
     "she had never seen the contract", "Dana Price", "Dana Price", "blurted"),
    ('"It was never about money," Mia Novak went on.',
     '"It was never about money,"', "Mia Novak", "Mia Novak", "went"),
    ('"See you all in court," Mayor Lena Ortiz signed off.',
     '"See you all in court,"', "Mayor Lena Ortiz", "Lena Ortiz", "signed"),
    ('"It is a bad deal," Senator Ada Quinn weighed in.',
     '"It is a bad deal,"', "Senator Ada Quinn", "Ada Quinn", "weighed"),
    ("Senator Ada Quinn weighed in that the deal was bad.",
     "the deal was bad", "Senator Ada Quinn", "Ada Quinn", "weighed"),
    ('"Enough," Judge Mara Kell cut in.', '"Enough,"', "Judge Mara Kell", "Mara Kell", "cut"),
    ('"No way," Omar Haddad spoke up.', '"No way,"', "Omar Haddad", "Omar Haddad", "spoke"),
    # say-37.7 and the Gender Gap Tracker's list
    ('"The trains will run again," Transport Minister Yusuf Adeyemi proclaimed.',
     '"The trains will run again,"', "Transport Minister Yusuf Adeyemi", "Yusuf Adeyemi",
     "proclaimed"),
    ("Senator Ada Quinn exclaimed that the vote was a victory for farmers.",
     "the vote was a victory for farmers", "Senator Ada Quinn", "Ada Quinn", "exclaimed"),
    ('"The hospital needs a new wing," Dr. Samir Nasser confessed.',
     '"The hospital needs a new wing,"', "Dr. Samir Nasser", "Samir Nasser", "confessed"),
    ("Former mayor Paul Dubois confided that he had considered resigning.",
     "he had considered resigning", "Former mayor Paul Dubois", "Paul Dubois", "confided"),
    ("Professor Ken Ito reasoned that the bridge could not carry heavy trucks.",
     "the bridge could not carry heavy trucks", "Professor Ken Ito", "Ken Ito", "reasoned"),
    ("Economist Sara Lund speculated that rates would fall by June.",
     "rates would fall by June", "Economist Sara Lund", "Sara Lund", "speculated"),
    ('"Is it safe?" inquired Ben Cole.', '"Is it safe?"', "Ben Cole", "Ben Cole", "inquired"),
    # issue 7: more of VerbNet manner_speaking-37.3, say-37.7, complain-37.8, advise-37.9
    ('"We will win this," boomed Coach Ellen Marsh.',
     '"We will win this,"', "Coach Ellen Marsh", "Ellen Marsh", "boomed"),
    ('"That is a lie," Senator Ada Quinn thundered.',
     '"That is a lie,"', "Senator Ada Quinn", "Ada Quinn", "thundered"),
    ('"Thank you all," Mayor Lena Ortiz trilled.',
     '"Thank you all,"', "Mayor Lena Ortiz", "Lena Ortiz", "trilled"),
    ('"Perhaps in spring," ventured Professor Ken Ito.',
     '"Perhaps in spring,"', "Professor Ken Ito", "Ken Ito", "ventured"),
    ('"I saw the car," volunteered Dana Price.',
     '"I saw the car,"', "Dana Price", "Dana Price", "volunteered"),
    ("Councillor Bea Rossi intimated that the mayor would resign.",
     "the mayor would resign", "Councillor Bea Rossi", "Bea Rossi", "intimated"),
    # "griped" is lemmatised "grip": the regular past is read off the form
    ('"Our rent doubled," griped Rosa Vidal, a tenant.',
     '"Our rent doubled,"', "Rosa Vidal", "Rosa Vidal", "griped"),
    ("Councillor Rosa Vidal griped that the rent had doubled.",
     "the rent had doubled", "Councillor Rosa Vidal", "Rosa Vidal", "griped"),
    ("Inspector Omar Haddad briefed reporters that the suspect had fled.",
     "the suspect had fled", "Inspector Omar Haddad", "Omar Haddad", "briefed"),
    # dialogue trailers: begin, start, offer, press
    ('"Well," Mayor Lena Ortiz began.', '"Well,"', "Mayor Lena Ortiz", "Lena Ortiz", "began"),
    ('"And then?" Judge Mara Kell pressed.',
     '"And then?"', "Judge Mara Kell", "Mara Kell", "pressed"),
    ('"I could drive you," offered Omar Haddad.',
     '"I could drive you,"', "Omar Haddad", "Omar Haddad", "offered"),
]


@pytest.mark.parametrize(("text", "quote", "written", "name", "cue"), CASES)
def test_new_cue_verb_finds_quote_speaker_and_cue(attribute, text, quote, written, name, cue):
    found = [(a.quote.text, a.speaker.text if a.speaker else None,
              a.resolved.name if a.resolved else None, a.cue.text if a.cue else None)
             for a in attribute(text)]
    assert found == [(quote, written, name, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The branch snapped under the weight of the snow.",
        "The crowd roared as the team scored in the final minute.",
        "She finally went on holiday after the election.",
        "The committee objected to nothing in the final budget.",
        "The council signed off on the budget on Monday.",
        "Omar Haddad spoke up for the workers at the meeting.",
        "The storm cut in half the number of flights.",
        "The thunder rumbled over the hills all night.",
        "The sirens whooped as the ambulance passed.",
        "Ortiz briefed the council on the budget.",
        "Ortiz volunteered at the shelter.",
        "He gripped the rail and waited.",
        "The meeting started at noon and ended late.",
        "Ortiz offered the job to Patel.",
    ],
)
def test_manner_verbs_without_a_quotation_report_nothing(attribute, text):
    assert list(attribute(text)) == []


def test_every_cue_verb_is_listed_once_with_known_frames():
    entries = read_rules(CueVerbRule, [builtin_rules_dir()])
    lemmas = [e.lemma for e in entries]
    assert len(lemmas) == len(set(lemmas))
    assert all(0.0 < e.strength <= 1.0 for e in entries)


@pytest.mark.parametrize(
    ("text", "quote", "written", "name"),
    [
        ("In the words of Mayor Lena Ortiz, the bridge is a disgrace.",
         "the bridge is a disgrace", "Mayor Lena Ortiz", "Lena Ortiz"),
        ("In the view of the Harbour Commission, the port must expand by 2030.",
         "the port must expand by 2030", "the Harbour Commission", "Harbour Commission"),
        ("In the opinion of Judge Mara Kell, the contract was never valid.",
         "the contract was never valid", "Judge Mara Kell", "Mara Kell"),
        ("As explained by Dr. Ken Ito, the virus spreads through the air.",
         "the virus spreads through the air", "Dr. Ken Ito", "Ken Ito"),
        ("The plan will cost $4 million, as confirmed by the Finance Ministry.",
         "The plan will cost $4 million", "the Finance Ministry", "Finance Ministry"),
    ],
)
def test_prepositional_source_phrases_read_like_according_to(attribute, text, quote, written,
                                                              name):
    found = [(a.quote_type, a.quote.text, a.speaker.text, a.resolved.name)
             for a in attribute(text)]
    assert found == [("indirect", quote, written, name)]
