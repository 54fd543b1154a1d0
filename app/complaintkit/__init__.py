"""Complaint Kit (投诉助手): build a complaint against a trading platform, offline."""

# pyproject.toml reads the version from here (setuptools dynamic metadata).
__version__ = "0.1.0"

APP_NAME = "ComplaintKit"
