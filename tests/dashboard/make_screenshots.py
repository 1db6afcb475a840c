"""Screenshots of every dashboard view for docs/admin-guide.md, taken with real Chromium.

.venv/bin/python tests/dashboard/make_screenshots.py   (writes docs/screenshots/dashboard/)
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.browser import launch, login, new_page  # noqa: E402
from dashboard.world import PASSWORD, build  # noqa: E402

OUT = HERE.parents[1] / "docs" / "screenshots" / "dashboard"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        world = build(Path(tmp))
        try:
            with sync_playwright() as p:
                browser = launch(p)
                page = new_page(browser, world.url)
                login(page, "admin@example.org", PASSWORD)
                shots = [
                    ("league", "/dashboard/league"),
                    ("rollup", "/dashboard/rollup?location=Northern+Region"),
                    ("trends", "/dashboard/trends"),
                    ("stages", "/dashboard/stages"),
                    ("actions", "/dashboard/actions"),
                    ("who-spoke", "/dashboard/who"),
                    ("bands", "/dashboard/bands"),
                    ("admin", "/dashboard/admin"),
                ]
                for name, url in shots:
                    page.goto(url)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=str(OUT / f"{name}.png"), full_page=name != "admin")
                cycle = re.search(
                    r"/dashboard/cycle/[0-9a-f-]+", page.goto("/dashboard/league").text()
                )
                page.goto(cycle.group(0))
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / "cycle.png"), full_page=True)
                page.goto("/dashboard/language?to=he&next=/dashboard/league")
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / "league-he.png"))
                phone = new_page(browser, world.url, width=390, height=844)
                login(phone, "viewer@example.org", PASSWORD)
                phone.goto("/dashboard/league")
                phone.screenshot(path=str(OUT / "league-phone.png"), full_page=False)
                page.goto("/dashboard/language?to=en&next=/dashboard/admin")
                page.get_by_label("For whom or which laptop").fill("Field laptop 4")
                page.get_by_role("button", name="Make a code").click()
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / "enrolment-code.png"), full_page=False)
                browser.close()
        finally:
            world.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
