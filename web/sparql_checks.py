"""What /sparql lets through: one well-formed query or update, with nothing that reaches the network.

Checked on rdflib's parse tree, so no spelling (lower case, comments, prefixed IRIs, \\u escapes,
nesting inside OPTIONAL, EXISTS or sub-queries) hides an operation. The check is what protects us:
Oxigraph would follow a SERVICE clause or a LOAD to any address.
"""
from __future__ import annotations

import threading

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kb.errors import Forbidden, QueryError

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
# Parse-tree nodes of operations that make the engine open a connection somewhere else.
NETWORK_OPERATIONS = {"ServiceGraphPattern": "SERVICE clauses", "Load": "LOAD operations"}

# rdflib's SPARQL grammar (pyparsing) builds itself lazily and is not thread-safe: several first
# queries at once leave it broken for the life of the process (tests/test_concurrency.py).
_PARSE_LOCK = threading.Lock()


def query_form(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of a query that may run here."""
    parsed = _parse(parseQuery, text)
    _refuse_network(parsed)
    return FORMS[parsed[1].name]


def check_update(text: str) -> None:
    """Raise unless `text` is a well-formed update that stays on this server."""
    _refuse_network(_parse(parseUpdate, text))


def is_update(text: str) -> bool:
    """Whether `text` (which is not a query) parses as an update."""
    try:
        _parse(parseUpdate, text)
        return True
    except QueryError:
        return False


def _parse(parser, text: str):
    if not text.strip():
        raise QueryError("the query is empty", code="E402")
    try:
        with _PARSE_LOCK:
            return parser(text)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}",
                         code="E402") from None
    except RecursionError:   # the grammar recurses once per nesting level, in this thread's stack
        raise QueryError("the query is nested too deeply to parse; flatten its brackets", code="E402") from None


def _refuse_network(parsed) -> None:
    found = _names(parsed) & NETWORK_OPERATIONS.keys()
    if found:
        what = " and ".join(NETWORK_OPERATIONS[name] for name in sorted(found))
        raise Forbidden(f"{what} are refused: this endpoint only reads and writes its own data")


def _names(node) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            found.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            stack.extend(item)
    return found
