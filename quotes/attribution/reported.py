"""Pass 2: reported speech (``Dar said on Saturday his country supported…``, ``…, he
maintained``, ``according to ISPR, …``, ``Darwish expressed gratitude to…``).

A cue verb with a clausal complement, an object (for verbs whose object is the
statement) or an ``according to`` phrase. A quoted fragment inside the statement makes
it a *partial* quote.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..model import Attribution, Mention
from .clauses import (
    after_adjuncts,
    after_framing_colon,
    before_attribution,
    clause_end,
    comma_before_speaker,
    content_before_final_cue,
    cue_aside,
    cue_read_as_second_verb,
    cue_tail,
    end_before_punct,
    finite_clause,
    object_end,
    past_read_as_noun_modifier,
    resumed_content,
    skip_that,
    that_clause_after,
    time_clause,
    with_resumed,
)
from .context import (
    SENT_END,
    Context,
    QuoteSlot,
    continuation_read_as_modifier,
    cover_quotes,
    ends_sentence,
    mention_of_token,
    opens_with_attribution,
    relays_source,
    sentence_of,
    text_mention,
)
from .direct import claim_direct
from .grammar import (
    EMBEDDED_QUESTION_WORDS,
    FINITE_TAGS,
    NOMINAL_POS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    SUBORDINATORS,
    fronted_participle,
    has_finite_verb,
    infinitive_marker,
    is_finite,
    own_subject,
    passive_participle_clause,
)
from .hygiene import object_names_no_statement, pro_form
from .lexicon import CueVerb, Lexicon
from .mentions import (
    appositive_name,
    document_before_participle,
    final_cue_speaker,
    holder_after_office_object,
    inverted_subject,
    is_office,
    mention_of,
    name_before_dashed_aside,
    outside_quotes,
    participle_joined_to_finite,
    passive_hearer,
    reports_a_clause,
    set_off_after,
    subject_of,
    subject_read_as_object_of_subordinator,
    that_after_addressee,
    trailing_inverted,
)

OBJECT_WEIGHT = 0.8
PREDICATE_WINDOW = 6  # "made it clear [to the voters of the county] that": words before "that"


def attribute_reported(ctx: Context) -> None:
    """Pass 2: cue verbs with a reported clause or statement object, and ``according to``."""
    # outer cues first: "Liang told reporters that the ministry expresses regret" is Liang's
    for verb in sorted(ctx.cue_verbs, key=_depth):
        if verb.i in ctx.used_cues or _inside_reported(ctx, verb) or (
                _describes_speaker(ctx, verb)) or passive_participle_clause(verb) and (
                subject_read_as_object_of_subordinator(verb) is None) or (
                passive_hearer(verb, ctx.lexicon)):
            continue
        entry = ctx.lexicon.cue(verb)
        assert entry is not None
        sent = sentence_of(ctx, verb)
        if as_aside_after_cue(ctx, verb, sent):
            continue  # "X told the Tribune that …, as he said": the aside reports nothing new
        block = False
        aside = cue_aside(ctx, verb, sent) if "clause" in entry.frames else None
        if aside is None:
            aside = cue_tail(ctx, verb, sent)
        if aside is not None:
            contents, subject = aside
        else:
            contents = reported_content(ctx, verb, entry.frames)
            if not contents and "clause" in entry.frames:
                contents = block_after_colon(ctx, verb)
                block = bool(contents)
            if not contents:
                continue
            subject = final_cue_speaker(ctx, verb) or according_source_going_on(
                ctx, verb) or outside_quotes(ctx, verb, subject_of(verb, lexicon=ctx.lexicon))
            if cue_read_as_second_verb(verb):
                subject = None  # its speaker stands after it
        if subject is None and verb.i + 1 < len(ctx.doc):
            subject = trailing_inverted(ctx, verb) or name_before_dashed_aside(verb) or (
                document_before_participle(verb, ctx.lexicon))
        if subject is None or not ctx.lexicon.allows(entry, subject):
            continue  # "Asked what he would tell …": a cue with no speaker reports nothing
        if _trailer_over_own_cue(ctx, verb, subject, contents):
            continue  # "Reyes argued that …, he said": the statement is Reyes's, argued
        if contents and relays_source(ctx, verb, contents[0][0]):
            continue  # "According to Mayor Ruiz, the bridge will open, CBC reported": Ruiz's
        objects = {c.left_edge.i for c in verb.children if c.dep_ in {"dobj", "oprd"}}
        # a noun phrase ("acknowledged the scale of the defeat") is a weaker statement
        # (not an object the parser made of the statement's subject: "said proposals … would")
        weight = OBJECT_WEIGHT if contents[0][0] in objects and not (
            subject_read_as_object(ctx, verb) or clause_read_as_object(ctx, verb)
            or verb_read_as_plural_object(ctx, verb, set(entry.frames))) else 1.0
        for content in contents:
            before = len(ctx.results)
            _claim_reported(ctx, content, verb, subject, rule="reported:verb", weight=weight)
            if block and len(ctx.results) > before:  # a block quotation: the words as written
                ctx.results[-1].quote_type = "direct"
    for phrase in ctx.according_to:
        found = according_to_content(ctx, phrase)
        if found is None:
            continue
        contents, source = found
        if source is not None and ctx.lexicon.speaker_noun(source).generic:
            continue  # "according to common wisdom", "according to the Fisheries Act": nobody
        for content in contents:
            _claim_reported(ctx, content, None, source, rule="reported:according-to",
                            phrase=phrase)


def _trailer_over_own_cue(ctx: Context, verb: Token, subject: Token,
                          contents: list[tuple[int, int]]) -> bool:
    """``Reyes argued that the coroner erred, he said.``: a trailing cue whose pronoun subject
    comes after its content, where the content is itself a cue with a clause of its own and a
    name for its subject, only says again who spoke; the inner cue reports the statement
    (``One contractor said …, she said`` relays someone unnamed: hers)."""
    if subject.pos_ != "PRON" or not contents or subject.i < contents[0][1]:
        return False
    start, end = contents[0]
    return any(start <= other.i < end and other.head.i == verb.i and other.dep_ == "ccomp"
               and (inner := subject_of(other, ctx.lexicon)) is not None and inner.pos_ == "PROPN"
               and start <= inner.i < other.i and reports_a_clause(other, ctx.lexicon)
               for other in ctx.cue_verbs)  # (not "had highlighted the issue, she said")


def as_aside_after_cue(ctx: Context, verb: Token, sent: Span) -> bool:
    """``…, as he said``, ``as she put it``: a cue opened by ``as`` after another cue of the
    same sentence only underlines that cue's statement; it reports nothing of its own."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or any(
            c.i > verb.i and not c.is_punct for c in verb.children):
        return False  # ("comes as police say staff found …": a time, with a statement)
    return any(other.i < verb.i and sent.start <= other.i for other in ctx.cue_verbs
               if other.i != verb.i)


def as_clause_statement(ctx: Context, verb: Token, sent: Span) -> tuple[int, int] | None:
    """``As the mayor said at the meeting, the bridge is unsafe``, ``The vote was close, as
    she noted``: a cue opened by ``as`` with nothing said of its own (``as`` stands for it)
    states the clause it is attached to. Not ``as she told the story``, ``as he said this``:
    an object other than an addressee is what was said then, and the clause only a time."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "attr", "oprd", "neg"} or c.dep_ == "dobj" and not (
            _addressed(ctx, verb, c)) for c in verb.children):
        return None
    if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"}
                                  for c in verb.children):
        return None  # "As I conclude, …", "as we speak": the present of one's own talk, a time
    doc = ctx.doc
    aside_start, aside_end = verb.left_edge.i, verb.right_edge.i + 1
    if aside_end <= verb.head.i:  # the aside opens the sentence: the statement follows it
        start = skip_that(doc, aside_end, verb.i)
        end = clause_end(ctx, verb.head, sent)
    elif aside_start > sent.start and doc[aside_start - 1].text == ",":
        start, end = sent.start, aside_start - 1  # "…, as she noted": the statement before
    else:
        return None
    end = end_before_punct(doc, start, end)
    return (start, end) if end - start >= 3 and has_finite_verb(doc, start, end) else None


def free_relative_predicate(verb: Token, sent: Span) -> tuple[int, int] | None:
    """``in response to what the union says is a broken agreement``: a cue inside a free
    relative (``what`` before it), in the present, that is the subject of ``be`` with a noun
    predicate says that predicate: ``is a broken agreement``."""
    head = verb.head if verb.dep_ == "csubj" else _be_right_after(verb, sent)
    if head is None or verb.tag_ not in {"VBZ", "VBP"} or head.i < verb.i or (
            head.lemma_ != "be") or sent[-1].text == "?" or not any(
            c.tag_ == "WP" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return None  # (a claim standing now; "what she added was a sense of …" is no speech)
    if not any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        return None  # "what he said was untrue", "… was that …": a judgment of the words, or
        # the speaker's own framing, not the words themselves
    return _predicate_from(head.i, head, sent)


def statement_read_as_adverbial(verb: Token) -> list[Token]:
    """``told a meeting of the full council on Wednesday there was no alternative``: the parse
    made the statement an adverbial clause of the cue. A finite clause after the cue with a
    subject of its own and no subordinator to make it adverbial is what was said."""
    return [c for c in verb.rights if c.dep_ == "advcl" and c.tag_ in FINITE_TAGS and not any(
        d.dep_ == "mark" or d.tag_ in {"WRB", "WDT", "WP"} for d in c.children) and any(
        d.dep_ in {"nsubj", "nsubjpass", "expl"} and d.i < c.i for d in c.children)][:1]


def _be_right_after(verb: Token, sent: Span) -> Token | None:
    """``with what they claim was no consultation``: the parse hung ``be`` beside the cue
    instead of making the free relative its subject; the ``be`` right after the cue's words."""
    after = verb.right_edge.i + 1
    if after >= sent.end or verb.doc[after].lemma_ != "be" or verb.dep_ not in {
            "pcomp", "ccomp", "advcl", "conj"}:
        return None
    return verb.doc[after]


def relative_gap_predicate(verb: Token, sent: Span) -> tuple[int, int] | None:
    """``…, a move URA says is aimed at plugging leaks``: a cue in a relative clause with no
    relative word and nothing said of its own, on a noun that is the subject of the verb right
    after the cue, says that noun's predicate (``is aimed at …``)."""
    noun = verb.head
    if verb.dep_ != "relcl" or any(c.dep_ in {"ccomp", "dobj", "xcomp", "aux"} or c.tag_ in {
            "WDT", "WP"} for c in verb.children) or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # (not "the only thing they can claim is …": what may be said)
    if any(c.i > verb.i and c.dep_ not in {"advmod", "npadvmod"} for c in verb.children):
        return None  # "all the things I told about maths are seen …": a topic, not a claim
    predicate = noun.head
    start = verb.right_edge.i + 1
    if predicate.i < start or not (start == predicate.i or any(
            c.i == start and c.dep_ in {"aux", "auxpass"} for c in predicate.children)):
        return None
    return _predicate_from(start, predicate, sent)


def _predicate_from(start: int, predicate: Token, sent: Span) -> tuple[int, int] | None:
    """The words from ``start`` to the end of the predicate's phrase, before any closing
    punctuation (two words at least)."""
    end = end_before_punct(sent.doc, start, min(predicate.right_edge.i + 1, sent.end))
    return (start, end) if end - start >= 2 else None


def _addressed(ctx: Context, verb: Token, obj: Token) -> bool:
    """``told reporters``, ``assured us``: the object of a verb of addressing is whom it was
    said to; ``told the story``, ``told it`` name what was said."""
    return verb.lemma_.lower() in ctx.lexicon.addressees and not (
        ctx.lexicon.thing_as_subject(obj) or obj.lower_ in {"it", "this", "that", "so"})


def _depth(verb: Token) -> tuple[int, int]:
    return sum(1 for _ in verb.ancestors), verb.i


def _inside_reported(ctx: Context, verb: Token) -> bool:
    """A weak cue inside a statement another cue already reported is part of what was said
    (``Ortega said even though Spain believes …``, ``Liang told reporters that the ministry
    expresses regret``): it takes nothing over. A speech verb proper reports a nested
    statement of its own (``I noted he said he would pay``)."""
    entry = ctx.lexicon.cue(verb)
    if entry is not None and entry.strength >= 1.0 or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # nor does a cue with a clause ("X argued that a study suggests that …")
    return any(start <= verb.i < end for start, end in ctx.reported)


def _describes_speaker(ctx: Context, verb: Token) -> bool:
    """``Rhee, who wrote a book that argues …, said``: a cue in a relative clause on something
    inside another cue's subject describes that speaker; a title (``The Quiet City, which
    argues …``) is never a speaker either."""
    if verb.dep_ != "relcl":
        return False
    antecedent = verb.head
    if antecedent.ent_type_ == "WORK_OF_ART":
        return True
    if _is_cue_subject(ctx, antecedent):
        return False  # "says Dr. Ian Arra, who confirmed that …": the speaker's own words too
    for node in antecedent.ancestors:
        if node.dep_ in SUBJECT_DEPS and node.head.i != verb.i and (
                ctx.lexicon.cue(node.head) is not None):
            return True
    return False


def _is_cue_subject(ctx: Context, token: Token) -> bool:
    """The token is another cue's speaker, or a name set beside that speaker (``medical
    officer Dr. Ian Arra``, ``Ruiz, the mayor``), or a role set beside a named one."""
    node = token
    if node.dep_ in {"appos", "compound", "flat", "conj"} and node.head.dep_ in SUBJECT_DEPS:
        node = node.head
    # ("Ana Ruiz, a lawyer who said …, demanded": the role set beside the named speaker)
    named = token.pos_ == "PROPN" or token.dep_ == "appos" and node.pos_ == "PROPN"
    return node.dep_ in SUBJECT_DEPS and node.head.i != token.i and (
        ctx.lexicon.cue(node.head) is not None) and named


NOMINAL_OPENERS = NOMINAL_POS | {"DET", "NUM", "ADJ"}  # the first word of a noun phrase


def clause_after_time_adjunct(ctx: Context, verb: Token, sent: Span) -> tuple[int, int] | None:
    """``He said on May 6, officers acting on intelligence arrested …``: a date set off by a
    comma right after the cue, then a statement the parse did not hang on the cue; it is the
    cue's clause when it opens with a noun phrase and has a finite verb of its own."""
    doc = ctx.doc
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if prep is None or not any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
        return None
    comma = prep.right_edge.i + 1
    if comma + 2 >= sent.end or doc[comma].text != ",":
        return None
    start = comma + 1
    opener = doc[start]
    if opener.pos_ not in NOMINAL_OPENERS or opener.lower_ in SUBORDINATORS or (
            opener.lower_ in ctx.lexicon.continuations):
        return None
    end = clause_end(ctx, verb, sent)
    return (start, end) if end > start and (has_finite_verb(doc, start, end) or (
        past_read_as_noun_modifier(doc, start, end))) else None


ORDINAL_TIMES = frozenset({"first", "second", "third", "last", "only"})


def clause_read_as_time_relative(verb: Token) -> list[Token]:
    """``admitted for the first time that the government will …``: the parse made the
    that-clause a relative of ``time``; it is what the cue reports (the clause has its own
    subject, and ``that`` opens it). Also ``said the last time a levy was asked for it fell
    short``: a statement opening with a time clause, which the parse made the cue's adverb
    with both clauses its relatives: the time phrase and all it holds are the statement."""
    time = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.lemma_ == "time"
                 and c.left_edge.i == verb.i + 1), None)
    if time is not None:
        relatives = [c for c in time.rights if c.dep_ == "relcl" and any(
            g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
        return [time] if len(relatives) >= 2 else []
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for time in prep.children:
            if time.dep_ != "pobj" or time.lemma_ != "time" or not any(
                    c.dep_ == "amod" and c.lower_ in ORDINAL_TIMES for c in time.children):
                continue
            return [c for c in time.rights if c.dep_ == "relcl" and c.left_edge.lower_ == "that"
                    and any(g.dep_ in {"nsubj", "nsubjpass"} and g.i > c.left_edge.i
                            for g in c.children)]
    return []


Ranges = list[tuple[int, int]]  # token ranges [start, end)


def reported_content(ctx: Context, verb: Token, frames: Iterable[str]) -> Ranges:
    """Token ranges [start, end) of what the cue verb reports (two when the cue interrupts it).

    The cue's frames are read in a fixed order (clause, instruction, gerund, complement,
    object); the first that answers decides, and an empty answer means the cue reports
    nothing here."""
    frames = set(frames)
    sent = sentence_of(ctx, verb)
    entry = ctx.lexicon.cue(verb)
    if entry is not None and entry.predicate:
        return after_predicate(ctx, verb, entry.predicate, sent)
    if any(c.dep_ == "dobj" and c.i > verb.i and pro_form(c) for c in verb.children):
        return []  # "said as much to reporters": what was said was written before
    for frame, read in FRAME_READERS:
        if frame in frames:
            found = read(ctx, verb, sent, frames)
            if found is not None:
                return found
    return []


def clause_frame_content(ctx: Context, verb: Token, sent: Span, frames: set[str]) -> Ranges | None:
    """``said [the plan is dead]``: the statement clause the parse gave the cue, or the one it
    misread; None when the sentence has no clause for the cue."""
    # (not "…, saying …": a participle handing on to a statement of its own)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not (
        c.tag_ == "VBG" and c.lower_ in ctx.lexicon.continuations)] or (
        clause_read_as_time_relative(verb)) or statement_read_as_adverbial(verb)
    stated = None if clauses else (
        as_clause_statement(ctx, verb, sent) or free_relative_predicate(verb, sent)
        or relative_gap_predicate(verb, sent))
    if stated is not None:
        return [stated]
    found = parsed_clause_content(ctx, verb, sent, clauses)
    if found is not None:
        return found
    return misparsed_clause_content(ctx, verb, sent, frames)


def parsed_clause_content(ctx: Context, verb: Token, sent: Span,
                          clauses: list[Token]) -> Ranges | None:
    """The statement among the clauses the parse hung on the cue: the one after it (up to the
    clause's end), or a finite one before a final cue (``…, officials said``)."""
    doc = ctx.doc
    before = next((c for c in clauses if c.i < verb.i and finite_clause(c)
                   and comma_before_speaker(ctx, verb)), None)
    if before is not None and any(opens_after(verb, c) for c in clauses):
        before = None  # "…, and farmer, Tom Evans, says the situation is dire"
    # "…, officials said, as rescuers searched": the clause before the cue is the statement
    clause = before or next((c for c in clauses if c.i > verb.i),
                            clauses[0] if clauses else None)
    if clause is None:
        return None
    if clause.i > verb.i:
        return clause_after_cue(ctx, verb, sent, clause)
    if finite_clause(clause) and comma_before_speaker(ctx, verb):
        start = max(clause.left_edge.i, sent.start)
        end = before_attribution(ctx, verb, start)
        start = after_framing_colon(doc, start, end)  # "… no caveats: the Crown …, she said"
        return with_resumed(ctx, verb, sent, (start, end)) if end > start else []
    return None


def clause_after_cue(ctx: Context, verb: Token, sent: Span, clause: Token) -> Ranges:
    """The statement clause after its cue, from after the cue's adjuncts (and ``that``) to
    the clause's end; nothing when the clause asks or names whom the cue addressed."""
    doc = ctx.doc
    after = that_clause_after(doc, verb, sent, ctx.lexicon)
    if after is not None and (after[0] <= clause.left_edge.i or time_clause(verb, clause)):
        # "told analysts in a call that the handsets had higher costs, which in turn
        # affects margins", "told reporters a day after X fired Y that …": the clause
        # the parser gave the cue is a relative after the statement or a time before it
        return [after]
    if asks_nothing(ctx, verb, clause):
        return []  # "told councils whether they were open": no statement in it
    if participle_on_addressee(ctx, verb, clause):
        return []  # "asked the crowd gathered outside": whom he asked, no statement
    first = after_adjuncts(verb, clause, ctx.lexicon)
    if clause.left_edge.i > verb.i:
        first = min(first, clause.left_edge.i)
    elif any(a <= verb.i < b for a, b in ctx.reported):
        return []  # "argued that the survey, which the council says is flawed, …"
    # (and "the budget, which he said [has not been funded]": the relative pronoun
    # that opens the clause before its cue is no part of the statement)
    start = after_cue_adverbial(doc, verb, clause, skip_that(doc, first, verb.i))
    end = min(clause_end(ctx, verb, sent), conjoined_cue_start(ctx, clause),
              relative_clause_end(verb))
    return [(start, end)] if end > start else []


def misparsed_clause_content(ctx: Context, verb: Token, sent: Span,
                             frames: set[str]) -> Ranges | None:
    """A statement clause the parse did not hang on the cue as a clause: read as a modifier,
    a complement, a relative, an object, after a time adjunct, or before a final cue."""
    doc = ctx.doc
    clause_on = continuation_read_as_modifier(ctx.lexicon, verb)
    if clause_on is not None:  # said X, noting [patrols are finding fewer fires]
        end = clause_end(ctx, clause_on, sent)
        return [(verb.i + 1, end)] if end > verb.i + 1 else []
    gerund = gerund_subject_read_as_complement(verb)
    if gerund is not None:  # says [holding open houses will be talked about]
        end = clause_end(ctx, verb, sent)
        return [(gerund.i, end)] if end > gerund.i else []
    misread = complement_read_as_relative(verb)
    if misread is not None:  # told officers [she had been sitting on her porch]
        end = clause_end(ctx, verb, sent)
        start = misread.left_edge.i
        if misread.head.dep_ == "pobj" and misread.head.head.head.i == verb.i:
            start = misread.head.head.i  # added [despite these challenges they are …]
        return [(start, end)] if end > start else []
    after = that_clause_after(doc, verb, sent, ctx.lexicon)
    if after is not None:
        return [after]
    subject = subject_read_as_object(ctx, verb) or clause_read_as_object(ctx, verb) or (
        past_read_as_object_participle(ctx, verb, frames)) or (
        verb_read_as_plural_object(ctx, verb, frames))
    if subject is not None:  # stating [the hospital] has set aside a ward
        end = clause_end(ctx, verb, sent)
        return [(subject.left_edge.i, end)] if end > subject.left_edge.i else []
    dated = clause_after_time_adjunct(ctx, verb, sent)
    if dated is not None:  # said on May 6, [officers … arrested Isa Mohammed]
        return [dated]
    before = content_before_final_cue(ctx, verb, sent)
    if before is not None:
        return before
    return statement_governing_cue(ctx, verb, sent)


def statement_governing_cue(ctx: Context, verb: Token, sent: Span) -> Ranges | None:
    """A cue the parse hung inside the statement it attributes: the statement resumes after
    the comma (but in ``Harbor Mining posted a loss, the company said in a statement`` what
    follows is the attribution)."""
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i <= verb.i:
        return None
    after_comma = resumed_content(ctx, verb.i, sent)
    if after_comma is not None and has_finite_verb(ctx.doc, *after_comma) and not (
            after_comma[0] <= verb.head.i < after_comma[1]
            and reports_clauses(ctx.lexicon, verb.head)
            and not ctx.lexicon.thing_as_subject(own_subject(verb.head))):
        return [after_comma]
    return None


def instruction_frame_content(ctx: Context, verb: Token, sent: Span,
                              frames: set[str]) -> Ranges | None:
    """``told workers [to install the public versions …]``: an order, for cues that give one."""
    if not ctx.lexicon.instructions or not is_finite(verb):
        return None
    order = instruction_order(verb, ctx.lexicon.cue(verb))
    if order is None:
        return None
    end = clause_end(ctx, verb, sent)
    return [(order, end)] if end > order else []


def gerund_frame_content(ctx: Context, verb: Token, sent: Span,
                         frames: set[str]) -> Ranges | None:
    """``report [experiencing discrimination]``, ``denied [taking money]``."""
    if not is_finite(verb):
        return None
    doing = next((c for c in verb.rights if c.dep_ in {"xcomp", "ccomp"}
                  and gerund_start(c) is not None), None)
    if doing is None:
        return None
    start = gerund_start(doing)
    end = clause_end(ctx, verb, sent)
    return [(start, end)] if end - start >= 2 else []


def complement_frame_content(ctx: Context, verb: Token, sent: Span,
                             frames: set[str]) -> Ranges | None:
    """``called it [a bandage solution …]``: the complement of an object (not an infinitive:
    ``called the police to report a theft`` names nothing; not ``called police saying …``:
    the participle reports a statement of its own)."""
    named = next((c for c in verb.rights if c.dep_ in {"oprd", "xcomp", "attr"}
                  and infinitive_marker(c) is None and not (
                      c.tag_ == "VBG" and ctx.lexicon.cue(c) is not None)), None)
    if named is None or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    end = object_end(ctx, verb, named, sent)
    return [(named.left_edge.i, end)] if end > named.left_edge.i else []


def object_frame_content(ctx: Context, verb: Token, sent: Span,
                         frames: set[str]) -> Ranges | None:
    """``announced [a freeze on hiring]``: the object of a finite cue or of its participle."""
    if not (is_finite(verb) or (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "acl"})):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i <= verb.i or object_names_no_statement(ctx, obj):
        return None
    end = object_end(ctx, verb, obj, sent)
    if fronted_participle(verb):  # "Expressing concern over X, the minister said …"
        end = min(end, verb.right_edge.i + 1)
    return [(obj.left_edge.i, end)] if end > obj.left_edge.i else []


FRAME_READERS = (("clause", clause_frame_content), ("instruction", instruction_frame_content),
                 ("gerund", gerund_frame_content), ("complement", complement_frame_content),
                 ("object", object_frame_content))


def after_cue_adverbial(doc: Doc, verb: Token, clause: Token, start: int) -> int:
    """``said, when asked about the delay, that the shelter was full``, ``said, speaking through
    an interpreter, that …``: the words before the clause's own ``that`` say when or how the
    cue was spoken (the parse hung them on the clause), so the statement starts after it;
    unless a ``that`` came first (``said that when it reopens, that families …``)."""
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"
                 and c.i >= start), None)
    if that is None or any(t.lower_ == "that" for t in doc[verb.i + 1 : start]):
        return start
    return that.i + 1


def gerund_start(clause: Token) -> int | None:
    """Where a gerund complement opens: ``taking money``, or the perfect ``having benefited``
    (the ``having`` auxiliary first); None for any other clause."""
    if clause.tag_ == "VBG" and clause.left_edge.i == clause.i:
        return clause.i
    having = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "having"
                   and c.i == clause.left_edge.i), None)
    return having.i if having is not None and clause.tag_ == "VBN" else None


def relative_clause_end(verb: Token) -> int:
    """``McDonald, who has said he will not seek another term, said …``: a statement reported
    in a relative clause set off by commas (on the name, or on the role set beside it) ends
    with that clause, before the comma that closes it (``len(doc)`` for a cue in no such
    clause)."""
    doc = verb.doc
    opening = verb.left_edge.i - 1
    if verb.dep_ == "relcl" and verb.head.dep_ == "appos" and verb.head.left_edge.i < opening:
        opening = verb.head.left_edge.i - 1  # "Ana Ruiz, a lawyer who said …, demanded"
    if verb.dep_ != "relcl" or opening < 0 or doc[opening].text != ",":
        return len(doc)
    end = verb.right_edge.i + 1
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def instruction_order(verb: Token, entry: CueVerb | None) -> int | None:
    """Where the order an instruction gives starts (``urged voters [to stay home]``), when
    the cue addresses someone: its object, or for a cue listing ``addressee`` prepositions
    the object of one of them (``called on the council [to resign]``, ``appealed to
    residents [to stay home]``, also parsed as ``with the judge to spare …`` opening a
    clause). ``called the police to report a theft`` and ``called on Monday`` order nobody."""
    order = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if entry is None or not entry.addressee:
        addressed = any(c.dep_ == "dobj" for c in verb.children)
        return order.left_edge.i if addressed and order is not None else None
    if order is not None and any(
            c.dep_ in {"prep", "dative"} and c.lower_ in entry.addressee and any(
                g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
            for c in verb.rights if c.i < order.i):
        return order.left_edge.i
    for clause in verb.rights:
        to = infinitive_marker(clause)
        if clause.dep_ in {"advcl", "ccomp", "xcomp"} and to is not None and any(
                c.dep_ == "mark" and c.lower_ in entry.addressee for c in clause.children) and (
                any(c.dep_ == "nsubj" for c in clause.children)):
            return to.i
    return None


def after_predicate(ctx: Context, verb: Token, predicate: Iterable[str],
                    sent: Span) -> list[tuple[int, int]]:
    """``made it clear (to voters) that …``: a cue that speaks only with its predicative word
    reports the that-clause after that word, however the parser hung it; with no ``that``
    (``made it clear why …``, ``made known her plans``) nothing is stated."""
    doc = ctx.doc
    word = next(c for c in verb.children if c.lower_ in predicate)
    for i in range(word.i + 1, min(word.i + PREDICATE_WINDOW, sent.end)):
        if doc[i].lower_ == "that" and doc[i].head.i > i:  # a mark, or read as an object
            end = clause_end(ctx, verb, sent)
            return [(i + 1, end)] if end - i > 2 else []
    return []


def asks_nothing(ctx: Context, verb: Token, clause: Token) -> bool:
    """An embedded question states nothing a fact-checker could check: ``asked whether the
    plant would close``, ``asked why the matter was still being discussed``, ``questioned how
    Lam reached that number``, ``explained how the pandemic affected the council``, ``told
    councils whether they were open``. The clause opens with ``whether``/``if`` or a wh-word
    of its own verb; a wh-word inside its subject (``said what happened was a tragedy``) or
    grading a word (``said how proud she was``) opens a statement."""
    first = clause.left_edge
    return first.i > verb.i and first.head.i == clause.i and (
        first.dep_ == "mark" and first.lower_ in {"whether", "if"}
        or first.tag_ in {"WRB", "WP", "WDT"} and first.lower_ in EMBEDDED_QUESTION_WORDS)


def participle_on_addressee(ctx: Context, verb: Token, clause: Token) -> bool:
    """``asked the crowd gathered across the street``, ``told the people assembled there``:
    right after the addressee of a verb of telling, a past form with no subject or
    auxiliary of its own describes the addressee; the parser took it for the reported
    clause."""
    if verb.lemma_.lower() not in ctx.lexicon.addressees or clause.tag_ not in {"VBD", "VBN"} or (
            clause.lemma_ == "be"):
        return False  # ("tells CBC her health was never an issue": "was" describes no one)
    addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}
                      and c.i < clause.i), None)
    return addressee is not None and clause.left_edge.i == clause.i == (
        addressee.right_edge.i + 1) and not any(
        c.dep_ in {*SUBJECT_DEPS, "aux", "auxpass"} for c in clause.children)


def reports_clauses(lexicon: Lexicon, verb: Token) -> bool:
    """A cue verb whose entry takes a reported clause (``said``; not ``come``, a cue only of
    a quotation: ``the answer came: …``)."""
    entry = lexicon.cue(verb)
    return entry is not None and "clause" in entry.frames


def conjoined_cue_start(ctx: Context, clause: Token) -> int:
    """``acknowledged that rains had caused delays but assured that …``: a speech verb with no
    subject of its own that the parse joined to the reported clause's verb is the speaker's
    second statement (``subject_of`` gives it the outer subject), so the first one ends before
    it, and before the ``but``/``and`` that joins them. ``len(doc)`` when there is none."""
    doc = ctx.doc
    for conj in clause.subtree:  # (or one the parse hung deeper: "if the economy slows —
        # and saying …", a bare participle joined to a finite verb, ``participle_joined_…``)
        if conj.i <= clause.i or (conj.head.i != clause.i and (
                participle_joined_to_finite(conj, conj.head) is None)):
            continue
        if conj.dep_ == "conj" and (reports_a_clause(conj, ctx.lexicon) or (
                ctx.lexicon.cue(conj) is not None and that_after_addressee(conj))) and not any(
                c.dep_ in SUBJECT_DEPS for c in conj.children):
            cut = conj.left_edge.i
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return len(doc)


def opens_after(verb: Token, clause: Token) -> bool:
    """A finite clause with its own subject starting right after the cue (``says the
    situation is dire``): what the cue reports, whatever clause comes before it."""
    after = verb.i + 1 + sum(1 for c in verb.children if c.dep_ == "prt" and c.i > verb.i)
    # ("points out that it is up to …": the particle is the verb's)
    return clause.i > verb.i and clause.left_edge.i == after and finite_clause(clause) and (
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children))


def complement_read_as_relative(verb: Token) -> Token | None:
    """``told officers she had been sitting on her porch``: the small parser may hang the
    statement on the addressee as a relative clause. A clause with no relative word that opens
    with a personal pronoun or a name as its subject, right after the plural or pronoun
    addressee of a speech verb, is the statement."""
    addressee = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if addressee is not None and addressee.tag_ in {"NNS", "PRP", "NN", "DT"}:
        return _statement_on_noun(addressee)  # ("told those at the hospital he felt …")
    # "added despite these challenges they are still …": hung on the noun of an adjunct
    adjunct = next((g for c in verb.rights if c.dep_ == "prep" and c.i == verb.i + 1
                    for g in c.children if g.dep_ == "pobj"), None)
    if addressee is None and adjunct is not None and adjunct.tag_ in {"NNS", "NN"}:
        clause = _statement_on_noun(adjunct)
        return clause if clause is not None and _complete_clause(clause) else None
    return None


def gerund_subject_read_as_complement(verb: Token) -> Token | None:
    """``says holding open houses will be talked about``, ``said having a growing economy
    puts Halifax on the map``: a statement whose subject is a gerund phrase. The small parser
    makes the gerund the cue's own complement (as in ``denied taking money``) and hangs the
    statement's finite verb on it. A gerund right after the cue (or its ``that``) with a
    finite clause of its own, whose subject stands between them, opens the statement."""
    start = verb.i + 1
    if start < len(verb.doc) and verb.doc[start].lower_ == "that":
        start += 1
    gerund = next((c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and c.i == start and c.left_edge.i == c.i), None)
    if gerund is None:
        return None
    finite = next((c for c in gerund.rights if c.dep_ == "ccomp" and is_finite(c)), None)
    if finite is None:
        return None
    subject = own_subject(finite)
    return gerund if subject is not None and gerund.i < subject.i < finite.i else None


def _statement_on_noun(noun: Token) -> Token | None:
    """A relative clause with no relative word hung on ``noun``, opening with a personal
    pronoun or a name as its subject right after the noun (and, on a singular common noun,
    with nothing missing): the cue's statement, not a description of the noun."""
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if clause is None:
        return None
    subject = own_subject(clause)
    # right after the noun and whatever else modifies it ("those at the hospital")
    end = max([noun.i] + [c.right_edge.i for c in noun.children if c.i != clause.i])
    if subject is None or subject.i != end + 1 or subject.tag_ not in {"PRP", "NNP"}:
        return None
    if noun.tag_ == "NN" and not _complete_clause(clause):
        return None  # "told the man he met that day": a relative clause with its object gap
    return clause


def _complete_clause(clause: Token) -> bool:
    """``he was also “very excited”``, ``she had seen the fire``: a clause with nothing
    missing (a predicate, an object or a clause of its own), so no relative with a gap."""
    return any(c.dep_ in {"acomp", "attr", "dobj", "ccomp", "xcomp", "oprd"}
               for c in clause.children)


def subject_read_as_object(ctx: Context, verb: Token) -> Token | None:
    """``a statement stating the hospital has set aside a ward``: with no ``that``, the small
    parser may read the subject of the reported clause as the cue's object and hang the
    clause's verb elsewhere. An object right after a clause-taking cue, followed at once by a
    finite verb or auxiliary, is that subject (not for ``told reporters …``: an addressee)."""
    doc = ctx.doc
    if verb.lemma_.lower() in ctx.lexicon.addressees or _in_relative_clause(verb) or (
            verb.tag_ == "VBG" and any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return None  # "those who indicated more than one race were coded …", "people's
        # writing strengths are": the verb after the object is the sentence's, not the cue's
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.right_edge.i + 1 >= len(doc):
        return None
    following = doc[obj.right_edge.i + 1]
    if ctx.in_quote(following.i) or following.sent.start != verb.sent.start:
        return None
    if following.dep_ == "conj" and following.head.i == verb.i and ctx.lexicon.cue(following):
        return None  # "reiterated his commitment … and Russell said …": a clause of its own
    if following.tag_ in FINITE_TAGS or _subjectless_clause_after(verb, obj) is not None:
        return obj
    if obj.tag_ == "DT" and obj.left_edge.i == obj.right_edge.i and following.tag_ == "VBN" and (
            not any(c.dep_ in {"aux", "auxpass"} for c in following.children)):
        return obj  # "said this compared with 22 per cent": the tagger took the past tense
        # for a participle; a bare "this" says nothing, so it is the statement's subject
    return None


def past_read_as_object_participle(ctx: Context, verb: Token, frames: set[str]
                                   ) -> Token | None:
    """``said the talks aimed at strengthening ties``: the tagger took the statement's past
    tense for a participle on the cue's object (``the talks [that were] aimed at …``). A cue
    that reports clauses and takes no object (``say``, not ``announce``) with an object right
    after it, on which hangs a regular past form (``-ed``, one spelling for the past and the
    participle) with a complement and no auxiliary, and no
    finite verb anywhere in the rest of the sentence, reports a clause whose subject is that
    object."""
    obj = object_right_after(ctx, verb, frames)
    if obj is None:
        return None
    past = next((c for c in obj.rights if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}
                 and c.lower_.endswith("ed")), None)  # ("the words written": a participle)
    if past is None or any(c.dep_ in {"aux", "auxpass", "agent"} for c in past.children) or (
            not any(c.dep_ in {"prep", "dobj", "xcomp", "ccomp"} for c in past.children)) or (
            past.i != max(t.i for t in obj.subtree if t.i < past.i) + 1):
        return None
    rest = verb.doc[past.i + 1:verb.sent.end]
    return obj if not any(t.tag_ in FINITE_TAGS for t in rest) else None


def object_right_after(ctx: Context, verb: Token,
                       frames: set[str] | frozenset[str] = frozenset()) -> Token | None:
    """The cue's direct object when its words start right after the cue and stand outside
    quotation marks: where the small parser puts a statement's subject it misread. Never the
    object of a verb of addressing (``told reporters``: whom), nor, among ``frames``, of a cue
    that takes objects (``announced the winners``: what)."""
    if "object" in frames or verb.lemma_.lower() in ctx.lexicon.addressees:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or ctx.in_quote(obj.i):
        return None
    return obj


def verb_read_as_plural_object(ctx: Context, verb: Token, frames: set[str]) -> Token | None:
    """``McCarthy says last week's standoff highlights that growing trend``: the tagger took
    the statement's present-tense verb in -s for a plural noun, the cue's object. A cue that
    takes no object (``say``), whose object right after it is a plural in -s with the
    statement's subject on it (a possessor or a compound) and no article of its own, followed
    by a noun phrase and no finite verb to the sentence's end, reports a clause starting
    there."""
    obj = object_right_after(ctx, verb, frames)
    doc = ctx.doc
    if obj is None or obj.tag_ != "NNS" or not obj.lower_.endswith("s") or (
            obj.i + 1 >= verb.sent.end):
        return None
    lefts = list(obj.lefts)
    if not lefts or any(c.dep_ == "det" for c in lefts) or not any(
            c.dep_ in {"poss", "compound"} for c in lefts):
        return None
    following = doc[obj.i + 1]
    if following.tag_ not in {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "JJ", "CD"} and (
            following.lower_ not in {"that", "this", "these", "those"}):
        return None  # (the tagger may call a demonstrative "that" a subordinator)
    rest = doc[obj.i + 1:verb.sent.end]
    return obj if not any(t.tag_ in FINITE_TAGS for t in rest) else None


def clause_read_as_object(ctx: Context, verb: Token) -> Token | None:
    """``Matthews said proposals to make the savings would be set out``: the parser made the
    statement's subject the cue's object and hung the statement's verb inside it (``to make
    … would be set``). An object right after the cue whose words hold a finite clause of
    their own (not a relative clause on a noun) is the statement's start."""
    obj = object_right_after(ctx, verb)
    if obj is None:
        return None
    if obj.lemma_.lower() in ctx.lexicon.claim_nouns and obj.i + 1 < len(ctx.doc) and (
            ctx.doc[obj.i + 1].lower_ == "that"):
        return None  # "confirmed claims that …": the claim's own clause (nouncues), no subject
    if obj.left_edge.tag_ == "EX":
        return obj  # "said there were growing fears that …": no object opens with "there"
    for token in obj.subtree:
        if _quoted_verb_inside(obj, token) or _modifier_with_subject(obj, token):
            return obj
        if token.tag_ not in FINITE_TAGS or token.i <= obj.i:
            continue
        chain = []
        node = token
        while node.i != obj.i and node.head.i != node.i:
            chain.append(node.dep_)
            node = node.head
        if "ccomp" in chain and "relcl" not in chain:
            return obj
    return None


def _modifier_with_subject(obj: Token, token: Token) -> bool:
    """``said no-one expected crowds such as …``: the tagger made the statement's verb a
    modifier of the noun after it (``expected crowds``), yet left it its own subject; a verb
    before the object's head with a subject of its own is a clause, not a modifier."""
    if token.pos_ != "VERB" or token.dep_ not in {"amod", "compound"} or token.i >= obj.i or (
            token.head.i != obj.i):
        return False
    # ("said feedlots had pre-contracted amounts of …": the subject hung on the auxiliary)
    holders = [token] + [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "nsubj" and c.i < token.i for h in holders for c in h.children)


def _quoted_verb_inside(obj: Token, token: Token) -> bool:
    """``says the government’s decision “favoured” developers``: quotation marks around the
    statement's verb make the small parser read it as an adjective and the whole statement as
    one noun phrase. A past form that opens a quotation after the object's first noun is that
    statement's verb (a quoted adjective, ``“flawed” plan``, is no past form)."""
    doc = token.doc
    if token.tag_ not in {"VBD", "VBN"} or token.i == 0 or not doc[token.i - 1].is_quote:
        return False
    return any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[obj.left_edge.i : token.i - 1])


def _subjectless_clause_after(verb: Token, obj: Token) -> Token | None:
    """``added a trading band for the peso agreed with the Fund would be tweaked``: the
    parser hung the object's modifiers on the cue and the clause's verb beside them, with a
    finite auxiliary but no subject of its own; the object is that subject. Unpunctuated
    between the object and the auxiliary, or it is a sentence going on."""
    doc = verb.doc
    for clause in verb.rights:
        if clause.i <= obj.i or clause.dep_ not in {"advcl", "conj", "ccomp", "dep"} or any(
                c.dep_ in SUBJECT_DEPS for c in clause.children):
            continue
        aux = next((c for c in clause.lefts if c.dep_ in {"aux", "auxpass"}
                    and c.tag_ in FINITE_TAGS), None)
        if aux is not None and not any(t.is_punct for t in doc[obj.i : aux.i]):
            return clause
    return None


def _in_relative_clause(verb: Token) -> bool:
    """Whether the verb sits in a relative clause (``respondents who indicated …``)."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return node.dep_ == "relcl"


def block_after_colon(ctx: Context, verb: Token) -> list[tuple[int, int]]:
    """``For example, Michael Smith writes:`` closing a paragraph, then a paragraph set off
    without quotation marks (a block quotation): that paragraph is what was written."""
    doc = ctx.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or doc[k].text != ":" or ctx.in_quote(k) or reporter_signing_in(ctx, verb):
        return []
    start = k + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or ctx.para_of_token[start] == ctx.para_of_token[verb.i]:
        return []
    para = ctx.para_of_token[start]
    end = start
    while end < len(doc) and ctx.para_of_token[end] == para:
        if ctx.in_quote(end):
            return []
        end += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return [(start, end)] if end - start >= 3 else []


def reporter_signing_in(ctx: Context, verb: Token) -> bool:
    """``Sarah Deeth reports:`` as a sentence of its own: a broadcast reporter introducing
    her story (rules/verb_classes.jsonl ``relay``), whose words are the article's, no
    statement she is quoted making."""
    subject = own_subject(verb)
    sent = verb.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return verb.lemma_.lower() in ctx.lexicon.relays and subject is not None and (
        subject.ent_type_ == "PERSON") and words[0].i == subject.left_edge.i and (
        words[-1].i == verb.i)


def according_source_going_on(ctx: Context, verb: Token) -> Token | None:
    """``According to the minister, the economy will grow, adding that inflation would
    fall``: a participle with no subject of its own goes on with whoever the statement it
    hangs on is credited to, not with that statement's subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if reports_a_clause(verb.head, ctx.lexicon) and any(
            c.dep_ in SUBJECT_DEPS for c in verb.head.children) and any(
            c.dep_ == "ccomp" for c in verb.head.children):
        return None  # "According to the agency, he said …, adding that …": he goes on
    for phrase in ctx.according_to:
        if phrase.sent.start != verb.sent.start or phrase.start > verb.i:
            continue
        found = according_to_content(ctx, phrase)
        if found is not None and any(a <= verb.head.i < b for a, b in found[0]):
            return found[1]
    return None


def according_to_content(ctx: Context, phrase: Span
                         ) -> tuple[list[tuple[int, int]], Token] | None:
    """``According to ISPR, Munir met…``, ``…, according to Dixon Hall.`` and the statement
    interrupted by the phrase (``Shelter residents, according to the findings, are fearful``)."""
    doc = ctx.doc
    if manner_phrase(phrase):
        return None  # "urged judges to act according to their consciences": how, not who
    to = phrase[-1]
    source = next((c for c in to.children if c.dep_ == "pobj" or (
        c.dep_ == "poss" and to.pos_ == "NOUN")), None)  # "according to X", "in her words"
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if len(objects) > 1 and objects[-1].pos_ == "PROPN":
        source = objects[-1]  # "according to co-coach Troy Coates": the parse split the
        # hyphened title into objects of its own; the name is the last
    if source is None:
        if to.i + 1 < len(doc) and doc[to.i + 1].pos_ in NOMINAL_POS | {"DET"}:
            source = inverted_subject(to, min(len(doc), to.i + 12))
        if source is None:
            return None
    if len(phrase) == 1:
        if not (_name_set_off(doc, phrase, source) or _name_closing(doc, phrase, source)) or (
                _cue_lacks_subject(ctx, phrase.sent)):
            return None
        written, phrase_end = source, source.i
    elif (name := name_glued_to_subject(phrase, source)) is not None:
        source, phrase_end = name, name.i  # "According to Irvine farmers will be waiting …"
    else:
        written = appositive_name(source)
        if written is source and (holder := holder_after_office_object(source)) is not None:
            written = holder  # "According to the President of the Authority, Dan Gabay, …"
        if written is source and (holder := holder_set_off_after(source, ctx.lexicon)):
            written = holder  # "… Director of Operations at the Police Service, ACP Ana Ofori,"
        # "According to Sene, Senegalese in the south work …": the parser made the statement
        # an apposition of the source
        misread = written is not source and _leaves_no_statement(written, phrase)
        written = source if misread else written
        source = ctx.lexicon.issuer(written)  # "the Civic Action study" speaks for Civic Action
        phrase_end = source.i if misread else max(written.right_edge.i, source.right_edge.i,
                                                  phrase.end - 1)
        if (opening := name_opening_statement(source)) is not None:
            phrase_end = opening.left_edge.i - 1  # "According to Mahler, [San Pedro cannot …"
    sent = phrase.sent
    if phrase.start <= sent.start + 1:
        start = phrase_end + 1
        while start < sent.end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        end = clause_end(ctx, source, sent)
        return ([(start, end)], source) if end - start >= 3 else None
    end = phrase.start
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    start = sent.start
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if end - start < 1 or phrase[0].lower_ == "as" and (
            person_acts_before(ctx, start, end) or trails_a_quotation(ctx, start, end)):
        return None
    if opens_with_attribution(ctx, phrase[0], start):
        return None  # "Mayor Ana Ruiz wrote, on Facebook, that …, according to AGERPRES": the
        # agency relays her statement, which her own verb reports
    ranges = [(start, end)]
    resumed = resumed_content(ctx, phrase_end, sent) if end - start < 8 else None
    if resumed is not None:
        ranges.append(resumed)
    elif end - start < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
        return None  # "The former President, according to Ram, said: …": no statement before
    return ranges, source


def manner_phrase(phrase: Span) -> bool:
    """``act according to the law``, ``went according to plan``, ``growth is according to
    the wishes of …``: a source phrase right after the verb (or the copula) it hangs on, no
    comma between, says how something is done, not who said it."""
    if phrase.start == 0 or phrase[0].lower_ != "according":
        return False
    before = phrase.doc[phrase.start - 1]
    return before.pos_ in {"VERB", "AUX"} and phrase[0].head.i == before.i


def name_glued_to_subject(phrase: Span, source: Token) -> Token | None:
    """``According to Irvine farmers will be waiting …``, the comma left out: the parse made
    the statement's subject (a common noun) the source, with the person's name as its
    modifier, and left the statement's verb without a subject. The name is the source
    (the noun cannot be: a subjectless verb is what it was written for)."""
    verb = phrase[0].head
    if source.pos_ != "NOUN" or verb.i <= source.i or verb.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = source.doc[source.i - 1] if source.i > 0 else None
    if name is None or name.head.i != source.i:
        return None
    if name.dep_ == "poss" and name.tag_ == "PRP$" and name.lower_ in {"her", "his", "their"}:
        return name  # "According to her investors are terming …": her, not her investors
    if name.dep_ != "compound" or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    return name


def name_opening_statement(source: Token) -> Token | None:
    """The name the parse apposed to a named source though a verb follows it (``According to
    Mahler, San Pedro cannot …``): the statement's subject, which ``appositive_name`` passes
    by."""
    if source.pos_ != "PROPN":
        return None
    return next((c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i > source.i and not set_off_after(c)), None)


def person_acts_before(ctx: Context, start: int, end: int) -> bool:
    """``Commissioner Simon Kalenga advised residents to prepare for a drop in rainfall, as
    predicted by the Met Authority``: a clause whose own subject, a person named, directs
    someone (a cue verb with an infinitive) is that person's act; an ``as … by`` phrase
    after it vouches for a part of it (the drop), not for the clause (``according to``
    reports the whole act)."""
    doc = ctx.doc
    root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i),
                None)
    if root is None or ctx.lexicon.cue(root) is None or not {"dobj", "xcomp"} <= {
            c.dep_ for c in root.children}:
        return False  # (directs someone: "advised residents to …", "urged MPs to …")
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
               for c in root.children)


def trails_a_quotation(ctx: Context, start: int, end: int) -> bool:
    """``“…” Heru said on Monday as reported by kompas.com``: the clause an ``as reported
    by`` phrase vouches for is a quotation's trailer (its cue already used): the outlet
    printed the quotation; its speaker said it."""
    return any(t.i in ctx.used_cues for t in ctx.doc[start:end])


def holder_set_off_after(office: Token, lexicon: Lexicon) -> Token | None:
    """``According to the Regional Director of Operations at the Police Service, ACP Ana
    Ofori, his outfit …``: an office (a title) whose phrase is followed by a name of two or
    more capitalised words between commas, the statement going on after them, has that name
    for its holder, wherever the parse hung it. The name's last word, else None."""
    doc = office.doc
    comma = office.right_edge.i + 1
    if not is_office(office, lexicon.offices) or comma >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    name = doc[comma + 1 : end]
    if len(name) < 2 or end + 3 >= len(doc) or doc[end].text != "," or not any(
            t.ent_type_ == "PERSON" or t.lower_ in lexicon.first_names for t in name
    ) and not is_office(name[0], lexicon.offices):
        return None
    return name[-1]


def _leaves_no_statement(apposition: Token, phrase: Span) -> bool:
    """An apposition after a source that opens its sentence and runs to the sentence's end
    leaves nothing the source said: it is the statement, misparsed."""
    sent = phrase.sent
    last = sent.end - 1
    while last > sent.start and (sent.doc[last].is_punct or sent.doc[last].is_space):
        last -= 1
    return phrase.start <= sent.start + 1 and apposition.right_edge.i >= last


def _name_set_off(doc, phrase: Span, source: Token) -> bool:
    """A one-word source preposition opening the sentence (``Per CNN, …``) names a source only
    when its object is a name closed by a comma: ``per hour``, ``per cent`` or ``per the
    rules`` name nobody."""
    comma = source.i + 1
    return phrase.start == phrase.sent.start and _plain_name(doc, source) and (
        comma < len(doc) and doc[comma].text == ",")


def _name_closing(doc, phrase: Span, source: Token) -> bool:
    """``…, per the St. Louis Post-Dispatch.``: after a comma, a one-word source preposition
    whose object is a name that ends the sentence."""
    rest = doc[source.i + 1 : phrase.sent.end]
    return phrase.start > phrase.sent.start and doc[phrase.start - 1].text == "," and (
        _plain_name(doc, source)) and all(t.is_punct and t.text not in {",", "("} for t in rest)


def _plain_name(doc, source: Token) -> bool:
    """A name, or initials the tagger took for a noun (``KTVI``), with only names, articles
    and hyphens before it."""
    initials = source.is_upper and source.is_alpha and len(source) >= 2
    return (source.pos_ == "PROPN" or initials) and all(
        t.pos_ in {"PROPN", "DET", "PUNCT"} for t in doc[source.left_edge.i : source.i])


def _cue_lacks_subject(ctx: Context, sent: Span) -> bool:
    """``Per Olsen, a farmer, said …``: a cue verb heading the sentence without a subject of
    its own takes the name as its subject (``Per`` is a first name, not a preposition)."""
    root = sent.root
    return ctx.lexicon.cue(root) is not None and not any(
        c.dep_ in SUBJECT_DEPS for c in root.children)


def _before_inner_attribution(ctx: Context, covered: list[int], start: int,
                              end: int) -> int | None:
    """``he said he found himself in tears in what he called “the loneliest moment”``: the
    statement stops before the phrase that attributes its own quotation."""
    doc = ctx.doc
    cues = [ctx.results[ctx.slots[n].attribution].cue for n in covered
            if ctx.slots[n].claimed and ctx.slots[n].attribution is not None]
    spans = [doc.char_span(m.start, m.end) for m in cues if m is not None]
    inside = [span.root for span in spans if span is not None and start <= span.start < end]
    if not inside:
        return None
    phrase = inside[0]
    while phrase.dep_ not in {"prep", "advcl"} and phrase.head.i != phrase.i and (
            start <= phrase.head.i < end):
        phrase = phrase.head  # up to "in what he called …", "as he put it"
    cut = phrase.left_edge.i
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space
                           or doc[cut - 1].dep_ == "cc"):
        cut -= 1
    return cut if cut - start >= 3 and has_finite_verb(doc, start, cut) else None


def _nested_in_reported(ctx: Context, cue: Token | None, covered: list[int], start: int,
                        end: int) -> bool:
    """``The report stated that Sanders conceded to X she had a “slip of the tongue” …``: a
    statement reported inside another one that opens with its cue is the inner speaker's too;
    the quotations the outer statement took in are no attribution of their own to defer to.
    Not a statement somebody only should or would make (``should reveal what “…” she posed``),
    nor one inside a relay's trailer (``X tweeted that “…”, Fox 5 reported``: the relay's)."""
    claimed = [ctx.slots[n] for n in covered if ctx.slots[n].claimed]
    if cue is None or not claimed or any(
            c.dep_ == "aux" and (c.lower_ in ctx.lexicon.hypothetical or c.lower_ == "to")
            for c in cue.children):
        return False
    first, last = ctx.doc[start].idx, ctx.doc[end - 1].idx
    outer = [a for a in ctx.results if a.rule.startswith("reported:") and a.cue is not None
             and a.quote.start <= first and last < a.quote.end and a.cue.end <= a.quote.start]
    return bool(outer) and all(
        slot.attribution is not None and ctx.results[slot.attribution] in outer
        for slot in claimed)


def phrase_cue(ctx: Context, phrase: Span) -> Mention:
    """The cue of a source phrase: its noun of saying (``in her words``, ``in the view of``),
    else the phrase as written (``according to``, ``per``, ``as reported by``)."""
    noun = next((t for t in phrase if t.pos_ == "NOUN"), None)
    if noun is not None:
        return mention_of_token(noun)
    return text_mention(ctx, phrase.start_char, phrase.end_char)


def order_to_object(first: Token, cue: Token | None) -> bool:
    """The content opens with the infinitive the cue governs after its object (``asked the
    minister [to state …]``): an order given to that object, not a statement."""
    return cue is not None and first.lower_ == "to" and first.dep_ == "aux" and (
        first.head.dep_ == "xcomp") and first.head.head.i == cue.i and any(
        c.dep_ == "dobj" and c.i < first.i for c in cue.children)


def order_read_as_clause(ctx: Context, first: Token, cue: Token | None) -> bool:
    """``had asked Prime Minister Hun Sen to intervene``: the parse made the addressee the
    subject of an infinitive clause hung on an instruction cue; the content opens with that
    addressee, and it is an order as much as ``asked the minister to act`` is."""
    entry = ctx.lexicon.cue(cue) if cue is not None else None
    if entry is None or "instruction" not in entry.frames:
        return False
    clause = next((c for c in cue.rights if c.dep_ == "ccomp" and c.tag_ == "VB"), None)
    return clause is not None and infinitive_marker(clause) is not None and any(
        c.dep_ == "nsubj" and c.left_edge.i == first.i for c in clause.children)


def quotation_closing_statement(ctx: Context, start: int, end: int) -> int | None:
    """The unattributed quotation that a colon inside the statement introduces and that runs
    to its end (``… said she wished to send a message: “The courts will not …”``), or that a
    comma sets after it as a sentence of its own: the speaker's own words, a direct
    quotation of their own after the reported clause."""
    doc = ctx.doc
    for n, slot in enumerate(ctx.slots):
        if not slot.claimed and start + 3 < slot.first < end and slot.last >= end - 2 and (
                doc[slot.first - 1].text == ":" or doc[slot.first - 1].text == "," and (
                    quoted_sentence(ctx, slot))):
            return n
    return None


def quoted_sentence(ctx: Context, slot: QuoteSlot) -> bool:
    """``… aren't meeting standards, “I'm not sure we attract the right people.”``: after a
    comma, a quotation that is a sentence of its own (a capital, a subject and its verb, a
    full stop inside the marks) is the speaker's words added to the reported clause, not
    more of it (``the results were, “Frankly, a disaster.”`` completes the clause)."""
    doc = ctx.doc
    words = [t for t in doc[slot.first : slot.last + 1] if t.is_alpha]
    closing = range(max(slot.first, slot.last - 2), slot.last + 1)
    return bool(words) and words[0].text[:1].isupper() and any(
        t.dep_ in {"nsubj", "nsubjpass"} and slot.first <= t.head.i <= slot.last
        for t in words) and any(doc[k].text in SENT_END for k in closing)


def _claim_reported(ctx: Context, content: tuple[int, int], cue: Token | None,
                    subject: Token | None, *, rule: str, weight: float = 1.0,
                    phrase: Span | None = None) -> None:
    """Record a reported statement unless a quotation already attributed covers it. Its cue
    is the verb, or for a source phrase what ``phrase_cue`` takes of it."""
    doc = ctx.doc
    start, end = cover_quotes(ctx, *content)
    if doc[start].tag_ in RELATIVE_TAGS and doc[start].lower_ != "what" and (
            cue is None or start < cue.i):
        return  # "which a study concluded would cost …" is the writer's sentence (but "what
        # was reported was a drill" opens with a free relative, no antecedent before it)
    # (after its cue, "explains what the site is" is an embedded question: what was said)
    if rule == "reported:verb" and not ctx.lexicon.instructions and (
            order_to_object(doc[start], cue) or order_read_as_clause(ctx, doc[start], cue)):
        return  # "asked the minister [to state what …]": an order, reported only on request
    if rule == "reported:verb" and (
            n := quotation_closing_statement(ctx, start, end)) is not None:
        claim_direct(ctx, n, cue, subject, rule="direct:lead-in")
        end = ctx.slots[n].first - 1  # "he said he wished to send a message: “…”": two
    inner = [n for n, s in enumerate(ctx.slots) if s.first < end and s.last >= start]
    for n in inner:
        slot = ctx.slots[n]
        if slot.claimed and slot.first <= start and slot.last >= end - 1:
            return  # the "content" is a quotation already attributed
    covered = [n for n in inner if ctx.slots[n].first >= start and ctx.slots[n].last < end]
    nested = _nested_in_reported(ctx, cue, covered, start, end)
    if not nested and any(ctx.slots[n].claimed for n in covered):
        cut = _before_inner_attribution(ctx, covered, start, end)
        if cut is None:
            return
        end = cut
        covered = [n for n in covered if ctx.slots[n].last < end]
    quote_type = "partial" if covered else "indirect"
    if cue is None and len(covered) == 1 and ctx.slots[covered[0]].first == start and (
            ctx.slots[covered[0]].last >= end - 2) and ends_sentence(ctx, ctx.slots[covered[0]]):
        quote_type = "direct"  # "In her words, “the city forgot us.”": the whole quotation
    elif covered and all(
        ctx.slots[n].first == start and ctx.slots[n].last >= end - 2 for n in covered
    ):
        quote_type = "partial"
    start_char = doc[start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    entry = ctx.lexicon.cue(cue) if cue is not None else None
    attribution = Attribution(
        quote=text_mention(ctx, start_char, end_char),
        quote_type=quote_type,
        speaker=mention_of(subject, ctx.lexicon),
        cue=mention_of_token(cue) if phrase is None else phrase_cue(ctx, phrase),
        rule=rule,
        cue_strength=(entry.strength if entry is not None else 1.0) * weight,
    )
    for n in covered:
        if not ctx.slots[n].claimed:
            ctx.slots[n].claimed = True
            ctx.slots[n].attribution = len(ctx.results)
    ctx.results.append(attribution)
    ctx.reported.append((start, end))
    if cue is not None:
        ctx.used_cues.add(cue.i)

