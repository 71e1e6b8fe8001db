"""``they`` goes to a group or body, the previous clause's subject before its object."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    # subject over object, both bodies
    ('The Harbour Union criticised the Port Authority on Monday. "The deal is a fantasy," '
     'they said.', ("they", "Harbour Union", "pronoun")),
    ('The Liberals promised voters lower taxes, and they say the budget will balance by 2030.',
     ("they", "Liberals", "pronoun")),
    # a one-word party the tagger calls singular is still a group, and the subject wins
    ('The Greens attacked the Liberals on Monday. "The budget is a fantasy," they said.',
     ("they", "Greens", "pronoun")),
    # one person is never "they": the body named with her is
    ('Anna Berg met the Greens on Monday. "The budget is a fantasy," they said.',
     ("they", "Greens", "pronoun")),
    ('Anna Berg criticised the Port Authority on Monday. "The deal is a fantasy," they said.',
     ("they", "Port Authority", "pronoun")),
    # a public is no "they" that speaks, unless it already spoke
    ("According to the residents, the Harbour Council had sprayed the tree to kill it.\n\n"
     "They said that nobody answered their complaints.", ("They", "residents", "pronoun")),
])
def test_they_prefers_the_subject_group(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "plural"), [
    ("The Greens won.", True),
    ("The Swiss won.", False),
])
def test_a_one_word_party_in_s_is_a_group(nlp, text, plural) -> None:
    from quotes.resolution.spans import political_group

    doc = nlp(text)
    spans = [e for e in doc.ents if e.label_ == "NORP"]
    assert bool(spans) and political_group(spans[0]) is plural


@pytest.mark.parametrize(("text", "expected"), [
    # a people named by its adjective is plural: never "he", whatever label NER gave it
    ('Coach Anna Berg expects the Welsh to attack early. "We are ready for it," he said.',
     ("he", None, "none")),
    ('Coach Tomas Brandt expects the French to attack early. "They will come at us," '
     'they said.', ("they", "French", "pronoun")),
])
def test_a_people_named_by_its_adjective_is_a_group(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two people just joined by "and", as subject or anywhere in the sentence before
    ("Clinic director Eric Hale and nurse Dana Ruiz have not seen an outbreak like this. They "
     "say people are not getting vaccinated.",
     ("They", "Eric Hale and Dana Ruiz", "pronoun")),
    ("It was the first title for coaches Ben Ortiz and Sam Lund. This one, they said, set the "
     "culture.", ("they", "Ben Ortiz and Sam Lund", "pronoun")),
    # the first name of the pair untagged by NER, but a person the article already named
    ("Commuters waited for an hour. Maria Saldanha and Gitanjali Bhatia were in line.\n\n"
     "\"Look at this now,\" Saldanha said.\n\nBoth Saldanha and Bhatia said they work too "
     "far away to walk. They stressed they wanted better service from the city.",
     ("They", "Maria Saldanha and Gitanjali Bhatia", "pronoun")),
    # names after a place preposition are scenery (the tagger reads small places as people)
    ("On Sunday morning, officials said people at Tarrawick and Moonbaroo should evacuate. "
     "They advised residents it was not yet safe to return.", ("They", "officials", "pronoun")),
    # bodies joined so are left to the group pass: the subject body
    ("The Harbour Union and the Port Authority met on Monday. They said the deal was close.",
     ("They", "Harbour Union", "pronoun")),
    # a pronoun and a name speaking together: whom the pronoun means, and the name
    ("Karen Vale met the premier on Monday. She and Gilles Lanteigne said these clinics were "
     "chosen.", ("She and Gilles Lanteigne", "Karen Vale and Gilles Lanteigne", "pronoun")),
    ("Karen Vale met the premier on Monday. Her and Harbury CEO Gilles Lanteigne also stated "
     "that these clinics were chosen.",
     ("Her and Harbury CEO Gilles Lanteigne", "Karen Vale and Gilles Lanteigne", "pronoun")),
    # three people listed with commas before the "and": all three
    ("Sen. Ana Ruiz, Rep. Tom Hale and Rep. Omar Vale spoke at the library.\n\nThey "
     "acknowledged that transport is a growing issue.",
     ("They", "Ana Ruiz, Tom Hale and Omar Vale", "pronoun")),
    # … and a noun for a few people taken together is them too
    ("Sen. Ana Ruiz, Rep. Tom Hale and Rep. Omar Vale spoke at the library.\n\nThe panel "
     "acknowledged that transport is a growing issue.",
     ("The panel", "Ana Ruiz, Tom Hale and Omar Vale", "description")),
])
def test_they_after_two_people_named_together_is_the_pair(last_speaker, text,
                                                           expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people named by a plural person noun as the subject before: they, not the body
    ("The transport committee published its report on Monday.\n\nThe MPs proposed a franchising "
     "system for bus routes.\n\nHowever, they argued that competition would not help the "
     "industry.", ("they", "MPs", "pronoun")),
    ("Lorvia City Council passed the budget on Tuesday.\n\nCouncil members have offered mixed "
     "responses to the pay cuts. They said today that members can still return the savings.",
     ("They", "Council members", "pronoun")),
    # … in an adverbial clause too, for a "they" later in its sentence
    ("A monitoring mission led by the Organisation for Security and Cooperation in Europe was "
     "to deliver its verdict. The unrest came after elections a year ago, when supporters of "
     "losing parties took to the streets to denounce a vote they said was rigged in favour of "
     "the president.", ("they", "supporters of losing parties", "pronoun")),
    # … or counted by a group noun, not a body named inside the phrase
    ("Thousands marched in the capital on Sunday. A group of doctors and nurses from the "
     "Harbury Health Trust hospitals also gathered in front of the cathedral. They told "
     "reporters that the health system was about to break down.",
     ("They", "A group of doctors and nurses", "pronoun")),
])
def test_they_after_people_named_by_a_plural_noun_is_them(last_speaker, text,
                                                          expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural title noun after two people named together, each with that title, is them;
    # the title reaches further back than a bare "they", and the parse may have joined the
    # titles rather than the names
    ("A statement from the province says Environment Minister Ana Ruiz and Energy Minister "
     "Bo Lee made their decision after a review.\n\nThe ministers say in a statement that the "
     "project cuts emissions.\n\nThe ministers say the project supports jobs.",
     ("The ministers", "Ana Ruiz and Bo Lee", "description")),
    ("Chief Ed Sangris and Chief Steve Nitah met the company. The two chiefs said the talks "
     "failed.", ("The two chiefs", "Ed Sangris and Steve Nitah", "description")),
    # … and so is the number alone
    ("Both Councillor Ana Teller and Councillor Norm Brown noted the lack of staff. The two "
     "said the school would need more teachers.",
     ("The two", "Ana Teller and Norm Brown", "description")),
    # … or set together beside a plural of the noun, however many pairs come after
    ("The court sat on Monday. Defence lawyers, Rhoda Nkwe and Tiro Mapitse, representing "
     "Kgosi Ramotse and his brother, Kabo Ramotse, asked for a transfer.\n\nThe lawyers "
     "argued that the cases began in Lobatse.",
     ("The lawyers", "Rhoda Nkwe and Tiro Mapitse", "description")),
    # … or counted: "the two tenants" are the two people just named together, even in a
    # caption's list the parse does not join
    ("Residents packed the hall on Monday. Maria Lopez and Tom Becker held a sign outside. "
     "The two tenants say a union would help renters.",
     ("The two tenants", "Maria Lopez and Tom Becker", "description")),
    ("Residents packed the hall on Monday. Maria Lopez, left, and Tom Becker, right, hold a "
     "sign during a press event. The two tenants say a union would help renters.",
     ("The two tenants", "Maria Lopez and Tom Becker", "description")),
    # people not given the title are not "the ministers", nor three people "the two"
    ("Ana Ruiz and Bo Lee met the company. The ministers said the talks failed.",
     ("The ministers", "ministers", "as written")),
    ("Maria Lopez, Jo Wu and Tom Becker held a sign outside. The two tenants say a union "
     "would help renters.", ("The two tenants", "two tenants", "as written")),
])
def test_a_plural_title_after_two_people_with_it_is_the_pair(last_speaker, text,
                                                             expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun saying something in a relative clause on the main clause's object is that
    # clause's subject, though another body was the subject of the sentence before
    ("Const. Jay Murray of the Harbour Police Service spoke on Friday. A group called Harbour "
     "Watch posted the first video.\n\nHarbour police showed the additional video which they "
     "said provides more context.", ("they", "Harbour Police Service", "pronoun")),
])
def test_a_pronoun_in_a_relative_clause_is_the_subject_above(last_speaker, text,
                                                              expected) -> None:
    assert last_speaker(text) == expected


def test_they_after_a_definite_body_noun_subject_is_that_body(attribute) -> None:
    """``The police launched …. They said …``: the body the noun names, kept as written,
    not a place named on the way (the dateline's)."""
    text = ("LOWELL, Harbury  \u2013  The police Monday launched investigations into several "
            "murders here over the weekend.\n\nThey said that on Sunday, a man was shot "
            "outside his home.")
    assert [q.resolved.name for q in attribute(text)] == ["police"]
