"""The components as a spaCy user meets them: config, one rule set, saving and loading."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from quotes.pipeline import load_pipeline
from quotes.rules import RuleSet, rules_of

TEXT = "“We will appeal,” Bailiff Marta Oyelaran said. “The ruling is wrong,” she added."


@pytest.fixture(scope="module")
def extended_nlp(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("rules")
    (folder / "titles.jsonl").write_text('{"text": "Bailiff", "kind": "role"}\n',
                                         encoding="utf-8")
    return load_pipeline(rules_dir=str(folder)), folder


def speakers(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.resolved and q.resolved.name,
             q.resolved and q.resolved.role) for q in nlp(text)._.quotes]


def test_a_title_added_with_rules_reaches_speaker_role(nlp, extended_nlp) -> None:
    extended, _ = extended_nlp
    assert speakers(nlp, TEXT) == [
        ("Bailiff Marta Oyelaran", "Bailiff Marta Oyelaran", None),
        ("she", "Bailiff Marta Oyelaran", None)]
    assert speakers(extended, TEXT) == [
        ("Bailiff Marta Oyelaran", "Marta Oyelaran", "Bailiff"),
        ("she", "Marta Oyelaran", "Bailiff")]


def test_one_rule_set_serves_every_stage_of_a_pipeline(extended_nlp) -> None:
    extended, folder = extended_nlp
    rules = extended.get_pipe("quote_attribution").rules
    assert extended.get_pipe("speaker_resolution").rules is rules
    assert rules_of(extended) is rules
    assert rules.source[-1] == str(folder)


def test_the_components_declare_their_config_and_what_they_assign(nlp, extended_nlp) -> None:
    extended, folder = extended_nlp
    assert nlp.config["components"]["quote_attribution"] == {
        "factory": "quote_attribution", "rules_dir": None, "instructions": False}
    assert extended.config["components"]["speaker_resolution"] == {
        "factory": "speaker_resolution", "rules_dir": str(folder), "weights": {}}
    attribution = nlp.get_pipe_meta("quote_attribution")
    resolution = nlp.get_pipe_meta("speaker_resolution")
    assert attribution.assigns == ["doc._.quotes", "doc.spans"]
    assert "token.dep" in attribution.requires
    assert resolution.assigns == ["doc._.quotes", "doc._.speakers"]
    assert "doc._.quotes" in resolution.requires


def test_a_saved_pipeline_keeps_the_rules_it_ran_with(extended_nlp, tmp_path: Path) -> None:
    extended, _ = extended_nlp
    extended.to_disk(tmp_path / "pipeline")
    saved = RuleSet.from_disk(tmp_path / "pipeline" / "speaker_resolution")
    assert saved.titles[-1].text == "Bailiff"
    reloaded = spacy.load(tmp_path / "pipeline")
    assert speakers(reloaded, TEXT) == speakers(extended, TEXT)
