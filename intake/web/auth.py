"""Who may log in to the web face, signed session cookies, and a brake on password guessing.

Run `python -m intake.web.auth [--role ROLE] [--organisation ID] NAME` to print a `NAME:ROLE:argon2-hash` line for
the users file (`NAME:ROLE@ID:argon2-hash` for a user who sees only organisation ID's cases).
"""

from __future__ import annotations

import base64
import binascii
import functools
import getpass
import hashlib
import hmac
import json
import re
import secrets
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from intake.errors import SettingsError

_hasher = PasswordHasher()
# Checked against when the name is unknown, so that a wrong name takes as long as a wrong password.


@functools.cache
def dummy_hash() -> str:
    """A hash to verify against for an unknown name, so that it takes as long as a known one's.

    Made on first use, not at import: every `intake` command imports this module, and an Argon2 hash at
    import cost every start (the worker's, the first acknowledgement's) a second on a loaded machine.
    The web server makes it as it starts, so no log-in pays for it.
    """
    return _hasher.hash(secrets.token_hex(16))


# Names end up in the audit trail and on every page: printable, short, no separators of the users file.
NAME = re.compile(r"[^\W_][\w .@'-]{0,63}")
# viewer reads; dpo decides and approves; admin does what a dpo does (users and settings are the files for now).
ROLES = ("viewer", "dpo", "admin")
DECIDERS = frozenset({"dpo", "admin"})
# A line without a role predates roles, when everyone who could log in could approve: it keeps that power.
DEFAULT_ROLE = "dpo"
NOWHERE = "-"  # an organisation no [[organisation]] id can be: a user bound to it sees no case
ORGANISATION = re.compile(r"[a-z0-9][a-z0-9_-]{0,23}")  # an [[organisation]] id (intake/organisations.py SLUG)


def valid_name(name: str) -> bool:
    return bool(NAME.fullmatch(name)) and name == name.strip()


def _fingerprint(secret: str) -> str:
    """A short digest of a credential, kept in the session so that changing a password ends its sessions."""
    return hashlib.sha256(f"intake-web:{secret}".encode()).hexdigest()[:16]


def _verify(stored: str, password: str) -> bool:
    """Compare with an argon2 hash, or in constant time with a plain password from the settings."""
    if stored.startswith("$argon2"):
        try:
            return _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
    return hmac.compare_digest(stored.encode(), password.encode())


class Credentials:
    """The one way to log in that is configured: a users file, a shared password, or a one-time password."""

    mode: str  # "users_file", "password" or "one_time"
    names_fixed: bool  # True when the name must be one of the users file; else any valid name is accepted

    def check(self, name: str, password: str) -> bool:
        raise NotImplementedError

    def fingerprint(self, name: str) -> str | None:
        """The current credential's digest for `name`, or None when the name may no longer log in."""
        raise NotImplementedError

    def role(self, name: str) -> str:
        """What `name` may do, read afresh at every request: a changed role applies at the next click."""
        return DEFAULT_ROLE

    def organisation(self, name: str) -> str | None:
        """The one organisation whose cases `name` sees, where several share the deployment; None: every one."""
        return None


class SharedPassword(Credentials):
    """One password for everyone (small setups); each person types their own name for the audit trail."""

    names_fixed = False

    def __init__(self, password: str, mode: str = "password") -> None:
        self.password = password
        self.mode = mode

    def check(self, name: str, password: str) -> bool:
        return valid_name(name) and _verify(self.password, password)

    def fingerprint(self, name: str) -> str | None:
        return _fingerprint(self.password) if valid_name(name) else None


class UsersFile(Credentials):
    """`name:role:argon2hash` lines (or `name:argon2hash`, a dpo); re-read when the file changes, so adding or
    removing a person, or changing a role, needs no restart."""

    mode = "users_file"
    names_fixed = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._users: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._organisations: dict[str, str] = {}
        self.users()  # a missing or malformed file stops the start, not the first log-in

    def users(self) -> dict[str, str]:
        try:
            stat = self.path.stat()
        except OSError as exc:
            raise SettingsError(f"INTAKE_WEB_USERS_FILE: cannot read {self.path} ({exc.strerror})") from None
        with self._lock:
            if self._stamp != (stat.st_mtime_ns, stat.st_size):
                self._users, self._roles, self._organisations = self._parse(self.path.read_text(encoding="utf-8"))
                self._stamp = (stat.st_mtime_ns, stat.st_size)
            return self._users

    def _parse(self, text: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        users: dict[str, str] = {}
        roles: dict[str, str] = {}
        bound: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            # An argon2 hash holds no colon and a name may not: two colons mean a role stands between them.
            fields = line.split(":")
            name, role, hashed = (fields[0], DEFAULT_ROLE, fields[1]) if len(fields) == 2 else (fields + ["", ""])[:3]
            if len(fields) not in (2, 3) or not valid_name(name) or not hashed.startswith("$argon2"):
                raise SettingsError(
                    f"{self.path}:{number}: expected 'name:role:$argon2id$...' "
                    "(make one with: python -m intake.web.auth --role dpo NAME)"
                )
            # ROLE@ORGANISATION binds the user to one organisation's cases; a role alone (older lines) sees all.
            role, at, org = role.partition("@")
            if role not in ROLES:
                raise SettingsError(f"{self.path}:{number}: role {role!r}: expected one of {', '.join(ROLES)}")
            if at and not ORGANISATION.fullmatch(org):
                raise SettingsError(f"{self.path}:{number}: organisation {org!r}: expected an [[organisation]] id")
            users[name] = hashed
            roles[name] = role
            if at:
                bound[name] = org
        if not users:
            raise SettingsError(f"{self.path}: no users; add one with: python -m intake.web.auth NAME >> {self.path}")
        return users, roles, bound

    def check(self, name: str, password: str) -> bool:
        try:
            hashed = self.users().get(name)
        except SettingsError:
            return False  # a broken edit of the file locks everyone out until fixed, rather than letting anyone in
        if hashed is None:
            _verify(dummy_hash(), password)
            return False
        return _verify(hashed, password)

    def fingerprint(self, name: str) -> str | None:
        try:
            hashed = self.users().get(name)
        except SettingsError:
            return None
        return _fingerprint(hashed) if hashed else None

    def role(self, name: str) -> str:
        try:
            self.users()
        except SettingsError:
            return "viewer"  # a broken file decides nothing; the log-out at the next click follows from fingerprint
        return self._roles.get(name, "viewer")

    def organisation(self, name: str) -> str | None:
        try:
            self.users()
        except SettingsError:
            return NOWHERE  # a broken file shows nothing until fixed; the log-out follows from fingerprint
        return self._organisations.get(name)

    def bound(self) -> set[str]:
        """The organisations users are bound to (checked against [[organisation]] when the web face starts)."""
        self.users()
        return set(self._organisations.values())


class SessionCodec:
    """Session data as a signed (not encrypted) cookie value: base64 JSON, a dot, an HMAC-SHA256 of it."""

    def __init__(self, key: bytes, max_age: int) -> None:
        self.key = key
        self.max_age = max_age

    def _sign(self, payload: bytes) -> str:
        digest = hmac.new(self.key, payload, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def dumps(self, data: dict[str, Any]) -> str:
        payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).rstrip(b"=")
        return f"{payload.decode()}.{self._sign(payload)}"

    def loads(self, value: str | None) -> dict[str, Any] | None:
        """The session, or None when the cookie is missing, forged, damaged or older than max_age."""
        if not value or value.count(".") != 1:
            return None
        payload, signature = value.split(".")
        if not hmac.compare_digest(signature, self._sign(payload.encode())):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except (binascii.Error, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("t"), int | float):
            return None
        if time.time() - data["t"] > self.max_age:
            return None
        return data


@dataclass
class Throttle:
    """Failed log-ins counted per client and name (`limit` within `window` seconds) and per name from anywhere
    (`name_limit`). One client failing, whatever the name, holds back only itself for that name: behind a shared
    proxy, failures for a made-up name lock nobody out. Guessing one account from many addresses stops at
    `name_limit`, except for a browser that logged in as that name before (`device`), counted on its own."""

    limit: int = 10
    name_limit: int = 30
    window: float = 600.0
    most_keys: int = 50_000  # made-up names and addresses must not fill the memory

    def __post_init__(self) -> None:
        self._failures: dict[tuple[str, ...], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, ...], now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    @staticmethod
    def _keys(client: str, name: str, device: str | None) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
        name = name.strip().casefold()[:64]
        who = ("device", device) if device else ("client", client)
        return (*who, name), (None if device else ("name", name))

    def blocked(self, client: str, name: str, device: str | None = None) -> bool:
        mine, everyone = self._keys(client, name, device)
        with self._lock:
            now = time.monotonic()
            if len(self._recent(mine, now)) >= self.limit:
                return True
            return everyone is not None and len(self._recent(everyone, now)) >= self.name_limit

    def failed(self, client: str, name: str, device: str | None = None) -> None:
        mine, everyone = self._keys(client, name, device)
        with self._lock:
            now = time.monotonic()
            if len(self._failures) > self.most_keys:
                for key in [k for k, v in self._failures.items() if not v or now - v[-1] > self.window]:
                    del self._failures[key]
            self._recent(mine, now).append(now)
            if everyone is not None:
                self._recent(everyone, now).append(now)

    def succeeded(self, client: str, name: str, device: str | None = None) -> None:
        mine, _ = self._keys(client, name, device)
        with self._lock:
            self._failures.pop(mine, None)


def hash_line(name: str, password: str, role: str = DEFAULT_ROLE, organisation: str = "") -> str:
    """One line of the users file; `organisation` binds the user to that organisation's cases."""
    if not valid_name(name):
        raise SettingsError(f"{name!r}: a user name is letters, digits, spaces and . @ ' - (at most 64)")
    if role not in ROLES:
        raise SettingsError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if organisation and not ORGANISATION.fullmatch(organisation):
        raise SettingsError(f"organisation {organisation!r}: expected an [[organisation]] id")
    return f"{name}:{role}{'@' + organisation if organisation else ''}:{_hasher.hash(password)}"


def main(argv: list[str] | None = None) -> int:
    """Print a users-file line for NAME, asking for the password twice (nothing is echoed or stored)."""
    args = list(sys.argv[1:] if argv is None else argv)
    role, organisation = DEFAULT_ROLE, ""
    while len(args) >= 3 and args[0] in ("--role", "--organisation"):
        if args[0] == "--role":
            role = args[1]
        else:
            organisation = args[1]
        args = args[2:]
    if len(args) != 1 or args[0].startswith("-"):
        usage = f"[--role {'|'.join(ROLES)}] [--organisation ID] NAME >> users.txt"
        print(f"usage: python -m intake.web.auth {usage}", file=sys.stderr)
        return 2
    if role not in ROLES:
        print(f"error: role {role!r}: expected one of {', '.join(ROLES)}", file=sys.stderr)
        return 2
    first = getpass.getpass(f"password for {args[0]}: ")
    if len(first) < 12:
        print("error: use at least 12 characters", file=sys.stderr)
        return 2
    if getpass.getpass("again: ") != first:
        print("error: the two passwords differ", file=sys.stderr)
        return 2
    try:
        print(hash_line(args[0], first, role, organisation))
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
