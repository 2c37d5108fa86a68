"""The command-line face: every command is a thin layer over the same functions the web face uses.

app.py holds the `intake` app and what every command shares; each other module is one group of commands,
registered on the app when it is imported here.
"""

from __future__ import annotations

import sys

# Importing a group registers its commands on the app, in this order: the order of `intake --help`.
# isort: off
from intake.cli import service, mail, cases, setup, messages, records, review, fulfil, tokens, report, notes  # noqa: F401

# isort: on
from intake.cli.app import app, err
from intake.errors import IntakeError

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry: user errors are one line on stderr and exit code 2, never a traceback."""
    try:
        app()
    except IntakeError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(2)
