import pytest

from scorecard_app.sync_client import enrol
from scorecard_app.sync_client.transport import Backoff

from .headoffice import HeadOffice


@pytest.fixture
def fast_backoff():
    return Backoff(base=0.01, cap=0.1, attempts=6)


@pytest.fixture
def head_office(tmp_path):
    ho = HeadOffice(tmp_path / "ho").start()
    yield ho
    ho.stop()


@pytest.fixture
def enrolled_demo(demo_store, head_office, fast_backoff):
    enrol(demo_store, head_office.url, head_office.enrol_code("demo laptop"), backoff=fast_backoff)
    return demo_store
