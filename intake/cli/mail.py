"""What intake reads in a mail and whom it matches, shown without storing anything: `intake parse`, `intake verify`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intake.cli.app import app, current_settings, open_session, out, print_json
from intake.errors import InputError

if TYPE_CHECKING:
    from intake.understand import ParsedEmail


def _read(path: Path) -> ParsedEmail:
    """A message file parsed, or one line saying why it cannot be (never a traceback)."""
    from intake.understand.parse import parse as parse_bytes

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    try:
        return parse_bytes(raw)
    except Exception as exc:  # parse() means never to raise; if it does, say so in one line
        raise InputError(f"{path}: cannot be read as a mail message ({type(exc).__name__})") from None


@app.command()
def parse(
    files_: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Message files (.eml).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = True,
) -> None:
    """Show what intake understands of messages, without storing them.

    Example: intake parse --json tests/corpus/*.eml
    """
    from intake.understand.extract import extract

    config = current_settings().extract
    for path in files_:
        parsed = _read(path)
        result = extract(parsed, config)
        row = {"file": str(path), "from": parsed.from_addr, "subject": parsed.subject, **result.to_json()}
        if as_json:
            print_json(row)
        else:
            out.print(f"{path}: {result.kind} {result.language} rights={','.join(result.rights)} name={result.name}")


@app.command()
def verify(
    files_: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Message files (.eml).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = True,
) -> None:
    """Match the senders of messages against the subject records, with evidence.

    Example: intake verify --json request.eml
    """
    from intake.identity import verify as verify_module
    from intake.understand.extract import extract

    config = current_settings().extract
    verify_config = current_settings().verify
    with open_session() as session:
        for path in files_:
            parsed = _read(path)
            match = verify_module.verify(session, extract(parsed, config), parsed, config=verify_config)
            row = {"file": str(path), **match.to_json()}
            if as_json:
                print_json(row)
            else:
                out.print(f"{path}: {match.status} {match.subject_id or ''} score={match.score:.3f}")
