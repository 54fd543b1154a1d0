"""Handing the e-mail to Simple MAPI (Windows) or Apple Mail (macOS), without either here:
the MAPI structures are read back through a stand-in for MAPISendMailW, and the
AppleScript call is checked as the command line it would run."""

from __future__ import annotations

import ctypes
import plistlib
import subprocess
from pathlib import Path

import pytest

from complaintkit.delivery.mail_programs import (
    MAPI_DIALOG,
    MAPI_TO,
    MailDraft,
    MailProgram,
    MapiMessageW,
    apple_mail_command,
    compose_in_apple_mail,
    compose_with_simple_mapi,
    native_mail_program,
)

HOSTILE = 'Refund now" & (do shell script "rm -rf ~") & "'


def _draft(tmp_path: Path, to: str = "complaints@northgate-markets.example") -> MailDraft:
    pdf = tmp_path / "complaint letter.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    return MailDraft(to, "Formal complaint CK-1 – 鑫盛证券", "Dear Sir or Madam,\n投诉", pdf)


def test_simple_mapi_gets_the_addressee_subject_body_and_the_pdf(tmp_path) -> None:
    draft = _draft(tmp_path)
    seen = {}

    def send_mail(session, ui, message, flags, reserved) -> int:
        sent = ctypes.cast(message, ctypes.POINTER(MapiMessageW)).contents
        seen.update(
            subject=sent.lpszSubject,
            body=sent.lpszNoteText,
            recipients=[
                (sent.lpRecips[i].ulRecipClass, sent.lpRecips[i].lpszAddress)
                for i in range(sent.nRecipCount)
            ],
            files=[
                (sent.lpFiles[i].lpszPathName, sent.lpFiles[i].lpszFileName)
                for i in range(sent.nFileCount)
            ],
            flags=flags,
        )
        return 0

    assert compose_with_simple_mapi(draft, send_mail)
    assert seen["subject"] == draft.subject
    assert seen["body"] == draft.body
    assert seen["recipients"] == [(MAPI_TO, "SMTP:complaints@northgate-markets.example")]
    assert seen["files"] == [(str(draft.attachment), "complaint letter.pdf")]
    assert seen["flags"] & MAPI_DIALOG  # the user sees the message and presses Send


@pytest.mark.parametrize(("result", "handled"), [(0, True), (1, True), (2, False), (3, False)])
def test_simple_mapi_failure_falls_through_but_closing_the_message_does_not(
    tmp_path, result, handled
) -> None:
    assert compose_with_simple_mapi(_draft(tmp_path), lambda *args: result) is handled


def test_no_addressee_means_no_mapi_recipient(tmp_path) -> None:
    counts = []

    def send_mail(session, ui, message, flags, reserved) -> int:
        counts.append(ctypes.cast(message, ctypes.POINTER(MapiMessageW)).contents.nRecipCount)
        return 0

    compose_with_simple_mapi(_draft(tmp_path, to=""), send_mail)
    assert counts == [0]


def test_without_mapi_on_this_system_the_draft_file_is_used(tmp_path) -> None:
    assert compose_with_simple_mapi(_draft(tmp_path)) is False  # no mapi32.dll here


def test_apple_mail_gets_the_texts_as_arguments_never_as_script(tmp_path) -> None:
    draft = MailDraft("a@example.com", HOSTILE, f"Body {HOSTILE}", tmp_path / "l.pdf")
    command = apple_mail_command(draft)
    script = [command[i + 1] for i, part in enumerate(command) if part == "-e"]
    assert command[0] == "osascript"
    assert command[-4:] == ["a@example.com", HOSTILE, f"Body {HOSTILE}", str(draft.attachment)]
    assert not any("rm -rf" in line for line in script)


def test_apple_mail_result_decides_the_fallback(tmp_path) -> None:
    draft = _draft(tmp_path)

    def ran(code: int):
        return lambda command, **kwargs: subprocess.CompletedProcess(command, code)

    def missing(command, **kwargs):
        raise FileNotFoundError("osascript")

    assert compose_in_apple_mail(draft, ran(0))
    assert not compose_in_apple_mail(draft, ran(1))  # e.g. not allowed to control Mail
    assert not compose_in_apple_mail(draft, missing)


def _launch_services(tmp_path: Path, handler: str | None) -> Path:
    path = tmp_path / f"launchservices-{handler}.plist"
    handlers = [{"LSHandlerURLScheme": "https", "LSHandlerRoleAll": "com.apple.safari"}]
    if handler:
        handlers.append({"LSHandlerURLScheme": "mailto", "LSHandlerRoleAll": handler})
    path.write_bytes(plistlib.dumps({"LSHandlers": handlers}, fmt=plistlib.FMT_BINARY))
    return path


def test_apple_mail_is_used_only_where_it_is_the_default(tmp_path) -> None:
    outlook = _launch_services(tmp_path, "com.microsoft.Outlook")
    garbage = tmp_path / "garbage.plist"
    garbage.write_bytes(b"not a plist")
    assert native_mail_program("darwin", outlook) is None  # Outlook opens the .eml draft
    assert native_mail_program("darwin", _launch_services(tmp_path, "com.apple.mail"))
    assert native_mail_program("darwin", _launch_services(tmp_path, None)) == (
        MailProgram.APPLE_MAIL
    )
    assert native_mail_program("darwin", tmp_path / "none.plist") == MailProgram.APPLE_MAIL
    assert native_mail_program("darwin", garbage) == MailProgram.APPLE_MAIL
    assert native_mail_program("win32") == MailProgram.SIMPLE_MAPI
    assert native_mail_program("linux") is None
