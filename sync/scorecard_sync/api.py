"""The HTTP API (protocol v1). Endpoints are thin: the work is in apply, feed, blobs, devices."""

import logging
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from . import PROTOCOL_VERSIONS, __version__
from . import tables as t
from .apply import Device, apply_ops
from .blobs import BlobError, BlobState, BlobStore
from .config import Settings, read_engine
from .cycles import check, snapshot
from .db import DatabaseBusy, make_engine, utc_now, write
from .devices import AuthError, EnrolError, authenticate, enrol
from .feed import pull
from .limits import BodyLimit, FailureLimit
from .opendata import install_routes as install_open_data

log = logging.getLogger("scorecard_sync")
RETRY_AFTER_SECONDS = 2
HEX64 = r"^[0-9a-f]{64}$"
IDENT = r"^[A-Za-z0-9._:-]+$"  # record and op ids: what the contract allows (UUIDs, library codes)
WORD = r"^[a-z_]+$"
TEXT = r"^[^\x00]*$"  # any text but NUL, which PostgreSQL cannot store


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ):
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.extra = (
            status,
            code,
            message,
            headers,
            extra,
        )


class ErrorBody(BaseModel):
    error: str
    message: str


def _no_lone_surrogates(value: Any) -> Any:
    """JSON may spell half a UTF-16 pair ("\\ud800"); such text cannot be stored or hashed."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode (a lone surrogate was sent)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_lone_surrogates(key)
            _no_lone_surrogates(item)
    elif isinstance(value, list):
        for item in value:
            _no_lone_surrogates(item)
    return value


class Clean(BaseModel):
    """A request body whose text is all valid Unicode (else a 422, never a 500)."""

    @model_validator(mode="before")
    @classmethod
    def _unicode(cls, data: Any) -> Any:
        return _no_lone_surrogates(data)


class EnrolRequest(Clean):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, max_length=64, pattern=TEXT)
    device_label: str = Field(max_length=200, pattern=TEXT)
    app_version: str = Field(max_length=50, pattern=TEXT)
    public_key: str | None = Field(default=None, pattern=HEX64)  # the laptop's Ed25519 key


class EnrolResponse(BaseModel):
    device_id: str
    token: str
    server_id: str
    organisation_id: str
    organisation_name: str
    server_time: str
    headoffice_key: str
    signing_keys: list[dict[str, Any]] = []


class DeviceKeyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    public_key: str = Field(pattern=HEX64)


class DeviceKeyResponse(BaseModel):
    registered: bool
    headoffice_key: str


class Limits(BaseModel):
    max_batch_ops: int
    max_body_bytes: int
    max_blob_chunk_bytes: int
    max_blob_bytes: int


class Hello(BaseModel):
    server_id: str
    server_time: str
    protocol_versions: list[int]
    limits: Limits
    server_version: str
    # Op fields this server computes itself, which a laptop may leave out of a push.
    server_computes: list[str] = ["payload_hash"]


class Op(Clean):
    model_config = ConfigDict(extra="forbid")
    op_id: str = Field(min_length=1, max_length=64, pattern=IDENT)
    entity: str = Field(min_length=1, max_length=32, pattern=WORD)
    record_id: str = Field(min_length=1, max_length=64, pattern=IDENT)
    op: str = Field(min_length=1, max_length=16, pattern=WORD)
    fields: dict[str, Any]
    base: dict[str, Any]
    base_version: int = Field(ge=0, le=2**62)
    cycle_id: str | None = Field(default=None, max_length=64, pattern=IDENT)
    created_at: str = Field(max_length=40, pattern=TEXT)
    # The server computes the hash itself; a laptop of an earlier version still sends one, and
    # it is checked (apply.py). Absent from today's laptops: half the bytes of a push.
    payload_hash: str | None = Field(default=None, pattern=HEX64)


class PushRequest(Clean):
    model_config = ConfigDict(extra="forbid")
    batch_id: str = Field(min_length=1, max_length=64, pattern=TEXT)
    ops: list[Op]


class OpResult(BaseModel):
    model_config = ConfigDict(extra="allow")
    op_id: str
    status: Literal["applied", "duplicate", "conflict", "deferred", "rejected"]
    original_status: str | None = None
    reason: str | None = None
    conflict_id: str | None = None
    conflict: dict[str, dict[str, Any]] | None = None


class PushResponse(BaseModel):
    results: list[OpResult]
    server_time: str


class Change(BaseModel):
    seq: int
    entity: str
    record_id: str
    op: Literal["upsert", "delete"]
    fields: dict[str, Any]
    server_time: str


class PullResponse(BaseModel):
    changes: list[Change]
    next_since: int
    more: bool
    cycles: list[str] = []  # the cycles this laptop works on (its own and assigned ones)


class CycleRecord(BaseModel):
    entity: str
    record_id: str
    deleted: bool
    fields: dict[str, Any]


class CycleSnapshot(BaseModel):
    cycle_id: str
    records: list[CycleRecord]


class EntityDigest(BaseModel):
    count: int
    digest: str


class CheckResponse(BaseModel):
    cycles: dict[str, dict[str, EntityDigest]]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 409, 413, 422, 429, 503)
}


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    engine = engine or make_engine(settings.database_url)
    blob_store = BlobStore(settings.blob_dir, engine, settings.max_blob_bytes)
    with engine.connect() as conn:
        server_id = conn.execute(
            sa.select(t.meta.c.value).where(t.meta.c.key == "server_id")
        ).scalar()
    if server_id is None:
        raise RuntimeError("The database is not set up: run `scorecard-sync migrate` first.")

    docs = settings.api_docs  # the API description helps an attacker more than a laptop
    app = FastAPI(
        title="Scorecard head-office sync",
        version=__version__,
        description="Protocol v1: see docs/protocol.md and sync/schema/v1.",
        openapi_url="/openapi.json" if docs else None,
        docs_url="/docs" if docs else None,
        redoc_url=None,
    )
    enrol_limit = FailureLimit(settings.enrol_failures_per_window, settings.enrol_window_seconds)
    app.state.engine = engine
    app.state.settings = settings
    # Reads that may lag (dashboard, exports) go to DATABASE_URL_READ when set, else the main engine.
    app.state.read_engine = read_engine(settings, engine)
    bearer = HTTPBearer(auto_error=False, description="The device token from POST /v1/enrol")

    def current_device(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Device:
        try:
            return authenticate(engine, creds.credentials if creds else None)
        except AuthError as exc:
            raise ApiError(401, exc.code, exc.message, {"WWW-Authenticate": "Bearer"}) from None

    DeviceDep = Annotated[Device, Depends(current_device)]

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            {"error": exc.code, "message": exc.message, **exc.extra},
            exc.status,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"The request is not in the expected form: {where or 'body'}: {first.get('msg', 'invalid')}."
        return JSONResponse({"error": "invalid_request", "message": message}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        words = {
            404: ("not_found", "There is nothing at this address."),
            405: ("method_not_allowed", "This address does not accept that method."),
        }
        code, message = words.get(exc.status_code, ("http_error", str(exc.detail)))
        return JSONResponse(
            {"error": code, "message": message},
            exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    async def _busy(_request: Request, exc: Exception) -> JSONResponse:
        # Locked by a long writer, the pool exhausted, PostgreSQL restarting: nothing is wrong
        # with the request; the laptop waits Retry-After seconds and sends it again.
        log.warning("database busy: %s", type(exc).__name__)
        return JSONResponse(
            {
                "error": "busy",
                "message": "Head office's database is busy. Nothing was lost; the laptop tries again shortly.",
            },
            503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )

    for busy in (DatabaseBusy, OperationalError, PoolTimeout):
        app.add_exception_handler(busy, _busy)

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")  # the trace stays in the server log, never in the answer
        return JSONResponse(
            {
                "error": "server_error",
                "message": "The server had a problem. Nothing was lost; try again later.",
            },
            500,
        )

    @app.post("/v1/enrol", status_code=201, response_model=EnrolResponse, responses=ERRORS)
    def enrol_device(body: EnrolRequest, request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else "unknown"
        wait = enrol_limit.wait_for(address)
        if wait:
            raise ApiError(
                429,
                "too_many_attempts",
                "Too many wrong enrolment codes from this address. Wait a while, then try again.",
                {"Retry-After": str(wait)},
            )
        try:
            return enrol(engine, body.code, body.device_label, body.app_version, body.public_key)
        except EnrolError as exc:
            enrol_limit.failed(address)
            raise ApiError(403, "bad_code", str(exc)) from None

    @app.post("/v1/device-key", response_model=DeviceKeyResponse, responses=ERRORS)
    def device_key(body: DeviceKeyRequest, device: DeviceDep) -> dict[str, Any]:
        """A laptop enrolled before signed bundles registers its public key (once)."""
        from .keys import KeyRefused, headoffice_public_key, register_device_key

        try:
            with write(engine) as conn:
                registered = register_device_key(
                    conn, device.organisation_id, device.id, device.label, body.public_key
                )
                headoffice_key = headoffice_public_key(conn, device.organisation_id)
        except KeyRefused as exc:
            raise ApiError(409, "key_exists", str(exc)) from None
        return {"registered": registered, "headoffice_key": headoffice_key}

    @app.get("/v1/hello", response_model=Hello)
    def hello() -> dict[str, Any]:
        return {
            "server_id": server_id,
            "server_time": utc_now(),
            "protocol_versions": PROTOCOL_VERSIONS,
            "limits": settings.limits(),
            "server_version": __version__,
        }

    @app.post(
        "/v1/push", response_model=PushResponse, response_model_exclude_none=True, responses=ERRORS
    )
    def push(body: PushRequest, device: DeviceDep) -> dict[str, Any]:
        if len(body.ops) > settings.max_batch_ops:
            raise ApiError(
                413, "too_many_ops", f"Send at most {settings.max_batch_ops} changes at a time."
            )
        ops = [
            op.model_dump(exclude={"payload_hash"} if op.payload_hash is None else None)
            for op in body.ops
        ]
        results = apply_ops(engine, device, ops)
        return {"results": results, "server_time": utc_now()}

    @app.get("/v1/pull", response_model=PullResponse, responses=ERRORS)
    def pull_changes(
        device: DeviceDep,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    ) -> dict[str, Any]:
        return pull(
            engine, device.organisation_id, since, min(limit, settings.pull_limit_max), device.id
        )

    @app.get("/v1/cycles/{cycle_id}", response_model=CycleSnapshot, responses=ERRORS)
    def cycle_snapshot(
        cycle_id: Annotated[str, Path(min_length=1, max_length=64, pattern=IDENT)],
        device: DeviceDep,
    ) -> dict[str, Any]:
        found = snapshot(engine, device, cycle_id)
        if found is None:
            raise ApiError(404, "not_found", "This laptop does not work on that cycle.")
        return found

    @app.get("/v1/check", response_model=CheckResponse, responses=ERRORS)
    def check_cycles(device: DeviceDep) -> dict[str, Any]:
        return check(engine, device)

    def _blob_headers(state: BlobState) -> dict[str, str]:
        headers = {
            "Upload-Offset": str(state.offset),
            "Upload-Complete": "?1" if state.complete else "?0",
            "Cache-Control": "no-store",
        }
        if state.length is not None:
            headers["Upload-Length"] = str(state.length)
        return headers

    def _blob_call(fn: Any, *args: Any) -> BlobState:
        try:
            return fn(*args)
        except BlobError as exc:
            headers = {"Upload-Offset": str(exc.offset)} if exc.offset is not None else None
            extra = {"offset": exc.offset} if exc.offset is not None else {}
            raise ApiError(exc.status, exc.code, exc.message, headers, **extra) from None

    @app.head("/v1/blobs/{sha256}", responses=ERRORS)
    def blob_offset(sha256: str, device: DeviceDep) -> Response:
        state = _blob_call(blob_store.state, device.organisation_id, sha256)
        return Response(status_code=200, headers=_blob_headers(state))

    @app.patch(
        "/v1/blobs/{sha256}",
        status_code=204,
        responses={201: {"description": "complete"}, **ERRORS},
    )
    async def blob_chunk(
        sha256: str,
        request: Request,
        device: DeviceDep,
        upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, le=2**62)],
        upload_length: Annotated[int, Header(alias="Upload-Length", ge=0, le=2**62)],
    ) -> Response:
        chunk = await request.body()
        state = await run_in_threadpool(
            _blob_call,
            blob_store.write_chunk,
            device.organisation_id,
            device.id,
            sha256,
            upload_offset,
            upload_length,
            chunk,
        )
        return Response(status_code=201 if state.complete else 204, headers=_blob_headers(state))

    install_open_data(app, settings, engine, app.state.read_engine)  # GET /open-data/… (public)
    from .dashboard import mount  # the head office's pages under /dashboard (issue #10)

    mount(app, engine, settings)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(
        BodyLimit, max_body=settings.max_body_bytes, max_chunk=settings.max_blob_chunk_bytes
    )
    return app


def app_from_env() -> FastAPI:
    """The app as each worker of `scorecard-sync serve --workers N` builds it."""
    return create_app(Settings.from_env())
