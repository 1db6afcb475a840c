"""Cycles written in each language (real store, real data) and their printables, rendered once
per session and read back with poppler's pdftotext / pdffonts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from scorecard_app.reports import render
from scorecard_app.reports.samples import build_sample_cycle
from scorecard_app.store import Store

LANGS = ("en", "vi", "et", "mk", "he", "lv")
BIDI_MARKS = re.compile("[\u202a-\u202e\u200e\u200f\u2066-\u2069]")


def need_poppler() -> None:
    """Poppler reads the PDFs back. Missing on a developer's machine: skip; in CI: fail."""
    missing = [t for t in ("pdftotext", "pdffonts", "pdfinfo") if shutil.which(t) is None]
    if missing:
        msg = f"poppler-utils missing ({', '.join(missing)}): apt-get install -y poppler-utils"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)


def pdf_text(path: Path, rtl: bool = False) -> str:
    """The PDF's text with bidi marks stripped, NFC, whitespace collapsed.

    Left-to-right: drawing order (-raw), so a cell that wraps stays together. Right-to-left:
    poppler's reading order, which puts the reordered lines back into logical order."""
    need_poppler()
    mode = [] if rtl else ["-raw"]
    out = subprocess.run(
        ["pdftotext", *mode, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out = unicodedata.normalize("NFC", BIDI_MARKS.sub("", out))
    return re.sub(r"\s+", " ", out)


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    need_poppler()
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        cols = line.split()
        # name type… encoding emb sub uni object ID: read the fixed tail from the right
        rows.append({"name": cols[0], "emb": cols[-5], "sub": cols[-4], "uni": cols[-3]})
    return rows


def pdf_info(path: Path) -> dict[str, str]:
    need_poppler()
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (k.strip(), v.strip()) for k, v in (line.split(":", 1) for line in out.stdout.splitlines())
    )


class Printed:
    """The session's sample database: one two-round cycle per language, PDFs made on demand."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.store = Store.open(folder / "samples.sqlite3", backups=False)
        self.cycles: dict[str, str] = {}
        self._data: dict[str, object] = {}
        self._pdfs: dict[tuple, Path] = {}
        for lang in LANGS:
            first = build_sample_cycle(self.store, lang, round_no=1)
            self.cycles[lang] = build_sample_cycle(self.store, lang, round_no=2, previous_id=first)

    def data(self, lang: str):
        if lang not in self._data:
            self._data[lang] = self.store.load_cycle(self.cycles[lang])
        return self._data[lang]

    def pdf(self, kind: str, lang: str, paper: str = "a4") -> Path:
        key = (kind, lang, paper)
        if key not in self._pdfs:
            path = self.folder / f"{kind}-{lang}-{paper}.pdf"
            render(
                kind,
                self.data(lang),
                lambda d: self.store.previous_data(d.cycle.id),
                path,
                paper=paper,
            )
            self._pdfs[key] = path
        return self._pdfs[key]


@pytest.fixture(scope="session")
def printed(tmp_path_factory) -> Printed:
    p = Printed(tmp_path_factory.mktemp("printables"))
    yield p
    p.store.close()
