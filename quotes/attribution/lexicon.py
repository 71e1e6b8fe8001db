"""The speech lexicon read from ``rules/``: cue verbs, speaker nouns, document verbs.

Every pass asks the lexicon whether a token is used as a cue, whether a subject may
speak through it and who issued a document, so these answers live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ..names import Titles
from ..rules import NO_NOUN, CueVerbRule, DocumentVerbRule, RuleSet, SpeakerNounRule


def _in_title(token: Token) -> bool:
    """A capitalised verb between capitalised words, mid-sentence, is part of a title; one
    before a capitalised name is a given name (``Major (Rtd) Said Hj Tinggal told``)."""
    doc = token.doc
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
        return False
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if _trailer_of_quotation(token):
        return False  # "“…,” Said Mr Kayondo.": the cue capitalised, no other verb after
    return before.text[:1].isupper() and not before.is_punct or (
        after is not None and after.pos_ == "PROPN" and after.is_title)


def _trailer_of_quotation(token: Token) -> bool:
    """Right after a quotation's closing mark and its comma (or ``?``/``!``), with no other
    verb in the rest of the sentence: the trailer's own cue, whatever its capital."""
    doc = token.doc
    if token.i < 2 or not doc[token.i - 1].is_quote or doc[token.i - 2].text not in {
            ",", "?", "!"}:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1 : token.sent.end])


# how the parser hangs "clear" in "made (it) clear that …" and "known" in "made it known"
PREDICATIVE_DEPS = {"ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod", "amod"}
# a study, report or survey reports its findings through any cue this sure ("the study
# suggests that …", "a report revealed that …") but a reckoning verb ("the study estimated",
# rules/verb_classes.jsonl); data and figures still only through "said"
RESEARCH_CUE_STRENGTH = 0.8

CueVerb = CueVerbRule  # a lexicon entry for a speech-act verb (rules/cue_verbs.jsonl)


@dataclass
class Lexicon:
    """Everything the attribution rules read from ``rules/``."""

    verbs: dict[str, CueVerb]
    speaker_nouns: dict[str, SpeakerNounRule]
    documents: DocumentVerbs
    # rules/verb_classes.jsonl and rules/name_words.jsonl
    refusals: frozenset[str] = frozenset()  # "declined to say": the cue reports nothing
    requests: frozenset[str] = frozenset()  # "urged him to say": what he was asked to say
    relays: frozenset[str] = frozenset()  # "…, the Times reported": an outlet passing words on
    reckonings: frozenset[str] = frozenset()  # "the study estimated": a sum, not a statement
    addressees: frozenset[str] = frozenset()  # "told reporters": the object is no statement
    knowing: frozenset[str] = frozenset()  # "after he learned that …": a clause of its own
    passive_speakers: frozenset[str] = frozenset()  # "was quoted as saying": the subject spoke
    hearsay: frozenset[str] = frozenset()  # "X is said to have told …": X told
    naming: frozenset[str] = frozenset()  # "referred to X as “…”": a partial quote
    name_giving: frozenset[str] = frozenset()  # "traps called “screw traps”": only a name
    continuations: frozenset[str] = frozenset()  # "…, adding that": a new statement starts
    institutions: frozenset[str] = frozenset()  # "Department of …": "of" inside the name
    agencies: frozenset[str] = frozenset()  # "— Reuters" ending a quotation: a wire credit
    credit_labels: frozenset[str] = frozenset()  # "- Credit: X" after a quotation: a picture's
    hypothetical: frozenset[str] = frozenset()  # "one might argue": a supposition, not speech
    credits: frozenset[str] = frozenset()  # "a line attributed to Twain: “…”": Twain's
    claim_makers: frozenset[str] = frozenset()  # "repeated her claim that …": the subject's
    deniers: frozenset[str] = frozenset()  # "denied claims that …": the subject denied it
    confirmers: frozenset[str] = frozenset()  # "confirmed reports that …": and confirmed it
    receivers: frozenset[str] = frozenset()  # "obtained a letter saying …": got, never issued it
    # a claim's nouns ("allegations of X saying …"): those of DENIED_CLAIM in cue_phrases.jsonl
    claim_nouns: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()  # "Chief of Police Tom Reyes": a name follows
    offices: frozenset[str] = frozenset()  # role titles, folded: "President and CEO Dana Whitlock"
    topic_nouns: frozenset[str] = frozenset()  # "expressed concern over X": X is no statement
    instructions: bool = False  # "urged voters [to stay home]" reported (the component's config)

    @classmethod
    def of(cls, rules: RuleSet) -> Lexicon:
        """Cue verbs by lemma, speaker nouns by noun (later entries win), document verbs."""
        return cls(
            verbs={rule.lemma.lower(): rule for rule in rules.cue_verbs},
            speaker_nouns=speaker_nouns(rules),
            documents=DocumentVerbs.from_rules(rules.document_verbs),
            refusals=rules.verbs("refusal"),
            requests=rules.verbs("request"),
            relays=rules.verbs("relay"),
            reckonings=rules.verbs("reckoning"),
            addressees=rules.verbs("addressee"),
            knowing=rules.verbs("knowing"),
            passive_speakers=rules.verbs("passive_speaker"),
            hearsay=rules.verbs("hearsay"),
            naming=rules.verbs("naming"),
            name_giving=rules.verbs("name_giving"),
            continuations=rules.verbs("continuation"),
            institutions=rules.name_words_that("institution"),
            agencies=rules.name_words_that("agency"),
            credit_labels=rules.name_words_that("credit"),
            hypothetical=rules.verbs("hypothetical"),
            credits=rules.verbs("credit"),
            claim_makers=rules.verbs("claim_maker"),
            deniers=rules.verbs("denial"),
            confirmers=rules.verbs("confirmation"),
            receivers=rules.verbs("receiving"),
            claim_nouns=rules.phrase_lemmas("DENIED_CLAIM"),
            first_names=frozenset(rule.name.lower() for rule in rules.first_names),
            offices=Titles.of(rules).roles,
            topic_nouns=frozenset(rule.word.lower() for rule in rules.topic_nouns),
        )

    def wire_credit(self, words: Iterable[Token]) -> bool:
        """``Reuters``, ``The Associated Press``: a news agency's name (rules/name_words.jsonl
        ``agency``), which after a dash ending a quotation credits the story, not a speaker."""
        folded = [t.lower_ for t in words if not t.is_punct and not t.is_space
                  and t.lower_ != "the"]
        return bool(folded) and (" ".join(folded) in self.agencies or (
            len(folded) == 1 and folded[0] in self.agencies))

    def cue(self, token: Token) -> CueVerb | None:
        """The lexicon entry when ``token`` is used as a speech verb, else None.

        The tagger sometimes reads ``Sinclair states.`` as a plural noun; a third-person form
        right after a name or pronoun and before punctuation is taken as the verb it is.
        """
        entry = self.verbs.get(token.lemma_.lower()) or self._regular_form(token)
        if entry is None or token.pos_ not in {"VERB", "AUX"}:
            entry = self._mistagged(token)
            if entry is None:
                return None
        if _in_title(token):
            return None  # "They Call Me George": a book title, not a speech act
        if entry.particle and not any(
            c.dep_ == "prt" and c.lower_ == entry.particle for c in token.children
        ):
            return None
        if entry.object and not any(
            c.dep_ == "dobj" and c.lower_ == entry.object for c in token.children
        ):
            return None  # "put" is a cue only as "as she put it"
        if entry.predicate and not any(
            c.lower_ in entry.predicate and c.dep_ in PREDICATIVE_DEPS for c in token.children
        ):
            return None  # "make" is a cue only as "made it clear that …"
        if _negated(token) or token.dep_ == "conj" and _negated(token.head) and any(
                c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in token.head.children) and (
                not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)):
            return None  # "did not say whether …", "made no comment or say which …" report
            # nothing: "or" carries the negation over to the cue
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and any(
                c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in token.children):
            return None  # "the accused was detained": a participle used as a noun
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.refusals:
            return None  # "declined to say why …" neither
        if token.dep_ == "xcomp" and token.tag_ != "VBG" and (
                token.head.lemma_.lower() in self.requests) and any(
                c.dep_ in {"dobj", "dative"} and c.i < token.i for c in token.head.children):
            return None  # "pressed him to declare where he stood": asked of him, not said
            # (but "told IRNA adding that …" goes on to say something)
        if token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and _impersonal(token.head):
            return None  # "it is too early to say whether …": nobody says anything
        if _infinitive_after_it_is(token):
            return None  # "it was a biased view to say that …": a way of putting it
        return entry

    def _regular_form(self, token: Token) -> CueVerb | None:
        """``griped`` lemmatised as ``grip``, ``texted`` and ``texting`` as ``texte``: a rare
        verb's regular form read off the word (``-d``, ``-ed`` or ``-ing`` dropped) when the
        lemmatiser's guess is no cue."""
        word = token.lower_
        if len(word) < 5:
            return None
        if token.tag_ in {"VBD", "VBN"} and word.endswith("ed"):
            stems = (word[:-1], word[:-2])
        elif token.tag_ == "VBG" and word.endswith("ing"):
            stems = (word[:-3], word[:-3] + "e")
        else:
            return None
        return next((self.verbs[stem] for stem in stems if stem in self.verbs), None)

    def _mistagged(self, token: Token) -> CueVerb | None:
        word = token.lower_
        if token.i == 0 or token.i + 1 >= len(token.doc):
            return None
        if word.endswith("ing"):
            return self._participle_as_noun(token)
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if before.pos_ == "NOUN" and before.dep_ in {"compound", "nsubj"} and (
                before.head.i == token.i) and after.is_punct and word in self.verbs and (
                self.speaker_noun(before).document):
            # "“…,” Horwath’s statement read.": the verb read as a noun, its subject (a noun
            # has none) or one noun with it; a document speaks so ("his phone call." does not)
            return self.verbs[word]
        if not word.endswith("s"):
            return None
        if not (before.pos_ in {"PROPN", "PRON"} or before.text[:1].isupper()) or (
                not after.is_punct):
            return None
        stem = word[:-2] if word.endswith("es") and word[:-2] in self.verbs else word[:-1]
        return self.verbs.get(stem)

    def _participle_as_noun(self, token: Token) -> CueVerb | None:
        """``…, writing: “…”`` with ``writing`` tagged as a noun: an -ing form between a comma
        and the colon or comma that opens a quotation is the participle of its verb. So is one
        the parse gave a subject of its own (``I heard my mother whispering: “…”``): a noun
        has no subject, the verb of a perception complement does."""
        doc = token.doc
        before, after = doc[token.i - 1], doc[token.i + 1]
        with_subject = any(c.dep_ == "nsubj" for c in token.children)
        if not (before.text == "," or with_subject) or after.text not in {":", ","} or (
                token.i + 2 >= len(doc) or not doc[token.i + 2].is_quote):
            return None
        stem = token.lower_[:-3]
        return self.verbs.get(stem) or self.verbs.get(stem + "e") or (
            self.verbs.get(stem[:-1]) if stem[-1:] == stem[-2:-1] else None)

    def allows(self, entry: CueVerb, subject: Token | None) -> bool:
        """``her statement read`` is speech, ``she read`` is not; ``the data suggests`` is
        evidence, not speech: a document speaks only through a core speech verb (``said``),
        unless it carries its issuer's own words (``addressed``: ``the statement indicated``)."""
        if subject is not None and self.names_no_one(subject):
            return False
        document = self._document_of(subject)
        if entry.subject == "document":
            return document is not None
        if entry.subject == "utterance":
            return subject is not None and self.speaker_noun(subject).utterance
        if entry.strength >= 1.0 or document is None:
            return True
        noun = self.speaker_noun(document) if document.pos_ == "NOUN" else NO_NOUN
        return noun.addressed or (noun.research and entry.strength >= RESEARCH_CUE_STRENGTH
                                  and entry.lemma.lower() not in self.reckonings)

    def speaker_noun(self, token: Token) -> SpeakerNounRule:
        """The rules/speaker_nouns.jsonl entry for a word (by form, then lemma), or the false
        ``NO_NOUN``."""
        return (self.speaker_nouns.get(token.lower_) or self.speaker_nouns.get(
            token.lemma_.lower()) or NO_NOUN)

    def thing_as_subject(self, subject: Token | None) -> bool:
        """``the attack “tells us we live in perilous times”``: a common noun no rules file
        lists as a speaker (rules/speaker_nouns.jsonl) and no name the tagger found; read as a
        speaker only where nothing else could be one."""
        return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and (
            self.speaker_noun(subject) is NO_NOUN)

    def names_no_one(self, subject: Token) -> bool:
        """``Common wisdom says …``, ``one wonders …``, ``some might argue …``, ``nobody said``: a
        generic noun (rules/speaker_nouns.jsonl ``generic``), a verb's -ing form the parser
        made a subject, the generic ``one``, ``no one``,
        ``none``, a ``neither … nor`` pair,
        or an indefinite subject of a hypothetical modal (rules/verb_classes.jsonl
        ``hypothetical``) says nothing."""
        if self.speaker_noun(subject).generic:
            return True
        if subject.tag_ == "VBG" and subject.pos_ == "VERB" and not subject.ent_type_:
            return True  # "Addressing claims that …, Nsanzimana refuted them" misread: an
            # action, not anyone who speaks (a name NER found, "Browning", still speaks)
        word = subject.lower_
        if word == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return True  # "No one said it would be easy": nobody said anything
        if word == "none" or any(c.lower_ == "neither" and c.dep_ in {"det", "preconj"}
                                 for c in subject.children):
            return True  # "Neither Ruiz nor Chan said …", "None of them said …": no one did
        if word == "one" and subject.pos_ in {"PRON", "NUM"} and not any(
                c.dep_ == "prep" for c in subject.children):
            return True  # but "one of the guards said"
        verb = subject.head
        if generic_condition(subject, verb):
            return True  # "A renoviction is when a landlord tells a tenant …": any landlord
        return word in GENERIC_SUBJECTS and any(
            c.dep_ == "aux" and c.lower_ in self.hypothetical for c in verb.children)

    def _document_of(self, subject: Token | None) -> Token | None:
        """The document itself, or the one ``subject`` issued (``the PBO report``, ``a study
        by X``): either way a document is what speaks."""
        if subject is None:
            return None
        if self.is_document(subject):
            return subject
        holder = subject.head
        if subject.dep_ == "pobj":
            holder = holder.head
            if holder.dep_ in {"acl", "relcl"}:
                holder = holder.head  # "a study released by X"
        if holder.i == subject.i or holder.pos_ != "NOUN" or not self.is_document(holder):
            return None
        issuer = self.documents.issuer(holder)
        return holder if issuer is not None and issuer.i == subject.i else None

    def is_document(self, token: Token) -> bool:
        return self.speaker_noun(token).document

    def can_be_told(self, token: Token) -> bool:
        """``said to Ortega``, ``to her``, ``to the council``: a name, a pronoun or a speaker
        noun (rules/speaker_nouns.jsonl) that is no document, utterance or generic noun."""
        if token.pos_ in {"PROPN", "PRON"}:
            return True
        entry = self.speaker_noun(token)
        if entry.document or entry.utterance or entry.generic:
            return False
        return entry is not NO_NOUN

    def is_speech_noun(self, token: Token) -> bool:
        """Something said or written (``statement``, ``message``, ``reply``): a document or
        an utterance in rules/speaker_nouns.jsonl."""
        entry = self.speaker_noun(token)
        return bool(entry.document or entry.utterance)

    def issuer(self, token: Token) -> Token:
        """``the city's Street Needs Assessment`` / ``a statement from the EU`` / ``a reply
        from the agency``: who issued it (a document, or words said or written). A subject
        the tagger took for an adjective (``a circular issued by …``) is still the noun."""
        if token.pos_ not in {"NOUN", "PROPN"} and not (
                token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass"}) or (
                not self.is_speech_noun(token)):
            return token
        issuer = self.documents.issuer(token)
        # words said come from a named body or person only ("the voice from my nose" is none)
        kinds = {"PROPN", "NOUN"} if self.is_document(token) else {"PROPN"}
        return issuer if issuer is not None and issuer.pos_ in kinds else token


def _negated(verb: Token) -> bool:
    """``did not say``, ``made no comment``: the verb is negated, or its object is none (but
    ``said “no comment.”`` quotes the words said)."""
    return any(c.dep_ == "neg" or c.dep_ == "dobj" and not _quoted_words(c) and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def _quoted_words(phrase: Token) -> bool:
    """The phrase opens right after a quotation mark: the words are quoted, not the
    reporter's."""
    first = phrase.left_edge
    return first.i > 0 and first.doc[first.i - 1].is_quote


# indefinite subjects that a hypothetical modal turns into a supposition ("some might say")
# (not "you" or "people": "you might say “…”" in a how-to is speech the reader is given)
GENERIC_SUBJECTS = frozenset({"one", "someone", "somebody", "anyone", "anybody"})


def _person_set_off_as_conjunct(subject: Token) -> Token | None:
    """``The Director of Health, Dr Ana Ruiz has issued``: a person's name the parse joined
    to the subject with a comma and no ``and`` is the subject set off (an apposition)."""
    if any(c.dep_ == "cc" for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and c.doc[c.left_edge.i - 1].text == ","), None)


def issuing_subject(verb: Token) -> Token | None:
    """Who did ``verb`` (``released``, ``issued``) to a document: its subject; through a
    relative pronoun, the noun the clause describes (``the union, which issued a statement``);
    for a verb conjoined to another, the first verb's subject (``the council met and released
    a report``); and for a participle the parser hung on a sentence with no verb of its own
    (``The party issued on June 6 a statement``), the noun it hangs on."""
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subject = subjects[0] if subjects else None
        if len(subjects) > 1 and subjects[-1].ent_type_ == "PERSON":
            subject = subjects[-1]  # "The Director General, Ana Ruiz has issued": the holder
        elif subject is not None and subject.ent_type_ != "PERSON" and (
                holder := _person_set_off_as_conjunct(subject)) is not None:
            subject = holder  # the same, the parse joining the name as a conjunct
        if subject is not None:
            if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":  # "which", "who"
                return verb.head
            return subject
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {
                "PROPN", "NOUN"}:
            return verb.head
        return None


# "an August report", "a Canadian study": a compound that is no author
NOT_ISSUERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP", "LOC", "EVENT"}


@dataclass(frozen=True)
class DocumentVerbs:
    """``rules/document_verbs.jsonl``: the verbs that tie a document to who produced it."""

    issuing: frozenset[str]  # "a study released by X", "X released a report"
    writing_in: frozenset[str]  # "X said in a 2016 report"
    reading: frozenset[str] = frozenset()  # "the cabinet discussed a report": no issuer

    @classmethod
    def from_rules(cls, entries: Iterable[DocumentVerbRule]) -> DocumentVerbs:
        entries = list(entries)
        return cls(
            issuing=frozenset(e.lemma.lower() for e in entries if e.issues),
            writing_in=frozenset(e.lemma.lower() for e in entries if e.writes_in),
            reading=frozenset(e.lemma.lower() for e in entries if e.reads),
        )

    def issuer(self, noun: Token) -> Token | None:
        """Who a document comes from, as the text says it: ``Talos's blog post``, ``a report
        from the school``, ``a study released by Civic Action``, ``a statement e-mailed by
        Ruslim``, ``the school released a report``, ``the report was released by the school``,
        ``Cross wrote in a recent report``."""
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
                return child
            if child.dep_ == "compound" and child.pos_ == "PROPN" and (
                    child.ent_type_ not in NOT_ISSUERS) and child.text[:1].isupper():
                return child  # "the Civic Action study", "a PBO report" (no "landlord study")
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in {"PROPN", "NOUN"}:
                    return objects[0]
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in self.issuing and (
                    agent := agent_object(child)) is not None:
                return agent
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "a letter published online from Ana Ruiz": the parser hangs "from" on the
                # participle
                source = next((g for g in child.children
                               if g.dep_ == "prep" and g.lower_ == "from"), None)
                objects = [c for c in source.children if c.dep_ == "pobj"] if source else []
                if objects and objects[0].pos_ in {"PROPN", "NOUN"} and (
                        objects[0].ent_type_ not in {"GPE", "LOC"}):
                    return objects[0]  # ("reports monitored from Guinea": where, not who)
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.issuing:
            return issuing_subject(head)
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in self.issuing and (
                agent := agent_object(head)) is not None and agent.pos_ in {"PROPN", "NOUN"}:
            return agent  # "The announcement was made Monday by the Criminal Justice Branch"
        if noun.dep_ == "pobj" and head.lower_ == "in" and (
                head.head.lemma_.lower() in self.writing_in):
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return None


def agent_object(verb: Token) -> Token | None:
    """Who a passive verb's ``by`` phrase names (``a study released by Civic Action``)."""
    agent = next((g for g in verb.children if g.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def speaker_nouns(rules: RuleSet) -> dict[str, SpeakerNounRule]:
    """``rules/speaker_nouns.jsonl`` by lower-cased noun; a user's later entry wins."""
    return {rule.noun.lower(): rule for rule in rules.speaker_nouns}


def _impersonal(adjective: Token) -> bool:
    """``it was not possible to say``: an adjective predicated of an empty ``it``."""
    verb = adjective.head if adjective.dep_ in {"acomp", "attr"} else adjective
    return any(c.dep_ in {"expl", "nsubj"} and c.lower_ == "it" for c in verb.children)


def _infinitive_after_it_is(verb: Token) -> bool:
    """``it was a biased view to say that …``, ``it would be wrong to claim …``: an
    infinitive with no subject of its own on ``it is …`` names a way of putting something;
    nobody says it."""
    head = verb.head
    return verb.tag_ == "VB" and verb.dep_ in {"advcl", "xcomp", "acl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
        head.lemma_ == "be") and _impersonal(head) and not any(
        t.tag_ in {"PRP", "PRP$"} and t.lower_ != "it" for t in head.doc[head.i:verb.i])
    # ("it is my pleasure to declare …", "it is incumbent on me to note …": the one it
    # falls to says it)


GENERIC_CONDITIONS = frozenset({"when", "whenever", "if"})


def generic_condition(subject: Token, verb: Token) -> bool:
    """``… is when a landlord tells a tenant they must move out``: an indefinite subject of a
    present-tense cue in a ``when``/``if`` clause stands for anyone of its kind, so the clause
    defines or supposes; nobody said anything."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"}
                     for c in subject.children)
    conditional = any(c.dep_ in {"mark", "advmod"} and c.lower_ in GENERIC_CONDITIONS
                      for c in verb.children)
    return subject.dep_ in {"nsubj", "nsubjpass"} and indefinite and conditional and (
        verb.tag_ in {"VBZ", "VBP"})
