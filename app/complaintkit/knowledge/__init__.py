"""knowledge layer (no Qt)."""
