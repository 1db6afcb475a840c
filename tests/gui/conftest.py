import pytest

from scorecard_app.gui import workers


@pytest.fixture(autouse=True)
def english_as_at_start(qapp):
    """The app starts by setting its language (English here, with its plural forms)."""
    from scorecard_app.gui.i18n_runtime import language_manager, set_language

    if language_manager().language == "en":
        set_language("en")


@pytest.fixture(autouse=True)
def synchronous_workers(monkeypatch):
    """Background jobs run inline in tests, so results are there when the call returns."""
    monkeypatch.setattr(workers, "SYNCHRONOUS", True)
