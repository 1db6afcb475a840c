"""Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright. Every request the
page makes is routed through `guard`: anything not addressed to the test server fails the test."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)


class Guard:
    """Lets requests to the test server through; aborts and remembers any other."""

    def __init__(self, base_url: str):
        self.origin = urlsplit(base_url).netloc
        self.foreign: list[str] = []

    def __call__(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.netloc == self.origin:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


def new_page(browser, base_url: str, width: int = 1366, height: int = 768, **kw):
    context = browser.new_context(
        viewport={"width": width, "height": height}, base_url=base_url, accept_downloads=True, **kw
    )
    guard = Guard(base_url)
    context.route("**/*", guard)
    page = context.new_page()
    page.guard = guard
    page.console_errors = []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    return page


def login(page, email: str, password: str) -> None:
    page.goto("/dashboard/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def axe_violations(page) -> list[dict]:
    """Serious and critical accessibility violations found by axe-core in the page."""
    # Evaluated through the DevTools protocol: the page's own CSP (script-src 'self') stays on.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
