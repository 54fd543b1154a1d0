"""documents layer (no Qt)."""
