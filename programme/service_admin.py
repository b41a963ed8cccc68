"""Service requests inbox (being built)."""
