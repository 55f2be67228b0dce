"""The rows of the gazetteer's tables, how a table is read, and how names are folded for lookup."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

# Country names read with "the" in running text ("President of the United States").
_DEFINITE = {"United States", "United Kingdom", "Netherlands", "Philippines", "Czech Republic",
             "Central African Republic", "Dominican Republic", "United Arab Emirates", "Bahamas",
             "Gambia", "Marshall Islands", "Solomon Islands", "Comoros", "Maldives", "Seychelles",
             "Democratic Republic of the Congo", "Republic of the Congo", "Soviet Union",
             "Cook Islands", "Faroe Islands", "Cayman Islands"}


@dataclass(frozen=True)
class CountryEntry:
    alpha3: str
    alpha2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    wikidata: str | None = None

    @property
    def role_name(self) -> str:
        """The name as it reads after "President of"."""
        return f"the {self.name}" if self.name in _DEFINITE else self.name


@dataclass(frozen=True)
class OrgEntry:
    key: str
    name: str
    kind: str                       # organization | group | media (media are never actors)
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None      # alpha3 for national bodies and groups ("state-duma": RUS)
    seat: str | None = None         # the city a body sits in, for its acts in session ("New York")


@dataclass(frozen=True)
class LeaderEntry:
    name: str
    role: str
    start: date
    end: date | None                # None: still in office
    country: str | None = None      # alpha3 of the polity the role belongs to
    organization: str | None = None  # org key for roles of the EU, UN, NATO...
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None

    def active(self, at: date) -> bool:
        # Both ends inclusive: on a hand-over day the outgoing holder still held office.
        return self.start <= at and (self.end is None or at <= self.end)


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str                       # city | venue | region | sea | island | country
    country: str | None = None
    geonames: int | None = None
    aliases: tuple[str, ...] = ()
    city: str | None = None         # for a venue: the city it stands in ("Kremlin" -> Moscow)


@lru_cache(maxsize=1 << 16)   # called for every leader alias on each surname lookup: cache the folding
def normalize(name: str) -> str:
    """Fold a mention for lookup: case, accents, curly quotes, a leading "the", a possessive."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text).strip().strip(",;:()\"")
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
    return text.casefold()


def is_code_like(alias: str) -> bool:
    """Short all-capital aliases ("US", "WHO", "IS") are words in lower case: match them exactly."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4 and "." not in alias


def split_cell(cell: str) -> tuple[str, ...]:
    return tuple(a for a in (cell or "").split("|") if a)


def read_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def iso_day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class NameIndex:
    """A name index with exact-case keys for code-like aliases and folded keys for the rest."""

    def __init__(self) -> None:
        self.folded: dict[str, object] = {}
        self.exact: dict[str, object] = {}

    def add(self, name: str, value: object) -> None:
        if is_code_like(name):
            self.exact.setdefault(name, value)
        else:
            self.folded.setdefault(normalize(name), value)

    def get(self, name: str) -> object | None:
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        bare = re.sub(r"['\u2019]s?$", "", bare)
        if bare in self.exact:
            return self.exact[bare]
        return self.folded.get(normalize(name))
