"""The demo network as data: one JSON file per kind of record in ``data/``
(schema: SCHEMA.md), read by ``load_demo`` and the benchmark's generator."""

import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@cache
def records(name):
    """The records of ``data/<name>.json`` (read once per process)."""
    with (DATA / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)
