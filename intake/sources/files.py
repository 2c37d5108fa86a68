"""Files as a source: .eml files, folders of them, mbox files and Maildir folders, stored like any mail."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from intake.errors import InputError


@dataclass
class RawMail:
    label: str  # where it came from, for messages to the user: path or path#index
    raw: bytes


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(5) == b"From "


def read(paths: list[Path]) -> Iterator[RawMail]:
    """Every message under the given paths, in a stable order."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if _is_maildir(path):
            box = mailbox.Maildir(str(path), factory=None, create=False)
            for key in sorted(box.keys()):
                with box.get_file(key) as f:
                    yield RawMail(f"{path}#{key}", f.read())
        elif path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            inner = [p for p in children if p.suffix.lower() in {".eml", ".msg", ".mbox"} or _is_mbox(p)]
            for child in inner:
                yield from read([child])
        elif _is_mbox(path):
            mbox = mailbox.mbox(str(path), create=False)
            for index, key in enumerate(mbox.keys()):
                yield RawMail(f"{path}#{index}", mbox.get_bytes(key, from_=False))
        else:
            yield RawMail(str(path), path.read_bytes())


def count(paths: list[Path]) -> int:
    return sum(1 for _ in read(paths))
