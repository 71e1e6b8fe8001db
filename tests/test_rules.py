"""The rules loader: every rules file is typed, and every bad line fails with FILE:LINE."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.rules import (
    CueVerbRule,
    RuleError,
    RuleSet,
    SpeakerNounRule,
    builtin_rules_dir,
)

FRAMES = "clause, quote, object, complement, instruction, gerund"


def write_rules(folder: Path, name: str, *lines: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("// a comment line is skipped\n" + "".join(f"{line}\n" for line in lines),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("cue_verbs.jsonl", '{"lema": "retort"}',
         "unknown key 'lema' (expected one of addressee, frames, lemma, object, particle, "
         "predicate, strength, subject)"),
        ("cue_verbs.jsonl", '{"lemma": "retort", "strenght": 0.8}',
         "unknown key 'strenght' (expected one of addressee, frames, lemma, object, particle, "
         "predicate, strength, subject)"),
        ("cue_verbs.jsonl", '{"frames": ["quote"]}', "missing key 'lemma'"),
        ("cue_verbs.jsonl", '{"lemma": ""}', "'lemma' must be a non-empty string"),
        ("cue_verbs.jsonl", '{"lemma": "retort", "frames": ["clasue"]}',
         f"'frames' has unknown value \"clasue\" (expected any of {FRAMES})"),
        ("cue_verbs.jsonl", '{"lemma": "retort", "frames": []}',
         f"'frames' must be a non-empty list of {FRAMES}"),
        ("cue_verbs.jsonl", '{"lemma": "retort", "strength": 2}',
         "'strength' must be a number from 0 to 1, not 2"),
        ("cue_verbs.jsonl", '{"lemma": "retort", "strength": "high"}',
         "'strength' must be a number from 0 to 1, not \"high\""),
        ("cue_verbs.jsonl", '{"lemma": "read", "subject": "letter"}',
         "'subject' must be one of document, utterance, not \"letter\""),
        ("cue_verbs.jsonl", '{"lemma": "make", "predicate": "clear"}',
         "'predicate' must be a non-empty list of words"),
        ("cue_verbs.jsonl", '{"lemma": "appeal", "addressee": "to"}',
         "'addressee' must be a non-empty list of words"),
        ("speaker_nouns.jsonl", '{"noun": "harbourmaster", "type": "people"}',
         "'type' must be one of person, organization, group, not \"people\""),
        ("speaker_nouns.jsonl", '{"noun": "harbourmaster", "type": "person", "office": "yes"}',
         "'office' must be true or false"),
        ("speaker_nouns.jsonl", '{"noun": "harbourmaster", "type": "person", "gender": "f"}',
         "unknown key 'gender' (expected one of addressed, anaphoric, announcing, anonymous, "
         "collective, document, generic, issued, litigation, municipal, noun, office, regional, "
         "research, type, utterance)"),
        ("titles.jsonl", '{"text": "Harbourmaster", "kind": "job"}',
         "'kind' must be one of honorific, role, not \"job\""),
        ("titles.jsonl", '{"text": "Dame", "kind": "honorific", "gender": "female"}',
         "'gender' must be one of m, f, not \"female\""),
        ("first_names.jsonl", '{"name": "Ilse"}', "missing key 'gender'"),
        ("first_names.jsonl", '{"name": "Ilse", "gender": "both"}',
         "'gender' must be one of m, f, either, not \"both\""),
        ("document_verbs.jsonl", '{"lemma": "pen", "issue": true}',
         "unknown key 'issue' (expected one of issues, lemma, reads, writes_in)"),
        ("cue_phrases.jsonl", '{"label": "QUOTED_AS", "pattern": [{"LOWER": "quoted"}]}',
         "'label' must be one of ACCORDING_TO, NOUN_CUE, PREPOSITION_CUE, DENIED_CLAIM, "
         "not \"QUOTED_AS\""),
        ("cue_phrases.jsonl", '{"label": "ACCORDING_TO", "pattern": [{"LOWR": "per"}]}',
         "'pattern' is not a valid Matcher pattern: [pattern -> 0 -> LOWR] Extra inputs are "
         "not permitted"),
        ("vague_sourcing.jsonl", '{"label": "rumoured", "pattern": []}',
         "'pattern' must be a non-empty list of token objects (a spaCy Matcher pattern)"),
        ("furniture.jsonl", '{"pattern": "(Sponsored", "label": "promo"}',
         "'pattern' is not a valid regular expression (missing ), unterminated subpattern at "
         "position 0)"),
        ("furniture.jsonl", '{"pattern": "Sponsored", "scope": "footer"}',
         "'scope' must be one of article, header, body, not \"footer\""),
        ("verb_classes.jsonl", '{"word": "shrug", "kind": "refusals"}',
         "'kind' must be one of refusal, addressee, passive_speaker, naming, continuation, "
         "hypothetical, non_agentive, credit, claim_maker, impersonal, hearsay, "
         "self_naming, request, relay, reckoning, denial, confirmation, resumption, sending, "
         "receiving, stance, acting_for, interview, name_giving, knowing, "
         "not \"refusals\""),
        ("name_words.jsonl", '{"word": "tribunal", "institutions": true}',
         "unknown key 'institutions' (expected one of agency, credit, former, institution, "
         "level, organization, particle, place, second, side, word)"),
        ("head_nouns.jsonl", '{"word": "innkeeper", "kind": "people"}',
         "'kind' must be one of person, organization, none, public, way, not \"people\""),
        ("head_nouns.jsonl", '{"kind": "person"}', "give exactly one of 'word' and 'suffix'"),
        ("head_nouns.jsonl", '{"word": "keeper", "suffix": "keeper", "kind": "person"}',
         "give exactly one of 'word' and 'suffix'"),
        ("cue_verbs.jsonl", "{lemma: 'retort'}",
         "not valid JSON (Expecting property name enclosed in double quotes)"),
        ("cue_verbs.jsonl", '["retort"]', "each line must be a JSON object"),
    ],
)
def test_a_bad_line_fails_at_load_naming_file_and_line(tmp_path: Path, name: str, line: str,
                                                       message: str) -> None:
    path = write_rules(tmp_path / "extra", name, "", line)  # a comment, a blank line, the entry
    with pytest.raises(RuleError) as raised:
        RuleSet.load(tmp_path / "extra")
    assert str(raised.value) == f"{path}:3: {message}"


def test_word_lists_are_rules_a_user_can_extend(tmp_path: Path) -> None:
    from quotes.attribution.lexicon import Lexicon
    from quotes.names import Titles, split_title

    write_rules(tmp_path / "extra", "verb_classes.jsonl", '{"word": "shrink", "kind": "refusal"}')
    write_rules(tmp_path / "extra", "name_words.jsonl",
                '{"word": "tribunal", "institution": true}', '{"word": "bte", "particle": true}')
    builtin, extended = RuleSet.load(), RuleSet.load(tmp_path / "extra")
    assert "shrink" not in Lexicon.of(builtin).refusals
    assert "shrink" in Lexicon.of(extended).refusals
    assert "tribunal" in Lexicon.of(extended).institutions
    words = ["Mayor", "Leila", "bte", "Hassan"]
    assert split_title(words, Titles.of(builtin)) == (["Mayor", "Leila", "bte"], ["Hassan"])
    assert split_title(words, Titles.of(extended)) == (["Mayor"], ["Leila", "bte", "Hassan"])


def test_office_modifiers_are_rules_a_user_can_extend(tmp_path: Path) -> None:
    """``former`` and ``second`` words (rules/name_words.jsonl) decide whether a role is one
    held before or a deputy's; a user's folder adds its own."""
    from quotes.names import Titles
    from quotes.resolution.holders import second_in_command, top_office

    write_rules(tmp_path / "extra", "name_words.jsonl", '{"word": "sometime", "former": true}',
                '{"word": "adjunct", "second": true}')
    builtin, extended = Titles.of(RuleSet.load()), Titles.of(RuleSet.load(tmp_path / "extra"))
    assert {"former", "ex"} <= builtin.former and "sometime" not in builtin.former
    assert "sometime" in extended.former
    assert second_in_command("Deputy Director", builtin)
    assert not second_in_command("Adjunct Director", builtin)
    assert second_in_command("Adjunct Director", extended)
    assert top_office("Adjunct Director", builtin) and not top_office("Adjunct Director", extended)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"^rules folder not found: .*nowhere$"):
        RuleSet.load(tmp_path / "nowhere")


def test_a_missing_rules_file_is_named(tmp_path: Path) -> None:
    write_rules(tmp_path / "only", "cue_verbs.jsonl", '{"lemma": "say"}')
    with pytest.raises(RuleError, match=r"^rules file 'cue_phrases.jsonl' not found in "):
        RuleSet.from_dirs([tmp_path / "only"])


def test_user_rules_extend_the_built_in_ones_and_are_typed(tmp_path: Path) -> None:
    write_rules(tmp_path / "extra", "cue_verbs.jsonl",
                '{"lemma": "retort", "frames": ["quote"], "strength": 0.9}')
    builtin = RuleSet.load()
    extended = RuleSet.load(tmp_path / "extra")
    assert extended.cue_verbs[:-1] == builtin.cue_verbs
    assert extended.cue_verbs[-1] == CueVerbRule("retort", ("quote",), 0.9)
    assert extended.source == (str(builtin_rules_dir()), str(tmp_path / "extra"))


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = write_rules(tmp_path / "extra", "speaker_nouns.jsonl",
                       '{"noun": "harbourmaster", "type": "person"}')
    assert RuleSet.load(tmp_path / "extra").speaker_nouns[-1].type == "person"
    path.write_text('{"noun": "harbourmaster", "type": "organization"}\n', encoding="utf-8")
    assert RuleSet.load(tmp_path / "extra").speaker_nouns[-1].type == "organization"


def test_the_environment_variable_adds_a_folder(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write_rules(tmp_path / "env", "speaker_nouns.jsonl", '{"noun": "ferryman", "type": "person"}')
    monkeypatch.setenv("QUOTES_RULES", str(tmp_path / "env"))
    assert RuleSet.load().speaker_nouns[-1] == SpeakerNounRule("ferryman", "person")


def test_to_disk_writes_every_rule_and_from_disk_reads_them_back(tmp_path: Path) -> None:
    rules = RuleSet.load()
    rules.to_disk(tmp_path / "saved")
    lines = (tmp_path / "saved" / "cue_verbs.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rules.cue_verbs)
    assert json.loads(lines[0]) == rules.cue_verbs[0].to_dict()
    again = RuleSet.from_disk(tmp_path / "saved")
    assert again.cue_verbs == rules.cue_verbs
    assert again.titles == rules.titles
    assert again.furniture == rules.furniture


def test_every_built_in_file_loads() -> None:
    rules = RuleSet.load()
    assert len(rules.cue_verbs) > 100 and len(rules.titles) > 100
    labels = {rule.label for rule in rules.cue_phrases}
    assert labels == {"ACCORDING_TO", "NOUN_CUE", "PREPOSITION_CUE", "DENIED_CLAIM"}


def test_the_cli_prints_a_rule_error_as_one_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_rules(tmp_path / "extra", "cue_verbs.jsonl", '{"lema": "retort"}')
    article = tmp_path / "a.txt"
    article.write_text("“We sail at dawn,” the captain said.\n", encoding="utf-8")
    code = main(["extract", str(article), "-o", str(tmp_path / "r.xlsx"), "--rules",
                 str(tmp_path / "extra"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (f"error: {path}:2: unknown key 'lema' (expected one of addressee, "
                   "frames, lemma, object, particle, predicate, strength, subject)\n")


def test_a_head_noun_added_by_the_user_gives_the_description_a_kind(tmp_path: Path) -> None:
    from quotes.names import Titles
    from quotes.resolution.config import Constraints
    from quotes.resolution.constraints import head_kind

    write_rules(tmp_path, "head_nouns.jsonl", '{"word": "crew", "kind": "organization"}',
                '{"suffix": "smith", "kind": "person"}')
    builtin, extended = RuleSet.load(), RuleSet.load(tmp_path)
    assert [head_kind(w, Titles.of(builtin), Constraints.of(builtin))
            for w in ("crew", "goldsmith")] == [None, None]
    assert [head_kind(w, Titles.of(extended), Constraints.of(extended))
            for w in ("crew", "goldsmith")] == ["organization", "person"]


def test_a_title_alias_names_the_same_office_both_ways() -> None:
    from quotes.names import Titles
    from quotes.rules import TitleRule

    titles = Titles([TitleRule(text="Premier", kind="role", same_as="Prime Minister"),
                     TitleRule(text="Prime Minister", kind="role")])
    assert titles.same_office("premier") == ("premier", "prime minister")
    assert titles.same_office("Prime Minister") == ("premier", "prime minister")
    assert titles.same_office("mayor") == ("mayor",)


@pytest.mark.parametrize(("short", "office"), [
    ("Supt", "superintendent"), ("Supt.", "superintendent"), ("Sgt.", "sergeant"),
    ("Insp.", "inspector"), ("Cpl.", "corporal"), ("Const.", "constable"),
    ("Cst.", "constable"), ("Det.", "detective"), ("Capt.", "captain"), ("Col.", "colonel"),
    ("Maj.", "major"), ("Gen.", "general"), ("Lt", "lieutenant"), ("Adm.", "admiral"),
    ("Cmdr.", "commander"), ("Gov.", "governor"), ("Sen.", "senator"),
    ("Rep.", "representative"), ("Coun.", "councillor"), ("Lt.-Gov.", "lieutenant governor"),
    ("DG", "director-general"), ("Town Clerk", "clerk"),
])
def test_an_abbreviated_title_is_the_office_it_abbreviates(short: str, office: str) -> None:
    """A reader takes ``Supt`` for the rank written out, so ``a superintendent said`` may be
    ``Supt Nora Keegan``."""
    from quotes.names import Titles

    assert office in Titles.of(RuleSet.load()).same_office(short)


def test_a_title_listed_twice_says_the_same_both_times() -> None:
    """``Gen`` and ``Gen.`` are one key (titles are looked up folded, without the full stop):
    two entries that say different things would leave one of them silently unused."""
    from dataclasses import replace

    from quotes.model import fold

    seen: dict[str, object] = {}
    for rule in RuleSet.load().titles:
        key = fold(rule.text).rstrip(".")
        same = replace(rule, text=key.replace("’", "'"))
        assert seen.setdefault(key.replace("’", "'"), same) == same, rule.text


def test_titles_that_name_the_same_office_are_one_office_but_not_beyond() -> None:
    from quotes.names import Titles
    from quotes.rules import TitleRule

    titles = Titles([TitleRule(text="PRO", kind="role", same_as="Spokesperson"),
                     TitleRule(text="Spokesman", kind="role", same_as="Spokesperson"),
                     TitleRule(text="Premier", kind="role", same_as="Prime Minister"),
                     TitleRule(text="First Minister", kind="role", same_as="Premier")])
    assert titles.same_office("spokesman") == ("pro", "spokesman", "spokesperson")
    assert titles.same_office("first minister") == ("first minister", "premier")
    assert "first minister" in titles.same_office("premier")
    assert "first minister" not in titles.same_office("prime minister")


def test_a_cue_phrases_first_lemmas_are_one_list_for_every_reader() -> None:
    """The claim nouns of ``DENIED_CLAIM`` (rules/cue_phrases.jsonl) are read by the matcher
    and by the speaker of ``allegations of X saying``: one list, from the rules file."""
    claims = RuleSet.load().phrase_lemmas("DENIED_CLAIM")
    assert {"allegation", "claim", "report"} <= claims
    assert "statement" not in claims


def test_a_first_name_both_sexes_bear_names_a_person_but_casts_no_gender() -> None:
    """``Casey`` says the words are a person's name (the attribution lexicon lists it) but
    gives the resolver no gender to vote for."""
    from quotes.attribution.lexicon import Lexicon
    from quotes.resolution.state import first_name_genders

    rules = RuleSet.load()
    genders = first_name_genders(rules)
    assert (genders["casey"], genders["james"], genders["charlotte"]) == ("", "m", "f")
    assert "casey" in Lexicon.of(rules).first_names
