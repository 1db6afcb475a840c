"""Sheets used in the room: ballots to cut, numbered attendance rows, whole group names on
stickers, the attendance legend in the sheet's own letters, and the signed plan's columns."""

from __future__ import annotations

import re
import subprocess

from scorecard_app.core import entities as e
from scorecard_app.i18n import translate
from scorecard_app.reports import render
from scorecard_app.store import Store

from .conftest import need_poppler, pdf_text


def _page(path, n: int) -> str:
    need_poppler()
    out = subprocess.run(
        ["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


def test_two_ballots_to_a_page_then_the_tally_sheet(printed):
    pdf = printed.pdf("ballot", "en")
    first = _page(pdf, 1)
    assert first.count("Participant number") == 2  # two ballots to cut apart
    assert first.count("Waiting time before a patient is seen") == 2
    assert "Tally sheet" in _page(pdf, 2)


def test_attendance_rows_are_numbered_and_the_legend_uses_the_sheets_letters(printed, tmp_path):
    text = _page(printed.pdf("attendance", "en"), 1)
    numbers = [int(n) for n in re.findall(r"(?<![\d.:/])\b(\d{1,2})\b(?![\d.:/])", text)]
    assert all(n in numbers for n in range(1, 14)), numbers  # 13 rows, none blank
    assert "F = Female, M = Male, O = Other" in text
    he = pdf_text(printed.pdf("attendance", "he"), rtl=True)
    assert "F, M" not in he and "F = " not in he
    for code in ("F", "M", "O"):
        assert translate("Printables", code, "he") in he


def test_stickers_keep_long_group_names_whole(tmp_path):
    name = "Women with small children from the upper village"
    with Store.open(tmp_path / "s.sqlite3", backups=False) as store:
        with store.transaction():
            f = e.Facility("Hill Clinic")
            c = e.Cycle(f.id, "Hill", language="en")
            store.create_cycle(c, f)
            g = store.add(e.Group(c.id, name, kind="community"))
            store.add(e.Participant(c.id, g.id, 1))
        path = tmp_path / "stickers.pdf"
        render("stickers", store.load_cycle(c.id), None, path)
    assert name in pdf_text(path)


def test_the_signed_plan_has_status_and_escalation_in_readable_type(printed):
    text = pdf_text(printed.pdf("action-plan", "en"))
    assert "Priority Status Escalated" in text
    assert "Not started" in text and "Yes" in text  # the sample's fourth action is escalated
    fonts = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(printed.pdf("action-plan", "en")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    heights = [
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(r'yMin="([\d.]+)" [^>]*yMax="([\d.]+)">Pharmacist,?<', fonts)
    ]
    assert heights and min(heights) > 9, heights  # not the old 7 pt small print
