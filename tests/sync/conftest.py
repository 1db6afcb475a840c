import pytest

from scorecard_app.sync_client import enrol
from scorecard_app.sync_client.transport import Backoff

from .stub_server import StubHeadOffice


@pytest.fixture
def fast_backoff():
    return Backoff(base=0.001, cap=0.01, attempts=4)


@pytest.fixture
def head_office():
    with StubHeadOffice() as stub:
        yield stub


@pytest.fixture
def enrolled_demo(demo_store, head_office, fast_backoff):
    enrol(demo_store, head_office.url, "ABCD-1234", label="test laptop", backoff=fast_backoff)
    head_office.requests.clear()
    return demo_store
