"""Where the app keeps its data and finds its resources.

Tests and portable installs point `COMPLAINTKIT_HOME` at a folder of their own so
that nothing ever touches the real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

HOME_ENV = "COMPLAINTKIT_HOME"
RESOURCES_ENV = "COMPLAINTKIT_RESOURCES"


def data_dir() -> Path:
    """The folder holding the case database, attachments and backups (not created here)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir("ComplaintKit", appauthor=False))


def letters_dir() -> Path:
    """Where generated letters go: a folder the user finds in their Documents.

    Under COMPLAINTKIT_HOME when that is set, so tests and portable installs stay put.
    """
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().resolve() / "letters"
    return Path(platformdirs.user_documents_dir()) / "Complaint Kit"


def resources_dir() -> Path:
    """The read-only `resources/` folder: fonts, locales, data, translations, icons."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    # Source tree or editable install: app/complaintkit/paths.py -> repo/resources
    return Path(__file__).resolve().parents[2] / "resources"
