"""The wizard's step pages, one module per step."""
