"""Complaint Kit (投诉助手): build a complaint against a trading platform, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("complaintkit")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"

APP_NAME = "ComplaintKit"
