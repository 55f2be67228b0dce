"""Titles around a person's name ("U.S. President", "Russia's foreign minister") read as roles.

A title is read from the words before a name, or from an appositive on either side of it; its
country or organization comes from the gazetteer, and the role is worded like the leaders
table where the person is in it ("President of the United States").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from kb import gazetteer as gz
from kb.model import Actor

# Words that make up a title in front of a name ("National security adviser", "Secretary of State").
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "foreign", "secretary", "state", "chancellor",
    "premier", "king", "queen", "prince", "crown", "emperor", "ambassador", "envoy", "special",
    "adviser", "advisor", "national", "security", "spokesman", "spokeswoman", "spokesperson",
    "leader", "supreme", "opposition", "general", "gen.", "sen.", "senator", "rep.", "governor",
    "mayor", "chairman", "chairwoman", "chair", "director", "commander", "deputy", "first", "chief",
    "defense", "defence", "interior", "finance", "trade", "economy", "energy", "affairs", "external",
    "home", "treasury", "nuclear", "negotiator", "top", "senior", "ayatollah", "sheikh", "emir",
    "sultan", "pope", "former", "then", "acting", "interim", "speaker", "elect", "-", "foreign-policy",
    "secretary-general", "high", "representative", "commissioner", "party", "army", "military",
    "diplomat", "caretaker", "transitional", "ruler", "government",
    # diplomatic and ministerial ranks ("chargé d'affaires", "permanent representative",
    # "consul general", "undersecretary for foreign affairs", "assistant secretary of state")
    "chargé", "chargée", "charge", "d'affaires", "d\u2019affaires", "permanent", "consul", "consul-general",
    "attaché", "attache", "undersecretary", "under-secretary", "assistant", "vice-minister",
    "vice-president", "emissary", "plenipotentiary", "extraordinary", "counsellor", "counselor",
}
# Military ranks between an office and a name ("government spokesman Colonel X"): read over to
# reach the office, but no part of it (the role is the office's).
_RANKS = {"colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "brigadier", "admiral", "marshal"}
# The noun that makes a phrase a title at all; "Russia's Vladimir Putin" has none.
HEAD_TITLES = {
    "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince",
    "emperor", "ambassador", "envoy", "adviser", "advisor", "spokesman", "spokeswoman",
    "spokesperson", "leader", "senator", "sen.", "governor", "mayor", "chairman", "chairwoman",
    "director", "commander", "negotiator", "general", "gen.", "emir", "sultan", "pope",
    "ayatollah", "speaker", "representative", "commissioner", "secretary-general", "diplomat", "ruler",
    "d'affaires", "d\u2019affaires", "consul", "consul-general", "attaché", "attache", "undersecretary",
    "under-secretary", "vice-minister", "vice-president", "emissary",
}
_FORMER = {"former", "ousted", "deposed", "exiled", "late", "ex"}
# A stated title ending in one of these reads "<title> of <country>" ("President of Russia");
# other titles are kept as written ("Kremlin spokesman", "National security adviser").
_COMPOSE_HEADS = {"president", "minister", "chancellor", "premier", "king", "queen", "ambassador",
                  "emir", "sultan", "leader", "envoy", "prince", "emperor", "secretary-general",
                  "d'affaires", "d\u2019affaires", "consul", "consul-general", "emissary", "vice-president",
                  "vice-minister", "undersecretary", "under-secretary"}


@dataclass
class Title:
    stated: str = ""                # the title as written, without articles: "Kremlin spokesman"
    words: str = ""                 # the title without its country or organization: "President"
    country: str | None = None
    organization: str | None = None
    has_head: bool = False
    former: bool = False


def title_before(doc: Doc, start: int) -> Title | None:
    """Read leftwards from a name over title words, countries and possessives."""
    i, first, body = start - 1, start, False
    sent_start = doc[start].sent.start
    while i >= sent_start:
        tok = doc[i]
        if tok.lower_ in _FORMER and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            break  # "the army ousted President X": the act done to him, not a title he held
        if _title_word(tok) or tok.lower_ in _FORMER or tok.text in ("'s", "\u2019s") or \
                tok.ent_type_ in ("GPE", "NORP", "ORG") and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            first = i
        elif tok.lower_ in ("of", "for", "press") and i - 1 >= sent_start and \
                (doc[i - 1].lower_ in TITLE_WORDS or doc[i - 1].ent_type_):
            if tok.lower_ != "press" and _complete(doc[i + 1:start]):
                break  # "the envoy of President X", "a spokesman for X": the title before is another's
            first = i
        elif _body_of_office(tok, i, start) or body and tok.is_lower and tok.dep_ in ("amod", "compound"):
            body, first = True, i  # "central bank president X", "militia leader Y": a body's office
        else:
            break
        i -= 1
    title = read_title(doc[first:start]) if first < start else None
    if title is not None and body:  # the state before it ("Iraqi militia leader") is the person's, the office no state's
        title.has_head, title.words = False, ""
    return title if title and (title.has_head or title.country or title.organization) else None


def _body_of_office(tok: Token, i: int, start: int) -> bool:
    """Whether a common noun the leftward read stops at names the body whose office the title is:
    a compound on a head title read so far ("bank president", "club chairman", "rebel leader")."""
    return tok.is_lower and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound" and i < tok.head.i < start \
        and tok.head.lower_ in _COMPOSE_HEADS | {"chairman", "chairwoman", "director", "governor"}


def _title_word(tok: Token) -> bool:
    return tok.lower_ in TITLE_WORDS or tok.lower_ in _RANKS


def _complete(words: Span) -> bool:
    """Whether the words between an "of" or "for" and a name leave the name a title of its own
    (a head title: "President"), or none at all: then the phrase before is another's office."""
    return not len(words) or any(t.lower_ in HEAD_TITLES for t in words)


def title_after(span: Span) -> Title | None:
    """An appositive title after the name: "Sergei Lavrov, Russia's foreign minister, said",
    "X, the commander of Iran's Quds Force"."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lower_ in HEAD_TITLES:
            return _with_owner(read_title(span.doc[child.left_edge.i: child.i + 1]), child)
    return None


def title_head(span: Span) -> Title | None:
    """A title the name is in apposition to: "Libya's deputy foreign minister, Khaled Kaim"."""
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and head.lower_ in HEAD_TITLES:
        return _with_owner(read_title(span.doc[head.left_edge.i: head.i + 1]), head)
    return None


def title_apposed_before(span: Span) -> Title | None:
    """A title and a comma right before a name that a comma or the sentence's end closes: "the
    Norwegian foreign minister, Jan Petersen, said" (the parser hangs such a name elsewhere at
    times); words of the name's own title in between are skipped ("X's ruler, General Y,")."""
    doc = span.doc
    comma = span.start - 1
    while comma > span.sent.start and _title_word(doc[comma]):
        comma -= 1
    closed = span.end >= span.sent.end or doc[span.end].text in (",", ";") or doc[span.end].is_sent_end
    if comma <= span.sent.start or doc[comma].text != "," or not closed:
        return None
    title = title_before(doc, comma)
    return title if title is not None and title.has_head else None


def title_as(span: Span) -> Title | None:
    """A title the name's clause gives it: "X resigned as president of Egypt", "Y was sworn in as
    prime minister", "Z told aides he would quit as prime minister", "a judge, W, was installed as
    acting president" (the name in apposition to the subject)."""
    subject = span.root.head if span.root.dep_ == "appos" and span.root.head.i < span.start else span.root
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subject.head
    # "X told aides he would quit as prime minister", "X vowed to serve as president": the
    # clause under the name's verb speaks of X when it has no subject of its own, or "he" or "she"
    own = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and all(
        s.lower_ in ("he", "she") for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))]
    for prep in (p for v in own for p in v.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for office in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in HEAD_TITLES):
                return _with_owner(read_title(span.doc[office.left_edge.i: office.i + 1]), office)
    return None


def _with_owner(title: Title, head: Token) -> Title:
    """Complete a title with the state an "of" phrase after its head names ("president of
    Egypt", "secretary of Iran's security council"), when the words before named none."""
    if title.country or title.organization:
        return title
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for owner in (o for o in prep.children if o.dep_ == "pobj"):
            phrases = [owner] + [c for c in owner.children if c.dep_ == "poss"]
            for phrase in phrases:
                words = [t for t in phrase.subtree if t.i <= phrase.i and t.lower_ != "the" and t.dep_ != "case"]
                hit = gz.gazetteer().country_match(" ".join(t.text for t in words)) if words else None
                if hit is not None and hit[1] in ("name", "metonym"):
                    title.country = hit[0].alpha3
                    return title
    return title


def read_title(tokens: Span) -> Title:
    title = Title()
    words: list[str] = []
    stated: list[str] = []
    toks = list(tokens)
    i = 0
    while i < len(toks):
        used = _affiliation(toks, i, title)
        if used:
            stated.extend(t.text_with_ws for t in toks[i:i + used])
            i += used
            continue
        tok, low = toks[i], toks[i].lower_
        if low in _FORMER:
            title.former = True
        elif low in TITLE_WORDS or low in ("of", "for", "press"):
            words.append(tok.text)
            stated.append(tok.text_with_ws)
            title.has_head = title.has_head or low in HEAD_TITLES
        i += 1
    while words and words[-1].lower() in ("of", "for", "-"):
        words.pop()
    title.words = re.sub(r"\s*-\s*", "-", " ".join(words))
    title.stated = re.sub(r"\s*-\s*", "-", "".join(stated).strip())
    return title


def _affiliation(toks: list[Token], i: int, title: Title) -> int:
    """Read a country or organization name of up to three tokens at `i`; the tokens used."""
    if not toks[i].text[:1].isupper() or toks[i].lower_ in HEAD_TITLES:
        return 0
    for n in (3, 2, 1):
        seg = toks[i:i + n]
        if len(seg) < n:
            continue
        text = seg[0].doc[seg[0].i: seg[-1].i + 1].text
        hit = gz.gazetteer().country_match(text)
        if hit is not None:  # after an organization, a state is what the office deals with ("UN envoy for X")
            title.country = title.country or (None if title.organization else hit[0].alpha3)
            return n + int(i + n < len(toks) and toks[i + n].text in ("'s", "\u2019s"))
        org = gz.organization(text)
        if org is not None and org.kind != "media":
            title.organization = title.organization or org.key
            return n
    return 0


def role_from_title(title: Title, name: str, at: date | None) -> str | None:
    """A stated title as a role: "U.S. President" -> "President of the United States"."""
    if not title.has_head or title.former or not title.words:
        return None
    said = _fold(title.words)
    for role in gz.roles_at(name, at) if at else []:
        if re.search(rf"\b{re.escape(said)}\b", _fold(role)):
            return role  # the leaders table's wording of the same office
    owner = None
    if title.country:
        owner = gz.country_by_code(title.country).role_name
    elif title.organization:
        org_name = gz.gazetteer().organizations[title.organization].name
        owner = f"the {org_name}" if " " in org_name else org_name  # "of the United Nations", "of NATO"
    words = title.words[0].upper() + title.words[1:]
    if owner and " of " not in words and words.split()[-1].lower() in _COMPOSE_HEADS:
        return f"{words} of {owner}"
    stated = title.stated or words
    return stated[0].upper() + stated[1:]


def _fold(text: str) -> str:
    return text.lower().replace("adviser", "advisor").replace("-", " ")


def date_roles(actors: list[Actor], events: list) -> None:
    """Resolve each leader's office at the date of every dated event they take part in.

    An article published on 2008-05-09 about a summit on 2008-04-06 shows Putin as President
    then, though he was Prime Minister when it was published. Roles the article states stay as
    stated; roles taken from the table at publication are replaced by those of the earliest event.
    """
    for actor in actors:
        if actor.kind != "person" or gz.person(actor.name) is None:
            continue
        dated = sorted({(e.date.value, e.date.precision, e.date.earliest, e.date.latest) for e in events
                        if e.date and actor.id in {*e.participants, *e.agents, *e.recipients}},
                       key=lambda d: d[0])
        pairs = [(role, value) for value, precision, lo, hi in dated
                 for role in _roles_through(actor.name, value, precision, lo, hi)]
        actor.dated_roles = list(dict.fromkeys(pairs))
        if actor.role_source != "text" and dated:
            first = dated[0][0]
            actor.roles = [role for role, value in actor.dated_roles if value == first]
            actor.role_source = "table" if actor.roles else None


def roles_on(actor: Actor, when) -> list[str]:
    """The offices a person holds at an event: those the article states, else those the leaders
    table gives him over the whole of the event's date (`when`, a TimeValue), not those of the
    article's day: a leader a later story names bare, out of office by the time it is written,
    held his office on the day of the act it tells."""
    if actor.roles or actor.kind != "person" or when is None or gz.person(actor.name) is None:
        return list(actor.roles)
    return _roles_through(actor.name, when.value, when.precision, when.earliest, when.latest)


def _roles_through(name: str, value: str, precision: str, lo: date | None, hi: date | None) -> list[str]:
    """The offices held over the whole of a date's period (a month or year must not straddle a change)."""
    start, end = lo, hi
    if start is None or end is None:
        start, end = _period(value, precision)
    if start is None:
        return []
    at_end = set(gz.roles_at(name, end))
    return [r for r in gz.roles_at(name, start) if r in at_end]


def _period(value: str, precision: str) -> tuple[date | None, date | None]:
    try:
        if precision == "day":
            day = date.fromisoformat(value)
            return day, day
        if precision == "month":
            year, month = (int(x) for x in value.split("-")[:2])
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
        year = int(value[:4])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None
