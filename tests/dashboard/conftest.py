import pytest

from .world import build


@pytest.fixture(scope="session")
def world(tmp_path_factory):
    w = build(tmp_path_factory.mktemp("dashboard"))
    yield w
    w.close()
