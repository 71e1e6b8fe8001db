"""The words of a speaker mention: where ``the head of the union`` or ``Mayor Jo Lee`` starts
and ends around the token the cue's grammar points at.

``speaker_mention`` turns a token into a ``Mention`` span; the resolution stage later decides who
the mention is.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from ...datelines import in_release_furniture
from ...model import Mention
from ..grammar import (
    SUBJECT_DEPS,
    comma_between,
    joins_hyphenated,
)
from ..lexicon import Lexicon
from .offices import (
    holder_of_joint_office,
    holder_of_portfolios,
    holder_of_seat,
    office_addressed_to,
    office_holder,
    office_opens_name,
    office_portfolio,
    office_with_holder,
)
from .words import (
    GENERATIONS,
    LEGAL_FORMS,
    MAX_DESCRIPTION,
    PERSONAL_PRONOUNS,
    PLACES_AND_PEOPLES,
    QUANTIFIER_SPEAKERS,
    SENTENCE_ADVERBS,
    age_nominal,
    before_comma,
    counted_pair,
    is_office,
    is_time_expression,
    name_apposed_to_office_object,
    name_start,
    name_words_before,
    noun_lost_by_tagger,
    split_off_head_word,
    time_phrase,
    time_word_on_name,
    union_local_number,
)


def release_furniture_token(token: Token) -> bool:
    """A word of a ticker parenthesis or a wire tag (``TLR`` in ``(NYSE: TLR)``): read from
    the words around it, never from the whole text."""
    window = token.doc[max(0, token.i - 12) : token.i + 12]
    return in_release_furniture(window.text, token.idx - window.start_char)


def glued_list_of_names(role: Token, name: Token) -> bool:
    """``councillors Steve Butland and Paul Christian``: a plural role run without a comma
    into names joined by ``and`` is those people's."""
    return name.left_edge.i == role.i + 1 and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children)


def holder_closing_office_phrase(office: Token, offices: Container[str]) -> Token | None:
    """``Minister of State for Media Affairs and Communications Mohammad Al Momani said``: the
    parse joined the name to the last portfolio with ``and`` (or hung it as the portfolio's
    object: ``The Minister responsible for fisheries Jean-François Ferrari has said``). An
    office title in capitals whose phrase (no comma in it) ends in a person's name inside its
    portfolio words runs on to that name, its holder; joined with ``and`` only without an
    article (``The Minister of Health and Ana Ruiz`` are two people)."""
    if not is_office(office, offices) or _inside_persons_name(office) or (
            office.pos_ != "PROPN"):
        return None
    words = office.doc[office.i : office.right_edge.i + 1]
    last = words[-1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.head.i == office.i or (
            last.dep_ not in {"conj", "pobj"}) or any(t.text in {",", "(", ")"} for t in words):
        return None
    # with an article, a portfolio word before the name (not "The Mayor of Dunmore", a place
    # the tagger took for a person)
    if any(c.dep_ == "det" for c in office.children) and (last.dep_ == "conj" or not any(
            c.i < last.i and c.ent_type_ != "PERSON" and c.dep_ in {"compound", "amod"}
            for c in last.children)):
        return None
    return last


def _inside_persons_name(office: Token) -> bool:
    """An office word the tagger put inside a person's name (``Mayor Ana Ruiz`` tagged whole);
    an office tagged a person on its own (``AAP MLA and leader of opposition X``) is none."""
    doc = office.doc
    return office.ent_type_ == "PERSON" and (
        office.ent_iob_ == "I" or office.i + 1 < len(doc) and doc[office.i + 1].ent_iob_ == "I")


def given_and_surname(token: Token, first_names: Container[str]) -> bool:
    """``… Leader of the Opposition in the National Assembly Omar Ayub claimed``: a known
    first name and a surname, right before a cue the parse left without a subject, whatever
    office phrase (and body label) the parse ran them into."""
    given = token.doc[token.i - 1] if token.i > 0 else None
    return given is not None and given.pos_ == "PROPN" and given.head.i == token.i and (
        given.dep_ in {"compound", "flat"}) and given.lower_ in first_names


def _office_after_portfolios(token: Token, offices: Container[str]) -> Token | None:
    """``The investment, trade and industry minister``: the parser made the first portfolio
    the head and the office the last of its conjuncts. An office noun ending a chain of
    lower-case portfolio nouns joined by commas and ``and`` is the phrase's real head."""
    chain = [token]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
    office = chain[-1]
    if len(chain) < 2 or office.lower_ not in offices or not all(
            t.pos_ == "NOUN" and t.is_lower for t in chain[:-1]):
        return None
    return office


def named_member(token: Token) -> Token | None:
    """``one of the community members Alick Batwel``, ``one of the residents, Ana Ruiz,``: the
    member a group's ``one of`` picks out by name (a person's name apposed to the group)."""
    if token.lower_ != "one":
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ == "pobj" and group.tag_ in {"NNS", "NNPS"}:
                return next((c for c in group.rights if c.dep_ == "appos"
                             and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    return None


def apposed_past_of_phrase(token: Token, offices: Container[str]) -> Token | None:
    """``The state Commissioner of Police, Zubairu Muazu, told``: the parse hung the name set
    off by commas on the ``of`` object, but after an office (``offices``) it names the
    office's holder. So it does after two offices joined by ``and`` (``Advisor to the Prime
    Minister and spokesperson for Qatar's Ministry of Foreign Affairs, Majed Al-Ansari,``),
    hung on the second office's body, when the tagger calls it a person."""
    if not is_office(token, offices):
        return None
    second = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                   and c.is_lower), None)
    return name_apposed_to_office_object(token) or (
        name_apposed_to_office_object(second, person=True) if second is not None else None)


def behind_conjunction(name: Token) -> bool:
    """The proper name the parser hung on a noun as its apposition starts right after a
    coordinating word (``of the East Suffolk and North Essex Trust``): a conjunct, misread."""
    first = name_start(name)
    return first > 0 and name.doc[first - 1].pos_ == "CCONJ"


def body_apposed_to_place(place: Token, name: Token) -> bool:
    """``Meteghan, N.S. RCMP say``: a place cannot speak; the body the parser apposed to it (a
    body's name or a capitalised acronym, no place or person) is its local branch, named
    with its place."""
    if place.ent_type_ not in {"GPE", "LOC"} or name.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"}:
        return False
    acronym = len(name.text) >= 2 and name.text.isupper() and name.text.isalpha()
    return name.ent_type_ == "ORG" or acronym


def speaker_mention(token: Token, institutions: frozenset[str],
                    first_names: Container[str] = (), offices: Container[str] = ()) -> Span:
    """The words that name the speaker: a pronoun, a name, or a short noun phrase.

    Leading titles stay in the mention here; the resolve stage splits them into the role.
    Appositives and relative clauses are left out (``Nadia Jamil, principal researcher…``);
    ``of`` stays inside the name of an institution (``institutions``, rules/name_words.jsonl),
    and inside an office whose holder's name follows it (``Chief of Police Tom Reyes``, told by
    a first name, ``first_names``).
    """
    doc = token.doc
    if token.lower_ in GENERATIONS and token.i >= 3 and doc[token.i - 1].text == "," and (
            doc[token.i - 2].pos_ == "PROPN"):
        # "J. Melchor Quitain, Jr. said": the generation closes the name before the comma
        name = speaker_mention(doc[token.i - 2], institutions, first_names, offices)
        return doc[name.start : token.i + 1]
    quantifier = token.pos_ in {"PRON", "DET", "ADJ"} and token.lower_ in QUANTIFIER_SPEAKERS or (
        token.pos_ == "NUM" and any(c.dep_ == "prep" for c in token.children))
    if token.pos_ == "PRON" and not quantifier:
        partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                        and c.ent_type_ == "PERSON"), None)
        if partner is not None and token.lower_ in PERSONAL_PRONOUNS:
            return doc[token.i : partner.i + 1]  # "She and Gilles Lanteigne said": both
        return doc[token.i : token.i + 1]
    if quantifier and (member := named_member(token)) is not None:
        return speaker_mention(member, institutions, first_names, offices)
    if (first := first_of_listed_countries(token)) is not None:
        return doc[first.i : token.i + 1]  # "For their parts, Norway, …, and Germany announced"
    name = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None) or (
        apposed_past_of_phrase(token, offices))
    if name is not None and token.tag_ == "NNS" and name.tag_ == "NNP" and not (
            fronted_participle(token, first_names)) and not glued_list_of_names(token, name):
        name = None  # "Relatives of the victim, Omar Haddad,": several are not one name
    if name is not None and name_glued_to_other_noun(token, name):
        name = None  # "A former aide to cabinet ministers Ana Ruiz and Tom Hale": theirs
    if name is not None and office_words_only(name, offices):
        name = None  # "Ratan Tata, Chairman Emeritus of Tata Sons,": a role, however tagged
    if name is not None and body_apposed_to_place(token, name):
        return doc[token.i : name.right_edge.i + 1]  # "Meteghan, N.S. RCMP say": the detachment
    conjunct = None
    if name is not None and behind_conjunction(name):
        conjunct, name = name, None  # "The chief executive of the East Suffolk and North
        # Essex Trust": an apposition is set off by a comma or glued to its noun, never
        # behind an "and"; the name is the end of the description's own words
    if name is None and token.pos_ == "NOUN":
        name = name_read_as_conjunct(token)
    if name is None and (officer := officer_after_body(token, offices)) is not None:
        return speaker_mention(officer, institutions, first_names, offices)
    if (holder := holder_of_portfolios(token, offices) or holder_of_seat(token, offices) or (
            holder_after_joined_body(token))):
        return speaker_mention(holder, institutions, first_names, offices)
    glued = name is not None and (token.pos_ == "NOUN" or is_office(token, offices)) and (
        name.left_edge.i == token.i + 1 and name.ent_type_ == "PERSON")
    # ("Kerala's housing minister Arjun Pillai", "Councillor Donna Sheridan", no comma)
    if name is not None and not glued and (token.pos_ == "NOUN" or (
            name.ent_type_ == "PERSON" and token.ent_type_ != "PERSON") or (
            office_with_holder(token, name, offices)) or office_opens_name(name, offices)):
        # "DeLaet's agent, Danny Fritz," / "One red-state Democrat, Sen. Jon Tester,": the name
        return speaker_mention(name, institutions, first_names, offices)
    left = _left_edge(token)
    closing = holder_closing_office_phrase(token, offices)
    right = token.i if closing is not None else _right_edge(
        token, quantifier, institutions, first_names, offices)
    if closing is not None:
        right = closing.i  # "Minister of State for … and Communications Mohammad Al Momani"
    if glued:
        right = max(right, name.i)  # the role and the name it runs into are one mention
        if glued_list_of_names(token, name):
            right = max(right, name.right_edge.i)  # "councillors Ana Ruiz and Tom Hale"
    if conjunct is not None and name_start(conjunct) == right + 1:
        right = conjunct.i  # "… of the East Suffolk and" goes on to "North Essex Trust"
    if token.pos_ == "NOUN" and (office := _office_after_portfolios(token, offices)) is not None:
        right = max(right, office.i)  # "The investment, trade and industry minister"
    if token.pos_ == "ADJ" and (lost := noun_lost_by_tagger(token)) is not None:
        right = lost.i  # "the cheerful innkeeper": the head the tagger missed
    left = _trimmed_left(token, left)
    right = _extended_right(doc, right)
    while token.pos_ == "PROPN" and left > 0 and _first_name_as_modal(doc[left - 1]):
        left -= 1  # "May Chen asked": the tagger read the first name as a modal
    return doc[left : right + 1]


def office_words_only(name: Token, offices: Container[str]) -> bool:
    """``Chairman Emeritus``: an apposition whose capitalised words are all titles is an
    office, however the tagger typed it; no name of the speaker's."""
    words = [t for t in name.doc[name.left_edge.i : name.i + 1] if not t.is_punct]
    return bool(words) and all(is_office(t, offices) for t in words)


def _left_edge(token: Token) -> int:
    """Where the mention starts: the token's modifiers to its left, up to a comma or a time
    word before a name."""
    doc = token.doc
    left = token.i
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if token.pos_ == "PROPN" and time_word_on_name(token, child):
            break  # "At 20:00 Eskom tweeted", "On Friday Eskom said": the time is no name
        if child.dep_ in MENTION_LEFT_DEPS and not comma_between(
                doc, child.right_edge.i, left) and not place_set_off_before_person(token, child):
            left = child.left_edge.i
        else:
            break
    return left


def place_set_off_before_person(token: Token, child: Token) -> bool:
    """``… council of Tsiigehtchic, Grace Blake``: a word the parse hung on a person's name
    that ends in its own comma, and is no person's, is no part of the name."""
    return token.ent_type_ == "PERSON" and child.ent_type_ != "PERSON" and (
        token.doc[child.right_edge.i].text == ",")


def _right_edge(token: Token, quantifier: bool, institutions: frozenset[str],
                first_names: Container[str], offices: Container[str]) -> int:
    """Where the mention ends: through a name's parts, a joined name, an office's portfolio
    or holder, and a short describing phrase (``sources familiar with the talks``)."""
    right = token.i
    for child in token.rights:
        if child.i <= right and child.is_punct:
            continue  # the closing bracket of a field already taken in
        if child.i == right + 1 and child.dep_ in {"flat", "compound"}:
            right = child.i
        elif child.i == right + 1 and child.dep_ == "nummod" and token.pos_ == "PROPN" and (
                child.like_num and child.is_digit):
            right = child.i  # "Channel 12 reports": the number is the name's
        elif (close := _bracketed_field(token, child, right, offices)) is not None:
            right = close  # "Director (Disease Control) of …": the office goes on after it
        elif child.i == right + 1 and child.dep_ == "cc" and child.lower_ in {"and", "&"}:
            if (holder := holder_of_joint_office(token, child, offices)) is not None:
                right = holder.i  # "Tyson President and CEO Donnie Smith": one person
                break
            conj = next((c for c in token.rights if c.dep_ == "conj" and (
                c.pos_ == token.pos_ or person_phrase_beside_name(token, c))), None)
            if conj is None or conj.i - token.i > 6:
                break
            right = conj.i  # "Sandmann and Phillips"
        elif child.i == right + 1 and child.text == "," and (
                last := last_of_listed_people(token) or last_of_listed_countries(token) or (
                    last_word_of_listed_body_name(token, institutions))):
            right = last.i  # "Tamsin Hale, Jo Price and Mayor Jane Doe said": all three
            break
        elif child.i == right + 1 and token.pos_ == "NOUN" and child.dep_ == "advmod" and (
                child.lower_ in PLACE_ADVERBS):
            right = child.i  # "Authorities there said": the description says where they are
        elif child.i == right + 1 and (holder := office_holder(child, first_names,
                                                                   institutions)) is not None:
            right = holder.i  # "Director of Public Health Annette Rodriguez": the holder's name
            break
        elif child.i == right + 1 and (end := office_portfolio(token, child, offices)) is not None:
            right = end  # "The Minister of Information and Civic Education", nobody named
            break
        elif child.i == right + 1 and (end := office_addressed_to(token, child, offices)):
            right = end  # "Washington's ambassador to Beirut", "an adviser to the mayor"
        elif child.i == right + 1 and token.lower_ in institutions and (
                person := _person_noun_ending(child)) is not None and (
                person.i - token.i <= 2 * MAX_DESCRIPTION):
            right = person.i  # "A Ministry of Housing, …, and Local Government spokesperson"
            break
        elif child.i == right + 1 and (
                token.pos_ == "NOUN" or quantifier or _of_name(token, child, institutions)) and (
                _describes(child)):
            edge = before_comma(child)
            if description_words(token.doc[token.i : edge + 1]) > MAX_DESCRIPTION:
                break
            right = edge  # "sources familiar with the negotiations", "a member of the public"
        else:
            break
    return right


def _trimmed_left(token: Token, left: int) -> int:
    """The start moved past what is no part of the name (a closed bracket, a sentence
    adverb, an opening quotation mark, punctuation), or back to an age's article and through
    a hyphen."""
    doc = token.doc
    if age_nominal(token) and left > 0 and doc[left - 1].dep_ == "det":
        left -= 1  # "the 54-year-old", its article hung on the verb
    if token.dep_ in SUBJECT_DEPS and left == token.left_edge.i and (
            head_word := split_off_head_word(token)) is not None:
        left = head_word.i  # "Ward 1 councillors …": the word the parse made a subject apart
    left = _after_closed_bracket(doc, left, token.i)
    left = _past_sentence_adverb(doc, left, token.i)
    left = max([left] + [k + 1 for k in range(left, token.i) if doc[k].text in OPENING_DOUBLE])
    # ("the “Harbour Ledger” says": the name inside the marks)
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return _back_through_hyphen(doc, left)


def _extended_right(doc: Doc, right: int) -> int:
    """The end carried through a legal form (``Ltd.``), a union local's number, a hyphen and
    a name part the tagger read as an adverb."""
    right = _through_legal_form(doc, right)
    if right + 1 < len(doc) and union_local_number(doc[right + 1]):
        right += 1  # "Amalgamated Transit Union Local 107"
    right = _through_hyphen(doc, right)
    return _through_name_read_as_adverb(doc, right)


def _past_sentence_adverb(doc: Doc, left: int, head: int) -> int:
    """``Earlier Kassim said …``: a sentence-opening adverb written without a comma is no part
    of the name the parser hung it on; the mention starts after it."""
    first = doc[left]
    if left < head and first.is_sent_start and first.lower_ in SENTENCE_ADVERBS:
        return left + 1
    return left


def _after_closed_bracket(doc: Doc, left: int, head: int) -> int:
    """``Harbour Authority (HRA) Executive President Dora Cruz``: the parse may hang the
    bracketed acronym on the name; a mention never starts inside brackets it does not open,
    so it starts after the closing one."""
    opened = 0
    for i in range(left, head):
        if doc[i].text == "(":
            opened += 1
        elif doc[i].text == ")":
            if opened == 0:
                left = i + 1
            else:
                opened -= 1
    return left


def officer_after_body(token: Token, offices: Container[str]) -> Token | None:
    """``Lorvia's Ministry of Health, Executive Director, Ben Okoro said``: a body, then
    an office and its holder's name between commas, the parse hanging the office on the body
    as a conjunct or apposition. The holder speaks; the body is where the office is."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    for office in token.rights:
        if office.dep_ not in {"conj", "appos"} or not is_office(office, offices):
            continue
        name = next((c for c in office.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None and office_with_holder(office, name, offices):
            return name
    return None


def holder_after_joined_body(token: Token) -> Token | None:
    """``Queensland Nurses and Midwives’ Union secretary Beth Mohle said``: a body whose name
    joins two words with ``and``, then a lower-case office and its holder. The parse made the
    name's first half the subject and the holder its conjunct; the holder speaks. Told from
    two speakers (``Jane Roe and union secretary Bob Lee``) by the words after ``and``:
    capitalised up to the office, and the first half no person."""
    if token.ent_type_ in PLACES_AND_PEOPLES or token.pos_ != "PROPN" or counted_pair(token):
        return None
    doc = token.doc
    for holder in token.conjuncts:
        if holder.i < token.i or holder.ent_type_ != "PERSON":
            continue
        start = name_words_before(holder, token.i + 1, ())
        between = doc[token.i + 1 : start]
        if len(between) < 3 or between[0].lower_ not in {"and", "&"}:
            continue
        office = between[-1]
        if office.pos_ == "NOUN" and office.is_lower and all(
                t.is_punct or t.text[:1].isupper() for t in between[1:-1]) and any(
                t.is_alpha for t in between[1:-1]):
            return holder
    return None


def last_of_listed_people(token: Token) -> Token | None:
    """``Tamsin Hale, Jo Price and Mayor Jane Doe``: three or more people named in a list
    (commas, then ``and``) speak together. The last name's head, when the names after the
    first are all tagged people (the first may be tagged a body: the tagger slips on a list's
    first name, never on all of them) and nothing but the list's commas, its ``and`` and the
    names' own words stands between them; None otherwise."""
    doc = token.doc
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if len(conjuncts) < 2 or token.pos_ != "PROPN" or token.ent_type_ in PLACES_AND_PEOPLES or any(
            c.pos_ != "PROPN" or c.ent_type_ != "PERSON" for c in conjuncts):
        return None
    previous = token
    for n, conjunct in enumerate(conjuncts):
        gap = [t for t in doc[previous.i + 1 : conjunct.i] if not (
            t.pos_ == "PROPN" and t.head.i == conjunct.i and t.dep_ in {"compound", "flat"})]
        joins = [t.text if t.text == "," else t.lower_ for t in gap]
        last = n == len(conjuncts) - 1
        if joins not in ([",", "and"], ["and"]) if last else joins != [","]:
            return None
        previous = conjunct
    return conjuncts[-1]


def last_word_of_listed_body_name(token: Token, institutions: Container[str]) -> Token | None:
    """``the Fish, Food and Allied Workers Union said``: a body whose name is itself a list
    (capitalised words, commas, then ``and``) ending in a body's word (``Union``, ``Council``,
    rules/name_words.jsonl), the list running right up to the cue. The parse splits it at the
    commas and leaves ``the Fish`` as the subject; the name's last word, else None."""
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if not conjuncts or token.dep_ not in {"nsubj", "nsubjpass"} or token.ent_type_ in (
            PLACES_AND_PEOPLES) or any(not t.text[:1].isupper() for t in [token, *conjuncts]):
        return None
    last = conjuncts[-1]
    if last.lower_ not in institutions or last.right_edge.i + 1 != token.head.i:
        return None
    words = [t for t in token.doc[token.i + 1 : last.i] if t.text not in {",", "and", "&"}]
    return last if all(t.text[:1].isupper() for t in words) else None


def last_of_listed_countries(token: Token) -> Token | None:
    """``Norway, Poland, Denmark and Germany announced …``: countries listed as the cue's
    subject, the list running right up to the verb, speak together (their governments). The
    last one, else None (``Caithness, Sutherland and Ross MSP …`` names a seat)."""
    conjuncts = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)
    if len(conjuncts) < 2 or token.dep_ not in {"nsubj", "nsubjpass"} or any(
            t.ent_type_ != "GPE" for t in [token, *conjuncts]):
        return None
    last = conjuncts[-1]
    if last.right_edge.i + 1 != token.head.i or token.head.pos_ != "VERB":
        return None
    return last if listed_by_commas_and(token, last) else None


def first_of_listed_countries(token: Token) -> Token | None:
    """The parse made the last of listed countries the cue's subject and hung the others on
    something before them (``For their parts, Norway, Poland, Denmark and Germany
    announced``): the list's first country, when the list runs right up to the verb."""
    if token.ent_type_ != "GPE" or token.dep_ != "conj" or token.i + 1 >= len(token.doc) or (
            token.doc[token.i + 1].pos_ != "VERB"):
        return None
    listed = [token]
    while listed[-1].dep_ == "conj" and listed[-1].head.ent_type_ == "GPE":
        listed.append(listed[-1].head)
    first = listed[-1]
    return first if len(listed) >= 3 and listed_by_commas_and(first, token) else None


def listed_by_commas_and(first: Token, last: Token) -> bool:
    """Only the list's commas and its ``and`` stand between its countries."""
    words = [t for t in first.doc[first.i + 1 : last.i] if t.ent_type_ != "GPE"]
    joins = [t.text if t.text == "," else t.lower_ for t in words]
    return bool(joins) and joins[-1] == "and" and all(j == "," for j in joins[:-1])


def _bracketed_field(token: Token, child: Token, right: int,
                     offices: Container[str]) -> int | None:
    """``Director (Disease Control)``: the field an office covers, in brackets right after it,
    is part of the office. Where its closing bracket is, or None."""
    doc = token.doc
    if right + 1 >= len(doc) or doc[right + 1].text != "(" or child.dep_ != "appos" or (
            not is_office(token, offices)) or child.left_edge.i != right + 1:
        return None
    close = child.right_edge.i + 1
    return close if close < len(doc) and doc[close].text == ")" and close - right <= 6 else None


def fronted_participle(token: Token, first_names: Container[str] = ()) -> bool:
    """``Echoing Mak's views, Sam Cheuk … told``: the parse made the object of a participle
    that opens the sentence its subject; the name set beside it is who acts."""
    first = token.left_edge
    participle = first.tag_ == "VBG" or (  # the tagger may call a capitalised one a name
        first.lower_.endswith("ing") and len(first) >= 6 and first.lower_ not in first_names)
    return participle and all(t.is_space or t.is_punct
                              for t in first.doc[first.sent.start : first.i])


def _through_name_read_as_adverb(doc: Doc, right: int) -> int:
    """``Police Chief Suon Chenngly said``: a capitalised word after a name that the tagger
    read as an adverb for its ``-ly`` is the name's last word; mid-sentence, English writes
    its adverbs in lower case."""
    while right + 1 < len(doc) and doc[right].pos_ == "PROPN" and (
            word := doc[right + 1]).pos_ == "ADV" and word.is_alpha and word.is_title and (
            not word.is_sent_start):
        right += 1
    return right


def _through_hyphen(doc: Doc, right: int) -> int:
    """``Song Min-soon``, ``an e-mail``, ``the co-founder``: a word glued by a hyphen to the
    next one goes on through it (the tagger may read ``soon`` as an adverb, and the parser
    make ``e`` the subject)."""
    while right + 2 < len(doc) and joins_hyphenated(doc[right + 1]) and (
            doc[right].is_alpha and doc[right + 2].is_alpha):
        right += 2
    return right


def _back_through_hyphen(doc: Doc, left: int) -> int:
    """``The e-mail said`` parsed with ``mail`` as the subject and ``e`` a subject of its
    own: the word glued by a hyphen before the mention is part of it, with its article."""
    moved = False
    while left > 1 and joins_hyphenated(doc[left - 1]) and (
            doc[left - 2].is_alpha and doc[left].is_alpha):
        left -= 2
        moved = True
    if moved and left > 0 and doc[left - 1].dep_ == "det" and doc[left - 1].head.i >= left:
        left -= 1  # "The e-mail": its article
    return left


def person_phrase_beside_name(name: Token, conj: Token) -> bool:
    """``Tom Hale and his wife``, ``White and another passenger``: a name conjoined with a
    determined noun phrase speaks together with it."""
    return name.pos_ == "PROPN" and conj.pos_ == "NOUN" and conj.tag_ == "NN" and any(
        c.dep_ in {"det", "poss"} for c in conj.children)


def name_read_as_conjunct(token: Token) -> Token | None:
    """``council cabinet member for transport Manda Rigby said``: with no ``and`` or ``or``
    before it, a person's name the parser made a conjunct of a role noun is that role's
    holder, set beside it (an apposition without commas)."""
    conj = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)
    if conj is None or any(c.dep_ in {"cc", "punct"} and token.i < c.i < conj.i
                           for c in token.children):
        return None
    return conj


def _through_legal_form(doc: Doc, right: int) -> int:
    """``ICO, Inc.`` / ``Brightmoor, Ltd.``: a company's legal form after a comma is part of
    its name (the parser hangs it on the name as a conjunct or apposition)."""
    if right + 2 >= len(doc) or doc[right + 1].text != "," or doc[right].pos_ != "PROPN":
        return right
    form = doc[right + 2]
    attached = form.head.i == right or doc[right].head.i == form.i
    return form.i if attached and form.lower_ in LEGAL_FORMS else right


def _first_name_as_modal(token: Token) -> bool:
    return token.pos_ == "AUX" and token.tag_ == "MD" and token.text[:1].isupper() and (
        token.text not in {"I"})


DESCRIBING_PREPOSITIONS = {"of", "with", "for", "from", "at", "in", "on"}
PLACE_ADVERBS = frozenset({"there", "here", "locally"})  # "officials there", "residents here"


def _describes(child: Token) -> bool:
    """Post-modifiers that belong to a description of a source: ``an official with X``,
    ``people familiar with the talks``, ``an expert cited in the report``."""
    if child.dep_ == "prep":
        return child.lower_ in DESCRIBING_PREPOSITIONS and not time_phrase(child)
    if child.dep_ == "amod":
        return True
    # (not the verb of a sentence the parse hung on its subject: "“Stop!” a voice called out")
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.head.dep_ != "ROOT"


def description_words(span: Span) -> int:
    """How long a description is, a name in it counting as one word (``organizers of the
    69th annual Harbury County 4-H Fair``: the fair's name is one thing)."""
    return len(span) - sum(len(e) - 1 for e in span.ents if e.label_ in NAMED_THINGS)


NAMED_THINGS = frozenset({"ORG", "FAC", "EVENT", "GPE", "LOC", "WORK_OF_ART", "LAW"})


NAME_PREPOSITIONS = frozenset({"of", "on", "for"})


def _of_name(head: Token, child: Token, institutions: frozenset[str]) -> bool:
    """``Department of Community Services``, ``Commission on Elections``, ``Centre for
    Disease Control``, ``Directorate General of Health``: a preposition inside the name of an
    institution, whose head or a word compounded on it is one (but ``Richard Shelby
    of Alabama`` is a person and a place, and ``the Commission on Tuesday`` a date)."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    institution = head.lower_ in institutions or head.pos_ == "PROPN" and (any(
        c.dep_ in {"compound", "nmod"} and c.lower_ in institutions for c in head.lefts)
        or one_body_name(head, child))
    return institution and child.lower_ in NAME_PREPOSITIONS and bool(
        objects) and objects[0].pos_ == "PROPN" and not is_time_expression(objects[0])


def one_body_name(head: Token, child: Token) -> bool:
    """``Directorate General of Health Services`` tagged one ORG: the ``of`` runs on inside
    the body's name the tagger found."""
    return head.ent_type_ == "ORG" and child.ent_type_ == "ORG" and child.ent_iob_ == "I" and (
        child.i + 1 < len(child.doc) and child.doc[child.i + 1].ent_iob_ == "I")


def _person_noun_ending(prep: Token) -> Token | None:
    """``of Housing, Communities, and Local Government (MHCLG) spokesperson``: the parser hung a
    body's name with commas in it on a person noun that ends the phrase; that noun (a
    lower-case common noun, the last word of the phrase) is whom the words describe."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower or noun.i != noun.right_edge.i:
        return None
    return noun if any(c.dep_ in {"nmod", "compound"} and c.text[:1].isupper()
                       for c in noun.children) else None


def name_glued_to_other_noun(token: Token, name: Token) -> bool:
    """A name the parse apposed to ``token`` that follows another, plural, noun with no comma
    between (``an aide to cabinet ministers Ana Ruiz and Tom Hale``) lists that noun's
    people, not the speaker: an apposition is set off by a comma or glued to its own noun
    (``Director of family medicine Dr. Ana Ruiz`` keeps hers, and so does ``executive
    director of public affairs Deborah Marshall``: the plural is the office's portfolio)."""
    start = name.left_edge.i
    if start <= token.i + 1:
        return False
    before = token.doc[start - 1]
    portfolio = before.dep_ == "pobj" and before.head.lower_ == "of" and (
        before.head.head.i == token.i)
    return before.pos_ == "NOUN" and before.tag_ == "NNS" and before.i != token.i and (
        not portfolio)


MENTION_LEFT_DEPS = {"compound", "flat", "amod", "det", "predet", "nmod", "nummod", "poss", "punct",
                     "case", "npadvmod", "quantmod", "advmod"}


def mention_of(token: Token | None, lexicon: Lexicon) -> Mention | None:
    if token is None:
        return None
    span = with_words_hung_on_cue(
        token, speaker_mention(token, lexicon.institutions, lexicon.first_names, lexicon.offices))
    return Mention(span.start_char, span.end_char, span.text)


def with_words_hung_on_cue(token: Token, span: Span) -> Span:
    """``…, the release states.`` read as one noun phrase ending in ``states``: the
    determiner and modifiers the parser hung on the verb are the speaker's too."""
    start = span.start
    if token.dep_ == "compound" and token.head.pos_ == "VERB":
        while start > 0 and token.doc[start - 1].head.i == token.head.i and (
                token.doc[start - 1].dep_ in {"det", "amod", "poss", "compound"}):
            start -= 1
    return token.doc[start : span.end]


OPENING_DOUBLE = frozenset({"\u201c", '"', "\u00ab", "\u201e"})  # not an apostrophe's ’
