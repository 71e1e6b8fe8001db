"""The README's Python examples run as written: ``python`` blocks are executed in order in one
namespace, and ``pycon`` blocks are checked with doctest against their printed output.

They run in a temporary folder holding a copy of ``seeds/``, so the examples' relative paths
work and the files they write land outside the repository.
"""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```(python|pycon)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_blocks() -> list[tuple[str, str]]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_has_python_and_pycon_examples() -> None:
    kinds = [kind for kind, _ in readme_blocks()]
    assert kinds.count("python") >= 3 and kinds.count("pycon") >= 2


def test_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for number, (kind, code) in enumerate(readme_blocks(), 1):
        if kind == "python":
            exec(compile(code, f"README.md python block {number}", "exec"), namespace)
            continue
        test = parser.get_doctest(code, namespace, f"README pycon block {number}",
                                  "README.md", 0)
        result = runner.run(test, out=print, clear_globs=False)
        assert result.failed == 0, capsys.readouterr().out
        namespace.update(test.globs)
    assert (tmp_path / "reports" / "api_register.xlsx").is_file()
    assert (tmp_path / "reports" / "api_review" / "index.html").is_file()
