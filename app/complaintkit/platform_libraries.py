"""Which system libraries Qt cannot find on Linux, said so a user can act.

When Qt cannot load its `xcb` window plugin it hints that `libxcb-cursor0` is
needed, whatever is really missing (on a Debian 12 it was `libxcb-icccm4` and
`libxcb-keysyms1`, with `libxcb-cursor0` installed); on a bare system, importing
Qt itself fails on the first of some twenty absent libraries. The dynamic loader
knows exactly which libraries it could not find: `ldd` lists them as `not found`,
transitively, so the app names all of them at once and the Debian packages that
ship them. Qt is never imported here: it is what may fail to load.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from complaintkit.locales import lookup

# Library file -> Debian/Ubuntu package, for everything Qt's xcb plugin and the
# Qt libraries under it link (readelf -d NEEDED, checked on Debian 12 with
# `dpkg -S`). A library missing from this table is still named, only without a package.
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

# ldd prints "\tlibxcb-icccm.so.4 => not found" for each library it cannot resolve.
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)

# What Python says when a Qt module's shared library needs one that is absent.
_IMPORT_FAILURE = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")

# The Qt modules the app imports, and the window plugin Qt loads when it starts.
QT_FILES = ("QtWidgets.abi3.so", "QtPdfWidgets.abi3.so", "QtPrintSupport.abi3.so")
XCB_PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")

Runner = Callable[..., subprocess.CompletedProcess[str]]


def libraries_not_found(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not resolve, once each, in the order it printed them."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def missing_libraries(plugin: Path, run: Runner = subprocess.run) -> list[str]:
    """What the loader cannot find for `plugin`; empty when all is there or ldd cannot tell."""
    if not plugin.is_file():
        return []
    try:
        result = run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return libraries_not_found(result.stdout)


def pyside_folder() -> Path | None:
    """The installed PySide6 package folder, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def qt_libraries_missing(pyside: Path, run: Runner = subprocess.run) -> list[str]:
    """Everything the loader cannot find for the app's Qt modules and the window plugin."""
    missing: list[str] = []
    for name in (*QT_FILES, XCB_PLUGIN):
        missing += missing_libraries(pyside / name, run)
    return list(dict.fromkeys(missing))


def environment_language() -> str:
    """zh_CN or en from the locale variables, for messages given before Qt can start."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def explain_import_failure(
    error: ImportError, pyside: Path | None = None, run: Runner = subprocess.run
) -> str | None:
    """The sentence for a Qt import that failed on an absent system library (else None)."""
    named = _IMPORT_FAILURE.search(str(error))
    if named is None or not sys.platform.startswith("linux"):
        return None
    folder = pyside or pyside_folder()
    missing = qt_libraries_missing(folder, run) if folder else []
    return explain(missing or [named.group(1)], environment_language())


def explain(missing: Sequence[str], language: str) -> str:
    """One sentence naming the missing libraries and, where known, the packages to install."""
    packages = list(dict.fromkeys(DEBIAN_PACKAGES[n] for n in missing if n in DEBIAN_PACKAGES))
    libraries = ", ".join(missing)
    if not packages:
        return lookup(language, "cli", "window_libraries_missing").format(libraries=libraries)
    return lookup(language, "cli", "window_libraries_missing_install").format(
        libraries=libraries, packages=" ".join(packages)
    )
