"""The capture time of evidence: the picture's own data, then its name, then the file's date."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from complaintkit.domain import Case, EvidenceItem
from complaintkit.domain.enums import CaptureTimeSource
from complaintkit.store.attachments import AttachmentStore
from complaintkit.store.capture_time import file_name_capture_time

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
# The file's modified time in these tests: the day it was copied off the phone.
COPIED = datetime(2026, 11, 28, 20, 15, tzinfo=UTC)


def picture(fmt: str = "JPEG", taken: str | None = None, offset: str | None = None) -> bytes:
    exif = Image.Exif()
    if taken is not None:
        exif[271] = "Phone maker"
        details = exif.get_ifd(0x8769)
        details[36867] = taken
        if offset is not None:
            details[36881] = offset
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, fmt, exif=exif)
    return buffer.getvalue()


def on_disk(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, (COPIED.timestamp(), COPIED.timestamp()))
    return path


@pytest.fixture
def attachments(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "data")


def test_the_photo_s_own_time_with_its_offset_wins(tmp_path, attachments) -> None:
    # Taken in London (the offset says so) though the case is in Shanghai and the
    # name carries another time: the camera's own record is the most trustworthy.
    data = picture(taken="2026:11:10 09:31:47", offset="+00:00")
    path = on_disk(tmp_path, "IMG_20261111_101010.jpg", data)
    item = attachments.import_file(path, zone="Asia/Shanghai")
    assert item.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=UTC)
    assert item.captured_at_source is CaptureTimeSource.PHOTO_DATA


def test_a_photo_time_without_offset_is_read_in_the_case_s_zone(tmp_path, attachments) -> None:
    path = on_disk(tmp_path, "DSC0001.jpg", picture(taken="2026:11:10 09:31:47"))
    item = attachments.import_file(path, zone="Asia/Shanghai")
    assert item.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=SHANGHAI)
    assert item.captured_at.utcoffset() == timedelta(hours=8)
    assert item.captured_at_source is CaptureTimeSource.PHOTO_DATA
    london = attachments.import_file(path, zone="Europe/London")
    assert london.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=LONDON)


def test_a_png_screenshot_s_exif_is_read_too_and_still_stripped(tmp_path, attachments) -> None:
    path = on_disk(tmp_path, "capture.png", picture("PNG", "2026:11:10 09:31:47", "+08:00"))
    item = attachments.import_file(path, zone="Europe/London")
    assert item.captured_at == datetime(2026, 11, 10, 1, 31, 47, tzinfo=UTC)
    stored = attachments.path_for(item.sha256_stored).read_bytes()
    assert not Image.open(io.BytesIO(stored)).getexif()


@pytest.mark.parametrize("written", ["    :  :     :  :  ", "0000:00:00 00:00:00", "yesterday"])
def test_a_blank_or_broken_photo_time_falls_back_to_the_name(
    tmp_path, attachments, written: str
) -> None:
    path = on_disk(tmp_path, "IMG_20261110_093147.jpg", picture(taken=written))
    item = attachments.import_file(path, zone="Asia/Shanghai")
    assert item.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=SHANGHAI)
    assert item.captured_at_source is CaptureTimeSource.FILE_NAME


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("Screenshot_20261110_093147.png", "PNG"),
        ("IMG_20261110_093147.jpg", "JPEG"),
        ("Screenshot 2026-11-10 at 09.31.47.png", "PNG"),
        ("微信图片_20261110093147.jpg", "JPEG"),
    ],
)
def test_the_time_in_the_file_name_beats_the_file_s_date(
    tmp_path, attachments, name: str, fmt: str
) -> None:
    path = on_disk(tmp_path, name, picture(fmt))
    item = attachments.import_file(path, zone="Asia/Shanghai")
    assert item.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=SHANGHAI)
    assert item.captured_at_source is CaptureTimeSource.FILE_NAME


def test_without_either_the_file_s_date_is_used_and_said(tmp_path, attachments) -> None:
    path = on_disk(tmp_path, "error.png", picture("PNG"))
    item = attachments.import_file(path, zone="Asia/Shanghai")
    assert item.captured_at == COPIED
    assert item.captured_at_source is CaptureTimeSource.FILE_DATE
    # In whole seconds, as the date field shows it (leaving the field changes nothing).
    os.utime(path, (COPIED.timestamp() + 0.75, COPIED.timestamp() + 0.75))
    assert attachments.import_file(path, zone="Asia/Shanghai").captured_at == COPIED


def test_a_pasted_picture_has_no_time_until_the_user_types_one(attachments) -> None:
    item = attachments.import_file(picture("PNG"), original_name="clipboard.png")
    assert item.captured_at is None
    assert item.captured_at_source is CaptureTimeSource.UNKNOWN


def test_a_time_given_by_the_caller_is_kept(tmp_path, attachments) -> None:
    given = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)
    path = on_disk(tmp_path, "IMG_20261110_093147.jpg", picture())
    item = attachments.import_file(path, captured_at=given, zone="Asia/Shanghai")
    assert item.captured_at == given


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PXL_20261110_093147123.jpg", (2026, 11, 10, 9, 31, 47)),
        ("Screenshot_2026-11-10-09-31-47-123_com.tencent.mm.jpg", (2026, 11, 10, 9, 31, 47)),
        ("Screenshot from 2026-11-10 09-31-47.png", (2026, 11, 10, 9, 31, 47)),
        ("Screenshot 2026-11-10 093147.png", (2026, 11, 10, 9, 31, 47)),
        ("Screen Shot 2026-11-10 at 9.31.47 PM.png", (2026, 11, 10, 21, 31, 47)),
        ("WhatsApp Image 2026-11-10 at 12.05.01 AM.jpeg", (2026, 11, 10, 0, 5, 1)),
        ("屏幕快照 2026-11-10 下午9.31.47.png", (2026, 11, 10, 21, 31, 47)),
        ("截屏2026-11-10 09.31.47.png", (2026, 11, 10, 9, 31, 47)),
        ("C:\\Users\\me\\Pictures\\20261110_093147.jpg", (2026, 11, 10, 9, 31, 47)),
    ],
)
def test_common_device_names(name: str, expected: tuple[int, ...]) -> None:
    assert file_name_capture_time(name, SHANGHAI, NOW) == datetime(*expected, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    "name",
    [
        "IMG_1234.PNG",  # a counter, not a time
        "IMG-20261110-WA0003.jpg",  # a date without the time of day
        "Screenshot_20281110_093147.png",  # two years ahead of now
        "scan_19991110_093147.jpg",  # before any phone took one
        "Screenshot_20261310_093147.png",  # month 13
        "Screenshot_20261110_253147.png",  # hour 25
        "Screen Shot 2026-11-10 at 13.31.47 PM.png",  # 13 PM
        "order 600519 20000 shares.png",
    ],
)
def test_names_without_a_believable_time(name: str) -> None:
    assert file_name_capture_time(name, SHANGHAI, NOW) is None


def test_a_name_time_in_a_summer_zone_keeps_that_day_s_offset() -> None:
    summer = file_name_capture_time("IMG_20260710_093147.jpg", LONDON, NOW)
    later = datetime(2027, 1, 1, tzinfo=UTC)
    winter = file_name_capture_time("IMG_20261210_093147.jpg", LONDON, later)
    assert summer is not None and summer.utcoffset() == timedelta(hours=1)
    assert winter is not None and winter.utcoffset() == timedelta(0)


def test_an_offset_some_phones_write_without_a_colon() -> None:
    from complaintkit.store.capture_time import exif_capture_time

    exif = Image.open(io.BytesIO(picture(taken="2026:11:10 09:31:47", offset="-0500"))).getexif()
    assert exif_capture_time(exif, SHANGHAI) == datetime(
        2026, 11, 10, 9, 31, 47, tzinfo=timezone(timedelta(hours=-5))
    )


def test_a_case_saved_before_the_source_was_recorded_still_loads() -> None:
    case = Case(evidence=[EvidenceItem(captured_at=NOW)])
    data = case.model_dump(mode="json")
    del data["evidence"][0]["captured_at_source"]
    loaded = Case.model_validate(data)
    assert loaded.evidence[0].captured_at == NOW
    assert loaded.evidence[0].captured_at_source is CaptureTimeSource.UNKNOWN
