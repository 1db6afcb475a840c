"""schemathesis generates requests from the server's own OpenAPI: none may end in a 5xx."""

from __future__ import annotations

import dataclasses

import pytest
import schemathesis
from hypothesis import HealthCheck, given, seed
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode
from scorecard_sync.api import create_app

# Generated requests by the hundred against real servers: left out of `make test-fast`
pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 25


def test_generated_requests_never_get_a_server_error(settings, engine, server):
    device = server.enrol("Fuzzer")
    app = create_app(dataclasses.replace(settings, api_docs=True), engine)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[tuple] = []
    counter = [0]
    for result in schema.get_all_operations():
        for mode in GenerationMode:  # valid requests and deliberately invalid ones
            run_operation(result.ok(), mode, device["token"], failures, counter)
    assert counter[0] > 200
    assert not failures, failures[:5]


def run_operation(
    operation, mode: GenerationMode, device_token: str, failures: list, counter: list[int]
) -> None:
    @seed(20261122)
    @hypothesis_settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(mode))
    def run(case):
        for token in (device_token, None):
            headers = dict(case.headers or {})
            headers.pop("Authorization", None)
            if token:
                headers["Authorization"] = f"Bearer {token}"
            case.headers = headers
            response = case.call()
            counter[0] += 1
            if response.status_code >= 500:
                failures.append(
                    (operation.method, operation.path, response.status_code, response.text[:200])
                )

    try:
        run()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE  # e.g. /v1/hello has nothing to get wrong
