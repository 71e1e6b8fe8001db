"""Pass 1: quoted stretches with a cue right after them (the trailer) or right before
them (the lead-in): ``“…,” said Rehman``, ``Siddiqui said, “…”``, ``“…,” he said, “…”``.

The cue is read off the surface and checked against the parse.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from ..model import Attribution
from .context import (
    SENT_END,
    Context,
    QuoteSlot,
    continuation_read_as_modifier,
    ends_sentence,
    mention_of_token,
    only_punct,
    relays_source,
    text_mention,
    window_after,
    window_before,
)
from .grammar import (
    NOMINAL_POS,
    SUBORDINATORS,
    infinitive_marker,
    inside_commas,
    is_finite,
    last_nominal,
    noun_phrase_run,
    own_subject,
)
from .lexicon import Lexicon
from .marks import DOUBLE
from .mentions import (
    TIME_LABELS,
    inverted_subject,
    is_office,
    mention_beside_quote,
    outside_quotes,
    quoted_object,
    subject_of,
)


def trailer_cue(ctx: Context, slot: QuoteSlot) -> tuple[Token, Token | None] | None:
    """``“…,” she said`` / ``“…,” said Rehman`` / ``“…,” Kazianis, director of …, said``."""
    doc = ctx.doc
    if slot.first > 0 and doc[slot.first - 1].tag_ in {"WDT", "WP"}:
        return None  # 'reveal what "hard questions" she posed': the quotation is her object
    start, end = window_after(ctx, slot)
    i = start
    while i < end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i < end and doc[i].lower_ == "as" and doc[i].dep_ == "mark":
        i += 1  # "“…,” as Mayor Ortiz put it": the cue clause opens with "as"
    if i >= end:
        return None
    if doc[i].tag_ in {"WP", "WDT"} and i + 1 < end and doc[i + 1].dep_ in {
            "nsubj", "nsubjpass"} and doc[i].head.i != doc[i + 1].head.i:
        return None  # "“… the citizens of Toronto,” who he said are also concerned": a cue
        # set in a relative clause on the quotation's last noun says nothing of the quotation
        # (but in "the phrase “…”, which Singh said to her" the quotation is what was said)
    if (role_first := _role_words_then_name(ctx, i, end)) is not None:
        return role_first  # "“…,” running back Andrew Harris said": "running" read as a verb
    for j in range(i, end):
        token = doc[j]
        entry = ctx.lexicon.cue(token)
        if entry is not None and "quote" in entry.frames and j not in ctx.used_cues:
            if _introduces_next_quotation(doc, j):
                return None  # "X, who had told the meeting ‘…’, said: “…”": said's own words
            if j == i and (named := role_and_name_after(token, end, ctx.lexicon.offices)):
                return token, named  # "“…,” said Flames head coach Ryan Huska", mis-parsed
            if not (is_finite(token) or _quoted_as(token, ctx.lexicon) or token.pos_ == "NOUN"
                    or _rootless_trailer(token)) or (_opens_clause(token, ctx.lexicon) and not (
                        j == i and (_name_as_object(token) or _speaker_read_as_clause(token)))):
                return None  # "…," noting that … / "…" and X will continue to fight …
            if j == i and (inverted := _inverted_speaker_as_object(ctx, token)) is not None:
                return token, inverted  # "“…,” assured the coach.": the coach spoke
            parsed = subject_of(token, lexicon=ctx.lexicon)
            subject = outside_quotes(ctx, token, parsed)
            # the parse found the subject inside the quotation: a name written right before
            # the cue is still who speaks
            named = _name_right_before(doc, i, j) or _name_before_aside(doc, i, j) if (
                parsed is not None and subject is None) else None  # (or before its aside)
            if named is not None and ctx.lexicon.allows(entry, named):
                return token, named
            if not ctx.lexicon.allows(entry, subject) or (parsed is not None and subject is None):
                return None
            if subject is not None and _quoted_as(token, ctx.lexicon) and (
                    subject == quoted_object(token.head, ctx.lexicon)):
                return token, subject  # "“…,” the Daily cited Ana Ruiz as saying": the
                # quoting verb's object spoke; its subject only relays her words
            if (subject is None or i <= subject.i < j) and _bare_name(doc, i, j):
                return token, doc[j - 1]  # "“…?” May Chen asked": a modal-looking surname
            if subject is not None and i <= subject.i < j and all(
                    doc[k].pos_ in NOMINAL_POS | {"DET", "ADJ", "PUNCT", "NUM"}
                    or subject.left_edge.i <= k or _office_word(doc[i:k + 1], subject)
                    or _acronym_read_as_verb(doc[k]) for k in range(i, subject.i)):
                return token, subject
            if subject is not None and subject.i > j and subject.i < end:
                if _statement_runs_on(doc, i, j, token):
                    return None  # 'X has a “robust” crew and …, said Moss': the reported pass
                return token, subject
            if j == i or all(doc[k].pos_ in {"ADV", "PART", "AUX"} for k in range(i, j)):
                return token, inverted_subject(token, end, ctx.lexicon.addressees)
            if subject is None and noun_phrase_run(doc, i, j) and (j - i <= 4 or (
                    j - i <= LONGEST_TRAILER_PHRASE and doc[j - 1].pos_ == "NOUN"
                    and not any(doc[k].text == "," for k in range(i, j)))):
                # "“…,” a Saskatoon Police Service (SPS) press release said": a longer run
                # only when a common noun, its head, ends right before the cue
                return token, last_nominal(doc, i, j)
            if subject is None:
                return token, _name_before_aside(doc, i, j)
            return None
        if token.pos_ == "VERB" and (token.dep_ not in {"amod", "compound", "acl", "relcl"} or (
                _infinitive(token))) and not _acronym_read_as_verb(token):
            if j + 1 < end and doc[j + 1].lower_ == "as":
                continue  # "he was quoted as saying": the cue comes next
            if _heard_saying(token, ctx.lexicon) is not None:
                continue  # "Varga is heard saying": so it does here
            if token.lemma_.lower() in ctx.lexicon.passive_speakers and any(
                    c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
                continue  # "the Daily cited Ana Ruiz as saying": so it does after the object
            if token.tag_ == "VB" and doc[j - 1].lower_ == "and" and infinitive_marker(
                    token) is None:
                continue  # "X, an oncologist … and lead author of the study, told": a noun
                # the tagger read as a bare verb in the speaker's apposition
            if not inside_commas(doc, i, j):
                return None
    return None


def _speaker_on_topic(doc: Doc, start: int, colon: int) -> Token | None:
    """``Chief executive Ana Ruiz on the trust's delays: '…'``: a caption's lead-in, a
    person's name and ``on`` the topic before the colon, names who speaks (no verb between)."""
    words = doc[start:colon]
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    on = next((t for t in words if t.lower_ == "on" and t.i > start), None)
    if on is None:
        return None
    name = doc[on.i - 1]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _introduces_next_quotation(doc: Doc, cue: int) -> bool:
    """``said: “I am pleased.”``: a cue followed by a colon and a quotation mark introduces
    the quotation after it, so it is no trailer of one before it."""
    return cue + 2 < len(doc) and doc[cue + 1].text == ":" and doc[cue + 2].is_quote


def _acronym_read_as_verb(token: Token) -> bool:
    """``“…,” BRHD health officer Ana Teller said``: a word in capitals the tagger took for a
    verb is a body's initials before the speaker's office."""
    return token.pos_ == "VERB" and token.is_upper and token.is_alpha and len(token) >= 2


def _infinitive(verb: Token) -> bool:
    """``a “change” to ensure patients were informed``: an infinitive after the quotation
    opens a clause of the statement's own; a cue further on is that clause's verb, no
    trailer (a participle, ``a statement issued by the city said``, is part of the subject)."""
    return verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _statement_runs_on(doc: Doc, start: int, cue: int, verb: Token) -> bool:
    """``The town has a “robust” crew and the county has helped, said Chief Moss``: words
    between the quotation and an inverted cue that are not the cue's own adjuncts (``on
    Tuesday``) carry the sentence on, so the quoted words are a partial quotation inside the
    statement the cue reports, not the whole of what was said."""
    adjunct = {t.i for child in verb.children if child.dep_ in CUE_ADJUNCTS
               for t in child.subtree}
    return any(not (doc[k].is_punct or doc[k].is_space) and doc[k].pos_ not in {
        "ADV", "PART", "AUX", "CCONJ"} and k not in adjunct for k in range(start, cue))


CUE_ADJUNCTS = {"prep", "npadvmod", "advmod", "punct", "advcl"}

LONGEST_TRAILER_PHRASE = 9  # words of a noun phrase between a quotation and its cue
MAX_ROLE_AND_NAME = 8  # words of a body, an office and a name after an inverted cue


def _office_word(run: Span, subject: Token) -> bool:
    """``director of engineering and public works Wayne MacDonald told``: the ``of`` and
    ``and`` of an office written before a person's name (the parse made the office a second
    subject) belong to the speaker's phrase; an ``and`` only after the office's ``of``
    (``…, and Mayor Ana Ruiz said`` opens another clause)."""
    word = run[-1].lower_
    if subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return False
    return word in {"of", "for"} or word in {"and", "&"} and any(
        t.lower_ in {"of", "for"} for t in run[:-1])


def _rootless_trailer(verb: Token) -> bool:
    """``“Stop!” a voice called out.``: the parse read the trailer as a noun phrase with a
    reduced relative (``a voice [that was] called out``). A sentence has a verb: when the noun
    before the cue heads the whole sentence, the cue is its past-tense verb."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and head.dep_ == "ROOT" and (
        head.pos_ in NOMINAL_POS and head.i < verb.i) and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _bare_name(doc: Doc, start: int, cue: int) -> bool:
    """Only capitalised words between the quotation and its cue: a name, whatever the tagger
    made of its parts (``Will``, ``May`` and ``Can`` read as modals)."""
    words = doc[start:cue]
    return 0 < len(words) <= 4 and all(
        t.text[:1].isupper() and t.pos_ in {"PROPN", "AUX", "NOUN", "ADJ"} for t in words) and (
        any(t.pos_ == "AUX" for t in words))


def _opens_clause(verb: Token, lexicon: Lexicon) -> bool:
    """A cue that goes on to say something of its own is not this quotation's trailer.

    ``Trump tweeted Sunday`` (a date parsed as object) and ``said on CBS' “Face the Nation.”``
    (a quoted title parsed as clause) do not count.
    """
    doc = verb.doc
    for child in verb.rights:
        if child.ent_type_ in {"DATE", "TIME"} or _starts_quoted(doc, child):
            continue
        if child.dep_ == "ccomp" and continuation_read_as_modifier(lexicon, child.left_edge):
            continue  # "…,” said Vale, noting patrols are busy": the participle's statement
        if child.dep_ in {"xcomp", "ccomp"}:
            return True
        if child.dep_ == "dobj" and verb.lemma_.lower() not in lexicon.addressees and not (
                _idiom_object(verb, child, lexicon)) and not reflexive(child):
            return True  # (but "“…,” he corrected himself": the speaker again, no object)
    return False


def reflexive(token: Token) -> bool:
    """``himself``, ``themselves``: a pronoun that names the subject again."""
    return token.tag_ == "PRP" and token.lower_.endswith(("self", "selves"))


def _inverted_speaker_as_object(ctx: Context, verb: Token) -> Token | None:
    """``“…,” assured the coach.``: the parse made the trailer's inverted speaker the cue's
    object and the quotation's subject its own. Only a name or a noun for a person
    (rules/speaker_nouns.jsonl) speaks so; ``assured the public`` is whom it was said to."""
    if not _name_as_object(verb):
        return None
    obj = next(c for c in verb.rights if c.dep_ == "dobj")
    if not (obj.pos_ == "PROPN" or ctx.lexicon.speaker_noun(obj).type == "person"):
        return None  # ("assured the public": whom it was said to)
    return obj


def _name_as_object(verb: Token) -> bool:
    """``“…,” fumed Ortiz.`` / ``“…,” tweeted Haaland alongside a photo``: right after a
    quotation, a name the parse took for the cue's object, with nothing after it but
    punctuation, an aside or an adjunct, is the inverted speaker; so is a description
    closing the sentence (``“Not yet,” replied the inspector.``)."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    doc = verb.doc
    after = objects[0].right_edge.i + 1
    if objects[0].pos_ == "NOUN" and any(c.dep_ == "det" for c in objects[0].children) and (
            objects[0].left_edge.i == verb.i + 1):
        # "“Not yet,” replied the inspector.": a description closing the sentence, or
        # going on with where the speaker is from ("added the congresswoman from Atacama")
        return after >= len(doc) or doc[after].is_punct or doc[after].pos_ == "ADP"
    if objects[0].pos_ != "PROPN":
        return False
    return after >= len(doc) or doc[after].is_punct or doc[after].pos_ in {"ADP", "ADV"}


MAX_ROLE_WORDS = 3  # lower-case words of a position written before a name (``running back``)
ROLE_WORD_POS = {"NOUN", "ADJ", "VERB", "ADV", "PROPN"}  # no "to", "the": a phrase, no role


def _role_words(doc: Doc, start: int, end: int) -> int:
    """Where a short run of lower-case role-like words starting at ``start`` ends (``start``
    itself when there is none)."""
    k = start
    while k < end and k - start < MAX_ROLE_WORDS + 1 and doc[k].is_lower and doc[k].is_alpha and (
            doc[k].pos_ in ROLE_WORD_POS or doc[k].tag_ == "RP"):  # the "back" of "running back"
        k += 1
    return start if k - start > MAX_ROLE_WORDS else k


def _person_name_end(doc: Doc, start: int, end: int) -> int:
    """Where the capitalised words of a person's name starting at ``start`` end."""
    k = start
    while k < end and (doc[k].ent_type_ == "PERSON" or doc[k].pos_ == "PROPN") and (
            doc[k].text[:1].isupper()):
        k += 1
    return k


def _role_words_then_name(ctx: Context, start: int, end: int) -> tuple[Token, Token] | None:
    """``“…,” running back Andrew Harris said``, ``“…,” starting pitcher Ana Ruiz said``: the
    parser reads a position's first word as a verb and makes a clause of it. A few lower-case
    words that run without a comma into a person's name, followed at once by a speech verb,
    are the name's role: the verb is the cue and the name speaks."""
    doc = ctx.doc
    name_start = _role_words(doc, start, end)
    if name_start == start:
        return None
    cue = _person_name_end(doc, name_start, end)
    if cue == name_start or cue >= end or cue in ctx.used_cues:
        return None
    entry = ctx.lexicon.cue(doc[cue])
    if entry is None or "quote" not in entry.frames or not is_finite(doc[cue]):
        return None
    name = doc[cue - 1]
    if name.ent_type_ != "PERSON" and not (name.dep_ == "nsubj" and name.head.i == cue):
        return None  # "“…,” visiting Toronto Raptors said": no person's name
    return doc[cue], name


def role_and_name_after(verb: Token, end: int, offices: Container[str]) -> Token | None:
    """``“…,” said Flames head coach Ryan Huska.``: the parser may read ``head`` or ``coach``
    as a verb and make a clause of what follows the cue. Words that are only capitalised
    names and lower-case office words, up to the sentence's end, ending in a person's name,
    are the inverted speaker, whatever the parse: the name's last word. So is a name after a
    few lower-case words of a position no title list holds (``said running back …``)."""
    doc = verb.doc
    k = verb.i + 1
    words: list[Token] = []
    while k < end and not doc[k].is_punct:
        words.append(doc[k])
        k += 1
    if k < end and doc[k].text not in {".", ","} or not 2 <= len(words) <= MAX_ROLE_AND_NAME:
        return None
    last = words[-1]
    if last.ent_type_ != "PERSON":
        return None
    if any(w.is_lower and is_office(w, offices) for w in words) and all(
            w.text[:1].isupper() or is_office(w, offices) for w in words):
        return last
    name_start = _role_words(doc, verb.i + 1, k)
    if name_start > verb.i + 1 and _person_name_end(doc, name_start, k) == k:
        return last  # "said running back Andrew Harris": a position, then the name
    return None


def _speaker_read_as_clause(verb: Token) -> bool:
    """``“…,” said lawyer Ana Ruiz, representing six families who argue their rights are
    violated``: right after a quotation, the parse made the name set off by a comma the subject
    of a clause further on. A name opening the words after the cue and closed by a comma is
    the inverted speaker; a statement does not start that way. Nor does an -ing form: in
    ``said the mayor noting Roy speaks three languages`` or ``said Prévost encouraging
    citizens to attend`` the words before it are the speaker, comma or none."""
    doc = verb.doc
    for clause in verb.rights:
        if clause.dep_ != "ccomp":
            continue
        if clause.tag_ == "VBG" and (subject := next(
                (c for c in clause.children if c.dep_ in {"nsubj", "npadvmod"}), None)) and (
                subject.left_edge.i == verb.i + 1 and subject.pos_ in {"PROPN", "NOUN"}):
            return True
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.left_edge.i == verb.i + 1 and any(
                c.dep_ == "acl" and c.tag_ == "VBG" and c.i > subject.i
                for c in subject.children):
            return True  # "the mayor noting Roy speaks …": the -ing form hung on the speaker
        if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != verb.i + 1:
            continue
        after = subject.i + 1
        if after < len(doc) and doc[after].text == "," and after < clause.i:
            return True
    return False


def _idiom_object(verb: Token, child: Token, lexicon: Lexicon) -> bool:
    """``as she put it``: the object a cue requires is part of the cue, not a statement."""
    entry = lexicon.cue(verb)
    return entry is not None and entry.object is not None and child.lower_ == entry.object


def _starts_quoted(doc: Doc, token: Token) -> bool:
    first = token.left_edge
    return first.i > 0 and first.is_quote or (first.i > 0 and doc[first.i - 1].is_quote)


def _quoted_as(verb: Token, lexicon: Lexicon) -> bool:
    """``he was quoted as saying``, ``Varga is heard saying``: the participle is the cue, the
    passive subject the speaker."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and (
            verb.head.head.lemma_.lower() in lexicon.passive_speakers):
        return True
    heard = _heard_saying(verb.head, lexicon)
    return heard is not None and heard.i == verb.i


def _heard_saying(verb: Token, lexicon: Lexicon) -> Token | None:
    """``is heard saying``, ``was recorded telling``: the speech participle a passive of a
    verb whose passive subject spoke (``passive_speaker`` in rules/verb_classes.jsonl) takes
    with no ``as``, or None."""
    if verb.lemma_.lower() not in lexicon.passive_speakers or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                 and lexicon.cue(c) is not None), None)


def _name_right_before(doc: Doc, start: int, cue: int) -> Token | None:
    """``“… Mose District (1),” the Ministry, Executive Director, Ben Okoro said``, the
    parse having taken a name inside the quotation for the subject: a person's name of two or
    more capitalised words ending right before the cue."""
    k = cue
    while k > start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    name = doc[k:cue]
    if len(name) >= 2 and name[-1].ent_type_ == "PERSON":
        return name[-1]
    return None


def _name_before_aside(doc: Doc, start: int, cue: int) -> Token | None:
    """``“…,” Pierre Gignac, EDC’s then-chief risk officer, mentioned``: the name before the
    comma-delimited description is the speaker, whatever the parse made of it."""
    comma = next((k for k in range(start, cue) if doc[k].text == ","), None)
    if comma is None or comma == start or doc[cue - 1].text != ",":
        return None
    name = doc[start:comma]
    if all(t.pos_ in {"PROPN", "PUNCT"} for t in name) and name[-1].pos_ == "PROPN":
        return name[-1]
    return None


def lead_in_cue(ctx: Context, slot: QuoteSlot) -> tuple[Token | None, Token | None, bool] | None:
    """``Siddiqui said, “…”`` / ``he wrote: “…”`` / ``X told reporters that “…”``.

    Returns the cue, its subject and whether the lead-in ended in ``that`` (reported syntax).
    """
    doc = ctx.doc
    start, end = window_before(ctx, slot)
    if start >= end or only_punct(doc, start, end):
        start, end = _colon_paragraph_before(ctx, slot)
    if start >= end:
        return None
    k = end - 1
    while k >= start and (doc[k].is_space or doc[k].text in {"—", "–", "-", "--"}):
        k -= 1
    if k < start:
        return None
    ends_with_that = doc[k].lower_ == "that"
    ends_with_link = doc[k].text in {",", ":"} or ends_with_that
    for j in range(k, start - 1, -1):
        token = doc[j]
        entry = ctx.lexicon.cue(token)
        if entry is not None and token.dep_ == "amod" and token.head.i > token.i:
            continue  # "despite the disputed victory, “…”": an adjective before its noun
        if entry is not None and "quote" in entry.frames and j not in ctx.used_cues:
            between = doc[j + 1 : k + 1]
            if doc[k].text not in {",", ":"} and _reported_by_outer_cue(ctx, token):
                return None  # "he said he feels “a lot stronger”": the outer clause is the quote
            if ends_with_that and (j == k - 1 or _plain_adjunct(doc[j + 1 : k])) and (
                    _clause_goes_on(ctx, slot)):
                # "argues that “…,” but a “…” in …", "told reporters Tuesday that “…” hit the
                # house": the reported clause is the quote
                return None
            if j == k and _opens_reported_clause(ctx, slot, token):
                return None  # 'said "a number" of houses were evacuated': the clause is the quote
            if j == k or (ends_with_link and _plain_adjunct(between)):
                subject = outside_quotes(ctx, token, subject_of(token, lexicon=ctx.lexicon))
                if subject is None and j + 1 <= k:
                    subject = inverted_subject(token, k + 1, ctx.lexicon.addressees)
                if not ctx.lexicon.allows(entry, subject):
                    return None
                naming = doc[k].text not in {",", ":"} and token.lemma_.lower() in (
                    ctx.lexicon.naming)  # "which Canada has called “arbitrary”": partial
                return token, subject, ends_with_that or naming
            return None
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"} and (k - j) > 12:
            return None
    if doc[k].text == ":":  # "X sent us this statement Friday:": the statement's author
        author = _author_of_speech_noun(ctx, start, k)
        if author is not None:
            return None, author, False
    if doc[k].text == ":" and (on_topic := _speaker_on_topic(doc, start, k)) is not None:
        return None, on_topic, False  # "Chief executive Ana Ruiz on the delays: '…'"
    if doc[k].text == ":" or _author_line(doc, start, k + 1):
        subject = last_nominal(doc, start, k if doc[k].text == ":" else k + 1)
        if subject is not None and subject.pos_ == "PROPN" and (
                subject.ent_type_ not in TIME_LABELS):
            return None, subject, False
    credited = _credited_to(ctx, start, k)
    if credited is not None:
        return credited[0], credited[1], False
    quotative = _quotative_like(doc, start, k)
    if quotative is not None:
        return quotative[0], quotative[1], False
    return None


# who can be "like, “…”": a person; "it was like, “…”" compares, it quotes no one
QUOTATIVE_SUBJECTS = {"i", "he", "she", "we", "they", "you"}


def _quotative_like(doc: Doc, start: int, k: int) -> tuple[Token, Token] | None:
    """``I'm like, “Are you serious?”`` / ``she was like, “No way.”``: the quotative ``be
    like`` of spoken English introduces what its subject said (or thought aloud). The cue is
    the form of ``be``; only a personal pronoun or a name is a subject that quotes."""
    if doc[k].text != "," or k - 2 < start or doc[k - 1].lower_ != "like":
        return None
    verb = doc[k - 2]
    if verb.lemma_.lower() != "be" or verb.dep_ != "ROOT":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != verb.i - 1 or not (
            subject.lower_ in QUOTATIVE_SUBJECTS or subject.pos_ == "PROPN"):
        return None
    return verb, subject


def _credited_to(ctx: Context, start: int, k: int) -> tuple[Token, Token] | None:
    """``There is a line attributed to Twain: “…”`` / ``a quote ascribed to Curie — “…”``: a
    noun credited (rules/verb_classes.jsonl ``credit``) to someone whose name closes the
    lead-in introduces that person's words. ``The fire was attributed to faulty wiring`` has
    no noun the verb describes, and ends in no mark before the quotation."""
    doc = ctx.doc
    last = k - 1 if doc[k].text in {":", ","} else k
    if last < start:
        return None
    source = doc[last]
    to = source.head
    verb = to.head
    if source.dep_ != "pobj" or to.lower_ != "to" or verb.lemma_.lower() not in (
            ctx.lexicon.credits) or verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or (
            verb.i < start or source.pos_ not in {"PROPN", "PRON", "NOUN"}):
        return None
    return verb, source


def _author_of_speech_noun(ctx: Context, start: int, end: int) -> Token | None:
    """``Her message was clear: “…”``, ``The statement from the ministry read in full: “…”``:
    a noun for something said or written (rules/speaker_nouns.jsonl ``document`` or
    ``utterance``) opens the lead-in, and whoever it belongs to speaks the quotation. With no
    owner named (``In a statement: “…”``) the lead-in names no one."""
    doc = ctx.doc
    for token in doc[start:end]:
        if token.pos_ != "NOUN" or not ctx.lexicon.is_speech_noun(token):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            issuer = ctx.lexicon.issuer(token)
            owner = issuer if issuer.i != token.i else None
        if owner is not None and not ctx.in_quote(owner.i) and owner.pos_ in NOMINAL_POS:
            return owner
        return None
    return None


def _clause_goes_on(ctx: Context, slot: QuoteSlot) -> bool:
    """Whether the sentence goes on after the quotation with words of the same statement
    (``Hume argues that “beauty is …,” but a “sentiment” in …``), not a trailer or its end."""
    doc = ctx.doc
    start, end = window_after(ctx, slot)
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    return len(words) >= 2 and not any(
        ctx.lexicon.cue(t) is not None and not _modifies_noun(t) for t in words[:4])


def _modifies_noun(token: Token) -> bool:
    """``five men known to police``: a participle describing a noun is no trailer's cue."""
    return token.dep_ in {"acl", "amod"} and token.head.pos_ in NOMINAL_POS


def _opens_reported_clause(ctx: Context, slot: QuoteSlot, cue: Token) -> bool:
    """``Police said "a number" of houses were evacuated``: quoted words right after the cue
    that begin its reported clause, whose verb comes after them, are a partial quotation inside
    that statement; the whole clause is what was said."""
    clause = next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    words = [t.i for t in ctx.doc[slot.first : slot.last + 1] if not t.is_punct]
    return clause is not None and bool(words) and clause.i > slot.last and (
        not ctx.in_quote(clause.i)) and clause.left_edge.i <= words[0] and not (
        _trailing_report(ctx, slot, clause))


def _trailing_report(ctx: Context, slot: QuoteSlot, clause: Token) -> bool:
    """``says “it is legal,” the Gazette reports``: the verb the parse made the cue's clause
    is a speech cue after the quotation's closing comma, an outlet's credit, not the rest of a
    statement the quoted words began."""
    doc = ctx.doc
    return ctx.lexicon.cue(clause) is not None and any(
        t.text == "," for t in doc[max(slot.last - 1, 0) : min(slot.last + 2, len(doc))])


def _reported_by_outer_cue(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` sits in the reported clause of another cue (``Kessler said he feels
    “…”``): then the partial quotation belongs to that outer statement, not to ``verb``."""
    node = verb
    for _ in range(6):
        if node.dep_ == "conj" and node.head.i != node.i and ctx.lexicon.cue(node.head) is None:
            node = node.head  # "told the council that many are mourning and feeling “…”":
            continue  # a verb joined to another inside the outer statement
        if node.dep_ not in {"ccomp", "xcomp", "advcl"} or node.head.i == node.i:
            return False  # not "said … and added “…”": a coordinated cue speaks for itself
        if node.dep_ == "advcl" and _subordinated(node):
            return False  # "X confirmed it, while Y tweeted “…”": a clause of its own
        node = node.head
        if not ctx.in_quote(node.i) and ctx.lexicon.cue(node) is not None:
            return node.i not in ctx.used_cues
    return False


def _subordinated(clause: Token) -> bool:
    """An adverbial clause opened by a subordinator (``while``, ``as``, ``after``) is an event
    beside the main clause, never what the main clause's cue reports."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children)


def _colon_paragraph_before(ctx: Context, slot: QuoteSlot) -> tuple[int, int]:
    """``And from Chairwoman Rosenworcel:`` or ``… and they say,`` closing the paragraph
    before a quotation, or a line of its own naming the author (``From the office of Mayor
    Dana Whitfield``)."""
    doc = ctx.doc
    k = slot.first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in {"\u201c", '"'}):
        k -= 1
    if k < 0 or ctx.para_of_token[k] == ctx.para_of_token[slot.first]:
        return 0, 0
    if doc[k].text == ":" or (doc[k].text == "," and k > 0 and ctx.lexicon.cue(doc[k - 1])):
        return doc[k].sent.start, k + 1  # "… and they say,\n“…”": the cue ends the paragraph
    start = k
    while start > 0 and ctx.para_of_token[start - 1] == ctx.para_of_token[k]:
        start -= 1
    while start < k and doc[start].is_space:
        start += 1
    return (start, k + 1) if _author_line(doc, start, k + 1) else (0, 0)


AUTHOR_LINE_OPENERS = {"from"}  # not "By …": a byline signs the article, not a quote


def _author_line(doc: Doc, start: int, end: int) -> bool:
    """A short verbless line ``From …`` ending in a name: who signs what follows."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 2 <= len(words) <= 12 and words[0].lower_ in AUTHOR_LINE_OPENERS and (
        words[-1].pos_ == "PROPN") and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def _plain_adjunct(tokens: Span) -> bool:
    """Words between a cue and its quote that do not start a new statement of their own."""
    if len(tokens) > 14:
        return False
    finite = [t for t in tokens if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP"}]
    # "said the accused was detained in the station, “…”": a clause with its own subject
    clause = [t for t in tokens if t.dep_ in {"nsubj", "nsubjpass"} and (
        tokens.start <= t.head.i < tokens.end) and t.head.pos_ in {"VERB", "AUX"}]
    return not finite and not clause


def attribute_quoted(ctx: Context) -> None:
    """Pass 1: quotation-mark stretches with a cue right after or right before them."""
    for n, slot in enumerate(ctx.slots):
        if slot.claimed or _named_by_participle(ctx, slot) or not_speech(ctx, slot) and (
                not _comma_before_cue(ctx, slot)):
            continue  # (a title after "titled," is a name, whatever cue follows it)
        trailer = trailer_cue(ctx, slot)
        if trailer is not None and relays_source(ctx, trailer[0],
                                                 ctx.doc[slot.first].sent.start):
            continue  # "According to X, … “…”, the Times reported": X's words (reported pass)
        if trailer is not None and _opened_by_own_cue(ctx, slot, trailer[0]):
            continue  # "X says “…,” the Gazette reports": X's words (lead-in, below)
        if trailer is not None and not _introduced_before_own_sentence(ctx, slot):
            cue, subject = trailer
            claim_direct(ctx, n, cue, subject, rule="direct:trailer")
    for n, slot in enumerate(ctx.slots):  # trailers are surer, so they go first
        if slot.claimed or not_speech(ctx, slot):
            continue
        lead = lead_in_cue(ctx, slot)
        if lead is not None:
            cue, subject, reported = lead
            if cue is not None and subject is None and cue.lemma_.lower() in ctx.lexicon.naming:
                continue  # "its so-called “fiscal multipliers”": a name for a thing (pass 3)
            rule = "direct:lead-in" if cue is not None else "direct:colon"
            claim_direct(ctx, n, cue, subject, rule=rule, reported=reported)
    _carry_interrupted(ctx)
    _carry_back_multi_paragraph(ctx)


def _opened_by_own_cue(ctx: Context, slot: QuoteSlot, trailer: Token) -> bool:
    """``The chairman, Ion Balan, says “…,” the Gazette reports``: the quotation opens right
    after a finite speech verb with its own subject (``that`` or a colon between them at
    most), so the verb after it only credits the outlet that relays the speaker's words."""
    doc = ctx.doc
    k = slot.first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in {":", ","} or doc[k].lower_ == "that"):
        k -= 1
    if k < 0 or k == trailer.i:
        return False
    verb = doc[k]
    entry = ctx.lexicon.cue(verb)
    subject = own_subject(verb)
    return entry is not None and "quote" in entry.frames and is_finite(verb) and (
        subject is not None and subject.i < verb.i and not ctx.in_quote(subject.i))


def _introduced_before_own_sentence(ctx: Context, slot: QuoteSlot) -> bool:
    """``…, writing: “…” I agree with that.``: a quotation that ends its sentence and was
    introduced by a cue before it belongs to that cue, not to the next sentence's."""
    if not ends_sentence(ctx, slot):
        return False
    start, _ = window_after(ctx, slot)
    if start >= len(ctx.doc) or not ctx.doc[start].text[:1].isupper():
        return False
    lead = lead_in_cue(ctx, slot)
    return lead is not None and lead[0] is not None


def _comma_before_cue(ctx: Context, slot: QuoteSlot) -> bool:
    """``“Hey Ginny,” Betty said``: capitalised words that would pass for a title are speech
    when the comma inside the marks hands them to a cue right after (a title in a sentence
    keeps its comma outside, or is followed by more of the sentence)."""
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end].rstrip()
    if not inner.endswith(","):
        return False
    start, end = window_after(ctx, slot)
    words = [t for t in ctx.doc[start:end] if not (t.is_punct or t.is_space)]
    return bool(words) and any(ctx.lexicon.cue(t) is not None for t in words[:4]) and (
        words[0].pos_ in {"PROPN", "PRON", "VERB", "DET"})


def _carry_back_multi_paragraph(ctx: Context) -> None:
    """“First paragraph … / “Last paragraph,” she said: the attribution covers every paragraph.
    The cue stays with the paragraph that holds it: the earlier ones were not said with a cue
    of their own (as news annotation has it: their cue is empty), only by the same speaker."""
    for n in range(len(ctx.slots) - 2, -1, -1):
        slot, follower = ctx.slots[n], ctx.slots[n + 1]
        if slot.claimed or not slot.span.continues_next or not follower.span.continues_previous:
            continue
        if not follower.claimed or follower.attribution is None:
            continue
        ctx.results.append(_same_attribution(ctx, slot, ctx.results[follower.attribution],
                                             "direct:continued", with_cue=False))
        slot.claimed = True
        slot.attribution = len(ctx.results) - 1


def not_speech(ctx: Context, slot: QuoteSlot) -> bool:
    """Titles in quotation marks, and single-quoted phrases too short to be a statement."""
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end]
    if is_title_case(inner) or _quoted_name(ctx, slot, inner) or (
            _named_by_participle(ctx, slot)):
        return True
    return slot.span.kind != DOUBLE and not _looks_like_speech(ctx, slot)


def _named_by_participle(ctx: Context, slot: QuoteSlot) -> bool:
    """``his address, titled, “Whither Harbury 2023,” said …``, ``a campaign called “Clean
    Streets”``: quoted words right after the participle of a verb that gives a thing its name
    (rules/verb_classes.jsonl, name_giving), with no auxiliary and no agent, are what the
    thing is called, nobody's words (``was dubbed “…” by critics`` quotes the critics)."""
    doc = ctx.doc
    k = slot.first - 1
    while k >= 0 and (doc[k].text in {",", ":"} or doc[k].is_quote):
        k -= 1
    if k < 0 or doc[k].tag_ != "VBN" or doc[k].lemma_.lower() not in ctx.lexicon.name_giving:
        return False
    after = doc[slot.last + 1] if slot.last + 1 < len(doc) else None
    return not any(c.dep_ in {"auxpass", "aux"} for c in doc[k].children) and not (
        after is not None and after.lower_ == "by")


def _quoted_name(ctx: Context, slot: QuoteSlot, inner: str) -> bool:
    """``forecasters said as of Friday, "Pepeng" was 150 kilometres away``: one capitalised
    word in quotation marks, no punctuation of its own, inside a sentence that goes on before
    it, is a nickname or a name, not anyone's words."""
    words = re.findall(r"[\w'’-]+", inner)
    if len(words) != 1 or not words[0][:1].isupper() or words[0] != inner.strip() or (
            words[0].isupper()):
        return False
    doc = ctx.doc
    before = doc[slot.first - 1] if slot.first > 0 else None
    return before is not None and not before.is_sent_start and before.text not in (
        SENT_END | {":"}) and ctx.para_of_token[before.i] == ctx.para_of_token[slot.first]


def claim_direct(ctx: Context, n: int, cue: Token | None, subject: Token | None, *, rule: str,
                  reported: bool = False) -> None:
    doc = ctx.doc
    slot = ctx.slots[n]
    start_tok = slot.first
    quote_type = "partial" if reported else "direct"
    if rule == "direct:trailer":
        lead_start, lead_end = window_before(ctx, slot)
        if lead_start < lead_end and not only_punct(doc, lead_start, lead_end):
            lead = doc[lead_start:lead_end]
            statement = _statement_start(ctx, slot, lead_start)
            if not _is_attribution_frame(ctx, lead) and not _introduced_by_colon(lead) and (
                    not _cue_of_its_own(ctx, doc[statement:slot.first])) and not (
                    _holds_earlier_cue(ctx, doc[statement:slot.first])):
                if not _relative_trailer(ctx, slot):  # "“…”, which Lee said": the words only
                    start_tok = statement
                quote_type = "partial"
    if not _looks_like_speech(ctx, slot) and quote_type == "direct" and rule != "direct:signed":
        quote_type = "partial"
    start_char = doc[start_tok].idx if start_tok != slot.first else slot.span.start
    quote = text_mention(ctx, start_char, slot.span.end)
    entry = ctx.lexicon.cue(cue) if cue is not None else None
    attribution = Attribution(
        quote=quote,
        quote_type=quote_type,
        speaker=mention_beside_quote(ctx, subject),
        cue=mention_of_token(cue),
        rule=rule,
        cue_strength=entry.strength if entry is not None else 1.0,
    )
    if not slot.span.balanced:
        attribution.flags.append("UNBALANCED_QUOTES")
    slot.claimed = True
    slot.attribution = len(ctx.results)
    ctx.results.append(attribution)
    if cue is not None:
        ctx.used_cues.add(cue.i)


def _relative_trailer(ctx: Context, slot: QuoteSlot) -> bool:
    """``the phrase “I won't judge you”, which Singh said to her``: a trailer that opens with
    a relative pronoun refers back to the quoted words themselves, not to a statement the
    sentence before them makes."""
    start, end = window_after(ctx, slot)
    words = [t for t in ctx.doc[start:end] if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].tag_ in {"WP", "WDT"}


def _statement_start(ctx: Context, slot: QuoteSlot, lead_start: int) -> int:
    """``called “sleepy car porters” rather than “sleeping car porters,” Foster writes``: the
    statement starts with its sentence, across unattributed quoted phrases inside it."""
    doc = ctx.doc
    start = lead_start
    sentence_start = doc[slot.first].sent.start
    para = ctx.para_of_token[slot.first]
    while start > sentence_start and ctx.para_of_token[start - 1] == para:
        previous = ctx.slot_of_token[start - 1]
        if previous >= 0 and (ctx.slots[previous].claimed or ends_sentence(ctx,
                                                                          ctx.slots[previous])):
            break
        if doc[start - 1].text in SENT_END and previous < 0:
            break
        start -= 1
    while start < slot.first and (doc[start].is_space or doc[start].is_punct and (
            ctx.slot_of_token[start] < 0)):
        start += 1
    return start


def _cue_of_its_own(ctx: Context, lead: Span) -> bool:
    """``He further said the minister never answered the letter, “We have had no reply,” X
    asserted``: the words before the quotation are a statement with a finite cue and subject
    of their own, another attribution; the quotation is whole, not a partial of them. (The
    subject names someone: in ``the story reminds us that … a “home for whiteness,” X
    writes`` the words are X's.)"""
    return any(ctx.lexicon.cue(t) is not None and is_finite(t) and any(
        c.dep_ == "nsubj" and c.pos_ in {"PRON", "PROPN"} and lead.start <= c.i < t.i
        for c in t.children) and any(c.dep_ == "ccomp" for c in t.children) for t in lead)


def _holds_earlier_cue(ctx: Context, lead: Span) -> bool:
    """``“Trade is old,” said Bo Lee, adding that “ships came here,” he said``: the words
    before the quotation hold the cue of the quotation before it; they attribute that one,
    so this quotation is whole, not a partial quote of them."""
    return any(t.i in ctx.used_cues for t in lead)


def _introduced_by_colon(lead: Span) -> bool:
    """``Coach Ana Ruiz was more blunt: “They lacked discipline,” she said``: words before a
    colon introduce the quotation; they are no statement it is a partial quote of."""
    last = next((t for t in reversed(lead) if not t.is_space), None)
    return last is not None and last.text == ":"


def _is_attribution_frame(ctx: Context, lead: Span) -> bool:
    """A lead-in that only introduces the quote (``Speaking at the rally,``) has no statement;
    but ``and`` right after another quotation joins quoted words of one statement (``… is
    “pathetic” and “shameful,” X said``)."""
    if any(t.pos_ == "CCONJ" for t in lead) and lead.start > 0 and (
            ctx.slot_of_token[lead.start - 1] >= 0):
        return False
    return all(t.is_punct or t.is_space or t.pos_ in {"CCONJ", "ADV", "INTJ"} for t in lead)


def _looks_like_speech(ctx: Context, slot: QuoteSlot) -> bool:
    """Whole sentences in quotation marks are speech; a four-word phrase may be a title."""
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end].strip()
    if is_title_case(inner):
        return False
    return len(re.findall(r"\w+", inner)) >= 6 or inner[-1:] in {".", "!", "?", ","}


SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with",
               "from", "as", "is", "vs"}


def is_title_case(text: str) -> bool:
    """``The Sanctity of Al-Aqsa Mosque and Responsibility of the Muslim Ummah``, ``Face the
    Nation.``: a title (a short all-capitalised phrase, or a longer mostly capitalised one)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) <= 5 and capitalised == len(words) and text.strip()[:1].isupper() and (
            "!" not in text and not text.rstrip().endswith("?")):  # "Daniels! Peterson! …"
        return True
    return len(words) >= 3 and capitalised / len(words) >= 0.8 and not text.rstrip().endswith(
        (".", "!", "?"))


def _carry_interrupted(ctx: Context) -> None:
    """``“…,” he said, “…”``: the second stretch shares the first one's speaker and cue."""
    doc = ctx.doc
    for n, slot in enumerate(ctx.slots[1:], 1):
        prev = ctx.slots[n - 1]
        if slot.claimed or not prev.claimed or prev.attribution is None:
            continue
        if ctx.para_of_token[prev.last] != ctx.para_of_token[slot.first]:
            continue
        gap = doc[prev.last + 1 : slot.first]
        source = ctx.results[prev.attribution]
        if source.cue is None or not (source.cue.start >= doc[prev.last].idx and (
                len(gap) <= 12 or len(gap) <= 20 and _no_other_verb(gap, source.cue.start))):
            continue  # (a longer office before the name: "…,” director of … Ana Ruiz told …, “…”)
        if any(t.text in SENT_END for t in gap) or not (
                any(t.text == "," for t in gap[-2:]) or _only_trailer(gap, source) and (
                    slot.last - slot.first >= 4)):  # not 'J.R. “Rusty” Norman said
            continue
        ctx.results.append(_same_attribution(
            ctx, slot, source, "direct:interrupted",
            flags=[] if slot.span.balanced else ["UNBALANCED_QUOTES"]))
        slot.claimed = True
        slot.attribution = len(ctx.results) - 1


def _no_other_verb(gap: Span, cue_start: int) -> bool:
    """Nothing in the gap is a verb but the cue: it is one trailer, however long."""
    return not any(t.pos_ in {"VERB", "AUX"} and t.idx != cue_start for t in gap)


def _only_trailer(gap: Span, source: Attribution) -> bool:
    """``“…,” Findlater says “I don’t think …”``: nothing but the first stretch's speaker
    and cue between the two, so the comma the writer left out changes nothing."""
    spans = [m for m in (source.speaker, source.cue) if m is not None]
    return bool(spans) and all(t.is_punct or any(m.start <= t.idx < m.end for m in spans)
                               for t in gap)


def _same_attribution(ctx: Context, slot: QuoteSlot, source: Attribution, rule: str,
                      flags: list[str] | None = None, with_cue: bool = True) -> Attribution:
    """A quoted stretch said by the same speaker with the same cue as ``source`` (the other
    part of an interrupted quote), or without it (another paragraph of a multi-paragraph
    one)."""
    return Attribution(
        quote=text_mention(ctx, slot.span.start, slot.span.end),
        quote_type="direct",
        speaker=source.speaker,
        cue=source.cue if with_cue else None,
        rule=rule,
        flags=flags or [],
    )
