"""Build the frozen app for this platform, prune what it does not use, and test it.

    python packaging/build.py            # build, prune, run the frozen self-test
    python packaging/build.py --no-test  # build and prune only

The result is dist/ComplaintKit/ (Windows, Linux) or dist/Complaint Kit.app (macOS).
The same script runs in the release workflow on Windows and macOS and here on Linux.
"""

from __future__ import annotations

import argparse
import locale
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT / "app"))

from complaintkit import __version__  # noqa: E402

# Qt pieces PyInstaller's hooks bring along that the app never loads.
UNUSED_QT_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6QmlModels",
    "Qt6QmlMeta",
    "Qt6QmlWorkerScript",
    "Qt6OpenGL",
    "Qt6VirtualKeyboard",
    "Qt6Designer",
    "Qt6WebEngine",
    "Qt6Test",
    "Qt6Sql",
    # The Linux smoke build runs on X11 or offscreen; Wayland and EGLFS are not used.
    "Qt6WaylandClient",
    "Qt6WaylandEglClientHwIntegration",
    "Qt6WlShellIntegration",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
)
UNUSED_QT_PLUGINS = (
    # No network, ever: Qt's network reachability and TLS backends are dead weight.
    "networkinformation",
    "tls",
    # Raw evdev/TUIO input for kiosk setups without a window system.
    "generic",
    "qmltooling",
    "sqldrivers",
    "virtualkeyboard",
    "designer",
    "multimedia",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "egldeviceintegrations",
)
# Single plugins: window-system-less platforms, and image formats Qt never decodes
# here (evidence images are read by Pillow; Qt shows PNG thumbnails, SVG and JPEG).
UNUSED_QT_PLUGIN_FILES = (
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
    "qeglfs",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
)
# Qt's own translations: only Chinese is needed (English is built in).
KEPT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")


def write_version_info() -> None:
    """Windows version resource (file properties dialog)."""
    parts = [int(p) for p in __version__.split(".")[:3]] + [0]
    numbers = ", ".join(str(p) for p in parts[:4])
    (BUILD / "version_info.txt").write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'Complaint Kit'),
    StringStruct('FileDescription', 'Complaint Kit'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'Complaint Kit'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200, 1033, 1200])])]
)
""",
        encoding="utf-8",
    )


def compile_translations() -> None:
    """The UI's .ts files to .qm, with the lrelease that ships in the PySide6 wheel."""
    from complaintkit.ui.i18n import _lrelease

    target = BUILD / "translations"
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run(
            [_lrelease(), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")],
            check=True,
        )


def app_folder() -> Path:
    if sys.platform == "darwin":
        return DIST / "Complaint Kit.app" / "Contents"
    return DIST / "ComplaintKit"


def executable() -> Path:
    if sys.platform == "darwin":
        return app_folder() / "MacOS" / "ComplaintKit"
    suffix = ".exe" if sys.platform == "win32" else ""
    return app_folder() / f"ComplaintKit{suffix}"


def prune(folder: Path) -> int:
    """Delete unused Qt libraries, plugins and translations, then (Linux) the libraries
    nothing links to any more; returns bytes freed."""
    freed = 0
    for path in sorted(folder.rglob("*"), reverse=True):
        name = path.name
        unused = (
            any(name.startswith(lib) or name.startswith(f"lib{lib}") for lib in UNUSED_QT_LIBRARIES)
            or (path.is_dir() and name in UNUSED_QT_PLUGINS and "plugins" in path.parts)
            or (
                path.is_file()
                and "plugins" in path.parts
                and name.split(".")[0].removeprefix("lib") in UNUSED_QT_PLUGIN_FILES
            )
            or (  # Qt's own, not ours (resources/translations)
                path.suffix == ".qm"
                and "PySide6" in path.parts
                and "translations" in path.parts
                and name not in KEPT_TRANSLATIONS
            )
        )
        if not unused or not path.exists():
            continue
        freed += _remove(path)
    for library in unlinked_libraries(folder):
        freed += _remove(library)
    return freed


def _remove(path: Path) -> int:
    """Delete a file or folder; returns the bytes it took."""
    if path.is_dir():
        freed = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        shutil.rmtree(path)
        return freed
    freed = path.stat().st_size
    path.unlink()
    return freed


def unlinked_libraries(folder: Path) -> list[Path]:
    """Linux: shared libraries at the top of the build that nothing in it links to.

    PyInstaller collects what every plugin it saw links to, so the GTK stack of a
    platform theme we leave out, or what the pruned plugins needed, stays behind.
    `ldd` lists each module's, Qt library's and plugin's dependencies transitively;
    a top-level library on none of those lists is never loaded.
    """
    if not sys.platform.startswith("linux"):
        return []
    from PyInstaller.depend.bindepend import get_imports

    internal = folder / "_internal"
    loaders = [p for p in internal.rglob("*.so*") if p.is_file() and p.parent != internal]
    needed = {name for loader in loaders for name, _path in get_imports(str(loader))}
    return [
        library
        for library in internal.glob("*.so*")
        # The bootloader loads libpython itself, not through a link.
        if library.name not in needed and not library.name.startswith("libpython")
    ]


def size_of(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-test", action="store_true", help="skip the frozen self-test")
    args = parser.parse_args()
    BUILD.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(BUILD / "icons")],
        check=True,
    )
    write_version_info()
    compile_translations()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "complaintkit.spec"),
        ],
        check=True,
    )
    before = size_of(app_folder())
    freed = prune(app_folder())
    after = size_of(app_folder())
    print(
        f"frozen app: {before / 1e6:.1f} MB before pruning, {after / 1e6:.1f} MB after "
        f"({freed / 1e6:.1f} MB of unused Qt and libraries removed)"
    )
    if args.no_test:
        return 0
    return frozen_self_test()


def frozen_self_test() -> int:
    """Run the frozen app's self-test and print its report here.

    On Windows and macOS the app is a windowed program: its output reaches nobody
    unless it goes to a pipe, so it is captured and printed (decoded as the app's
    stream encoding, the system's, with anything undecodable replaced).
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [str(executable()), "self-test"], env=env, capture_output=True, check=False, timeout=600
    )
    encoding = locale.getpreferredencoding(False)
    for output, stream in ((result.stdout, sys.stdout), (result.stderr, sys.stderr)):
        text = output.decode(encoding, errors="replace")
        if text:
            print(text, end="" if text.endswith("\n") else "\n", file=stream)
    if result.returncode != 0:
        print(f"frozen self-test failed: exit status {result.returncode}", file=sys.stderr)
    elif b"self-test passed" not in result.stdout:
        print("frozen self-test printed no report", file=sys.stderr)
        return 1
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
