"""Parsing what arrives: encoded and raw 8-bit headers, forwarded attachments, injection in display names."""

from __future__ import annotations

from intake.understand.parse import FORWARD_MARKER, parse


def test_encoded_display_name_with_a_comma_stays_one_name() -> None:
    raw = b"From: =?utf-8?q?M=C3=BCller=2C_Sabine?= <s@example.de>\r\nSubject: x\r\n\r\nhi\r\n"
    parsed = parse(raw)
    assert parsed.from_name == "Müller, Sabine" and parsed.from_addr == "s@example.de"


def test_raw_utf8_headers_are_read_as_utf8() -> None:
    raw = "From: Jürgen Weiß <j@example.de>\r\nSubject: Löschung été\r\n\r\nhi\r\n".encode()
    parsed = parse(raw)
    assert parsed.from_name == "Jürgen Weiß" and parsed.subject == "Löschung été"


def test_mixed_raw_and_encoded_subject_is_decoded_word_by_word() -> None:
    parsed = parse(b"From: a@example.com\r\nSubject: \xc3\xa9t\xc3\xa9 =?utf-8?q?caf=C3=A9?=\r\n\r\nhi\r\n")
    assert parsed.subject == "été café"


def test_attached_message_is_kept_as_a_forwarded_block_with_its_author() -> None:
    raw = (
        b"From: HR <hr@example.com>\r\nSubject: Fwd: request\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        b"--XX\r\nContent-Type: message/rfc822\r\n\r\n"
        b"From: Sarah Johnson <sarah@example.com>\r\nSubject: please remove my details\r\n\r\n"
        b"Please delete my data.\r\n"
        b"--XX--\r\n"
    )
    parsed = parse(raw)
    assert parsed.text.startswith("See attached.")
    assert FORWARD_MARKER in parsed.text
    assert "From: Sarah Johnson <sarah@example.com>" in parsed.text and "Please delete my data." in parsed.text


def test_header_injection_in_display_name_is_flattened() -> None:
    raw = b"From: =?utf-8?q?Eve=0D=0ABcc=3A_x=40example=2Ecom?= <eve@example.com>\r\nSubject: x\r\n\r\nhi\r\n"
    parsed = parse(raw)
    assert "\n" not in parsed.from_name and "\r" not in parsed.from_name
    assert parsed.from_addr == "eve@example.com"


def test_automatic_headers_are_still_recognised() -> None:
    parsed = parse(b"From: a@example.com\r\nAuto-Submitted: auto-replied\r\nSubject: x\r\n\r\nhi\r\n")
    assert parsed.automatic == "Auto-Submitted: auto-replied"
