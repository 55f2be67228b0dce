"""Our own tables of countries, organizations, leaders and places, and exact lookups in them.

Lookups never guess: a name is found through a curated name, alias, demonym or metonym, or
(for countries only) through pycountry's exact official names. Nothing is fuzzy, because
`search_fuzzy` turns "U.S." into the Virgin Islands and Kosovo into Serbia.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache, wraps
from pathlib import Path

import pycountry

from kb.gazetteer_rows import (CountryEntry, LeaderEntry, NameIndex, OrgEntry, PlaceEntry, iso_day,
                               normalize, read_table, split_cell)
from kb.resources import data_file

# ISO names news uses for more than one state ("Congo": Kinshasa or Brazzaville).
_AMBIGUOUS = {"congo", "korea"}
# Family name first: a lone "Xi" or "Kim" is the first token of the full name.
_FAMILY_FIRST = {"CHN", "PRK", "KOR", "TWN", "VNM", "VDR"}


# Before these days, the state a modern country's names and capital stood for was another one:
# "Moscow" in 1972 is the Soviet Union, "Belgrade" in 1999 is Yugoslavia. (modern, earlier, until)
PREDECESSORS = (("RUS", "SUN", date(1991, 12, 26)), ("SRB", "YUG", date(2003, 2, 4)),
                ("MNE", "YUG", date(2003, 2, 4)), ("CZE", "CSK", date(1993, 1, 1)),
                ("SVK", "CSK", date(1993, 1, 1)))


# A monarch's style and regnal number are no first name and surname: "King Hassan II" must not
# pair with "King Abdullah II" the way "George Bush" pairs with "George H. W. Bush".
_STYLES = {"king", "queen", "prince", "princess", "crown", "emir", "sheikh", "sultan", "shah", "pope"}
_REGNAL = re.compile(r"^[ivx]+$")


def _first_and_last_words(key: str) -> tuple[str, str] | None:
    """The first and last word of a folded full name, None when they are a style or a number."""
    words = key.split()
    if len(words) < 2 or words[0] in _STYLES or _REGNAL.match(words[-1]):
        return None
    return words[0], words[-1]


def _styled_given_names(full: str, entries: list["LeaderEntry"]) -> set[tuple[str, str]]:
    """(style, given name) keys of a monarch's row: the style from the office ("King of Jordan"),
    the given name the first word of the name or an alias once a style is dropped."""
    styles = {words[0].casefold() for words in (r.role.split() for r in entries)
              if len(words) > 2 and words[1] == "of"} & _STYLES
    keys = set()
    for name in (full, *(a for r in entries for a in r.aliases)):
        words = [w for w in normalize(name).split() if w not in _STYLES and w != "the"]
        if words and words[0].isalpha() and words[0] != "of" and not _REGNAL.match(words[0]):
            keys |= {(style, words[0]) for style in styles}
    return keys


_MEMO_LIMIT = 200_000  # answers kept before the memo starts again: a long ingest meets new names


def _memoized(lookup):
    """Keep a look-up's answers on the gazetteer: its tables never change once loaded, and the
    extractors ask the same names again for every mention and rule (perf8 measured a fifth of the
    time of our code after parsing spent in these look-ups)."""
    @wraps(lookup)
    def cached(self, *args):
        key = (lookup.__name__, *args)
        try:
            return self._memo[key]
        except KeyError:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            answer = self._memo[key] = lookup(self, *args)
            return answer
    return cached


class Gazetteer:
    """All four tables, loaded once; see the module functions for the lookups."""

    def __init__(self, data_dir: Path | None = None):
        self._memo: dict[tuple, object] = {}
        path = (lambda n: data_dir / n) if data_dir else data_file
        self._load_countries(read_table(path("countries.tsv")))
        self._load_orgs(read_table(path("organizations.tsv")))
        self._load_leaders(read_table(path("leaders.tsv")))
        self._load_places(read_table(path("places.tsv")))

    # -- loading -------------------------------------------------------------------------
    def _load_countries(self, rows: list[dict[str, str]]) -> None:
        self.countries: dict[str, CountryEntry] = {}
        # A name outranks a demonym, which outranks a metonym, when two rows share a string.
        self._country_names, self._demonyms, self._metonyms = NameIndex(), NameIndex(), NameIndex()
        for r in rows:
            entry = CountryEntry(r["alpha3"], r["alpha2"], r["name"], split_cell(r["aliases"]),
                                 split_cell(r["demonyms"]), split_cell(r["metonyms"]), r["wikidata"] or None)
            self.countries[entry.alpha3] = entry
            for name in (entry.name, *entry.aliases):
                self._country_names.add(name, entry)
            for name in entry.demonyms:
                self._demonyms.add(name, entry)
            for name in entry.metonyms:
                self._metonyms.add(name, entry)

    def _load_orgs(self, rows: list[dict[str, str]]) -> None:
        self.organizations: dict[str, OrgEntry] = {}
        self._orgs = NameIndex()
        for r in rows:
            entry = OrgEntry(r["key"], r["name"], r["kind"], split_cell(r["aliases"]), r["wikidata"] or None,
                             r["country"] or None, r["seat"] or None)
            self.organizations[entry.key] = entry
            for name in (entry.name, *entry.aliases):
                self._orgs.add(name, entry)

    def _load_leaders(self, rows: list[dict[str, str]]) -> None:
        self.leaders: dict[str, list[LeaderEntry]] = {}
        self._people = NameIndex()
        for r in rows:
            entry = LeaderEntry(r["name"], r["role"], iso_day(r["start"]), iso_day(r["end"]),
                                r["country"] or None, r["organization"] or None,
                                split_cell(r["aliases"]), r["wikidata"] or None)
            self.leaders.setdefault(entry.name, []).append(entry)
            for name in (entry.name, *entry.aliases):
                self._people.add(name, entry.name)
        # A person's rows in the order of their terms, whatever order the table lists them in:
        # `person` takes the last term begun before a day, and with no day the latest.
        for entries in self.leaders.values():
            entries.sort(key=lambda r: r.start or date.min)
        # Word keys for surname and first-and-last lookups, persons in leaders.tsv order (the
        # lookups scanned the whole table per name, which showed in extraction profiles). A
        # person who served a state that names its people family name first is named so.
        self._by_surname: dict[str, list[str]] = {}
        self._by_first_last: dict[tuple[str, str], list[str]] = {}
        self._by_style_given: dict[tuple[str, str], list[str]] = {}
        for full, entries in self.leaders.items():
            names = [normalize(full), *(normalize(a) for e in entries for a in e.aliases)]
            family_first = any(e.country in _FAMILY_FIRST for e in entries)
            for key in {n.split()[0] if family_first else n.rsplit(" ", 1)[-1] for n in names
                        if family_first or " " in n}:
                if not family_first and _REGNAL.match(key):  # "II" is no surname ("Xi" is)
                    continue
                if self._country_names.get(key) is None:  # "Mendes France" is not "France"
                    self._by_surname.setdefault(key, []).append(full)
            pair = _first_and_last_words(normalize(full))
            if pair:
                self._by_first_last.setdefault(pair, []).append(full)
            for key in _styled_given_names(full, entries):
                self._by_style_given.setdefault(key, []).append(full)

    def _load_places(self, rows: list[dict[str, str]]) -> None:
        self.places: list[PlaceEntry] = []
        self._places = NameIndex()
        for r in rows:
            geonames = int(r["geonames"]) if r["geonames"] else None
            entry = PlaceEntry(r["name"], r["kind"], r["country"] or None, geonames, split_cell(r["aliases"]),
                               r["city"] or None)
            self.places.append(entry)
            for name in (entry.name, *entry.aliases):
                self._places.add(name, entry)

    # -- countries -----------------------------------------------------------------------
    @_memoized
    def country_match(self, name: str) -> tuple[CountryEntry, str] | None:
        """Find a country and say how: "name", "demonym" or "metonym"."""
        for how, index in (("name", self._country_names), ("demonym", self._demonyms),
                           ("metonym", self._metonyms)):
            hit = index.get(name)
            if hit is not None:
                return hit, how
        if normalize(name).endswith("s"):  # "Poles", "Georgians": plural of a listed demonym
            hit = self._demonyms.get(name.rstrip("sS"))
            if hit is not None:
                return hit, "demonym"
        hit = self._pycountry(name)
        return (hit, "name") if hit else None

    def _pycountry(self, name: str) -> CountryEntry | None:
        if normalize(name) in _AMBIGUOUS:
            return None
        for field in ("name", "official_name", "common_name"):
            try:
                found = pycountry.countries.get(**{field: name.strip()})
            except (KeyError, LookupError):
                found = None
            if found is not None:
                return self.by_code(found.alpha_3)
        return None

    def by_code(self, alpha3: str) -> CountryEntry | None:
        """The table's row for a code, else one made from pycountry's record: a territory the
        table leaves out ("Cook Islands") is still a country to every caller that found it."""
        code = alpha3.upper()
        if code in self.countries:
            return self.countries[code]
        found = pycountry.countries.get(alpha_3=code)
        if found is None:
            return None
        return CountryEntry(found.alpha_3, found.alpha_2, getattr(found, "common_name", None) or found.name)

    # -- people --------------------------------------------------------------------------
    @_memoized
    def person_name(self, name: str, at: date | None = None) -> str | None:
        """The canonical name behind a full name, an alias or (if unambiguous) a surname."""
        hit = self._people.get(name)
        if hit is not None:
            return hit
        key = normalize(name)
        if not key or " " in key and len(key.split()) > 3:
            return None
        if " " in key:
            return self._styled_monarch(key, at) or self._first_and_last(key, at)
        return self._on_the_day(self._by_surname.get(key, []), at)

    def _first_and_last(self, key: str, at: date | None) -> str | None:
        """ "George Bush" in 1990 is George H. W. Bush: same first and last name, in office then."""
        pair = _first_and_last_words(key)
        return self._on_the_day(self._by_first_last.get(pair, []) if pair else [], at)

    def _on_the_day(self, candidates: list[str], at: date | None) -> str | None:
        """The one leader a partial name can mean on day `at`: of several, the one in office then;
        of one, only if they had held office by then. With a table of the world's leaders many
        surnames and first-and-last names have one holder, and "Jonathan" in a story of 1990, or a
        "Juan Hernandez" of 2005, is not the president of a later decade."""
        if at is not None and len(candidates) > 1:
            candidates = [n for n in candidates if any(r.active(at) for r in self.leaders[n])]
        elif at is not None:
            candidates = [n for n in candidates if any(r.start <= at for r in self.leaders[n])]
        return candidates[0] if len(candidates) == 1 else None

    def _styled_monarch(self, key: str, at: date | None) -> str | None:
        """ "King Abdullah" in 2020 is King Abdullah II of Jordan; in 2010 it is no one, since the
        Saudi king was an Abdullah too. News names a reigning monarch by style and given name, and
        the style is the office's that day: Bahrain's Hamad was an emir until 2002, a king after."""
        words = key.split()
        if len(words) != 2:
            return None
        candidates = self._by_style_given.get((words[0], words[1]), [])
        if at is not None:
            candidates = [n for n in candidates if any(
                r.active(at) and r.role.split()[0].casefold() == words[0] for r in self.leaders[n])]
        return candidates[0] if len(candidates) == 1 else None

    def person(self, name: str, at: date | None = None) -> LeaderEntry | None:
        canonical = self.person_name(name, at)
        if canonical is None:
            return None
        rows = self.leaders[canonical]
        if at is None:
            return rows[-1]
        active = [r for r in rows if r.active(at)]
        if active:
            return active[0]
        before = [r for r in rows if r.start <= at]
        return before[-1] if before else rows[0]

    def roles_at(self, person_name: str, at: date) -> list[str]:
        canonical = self.person_name(person_name, at)
        if canonical is None:
            return []
        return [r.role for r in self.leaders[canonical] if r.active(at)]

    # -- organizations and places --------------------------------------------------------
    @_memoized
    def organization(self, name: str) -> OrgEntry | None:
        return self._orgs.get(name)

    @_memoized
    def place(self, name: str) -> PlaceEntry | None:
        hit = self._places.get(name)
        if hit is not None:
            return hit
        country = self._country_names.get(name)
        if country is not None:
            return PlaceEntry(country.name, "country", country.alpha3, None, country.aliases)
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded from kb/data on first use."""
    return Gazetteer()


def country(name: str) -> CountryEntry | None:
    """The country `name` denotes (name, alias, demonym or government metonym), or None."""
    hit = gazetteer().country_match(name)
    return hit[0] if hit else None


def as_of(entry: CountryEntry, at: date | None, how: str = "name") -> CountryEntry:
    """The state `entry`'s names stood for on `at`: Russia's capital before 1992 is the Soviet Union's.

    Serbia and Montenegro were republics within Yugoslavia, so only their capitals (metonyms: the
    government speaking) become Yugoslavia; Russia's name, demonym and capital all do.
    """
    if at is None:
        return entry
    for modern, earlier, until in PREDECESSORS:
        if entry.alpha3 == modern and at < until and (how == "metonym" or modern in ("RUS", "CZE")):
            return gazetteer().countries.get(earlier, entry)
    return entry


def country_by_code(alpha3: str) -> CountryEntry | None:
    return gazetteer().by_code(alpha3)


def organization(name: str) -> OrgEntry | None:
    return gazetteer().organization(name)


def person(name: str, at: date | None = None) -> LeaderEntry | None:
    """The leaders-table row for `name` valid at `at` (the latest row if `at` is None)."""
    return gazetteer().person(name, at)


def roles_at(person_name: str, at: date) -> list[str]:
    """Every role the person held on `at`, per the leaders table."""
    return gazetteer().roles_at(person_name, at)


def place(name: str) -> PlaceEntry | None:
    """A city, venue, region or sea from our table, else a country as a place, else None."""
    return gazetteer().place(name)


def is_country_place(name: str) -> bool:
    """Whether a place's name is a country's (the place table's reading); an unknown place is none."""
    entry = place(name)
    return entry is not None and entry.kind == "country"
