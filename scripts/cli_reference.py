"""Print the command reference of the README (every command and option) from the Typer app itself.

Usage: python scripts/cli_reference.py > /tmp/reference.md   (then paste it between the README markers)
"""

from __future__ import annotations

from typing import Any

import typer

from tacitus.cli import app


def walk(command: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    found = []
    if hasattr(command, "commands"):
        for name in sorted(command.commands):
            found += walk(command.commands[name], [*path, name])
    else:
        found.append((path, command))
    return found


def describe(path: list[str], command: Any) -> str:
    arguments = " ".join((p.name or "").upper() + ("..." if getattr(p, "nargs", 1) == -1 else "")
                         for p in command.params if p.param_type_name == "argument")
    lines = [f"#### `tacitus {' '.join(path)}{' ' + arguments if arguments else ''}`", ""]
    help_text = (command.help or "").strip().split("\n\n")[0].replace("\n", " ")
    if help_text:
        lines += [help_text, ""]
    options = [p for p in command.params if p.param_type_name == "option" and p.name != "help"]
    if options:
        lines += ["| option | meaning |", "|---|---|"]
        for option in options:
            names = " / ".join(f"`{o}`" for o in option.opts + option.secondary_opts)
            meaning = (option.help or "").replace("|", "\\|")
            if option.default not in (None, False, (), []) and not option.is_flag and "[default" not in meaning:
                meaning += f" (default: `{option.default}`)"
            lines.append(f"| {names} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    root = typer.main.get_command(app)
    print("\n".join(describe(path, command) for path, command in walk(root, [])))


if __name__ == "__main__":
    main()
