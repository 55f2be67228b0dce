"""Plain dataclasses passed between pipeline steps; no step below kb.rdf knows about RDF."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

ACTOR_KINDS = ("person", "country", "organization", "group")
MODALITIES = ("asserted", "planned", "hypothetical", "negated")
PRECISIONS = ("day", "month", "year")
DISPUTE_STATUSES = ("ongoing", "unresolved", "resolved")
DISPUTE_BASES = ("named", "inferred")   # named in the text, or inferred from hostile acts


@dataclass
class Article:
    """One article as read from its source, before cleaning."""

    id: str                      # stable id: the record's own id, else a hash of the raw text
    raw_text: str                # the body as read (plain text; HTML already reduced to text)
    source: str                  # where it came from: file path, "file.jsonl:12", URL
    url: str | None = None
    headline: str | None = None
    published: datetime | None = None
    raw_html: str | None = None  # kept only for HTML inputs
    authors: list[str] = field(default_factory=list)   # from page metadata (HTML author tags)
    byline: str | None = None    # the page's byline element as text (HTML only): where its writers filed from


@dataclass
class Dateline:
    place: str                   # "Sochi"
    country: str | None = None   # as written: "Russia"
    day: date | None = None      # the day it names ("WASHINGTON, May 6 -"): the day the story was filed


@dataclass
class CleanArticle:
    """An article with scraping junk removed and its metadata lifted out of the body."""

    article: Article
    text: str                    # cleaned body; every offset downstream indexes into it
    headline: str | None
    published: datetime | None
    dateline: Dateline | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    content_hash: str = ""       # sha256 hex of `text`


@dataclass
class Actor:
    """A canonical actor within one article (merged over all its mentions)."""

    id: str                      # canonical key: "country:RUS", "person:vladimir-putin", "org:nato"
    name: str                    # canonical display name
    kind: str                    # one of ACTOR_KINDS
    country: str | None = None   # ISO 3166 alpha-3 of the country it belongs to / is
    roles: list[str] = field(default_factory=list)   # as the article states them: "President of Russia"
    wikidata: str | None = None  # "Q7747", only where certain
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # Where `roles` came from: "text" (a title the article states) or "table" (the leaders table).
    role_source: str | None = None
    # (role, date) pairs from the leaders table: the office held on the date of each dated event the
    # person takes part in ("President of Russia", "2008-04-06"); empty for persons not in the table.
    dated_roles: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class TimeValue:
    """A date resolved from text, with the precision it really has."""

    value: str                   # "2008-04-06", "2008-05" or "2008"
    precision: str               # one of PRECISIONS
    text: str | None = None      # the words it came from: "on Sunday"
    end: str | None = None       # end of a span ("April 5-6")
    earliest: date | None = None
    latest: date | None = None
    modifier: str | None = None  # "early", "mid", "late", "end" when the text said so
    start: int | None = None     # offsets of `text` in the cleaned body
    stop: int | None = None


@dataclass
class Place:
    name: str
    country: str | None = None   # ISO 3166 alpha-3 (alpha-2 XK style codes allowed for Kosovo: "XKX")
    geonames: int | None = None
    start: int | None = None
    stop: int | None = None


@dataclass
class Evidence:
    text: str                    # the supporting sentence
    start: int                   # offsets into CleanArticle.text
    end: int


@dataclass
class Event:
    id: str                      # deterministic identity key (see kb.iris.event_key)
    type: str                    # ontology class local name: "Summit", "Meeting", ...
    label: str
    cameo: str | None
    plover: str | None
    date: TimeValue | None
    place: Place | None
    agents: list[str]            # Actor ids
    recipients: list[str]
    participants: list[str]      # every participant, agents and recipients included
    modality: str                # one of MODALITIES
    confidence: float
    disputes: list[str] = field(default_factory=list)   # Dispute ids
    evidence: list[Evidence] = field(default_factory=list)
    trigger: str | None = None   # the word that typed it ("summit", "met")


@dataclass
class Dispute:
    id: str                      # "dispute:missile-defense"
    topic: str                   # "missile defense"
    parties: list[str]           # Actor ids
    status: str | None = None    # one of DISPUTE_STATUSES, as reported at publication
    evidence: list[Evidence] = field(default_factory=list)
    status_evidence: Evidence | None = None   # the sentence the status was read from
    basis: str = "named"         # one of DISPUTE_BASES
    acts: list[str] = field(default_factory=list)   # Event ids an inferred dispute was read from


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None   # Actor id
    event: str | None = None     # Event id


@dataclass
class Extraction:
    """Everything drawn from one article."""

    article: CleanArticle
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
