"""A cookie-keeping HTTP client over a real socket for the web face's forms (log-in, CSRF), redirects not followed."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode


class _Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the test reads the 303 itself


class Visitor:
    """One browser: its own cookies, its own headers (an X-Forwarded-For, say) on every request."""

    def __init__(self, base: str, headers: dict[str, str] | None = None) -> None:
        self.base = base
        self.headers = headers or {}
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _Stay)

    def call(self, path: str, form: dict[str, str] | None = None, method: str | None = None) -> tuple[int, str]:
        data = urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, data=data, headers=self.headers, method=method)
        try:
            with self.opener.open(request, timeout=30) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read().decode()

    def csrf(self, path: str) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.call(path)[1])
        assert found, path
        return found.group(1)

    def drop(self, cookie: str) -> None:
        """Forget one cookie (the session, say, as when the browser is closed), keeping the others."""
        for kept in [c for c in self.jar if c.name == cookie]:
            self.jar.clear(kept.domain, kept.path, kept.name)

    def log_in(self, name: str, password: str) -> int:
        form = {"name": name, "password": password, "csrf": self.csrf("/login?again=1"), "next": "/"}
        return self.call("/login", form)[0]
