"""docs/architecture.md's folder tree matches the checkout: every folder and file it names is
there, and every top-level folder and every folder directly inside scorecard_app/ and
sync/scorecard_sync/ is described. When folders move, update the tree in the doc, not this test."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
# Folders whose every direct sub-folder the tree describes.
DESCRIBED_INSIDE = ("", "scorecard_app", "sync/scorecard_sync")
DESCRIPTION_COLUMN = 22  # an entry's name starts left of it; its description at it


def tree_block(text: str) -> list[str]:
    """The first fenced block after the '## The rooms' heading."""
    after = text.split("\n## The rooms", 1)[1]
    return after.split("```", 2)[1].splitlines()[1:]


def tree_entries(lines: list[str]) -> set[str]:
    """Paths the tree names ('scorecard_app/core/', 'Makefile'…), folders ending in '/'."""
    out: set[str] = set()
    parents: list[str] = []  # the folder at each depth
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if not line.strip() or indent >= DESCRIPTION_COLUMN:
            continue  # a description's next line
        depth = indent // 2
        if indent % 2 or depth > len(parents):
            raise ValueError(f"tree line indented oddly: {line!r}")
        del parents[depth:]
        names = line[:DESCRIPTION_COLUMN].strip()
        for name in (n.strip() for n in names.split(",")):
            out.add("".join(parents) + name)
        if names.endswith("/") and "," not in names:
            parents.append(names)
    return out


def tracked_folders() -> set[str]:
    """Every folder holding a file git tracks, as 'a/b/' (a fresh clone's view of the tree)."""
    try:
        files = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    folders = set()
    for f in files:
        parts = f.split("/")[:-1]
        if (ROOT / f).exists():
            folders |= {"/".join(parts[: i + 1]) + "/" for i in range(len(parts))}
    return folders


def test_every_path_the_tree_names_is_there():
    named = tree_entries(tree_block(DOC.read_text(encoding="utf-8")))
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"docs/architecture.md names what is not in the checkout: {missing}"


@pytest.mark.parametrize("inside", DESCRIBED_INSIDE)
def test_every_folder_is_described(inside):
    named = tree_entries(tree_block(DOC.read_text(encoding="utf-8")))
    prefix = f"{inside}/" if inside else ""
    depth = prefix.count("/") + 1
    folders = {
        f
        for f in tracked_folders()
        if f.startswith(prefix) and f.count("/") == depth and not f[len(prefix)].startswith(".")
    }
    undescribed = sorted(folders - named)
    assert not undescribed, f"docs/architecture.md's tree does not describe {undescribed}"


def test_the_tree_reader_follows_nesting():
    lines = [
        "top/                  what it is",
        "                      and more about it",
        "  inner/              inside top",
        "    deep.py, b.py     two files",
        "  other.py            back one level",
        "next/                 at the top again",
    ]
    assert tree_entries(lines) == {
        "top/",
        "top/inner/",
        "top/inner/deep.py",
        "top/inner/b.py",
        "top/other.py",
        "next/",
    }
