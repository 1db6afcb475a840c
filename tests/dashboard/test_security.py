"""Attacks on the dashboard over plain HTTP against the real server (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import re
import sqlite3

import requests

from .world import PASSWORD

PAGES = ["league", "rollup", "trends", "stages", "actions", "who", "bands", "admin"]


def _session(world, email: str, password: str = PASSWORD) -> requests.Session:
    s = requests.Session()
    page = s.get(world.url + "/dashboard/login", timeout=30)
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = s.post(
        world.url + "/dashboard/login",
        data={"csrf": token, "email": email, "password": password, "next": "/dashboard/league"},
        timeout=30,
    )
    assert r.status_code == 200 and "League table" in r.text, r.text[:500]
    return s


def _csrf(s: requests.Session, world, page: str = "/dashboard/league") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', s.get(world.url + page).text).group(1)


def _cycle_ids(world, location_prefix: str) -> list[str]:
    with sqlite3.connect(world.ho.db) as c:
        return [
            r[0]
            for r in c.execute(
                "SELECT cycle_id FROM dash_cycles WHERE location LIKE ?", (location_prefix + "%",)
            )
        ]


def test_no_page_and_no_csv_without_a_session(world):
    for page in PAGES:
        for suffix in ("", "?format=csv"):
            r = requests.get(
                f"{world.url}/dashboard/{page}{suffix}", allow_redirects=False, timeout=30
            )
            assert r.status_code == 303 and "/dashboard/login" in r.headers["location"], page
            assert "Riverside" not in r.text
    cycle = _cycle_ids(world, "Northern Region › Lakeside")[0]
    for url in (f"/dashboard/cycle/{cycle}", f"/dashboard/cycle/{cycle}/pdf/community-summary"):
        r = requests.get(world.url + url, allow_redirects=False, timeout=30)
        assert r.status_code == 303
    # A made-up cookie is no session either.
    r = requests.get(
        world.url + "/dashboard/league?format=csv",
        cookies={"sc_session": "forged"},
        allow_redirects=False,
        timeout=30,
    )
    assert r.status_code == 303


def test_the_session_cookie_is_httponly_and_samesite(world):
    s = requests.Session()
    token = re.search(
        r'name="csrf" value="([^"]+)"', s.get(world.url + "/dashboard/login").text
    ).group(1)
    r = s.post(
        world.url + "/dashboard/login",
        data={"csrf": token, "email": "viewer@example.org", "password": PASSWORD},
        allow_redirects=False,
    )
    cookie = r.headers["set-cookie"]
    assert "sc_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP here; behind HTTPS the cookie is Secure
    token = re.search(
        r'name="csrf" value="([^"]+)"', s.get(world.url + "/dashboard/login").text
    ).group(1)
    behind_https = s.post(
        world.url + "/dashboard/login",
        data={"csrf": token, "email": "viewer@example.org", "password": PASSWORD},
        headers={"X-Forwarded-Proto": "https"},
        allow_redirects=False,
    )
    assert "Secure" in behind_https.headers.get("set-cookie", "")


def test_a_viewer_cannot_reach_admin_actions(world):
    s = _session(world, "viewer@example.org")
    token = _csrf(s, world)
    assert s.get(world.url + "/dashboard/admin").status_code == 403
    assert s.get(world.url + "/dashboard/admin?format=csv").status_code == 403
    with sqlite3.connect(world.ho.db) as c:
        device = c.execute("SELECT id FROM devices WHERE revoked_at IS NULL").fetchone()[0]
    for action, data in [
        ("revoke", {"device": device}),
        ("enrol-code", {"label": "x"}),
        ("note", {"action": "x", "text": "y"}),
        ("user", {"email": "evil@example.org", "password": "x" * 12, "role": "admin"}),
    ]:
        r = s.post(f"{world.url}/dashboard/admin/{action}", data={"csrf": token, **data})
        assert r.status_code == 403, action
    r = s.post(
        world.url + "/dashboard/bands",
        data={"csrf": token, "indicator": "*", "low": "1", "high": "2", "high_is_good": "1"},
    )
    assert r.status_code == 403
    with sqlite3.connect(world.ho.db) as c:
        assert (
            c.execute("SELECT revoked_at FROM devices WHERE id = ?", (device,)).fetchone()[0]
            is None
        )
        assert (
            c.execute("SELECT count(*) FROM dash_users WHERE email LIKE 'evil%'").fetchone()[0] == 0
        )


def test_a_district_user_cannot_see_another_district_by_editing_the_url(world):
    s = _session(world, "lakeside@example.org")
    league = s.get(world.url + "/dashboard/league").text
    assert "Riverside Health Centre" in league
    assert "Hillside" not in league and "Seaside" not in league
    csv_text = s.get(world.url + "/dashboard/league?format=csv").text
    assert "Riverside" in csv_text and "Hillside" not in csv_text
    other = _cycle_ids(world, "Northern Region › Mountain")[0]
    assert s.get(f"{world.url}/dashboard/cycle/{other}").status_code == 403
    assert s.get(f"{world.url}/dashboard/cycle/{other}?format=csv").status_code == 403
    assert s.get(f"{world.url}/dashboard/cycle/{other}/pdf/community-summary").status_code == 403
    for page in ("league", "rollup", "stages", "actions", "who", "trends"):
        r = s.get(f"{world.url}/dashboard/{page}", params={"location": "Southern Region"})
        assert r.status_code == 403 and "Seaside" not in r.text, page
    # Narrowing inside the district is fine; a wider filter still shows only the district.
    wider = s.get(f"{world.url}/dashboard/rollup", params={"location": "Northern Region"}).text
    assert "Mountain District" not in wider and "Hillside" not in wider
    own = _cycle_ids(world, "Northern Region › Lakeside")[0]
    assert s.get(f"{world.url}/dashboard/cycle/{own}").status_code == 200


def test_every_form_needs_the_csrf_token(world):
    s = _session(world, "admin@example.org")
    with sqlite3.connect(world.ho.db) as c:
        device = c.execute("SELECT id FROM devices WHERE revoked_at IS NULL").fetchone()[0]
    for url, data in [
        ("/dashboard/admin/revoke", {"device": device}),
        ("/dashboard/bands", {"indicator": "*", "low": "10", "high": "20"}),
        ("/dashboard/admin/enrol-code", {"label": "x"}),
        ("/dashboard/password", {"old": PASSWORD, "new": "y" * 12, "again": "y" * 12}),
        ("/dashboard/logout", {}),
    ]:
        for token in (None, "wrong"):
            body = dict(data) if token is None else {"csrf": token, **data}
            r = s.post(world.url + url, data=body)
            assert r.status_code == 403, (url, token)
    with sqlite3.connect(world.ho.db) as c:
        assert (
            c.execute("SELECT revoked_at FROM devices WHERE id = ?", (device,)).fetchone()[0]
            is None
        )
    assert s.get(world.url + "/dashboard/league").status_code == 200  # still signed in
    # The sign-in form too: a post without the cookie's token is refused.
    r = requests.post(
        world.url + "/dashboard/login",
        data={"csrf": "x", "email": "admin@example.org", "password": PASSWORD},
        allow_redirects=False,
    )
    assert r.status_code == 403


def test_passwords_are_stored_only_as_argon2_hashes(world):
    with sqlite3.connect(world.ho.db) as c:
        rows = c.execute("SELECT email, password_hash FROM dash_users").fetchall()
        sessions = c.execute("SELECT token_hash FROM dash_sessions").fetchall()
    assert len(rows) >= 4
    for _email, hashed in rows:
        assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    raw = world.ho.db.read_bytes()
    assert PASSWORD.encode() not in raw
    assert all(len(h) == 64 for (h,) in sessions)  # only digests of session cookies


def test_login_is_throttled_after_repeated_failures(world):
    out = world.add_user("throttle@example.org", "viewer")
    assert out.returncode == 0, out.stderr
    s = requests.Session()
    statuses = []
    for _ in range(7):
        token = re.search(
            r'name="csrf" value="([^"]+)"', s.get(world.url + "/dashboard/login").text
        ).group(1)
        r = s.post(
            world.url + "/dashboard/login",
            data={"csrf": token, "email": "throttle@example.org", "password": "wrong guess 123"},
        )
        statuses.append(r.status_code)
    assert statuses[:5] == [401] * 5 and statuses[5:] == [429, 429]
    # Even the right password is refused while throttled.
    token = re.search(
        r'name="csrf" value="([^"]+)"', s.get(world.url + "/dashboard/login").text
    ).group(1)
    r = s.post(
        world.url + "/dashboard/login",
        data={"csrf": token, "email": "throttle@example.org", "password": PASSWORD},
    )
    assert r.status_code == 429


def test_password_never_an_argument_and_bad_input_is_one_line(world):
    import subprocess
    import sys

    out = world.add_user("short@example.org", "viewer", password="short")
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "10 characters" in out.stderr
    cmd = [
        sys.executable,
        "-m",
        "scorecard_sync",
        "user",
        "add",
        "x@example.org",
        "--role",
        "admin",
    ]
    bad = subprocess.run(
        [*cmd, "--password", "secret123456"], capture_output=True, text=True, env=world.ho._env()
    )
    assert bad.returncode == 2 and "unrecognized arguments" in bad.stderr


def test_password_change_ends_other_sessions(world):
    out = world.add_user("changer@example.org", "analyst")
    assert out.returncode == 0
    first = _session(world, "changer@example.org")
    second = _session(world, "changer@example.org")
    token = _csrf(second, world, "/dashboard/password")
    new = "a much better passphrase"
    r = second.post(
        world.url + "/dashboard/password",
        data={"csrf": token, "old": PASSWORD, "new": new, "again": new},
    )
    assert r.status_code == 200 and "Password changed" in r.text
    assert first.get(world.url + "/dashboard/league", allow_redirects=False).status_code == 303
    assert second.get(world.url + "/dashboard/league").status_code == 200
    _session(world, "changer@example.org", new)


def test_csv_cells_cannot_carry_spreadsheet_formulas():
    from scorecard_sync.dashboard.routes import csv_cell

    assert csv_cell('=HYPERLINK("http://evil","x")') == '\'=HYPERLINK("http://evil","x")'
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("-2+3") == "'-2+3"
    assert csv_cell("+0.5") == "+0.5" and csv_cell("−1.5") == "−1.5" and csv_cell(None) == ""
    assert csv_cell("Riverside Health Centre") == "Riverside Health Centre" and csv_cell(3) == 3
