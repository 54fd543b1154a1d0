"""Case bundles: a case moves between computers byte for byte; hostile files are refused."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from complaintkit.delivery.bundle import BundleError, export_case, import_case, read_bundle
from complaintkit.demo import install_demo
from complaintkit.store import CaseStore


@pytest.fixture
def store(complaintkit_home):
    with CaseStore() as opened:
        yield opened


def _with_20_attachments(store: CaseStore):
    case = install_demo(store, "en")
    for index in range(17):
        image = Image.new("RGB", (640, 360), (index * 12, 80, 200 - index * 9))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        case.evidence.append(
            store.attachments.import_file(buffer.getvalue(), original_name=f"shot{index}.png")
        )
    store.save(case)
    return case


def _snapshot(store: CaseStore) -> tuple:
    cases = sorted((s.id, s.title) for s in store.list_cases())
    files = sorted(
        (p.name, p.read_bytes()) for p in store.attachments.folder.rglob("*") if p.is_file()
    )
    return cases, files


def test_bundle_round_trips_a_case_with_20_attachments_byte_identically(
    store: CaseStore, tmp_path: Path
) -> None:
    case = _with_20_attachments(store)
    assert len(case.evidence) == 20
    bundle = export_case(store, case.id, tmp_path / "case.complaintkit")
    originals = {
        i.sha256_stored: store.attachments.open_bytes(i.sha256_stored) for i in case.evidence
    }
    with CaseStore(tmp_path / "other-computer") as other:
        imported = import_case(other, bundle)
        assert imported.model_dump(exclude={"updated_at"}) == case.model_dump(
            exclude={"updated_at"}
        )
        for item in imported.evidence:
            assert other.attachments.open_bytes(item.sha256_stored) == originals[item.sha256_stored]


def test_importing_twice_keeps_both_with_the_same_reference(
    store: CaseStore, tmp_path: Path
) -> None:
    case = install_demo(store, "en")
    bundle = export_case(store, case.id, tmp_path / "case.complaintkit")
    again = import_case(store, bundle)
    assert again.id != case.id and again.reference == case.reference
    assert len(store.list_cases()) == 2


# -- the hostile corpus ------------------------------------------------------------------


def _rewrite(bundle: Path, target: Path, change) -> Path:
    """Copy a bundle's entries through `change(entries) -> entries`."""
    with zipfile.ZipFile(bundle) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    entries = change(entries)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


def _relist(entries: dict[str, bytes]) -> dict[str, bytes]:
    """Make the manifest match the entries again (a careful attacker would)."""
    manifest = json.loads(entries["manifest.json"])
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in entries.items()
        if name != "manifest.json"
    }
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def _zip_slip(entries):
    return _relist({**entries, "../evil.txt": b"owned"})


def _absolute(entries):
    return _relist({**entries, "/etc/cron.d/evil": b"owned"})


def _drive(entries):
    return _relist({**entries, "C:/Windows/evil.dll": b"owned"})


def _backslash(entries):
    return _relist({**entries, "attachments\\..\\..\\evil": b"owned"})


def _tampered(entries):
    name = next(n for n in entries if n.startswith("attachments/"))
    return {**entries, name: entries[name][:-10] + b"0123456789"}


def _truncated_case(entries):
    return _relist({**entries, "case.json": entries["case.json"][:200]})


def _unknown(entries):
    return _relist({**entries, "run-me.exe": b"MZ"})


def _missing_attachment(entries):
    name = next(n for n in entries if n.startswith("attachments/"))
    return _relist({k: v for k, v in entries.items() if k != name})


def _symlink(bundle: Path, target: Path) -> Path:
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        link = zipfile.ZipInfo("attachments/" + "a" * 64)
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return target


def _bomb(bundle: Path, target: Path) -> Path:
    with (
        zipfile.ZipFile(bundle) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
        archive.writestr("attachments/" + "b" * 64, b"\0" * (200 * 1024 * 1024))
    return target


def _truncated_file(bundle: Path, target: Path) -> Path:
    data = bundle.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def _lying_size(bundle: Path, target: Path) -> Path:
    """An entry that declares 10 bytes but inflates to more (a lying zip header)."""
    with zipfile.ZipFile(bundle) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    raw = bytearray(target.read_bytes())
    # Patch the declared uncompressed size in case.json's central directory record.
    header = raw.rfind(b"case.json") - 46
    assert raw[header : header + 4] == b"PK\x01\x02"
    raw[header + 24 : header + 28] = (10).to_bytes(4, "little")
    target.write_bytes(bytes(raw))
    return target


def _unreferenced(entries):
    """Files the case never mentions, listed in the manifest with correct hashes."""
    extra = {}
    for index in range(20):
        data = f"not evidence {index}".encode() * 1000
        extra[f"attachments/{hashlib.sha256(data).hexdigest()}"] = data
    return _relist({**entries, **extra})


def _referenced_bomb(bundle: Path, target: Path) -> Path:
    """100 entries of 1 MiB (each under the per-entry ratio floor's reach, each
    different), all referenced by the case: only the whole bundle's ratio gives it away."""
    with zipfile.ZipFile(bundle) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    case = json.loads(entries["case.json"])
    for index in range(100):
        data = index.to_bytes(4, "big") + b"\0" * (1024 * 1024 - 4)
        digest = hashlib.sha256(data).hexdigest()
        entries[f"attachments/{digest}"] = data
        case["evidence"].append(
            {**case["evidence"][0], "id": f"bomb{index}", "sha256_stored": digest}
        )
    entries["case.json"] = json.dumps(case).encode()
    entries = _relist(entries)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


DEPTH = 200_000


def _deep_case(entries):
    case = json.loads(entries["case.json"])
    case["title"] = "@@DEEP@@"
    text = json.dumps(case).replace('"@@DEEP@@"', "[" * DEPTH + "]" * DEPTH)
    return _relist({**entries, "case.json": text.encode()})


def _deep_manifest(entries):
    # 200,000 levels compress so well the ratio check refuses them first; 20,000 reach
    # the JSON parser.
    depth = 20_000
    manifest = '{"format": "complaintkit-bundle", "files": ' + "[" * depth + "]" * depth + "}"
    return {**entries, "manifest.json": manifest.encode()}


HOSTILE = {
    "zip slip": (lambda b, t: _rewrite(b, t, _zip_slip), "could write outside its folder"),
    "absolute path": (lambda b, t: _rewrite(b, t, _absolute), "could write outside its folder"),
    "drive letter": (lambda b, t: _rewrite(b, t, _drive), "could write outside its folder"),
    "backslashes": (lambda b, t: _rewrite(b, t, _backslash), "could write outside its folder"),
    "symlink": (_symlink, "could write outside its folder"),
    "zip bomb": (_bomb, "larger than a case can be"),
    "tampered hash": (lambda b, t: _rewrite(b, t, _tampered), "has been changed or damaged"),
    "truncated case": (lambda b, t: _rewrite(b, t, _truncated_case), "cannot be used"),
    "truncated file": (_truncated_file, "not a Complaint Kit case file"),
    "unknown entry": (lambda b, t: _rewrite(b, t, _unknown), "does not belong in it"),
    "missing attachment": (lambda b, t: _rewrite(b, t, _missing_attachment), "is missing"),
    # zipfile itself notices the length and checksum do not match.
    "lying size": (_lying_size, "damaged and cannot be read"),
    "unreferenced files": (lambda b, t: _rewrite(b, t, _unreferenced), "does not use"),
    "bomb under the per-entry ratio": (_referenced_bomb, "larger than a case can be"),
    "deeply nested case": (lambda b, t: _rewrite(b, t, _deep_case), "nested far deeper"),
    "deeply nested manifest": (lambda b, t: _rewrite(b, t, _deep_manifest), "nested far deeper"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bundle_is_refused_clearly_and_the_store_is_unchanged(
    store: CaseStore, tmp_path: Path, name: str
) -> None:
    case = install_demo(store, "en")
    good = export_case(store, case.id, tmp_path / "good.complaintkit")
    make, expected = HOSTILE[name]
    bad = make(good, tmp_path / "bad.complaintkit")
    before = _snapshot(store)
    with pytest.raises(BundleError) as error:
        import_case(store, bad)
    assert expected in error.value.message("en")
    assert error.value.message("zh_CN") != error.value.message("en")
    assert _snapshot(store) == before
    assert not (tmp_path / "evil.txt").exists()


def test_read_bundle_accepts_the_good_one(store: CaseStore, tmp_path: Path) -> None:
    case = install_demo(store, "zh_CN")
    read_case = read_bundle(export_case(store, case.id, tmp_path / "x.complaintkit"))
    assert read_case.id == case.id and len(read_case.evidence) == len(case.evidence)


def test_import_holds_one_evidence_file_in_memory_at_a_time(
    store: CaseStore, tmp_path: Path
) -> None:
    import random
    import tracemalloc

    case = install_demo(store, "en")
    rng = random.Random(17)
    for index in range(24):  # 24 incompressible files of 2 MiB: 48 MiB in all
        data = b"%PDF-1.4 " + rng.randbytes(2 * 1024 * 1024)
        case.evidence.append(store.attachments.import_file(data, f"statement-{index}.pdf"))
    store.save(case)
    bundle = export_case(store, case.id, tmp_path / "big.complaintkit")
    with CaseStore(tmp_path / "other") as other:
        tracemalloc.start()
        try:
            imported = import_case(other, bundle)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(imported.evidence) == len(case.evidence)
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"


def test_a_refused_import_leaves_no_file_behind(
    store: CaseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when the failure comes after evidence files were written (the disk fills
    up while the case is stored), what the import added is removed again."""
    from complaintkit.store import StoreUnavailable

    case = _with_20_attachments(store)
    bundle = export_case(store, case.id, tmp_path / "case.complaintkit")
    with CaseStore(tmp_path / "other") as other:

        def full(_case):
            raise StoreUnavailable("disk_full", folder=other.root)

        monkeypatch.setattr(other, "create", full)
        with pytest.raises(StoreUnavailable):
            import_case(other, bundle)
        assert list(other.attachments.stored_hashes()) == []
