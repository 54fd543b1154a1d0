"""No file a user or a bundle hands us makes Pillow start an external program.

Pillow's EPS plugin runs Ghostscript (`gs`) on the file; PostScript can write
files. The corpus below is built here: PostScript and EPS under image names,
with and without the binary EPS header, and other formats Pillow knows but the
app does not decode. A child process puts a fake `gs` first on PATH (it writes a
marker file), records every program start through Python's audit hooks, and
feeds each file through every way a user image is read: evidence import,
thumbnails, the PDF appendix, `render --case` checks and a bundle import.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fake gs is a shell script")

POSTSCRIPT = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
    b"(%s) (w) file dup (pwned) writestring closefile\nshowpage\n"
)


def _binary_eps(postscript: bytes) -> bytes:
    # DOS EPS header: magic, offset and length of the PostScript section, no previews.
    header = struct.pack("<4sIIIIIIH", b"\xc5\xd0\xd3\xc6", 30, len(postscript), 0, 0, 0, 0, 0xFFFF)
    return header + postscript


def _corpus(folder: Path, marker: Path) -> dict[str, bytes]:
    postscript = POSTSCRIPT.replace(b"%s", str(marker).encode(), 1)
    return {
        "postscript.png": postscript,
        "postscript.jpg": postscript,
        "eps-binary-header.png": _binary_eps(postscript),
        "postscript-no-extension": postscript,
        "postscript.txt.png": b"%!PS\n" + postscript,
        "pdf-named.png": b"%!PS-Adobe-3.0\n%PDF-1.4\n" + postscript,
        "xbm.png": b"#define x_width 8\n#define x_height 1\nstatic char x_bits[] = {0x00};\n",
        "ppm.png": b"P6\n2 2\n255\n" + b"\x00" * 12,
        "im.png": b"Image type: L image\r\nImage size (x*y): 2*2\r\n\x1a" + b"\x00" * 600,
    }


CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    started = []
    def audit(event, args):
        if event in ("subprocess.Popen", "os.system", "os.posix_spawn", "os.exec",
                     "os.spawn", "os.fork", "os.forkpty", "pty.spawn"):
            started.append(event + " " + repr(args)[:200])
    sys.addaudithook(audit)

    corpus_dir = Path(sys.argv[1])
    outcomes = {}
    from complaintkit.store import CaseStore, StoreError
    from complaintkit.imaging import ImageRejected, open_image
    from complaintkit.documents.exhibits import print_ready
    from complaintkit.documents.case_file import CaseFileError, FolderEvidence
    from complaintkit.domain import Case, EvidenceItem
    import hashlib

    store = CaseStore(corpus_dir / "home")
    for path in sorted(p for p in corpus_dir.iterdir() if p.is_file()):
        data = path.read_bytes()
        said = []
        try:
            open_image(data)
            said.append("open_image: decoded")
        except ImageRejected as error:
            said.append("open_image: " + error.code)
        try:
            store.attachments.import_file(path)
            said.append("import: stored")
        except StoreError as error:
            said.append("import: " + error.code)
        # As a bundle would leave it: the bytes stored unchanged under their hash.
        digest = hashlib.sha256(data).hexdigest()
        store.attachments.adopt(digest, data)
        try:
            store.attachments.thumbnail(digest)
            said.append("thumbnail: drawn")
        except StoreError as error:
            said.append("thumbnail: " + error.code)
        try:
            print_ready(data)
            said.append("appendix: printed")
        except ImageRejected as error:
            said.append("appendix: " + error.code)
        item = EvidenceItem(original_name=path.name, media_type="image/png", path=path.name)
        try:
            FolderEvidence(corpus_dir, "en").check(Case(evidence=[item]))
            said.append("render --case: accepted")
        except CaseFileError:
            said.append("render --case: refused")
        outcomes[path.name] = said
    store.close()
    print(json.dumps({
        "started": started,
        "eps_plugin_loaded": sys.modules.get("PIL.EpsImagePlugin") is not None,
        "outcomes": outcomes,
    }))
    """
)


def _fake_gs(folder: Path, marker: Path) -> dict[str, str]:
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    gs = bin_dir / "gs"
    gs.write_text(f"#!/bin/sh\necho ran >> '{marker}.gs'\nexit 1\n")
    gs.chmod(0o755)
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")


def test_pillow_would_start_gs_on_this_corpus_without_the_allow_list(tmp_path: Path) -> None:
    """The control: the corpus really is hostile, and the fake gs really is found."""
    marker = tmp_path / "marker"
    environment = _fake_gs(tmp_path, marker)
    sample = tmp_path / "postscript.png"
    sample.write_bytes(_corpus(tmp_path, marker)["postscript.png"])
    script = "import sys; from PIL import Image; Image.open(sys.argv[1]).load()"
    subprocess.run([sys.executable, "-c", script, str(sample)], env=environment, check=False)
    assert Path(f"{marker}.gs").exists()


def test_no_external_program_starts_for_any_file_of_the_hostile_corpus(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    environment = _fake_gs(tmp_path, marker)
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    for name, data in _corpus(tmp_path, marker).items():
        (corpus_dir / name).write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus_dir)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["started"] == []
    assert report["eps_plugin_loaded"] is False
    assert not Path(f"{marker}.gs").exists() and not marker.exists()
    for name in ("postscript.png", "eps-binary-header.png", "postscript-no-extension"):
        said = report["outcomes"][name]
        assert "import: unsupported_type" in said
        assert "thumbnail: drawn" in said  # a page symbol, nothing decoded
        assert "render --case: refused" in said
    print(json.dumps(report["outcomes"], indent=1))
