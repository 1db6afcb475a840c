"""Every command the README and the guides show parses with the program's own argparse parser
(the way sqlite-utils tests its docs): a renamed option or sub-command fails here, not in the hands
of a facilitator or an administrator copying it.

Usage notation is understood: `[--json]` is tried with the option, `a | b` and `(x | y)` are each
alternative, `csv|json` is each value, and UPPER-CASE words (FILE, ID, URL…) are placeholders."""

from __future__ import annotations

import argparse
import itertools
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS = ("scorecard", "scorecard-sync")


def documents() -> list[Path]:
    """README, docs/*.md, and the facilitator guide wherever the resources live."""
    found = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for guides in ("resources/guide", "scorecard_app/resources/guide"):
        found += sorted((ROOT / guides).glob("*.md"))
    return found


_PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9_]*(\.[a-z0-9]+)?$|…")
_INVOCATION = re.compile(r"(?:^|[|;&]\s*|\$\s+)(?:\S*/)?(scorecard(?:-sync)?)(?=\s|$)")


def _code_lines(text: str) -> tuple[list[str], list[str]]:
    """Shell lines from fenced and indented code blocks; inline code spans."""
    lines: list[str] = []
    fence = False
    for raw in text.splitlines():
        if raw.lstrip().startswith("```"):
            fence = not fence
            continue
        if fence or raw.startswith("    "):
            lines.append(raw.strip())
    # join backslash continuations
    joined: list[str] = []
    for ln in lines:
        if joined and joined[-1].endswith("\\"):
            joined[-1] = joined[-1][:-1] + " " + ln
        else:
            joined.append(ln)
    spans = [" ".join(s.split()) for s in re.findall(r"(?<!`)`([^`]+)`(?!`)", text)]
    return joined, spans


def commands_in(path: Path) -> list[tuple[str, str, bool]]:
    """(program, the rest of the line, whole) for every invocation of one of our programs. A
    command in a code block is whole (it must run as shown); one in running text may be a mention
    (`scorecard-sync assign`), whose sub-commands and options must still exist."""
    out = []
    blocks, spans = _code_lines(path.read_text(encoding="utf-8"))
    for line, whole in [(b, True) for b in blocks] + [(s, False) for s in spans]:
        line = re.sub(r"\s#\s.*$", "", line).strip()  # a comment after the command
        m = _INVOCATION.search(line)
        if m is None or line.startswith(("make ", "python")):
            continue
        rest = line[m.end() :].strip()
        if m.group(1) == "scorecard" and line[: m.start(1)].rstrip().endswith("-u"):
            continue  # `sudo -u scorecard`: the system user, not the program
        out.append((m.group(1), rest, whole))
    return out


def _tokens(rest: str) -> list[str]:
    for ch in "[]()":
        rest = rest.replace(ch, f" {ch} ")
    lex = shlex.shlex(rest, posix=True, punctuation_chars="")
    lex.whitespace_split = True
    lex.commenters = ""
    return list(lex)


def expand(rest: str) -> list[list[str]]:
    """The concrete argument lists a usage line stands for."""

    def seq(toks: list[str], top: bool = False) -> list[list[str]]:
        alts, cur, depth = [], [], 0
        for t in toks:  # split on top-level " | "
            depth += t in "([" and len(t) == 1
            depth -= t in ")]" and len(t) == 1
            if t == "|" and depth == 0:
                alts.append(cur)
                cur = []
            else:
                cur.append(t)
        alts.append(cur)
        if len(alts) > 1 and top:
            # `sync now | status [--json]`: the bar parts the single words around it
            head = alts[0][:-1]
            return [
                *product([*head, alts[0][-1]]),
                *(x for a in alts[1:] for x in product([*head, *a])),
            ]
        return [x for a in alts for x in product(a)]

    def product(toks: list[str]) -> list[list[str]]:
        parts: list[list[list[str]]] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in ("[", "("):
                close = "]" if t == "[" else ")"
                depth, j = 1, i + 1
                while depth:
                    depth += toks[j] == t
                    depth -= toks[j] == close
                    j += 1
                parts.append(seq(toks[i + 1 : j - 1]))  # an optional part is tried, as shown
                i = j
                continue
            if "|" in t and not t.startswith("-"):
                parts.append([[v] for v in t.split("|")])
            else:
                parts.append([[t]])
            i += 1
        return [sum(combo, []) for combo in itertools.product(*parts)]

    return seq(_tokens(rest), top=True)


def _parser(program: str) -> argparse.ArgumentParser:
    if program == "scorecard":
        from scorecard_app.cli import build_parser
    else:
        from scorecard_sync.cli import build_parser
    parser = build_parser()
    for p in _all_parsers(parser):
        for action in p._actions:
            action.type = None  # the test checks names and shapes, not values
            if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
                action.choices = _OrPlaceholder(action.choices)
    return parser


class _OrPlaceholder(list):
    def __contains__(self, value) -> bool:
        return bool(_PLACEHOLDER.search(str(value))) or super().__contains__(value)


def _all_parsers(parser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _all_parsers(child)


def check_mention(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """The sub-commands and options a mention names exist (required arguments may be left out)."""
    takes_value = False
    for t in argv:
        if takes_value:
            takes_value = False
            continue
        if t.startswith("-"):
            action = parser._option_string_actions.get(t.split("=")[0])
            if action is None:
                raise LookupError(f"{parser.prog} has no option {t}")
            takes_value = action.nargs != 0 and "=" not in t
            continue
        sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        if sub is not None:
            if t not in sub.choices:
                raise LookupError(f"{parser.prog} has no command {t}")
            parser = sub.choices[t]


def run_documented(program: str, rest: str, whole: bool) -> None:
    for argv in expand(rest):
        if program == "scorecard" and argv and argv[0].startswith("scorecard:"):
            argv = argv[1:]  # a clicked link, taken before the parser (cli.main)
        parser = _parser(program)
        if not whole:
            check_mention(parser, argv)
            continue
        try:
            parser.parse_args(argv)
        except SystemExit as e:  # scorecard-sync's parser exits; --help exits 0
            if e.code != 0:
                raise LookupError(f"`{program} {' '.join(argv)}` is refused") from None


def _cases():
    for doc in documents():
        for program, rest, whole in commands_in(doc):
            name = f"{doc.relative_to(ROOT)}: {program} {rest}"
            yield pytest.param(program, rest, whole, id=name)


@pytest.mark.parametrize(("program", "rest", "whole"), list(_cases()))
def test_a_documented_command_parses(program, rest, whole):
    if program == "scorecard-sync":
        pytest.importorskip("scorecard_sync")
    run_documented(program, rest, whole)


def test_the_docs_show_commands_of_both_programs():
    """The search above finds what it is meant to (a broken search would pass everything)."""
    found = {c for d in documents() for c in commands_in(d)}
    assert {p for p, _r, whole in found if whole} == set(PROGRAMS)
    assert len(found) > 30
    assert expand("sync now | status [--json]") == [["sync", "now"], ["sync", "status", "--json"]]
    assert expand("export (--cycle ID | --all) -o F") == [
        ["export", "--cycle", "ID", "-o", "F"],
        ["export", "--all", "-o", "F"],
    ]


def test_a_wrong_command_in_a_doc_is_caught(tmp_path):
    doc = tmp_path / "guide.md"
    doc.write_text(
        "Run:\n\n    scorecard print --cycel ID\n\nthen `scorecard sync conflicts`.\n",
        encoding="utf-8",
    )
    (block, mention) = commands_in(doc)
    assert block[2] and not mention[2]
    with pytest.raises(Exception, match="unrecognized arguments: --cycel"):
        run_documented(*block)
    with pytest.raises(LookupError, match="no command conflicts"):
        run_documented(*mention)


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {t for line in re.findall(r"^([\w .-]+):(?!=)", text, re.M) for t in line.split()}


def test_every_make_target_the_docs_show_exists():
    targets = _make_targets()
    shown = set()
    for doc in documents():
        blocks, spans = _code_lines(doc.read_text(encoding="utf-8"))
        for line in blocks + spans:
            shown |= {(doc.name, t) for t in re.findall(r"(?:^|&&\s*)make ([\w-]+)", line)}
    assert {"run", "test"} <= {t for _d, t in shown}
    assert not {(d, t) for d, t in shown if t not in targets}


def test_every_relative_link_in_the_docs_leads_to_a_file():
    broken = []
    for doc in documents():
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            path = target.split("#", 1)[0]
            if not path or re.match(r"^[a-z][a-z0-9+.-]*:", path):
                continue  # an anchor on the same page, or a URL
            if not (doc.parent / path).exists():
                broken.append(f"{doc.relative_to(ROOT)} → {target}")
    assert not broken, broken
