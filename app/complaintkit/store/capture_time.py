"""When a piece of evidence was taken: from the picture itself where it says so.

A file's modified time is often the moment it was copied off the phone or saved
from a chat, not when the screen was captured. So, in order of trust:

1. the picture's own data: EXIF DateTimeOriginal, with OffsetTimeOriginal when the
   camera wrote one, else read in the case's time zone;
2. the time stamp phones, desktops and chat apps put in the file name
   (`Screenshot_20261110_093147.png`, `IMG_20261110_093147.jpg`,
   `Screenshot 2026-11-10 at 09.31.47.png`, `微信图片_20261110093147.jpg`), read in
   the case's time zone (devices name files in local time);
3. the file's modified time.

The source is kept with the time (EvidenceItem.captured_at_source) so the wizard can
say where it came from and the user can correct it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from PIL import Image

from complaintkit.domain.enums import CaptureTimeSource

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
# No device made a capture before this; a "date" earlier in a name is another number.
_EARLIEST_YEAR = 2000
# A clock a little ahead (another zone, a phone set wrong) is still believed.
_FUTURE_SLACK = timedelta(days=1)

# Year, month, day (one separator or none, the same twice); then the time of day
# after a space, "_", "-", "T" or " at " (macOS, WhatsApp), an optional 上午/下午
# (Chinese macOS), hour, minute, second (one separator or none), optional
# milliseconds (Pixel: PXL_20261110_093147123), optional AM/PM.
_NAME_STAMP = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<dsep>[-_.]?)(?P<month>\d{2})(?P=dsep)(?P<day>\d{2})"
    r"(?:[\sT_-]+|\s*at\s+)?"
    r"(?P<half_zh>上午|下午)?"
    r"(?P<hour>\d{1,2})(?P<tsep>[-_.:]?)(?P<minute>\d{2})(?P=tsep)(?P<second>\d{2})"
    r"(?:\d{3})?(?!\d)"
    r"(?:\s*(?P<half>[AaPp][Mm])(?![A-Za-z]))?"
)


@dataclass(frozen=True)
class CaptureTime:
    at: datetime | None
    source: CaptureTimeSource


def exif_capture_time(exif: Image.Exif, zone: tzinfo | None) -> datetime | None:
    """DateTimeOriginal with its OffsetTimeOriginal, else in `zone` (the computer's if None)."""
    details = exif.get_ifd(_EXIF_IFD)
    raw = details.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME_ORIGINAL)
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # blank ("    :  :  ") or zero dates some cameras write
    offset = details.get(_OFFSET_TIME_ORIGINAL) or exif.get(_OFFSET_TIME_ORIGINAL)
    written = _parse_offset(offset.strip("\x00 ")) if isinstance(offset, str) else None
    if written is not None:
        return moment.replace(tzinfo=written)
    return _local(moment, zone)


def _parse_offset(text: str) -> timezone | None:
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if match is None:
        return None if text not in ("Z", "z") else UTC
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3))
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()


def file_name_capture_time(name: str, zone: tzinfo | None, now: datetime) -> datetime | None:
    """The time stamp in a file name, read in `zone`; None when it has none that is plausible."""
    stem = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    for match in _NAME_STAMP.finditer(stem):
        moment = _stamp(match)
        if moment is None:
            continue
        moment = _local(moment, zone)
        if moment.year >= _EARLIEST_YEAR and moment <= now + _FUTURE_SLACK:
            return moment
    return None


def _stamp(match: re.Match[str]) -> datetime | None:
    hour = int(match["hour"])
    half = (match["half"] or "").lower() or {"上午": "am", "下午": "pm"}.get(match["half_zh"] or "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    try:
        return datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            hour,
            int(match["minute"]),
            int(match["second"]),
        )
    except ValueError:
        return None


def choose_capture_time(
    photo_data: datetime | None,
    name: str,
    modified: datetime | None,
    zone: tzinfo | None,
    now: datetime,
) -> CaptureTime:
    """The most trustworthy capture time there is, and where it came from."""
    if photo_data is not None:
        return CaptureTime(photo_data, CaptureTimeSource.PHOTO_DATA)
    from_name = file_name_capture_time(name, zone, now)
    if from_name is not None:
        return CaptureTime(from_name, CaptureTimeSource.FILE_NAME)
    if modified is not None:
        # Whole seconds, as every other source and the date fields have them: leaving the
        # field unchanged then keeps the time (and where it came from) as it was.
        return CaptureTime(modified.replace(microsecond=0), CaptureTimeSource.FILE_DATE)
    return CaptureTime(None, CaptureTimeSource.UNKNOWN)
