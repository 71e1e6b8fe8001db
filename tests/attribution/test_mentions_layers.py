"""The ``mentions`` subpackage is layered: each module imports only the ones below it, so a
reader can learn it bottom-up and a change to a higher layer cannot break a lower one."""

import ast
from pathlib import Path

import quotes.attribution.mentions as mentions

LAYERS = ["words", "offices", "spans", "verb_roles", "misparsed_subjects", "subjects",
          "beside_quotes"]
PACKAGE = Path(mentions.__file__).parent


def sibling_imports(module: str) -> set[str]:
    """The sibling modules ``module`` imports with ``from .x import …``."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_every_module_of_the_package_has_a_layer() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


def test_each_layer_imports_only_layers_below_it() -> None:
    for rank, module in enumerate(LAYERS):
        assert sibling_imports(module) <= set(LAYERS[:rank]), module


def test_the_package_keeps_the_names_other_stages_import() -> None:
    for name in ("subject_of", "speaker_mention", "mention_of", "final_cue_speaker",
                 "inverted_subject", "is_office", "office_holder"):
        assert name in mentions.__all__ and callable(getattr(mentions, name))
