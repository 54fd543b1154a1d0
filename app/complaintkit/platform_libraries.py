"""Which system libraries Qt's Linux window plugin cannot find, said so a user can act.

When Qt cannot load its `xcb` plugin it hints that `libxcb-cursor0` is needed,
whatever is really missing (on a fresh Debian 12 it was `libxcb-icccm4` and
`libxcb-keysyms1`, with `libxcb-cursor0` installed). The dynamic loader knows
exactly which libraries it could not find: `ldd` on the plugin lists them as
`not found`, transitively, so the app names those and the Debian packages that
ship them. No Qt here: the caller passes the plugin's path.
"""

from __future__ import annotations

import re
import subprocess
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


def explain(missing: Sequence[str], language: str) -> str:
    """One sentence naming the missing libraries and, where known, the packages to install."""
    packages = list(dict.fromkeys(DEBIAN_PACKAGES[n] for n in missing if n in DEBIAN_PACKAGES))
    libraries = ", ".join(missing)
    if not packages:
        return lookup(language, "cli", "window_libraries_missing").format(libraries=libraries)
    return lookup(language, "cli", "window_libraries_missing_install").format(
        libraries=libraries, packages=" ".join(packages)
    )
