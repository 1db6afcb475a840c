"""What a command tells the user on stdout, in the CLI's language.

`cli.main` puts that language on the parsed arguments (`args.message_lang`: --lang, else the
environment's); commands say `say(args, message("Command", "Wrote {path}"), path=out)`. A count
inside a sentence has no plural forms here: a translation may say it as a label ("kết quả: 3").
"""

from __future__ import annotations

from typing import Any

from scorecard_app.core.text import Message
from scorecard_app.i18n import DEFAULT_LANGUAGE, translate, translator


def language_of(args) -> str:
    return getattr(args, "message_lang", DEFAULT_LANGUAGE)


def say(args, what: Message, **values: Any) -> None:
    print(text(args, what, **values))


def text(args, what: Message, **values: Any) -> str:
    return translator(language_of(args)).message(what.with_values(**values))


def word(args, context: str, source: str) -> str:
    """A word marked elsewhere (a stage name, a status) in the CLI's language."""
    return translate(context, source, language_of(args))
