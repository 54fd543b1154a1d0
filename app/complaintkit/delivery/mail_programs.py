"""Handing the e-mail to a desktop mail program that attaches the letter itself.

The `.eml` draft (email_draft.py) works wherever the default mail program honours
`X-Unsent` (Outlook, Thunderbird). Two native routes do better where they exist:

- Windows: Simple MAPI (`MAPISendMailW` in mapi32.dll) opens a new message in the
  default MAPI mail program (Outlook, Thunderbird, eM Client) with the PDF attached.
- macOS: Apple Mail through AppleScript. The texts go in as arguments to the script,
  never spliced into its source, so nothing the user typed can run as AppleScript.

Both block until the mail program answers (MAPI until its window closes), so the
GUI calls them from a worker thread.
"""

from __future__ import annotations

import ctypes
import plistlib
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True)
class MailDraft:
    to: str
    subject: str
    body: str
    attachment: Path


class MailProgram(StrEnum):
    SIMPLE_MAPI = "simple_mapi"
    APPLE_MAIL = "apple_mail"


# Where macOS records the user's choice of default apps, mail among them.
LAUNCH_SERVICES = (
    Path.home()
    / "Library/Preferences/com.apple.LaunchServices/com.apple.launchservices.secure.plist"
)


def apple_mail_is_default(launch_services: Path = LAUNCH_SERVICES) -> bool:
    """Whether mailto: links go to Apple Mail: yes unless the user chose another program."""
    try:
        with launch_services.open("rb") as file:
            handlers = plistlib.load(file).get("LSHandlers", [])
    except (OSError, plistlib.InvalidFileException, ValueError, AttributeError):
        return True  # never changed: Mail is the system's default
    for handler in handlers:
        if isinstance(handler, dict) and handler.get("LSHandlerURLScheme") == "mailto":
            return str(handler.get("LSHandlerRoleAll", "")).lower() == "com.apple.mail"
    return True


def native_mail_program(
    platform: str = sys.platform, launch_services: Path = LAUNCH_SERVICES
) -> MailProgram | None:
    """The native route to try before the `.eml` draft, if this system has one.

    On macOS only when Apple Mail is the default: someone who chose Outlook or
    Thunderbird gets the `.eml`, which those open as a draft.
    """
    if platform == "win32":
        return MailProgram.SIMPLE_MAPI
    if platform == "darwin" and apple_mail_is_default(launch_services):
        return MailProgram.APPLE_MAIL
    return None


# -- Windows: Simple MAPI ---------------------------------------------------------

MAPI_LOGON_UI = 0x1
MAPI_DIALOG = 0x8
MAPI_TO = 1
SUCCESS_SUCCESS = 0
MAPI_USER_ABORT = 1


class MapiRecipDescW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("ulRecipClass", ctypes.c_ulong),
        ("lpszName", ctypes.c_wchar_p),
        ("lpszAddress", ctypes.c_wchar_p),
        ("ulEIDSize", ctypes.c_ulong),
        ("lpEntryID", ctypes.c_void_p),
    ]


class MapiFileDescW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("flFlags", ctypes.c_ulong),
        ("nPosition", ctypes.c_ulong),
        ("lpszPathName", ctypes.c_wchar_p),
        ("lpszFileName", ctypes.c_wchar_p),
        ("lpFileType", ctypes.c_void_p),
    ]


class MapiMessageW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("lpszSubject", ctypes.c_wchar_p),
        ("lpszNoteText", ctypes.c_wchar_p),
        ("lpszMessageType", ctypes.c_wchar_p),
        ("lpszDateReceived", ctypes.c_wchar_p),
        ("lpszConversationID", ctypes.c_wchar_p),
        ("flFlags", ctypes.c_ulong),
        ("lpOriginator", ctypes.POINTER(MapiRecipDescW)),
        ("nRecipCount", ctypes.c_ulong),
        ("lpRecips", ctypes.POINTER(MapiRecipDescW)),
        ("nFileCount", ctypes.c_ulong),
        ("lpFiles", ctypes.POINTER(MapiFileDescW)),
    ]


# MAPISendMailW(session, ui_param, message, flags, reserved) -> ULONG
SendMail = Callable[[int, int, "ctypes._Pointer[MapiMessageW]", int, int], int]


def _mapi_send_mail() -> SendMail | None:
    try:
        function = ctypes.WinDLL("mapi32.dll").MAPISendMailW  # type: ignore[attr-defined]
    except (AttributeError, OSError):  # not Windows, or no MAPI at all
        return None
    function.argtypes = [
        ctypes.c_size_t,
        ctypes.c_size_t,
        ctypes.POINTER(MapiMessageW),
        ctypes.c_ulong,
        ctypes.c_ulong,
    ]
    function.restype = ctypes.c_ulong
    return function


def mapi_message(draft: MailDraft) -> MapiMessageW:
    """The draft as Simple MAPI structures (they hold the only references: keep it alive)."""
    recipients = (MapiRecipDescW * 1)()
    if draft.to:
        recipients[0].ulRecipClass = MAPI_TO
        recipients[0].lpszName = draft.to
        recipients[0].lpszAddress = f"SMTP:{draft.to}"
    files = (MapiFileDescW * 1)()
    files[0].nPosition = 0xFFFFFFFF  # "not placed in the text": attach after the body
    files[0].lpszPathName = str(draft.attachment)
    files[0].lpszFileName = draft.attachment.name
    message = MapiMessageW()
    message.lpszSubject = draft.subject
    message.lpszNoteText = draft.body
    message.nRecipCount = 1 if draft.to else 0
    message.lpRecips = recipients
    message.nFileCount = 1
    message.lpFiles = files
    message._keep = (recipients, files)  # the arrays must outlive the call
    return message


def compose_with_simple_mapi(draft: MailDraft, send_mail: SendMail | None = None) -> bool:
    """Open a new message in the default MAPI mail program. False if there is none.

    The user closing that message without sending still counts: the program worked.
    """
    send_mail = send_mail or _mapi_send_mail()
    if send_mail is None:
        return False
    message = mapi_message(draft)
    result = send_mail(0, 0, ctypes.byref(message), MAPI_DIALOG | MAPI_LOGON_UI, 0)
    return result in (SUCCESS_SUCCESS, MAPI_USER_ABORT)


# -- macOS: Apple Mail ------------------------------------------------------------

APPLE_MAIL_SCRIPT = (
    "on run argv",
    "set {theTo, theSubject, theBody, thePath} to argv",
    'tell application "Mail"',
    "set theMessage to make new outgoing message with properties"
    " {subject:theSubject, content:theBody, visible:true}",
    "tell theMessage",
    'if theTo is not "" then make new to recipient at end of to recipients'
    " with properties {address:theTo}",
    "end tell",
    "tell content of theMessage",
    "make new attachment with properties {file name:(POSIX file thePath)} at after last paragraph",
    "end tell",
    "activate",
    "end tell",
    "end run",
)

Run = Callable[..., subprocess.CompletedProcess]


def apple_mail_command(draft: MailDraft) -> list[str]:
    command = ["osascript"]
    for line in APPLE_MAIL_SCRIPT:
        command += ["-e", line]
    return [*command, draft.to, draft.subject, draft.body, str(draft.attachment)]


def compose_in_apple_mail(draft: MailDraft, run: Run = subprocess.run) -> bool:
    """Open a new message in Apple Mail. False if Mail or osascript is not there, or the
    user declined to let Complaint Kit control Mail."""
    try:
        result = run(apple_mail_command(draft), capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def compose_natively(draft: MailDraft, program: MailProgram) -> bool:
    if program is MailProgram.SIMPLE_MAPI:
        return compose_with_simple_mapi(draft)
    return compose_in_apple_mail(draft)
