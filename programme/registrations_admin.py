"""Editors' registrations admin (being built)."""
