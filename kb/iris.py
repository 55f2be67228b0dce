"""The one place instance IRIs are minted and read back: the same input always gives the same IRI."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

from rdflib import URIRef

from kb.errors import InputError

DEFAULT_BASE = "https://w3id.org/dkb/id/"
# The version of the event identity rule (see event_key); pages cite it when they explain a merge.
EVENT_IDENTITY_RULE = "dkb-event/2"

# Letters NFKD does not split into base + accent; without these "Łukaszenka" would lose its L.
_EXTRA_ASCII = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d",
                              "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "œ": "oe",
                              "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D"})

# Actor id prefix (as in kb.model.Actor.id) -> IRI path segment.
_ACTOR_SEGMENTS = {"country": "country", "person": "person", "org": "org",
                   "organization": "org", "group": "group"}

# Every path segment parse() recognizes; "status" holds dispute status reports.
KINDS = ("article", "graph", "event", "person", "country", "org", "group", "place",
         "dispute", "quote", "evidence", "role", "status")


def slugify(name: str) -> str:
    """Return an ASCII, lowercase, hyphen-separated slug of `name` ("Šefčovič" -> "sefcovic").

    Names with no Latin letters at all (e.g. Cyrillic) get a short hash, so they still get
    a stable slug rather than an empty one.
    """
    ascii_text = unicodedata.normalize("NFKD", name.translate(_EXTRA_ASCII))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    return "x-" + hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:12]


def event_key(type_: str, date_value: str | None, participants: list[str],
              place_name: str | None, modality: str = "asserted", scope: str | None = None) -> str:
    """Return the 16-hex-digit identity of a real-world event.

    Two reports share a key when they agree on the event kind, the date value (at the
    precision it was resolved to), the set of participant actor ids, the place (compared
    by slug; no place counts as a value of its own) and the modality: a summit announced as
    planned and the summit that took place are two statements, kept apart so neither
    report overwrites the other. An undated event cannot be told apart from another of the
    same kind between the same parties, so the caller passes `scope` (the article id) and
    it stays within its article. The canonical string is versioned so a future rule can
    change without silently colliding with old keys.
    """
    canonical = "|".join([
        EVENT_IDENTITY_RULE,
        type_,
        date_value or "",
        ",".join(sorted(set(participants))),
        slugify(place_name) if place_name else "",
        modality,
        "" if date_value else (scope or ""),
    ])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse(iri: str, base: str | None = None) -> tuple[str, str] | None:
    """Return (kind, key) of an instance IRI ("event", "0123abcd..."), else None.

    kind is a path segment from KINDS ("person", "org", "status", ...); key is the unquoted
    last segment. Without `base`, any IRI ending in /{kind}/{key} is accepted, which is
    what a caller that does not know the configured base (the CLI) needs.
    """
    text = str(iri)
    if base is not None:
        if not text.startswith(base):
            return None
        rest = text[len(base):]
    else:
        rest = "/".join(text.rsplit("/", 2)[-2:])
    kind, sep, key = rest.partition("/")
    if not sep or kind not in KINDS or not key or "/" in key:
        return None
    return kind, unquote(key)


def _segment(value: str) -> str:
    # Keys are mostly slugs already; quoting keeps odd article ids from breaking the IRI.
    return quote(value, safe="-._~")


class Minter:
    """Mint instance IRIs under one base IRI (the `base_iri` setting)."""

    def __init__(self, base_iri: str = DEFAULT_BASE):
        self.base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"

    def _iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{_segment(key)}")

    def article(self, article_id: str) -> URIRef:
        return self._iri("article", article_id)

    def graph(self, article_id: str) -> URIRef:
        return self._iri("graph", article_id)

    def event(self, key: str) -> URIRef:
        return self._iri("event", key)

    def actor(self, actor_id: str) -> URIRef:
        """Map "country:RUS", "person:vladimir-putin", "org:nato" or "group:hamas" to its IRI."""
        prefix, _, key = actor_id.partition(":")
        segment = _ACTOR_SEGMENTS.get(prefix)
        if segment is None or not key:
            raise InputError(f"actor id {actor_id!r} is not kind:key with kind in "
                             f"{sorted(_ACTOR_SEGMENTS)}")
        return self._iri(segment, key.upper() if segment == "country" else slugify(key))

    def country(self, iso3: str) -> URIRef:
        return self._iri("country", iso3.upper())

    def place(self, name: str) -> URIRef:
        return self._iri("place", slugify(name))

    def dispute(self, dispute_id: str) -> URIRef:
        """Map "dispute:missile-defense" (or a bare topic) to its IRI."""
        return self._iri("dispute", slugify(dispute_id.removeprefix("dispute:")))

    def quote(self, article_id: str, n: int) -> URIRef:
        return self._iri("quote", f"{article_id}-{n}")

    def evidence(self, article_id: str, n: int) -> URIRef:
        return self._iri("evidence", f"{article_id}-{n}")

    def role(self, person_slug: str, title: str) -> URIRef:
        return self._iri("role", f"{slugify(person_slug)}-{slugify(title)}")

    def status_report(self, dispute_id: str, article_id: str) -> URIRef:
        """Mint the IRI of what one article said about one dispute's status."""
        return self._iri("status", f"{article_id}-{slugify(dispute_id.removeprefix('dispute:'))}")

    def parse(self, iri: str) -> tuple[str, str] | None:
        """Return (kind, key) for an IRI this minter could have made, else None."""
        return parse(iri, self.base)

    def actor_id(self, iri: str) -> str | None:
        """Return the kb.model actor id ("person:vladimir-putin") of an actor IRI, else None."""
        parsed = self.parse(iri)
        if parsed is None or parsed[0] not in ("person", "country", "org", "group"):
            return None
        return f"{parsed[0]}:{parsed[1]}"
