"""Where a reported statement starts and ends: clauses, objects and the words after a cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .context import Context, closes_quote
from .grammar import (
    FINITE_TAGS,
    NOMINAL_POS,
    SUBJECT_DEPS,
    SUBORDINATORS,
    coordinated_with,
    first_content,
    has_finite_verb,
    is_finite,
    second_that_clause,
    statement_first_verb,
)
from .lexicon import Lexicon
from .mentions import (
    DASHES,
    final_cue_speaker,
    inverted_subject,
    is_office,
    reports_a_clause,
    subject_of,
    subject_of_with_absolute,
)

OFFICE_WORDS_BEFORE_NAME = 6  # the offices a comma may set before a speaker's name


def object_end(ctx: Context, verb: Token, obj: Token, sent: Span) -> int:
    """``expressed gratitude to X on behalf of Y while condemning Z`` runs to the end of the
    clause, but stops before a conjoined statement (``… and claimed that …``)."""
    doc = ctx.doc
    end = clause_end(ctx, verb, sent)
    for child in verb.rights:
        if child.dep_ == "conj" and child.i > obj.i:
            cut = child.left_edge.i
            while cut > obj.i and doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            end = min(end, cut)
    while end > obj.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if closes_quote(ctx, end - 1):
            break
        end -= 1
    return end


def comma_before_speaker(ctx: Context, verb: Token) -> bool:
    """``…, he said`` / ``…,” she said``: a statement before its cue ends with a comma."""
    doc = ctx.doc
    # (or the name the parse joined to a list before the comma: "… Boston and Fort
    # Lauderdale, the Harbour Union (HU) said")
    subject = subject_of(verb, lexicon=ctx.lexicon) or final_cue_speaker(ctx, verb)
    left = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    k = left - 1
    while k >= 0 and (doc[k].is_space or closes_quote(ctx, k)):
        k -= 1
    return k >= 0 and doc[k].text in {",", ";", "\u2014", "--"}


def finite_clause(clause: Token) -> bool:
    """A reported clause has a subject of its own and is not an adverbial (``As the war …``)
    or an infinitive (``the second review to be released this week``)."""
    if clause.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    if not is_finite(clause) and clause.pos_ in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS or (
        subordinator_read_as_preposition(c)) for c in clause.children)


def subordinator_read_as_preposition(token: Token) -> bool:
    """``A few hours after X claimed that …, Y has asked``: ``after`` parsed a preposition
    with no object of its own opens a subordinate clause, no statement (``As of now, I …``
    is a preposition of two words, no subordinator)."""
    return token.dep_ == "prep" and token.lower_ in SUBORDINATORS and token.i < token.head.i and (
        not any(c.dep_ in {"pobj", "pcomp", "prep"} for c in token.children))


def with_resumed(ctx: Context, verb: Token, sent: Span,
                  before: tuple[int, int]) -> list[tuple[int, int]]:
    """``Police, Sinclair says, have no policies …``: the statement goes on after the cue."""
    resumed = resumed_content(ctx, verb.i, sent)
    return [before, resumed] if resumed is not None else [before]


# closed-class words that start no resumed statement (with the continuation cues of the lexicon)
RESUME_STOPWORDS = {"who", "which", "whose", "whom", "where", "when", "though", "although",
                    "whereas"}


def resumed_content(ctx: Context, after: int, sent: Span) -> tuple[int, int] | None:
    """The words after ``…, he said, …``: from the comma that closes the cue to the sentence end.

    ``…, said Marty Puranik, CEO of Atlantic.Net`` resumes nothing: the words after the comma
    describe the speaker. ``…, the Red Cross said, raising the possibility …`` neither, nor
    ``…, she said, quoted by the agency``: a participle there is the writer's gloss.
    """
    doc = ctx.doc
    verb = doc[after]
    subject = subject_of(verb, lexicon=ctx.lexicon) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.i > after:
        after = max(after, subject.right_edge.i)
    comma = next((k for k in range(after + 1, min(sent.end, after + 12)) if doc[k].text == ","),
                 None)
    if comma is None:
        return None
    if any(doc[k].pos_ == "VERB" and is_finite(doc[k]) for k in range(after + 1, comma)):
        return None
    start = comma + 1
    while start < sent.end and doc[start].is_space:
        start += 1
    word = doc[start].lower_ if start < sent.end else ""
    if start >= sent.end or word in RESUME_STOPWORDS or word in ctx.lexicon.continuations or (
            doc[start].tag_ in {"VBG", "VBN"}):
        return None  # "…, he said, quoted by Mediafax": a participle is the writer's gloss
    if any(ctx.lexicon.cue(t) is not None for t in doc[start : min(start + 3, sent.end)]) and (
            sent.end - start <= 4):
        return None  # "…, he said." closes the sentence, it says nothing new
    end = sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if closes_quote(ctx, end - 1):
            break
        end -= 1
    if end - start < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
        return None  # "…, warned Zlatan Horvat, the agency's director.": who the speaker is
    if _absolute_phrase(doc, start, end):
        return None  # "…, Chee said, his voice shaking with anger": how it was said
    if word == "with" and doc[start].right_edge.i >= end - 1:
        return None  # "…, police said, with this killing pushing the count to 78": the
        # writer's gloss, a phrase with no clause of its own
    if time_clause_resumed(doc, start, end):
        return None  # "…, the governor said, less than a year after inflation peaked": when
    return start, end


def _absolute_phrase(doc: Doc, start: int, end: int) -> bool:
    """``his voice shaking with anger``: a noun and its participle, no finite verb: an
    absolute phrase on how the words were said, no statement."""
    words = doc[start:end]
    return not any(t.pos_ in {"VERB", "AUX"} and is_finite(t) for t in words) and any(
        t.tag_ in {"VBG", "VBN"} and any(c.dep_ in {"nsubj", "nsubjpass"} and start <= c.i < t.i
                                         for c in t.children) for t in words)


TIME_SUBORDINATORS = frozenset({"after", "before"})


def time_clause_resumed(doc: Doc, start: int, end: int) -> bool:
    """The words after the cue's comma are a clause opened by ``after``/``before`` with a
    measure of time before it (``less than a year after the island recorded …``): when the
    cue was spoken, the writer's, not more of the statement (but ``…, she said, after the
    engineers inspect it`` may well be hers)."""
    verb = next((t for t in doc[start:end] if t.pos_ in {"VERB", "AUX"} and (
        t.dep_ not in {"aux", "auxpass"})), None)
    if verb is None:
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i > start), None)
    return mark is not None and mark.lower_ in TIME_SUBORDINATORS and all(
        t.ent_type_ in {"DATE", "TIME"} for t in doc[start:mark.i])


CUE_ADJUNCT_DEPS = {"npadvmod", "advmod", "prep", "agent", "dative", "prt", "punct"}


def after_adjuncts(verb: Token, clause: Token, lexicon: Lexicon) -> int:
    """First token after ``said on Saturday`` / ``told HuffPost Canada``: where the statement
    starts even if the parser hung part of it (``said Thursday one of his ideas … could``) on
    the verb instead of the clause."""
    position = verb.i + 1
    addressed = False  # "told police his decision … was": a second object is the statement's
    for child in verb.rights:
        if child.i >= clause.i:
            break
        telling = verb.lemma_.lower() in lexicon.addressees
        addressee = child.dep_ == "dobj" and telling and not (
            addressed and not any(c.dep_ in SUBJECT_DEPS for c in clause.children))
        named = telling and child.dep_ in {"xcomp", "npadvmod"} and child.pos_ == "PROPN" and (
            child.left_edge.i == verb.i + 1)  # "tells CBC her health was …", CBC read apart
        addressed = addressed or child.dep_ in {"dative", "dobj"} or named
        addressee = addressee or named
        if child.dep_ in CUE_ADJUNCT_DEPS or addressee:
            position = max(position, child.right_edge.i + 1)
        else:
            break
    return position


def skip_that(doc: Doc, start: int, verb_i: int) -> int:
    """Reported spans start after the cue and any ``that`` (and stray punctuation)."""
    while start < len(doc) and (doc[start].lower_ == "that" or doc[start].is_punct):
        start += 1
    return start


def end_before_punct(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back past the punctuation and white space that close a range (the
    comma before a trailing speaker, a sentence's full stop), never before ``start``."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not (
            closes_bracket_within(doc, start, end)):
        end -= 1
    return end


def closes_bracket_within(doc: Doc, start: int, end: int) -> bool:
    """``… by the CPI(M)``: the last token closes a bracket opened inside the range, so it
    belongs to it."""
    if doc[end - 1].text not in {")", "]"}:
        return False
    opening = "(" if doc[end - 1].text == ")" else "["
    before = doc[start : end - 1].text  # (characters: the tokenizer keeps "CPI(M" whole)
    return before.count(opening) > before.count(doc[end - 1].text)


def clause_end(ctx: Context, verb: Token, sent: Span) -> int:
    """End of a reported clause: the sentence end, where a new attribution begins, or where
    a verb coordinated with the cue and sharing its subject does (``but said``, ``and left``;
    ``, and members are tired`` has a subject of its own and goes on with the statement)."""
    doc = ctx.doc
    end = min(sent.end, fronted_clause_end(verb), second_verb_of_speaker(verb))
    para = ctx.para_of_token[verb.i]
    for i in range(verb.i + 1, end):
        if ctx.para_of_token[i] != para:
            end = i
            break
        token = doc[i]
        if token.lower_ in ctx.lexicon.continuations and token.tag_ == "VBG" and (
                i + 1 < end and doc[i + 1].lower_ == "that") and i > verb.i + 2:
            end = i  # "said the ultimatum was too short adding that …": a statement of its own
            break
        if other_speakers_clause(ctx, verb, token):
            end = token.left_edge.i  # "…, while defence lawyer Tom Reyes countered that …"
            break
        if token.dep_ == "cc" and token.head.i == verb.i and any(
                c.dep_ == "conj" and c.i > i and c.pos_ in {"VERB", "AUX"} and not any(
                    g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                and not finite_after_participle(ctx, verb, c)
                and not _backshifted_after_and(verb, token, c) for c in verb.rights):
            end = i  # "confirmed no one was hurt but said …": the speaker's own next verb
            break
        if token.text == "," and i + 1 < sent.end:
            following = doc[i + 1]
            if closes_quote(ctx, i + 1) and i + 2 < sent.end:
                following = doc[i + 2]  # …decision," noting that …
            if following.lower_ == "and" and i + 2 < sent.end and doc[i + 2].tag_ == "VBG" and (
                    ctx.lexicon.cue(doc[i + 2]) is not None):
                following = doc[i + 2]  # "saying he believed …, and telling them …"
            if following.lower_ in ctx.lexicon.continuations or (
                following.lower_ == "according" and i + 2 < sent.end
            ) or (following.tag_ == "VBG" and ctx.lexicon.cue(following) is not None and (
                not _inside_statement(verb, following))) or (
                _trailing_attribution(ctx, i + 1, sent)
            ) or _aside_after_conjunction(ctx, i, sent) or _with_absolute_cue(ctx, i, sent):
                end = i
                break
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if closes_quote(ctx, end - 1) or closes_bracket_within(doc, verb.i + 1, end):
            break
        end -= 1
    return end


BACKSHIFTED_MODALS = frozenset({"would", "could", "might"})


def _backshifted_after_and(verb: Token, conjunction: Token, conj: Token) -> bool:
    """``said he was attending a meeting, and would not be able to see them``: a past modal
    joined by ``and`` after the cue's clause goes on with what was said, in the reported
    clause's tense; the speaker's own next verb is past (``and left``), and ``but would not
    say when`` is what the speaker did."""
    return conjunction.lower_ == "and" and verb.tag_ == "VBD" and any(
        c.dep_ == "ccomp" and c.i < conjunction.i for c in verb.children) and any(
        a.dep_ == "aux" and a.lower_ in BACKSHIFTED_MODALS for a in conj.children)


def _aside_after_conjunction(ctx: Context, comma: int, sent: Span) -> bool:
    """``…, but, he argued, there is still …``: a conjunction set off by commas before a cue
    aside opens another statement, the aside's (``cue_aside``)."""
    doc = ctx.doc
    if comma + 3 >= sent.end or doc[comma + 1].pos_ != "CCONJ" or doc[comma + 2].text != ",":
        return False
    return any(ctx.lexicon.cue(doc[k]) is not None and k + 1 < sent.end and (
        doc[k + 1].text == ",") for k in range(comma + 3, min(comma + 9, sent.end)))


CONTRASTING = frozenset({"while", "whereas", "whilst"})  # "…, while the defence countered that"


WITH_ABSOLUTE_REACH = 8  # words from "with" to the participle of its absolute phrase


def _with_absolute_cue(ctx: Context, comma: int, sent: Span) -> bool:
    """``said the move was shortsighted, with Ruiz saying the veto …``: an absolute phrase
    after the comma whose own subject speaks through a participle cue is a second
    attribution; the statement ends at the comma."""
    doc = ctx.doc
    if comma + 2 >= sent.end or doc[comma + 1].lower_ != "with":
        return False
    for k in range(comma + 3, min(comma + 2 + WITH_ABSOLUTE_REACH, sent.end)):
        if doc[k].tag_ == "VBG" and ctx.lexicon.cue(doc[k]) is not None:
            subject = next((c for c in doc[k].children if c.dep_ == "nsubj"), None) or (
                subject_of_with_absolute(doc[k]))
            return subject is not None and subject.left_edge.i == comma + 2
    return False


def other_speakers_clause(ctx: Context, verb: Token, token: Token) -> bool:
    """``argued the sentence was too light, while defence lawyer Tom Reyes countered that …``:
    a contrasting or joined clause whose own named subject reports a clause of its own is a
    second attribution; the first statement ends where that clause begins (a ``because``
    clause is the speaker's reasoning, and stays in)."""
    if token.i <= verb.i + 1 or not reports_a_clause(token, ctx.lexicon):
        return False
    if token.dep_ == "advcl" and not any(
            c.dep_ == "mark" and c.lower_ in CONTRASTING for c in token.children):
        return False  # "… because a poll indicated that …": the speaker's own reason
    if token.dep_ not in {"advcl", "conj"}:
        return False
    if second_that_clause(token):
        return False  # "said inquiries go on and that early findings indicate …"
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.i > verb.i and subject.pos_ in {"PROPN", "NOUN"} and (
        token.left_edge.i > verb.i + 1)


def finite_after_participle(ctx: Context, verb: Token, conjunct: Token) -> bool:
    """``…, noting it was 10 pages long and included previous convictions``: a finite verb the
    parser joined to a participle cue cannot share the participle's subject; it goes on with
    the statement's subject (unless it is a cue of its own, ``and added that …``)."""
    return verb.tag_ == "VBG" and conjunct.tag_ in {"VBD", "VBZ", "VBP"} and (
        ctx.lexicon.cue(conjunct) is None)


def _inside_statement(verb: Token, participle: Token) -> bool:
    """``said it was not recorded because everyone had their hands up, indicating support``:
    a participle hung on a verb of the statement (not on the cue) is part of what was said."""
    head = participle.head
    first = statement_first_verb(head)
    if participle.dep_ == "advcl" and first is not None and first.dep_ == "ccomp" and (
            first.head.i == verb.i):
        return False  # "said that X must respect … and stop …, demanding": the speaker's own
    return head.i != verb.i and verb in head.ancestors


def second_verb_of_speaker(verb: Token) -> int:
    """``said he expects the visitors to win and added …``: a finite verb the parse joined
    to an infinitive inside the statement is the speaker's own next verb (``coordinated_with``
    the cue), so the statement ends before it and its ``and``; ``len(doc)`` if none."""
    doc = verb.doc
    for token in verb.subtree:
        if token.i > verb.i and token.dep_ == "conj" and token.head.i != verb.i and (
                coordinated_with(token).i == verb.i):
            cut = token.left_edge.i
            while cut > verb.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return len(doc)


def fronted_clause_end(verb: Token) -> int:
    """``While the province says it has invested in roads, leaders told …``: a cue in a
    subordinate clause before its main clause states no more than that clause; where it ends
    (``len(doc)`` for any other cue)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.head.i < verb.i or not any(
            c.dep_ == "mark" and c.i < verb.i or subordinator_read_as_preposition(c)
            for c in verb.children):
        return len(doc)
    end = verb.right_edge.i + 1
    return end if end < verb.head.i and doc[end].text == "," else len(doc)


TRAILER_REACH = 8  # words from the comma to a closing cue ("the state news agency, X, said")


def _trailing_attribution(ctx: Context, start: int, sent: Span) -> bool:
    """``…, the statement said.`` / ``…, he added.``: a cue clause that closes the sentence."""
    doc = ctx.doc
    after_quotation = any(closes_quote(ctx, j) for j in range(max(0, start - 2), start + 1))
    for k in range(start, min(start + TRAILER_REACH, sent.end)):
        token = doc[k]
        if token.text == "," and k > start and doc[k - 1].pos_ in {"PROPN", "NOUN"} and (
                k + 1 < sent.end and (doc[k + 1].pos_ == "PROPN" or (
                    ctx.lexicon.cue(doc[k + 1]) is not None))):
            continue  # "…, the Jordan News Agency, Petra, reported": a name's apposition
        entry = ctx.lexicon.cue(token)
        if entry is not None and is_finite(token):
            if set(entry.frames) <= {"quote"} and not after_quotation:
                return False  # "…, the fire started inside": "started" cues only a quotation
            subject = subject_of(token, lexicon=ctx.lexicon)
            rest = doc[k + 1 : sent.end]
            if ctx.lexicon.thing_as_subject(subject) and any(not t.is_punct for t in rest):
                return False  # "…, the attack “tells us …”": a thing telling is the statement
            # "…, the memo said the budget was $2 million" is a nested statement, no trailer
            return (subject is not None and start <= subject.i < k) and not any(
                t.pos_ in {"VERB", "AUX"} and not ctx.in_quote(t.i) for t in rest) and not any(
                c.dep_ == "ccomp" and c.i > k and not ctx.in_quote(c.i) for c in token.children
            ) and not _states_its_object(ctx, entry.frames, token)
        if token.pos_ == "VERB" or token.text in {",", ";"}:
            return False
    return False


def _states_its_object(ctx: Context, frames: Iterable[str], cue: Token) -> bool:
    """``…, officials had stressed the arm's-length relationship``: a cue whose object is the
    statement (``object`` frame), with that object after it, states something of its own; a
    closing cue takes no content after it (``…, he told reporters`` names whom)."""
    return "object" in frames and any(
        c.dep_ == "dobj" and c.i > cue.i and not ctx.in_quote(c.i) for c in cue.children)


def before_attribution(ctx: Context, verb: Token, start: int) -> int:
    """For ``…, he maintained``: the content ends at the comma before the speaker."""
    doc = ctx.doc
    subject = subject_of(verb, ctx.lexicon, issuers=False) or final_cue_speaker(ctx, verb)
    boundary = min(verb.i, subject.left_edge.i if subject is not None else verb.i)
    return end_before_punct(doc, start, boundary)


THAT_WINDOW = 14  # "told analysts in a conference call that …": the cue's adjuncts come first


def interrupted_that(doc: Doc, i: int, sent: Span) -> bool:
    """``contending that, because an officer told them so, the city should …``: a ``that``
    the parse took for a pronoun object, followed by a comma and a subordinate clause that
    interrupts the statement, is its complementizer."""
    return i + 2 < sent.end and doc[i + 1].text == "," and doc[i + 2].dep_ == "mark" and (
        doc[i + 2].pos_ == "SCONJ")


def _only_dash_between(doc: Doc, verb: int, that: int) -> bool:
    """``In the release it stated – that a woman was arrested``: only a dash or a colon
    stands between the cue and ``that``, so the clause is the cue's, however the parse hung
    the cue (here on ``release``, as a relative clause)."""
    between = doc[verb + 1 : that]
    return len(between) == 1 and (between[0].text in DASHES or between[0].text == ":")


def that_clause_after(doc: Doc, verb: Token, sent: Span,
                      lexicon: Lexicon | None = None) -> tuple[int, int] | None:
    """``told the House of Commons that …`` when the parser did not mark a ccomp, and
    ``told analysts in a conference call that …`` when it hung the clause on the adjunct's
    noun as a relative clause, or (given the lexicon) ``told reporters a day after Trump
    fired Comey that …`` when it hung the clause on the verb of a time clause."""
    relative = addressee_relative(verb) if lexicon is not None and (
        verb.lemma_.lower() in lexicon.addressees) else None
    window = verb.i + THAT_WINDOW
    if relative is not None:  # "told 40 people who had gathered to watch the ceremony that …"
        window = max(window, relative.right_edge.i + 1)
    aside = _that_after_dash_aside(doc, verb, sent)
    if aside is not None:  # "insisted Sunday — cross his heart — that the injury is minor"
        return _clause_opened_at(doc, verb, sent, aside)
    for i in range(verb.i + 1, min(window, sent.end)):
        token = doc[i]
        if token.lower_ == "that" and token.dep_ in {"mark", "nsubj", "nsubjpass", "dobj"} and (
            token.head.i > token.i and (token.head.head.i == verb.i or (
                # "said that workers will not be “disrupting …”": hung on an auxiliary
                token.head.dep_ in {"aux", "auxpass"} and token.head.head.head.i == verb.i))
            # "clarified that if she is called …": the tagger's complementizer, read as the
            # cue's object with the clause hung on it
            or token.dep_ == "dobj" and token.head.i == verb.i and token.pos_ == "SCONJ"
            and i + 1 < sent.end and not doc[i + 1].is_punct
            or token.dep_ == "dobj" and token.head.i == verb.i and interrupted_that(doc, i, sent)
            or _complement_read_as_relative(verb, token, lexicon)
            or lexicon is not None and _complement_oftime_clause(verb, token, lexicon)
            or lexicon is not None and _complement_after_relative(verb, token, lexicon)
            or _subject_noun_read_as_relative_verb(verb, token)
            or token.dep_ == "mark" and _only_dash_between(doc, verb.i, i)
            or lexicon is not None and _complement_in_adverbial(verb, token, lexicon)
        ):
            return _clause_opened_at(doc, verb, sent, i)
        if token.pos_ == "VERB" and not (lexicon is not None and (
                time_clause(verb, token) or silent_relative(verb, token, lexicon)
                or _silent_in_adverbial(verb, token, lexicon))) and not (
                relative is not None and relative.is_ancestor(token)
                and lexicon.cue(token) is None):
            return None  # (a verb inside the relative on the addressee only says who it was)
    return None


def _clause_opened_at(doc: Doc, verb: Token, sent: Span, that: int) -> tuple[int, int] | None:
    """The statement after the ``that`` at ``that`` to the end of the sentence (or of the
    adverbial clause the cue stands in)."""
    start = that + 1
    while start < sent.end and doc[start].text == ",":
        start += 1  # "that, because …"
    end = sent.end
    if verb.dep_ == "advcl" and verb.head.i > verb.i and verb.right_edge.i >= start:
        end = min(end, verb.right_edge.i + 1)  # "While X told … that …, others said"
    end = end_before_punct(doc, start, end)
    return (start, end) if end - start >= 3 else None


ASIDE_LIMIT = 10  # words of an aside set off by dashes between a cue and its "that"


def _that_after_dash_aside(doc: Doc, verb: Token, sent: Span) -> int | None:
    """``insisted Sunday — cross his heart — that the injury is minor``: an aside set off by
    two dashes (after the cue and any date) stands before ``that``; the parse may hang the cue
    on the aside's verb, but the clause after it is what the cue reports. The position of
    that ``that``, if so."""
    opening = verb.i + 1
    while opening < sent.end and doc[opening].ent_type_ in {"DATE", "TIME"}:
        opening += 1
    if opening >= sent.end or doc[opening].text not in DASHES:
        return None
    for i in range(opening + 2, min(opening + ASIDE_LIMIT + 2, sent.end - 1)):
        if doc[i].text in DASHES:
            return i + 1 if doc[i + 1].lower_ == "that" else None
        if doc[i].is_quote:
            return None
    return None


def cue_adverbial_of(verb: Token, token: Token) -> Token | None:
    """The adverbial after the cue that holds ``token``: a clause opened by a subordinator
    (``said when he knocked on the doors``, ``said while touring the plant``) or a phrase of
    one used as a preposition (``said after meeting the minister``)."""
    node = token
    while node.head.i != verb.i:
        if node.head.i == node.i:
            return None
        node = node.head
    if node.i <= verb.i:
        return None
    if node.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.i < node.i and (
            c.lower_ in SUBORDINATORS) for c in node.children):
        return node
    return node if node.dep_ == "prep" and node.lower_ in SUBORDINATORS else None


def _silent_in_adverbial(verb: Token, token: Token, lexicon: Lexicon) -> bool:
    """A verb of the cue's adverbial (``cue_adverbial_of``) that takes no clause of its own
    (not a cue, not a verb of knowing: ``said after he learned that …``,
    rules/verb_classes.jsonl): it says when or why the words were spoken, not what was said."""
    entry = lexicon.cue(token)
    return (entry is None or "clause" not in entry.frames) and (
        token.lemma_.lower() not in lexicon.knowing) and cue_adverbial_of(verb, token) is not None


def _complement_in_adverbial(verb: Token, that: Token, lexicon: Lexicon) -> bool:
    """``said when he knocked on the doors that the marchers would …``, ``said after meeting
    the minister that the talks had stalled``: the parse hung the cue's clause on the verb of
    an adverbial standing between the cue and ``that``; when that verb takes no
    clause of its own, the clause (a complementizer ``that`` and a subject of its own) is the
    cue's."""
    clause = that.head
    if that.lower_ != "that" or not (that.dep_ == "mark" or that.pos_ == "SCONJ") or (
            clause.i <= that.i or clause.dep_ not in {"ccomp", "advcl"}):
        return False
    governor = clause.head
    return governor.pos_ in {"VERB", "AUX"} and governor.i < that.i and any(
        c.dep_ in SUBJECT_DEPS and c.i > that.i for c in clause.children) and (
        _silent_in_adverbial(verb, governor, lexicon))


def addressee_relative(verb: Token) -> Token | None:
    """``who gathered in hundreds`` of ``told the workers who gathered …``: the relative
    clause on the cue's addressee."""
    addressee = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if addressee is None:
        return None
    return next((c for c in addressee.rights if c.dep_ == "relcl"), None)


def silent_relative(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """The verb of a relative clause on whom a telling verb addresses, itself no cue (``told
    the workers who gathered outside that …``): it only says who was told."""
    relative = addressee_relative(verb)
    return verb.lemma_.lower() in lexicon.addressees and lexicon.cue(clause) is None and (
        relative is not None and clause.i == relative.i)


def _complement_after_relative(verb: Token, that: Token, lexicon: Lexicon) -> bool:
    """``told the workers who gathered in hundreds that they should stay away``: the parser
    hung the cue's clause inside a relative clause on the addressee (``silent_relative``);
    a subordinator ``that`` with a subject of its own opens the statement told."""
    relative = addressee_relative(verb)
    clause = that.head
    return that.dep_ == "mark" and relative is not None and clause.i != relative.i and (
        silent_relative(verb, relative, lexicon)) and (
        relative.left_edge.i <= clause.i <= relative.right_edge.i) and any(
        c.dep_ in SUBJECT_DEPS and c.i != that.i for c in clause.children)


def _subject_noun_read_as_relative_verb(verb: Token, that: Token) -> bool:
    """``told the meeting that discharges into rivers, lakes and the sea were a risk``: the
    parser read the statement's plural subject as a present verb (``discharges``) in a
    relative clause on the addressee, ``that`` its subject, and gave the cue the statement's
    real verb as its clause right after. ``that`` then opens the statement."""
    relative = that.head
    if that.dep_ != "nsubj" or relative.dep_ != "relcl" or relative.tag_ != "VBZ" or (
            relative.i != that.i + 1) or relative.head.dep_ not in {"dobj", "dative"} or (
            relative.head.head.i != verb.i):
        return False
    doc = verb.doc
    after = relative.right_edge.i + 1
    edges = {after}
    while after < len(doc) and doc[after].text == ",":
        after += 1
        edges.add(after)  # (the clause may start at the comma the parser gave it)
    return any(c.dep_ == "ccomp" and c.left_edge.i in edges for c in verb.rights)


def time_clause(verb: Token, clause: Token) -> bool:
    """``a day after Trump fired Comey``: an adverbial clause of the cue opened by a
    subordinator (the parser may call it a complement), standing between the cue's addressee
    and what was said."""
    return clause.dep_ in {"advcl", "ccomp"} and clause.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children) and any(
        c.dep_ in {"dobj", "dative"} and c.i < clause.i for c in verb.children)


def _complement_oftime_clause(verb: Token, that: Token, lexicon: Lexicon) -> bool:
    """``told reporters a day after Trump fired Comey that …``: the parser hung the cue's
    clause on the time clause's verb; that verb reports nothing itself (not ``after Trump
    said that …``), so the clause is the cue's."""
    clause = that.head
    governor = clause.head
    return that.dep_ == "mark" and clause.dep_ == "ccomp" and time_clause(verb, governor) and (
        lexicon.cue(governor) is None)


ADJUNCT_PATH_DEPS = {"prep", "pobj", "npadvmod", "compound", "amod"}
# "told reporters about the revelation that …": the clause tells what the topic noun says
TOPIC_PREPOSITIONS = {"about", "of", "regarding", "concerning", "on", "to", "for", "over"}


def _object_beside_complement(that: Token) -> bool:
    """``that`` read as the object of a clause whose verb has its complement already (``they
    stand by their records``, ``they will sign the deal``): no relative pronoun is missing
    from it, so ``that`` opens it."""
    clause = that.head
    return that.dep_ == "dobj" and any(
        c.i > that.i and (c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp"} and c.i != that.i
                          or c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
        for c in clause.children)


def _complement_read_as_relative(verb: Token, that: Token,
                                 lexicon: Lexicon | None = None) -> bool:
    """``that`` the parser marked as a subordinator (not a relative pronoun) of a clause with
    a subject of its own, hung as a relative on the noun of an adjunct between the cue's
    addressee and ``that`` (``told analysts [in a conference call] that the handsets had …``).
    In a relative clause proper ``that`` is the subject or object (``in a call that lasted an
    hour``); after a topic (``respond to the revelation that …``) the clause is the noun's."""
    clause = that.head
    # (or a "that" the parser made the clause's subject beside the subject it has: "said in a
    # news release that charges were laid"; or its object though it has one: "told an
    # audience of 150 that they stand by their records")
    if that.dep_ not in {"mark", *SUBJECT_DEPS} and not _object_beside_complement(that) or (
            clause.dep_ not in {"relcl", "acl"}) or not any(
            c.dep_ in SUBJECT_DEPS and c.i != that.i for c in clause.children):
        return False
    addressee = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if addressee is None:
        return lexicon is not None and (clause.dep_ == "relcl" and _addressed_with_to(
            verb, clause.head, lexicon) or _said_in_document(verb, clause.head, lexicon)) or (
            that.dep_ == "mark" and _on_adjunct_of(verb, clause, that, lexicon=lexicon))
    if clause.head.i == addressee.i:  # informed [his counterpart] that the border will reopen
        return lexicon is not None and verb.lemma_.lower() in lexicon.addressees
    if not relative_or_marked(clause, that, lexicon):
        return False
    if addressee.i > clause.head.i:
        return False
    return _on_adjunct_of(verb, clause, that, addressee, lexicon)


def relative_or_marked(clause: Token, that: Token, lexicon: Lexicon | None = None) -> bool:
    """The clause hangs on a noun as a relative, or as the complement, opened by the
    subordinator ``that``, of a noun of speech (rules/speaker_nouns.jsonl, document): ``told
    Nile Today [in an interview] that the state will …``, the clause hung on ``interview``
    (not ``agreed under the condition that …``: a condition is nobody's statement), or of the
    feeling it was said with (``noted with concern that …``, rules/topic_nouns.jsonl)."""
    if clause.dep_ == "relcl":
        return True
    if clause.dep_ != "acl" or that.dep_ != "mark" or lexicon is None:
        return False
    noun = clause.head
    return lexicon.speaker_noun(noun).document or noun.head.lower_ == "with" and (
        noun.lemma_.lower() in lexicon.topic_nouns)


def _on_adjunct_of(verb: Token, clause: Token, that: Token,
                   addressee: Token | None = None, lexicon: Lexicon | None = None) -> bool:
    """A relative clause hung on the noun of an adjunct of the cue, between the cue (or its
    addressee) and ``that``: ``told analysts [in a conference call] that …``, ``announced
    Tuesday [during a council meeting] that …`` (not a topic's: ``about the report that …``,
    unless the topic is the addressee's: ``residents of the town``, who)."""
    if not relative_or_marked(clause, that, lexicon):
        return False
    after = addressee.i if addressee is not None else verb.i
    node = clause.head
    while node.i != verb.i:
        if addressee is not None and node.i == addressee.i:
            node = node.head  # "told an audience of more than 150 that …": inside its phrase
            continue
        if node.dep_ not in ADJUNCT_PATH_DEPS or not after < node.i < that.i or (
                node.dep_ == "prep" and node.lower_ in TOPIC_PREPOSITIONS and (
                    addressee is None or node.head.i != addressee.i)):
            return False
        node = node.head
    return True


def _addressed_with_to(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """``stating to reporters that the victim was armed``: whom it was said to, given with
    ``to`` right after the cue, is the noun the parser hung the statement on. Only someone
    can be told: a name, a pronoun, a person or a body (rules/speaker_nouns.jsonl); after a
    topic (``respond to the revelation that …``) the clause is the noun's."""
    to = noun.head
    return noun.dep_ == "pobj" and to.lower_ == "to" and to.head.i == verb.i and (
        to.i == verb.i + 1) and lexicon.can_be_told(noun)


def _said_in_document(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """``said in a statement that the budget will rise``: a document the cue names as where it
    was said (``in``) is no topic; the clause the parser hung on it is what was said."""
    in_ = noun.head
    return noun.dep_ == "pobj" and in_.lower_ == "in" and in_.head.i == verb.i and (
        lexicon.is_document(noun))


def office_phrase_start(ctx: Context, left: int, sent: Span) -> int:
    """Where the offices written before a speaker's name start, when the parse left them out
    of the subject: back to the comma over a few words, no verb among them, one of them a
    role title (``Economy Minister and presidential candidate``); else ``left`` itself."""
    doc = ctx.doc
    start = left
    while start > sent.start + 1 and left - start < OFFICE_WORDS_BEFORE_NAME and (
            doc[start - 1].text != ","):
        start -= 1
    words = doc[start:left]
    if start == left or doc[start - 1].text != "," or any(
            t.pos_ in {"VERB", "AUX"} or t.is_punct for t in words) or not any(
            is_office(t, ctx.lexicon.offices) for t in words):
        return left
    return start


def _main_clause_follows(opener: Token, comma: int) -> bool:
    """``Because of the new road there will be a need for another officer, said X`` and ``If
    the levy fails, the village will lose an officer, said X``: the subordinate clause or
    phrase an opener starts hangs on a main clause before the cue's comma, so the whole is a
    statement (``As the war entered its second month, the army said`` hangs on the cue)."""
    clause = opener if opener.dep_ == "prep" else opener.head  # "because of" vs "when it came"
    return clause is not clause.head and opener.i < clause.head.i < comma


def content_before_final_cue(ctx: Context, verb: Token,
                              sent: Span) -> list[tuple[int, int]] | None:
    """``The loss of innocent lives … has raised concerns, he maintained.`` and the statement a
    cue interrupts (``Police, the inspector says, have no policy …``): one or two ranges."""
    doc = ctx.doc
    passive = passive_quoting(ctx, verb)
    if passive is not None:
        verb = passive  # "…, Talha Jasim was quoted as saying.": the passive verb is the anchor
    elif not is_finite(verb) and not past_read_as_participle(verb):
        return None  # "…, responding to the attack" reports nothing
    final = final_cue_speaker(ctx, verb)
    subject = final or subject_of(verb, ctx.lexicon, issuers=False)
    if subject is not None and cue_read_as_second_verb(verb):
        subject = None  # "Aid will stop, added Zlatan Horvat.": not the aid's addition
    left = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    if subject is not None and subject.i < verb.i and (subject is final or (
            subject.dep_ == "compound" and subject.head.i == verb.i)):
        while left > sent.start and doc[left - 1].text != ",":
            left -= 1  # "…, the release states." parsed as one noun phrase: back to its comma
    if subject is not None and left < subject.i:
        # "… if he were found guilty, defence counsel X said": the parse hung the statement's
        # last word on the speaker's phrase; the speaker starts after the comma inside it
        inner = [k for k in range(left, subject.i) if doc[k].text == ","]
        left = inner[-1] + 1 if inner else left
    left = office_phrase_start(ctx, left, sent)  # "…, Economy Minister and presidential
    # candidate Tomas Ruiz said", the parse leaving the offices out of the subject
    comma = left - 1
    while comma > sent.start and doc[comma].is_space:
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    tail_end = _cue_clause_end(verb, sent.end)
    if any(doc[k].pos_ == "VERB" and is_finite(doc[k]) for k in range(verb.i + 1, tail_end)):
        return None
    if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" and c.i == verb.i + 1
           for c in verb.children) and verb.lemma_.lower() not in ctx.lexicon.addressees:
        return None  # "… only add to the misery"
    speaker_after = subject is None or subject.i > verb.i
    addressed = verb.lemma_.lower() in ctx.lexicon.addressees  # "…, X told the Star."
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}
           and verb.i < c.i < tail_end
           and not (speaker_after and _object_is_inverted_speaker(verb, c, tail_end))
           and not (addressed and c.dep_ == "dobj" and not speaker_after)
           for c in verb.children):
        return None  # "In November, the province proposed four parks": the cue goes on
    start = sent.start
    while start < comma and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= comma or doc[start].lower_ in SUBORDINATORS and not (
            _main_clause_follows(doc[start], comma)):
        return None  # "As the war entered its second month, the army …" is no statement
    if doc[start].tag_ in {"VBN", "VBG"} and doc[start].dep_ == "advcl" and (
            doc[start].head.i == verb.i):
        return None  # "Asked whether the plant would close, the manager said no": the
        # occasion of the cue, not what was said
    start = after_framing_colon(doc, start, comma)
    resumed = resumed_content(ctx, verb.i, sent)
    if has_finite_verb(doc, start, comma):
        return [(start, comma), resumed] if resumed else (
            [(start, comma)] if comma - start >= 3 else None)
    # "Police, the inspector says, have no policy": a subject before, its verb after the cue
    if resumed is not None and doc[start].pos_ in NOMINAL_POS | {"DET", "ADJ", "NUM", "ADV"} and (
            has_finite_verb(doc, resumed[0], min(resumed[0] + 3, resumed[1]))):
        if _has_own_subject(doc, *resumed):
            return [resumed]  # "Besides, she added, the bridge …": the opener is no statement
        if comma - start == 1 and doc[start].pos_ in {"PRON", "DET"}:
            return [resumed]  # "These, he said, included …": a pronoun alone says nothing
        return [(start, comma), resumed]
    return None  # "Expressing disappointment over …, Haniyeh warned …"


def after_framing_colon(doc: Doc, start: int, end: int) -> int:
    """``The ruling came with no caveats: the Crown had no case, she said.``: the words before
    a colon frame what the speaker said after it; the statement starts after the last colon
    that a clause with a finite verb follows."""
    colons = [k for k in range(start + 1, end - 2) if doc[k].text == ":"]
    if colons and has_finite_verb(doc, colons[-1] + 1, end):
        return colons[-1] + 1
    return start


def passive_quoting(ctx: Context, verb: Token) -> Token | None:
    """``was quoted as saying``: for the participle cue, the passive verb of quoting it
    completes (with an auxiliary and a passive subject), else None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    passive = verb.head.head
    if passive.lemma_.lower() not in ctx.lexicon.passive_speakers or not any(
            c.dep_ == "auxpass" for c in passive.children) or not any(
            c.dep_ == "nsubjpass" for c in passive.children):
        return None
    return passive


def past_read_as_participle(verb: Token) -> bool:
    """``…, local media reported on Sunday.`` tagged a participle: with an active subject of
    its own and no auxiliary, the form is the simple past."""
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children)


def _has_own_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the first verb in [start, end) has its subject among those words too (``the
    bridge was never designed``), so the words before the cue are no subject of it."""
    verb = next((t for t in doc[start:end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.dep_ in {"aux", "auxpass"} and start <= verb.head.i < end:
        verb = verb.head
    return verb is not None and any(
        c.dep_ in SUBJECT_DEPS and start <= c.i < end for c in verb.children)



ASIDE_OPENERS = {",", "\u2014", "--"}


def cue_aside(ctx: Context, verb: Token, sent: Span) -> tuple[list[tuple[int, int]], Token] | None:
    """A cue set off by commas inside the statement it reports: ``It was on her watch, Brandt
    said, that the archive burned.`` / ``Small towns need more, insists 16-year-old Tomas
    Reyes, in seeing …``. Returns the statement (the part before the aside and the part after
    it) and the speaker, whichever side of the verb the speaker stands on."""
    doc = ctx.doc
    if not is_finite(verb) or ctx.in_quote(verb.i):
        return None
    subject = subject_of(verb, ctx.lexicon, issuers=False)
    if subject is not None and subject.i < verb.i and subject.left_edge.i > sent.start:
        left, speaker, last = subject.left_edge.i, subject, verb.i
    elif subject is not None and subject.i < verb.i:
        return None  # "Tan, who lives at …, told Lianhe Wanbao that …": its own subject opens it
    else:
        speaker = inverted_subject(verb, sent.end)
        if speaker is None:
            return None
        left, last = verb.i, speaker.right_edge.i  # past "…, a spokesman for X"
    opener = left - 1
    if opener <= sent.start or doc[opener].text not in ASIDE_OPENERS:
        return None
    closer = next((k for k in range(last + 1, min(last + 8, sent.end)) if doc[k].text in
                   ASIDE_OPENERS), None)
    if closer is None or any(doc[k].pos_ in {"VERB", "AUX"} for k in range(verb.i + 1, closer)):
        return None
    after_cue = range(verb.i + 1, closer) if speaker.i < verb.i else range(0)
    if not all(_adjunct_of(ctx, verb, doc[k]) for k in after_cue):
        return None  # "I have concluded that because of X, …": the cue's own clause goes on
    if doc[opener - 1].pos_ == "CCONJ":
        # "X said that …, but, he argued, there is still …": the aside opens a new conjunct;
        # what it reports is only what follows it
        resumed = resumed_content(ctx, closer - 1, sent)
        return ([resumed], speaker) if resumed is not None else None
    start = sent.start
    while start < opener and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if doc[start].lower_ in SUBORDINATORS or not (has_finite_verb(doc, start, opener) or (
            past_read_as_noun_modifier(doc, start, opener))):
        return None  # "As the war entered its second month, the army said, …" is no statement
    ranges = [(start, opener)]
    resumed = resumed_content(ctx, closer - 1, sent) or verb_completed_after(
        ctx, verb, opener, closer, sent)
    if resumed is not None:
        ranges.append(resumed)
    return ranges, speaker


def verb_completed_after(ctx: Context, cue: Token, opener: int, closer: int,
                         sent: Span) -> tuple[int, int] | None:
    """``It stems, sources tell The Independent, from the investigation into …``: a statement
    cut right after its verb goes on, after the aside, with the phrase that verb takes (a
    preposition's phrase, no verb of its own needed, whether the parser hung it on that verb
    or on the cue)."""
    doc = ctx.doc
    start = closer + 1
    if start >= sent.end or doc[opener - 1].pos_ != "VERB" or doc[start].pos_ != "ADP" or (
            doc[start].head.i not in {doc[opener - 1].i, cue.i}):
        return None
    end = sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not (
            closes_quote(ctx, end - 1)):
        end -= 1
    return (start, end) if end - start >= 2 else None


def cue_read_as_second_verb(verb: Token) -> bool:
    """``Aid will stop next month, added Zlatan Horvat.``: the parser joined the cue to the
    statement's verb as a second verb of its subject, with the inverted speaker as object. A
    cue after a comma with no subject of its own and a name or a noun phrase for its object is the
    attribution, not a second thing the statement's subject did. So is a cue the parser gave
    the statement's whole first part as subject, its verb and all (``The number of people
    … and those who die could also increase, warned the minister.``)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    second_verb = verb.dep_ in {"conj", "dep"} and verb.head.i < verb.i and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)
    if not (second_verb or verb.dep_ == "ROOT" and _clause_read_as_subject(verb)):
        return False
    tail_end = _cue_clause_end(verb, verb.sent.end)
    return any(c.dep_ == "dobj" and _object_is_inverted_speaker(verb, c, tail_end)
               for c in verb.children)


def _clause_read_as_subject(verb: Token) -> bool:
    """The cue's subject, before its comma, holds a finite verb of its own, outside any
    relative clause (``The governor, who is a critic, demanded …`` is no statement): a
    statement."""
    return any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS and not _in_relative(t, c)
        for t in c.subtree) for c in verb.children)


def _in_relative(token: Token, top: Token) -> bool:
    """A relative or participle clause lies between ``token`` and ``top`` (its ancestor)."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"}:
            return True
        node = node.head
    return False


def _cue_clause_end(verb: Token, end: int) -> int:
    """Where a sentence-final cue's own words stop: the next comma or semicolon (``…, said
    Zlatan Horvat, the agency's director``), else ``end``."""
    doc = verb.doc
    return next((k for k in range(verb.i + 1, end) if doc[k].text in {",", ";"}), end)


def _object_is_inverted_speaker(verb: Token, child: Token, tail_end: int) -> bool:
    """``Aid will stop next month, warned Zlatan Horvat.``: the parser often reads a sentence-final
    cue's inverted speaker as its object (a name, or ``the agency``). It is the
    speaker when it starts right after the cue and is all that is left before the comma or the
    sentence end; ``…, proposed four parks in May`` goes on past its object. A pronoun there
    (``told him``) is whom it was said to; so is the object of a verb in a series of the
    subject's acts (``I launched the site, emailed some friends, and invited them …``)."""
    doc = verb.doc
    if any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > child.i
           for c in verb.children):
        return False
    if child.left_edge.i != first_content(verb) or not (
            child.pos_ == "PROPN" or doc[child.left_edge.i].pos_ in {"PROPN", "DET"}):
        return False
    return all(t.is_punct or t.is_space for t in doc[child.right_edge.i + 1 : tail_end])


def past_read_as_noun_modifier(doc: Doc, start: int, end: int) -> bool:
    """``Macharia and some colleagues hid under desks, he said, …``: the tagger read the
    simple past as a participle modifying the noun before it (no auxiliary, no comma between)."""
    return any(
        doc[k].tag_ == "VBN" and doc[k].dep_ == "acl" and doc[k - 1].pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in doc[k].children)
        and doc[k].head.i == k - 1 for k in range(start + 1, end))


def _adjunct_of(ctx: Context, verb: Token, token: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` through an adjunct (``said on Monday``, ``told
    reporters``), not through the cue's own clause or object."""
    node = token
    while node.head.i != verb.i:
        if node.head.i == node.i:
            return False
        node = node.head
    return node.dep_ in CUE_ADJUNCT_DEPS or (
        node.dep_ == "dobj" and verb.lemma_.lower() in ctx.lexicon.addressees)


TAIL_OPENERS = (("as",), ("or", "so"))


def cue_tail(ctx: Context, verb: Token, sent: Span) -> tuple[list[tuple[int, int]], Token] | None:
    """A cue clause opened by ``as`` / ``or so`` after a comma: ``Rents will double, or so Ruse
    argues.`` / ``…, as the bank warned on Tuesday.`` / ``The plan, as Ortiz put it, is a
    bandage.`` The statement is the words before the comma (and those after the closing
    comma); the cue clause may carry only adjuncts (a clause or object of its own, ``as the
    mayor announced the winners``, is another event)."""
    doc = ctx.doc
    if not is_finite(verb) or ctx.in_quote(verb.i):
        return None
    speaker = subject_of(verb, ctx.lexicon, issuers=False)
    if speaker is None or speaker.i > verb.i:
        return None
    opener = _tail_opener(doc, speaker.left_edge.i, sent)
    if opener is None or doc[opener - 1].text not in ASIDE_OPENERS:
        return None
    closer = next((k for k in range(verb.i + 1, sent.end) if not (
        doc[k].is_space or _adjunct_of(ctx, verb, doc[k]) and doc[k].text not in ASIDE_OPENERS
        or _idiom_object(verb, doc[k]))), sent.end)
    resumed = None
    if not all(doc[k].is_punct or doc[k].is_space for k in range(closer, sent.end)):
        resumed = resumed_content(ctx, verb.i, sent) if doc[closer].text in ASIDE_OPENERS else None
        if resumed is None:
            return None
    start = sent.start
    while start < opener and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = opener - 1
    statement = [(start, end)] + ([resumed] if resumed is not None else [])
    if end <= start or doc[start].lower_ in SUBORDINATORS or not any(
            has_finite_verb(doc, a, b) for a, b in statement):
        return None  # "When the storm came, as the mayor noted, …" reports no statement here
    return statement, speaker


def _tail_opener(doc: Doc, first: int, sent: Span) -> int | None:
    """Index of ``as`` / ``or so`` right before the cue clause's subject, if there is one."""
    for words in TAIL_OPENERS:
        at = first - len(words)
        if at > sent.start and tuple(t.lower_ for t in doc[at:first]) == words:
            return at
    return None


def _idiom_object(verb: Token, token: Token) -> bool:
    """``as Mayor Ortiz put it``: the empty ``it`` of an idiomatic cue stands for the statement."""
    return token.lower_ == "it" and token.dep_ == "dobj" and token.head.i == verb.i
