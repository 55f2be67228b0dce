"""Files shipped inside the package: the ontology, canned queries, gazetteer data, samples."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def ontology_file(name: str = "dkb.ttl") -> Path:
    return Path(str(files("kb.ontology").joinpath(name)))


def ontology_dir() -> Path:
    return Path(str(files("kb.ontology")))


def queries_dir() -> Path:
    return Path(str(files("kb.queries")))


def data_file(name: str) -> Path:
    return Path(str(files("kb.data").joinpath(name)))


def samples_dir() -> Path:
    return Path(str(files("kb.samples")))
