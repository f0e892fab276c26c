"""The README's command reference is the CLI's own: regenerate it with scripts/cli_reference.py."""

from __future__ import annotations

import contextlib
import importlib.util
import io
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_readme_documents_every_command_and_option() -> None:
    spec = importlib.util.spec_from_file_location("cli_reference", REPO / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        module.main()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- CLI-REFERENCE:START -->\n", "<!-- CLI-REFERENCE:END -->"
    section = readme[readme.index(start) + len(start):readme.index(end)]
    assert section.strip() == printed.getvalue().strip(), "run: python scripts/cli_reference.py and paste it"


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
