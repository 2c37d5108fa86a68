"""A real Dovecot IMAP server for the tests: generated configuration in a temporary folder, start, stop, restart."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

USER = "dpo"
PASSWORD = "correct horse battery staple"


def ensure_installed() -> str:
    """The dovecot binary; installs dovecot-imapd when running as root, otherwise fails with what to do."""
    found = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if found:
        return found
    if os.geteuid() != 0:
        raise RuntimeError("dovecot is not installed: run `sudo apt-get install -y dovecot-imapd` (or `make test`)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "dovecot-imapd"], check=True, env=env)
    found = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(found).exists():
        raise RuntimeError("dovecot-imapd was installed but no dovecot binary was found")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_root(prefix: str = "intake-dovecot-") -> Path:
    """A fresh folder Dovecot's unprivileged processes can traverse (pytest's tmp_path is 0700, owned by us)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix=prefix))
    root.chmod(0o711)
    return root


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@dataclass
class Certificates:
    """A test CA and two server certificates it signed for localhost: one valid, one expired in 2020."""

    ca: Path
    cert: Path
    key: Path
    expired_cert: Path


def make_certificates(folder: Path) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
             "-subj", "/CN=intake test CA", "-days", "3650", cwd=folder)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=localhost", cwd=folder)  # fmt: skip
    (folder / "index.txt").write_text("")
    (folder / "serial").write_text("1000\n")
    (folder / "newcerts").mkdir(exist_ok=True)
    # `openssl ca` is the only stock tool that can back-date a certificate, which the expired case needs.
    (folder / "ca.cnf").write_text(
        "[ca]\ndefault_ca = test\n[test]\ndir = .\ndatabase = index.txt\nnew_certs_dir = newcerts\n"
        "serial = serial\ndefault_md = sha256\npolicy = any\ncopy_extensions = none\n"
        "x509_extensions = server\nunique_subject = no\n"
        "[any]\ncommonName = supplied\n"
        "[server]\nsubjectAltName = DNS:localhost,IP:127.0.0.1\nbasicConstraints = CA:FALSE\n"
        "extendedKeyUsage = serverAuth\n"
    )
    common = ["ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key", "-in", "server.csr"]
    _openssl(*common, "-days", "3650", "-out", "server.pem", cwd=folder)
    _openssl(*common, "-startdate", "20200101000000Z", "-enddate", "20200201000000Z", "-out", "expired.pem",
             cwd=folder)  # fmt: skip
    return Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "expired.pem")


@dataclass
class Dovecot:
    """One Dovecot instance on loopback, with its own base_dir, log, passwd file and Maildir home."""

    root: Path
    tls: Certificates | None = None
    expired: bool = False
    port: int = field(default_factory=free_port)
    starttls_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def home(self) -> Path:
        return self.root / "home" / USER

    @property
    def log(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def scheme(self) -> str:
        return "imaps" if self.tls else "imap"

    def url(self, folder: str = "INBOX", password: str = PASSWORD) -> str:
        from urllib.parse import quote

        return f"{self.scheme}://{USER}:{quote(password, safe='')}@127.0.0.1:{self.port}/{folder}"

    def _accounts(self) -> tuple[str, str, int, int]:
        """(login user, internal user, mail uid, mail gid): unprivileged users when root, ourselves otherwise."""
        if os.geteuid() == 0:
            login = "dovenull" if _user_exists("dovenull") else "nobody"
            internal = "dovecot" if _user_exists("dovecot") else "nobody"
            nobody = pwd.getpwnam("nobody")
            return login, internal, nobody.pw_uid, nobody.pw_gid
        me = pwd.getpwuid(os.getuid())
        return me.pw_name, me.pw_name, me.pw_uid, me.pw_gid

    def write_config(self) -> Path:
        login, internal, uid, gid = self._accounts()
        self.root.mkdir(parents=True, exist_ok=True)
        self.home.mkdir(parents=True, exist_ok=True)
        for path in (self.root / "home", self.home):
            os.chown(path, uid, gid) if os.geteuid() == 0 else None
        for sub in self.home.rglob("*"):
            os.chown(sub, uid, gid) if os.geteuid() == 0 else None
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        if self.tls:
            cert = self.tls.expired_cert if self.expired else self.tls.cert
            ssl = f"ssl = required\nssl_cert = <{cert}\nssl_key = <{self.tls.key}\n"
            # ssl = required: the imaps port speaks TLS at once, the imap port only after STARTTLS.
            imap_port, imaps_port = self.starttls_port, self.port
        else:
            ssl = "ssl = no\n"
            imap_port, imaps_port = self.port, 0
        listener = (
            f"inet_listener imap {{\n    port = {imap_port}\n  }}\n"
            f"  inet_listener imaps {{\n    port = {imaps_port}\n    ssl = yes\n  }}"
        )
        config = f"""# Generated by tests/dovecot.py for one test run (Dovecot 2.3 syntax).
protocols = imap
listen = 127.0.0.1
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log}
info_log_path = {self.log}
default_login_user = {login}
default_internal_user = {internal}
first_valid_uid = {min(uid, 500)}
first_valid_gid = {min(gid, 500)}
disable_plaintext_auth = no
auth_mechanisms = plain login
{ssl}
passdb {{
  driver = passwd-file
  args = {self.root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = .
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  chroot =
  {listener}
}}
service anvil {{
  chroot =
}}
imap_idle_notify_interval = 2 mins
"""
        path = self.root / "dovecot.conf"
        path.write_text(config)
        return path

    def start(self, timeout: float = 20) -> None:
        binary = ensure_installed()
        config = self.write_config()
        (self.root / "run").mkdir(exist_ok=True)
        (self.root / "state").mkdir(exist_ok=True)
        with open(self.root / "stderr.log", "ab") as stderr:
            # Its own process group, so that stopping the server also ends the imap processes serving clients.
            self.process = subprocess.Popen(
                [binary, "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start: {self.diagnostics()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dovecot did not listen on 127.0.0.1:{self.port} within {timeout} s: {self.diagnostics()}")

    def stop(self) -> None:
        if self.process is None:
            return
        group = self.process.pid  # the group id: the master leads its own session
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.process = None
        # Dovecot lets running imap processes finish their sessions after the master exits; a stopped server
        # must drop its clients, as a crash or a reboot would.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        # The listening socket is gone only when the master has exited; wait for the port to be free.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    time.sleep(0.1)
            except OSError:
                return

    def restart(self) -> None:
        self.stop()
        self.start()

    def diagnostics(self) -> str:
        text = ""
        for name in ("stderr.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")[-2000:]
        return text

    def client(self, timeout: float = 30):  # type: ignore[no-untyped-def]
        """An imap-tools mailbox logged in as the test user (the test's way to deliver mail)."""
        import ssl as ssl_module

        from imap_tools import MailBox, MailBoxUnencrypted

        if self.tls:
            context = ssl_module.create_default_context(cafile=str(self.tls.ca))
            box = MailBox("127.0.0.1", self.port, timeout=timeout, ssl_context=context)
        else:
            box = MailBoxUnencrypted("127.0.0.1", self.port, timeout=timeout)
        return box.login(USER, PASSWORD)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
