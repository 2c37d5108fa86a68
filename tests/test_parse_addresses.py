"""From addresses survive hostile display names: the reply goes to the address, or to nobody."""

from intake.understand.parse import parse


def test_markup_in_the_display_name_does_not_become_the_address() -> None:
    p = parse(b"From: <img src=x onerror=alert(2)> <m@example.net>\r\nSubject: x\r\n\r\nhi\r\n")
    assert p.from_addr == "m@example.net"


def test_header_without_an_address_gives_none() -> None:
    assert parse(b"From: undisclosed-recipients:;\r\n\r\nhi\r\n").from_addr == ""


def test_quoted_comma_and_encoded_name_are_kept_whole() -> None:
    p = parse(b'From: "Doe, Jane" <Jane@Example.org>\r\n\r\nhi\r\n')
    assert (p.from_name, p.from_addr) == ("Doe, Jane", "jane@example.org")
    p = parse(b"From: =?utf-8?q?J=C3=A9r=C3=B4me?= <j@x.fr>\r\n\r\nhi\r\n")
    assert (p.from_name, p.from_addr) == ("J\u00e9r\u00f4me", "j@x.fr")
