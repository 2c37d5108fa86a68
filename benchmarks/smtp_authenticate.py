"""What authenticating on arrival costs: SMTP to storage with SPF, DKIM and DMARC checked, against the same off.

Signed 4 KB messages from a domain with SPF, a 2048-bit DKIM key and a DMARC policy, all served by the tests' DNS
server on loopback (tests/test_authenticate.py), sent one after another in one SMTP session; `[smtp] authenticate`
off is the same-run baseline. CPU is this process's (the server, its checks and the DNS server run in it).

Run: .venv/bin/python benchmarks/smtp_authenticate.py [N]
"""

from __future__ import annotations

import smtplib
import sys
import tempfile
import time
from pathlib import Path

from dnslib.server import DNSLogger, DNSServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' DNS zone and signing key

from intake.sources import smtp  # noqa: E402
from tests.conftest import free_port  # noqa: E402
from tests.test_authenticate import Zone, _mail, _settings, _signed, _stored  # noqa: E402


def main(count: int) -> None:
    zone, port = Zone(), free_port()
    dns = DNSServer(zone, port=port, address="127.0.0.1", logger=DNSLogger(logf=lambda _: None))
    dns.start_thread()
    body = "Please delete my data, all of it.\r\n" * 110  # about 4 KB
    messages = [_signed(_mail("jane@bank.example", body=f"{i}\r\n{body}")) for i in range(count)]
    try:
        for label, table in (("off", "authenticate = false\n"), ("on", f'nameservers = ["127.0.0.1:{port}"]\n')):
            settings = _settings(Path(tempfile.mkdtemp()), table)
            server = smtp.controller(settings)
            server.start()
            wall, cpu = time.monotonic(), time.process_time()
            with smtplib.SMTP("127.0.0.1", smtp.listen_address(settings)[1]) as client:
                client.ehlo("mail.bank.example")
                for message in messages:
                    client.sendmail("bounces@bank.example", ["dpo@dpo.example"], message)
            wall, cpu = time.monotonic() - wall, time.process_time() - cpu
            server.stop()
            stored = _stored(settings)
            assert len(stored) == count and all((b"dmarc=pass" in r) == (label == "on") for r in stored)
            print(
                f"authenticate {label}: {count / wall:.0f} msg/s, {1000 * wall / count:.1f} ms a message "
                f"({1000 * cpu / count:.1f} ms CPU)"
            )
    finally:
        dns.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
