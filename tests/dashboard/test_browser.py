"""The dashboard in a real headless Chromium against the real server: sign in, filter, drill
down, download a CSV, change a band, revoke a device; no request leaves 127.0.0.1; axe-core
finds no serious or critical violation; Hebrew pages are right-to-left."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from .browser import axe_violations, launch, login, new_page
from .world import PASSWORD

# A real Chromium: left out of `make test-fast`
pytestmark = pytest.mark.slow

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def admin(browser, world):
    page = new_page(browser, world.url)
    login(page, "admin@example.org", PASSWORD)
    yield page
    assert page.guard.foreign == [], "requests to other hosts"
    assert page.console_errors == [], page.console_errors
    page.context.close()


def test_sign_in_filter_drill_down_and_download_csv(admin):
    page = admin
    assert page.url.endswith("/dashboard/league")
    rows = page.locator("table.league tbody tr")
    assert rows.count() == 3
    # Filter to one district through the form.
    page.select_option("#f-location", "Northern Region › Lakeside District")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    assert rows.count() == 1 and "Riverside Health Centre" in rows.first.inner_text()
    # Every score is a number, a word and a band.
    cell = rows.first.locator("td.cell").first
    text = cell.inner_text()
    assert any(ch.isdigit() for ch in text) and "Very good" in text and "On track" in text
    # Download the filtered table as CSV.
    with page.expect_download() as dl:
        page.get_by_role("link", name="Download CSV").click()
    data = list(csv.reader(io.StringIO(open(dl.value.path(), encoding="utf-8-sig").read())))
    assert data[0][0] == "Facility" and [r[0] for r in data[1:-1]] == ["Riverside Health Centre"]
    # Roll-up: region → district → commune → village → facilities → the cycle's page.
    page.goto("/dashboard/rollup")
    for place in ("Northern Region", "Lakeside District", "Mai Commune", "Green Hill Village"):
        page.get_by_role("link", name=place, exact=True).first.click()
        page.wait_for_load_state()
    page.get_by_role("link", name="Riverside Health Centre").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Riverside Health Centre")
    assert page.locator("canvas#cycle-chart").count() == 1
    assert page.locator("tr[data-indicator]").count() >= 8


def test_change_a_band_and_the_league_table_follows(admin, world):
    page = admin
    page.goto("/dashboard/league")
    first = page.locator("table.league tbody tr").first.locator("td.cell").first
    assert "On track" in first.inner_text()  # 5 of 5 = 100 on 0–100
    page.goto("/dashboard/bands")
    row = page.locator(
        "tr", has=page.get_by_role("rowheader", name="Waiting time before being seen")
    )
    # Waiting time: say a low score is good (as if it measured minutes waited).
    row.locator("input[name=low]").fill("30")
    row.locator("input[name=high]").fill("60")
    row.get_by_role("checkbox").uncheck()
    row.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "Band saved" in page.content()
    page.goto("/dashboard/league")
    first = page.locator("table.league tbody tr").first.locator("td.cell").first
    assert "Not on track" in first.inner_text()
    with sqlite3.connect(world.ho.db) as c:
        logged = c.execute("SELECT action, target FROM dash_audit WHERE action = 'band'").fetchall()
    assert ("band", "HC01") in logged


def test_revoke_a_device_and_the_laptop_is_refused(admin, world):
    page = admin
    page.goto("/dashboard/admin")
    page.once("dialog", lambda d: d.accept())
    device = world.stores[2].get_setting("sync.device_id")
    page.locator(f"form:has(input[name=device][value='{device}'])").get_by_role("button").click()
    page.wait_for_load_state()
    assert "The device was revoked" in page.content()
    with sqlite3.connect(world.ho.db) as c:
        revoked = c.execute("SELECT id FROM devices WHERE revoked_at IS NOT NULL").fetchall()
        logged = c.execute(
            "SELECT count(*) FROM dash_audit WHERE action = 'device_revoke'"
        ).fetchone()
    assert revoked == [(device,)] and logged[0] == 1
    from scorecard_app.sync_client import SyncClient
    from scorecard_app.sync_client.errors import SyncError

    with pytest.raises(SyncError), SyncClient(world.stores[2]) as c:
        c.sync()


def test_no_serious_accessibility_violation_on_any_view(admin):
    page = admin
    pages = ["league", "rollup", "trends", "stages", "actions", "who", "bands", "admin", "password"]
    page.goto("/dashboard/league")
    cycle = page.locator("table.league tbody a").first.get_attribute("href")
    found = {}
    for url in [f"/dashboard/{p}" for p in pages] + [cycle]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        bad = axe_violations(page)
        if bad:
            found[url] = bad
    assert found == {}


def test_hebrew_pages_are_right_to_left_and_translated(browser, world):
    page = new_page(browser, world.url)
    page.goto("/dashboard/language?to=he&next=/dashboard/login")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "he"
    login(page, "viewer@example.org", PASSWORD)
    page.goto("/dashboard/league")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "League table" not in page.locator("h1").inner_text()  # translated
    box = page.locator("table.league tbody tr").first.locator("th").bounding_box()
    assert box["x"] > 1366 / 2  # the first column sits on the right
    assert axe_violations(page) == []
    assert page.guard.foreign == []
    page.context.close()


def test_a_phone_sized_screen_shows_the_table_without_widening_the_page(browser, world):
    page = new_page(browser, world.url, width=390, height=844)
    login(page, "viewer@example.org", PASSWORD)
    page.goto("/dashboard/league")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 392  # the table scrolls inside its own box
    assert page.get_by_role("link", name="Download CSV").is_visible()
    page.context.close()
