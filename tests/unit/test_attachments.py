"""Evidence files are copied into the store by content, cleaned of metadata, and only
removed when no case (trashed ones included) still uses them."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PIL import Image, PngImagePlugin

from complaintkit.domain import Case, EvidenceKind
from complaintkit.store import CaseStore, UnsupportedEvidence

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


@pytest.fixture
def store(complaintkit_home):
    with CaseStore() as opened:
        yield opened


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _phone_photo() -> bytes:
    """40x20: left half red, right half blue, stored sideways (orientation 6), with GPS."""
    image = Image.new("RGB", (40, 20), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[271] = "PhoneMaker"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (31.0, 14.0, 2.5)
    gps[3] = "E"
    gps[4] = (121.0, 28.0, 0.0)
    details = exif.get_ifd(EXIF_IFD)
    details[36867] = "2026:03:14 09:30:00"
    details[36881] = "+08:00"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def _png(text_chunk: str = "", colour=(10, 200, 30)) -> bytes:
    info = PngImagePlugin.PngInfo()
    if text_chunk:
        info.add_text("Author", text_chunk)
    buffer = io.BytesIO()
    Image.new("RGB", (600, 300), colour).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def test_a_phone_photo_is_stored_upright_without_location_and_keeps_its_fingerprint(store):
    original = _phone_photo()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test photo has GPS

    item = store.attachments.import_file(original, "IMG_0001.jpg", caption="余额页面")
    stored_path = store.attachments.path_for(item.sha256_stored)
    stored = stored_path.read_bytes()

    assert item.sha256_original == _sha(original)
    assert item.sha256_stored == _sha(stored)
    assert item.sha256_stored != item.sha256_original
    assert (item.media_type, item.size, item.original_name) == (
        "image/jpeg",
        len(stored),
        "IMG_0001.jpg",
    )
    assert item.kind is EvidenceKind.PHOTO and item.caption == "余额页面"
    assert item.captured_at == datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    assert item.imported_at is not None and item.imported_at.tzinfo is not None

    with Image.open(stored_path) as picture:
        assert picture.format == "JPEG"
        assert len(picture.getexif()) == 0
        assert not picture.getexif().get_ifd(GPS_IFD)
        assert picture.size == (20, 40)  # turned upright
        top = picture.convert("RGB").getpixel((10, 5))
        bottom = picture.convert("RGB").getpixel((10, 35))
    assert top[0] > 200 and top[2] < 60  # the red half is on top after turning
    assert bottom[2] > 200 and bottom[0] < 60
    assert b"Exif" not in stored and b"PhoneMaker" not in stored


def test_png_text_metadata_is_dropped_and_other_pictures_become_png(store):
    item = store.attachments.import_file(_png("secret author name"), "chat.png")
    stored = store.attachments.open_bytes(item.sha256_stored)
    assert b"secret author name" not in stored
    assert item.media_type == "image/png" and item.kind is EvidenceKind.SCREENSHOT
    gif = io.BytesIO()
    Image.new("P", (30, 30), 3).save(gif, "GIF")
    converted = store.attachments.import_file(gif.getvalue(), "loop.gif")
    assert converted.media_type == "image/png"
    assert store.attachments.open_bytes(converted.sha256_stored).startswith(b"\x89PNG")


def test_pdf_and_utf8_text_are_kept_byte_for_byte(store, tmp_path):
    pdf = b"%PDF-1.7\n% statement of account\n%%EOF\n"
    text = "客服聊天记录\n2026-03-14 09:31 客服：请耐心等待\n".encode()
    for data, name, media_type in [
        (pdf, "statement.pdf", "application/pdf"),
        (text, "chat.txt", "text/plain"),
    ]:
        item = store.attachments.import_file(data, name)
        assert item.media_type == media_type
        assert item.sha256_original == item.sha256_stored == _sha(data)
        assert store.attachments.open_bytes(item.sha256_stored) == data


def test_the_users_file_is_copied_never_referred_to(store, tmp_path):
    source = tmp_path / "receipt.png"
    source.write_bytes(_png())
    when = datetime(2025, 12, 1, 8, 0, tzinfo=UTC)
    os.utime(source, (when.timestamp(), when.timestamp()))
    item = store.attachments.import_file(source)
    assert item.original_name == "receipt.png"
    assert item.captured_at == when  # no EXIF date: the file's own time
    assert item.path is None
    source.unlink()
    assert Image.open(io.BytesIO(store.attachments.open_bytes(item.sha256_stored))).size == (
        600,
        300,
    )


def test_identical_files_are_stored_once_with_private_permissions(store, complaintkit_home):
    first = store.attachments.import_file(_png(), "a.png")
    second = store.attachments.import_file(_png(), "copy of a.png")
    assert first.sha256_stored == second.sha256_stored
    assert first.id != second.id
    files = [path for path in (complaintkit_home / "attachments").rglob("*") if path.is_file()]
    assert files == [store.attachments.path_for(first.sha256_stored)]
    path = files[0]
    assert path.parent.name == first.sha256_stored[:2]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("data", "name", "code", "english", "chinese"),
    [
        (
            b"MZ\x90\x00 not evidence",
            "setup.exe",
            "unsupported_type",
            "cannot use setup.exe",
            "setup.exe",
        ),
        (b"", "empty.png", "empty", "empty", "空"),
        ("乱码".encode("gb18030"), "chat.txt", "text_not_utf8", "UTF-8", "UTF-8"),
        (
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
            "broken.png",
            "unsupported_type",
            "broken.png",
            "broken.png",
        ),
    ],
)
def test_files_that_cannot_be_evidence_are_refused_with_a_clear_message(
    store, complaintkit_home, data, name, code, english, chinese
):
    with pytest.raises(UnsupportedEvidence) as info:
        store.attachments.import_file(data, name)
    assert info.value.code == code
    assert english in str(info.value)
    assert chinese in info.value.message("zh_CN")
    assert not [path for path in (complaintkit_home / "attachments").rglob("*") if path.is_file()]


def test_hashes_are_checked_before_they_become_paths(store):
    for bad in ["../../etc/passwd", "A" * 64, "0" * 63, "/tmp/x"]:
        with pytest.raises(ValueError):
            store.attachments.path_for(bad)


def test_thumbnails_are_small_cached_and_regenerable(store):
    picture = store.attachments.import_file(_png(), "wide.png")
    thumb = store.attachments.thumbnail(picture.sha256_stored, 128)
    with Image.open(thumb) as image:
        assert image.format == "PNG" and max(image.size) == 128 and image.size == (128, 64)
    made = thumb.stat().st_mtime_ns
    assert store.attachments.thumbnail(picture.sha256_stored, 128) == thumb
    assert thumb.stat().st_mtime_ns == made
    thumb.unlink()
    assert store.attachments.thumbnail(picture.sha256_stored, 128).is_file()

    pdf = store.attachments.import_file(b"%PDF-1.4\n%%EOF\n", "letter.pdf")
    with Image.open(store.attachments.thumbnail(pdf.sha256_stored)) as symbol:
        assert symbol.size == (256, 256)


def test_garbage_collection_spares_files_of_active_and_trashed_cases(store):
    active_file = store.attachments.import_file(_png(colour=(1, 2, 3)), "active.png")
    trashed_file = store.attachments.import_file(_png(colour=(4, 5, 6)), "trashed.png")
    orphan = store.attachments.import_file(_png(colour=(7, 8, 9)), "orphan.png")
    active = store.create(Case(title="active", evidence=[active_file]))
    trashed = store.create(Case(title="trashed", evidence=[trashed_file]))
    store.attachments.thumbnail(orphan.sha256_stored)
    store.delete(trashed.id)

    # Just imported: protected by the grace period even though no case uses it yet.
    assert store.collect_garbage() == 0
    assert store.attachments.exists(orphan.sha256_stored)

    assert store.collect_garbage(grace=timedelta(0)) == 1
    assert not store.attachments.exists(orphan.sha256_stored)
    assert not list(store.attachments.thumbnail_folder.glob(f"{orphan.sha256_stored}-*"))
    assert store.attachments.exists(active_file.sha256_stored)
    assert store.attachments.exists(trashed_file.sha256_stored)

    store.purge(trashed.id)
    assert store.collect_garbage(grace=timedelta(0)) == 1
    assert not store.attachments.exists(trashed_file.sha256_stored)
    assert store.load(active.id).evidence[0].sha256_stored == active_file.sha256_stored
    assert store.attachments.open_bytes(active_file.sha256_stored)


def test_a_file_removed_from_a_case_is_collected_once_the_case_is_saved(store):
    item = store.attachments.import_file(_png(), "a.png")
    case = store.create(Case(title="x", evidence=[item]))
    assert store.collect_garbage(grace=timedelta(0)) == 0
    case.evidence = []
    store.save(case)
    assert store.collect_garbage(grace=timedelta(0)) == 1
