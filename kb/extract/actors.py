"""Actors of one article: persons, countries, organizations and groups, each merged over its mentions.

Sources are spaCy's entities, checked against our gazetteer and a few dependency rules:
a title before a name gives a role and a country, a capital or "the Kremlin" is a government
only when it acts, and credits (authors, agencies, photographers) never become actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.errors import ExtractionError
from kb.extract.titles import (HEAD_TITLES, TITLE_WORDS, Title, role_from_title, title_after,
                               title_as, title_before, title_head)
from kb.iris import slugify as slug
from kb.model import Actor, CleanArticle
from kb.nlp import text_of

# Nouns a demonym or a government metonym modifies when it stands for the state itself.
ACTOR_NOUNS = {
    "side", "government", "officials", "official", "authorities", "leader", "leaders", "leadership",
    "president", "forces", "troops", "military", "army", "navy", "delegation", "diplomats",
    "diplomat", "ministry", "administration", "negotiators", "envoy", "embassy", "parliament",
    "spokesman", "spokeswoman", "minister", "prime", "foreign", "counterpart", "counterparts",
    "regime", "cabinet", "state", "aides", "aide", "sources",
}
# Heads of ORG names that are real institutions rather than products, vehicles or media.
ORG_HEADS = {
    "ministry", "council", "parliament", "party", "government", "commission", "committee",
    "army", "forces", "court", "assembly", "congress", "senate", "duma", "union", "alliance",
    "league", "organization", "organisation", "movement", "front", "brigade", "brigades", "bank",
    "fund", "department", "cabinet", "guard", "guards", "corps", "service", "office", "agency",
    "authority", "federation", "secretariat", "navy", "militia", "rebels", "knesset", "majlis",
}
GROUP_HEADS = {"movement", "front", "brigade", "brigades", "militia", "rebels", "guards"}
# National government bodies are their state acting ("the Russian Foreign Ministry" -> Russia).
GOVERNMENT_BODIES = {"ministry", "government", "cabinet", "embassy", "administration"}
MEDIA_WORDS = {"news", "times", "post", "radio", "television", "tv", "press", "journal",
               "herald", "telegraph", "tribune", "gazette", "daily", "agency"}
_CREDIT = re.compile(
    r"(?:\b(?:REUTERS|AFP|AP Photo|AP|EPA|Getty Images|Pool|POOL|Photo|Photograph|Picture)\s*[/:]\s*"
    r"|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]hotos?)\s+by\s+|^By\s+)"
    r"(?P<names>[^\n]{1,160})", re.M)
# Searched only in lines that say "contributed": tried at every offset of the text, the leading
# run of up to 200 characters made this the dearest regex of actor extraction.
_CONTRIBUTED = re.compile(
    r"(?P<names>[^\n.]{1,200})\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)")
_CREDIT_NAME = re.compile(r"[A-Z][\w'.\-]+(?:\s+(?:[A-Z][\w'.\-]+|de|van|von|der|al|bin)){1,3}")
_ACTING_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "poss", "dobj", "dative", "iobj"}
_ACTING_PREPS = {"by", "with", "against", "between", "among", "for", "on", "over", "toward",
                 "towards", "and"}
_MOTION_VERBS = {"visit", "leave", "reach", "tour", "enter", "return", "arrive", "fly", "travel"}


@dataclass
class _Candidate:
    """An actor being assembled from its mentions."""

    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    table_roles: list[str] = field(default_factory=list)  # used only if the article states none


def extract_actors(doc: Doc, clean: CleanArticle) -> list[Actor]:
    """Find the actors of `clean` in `doc` (parsed from clean.text), merged and in text order."""
    if text_of(doc) != clean.text:
        raise ExtractionError("extract_actors: the Doc was not parsed from the cleaned text")
    at = clean.published.date() if clean.published else None
    blocked = _blocked_names(clean)
    found: dict[str, _Candidate] = {}
    people: list[tuple[Span, str, Title]] = []
    surnames = _surnames(doc, blocked)
    for ent in doc.ents:
        if _blocked(ent, blocked, surnames):
            continue
        if (ent.label_ == "PERSON" or ent.text in surnames or _leader_surname(ent, at) or _titled_name(ent)) \
                and not _as_org_or_country(ent, found, at):
            person = _person_mention(ent)
            if person:
                people.append(person)
        elif ent.label_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
            _org_or_country(ent, found, at)
    for span in _unlabelled_names(doc, surnames):
        person = _person_mention(span)
        if person:
            people.append(person)
    for cand in _resolve_people(people, at):
        _merge(found, cand)
    _unlabelled_orgs(doc, found)
    _states_from_context(doc, found)
    return [_to_actor(c) for c in sorted(found.values(), key=lambda c: min(c.mentions))]


# -- the state of an office holder whose title names none ---------------------------------
_REPORTING_VERBS = {"say", "announce", "tell", "declare", "state"}


def _states_from_context(doc: Doc, found: dict[str, _Candidate]) -> None:
    """A bare title ("President Juan Carlos Varela") takes its state from the sentence: a speaker
    reports what his country did ("Panama broke off ties, President X said"), office holders
    listed together serve one state ("talks with Brezhnev, Premier Kosygin and President Podgorny"),
    and an official speaks for the capital the sentence opens with ("In Beijing, a spokesman ...")."""
    owner = {start: cand for cand in found.values() for start, _ in cand.mentions}
    for cand in found.values():
        if cand.kind != "person" or cand.country or not cand.roles:
            continue
        for start, end in cand.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            # only a mention that carries its title is one of the office holders listed:
            # "Putin and Tokayev had a call" pairs two leaders of two states
            listed = _listed_state(span.root, owner) if span and title_before(doc, span.start) else None
            state = (_reported_state(span.root, owner) or listed or _capital_scene(span.root)) if span else None
            if state:
                cand.country = state
                break


def _capital_scene(tok: Token) -> str | None:
    """"In Beijing, foreign ministry spokesman X said": an official whose title names no state,
    speaking in a capital the sentence opens with, serves the state governed from there."""
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.left_edge.i <= tok.i <= subject.right_edge.i):
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < subject.i):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            hit = gz.gazetteer().country_match(place.text)
            if hit is not None and hit[1] == "metonym":
                return hit[0].alpha3
    return None


def _country_at(tok, owner: dict[int, _Candidate]) -> str | None:
    cand = next((c for t in tok.subtree for c in [owner.get(t.idx)] if c is not None), None)
    return cand.country if cand is not None and cand.kind == "country" else None


def _reported_state(tok: Token, owner: dict[int, _Candidate]) -> str | None:
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            return _country_at(subject, owner)
    return None


def _listed_state(tok: Token, owner: dict[int, _Candidate]) -> str | None:
    first = tok.head if tok.dep_ == "conj" else tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    states = set()
    for member in (first, *first.conjuncts):
        if member.i == tok.i:
            continue
        cand = next((c for t in member.subtree if t.dep_ in ("compound", "flat") or t.i == member.i
                     for c in [owner.get(t.idx)] if c is not None and c.kind == "person"), None)
        if cand is not None and cand.country:
            states.add(cand.country)
    return states.pop() if len(states) == 1 else None


def _surnames(doc: Doc, blocked: set[str]) -> set[str]:
    """Last names of the article's full PERSON names (credited names aside): spaCy labels a
    lone "Quill" ORG at times, and a lone "Brown" is Gordon Brown's even if Chris Brown wrote it.
    First names too, where names are given first (a lone "Abiy" later is "Abiy Ahmed")."""
    names = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1 and gz.normalize(e.text) not in blocked:
            names.update(t.text for t in (e[0], e[-1]) if t.is_title and t.lower_ not in TITLE_WORDS
                         and t.lower_ not in _HONORIFICS)
    return names


def _unlabelled_names(doc: Doc, names: set[str]) -> list[Span]:
    """A lone name word spaCy gave no label ("Abiy flew into the capital") that a full name of
    the article begins or ends with, and that names no country or place."""
    return [doc[t.i: t.i + 1] for t in doc if not t.ent_type_ and t.pos_ == "PROPN" and t.text in names
            and gz.gazetteer().country_match(t.text) is None and gz.place(t.text) is None]


def _leader_surname(ent: Span, at: date | None) -> bool:
    """A lone "Ford" that spaCy calls an organization is the leader of that name in office then."""
    if at is None or len(ent) != 1 or ent.label_ != "ORG" or not ent.text.istitle():
        return False
    row = gz.person(ent.text, at)
    return row is not None and row.active(at)


def _titled_name(ent: Span) -> bool:
    """A name spaCy calls an organization that is a person's: a full name of the leaders table,
    or one in apposition to a title ("the party general secretary, Le Van Tam")."""
    if ent.label_ != "ORG" or gz.organization(ent.text) is not None or len(ent) < 2:
        return False
    if gz.gazetteer().person_name(ent.text) is not None and " " in ent.text.strip():
        return True
    return ent.root.dep_ == "appos" and ent.root.head.lower_ in HEAD_TITLES and _looks_like_name(ent.text)


# -- exclusions ---------------------------------------------------------------------------
def _blocked_names(clean: CleanArticle) -> set[str]:
    """Authors, the agency and every name in a credit line ("REUTERS/Grigory Dukor")."""
    names = {gz.normalize(n) for n in clean.authors}
    if clean.agency:
        names.add(gz.normalize(clean.agency))
    credits = [m.group("names") for m in _CREDIT.finditer(clean.text)]
    credits += [m.group("names") for line in clean.text.splitlines() if "contributed" in line
                for m in _CONTRIBUTED.finditer(line)]
    for credited in credits:
        names.update(gz.normalize(n) for n in _CREDIT_NAME.findall(credited))
    return names


def _blocked(ent: Span, blocked: set[str], surnames: set[str]) -> bool:
    text = gz.normalize(ent.text)
    if text in blocked:
        return True
    if " " not in text and ent.text not in surnames and any(text in b.split() for b in blocked):
        return True  # "Spetalnick" alone, from the credit "Writing by Matt Spetalnick"
    org = gz.organization(ent.text)
    return org is not None and org.kind == "media"


# -- persons ------------------------------------------------------------------------------
_PARTICLES = {"de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "du", "la", "le", "el"}
_FACILITY_NOUNS = {"mosque", "church", "cathedral", "temple", "palace", "square", "airport", "street",
                   "avenue", "bridge", "university", "hall", "hotel", "stadium", "building", "memorial",
                   "museum", "station", "port", "dam", "canal", "prize", "award", "foundation", "institute"}
_REGNAL_TITLES = {"King", "Queen", "Pope", "Prince", "Princess", "Emir", "Sultan", "Emperor", "Empress"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam"}


def _person_mention(ent: Span) -> tuple[Span, str, Title] | None:
    """The name span without titles or possessive, its text, and the title around it."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and (doc[start].lower_ in TITLE_WORDS or doc[start].lower_ in _HONORIFICS):
        start += 1  # spaCy sometimes swallows "President" or "Mr." into the name
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2  # spaCy cuts "Moon Jae-in" at the hyphen
    if start >= end or doc[start].text in ("St", "St.", "Saint"):
        return None  # "St Andrew's Hall" names a hall, not a person
    if doc[end - 1].text == "City" or (end < len(doc) and doc[end].lower_ in _FACILITY_NOUNS) \
            or gz.place(doc[start:end].text) is not None:
        return None  # "Ho Chi Minh City", "the Sultan Hassan mosque": places named after people
    span = doc[start:end]
    name = re.sub(r"\s+", " ", span.text).strip()
    if not _looks_like_name(name):
        return None
    if start > 0 and doc[start - 1].text in _REGNAL_TITLES and " " not in name:
        name = f"{doc[start - 1].text} {name}"  # a monarch or pope is known by title and name
    title = title_before(doc, start) or title_after(span) or title_head(span) or title_as(span) or Title()
    return span, name, title


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 5 or any(ch.isdigit() or ch in "/@#" for ch in name):
        return False
    if len(words) == 1 and name.isupper() and len(name) > 3:
        return False  # "SOCHI", "REUTERS": page furniture, not people
    return all(w[0].isupper() or w.lower() in _PARTICLES or re.match(r"[a-z]{1,3}-[A-Z]", w)
               for w in words)  # "Abdel Fattah al-Sisi", "Charles de Gaulle"


def _resolve_people(people: list[tuple[Span, str, Title]], at: date | None) -> list[_Candidate]:
    """Give every mention its canonical full name; drop lone words nobody can resolve."""
    full = [(span.start_char, name) for span, name, _ in people if len(name.split()) > 1]
    out: list[_Candidate] = []
    for span, name, title in people:
        canonical = _canonical(name, span.start_char, full, at)
        if canonical is None and (title.has_head or len(name.split()) > 1):
            canonical = name
        if canonical is None:
            continue
        out.append(_person(canonical, (span.start_char, span.end_char), title, at))
    return out


def _canonical(name: str, where: int, full: list[tuple[int, str]], at: date | None) -> str | None:
    known = gz.gazetteer().person_name(name)  # a full name or alias from the leaders table
    if known and len(name.split()) > 1:
        return known
    name = _common_form(name, full)
    words = [w.casefold() for w in name.split()]
    longer = [(pos, f) for pos, f in full if _shorter_form(words, [w.casefold() for w in f.split()])]
    if longer:
        before = [f for pos, f in longer if pos <= where]
        name = _common_form(before[-1] if before else longer[0][1], full)
    return gz.gazetteer().person_name(name, at) or (name if longer or len(words) > 1 else None)


def _common_form(name: str, full: list[tuple[int, str]]) -> str:
    """"President Mohammed Hosni Mubarak" is the article's (and the world's) "Hosni Mubarak"."""
    words = [w.casefold() for w in name.split()]
    for _, other in full:
        tail = [w.casefold() for w in other.split()]
        if 1 < len(tail) < len(words) and words[-len(tail):] == tail:
            return other
    return name


def _shorter_form(words: list[str], full: list[str]) -> bool:
    """"Bush" or "George Bush" stands for "George W. Bush"; "Laura Bush" does not."""
    if len(words) >= len(full):
        return False
    if len(words) == 1:
        return words[0] in (full[-1], full[0])
    rest = iter(full)
    return words[0] == full[0] and words[-1] == full[-1] and all(w in rest for w in words)


def _person(name: str, mention: tuple[int, int], title: Title, at: date | None) -> _Candidate:
    row = gz.person(name, at)
    cand = _Candidate("person:" + slug(name), name, "person", title.country, mentions=[mention])
    if row is not None and row.name == name:
        cand.country = cand.country or row.country
        cand.wikidata = row.wikidata
    role = role_from_title(title, name, at)
    if role:
        cand.roles.append(role)
    elif at is not None and row is not None and row.name == name:
        cand.table_roles.extend(gz.roles_at(name, at))
    return cand


# -- countries, organizations, groups -----------------------------------------------------
def _as_org_or_country(ent: Span, found: dict[str, _Candidate], at: date | None) -> bool:
    """spaCy reads some groups and states as PERSON ("Hamas"); take those from the gazetteer."""
    if gz.organization(ent.text) or gz.gazetteer().country_match(ent.text):
        return _org_or_country(ent, found, at)
    return False


def _org_or_country(ent: Span, found: dict[str, _Candidate], at: date | None = None) -> bool:
    """Add `ent` as a country or organization mention; True if it was one."""
    span = _trim(ent)
    if span is None:
        return False
    hit = gz.gazetteer().country_match(span.text)
    if hit is not None:
        return _country_mention(span, gz.as_of(hit[0], at, hit[1]), hit[1], found)
    if _compound_countries(span, found):
        return True
    span, org = _org_span(span, ent.label_)
    if org is not None:
        if org.kind != "media":
            kind = "group" if org.kind == "group" else "organization"
            prefix = "group:" if kind == "group" else "org:"
            # organizations are identified by canonical name (DESIGN §5), like evaluate.actor_key
            _merge(found, _Candidate(prefix + slug(org.name), org.name, kind, org.country, org.wikidata,
                                     mentions=[(span.start_char, span.end_char)]))
        return True
    if ent.label_ == "ORG":
        return _unknown_org(span, found)
    return False


_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}


@lru_cache(maxsize=1)
def _org_pattern() -> re.Pattern:
    """Every organization name of more than one word, longest first, as whole words."""
    names = {n for org in gz.gazetteer().organizations.values() if org.kind != "media"
             for n in (org.name, *org.aliases) if " " in n and n[:1].isupper()}
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")


def _unlabelled_orgs(doc: Doc, found: dict[str, _Candidate]) -> None:
    """Names of the organizations table that spaCy left without a name label ("leaders of the
    Group of Seven industrial democracies": "Seven" read as a number); a name it labelled was
    judged by the entity rules already."""
    taken = sorted(m for c in found.values() for m in c.mentions)
    for match in _org_pattern().finditer(text_of(doc)):
        start, end = match.span()
        span = doc.char_span(start, end)
        if span is None or any(t.ent_type_ in _NAME_LABELS for t in span) or any(s < end and start < e for s, e in taken):
            continue
        org = gz.organization(match.group())
        kind = "group" if org.kind == "group" else "organization"
        _merge(found, _Candidate(("group:" if kind == "group" else "org:") + slug(org.name), org.name, kind,
                                 org.country, org.wikidata, mentions=[(start, end)]))


def _org_span(span: Span, label: str) -> tuple[Span, gz.OrgEntry | None]:
    """The organization named by `span`, or by `span` and up to three more words: spaCy cuts
    "Organization for Security and Cooperation" before "in Europe"."""
    org = gz.organization(span.text)
    if org is not None or label != "ORG":
        return span, org
    owner = next((t.i for t in span if t.text in ("'s", "\u2019s")), None)
    if owner is not None and owner + 1 < span.end:  # "Tsvangirai's Movement for Democratic Change"
        rest = span.doc[owner + 1:span.end]
        if gz.organization(rest.text) is not None:
            return rest, gz.organization(rest.text)
    sent_end = span.sent.end
    for extra in (1, 2, 3):
        if span.end + extra > sent_end:
            break
        longer = span.doc[span.start: span.end + extra]
        org = gz.organization(longer.text)
        if org is not None:
            return longer, org
    return span, None


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    return doc[start:end] if start < end else None


def _country_mention(span: Span, entry: gz.CountryEntry, how: str, found: dict[str, _Candidate]) -> bool:
    if how == "metonym" and not acts(span):
        return True  # "returning to Washington": a place, which kb.extract.places takes
    if how == "demonym" and not _stands_for_state(span):
        return True  # "a Russian folk ensemble"
    _merge(found, _Candidate("country:" + entry.alpha3, entry.name, "country", entry.alpha3,
                             entry.wikidata, mentions=[(span.start_char, span.end_char)]))
    return True


def acts(span: Span) -> bool:
    """Whether a capital or seat of government stands for its state here (it speaks, wants, acts)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in _ACTING_DEPS:
        return not (tok.dep_ == "dobj" and tok.head.lemma_ in _MOTION_VERBS)
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _ACTING_PREPS
    if tok.dep_ in ("compound", "amod", "nmod"):
        return tok.head.lower_ in ACTOR_NOUNS
    return False


def _stands_for_state(span: Span) -> bool:
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.dep_ in ("amod", "compound", "nmod"):
        tok = tok.head  # "the British and Irish governments": "Irish" modifies what "British" does
    if tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ == "ADJ":
        head = tok.head
        return any(w in ACTOR_NOUNS or w in HEAD_TITLES for w in (head.lower_, head.lemma_.lower()))
    return tok.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj", "conj", "appos")


def _compound_countries(span: Span, found: dict[str, _Candidate]) -> bool:
    """ "U.S.-Russia summit": each side of the hyphen is a country mention."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^-\u2013]+", span.text)]
    hits = [(pos, text, gz.gazetteer().country_match(text)) for pos, text in parts]
    if len(hits) < 2 or any(h is None or h[1] == "demonym" for _, _, h in hits):
        return False
    for pos, text, (entry, _) in hits:
        start = span.start_char + pos
        _merge(found, _Candidate("country:" + entry.alpha3, entry.name, "country", entry.alpha3,
                                 entry.wikidata, mentions=[(start, start + len(text))]))
    return True


def _unknown_org(span: Span, found: dict[str, _Candidate]) -> bool:
    words = [t.lower_ for t in span]
    head = span.root.lower_
    venue = gz.place(span.text)
    if venue is not None and venue.kind == "venue":
        return False  # "the Oval Office" is a room, not an office of state
    if head not in ORG_HEADS or MEDIA_WORDS & set(words) and head == "agency":
        return False
    holders = [span.root] + ([span.root.head] if span.root.dep_ == "compound" else [])
    owners = list(span) + [c for h in holders for c in h.children
                           if c.dep_ in ("poss", "amod", "compound") and c.i not in range(span.start, span.end)]
    country = next((h for t in owners if (h := gz.gazetteer().country_match(t.text))), None)
    if head in GOVERNMENT_BODIES:
        # a national body is its state acting; a bare "foreign ministry" names nobody
        return _country_mention_forced(span, country[0], found) if country else True
    name = re.sub(r"\s+", " ", span.text)
    kind = "group" if head in GROUP_HEADS else "organization"
    prefix = "group:" if kind == "group" else "org:"
    _merge(found, _Candidate(prefix + slug(name), name, kind, country[0].alpha3 if country else None,
                             mentions=[(span.start_char, span.end_char)]))
    return True


def _country_mention_forced(span: Span, entry: gz.CountryEntry, found: dict[str, _Candidate]) -> bool:
    _merge(found, _Candidate("country:" + entry.alpha3, entry.name, "country", entry.alpha3,
                             entry.wikidata, mentions=[(span.start_char, span.end_char)]))
    return True


# -- merging ------------------------------------------------------------------------------
def _merge(found: dict[str, _Candidate], cand: _Candidate) -> None:
    have = found.get(cand.id)
    if have is None:
        found[cand.id] = cand
        return
    have.country = have.country or cand.country
    have.wikidata = have.wikidata or cand.wikidata
    have.roles += [r for r in cand.roles if r not in have.roles]
    have.table_roles += [r for r in cand.table_roles if r not in have.table_roles]
    have.mentions += [m for m in cand.mentions if m not in have.mentions]


def _to_actor(c: _Candidate) -> Actor:
    source = "text" if c.roles else ("table" if c.table_roles else None)
    return Actor(id=c.id, name=c.name, kind=c.kind, country=c.country, roles=list(c.roles or c.table_roles),
                 wikidata=c.wikidata, mentions=sorted(c.mentions), role_source=source)



def token_actor(tok: Token, actors: list[Actor]) -> Actor | None:
    """The actor one of whose mentions covers `tok`, if any (for event extraction)."""
    for actor in actors:
        if any(s <= tok.idx < e for s, e in actor.mentions):
            return actor
    return None
