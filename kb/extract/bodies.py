"""Countries, organizations and groups among an article's names: a capital or a demonym is its state
only where it acts, an organization is looked up in the gazetteer or known by the head of its name."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from kb import gazetteer as gz
from kb.extract.bodyowner import body_owner, state_in_view
from kb.extract.candidates import Candidate, merge
from kb.extract.descriptions import REACH as DESCRIPTION_REACH
from kb.extract.titles import HEAD_TITLES
from kb.iris import slugify as slug
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
# Words that make an "Army" a movement in arms against a government rather than a state's army.
_INSURGENT_WORDS = {"revolutionary", "resistance", "rebel", "republican", "salvation", "insurgent",
                    "guerrilla", "guerilla"}
# National government bodies are their state acting ("the Russian Foreign Ministry" -> Russia).
GOVERNMENT_BODIES = {"ministry", "government", "cabinet", "embassy", "administration"}
MEDIA_WORDS = {"news", "times", "post", "radio", "television", "tv", "press", "journal",
               "herald", "telegraph", "tribune", "gazette", "daily", "agency"}
_ACTING_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "poss", "dobj", "dative", "iobj"}
_ACTING_PREPS = {"by", "with", "against", "between", "among", "for", "on", "over", "toward",
                 "towards", "and"}
_MOTION_VERBS = {"visit", "leave", "reach", "tour", "enter", "return", "arrive", "fly", "travel"}
# Words of the names every state gives its own bodies: "National Assembly", "Supreme Court".
# A state's own force or organ: "the Army" alone is the state's, never a rebel army named before
# ("police" and "military" are no ORG_HEADS, so no lone one reaches this list).
_OWN_ORGANS = {"army", "navy", "government", "forces"}
_STATE_BODY_WORDS = {"national", "federal", "supreme", "constitutional", "high", "assembly", "parliament",
                     "senate", "congress", "court", "council", "security", "state", "legislative",
                     "chamber", "house", "of", "representatives", "deputies", "central", "committee"}


def as_org_or_country(ent: Span, found: dict[str, Candidate], at: date | None) -> bool:
    """spaCy reads some groups and states as PERSON ("Hamas"); take those from the gazetteer."""
    if _party(ent.text) or gz.gazetteer().country_match(ent.text):
        return org_or_country(ent, found, at)
    return False


def _party(name: str) -> gz.OrgEntry | None:
    """The organization of that name, or the party it is short for ("Ulster Unionist leader X")."""
    return gz.organization(name) or gz.organization(name + " Party")


def org_or_country(ent: Span, found: dict[str, Candidate], at: date | None = None) -> bool:
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
    owner = body_owner(org, span) if org is not None else None
    if owner is not None and owner.of_state:
        return _add_states_body(found, span, owner.state)
    if org is not None:
        if org.kind != "media":
            add_org(found, org, span.start_char, span.end_char)
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


def unlabelled_orgs(doc: Doc, found: dict[str, Candidate]) -> None:
    """Names of the organizations table that spaCy left without a name label ("leaders of the
    Group of Seven industrial democracies": "Seven" read as a number), or labelled only in pieces
    ("Community of Latin American and Caribbean States": a people and a place); a name it labelled
    whole, or as part of a longer name, was judged by the entity rules already."""
    taken = sorted(m for c in found.values() for m in c.mentions)
    for match in _org_pattern().finditer(text_of(doc)):
        start, end = match.span()
        span = doc.char_span(start, end)
        if span is None or _labelled_whole(span) or any(s < end and start < e for s, e in taken):
            continue
        org = gz.organization(match.group())
        owner = body_owner(org, span)
        if owner.of_state:
            _add_states_body(found, span, owner.state)
        else:
            add_org(found, org, start, end)


def _labelled_whole(span: Span) -> bool:
    """Whether spaCy labelled `span` as a name whole, or as part of a longer name: a name entity
    that covers all of it or runs past either end."""
    overlapping = [e for e in span.doc.ents
                   if e.label_ in _NAME_LABELS and e.start < span.end and span.start < e.end]
    return any(e.start < span.start or e.end > span.end or (e.start, e.end) == (span.start, span.end)
               for e in overlapping)


def _add_states_body(found: dict[str, Candidate], span: Span, state: gz.CountryEntry | None) -> bool:
    """A bare body name every state may give (or whose table owner is out of view): the body of
    the state in view, named for it ("National Assembly of South Africa", "Security Council of
    Kazakhstan", not the UN's); no actor when no state is in view."""
    if state is not None:
        add_state_body(found, " ".join(span.text.split()), span, state)
    return True


def add_state_body(found: dict[str, Candidate], words: str, span: Span, state: gz.CountryEntry) -> None:
    """Add the body `words` of `state` ("National Assembly" -> "National Assembly of Kenya"),
    mentioned at `span`: one minting place, so every path to a state's body gives one id."""
    name = f"{words} of {state.name}"
    merge(found, Candidate("org:" + slug(name), name, "organization", state.alpha3,
                           mentions=[(span.start_char, span.end_char)]))


def _org_span(span: Span, label: str) -> tuple[Span, gz.OrgEntry | None]:
    """The organization named by `span`, or by `span` and up to three more words on either side:
    spaCy cuts "Organization for Security and Cooperation" before "in Europe", and "Social
    Democratic and Labour Party" after "and"."""
    org = _party(span.text)
    if org is not None or label != "ORG":
        return span, org
    owner = next((t.i for t in span if t.text in ("'s", "\u2019s")), None)
    if owner is not None and owner + 1 < span.end:  # "Tsvangirai's Movement for Democratic Change"
        rest = span.doc[owner + 1:span.end]
        if gz.organization(rest.text) is not None:
            return rest, gz.organization(rest.text)
    sent = span.sent
    for extra in (1, 2, 3):
        for longer in (span.doc[span.start: span.end + extra] if span.end + extra <= sent.end else None,
                       span.doc[span.start - extra: span.end] if span.start - extra >= sent.start else None):
            org = gz.organization(longer.text) if longer is not None else None
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


def _country_mention(span: Span, entry: gz.CountryEntry, how: str, found: dict[str, Candidate]) -> bool:
    if how == "metonym" and not acts(span):
        return True  # "returning to Washington": a place, which kb.extract.places takes
    if how == "demonym" and not _stands_for_state(span):
        return True  # "a Russian folk ensemble"
    _add_country(found, entry, span.start_char, span.end_char)
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


def _compound_countries(span: Span, found: dict[str, Candidate]) -> bool:
    """ "U.S.-Russia summit": each side of the hyphen is a country mention."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^-\u2013]+", span.text)]
    hits = [(pos, text, gz.gazetteer().country_match(text)) for pos, text in parts]
    if len(hits) < 2 or any(h is None or h[1] == "demonym" for _, _, h in hits):
        return False
    for pos, text, (entry, _) in hits:
        start = span.start_char + pos
        _add_country(found, entry, start, start + len(text))
    return True


def _unknown_org(span: Span, found: dict[str, Candidate]) -> bool:
    words = [t.lower_ for t in span]
    head = span.root.lower_
    venue = gz.place(span.text)
    if venue is not None and venue.kind == "venue":
        return False  # "the Oval Office" is a room, not an office of state
    if head not in ORG_HEADS or MEDIA_WORDS & set(words) and head == "agency":
        return False
    if len(span) == 1 and head not in _OWN_ORGANS:
        body = _body_named_before(span, found)
        if body is not None:
            body.mentions.append((span.start_char, span.end_char))  # the word is one more mention of it
            return True
    holders = [span.root] + ([span.root.head] if span.root.dep_ == "compound" else [])
    owners = list(span) + [c for h in holders for c in h.children
                           if c.dep_ in ("poss", "amod", "compound") and c.i not in range(span.start, span.end)]
    country = next((h for t in owners if (h := gz.gazetteer().country_match(t.text))), None)
    if head in GOVERNMENT_BODIES:
        # a national body is its state acting; a bare "foreign ministry" names nobody
        if country:
            _add_country(found, country[0], span.start_char, span.end_char)
        return True
    if country is None and all(w in _STATE_BODY_WORDS for w in words):
        return _add_states_body(found, span, state_in_view(span))  # "the National Assembly" of the state in view
    if len(span) == 1 and head not in _OWN_ORGANS:
        return True  # "the Union", "the Front" with no such body named before: no body of that name
    # a lone "the Army", "the Navy" is a state's own force, kept as that body (not merged into an
    # insurgent army named before, the other side, nor dropped so that the act falls to it)
    name = re.sub(r"\s+", " ", span.text)
    kind = "group" if head in GROUP_HEADS or _insurgent_army(words, head) else "organization"
    prefix = "group:" if kind == "group" else "org:"
    merge(found, Candidate(prefix + slug(name), name, kind, country[0].alpha3 if country else None,
                           mentions=[(span.start_char, span.end_char)]))
    return True


def _body_named_before(span: Span, found: dict[str, Candidate]) -> Candidate | None:
    """"the Union", "the Front", "the Council": the kind of body alone, capitalised, is a body the
    text named before in full with that word ("the European Union", "the National Patriotic Front",
    UNASUR written out in full), the nearest such mention a few paragraphs back at most."""
    word, text = span.text.lower(), text_of(span.doc)
    earlier = [(start, c) for c in found.values() if c.kind in ("organization", "group")
               for start, end in c.mentions
               if 0 < span.start_char - start <= DESCRIPTION_REACH and word in text[start:end].lower().split()]
    return max(earlier, key=lambda pair: pair[0])[1] if earlier else None


def _insurgent_army(words: list[str], head: str) -> bool:
    """Whether an "Army" the gazetteer does not know is an armed movement against a government
    ("the Ogaden Revolutionary Army", "the Karen Resistance Army", "the Kosovo Liberation Army"),
    not a state's army. "Liberation" counts only after a name of its own: a bare "People's
    Liberation Army" is a state's."""
    if head != "army":
        return False
    if set(words) & _INSURGENT_WORDS:
        return True
    named = [w for w in words[:words.index("liberation")] if w not in ("the", "people", "'s", "’s")] \
        if "liberation" in words else []
    return bool(named)


def _add_country(found: dict[str, Candidate], entry: gz.CountryEntry, start: int, end: int) -> None:
    merge(found, Candidate("country:" + entry.alpha3, entry.name, "country", entry.alpha3,
                           entry.wikidata, mentions=[(start, end)]))


def add_org(found: dict[str, Candidate], org: gz.OrgEntry, start: int, end: int) -> None:
    """Add an organization of the table, by its canonical name, at one mention."""
    kind = "group" if org.kind == "group" else "organization"
    # organizations are identified by canonical name (DESIGN §5), like evaluate.actor_key
    merge(found, Candidate(("group:" if kind == "group" else "org:") + slug(org.name), org.name, kind,
                           org.country, org.wikidata, mentions=[(start, end)]))
