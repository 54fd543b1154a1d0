"""delivery layer (no Qt)."""
