"""The dashboard's pages: sign-in, the views, CSV downloads, PDFs and administration.

Rules every route follows: a session is needed for anything but the sign-in page and static
files; every form carries the session's CSRF token; admin actions need the admin role and are
written to the audit log in the same transaction; a cycle or location outside the user's part of
the organisation is refused (403), whatever the URL says.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import secrets
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from scorecard_app.core.disclosure import SUPPRESSED, shown
from scorecard_app.core.entities import (
    ACTION_STATUSES,
    AGE_BANDS,
    GENDERS,
    GROUP_TYPES,
    SECTORS,
)
from scorecard_app.core.scales import display_value, get_scale
from scorecard_app.core.stages import STAGE_NAMES
from scorecard_app.i18n import LANGUAGES
from scorecard_app.opendata.package import DEFAULT_LICENCE, LICENCES, spreadsheet_safe
from scorecard_sync import audit, derived, users
from scorecard_sync import tables as t
from scorecard_sync.config import Settings
from scorecard_sync.db import utc_now, write
from scorecard_sync.derived import location_path
from scorecard_sync.users import User, UserError

from . import bands, queries
from .i18n import N_, Words

HERE = Path(__file__).resolve().parent
COOKIE = "sc_session"
LOGIN_CSRF = "sc_login_csrf"
LANG_COOKIE = "sc_lang"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
PRINTABLES = ("community-summary", "interface-chart", "provider-report", "action-plan")
NOTICES = {
    "revoked": N_("The device was revoked. Its next request will be refused."),
    "resolved": N_("The conflict was settled. Laptops get the outcome on their next sync."),
    "facilities": N_("Facilities published."),
    "library": N_("Indicator library published."),
    "note": N_("Note published; laptops get it on their next sync."),
    "band": N_("Band saved."),
    "password": N_("Password changed. Other sessions were signed out."),
    "user": N_("User added."),
    "published": N_("The open-data package is public and was rebuilt."),
    "unpublished": N_("The open-data package is no longer public."),
}


class LoginRequired(Exception):
    pass


class PageError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Ctx:
    request: Request
    user: User
    csrf: str
    words: Words
    rules: dict[str, bands.Rule]

    @property
    def lang(self) -> str:
        return self.words.lang


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _secure(request: Request) -> bool:
    return (
        request.url.scheme == "https"
        or request.headers.get("x-forwarded-proto", "").lower() == "https"
    )


def _int(value: str | None, lo: int = 0, hi: int = 10**6) -> int | None:
    try:
        n = int(value) if value not in (None, "") else None
    except ValueError:
        raise PageError(400, "A number in the address is not a number.") from None
    if n is not None and not lo <= n <= hi:
        raise PageError(400, "A number in the address is out of range.")
    return n


def _text(value: str | None, limit: int = 400) -> str:
    value = (value or "").strip()
    if len(value) > limit or "\x00" in value:
        raise PageError(400, "A value in the address is too long.")
    return value


def mount(app: FastAPI, engine: Engine, settings: Settings) -> None:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    app.mount("/dashboard/static", StaticFiles(directory=str(HERE / "static")), "dash-static")
    router = APIRouter(prefix="/dashboard", include_in_schema=False)

    # ------------------------------------------------------------ plumbing
    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/dashboard/login?" + urlencode({"next": target}), 303)

    @app.exception_handler(PageError)
    async def _page_error(request: Request, exc: PageError) -> Response:
        words = Words(_lang(request, None))
        html = env.get_template("error.html").render(
            _=words,
            words=words,
            message=words(exc.message),
            status=exc.status,
            user=None,
            languages=LANGUAGES,
            path=request.url.path,
            query={},
        )
        return HTMLResponse(html, exc.status)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        if request.url.path.startswith("/dashboard"):
            response.headers["Content-Security-Policy"] = CSP
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "same-origin"
            response.headers["X-Frame-Options"] = "DENY"
            if not request.url.path.startswith("/dashboard/static"):
                response.headers["Cache-Control"] = "no-store"
        return response

    def _lang(request: Request, user: User | None) -> str:
        chosen = request.cookies.get(LANG_COOKIE)
        if chosen in LANGUAGES:
            return chosen
        return user.language if user and user.language in LANGUAGES else "en"

    def current(request: Request) -> Ctx:
        found = users.session_user(engine, request.cookies.get(COOKIE))
        if found is None:
            raise LoginRequired
        user, csrf = found
        with engine.connect() as conn:
            rules = bands.rules(conn, user.organisation_id)
        return Ctx(request, user, csrf, Words(_lang(request, user)), rules)

    async def form_of(request: Request, ctx: Ctx) -> Any:
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), ctx.csrf):
            raise PageError(403, N_("This form has expired. Open the page again and retry."))
        return form

    def need_admin(ctx: Ctx) -> None:
        if not ctx.user.is_admin:
            raise PageError(403, N_("Only an administrator may do this."))

    def filters(request: Request, ctx: Ctx) -> queries.Filters:
        q = request.query_params
        f = queries.Filters(
            sector=_text(q.get("sector"), 32),
            location=location_path(_text(q.get("location"))),
            year=_int(q.get("year"), 1900, 3000),
            round_no=_int(q.get("round"), 1, 1000),
        )
        if f.sector and f.sector not in SECTORS:
            raise PageError(400, N_("There is no such sector."))
        # A filter may narrow the user's part of the tree, never leave it.
        if f.location and not (
            queries.within(f.location, ctx.user.location)
            or queries.within(ctx.user.location, f.location)
        ):
            raise PageError(403, N_("This place is outside the part of the organisation you see."))
        return f

    def render(ctx: Ctx, name: str, **values: Any) -> HTMLResponse:
        w = ctx.words
        notice = ctx.request.query_params.get("done")
        html = env.get_template(name).render(
            _=w,
            words=w,
            user=ctx.user,
            csrf=ctx.csrf,
            request=ctx.request,
            path=ctx.request.url.path,
            query=dict(ctx.request.query_params),
            notice=w(NOTICES[notice]) if notice in NOTICES else None,
            languages=LANGUAGES,
            fmt=Fmt(ctx),
            **values,
        )
        return HTMLResponse(html)

    def with_options(ctx: Ctx, f: queries.Filters) -> dict[str, Any]:
        with engine.connect() as conn:
            opts = queries.options(conn, ctx.user)
        return {"filters": f, "options": opts}

    def csv_response(ctx: Ctx, name: str, header: list[str], rows: list[list[Any]]) -> Response:
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(header)
        for row in rows:
            out.writerow([csv_cell(v) for v in row])
        safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_") or "table"
        return Response(
            "\ufeff" + buf.getvalue(),  # the BOM makes spreadsheet programs read UTF-8
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'},
        )

    def wants_csv(request: Request) -> bool:
        return request.query_params.get("format") == "csv"

    # ------------------------------------------------------------ sign-in
    @router.get("/login")
    def login_page(request: Request, next: str = "/dashboard/") -> Response:
        words = Words(_lang(request, None))
        token = secrets.token_urlsafe(24)
        html = env.get_template("login.html").render(
            _=words,
            words=words,
            user=None,
            csrf=token,
            next=_safe_next(next),
            error=None,
            languages=LANGUAGES,
            path="/dashboard/login",
            query={},
        )
        response = HTMLResponse(html)
        response.set_cookie(
            LOGIN_CSRF,
            token,
            httponly=True,
            samesite="lax",
            secure=_secure(request),
            path="/dashboard",
        )
        return response

    @router.post("/login")
    async def login_post(request: Request) -> Response:
        form = await request.form()
        words = Words(_lang(request, None))
        cookie = request.cookies.get(LOGIN_CSRF, "")
        if not cookie or not hmac.compare_digest(str(form.get("csrf", "")), cookie):
            raise PageError(403, N_("This form has expired. Open the page again and retry."))
        email = str(form.get("email", ""))[:254]
        password = str(form.get("password", ""))[:1024]
        nxt = _safe_next(str(form.get("next", "/dashboard/")))
        try:
            user = await run_in_threadpool(users.login, engine, email, password, _client(request))
        except users.Throttled:
            return _login_again(
                request,
                words,
                nxt,
                cookie,
                N_("Too many failed sign-ins. Wait 15 minutes and try again."),
                429,
            )
        except UserError:
            return _login_again(
                request,
                words,
                nxt,
                cookie,
                N_("The e-mail address or the password is not right."),
                401,
            )
        token = users.start_session(engine, user)
        response = RedirectResponse(nxt, 303)
        response.set_cookie(
            COOKIE,
            token,
            max_age=users.SESSION_HOURS * 3600,
            httponly=True,
            samesite="lax",
            secure=_secure(request),
            path="/dashboard",
        )
        response.delete_cookie(LOGIN_CSRF, path="/dashboard")
        return response

    def _login_again(
        request: Request, words: Words, nxt: str, token: str, error: str, status: int
    ) -> Response:
        html = env.get_template("login.html").render(
            _=words,
            words=words,
            user=None,
            csrf=token,
            next=nxt,
            error=words(error),
            languages=LANGUAGES,
            path="/dashboard/login",
            query={},
        )
        return HTMLResponse(html, status)

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        ctx = current(request)
        await form_of(request, ctx)
        users.end_session(engine, request.cookies.get(COOKIE))
        response = RedirectResponse("/dashboard/login", 303)
        response.delete_cookie(COOKIE, path="/dashboard")
        return response

    @router.get("/password")
    def password_page(request: Request) -> Response:
        ctx = current(request)
        return render(ctx, "password.html", error=None)

    @router.post("/password")
    async def password_post(request: Request) -> Response:
        ctx = current(request)
        form = await form_of(request, ctx)
        new = str(form.get("new", ""))[:1024]
        if new != str(form.get("again", "")):
            return render(ctx, "password.html", error=ctx.words("The two new passwords differ."))
        try:
            users.change_password(engine, ctx.user, str(form.get("old", ""))[:1024], new)
        except UserError as exc:
            return render(ctx, "password.html", error=ctx.words(_user_error(exc)))
        token = users.start_session(engine, ctx.user)
        response = RedirectResponse("/dashboard/league?done=password", 303)
        response.set_cookie(
            COOKIE, token, httponly=True, samesite="lax", secure=_secure(request), path="/dashboard"
        )
        return response

    @router.get("/language")
    def choose_language(request: Request, to: str = "en", next: str = "/dashboard/") -> Response:
        response = RedirectResponse(_safe_next(next), 303)
        if to in LANGUAGES:
            response.set_cookie(
                LANG_COOKIE,
                to,
                max_age=3600 * 24 * 365,
                samesite="lax",
                secure=_secure(request),
                path="/dashboard",
            )
        return response

    @router.get("/")
    def home(request: Request) -> Response:
        current(request)
        return RedirectResponse("/dashboard/league", 303)

    # ------------------------------------------------------------ league table
    @router.get("/league")
    def league_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        q = request.query_params
        sort = _text(q.get("sort") or "facility", 120)
        desc = q.get("dir") == "desc"
        csv_out = wants_csv(request)
        with engine.connect() as conn:
            data = queries.league(
                conn,
                ctx.user,
                f,
                sort,
                desc,
                _int(q.get("page"), 1) or 1,
                page_size=100_000 if csv_out else queries.PAGE,
            )
        fmt = Fmt(ctx)
        if csv_out:
            w = ctx.words
            header = [w("Facility"), w("Location"), w("Round"), w("Average (0–100)")]
            for col in data.columns:
                header += [fmt.indicator(col["key"], col["text"]), w("Band"), w("Change")]
            rows = []
            for r in data.rows:
                line = [
                    r["cycle"].facility,
                    r["cycle"].location,
                    r["cycle"].round_no,
                    fmt.n100(r["avg_100"]),
                ]
                for col, cell in zip(data.columns, r["cells"], strict=True):
                    c = fmt.cell(cell, col["key"])
                    line += [c["number"], c["band_word"], c["change"]]
                rows.append(line)
            rows.append(
                [w("Average"), "", "", fmt.n100(data.average)]
                + [
                    v
                    for col in data.columns
                    for v in (
                        fmt.n100(col["avg_100"]),
                        fmt.band100(col["avg_100"], col["key"])["word"],
                        "",
                    )
                ]
            )
            return csv_response(ctx, "league-table", header, rows)
        return render(ctx, "league.html", data=data, sort=sort, desc=desc, **with_options(ctx, f))

    # ------------------------------------------------------------ roll-up and drill-down
    @router.get("/rollup")
    def rollup_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        q = request.query_params
        indicator = _text(q.get("indicator"), 100)
        base_depth = len(f.location.split(derived.SEP)) if f.location else 0
        user_depth = len(ctx.user.location.split(derived.SEP)) if ctx.user.location else 0
        level = max(base_depth, user_depth) + 1
        with engine.connect() as conn:
            rows = queries.rollup(conn, ctx.user, f, level, indicator) if level <= 4 else []
            places = [r for r in rows if r["place"]]
            cycles = queries.facilities_at(conn, ctx.user, f, indicator) if not places else []
            inds = queries.indicators(conn, ctx.user)
        parent = f.location or ctx.user.location
        if wants_csv(request):
            w = ctx.words
            if places:
                return csv_response(
                    ctx,
                    "roll-up",
                    [
                        w("Place"),
                        w("Cycles"),
                        w("Facilities"),
                        w("Median (0–100)"),
                        w("Mean (0–100)"),
                    ],
                    [
                        [r["place"], r["cycles"], r["facilities"], _r1(r["median"]), _r1(r["mean"])]
                        for r in places
                    ],
                )
            return csv_response(
                ctx,
                "facilities",
                [w("Facility"), w("Location"), w("Round"), w("Score (0–100)"), w("Indicators")],
                [[c.facility, c.location, c.round_no, _r1(c.s), c.n] for c in cycles],
            )
        return render(
            ctx,
            "rollup.html",
            places=places,
            cycles=cycles,
            level=level,
            parent=parent,
            indicator=indicator,
            indicators=inds,
            crumbs=_crumbs(parent, ctx.user.location),
            sep=derived.SEP,
            **with_options(ctx, f),
        )

    # ------------------------------------------------------------ trends
    @router.get("/trends")
    def trends_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        q = request.query_params
        indicator = _text(q.get("indicator"), 100)
        facility = _text(q.get("facility"), 64)
        with engine.connect() as conn:
            rows = queries.trends(conn, ctx.user, f, indicator, facility)
            inds = queries.indicators(conn, ctx.user)
            facs = queries.facilities(conn, ctx.user)
        w = ctx.words
        if wants_csv(request):
            return csv_response(
                ctx,
                "trends",
                [w("Round"), w("Cycles"), w("Community (0–100)"), w("Providers (0–100)"), w("Gap")],
                [
                    [
                        r["round"],
                        r["cycles"],
                        _r1(r["community"]),
                        _r1(r["provider"]),
                        _r1(r["gap"]),
                    ]
                    for r in rows
                ],
            )
        chart = {
            "type": "line",
            "labels": [w("Round {n}", n=r["round"]) for r in rows],
            "series": [
                {"label": w("Community"), "data": [_r1(r["community"]) for r in rows]},
                {"label": w("Service providers"), "data": [_r1(r["provider"]) for r in rows]},
                {"label": w("Gap"), "data": [_r1(r["gap"]) for r in rows]},
            ],
            "title": w("Trend across rounds (0–100)"),
        }
        return render(
            ctx,
            "trends.html",
            rows=rows,
            indicator=indicator,
            facility=facility,
            indicators=inds,
            facilities=facs,
            chart=_json_script(chart),
            **with_options(ctx, f),
        )

    # ------------------------------------------------------------ stage tracker
    @router.get("/stages")
    def stages_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        today = date.today().isoformat()
        with engine.connect() as conn:
            rows = queries.stages(conn, ctx.user, f, today)
        fmt = Fmt(ctx)
        if wants_csv(request):
            w = ctx.words
            return csv_response(
                ctx,
                "stage-tracker",
                [
                    w("Facility"),
                    w("Location"),
                    w("Round"),
                    w("Stage reached"),
                    w("Next stage"),
                    w("Planned"),
                    w("Days late"),
                ],
                [
                    [
                        r.facility,
                        r.location,
                        r.round_no,
                        fmt.stage(r.stage),
                        fmt.stage(r.next_stage),
                        r.next_due or "",
                        _days_late(r.next_due, today),
                    ]
                    for r in rows
                ],
            )
        return render(
            ctx, "stages.html", rows=rows, today=today, days_late=_days_late, **with_options(ctx, f)
        )

    # ------------------------------------------------------------ action tracker
    @router.get("/actions")
    def actions_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        today = date.today().isoformat()
        table = request.query_params.get("table", "")
        with engine.connect() as conn:
            data = queries.actions(conn, ctx.user, f, today)
        if wants_csv(request):
            w = ctx.words
            counts = [w("Actions"), w("Open"), w("Overdue"), w("Escalated"), w("Done")]

            def nums(r: Any) -> list[Any]:
                return [r.total, r.open, r.overdue, r.escalated, r.done]

            if table == "responsible":
                return csv_response(
                    ctx,
                    "actions-by-responsible",
                    [w("Responsible"), w("Institution"), *counts],
                    [[r.responsible, r.institution, *nums(r)] for r in data["by_responsible"]],
                )
            if table == "round":
                return csv_response(
                    ctx,
                    "actions-by-round",
                    [w("Round"), *counts, w("Completion rate")],
                    [[r.round_no, *nums(r), _pct(r.done, r.total)] for r in data["by_round"]],
                )
            if table == "late":
                return csv_response(
                    ctx,
                    "overdue-actions",
                    [
                        w("Action"),
                        w("Facility"),
                        w("Responsible"),
                        w("Institution"),
                        w("Due"),
                        w("Status"),
                        w("Escalated"),
                    ],
                    [
                        [
                            r.what,
                            r.facility,
                            r.responsible,
                            r.institution,
                            r.due or "",
                            r.status,
                            w("Yes") if r.escalated else w("No"),
                        ]
                        for r in data["late"]
                    ],
                )
            return csv_response(
                ctx,
                "actions-by-institution",
                [w("Institution"), *counts],
                [[r.institution, *nums(r)] for r in data["by_institution"]],
            )
        return render(ctx, "actions.html", data=data, pct=_pct, **with_options(ctx, f))

    # ------------------------------------------------------------ who spoke
    @router.get("/who")
    def who_page(request: Request) -> Response:
        ctx = current(request)
        f = filters(request, ctx)
        indicator = _text(request.query_params.get("indicator"), 100)
        with engine.connect() as conn:
            data = queries.who_spoke(conn, ctx.user, f, indicator)
            inds = queries.indicators(conn, ctx.user)
        fmt = Fmt(ctx)
        if wants_csv(request):
            w = ctx.words
            rows = []
            for b, entries in data["rows"].items():
                for e in entries:
                    ok = shown(e["people"])
                    rows.append(
                        [
                            fmt.breakdown(b),
                            fmt.category(b, e["category"]),
                            e["people"] if ok else SUPPRESSED,
                            _r1(e["median"]) if ok else SUPPRESSED,
                            e["cycles"],
                        ]
                    )
            return csv_response(
                ctx,
                "who-spoke",
                [w("Breakdown"), w("Group"), w("People"), w("Median score (0–100)"), w("Cycles")],
                rows,
            )
        return render(
            ctx,
            "who.html",
            data=data,
            indicator=indicator,
            indicators=inds,
            shown=shown,
            suppressed=SUPPRESSED,
            **with_options(ctx, f),
        )

    # ------------------------------------------------------------ a cycle
    def cycle_or_403(ctx: Ctx, cycle_id: str) -> dict[str, Any]:
        _text(cycle_id, 64)
        with engine.connect() as conn:
            data = queries.cycle(conn, ctx.user, cycle_id)
        if data is None:
            raise PageError(
                403,
                N_("This cycle does not exist or is outside the part of the organisation you see."),
            )
        return data

    @router.get("/cycle/{cycle_id}")
    def cycle_page(request: Request, cycle_id: str) -> Response:
        ctx = current(request)
        data = cycle_or_403(ctx, cycle_id)
        fmt = Fmt(ctx)
        w = ctx.words
        community = [r for r in data["results"] if r.breakdown == "community"]
        table = request.query_params.get("table", "")
        if wants_csv(request):
            if table == "groups":
                rows = [
                    [
                        fmt.indicator(r.indicator_key, r.indicator_text),
                        fmt.breakdown(r.breakdown),
                        fmt.category(r.breakdown, r.category),
                        r.n if shown(r.n) else SUPPRESSED,
                        fmt.num(r.score) if shown(r.n) else SUPPRESSED,
                    ]
                    for r in data["results"]
                    if r.breakdown in queries.BREAKDOWNS
                ]
                return csv_response(
                    ctx,
                    "cycle-groups",
                    [w("Indicator"), w("Breakdown"), w("Group"), w("People"), w("Score")],
                    rows,
                )
            return csv_response(
                ctx,
                "cycle-results",
                [
                    w("Indicator"),
                    w("Community"),
                    w("Word"),
                    w("Band"),
                    w("Service providers"),
                    w("Gap"),
                    w("Change since last round"),
                    w("People"),
                ],
                [
                    [
                        fmt.indicator(r.indicator_key, r.indicator_text),
                        fmt.num(r.score),
                        fmt.word(r.score, r.scale_code),
                        fmt.band100(r.score_100, r.indicator_key)["word"],
                        fmt.num(r.provider),
                        fmt.signed(r.gap),
                        fmt.signed(r.change),
                        r.n,
                    ]
                    for r in community
                ],
            )
        chart = {
            "type": "bar",
            "labels": [fmt.indicator(r.indicator_key, r.indicator_text)[:40] for r in community],
            "series": [
                {"label": w("Community"), "data": [r.score for r in community]},
                {"label": w("Service providers"), "data": [r.provider for r in community]},
            ],
            "title": w("Community and service providers"),
            "max": get_scale(data["facts"].scale_code).maximum,
        }
        groups = [
            r for r in data["results"] if r.breakdown in queries.BREAKDOWNS and not r.provider_only
        ]
        # One row per indicator, one column per group type, gender and age band.
        order = {b: i for i, b in enumerate(queries.BREAKDOWNS)}
        columns = sorted(
            {(r.breakdown, r.category) for r in groups}, key=lambda k: (order[k[0]], k[1])
        )
        pivot = {(r.indicator_key, r.breakdown, r.category): r for r in groups}
        return render(
            ctx,
            "cycle.html",
            d=data,
            community=community,
            columns=columns,
            pivot=pivot,
            chart=_json_script(chart),
            printables=PRINTABLES,
            shown=shown,
            suppressed=SUPPRESSED,
        )

    @router.get("/cycle/{cycle_id}/pdf/{kind}")
    def cycle_pdf(request: Request, cycle_id: str, kind: str) -> Response:
        from scorecard_app.reports import registry
        from scorecard_sync.method import load_cycle

        ctx = current(request)
        if kind not in PRINTABLES:
            raise PageError(404, N_("There is no such printable."))
        cycle_or_403(ctx, cycle_id)
        org = ctx.user.organisation_id
        with engine.connect() as conn:
            data = load_cycle(conn, org, cycle_id)

            def previous(d: Any) -> Any:
                pid = d.cycle.previous_cycle_id
                return load_cycle(conn, org, pid) if pid and pid != d.cycle.id else None

            if data is None:
                raise PageError(404, N_("There is no such printable."))
            with tempfile.TemporaryDirectory() as tmp:
                out = registry.render(kind, data, previous, Path(tmp) / "out.pdf", lang=ctx.lang)
                pdf = out.read_bytes()
        name = f"{kind}-round-{data.cycle.round_no}"
        return Response(
            pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
        )

    # ------------------------------------------------------------ bands
    @router.get("/bands")
    def bands_page(request: Request) -> Response:
        ctx = current(request)
        with engine.connect() as conn:
            inds = queries.indicators(conn, ctx.user)
        if wants_csv(request):
            w = ctx.words
            fmt = Fmt(ctx)
            rows = []
            for key, text in [(bands.DEFAULT_KEY, w("Every other indicator"))] + [
                (i.indicator_key, fmt.indicator(i.indicator_key, i.text)) for i in inds
            ]:
                rule = bands.rule_for(ctx.rules, key)
                rows.append([text, rule.low, rule.high, w("Yes") if rule.high_is_good else w("No")])
            return csv_response(
                ctx,
                "bands",
                [w("Indicator"), w("Lower threshold"), w("Upper threshold"), w("High is good")],
                rows,
            )
        fmt = Fmt(ctx)
        band_rows = [(bands.DEFAULT_KEY, ctx.words("Every other indicator"))] + [
            (i.indicator_key, fmt.indicator(i.indicator_key, i.text)) for i in inds
        ]
        return render(
            ctx, "bands.html", band_rows=band_rows, rules=ctx.rules, rule_for=bands.rule_for
        )

    @router.post("/bands")
    async def bands_post(request: Request) -> Response:
        ctx = current(request)
        form = await form_of(request, ctx)
        if not ctx.user.can_edit_bands:
            raise PageError(403, N_("Only an administrator or an analyst may change bands."))
        key = _text(str(form.get("indicator", "")), 100)
        try:
            low, high = float(str(form.get("low", ""))), float(str(form.get("high", "")))
        except ValueError:
            raise PageError(
                400, N_("Thresholds are numbers from 0 to 100, the lower first.")
            ) from None
        if not (0 <= low <= high <= 100) or not key:
            raise PageError(400, N_("Thresholds are numbers from 0 to 100, the lower first."))
        rule = bands.Rule(low, high, form.get("high_is_good") == "1")
        with write(engine) as conn:
            bands.save(conn, ctx.user.organisation_id, key, rule, utc_now())
            audit.record(
                conn,
                ctx.user.organisation_id,
                ctx.user.email,
                "band",
                key,
                low=low,
                high=high,
                high_is_good=rule.high_is_good,
            )
        return RedirectResponse("/dashboard/bands?done=band", 303)

    # ------------------------------------------------------------ admin
    from scorecard_sync import devices as dev
    from scorecard_sync import feed, opendata
    from scorecard_sync.config import read_engine as make_read_engine

    read_engine = make_read_engine(settings, engine)
    from scorecard_sync import stats as server_stats

    def admin_view(ctx: Ctx, **extra: Any) -> Response:
        need_admin(ctx)
        org = ctx.user.organisation_id
        device_rows = [
            d for d in dev.list_devices(engine) if d["organisation"] == ctx.user.organisation
        ]
        with engine.connect() as conn:
            waiting = _waiting_files(conn, org)
            codes = conn.execute(
                sa.select(t.enrolment_codes)
                .where(t.enrolment_codes.c.organisation_id == org)
                .order_by(t.enrolment_codes.c.created_at.desc())
                .limit(20)
            ).all()
        conflicts = [
            c
            for c in server_stats.conflict_list(engine)
            if c["organisation_id"] == org and not c["resolved_at"]
        ]
        for c in conflicts:
            c["fields_parsed"] = json.loads(c["fields"])
        quarantined = [
            q for q in server_stats.quarantine_list(engine) if q["organisation_id"] == org
        ][-50:]
        with engine.connect() as conn:
            pub = opendata.publication(conn, org)
        return render(
            ctx,
            "admin.html",
            open_data=pub,
            licences=sorted(LICENCES),
            default_licence=DEFAULT_LICENCE,
            devices=device_rows,
            waiting=waiting,
            codes=codes,
            conflicts=conflicts,
            quarantined=quarantined,
            people=users.list_users(engine, org),
            log=audit.entries(engine, org, 50),
            **extra,
        )

    @router.get("/admin")
    def admin_page(request: Request) -> Response:
        ctx = current(request)
        need_admin(ctx)
        if wants_csv(request):
            w = ctx.words
            org = ctx.user.organisation_id
            table = request.query_params.get("table", "")
            if table == "codes":
                with engine.connect() as conn:
                    codes = conn.execute(
                        sa.select(t.enrolment_codes)
                        .where(t.enrolment_codes.c.organisation_id == org)
                        .order_by(t.enrolment_codes.c.created_at.desc())
                    ).all()
                return csv_response(
                    ctx,
                    "enrolment-codes",
                    [w("For"), w("Made"), w("Valid until"), w("Used")],
                    [[c.label, c.created_at, c.expires_at, c.used_at or ""] for c in codes],
                )
            if table == "users":
                return csv_response(
                    ctx,
                    "users",
                    [w("E-mail address"), w("Role"), w("Sees")],
                    [[u.email, u.role, u.location] for u in users.list_users(engine, org)],
                )
            if table == "audit":
                return csv_response(
                    ctx,
                    "audit-log",
                    [w("When"), w("Who"), w("What"), w("On")],
                    [
                        [e["at"], e["user_email"], e["action"], e["target"]]
                        for e in audit.entries(engine, org, 100_000)
                    ],
                )
            rows = [
                d for d in dev.list_devices(engine) if d["organisation"] == ctx.user.organisation
            ]
            return csv_response(
                ctx,
                "devices",
                [w("Device"), w("Label"), w("Enrolled"), w("Last seen"), w("Revoked")],
                [
                    [
                        d["id"],
                        d["label"],
                        d["enrolled_at"],
                        d["last_seen_at"] or "",
                        d["revoked_at"] or "",
                    ]
                    for d in rows
                ],
            )
        return admin_view(ctx)

    async def admin_form(request: Request) -> tuple[Ctx, Any]:
        ctx = current(request)
        form = await form_of(request, ctx)
        need_admin(ctx)
        return ctx, form

    @router.post("/admin/revoke")
    async def admin_revoke(request: Request) -> Response:
        ctx, form = await admin_form(request)
        device_id = _text(str(form.get("device", "")), 36)
        mine = {
            d["id"] for d in dev.list_devices(engine) if d["organisation"] == ctx.user.organisation
        }
        if device_id not in mine:
            raise PageError(403, N_("There is no such device in your organisation."))
        dev.revoke(engine, device_id)
        with write(engine) as conn:
            audit.record(conn, ctx.user.organisation_id, ctx.user.email, "device_revoke", device_id)
        return RedirectResponse("/dashboard/admin?done=revoked", 303)

    @router.post("/admin/enrol-code")
    async def admin_code(request: Request) -> Response:
        import segno

        from scorecard_sync.cli import enrol_link

        ctx, form = await admin_form(request)
        label = _text(str(form.get("label", "")), 200)
        code, expires = dev.make_enrolment_code(
            engine, label=label, hours=24, organisation=ctx.user.organisation
        )
        server_url = str(request.base_url).rstrip("/")
        link = enrol_link(server_url, code)
        qr = segno.make(link, error="m").png_data_uri(scale=5, border=4)
        with write(engine) as conn:
            audit.record(
                conn, ctx.user.organisation_id, ctx.user.email, "enrol_code", label, expires=expires
            )
        return admin_view(ctx, new_code={"code": code, "expires": expires, "link": link, "qr": qr})

    @router.post("/admin/resolve")
    async def admin_resolve(request: Request) -> Response:
        ctx, form = await admin_form(request)
        conflict_id = _text(str(form.get("conflict", "")), 36)
        keep = str(form.get("keep", ""))
        org = ctx.user.organisation_id
        mine = {
            c["id"]: c for c in server_stats.conflict_list(engine) if c["organisation_id"] == org
        }
        if conflict_id not in mine or keep not in ("server", "device"):
            raise PageError(403, N_("There is no such conflict in your organisation."))
        try:
            feed.resolve_conflict(engine, conflict_id, keep)
        except LookupError as exc:
            raise PageError(409, str(exc)) from None
        with write(engine) as conn:
            cycle_id = conn.execute(
                sa.select(t.records.c.cycle_id).where(
                    t.records.c.organisation_id == org,
                    t.records.c.entity == mine[conflict_id]["entity"],
                    t.records.c.record_id == mine[conflict_id]["record_id"],
                )
            ).scalar()
            if cycle_id:
                derived.refresh_cycles(conn, org, [cycle_id])
            audit.record(conn, org, ctx.user.email, "conflict_resolve", conflict_id, keep=keep)
        return RedirectResponse("/dashboard/admin?done=resolved", 303)

    async def _upload_json(form: Any) -> Any:
        upload = form.get("file")
        raw = await upload.read() if hasattr(upload, "read") else str(form.get("text", "")).encode()
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise PageError(400, N_("The file is not valid JSON.")) from None

    @router.post("/admin/facilities")
    async def admin_facilities(request: Request) -> Response:
        ctx, form = await admin_form(request)
        items = await _upload_json(form)
        ok = isinstance(items, list) and all(
            isinstance(i, dict) and isinstance(i.get("id"), str) and isinstance(i.get("name"), str)
            for i in items
        )
        if not ok:
            raise PageError(400, N_("Facilities must be a JSON list of {id, name, sector, code}."))
        org = ctx.user.organisation_id
        try:
            counts = feed.publish_facilities(engine, org, items)
        except (KeyError, TypeError):
            raise PageError(
                400, N_("Facilities must be a JSON list of {id, name, sector, code}.")
            ) from None
        with write(engine) as conn:
            ids = (
                conn.execute(
                    sa.select(t.dash_cycles.c.cycle_id).where(
                        t.dash_cycles.c.organisation_id == org,
                        t.dash_cycles.c.facility_id.in_([i["id"] for i in items]),
                    )
                )
                .scalars()
                .all()
            )
            if ids:
                derived.refresh_cycles(conn, org, ids)
            audit.record(conn, org, ctx.user.email, "publish_facilities", "", **counts)
        return RedirectResponse("/dashboard/admin?done=facilities", 303)

    @router.post("/admin/library")
    async def admin_library(request: Request) -> Response:
        ctx, form = await admin_form(request)
        library = await _upload_json(form)
        if not isinstance(library, dict) or not isinstance(library.get("sectors"), dict):
            raise PageError(400, N_("An indicator library needs a “sectors” object."))
        try:
            counts = feed.publish_library(engine, ctx.user.organisation_id, library)
        except (KeyError, TypeError):
            raise PageError(400, N_("An indicator library needs a “sectors” object.")) from None
        with write(engine) as conn:
            audit.record(
                conn, ctx.user.organisation_id, ctx.user.email, "publish_library", "", **counts
            )
        return RedirectResponse("/dashboard/admin?done=library", 303)

    @router.post("/admin/open-data")
    async def admin_open_data(request: Request) -> Response:
        """Make the organisation's open-data package public (and rebuild it), or withdraw it."""
        ctx, form = await admin_form(request)
        org = ctx.user.organisation_id
        if form.get("do") == "unpublish":
            opendata.unpublish(engine, settings, org)
            done, detail = "unpublished", {}
        else:
            licence = _text(str(form.get("licence", DEFAULT_LICENCE)), 32)
            if licence not in LICENCES:
                raise PageError(400, N_("Choose one of the licences offered."))
            cycles = opendata.publish(
                engine, settings, org, licence=licence, by=ctx.user.email, read=read_engine
            )
            done, detail = "published", {"licence": licence, "cycles": cycles}
        with write(engine) as conn:
            audit.record(conn, org, ctx.user.email, f"open_data_{done}", org, **detail)
        return RedirectResponse(f"/dashboard/admin?done={done}", 303)

    @router.post("/admin/note")
    async def admin_note(request: Request) -> Response:
        ctx, form = await admin_form(request)
        action_id = _text(str(form.get("action", "")), 64)
        text = _text(str(form.get("text", "")), 2000)
        org = ctx.user.organisation_id
        with engine.connect() as conn:
            mine = conn.execute(
                sa.select(t.dash_actions.c.action_id)
                .select_from(
                    t.dash_actions.join(
                        t.dash_cycles,
                        sa.and_(
                            t.dash_cycles.c.organisation_id == t.dash_actions.c.organisation_id,
                            t.dash_cycles.c.cycle_id == t.dash_actions.c.cycle_id,
                        ),
                    )
                )
                .where(
                    *queries.scope(ctx.user, queries.Filters()),
                    t.dash_actions.c.action_id == action_id,
                )
            ).first()
        if mine is None or not text:
            raise PageError(403, N_("There is no such action in your organisation."))
        feed.add_note(engine, org, action_id, text, ctx.user.email)
        with write(engine) as conn:
            audit.record(conn, org, ctx.user.email, "note", action_id)
        return RedirectResponse("/dashboard/admin?done=note", 303)

    @router.post("/admin/user")
    async def admin_user(request: Request) -> Response:
        ctx, form = await admin_form(request)
        try:
            users.add_user(
                engine,
                str(form.get("email", ""))[:254],
                str(form.get("password", ""))[:1024],
                str(form.get("role", "")),
                ctx.user.organisation_id,
                location=_text(str(form.get("location", ""))),
                language=str(form.get("language", "en"))
                if form.get("language") in LANGUAGES
                else "en",
                by=ctx.user.email,
            )
        except UserError as exc:
            raise PageError(400, _user_error(exc)) from None
        return RedirectResponse("/dashboard/admin?done=user", 303)

    app.include_router(router)


# ---------------------------------------------------------------- helpers
def _safe_next(target: str) -> str:
    """Only our own pages after signing in (no open redirect)."""
    if target.startswith("/dashboard") and not target.startswith("//") and "\\" not in target:
        return target
    return "/dashboard/"


def _user_error(exc: Exception) -> str:
    text = str(exc)
    return N_("The password needs at least 10 characters.") if "at least" in text else text


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: the open-data package's rule against spreadsheet formulas."""
    if value is None:
        return ""
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _json_script(value: Any) -> str:
    """JSON safe inside <script type="application/json">: no "</script>" can close it early."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _r1(v: float | None) -> float | None:
    return None if v is None else round(float(v), 1)


def _pct(part: int | None, whole: int | None) -> str:
    return f"{round(100 * (part or 0) / whole)} %" if whole else "–"


def _days_late(due: str | None, today: str) -> int:
    if not due or due >= today:
        return 0
    return (date.fromisoformat(today) - date.fromisoformat(due[:10])).days


def _crumbs(path: str, floor: str) -> list[tuple[str, str]]:
    """(name, path) for each level above the current place that the user may open."""
    parts = path.split(derived.SEP) if path else []
    out = []
    for i in range(len(parts)):
        p = derived.SEP.join(parts[: i + 1])
        if queries.within(p, floor) or p == floor:
            out.append((parts[i], p))
    return out


def _waiting_files(conn: Any, org: str) -> dict[str, int]:
    """Per device: attachments announced but not yet received."""
    rows = conn.execute(
        sa.select(t.records.c.device_id, t.records.c.data).where(
            t.records.c.organisation_id == org,
            t.records.c.entity == "attachment",
            t.records.c.deleted.is_(False),
        )
    ).all()
    have = set(
        conn.execute(sa.select(t.blobs.c.sha256).where(t.blobs.c.organisation_id == org)).scalars()
    )
    out: dict[str, int] = {}
    for device_id, data in rows:
        if json.loads(data).get("sha256") not in have:
            out[device_id] = out.get(device_id, 0) + 1
    return out


class Fmt:
    """How figures are written on pages and in CSVs: number + word + band, never colour alone."""

    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.w = ctx.words

    def num(self, v: float | None) -> str:
        return self.w.num(v) if v is not None else "–"

    def signed(self, v: float | None) -> str:
        return self.w.signed(v)

    def n100(self, v: float | None) -> str:
        return self.w.num(v, 0) if v is not None else "–"

    def word(self, v: float | None, scale_code: str) -> str:
        if v is None:
            return "–"
        return self.w.vocab("Scale", get_scale(scale_code).word(v))

    def band100(self, v: float | None, key: str) -> dict[str, str]:
        b = bands.rule_for(self.ctx.rules, key).band(v)
        return {"code": b.code, "word": self.w(b.word), "symbol": b.symbol}

    def indicator(self, key: str, text: str) -> str:
        return text if key.startswith("custom-") else self.w.vocab("Library", text)

    def stage(self, code: str | None) -> str:
        return self.w.vocab("Stage", STAGE_NAMES.get(code, code)) if code else "–"

    def sector(self, code: str) -> str:
        return self.w.vocab("Vocabulary", SECTORS.get(code, code))

    def status(self, code: str) -> str:
        return self.w.vocab("Vocabulary", ACTION_STATUSES.get(code, code))

    def breakdown(self, b: str) -> str:
        names = {"group_type": N_("Group type"), "gender": N_("Gender"), "age_band": N_("Age band")}
        return self.w(names.get(b, b))

    def category(self, b: str, c: str) -> str:
        if c == "unknown":
            return self.w("Not recorded")
        if b == "group_type":
            return self.w.vocab("Vocabulary", GROUP_TYPES.get(c, c))
        if b == "gender":
            return self.w.vocab("Vocabulary", GENDERS.get(c, c))
        return c if c in AGE_BANDS else c

    def arrow(self, change: float | None) -> dict[str, str]:
        if change is None:
            return {"symbol": "", "text": self.w("No previous round")}
        if change > 0.0005:
            return {
                "symbol": "▲",
                "text": self.w("Up {n} since the previous round", n=self.signed(change)),
            }
        if change < -0.0005:
            return {
                "symbol": "▼",
                "text": self.w("Down {n} since the previous round", n=self.signed(change)),
            }
        return {"symbol": "=", "text": self.w("Unchanged since the previous round")}

    def cell(self, r: Any, key: str) -> dict[str, Any]:
        """One league-table or results cell."""
        if r is None or r.score is None:
            b = self.band100(None, key)
            return {
                "number": "–",
                "word": "",
                "band": b,
                "band_word": b["word"],
                "arrow": self.arrow(None),
                "change": "",
            }
        b = self.band100(r.score_100, key)
        return {
            "number": display_value(r.score) if self.ctx.lang == "en" else self.num(r.score),
            "word": self.word(r.score, r.scale_code),
            "band": b,
            "band_word": b["word"],
            "arrow": self.arrow(r.change),
            "change": self.signed(r.change) if r.change is not None else "",
        }
