"""The programme's routers of the project API (being built)."""
