"""Run the web face with uvicorn in a background thread of `intake run`, and stop it again."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass

import uvicorn

from intake.errors import IntakeError
from intake.settings import Settings
from intake.web import auth
from intake.web.app import create_app
from intake.web.config import WebConfig

START_TIMEOUT = 30.0


@dataclass
class Handle:
    """A running web server: where it listens, and how to stop it."""

    server: uvicorn.Server
    thread: threading.Thread
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def start(settings: Settings, config: WebConfig | None = None) -> Handle:
    """Serve the pages on settings.web_listen (port 0 picks a free one); returns once it accepts connections.

    Raises SettingsError when serving would be unsafe (no log-in configured beyond loopback), IntakeError when
    the address cannot be used.
    """
    app = create_app(settings, config)
    auth.dummy_hash()  # before the first log-in, so that an unknown name's first check takes no longer than later
    host, _, port = settings.web_listen.rpartition(":")
    host = host.strip("[]")
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=int(port),
            lifespan="off",
            log_config=None,  # keep the service's logfmt set-up (intake.logs) instead of uvicorn's own
            access_log=False,  # URLs name cases; who did what is in the audit trail
            server_header=False,
            proxy_headers=False,  # X-Forwarded-For is read from [web] trusted_proxies only (intake.web.client)
        )
    )
    thread = threading.Thread(target=server.run, name="web", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise IntakeError(f"INTAKE_WEB_LISTEN={settings.web_listen}: cannot listen there (in use, or not ours?)")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()
    handle = Handle(server, thread, host, int(bound[1]))
    password = app.state.web.one_time_password
    if password:
        # Shown to the person at the terminal only, never logged, never written where stdout is redirected (a file,
        # the journal): those travel further than a terminal and outlive the password's meaning.
        if sys.stdout.isatty():
            print(f"  Web log-in: any name, one-time password {password} (valid until intake stops)", flush=True)
        else:
            print(
                "  Web log-in: a one-time password is shown only on a terminal; set INTAKE_WEB_PASSWORD or "
                "INTAKE_WEB_USERS_FILE (python -m intake.web.auth NAME) to log in to a service started otherwise",
                flush=True,
            )
    return handle
