"""When Qt cannot start its Linux window plugin, the app names the missing libraries.

The end-to-end tests start the real app with the `xcb` platform and no display,
so Qt really gives up; a stand-in `ldd` on PATH decides what the loader reports
missing, as it would on a machine without `libxcb-icccm4` and `libxcb-keysyms1`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from complaintkit.platform_libraries import (
    explain,
    explain_import_failure,
    libraries_not_found,
    missing_libraries,
)

LDD_ON_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd4d9f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1a000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c19ff0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c19c00000)
"""

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")


def test_ldd_output_gives_each_missing_library_once_in_order() -> None:
    assert libraries_not_found(LDD_ON_FRESH_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert libraries_not_found("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_missing_libraries_runs_ldd_on_the_plugin(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"\x7fELF")
    calls: list[list[str]] = []

    def fake_run(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        return subprocess.CompletedProcess(command, 0, LDD_ON_FRESH_DEBIAN, "")

    assert missing_libraries(plugin, run=fake_run) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert calls == [["ldd", str(plugin)]]
    assert missing_libraries(tmp_path / "absent.so", run=fake_run) == []


def test_missing_libraries_is_empty_when_ldd_cannot_run(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"\x7fELF")

    def no_ldd(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError(command[0])

    assert missing_libraries(plugin, run=no_ldd) == []


def test_the_sentence_names_libraries_and_debian_packages_in_both_languages() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    english = explain(missing, "en")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in english
    assert english.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    chinese = explain(missing, "zh_CN")
    assert "缺少" in chinese and "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in chinese
    unknown = explain(["libsomething-new.so.9"], "en")
    assert "libsomething-new.so.9" in unknown and "apt-get" not in unknown


GL_MISSING = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")


def _fake_pyside(tmp_path: Path) -> Path:
    pyside = tmp_path / "PySide6"
    (pyside / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    for name in ("QtWidgets.abi3.so", "Qt/plugins/platforms/libqxcb.so"):
        (pyside / name).write_bytes(b"\x7fELF")
    return pyside


def test_a_qt_import_failure_names_every_library_the_loader_lacks(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    pyside = _fake_pyside(tmp_path)
    ldd_says = {
        "QtWidgets.abi3.so": "\tlibGL.so.1 => not found\n\tlibEGL.so.1 => not found\n",
        "libqxcb.so": "\tlibGL.so.1 => not found\n\tlibxcb-icccm.so.4 => not found\n",
    }

    def fake_run(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 0, ldd_says[Path(command[1]).name], "")

    message = explain_import_failure(GL_MISSING, pyside, run=fake_run)
    assert message is not None
    assert "missing: libGL.so.1, libEGL.so.1, libxcb-icccm.so.4;" in message
    assert message.endswith("sudo apt-get install libgl1 libegl1 libxcb-icccm4")


def test_a_qt_import_failure_names_pythons_library_when_ldd_finds_none(tmp_path) -> None:
    def nothing_missing(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 0, "", "")

    message = explain_import_failure(GL_MISSING, _fake_pyside(tmp_path), run=nothing_missing)
    assert message is not None and "libGL.so.1" in message and "libgl1" in message


def test_other_import_errors_are_not_explained_away(tmp_path) -> None:
    assert explain_import_failure(ImportError("No module named 'PySide6'"), tmp_path) is None


def _with_fake_ldd(tmp_path: Path, ldd_output: str) -> dict[str, str]:
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "ldd-output.txt").write_text(ldd_output)
    ldd = tools / "ldd"
    ldd.write_text(f"#!/bin/sh\ncat '{tools / 'ldd-output.txt'}'\n")
    ldd.chmod(0o755)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    }
    env.update(QT_QPA_PLATFORM="xcb", LANG="C.UTF-8", PATH=f"{tools}{os.pathsep}{env['PATH']}")
    return env


# Starts the command line with PySide6.QtGui failing to import as it does without libGL.
WITHOUT_LIBGL = """
import sys
from importlib.abc import MetaPathFinder

class NoLibGL(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtGui":
            raise ImportError(
                "libGL.so.1: cannot open shared object file: No such file or directory"
            )
        return None

sys.meta_path.insert(0, NoLibGL())
from complaintkit.cli import main
sys.exit(main([]))
"""


@linux_only
def test_the_app_without_qts_libraries_names_them_instead_of_a_traceback(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_LIBGL],
        env=_with_fake_ldd(tmp_path, LDD_ON_FRESH_DEBIAN),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "missing: libxcb-icccm.so.4, libxcb-keysyms.so.1;" in result.stderr
    assert "Traceback" not in result.stderr


def _start_app_without_display(tmp_path: Path, ldd_output: str) -> subprocess.CompletedProcess[str]:
    env = _with_fake_ldd(tmp_path, ldd_output)
    return subprocess.run(
        [sys.executable, "-m", "complaintkit"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@linux_only
def test_the_app_names_the_missing_libraries_instead_of_qts_hint(tmp_path: Path) -> None:
    result = _start_app_without_display(tmp_path, LDD_ON_FRESH_DEBIAN)
    assert result.returncode == 1, result.stderr
    assert "missing: libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "xcb-cursor0 or libxcb-cursor0 is needed" not in result.stderr
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr


@linux_only
def test_other_platform_failures_keep_qts_own_words(tmp_path: Path) -> None:
    result = _start_app_without_display(tmp_path, "\tlibc.so.6 => /lib/libc.so.6 (0x1)\n")
    assert result.returncode == 1, result.stderr
    assert "no Qt platform plugin could be initialized" in result.stderr
    assert "system libraries are missing" not in result.stderr
