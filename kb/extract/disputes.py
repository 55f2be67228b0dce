"""Disputes: what the parties are at odds over, who they are, and how it stands.

Candidate topics come from kb.extract.disputetopics (framing nouns, contested situations, wars
in a place, what talks are about, broken relations, known topics where the sentence shows
contention, conflicts named with no topic, contested acts); a quarrel told only through hostile
acts is inferred by kb.extract.disputehostility, a civil war told by its fighters and its fighting
but never named by kb.extract.disputecivilwar. Parties (countries, organizations and armed
groups; persons count for their country) are read in kb.extract.disputeparties, how a dispute
stands in kb.extract.disputestatus. A topic with no owner in its words ("the coup", "the disputed
border") is named after its parties, or, for a conflict inside one state or an act whose sentence
names no state ("the summit condemned the invasion"), after the state the article names most. A
dispute with no party in its sentences takes the countries of the article's main pair of actors,
else those of the sentences around it, and is dropped if there are none.

Identity across articles: a table topic, a place or a country's nuclear programme is one dispute
whoever reports it ("dispute:kashmir"); a topic in the article's own words is told apart by its
parties' country codes ("dispute:water-sharing--egy-eth"), so "border" between Peru and
Ecuador and "border" between Sudan and South Sudan stay two disputes.
"""
from __future__ import annotations

import re

from kb.extract.disputecivilwar import civil_war_mentions
from kb.extract.disputeheadline import headline_mentions
from kb.extract.disputehostility import hostility_disputes, kept_parties
from kb.extract.disputeparties import (home_states, modifier_states, most_named_state, nearby_parties, parties_of,
                                       states_named, truce_sides, two_sides)
from kb.extract.disputestatus import settled_by_events, status_of
from kb.extract.disputetopics import find_mentions
from kb.extract.disputeelections import name_elections
from kb.extract.disputemerge import BORDER, fold_rebellions, merge_aspects
from kb.extract.disputewords import (LEAD_SENTENCES, QUARREL_NOUNS, TOPIC_HEADWORDS, Mention, country_name,
                                     slug as _slug, with_parties)
from kb.extract.events import main_pair
from kb.extract.filing import filing_state
from kb.extract.linking import ActorIndex
from kb.model import Actor, Dateline, Dispute, Event, Evidence, Place
from kb.nlp import text_of

MAX_DISPUTES = 3   # an article is about a few disputes; more topics in its own words are passing mentions

# With a crisis and the relations themselves, the quarrel nouns (disputewords.QUARREL_NOUNS) are the words
# that say how a quarrel shows: a topic of them and its sides' names says nothing of its matter ("Iran-Qatar
# estrangement", "Zimbabwe crisis", "Chile-Peru diplomatic relations"). A war, an uprising or a rebellion
# is not among them: it says what is done, armed conflict, and analysts name one by its sides ("the
# Colombia-FARC war"); dropping those too lost four TUNE matches and two VALID ones.
_SHOWING_WORDS = QUARREL_NOUNS | {"crisis", "diplomatic", "relations", "ties"}


def extract_disputes(doc, actors: list[Actor], events: list[Event], published=None, headline=None,
                     dateline: Place | Dateline | None = None) -> list[Dispute]:
    """Find framed disputes, their parties and status, and link the events that concern them; `headline`
    (the parsed headline, if any) is read for a matter and its sides (kb.extract.disputeheadline);
    `dateline` is where the article was filed (a bare "the government" may be its state's)."""
    index = ActorIndex(doc, actors, filing_state(dateline))
    index.group = main_pair(events, index)
    sents = list(doc.sents)
    mentions = find_mentions(sents, index, published)
    mentions += headline_mentions(headline, sents, mentions, index)
    mentions += civil_war_mentions(sents, index, mentions)
    _adopt_table_topics(mentions)
    name_elections(mentions, events, index, sents, published, lambda: most_named_state(index))
    truce = truce_sides(events, index)
    disputes, weights, canonical, rebellions, unnamed = [], {}, set(), set(), set()
    for key in dict.fromkeys(m.slug for m in mentions if m.framed):
        mine = [m for m in mentions if m.slug == key]
        dispute = _dispute(mine, mentions, sents, index, truce,
                           lambda: _where_events_are(events) or most_named_state(index))
        if dispute is not None and dispute.id not in weights:
            for m in mine:
                m.slug = dispute.id.removeprefix("dispute:")
            disputes.append(dispute)
            weights[dispute.id] = sum(_weight(m) for m in mine if m.framed)
            if mine[0].canonical:
                canonical.add(dispute.id)
            if mine[0].rebels:
                rebellions.add(dispute.id)
            if any(m.bare for m in mine if m.framed):
                unnamed.add(dispute.id)
    disputes = fold_rebellions(disputes, weights, mentions, rebellions, unnamed)
    disputes = merge_aspects(disputes, weights, canonical, mentions)
    keep = [d for d in disputes if d.id in canonical]   # named topics are never passing mentions
    for d in sorted(disputes, key=lambda d: -weights[d.id]):
        if d not in keep and len(keep) < MAX_DISPUTES:
            keep.append(d)
    disputes = [d for d in disputes if d in keep]
    disputes += hostility_disputes(events, disputes, index, doc)[:max(0, MAX_DISPUTES - len(disputes))]
    # dropped once chosen: the place a sides-only topic held among the few is given to no weaker one;
    # a land of the table or a place ("the Kosovo crisis") names the matter even where it is a party
    disputes = [d for d in disputes if d.id in canonical or not _names_only_sides(d, index)]
    _link_events(events, disputes, mentions, sents)
    for dispute in disputes:
        settled_by_events(dispute, events, index)
    return disputes


def _names_only_sides(dispute: Dispute, index: ActorIndex) -> bool:
    """A dispute named only by its sides and a word for how the quarrel shows ("Mexico-Peru dispute",
    "Moldova crisis") says who is at odds, which their acts say already, and not over what: a reader
    cannot tell it from any other quarrel of those states, and a news writer names one by its matter
    ("the row over the Nobel prize"). Such a topic is kept only as an aspect merged into a dispute
    named by its matter; alone it is dropped. A land or a state named as the topic ("Kosovo",
    "Western Sahara") is a matter, not a side, where it is no party."""
    rest = dispute.topic.lower()
    names = (index.by_id[p].name.lower() for p in dispute.parties if p in index.by_id)
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return all(w in _SHOWING_WORDS for w in re.split(r"[\s\-]+", rest) if w)


# A topic the lead names weighs more: what the story names later is most often background or a side matter.
LEAD_WEIGHT = 2


def _weight(m: Mention) -> int:
    """A mention's weight, more in the lead: a topic the lead names outweighs one named as often
    further down. Computed, not stored, so that no mention is ever weighed twice."""
    return m.weight + (LEAD_WEIGHT if m.sent_no < LEAD_SENTENCES else 0)


def _border_sides(parties: list[str], index: ActorIndex) -> list[str]:
    """A border is shared by states: a body speaking of it is no side ("the bloc welcomed a settled
    frontier"), and where its sentence names one state, the other is that state's counterpart in the
    article's main pair."""
    states = [p for p in parties if index.kind(p) == "country"]
    pair = [p for p in kept_parties(index.countries_of(index.group), index) if index.kind(p) == "country"]
    if len(states) < 2 and len(pair) == 2 and set(states) <= set(pair):
        states = list(dict.fromkeys(states + pair))
    return states or parties


def _dispute(mine: list[Mention], mentions: list[Mention], sents, index: ActorIndex,
             truce: list[str], home) -> Dispute | None:
    """The dispute the mentions of one topic name, or None when it has no sides; `home` is a function
    giving the state the article's events happen in (called only for a conflict fought inside one)."""
    framed = [m for m in mine if m.framed]
    lead = next((m for m in framed if m.bare), framed[0])  # one reading saying "whose?" names it by its sides
    parties = _rebellion_sides(lead, index) if lead.rebels else parties_of(framed, mentions, sents, index)
    if not parties and any(m.internal for m in framed):  # "fighting between clans": fought in one state
        state = home()
        parties = [s for s in [index.state(state)] if s is not None] if state else []
    parties = parties or kept_parties(index.countries_of(index.group), index) or nearby_parties(framed, sents, index)
    named = [s for m in framed for code in m.side_states for s in [index.state(code)] if s is not None]
    parties = list(dict.fromkeys(named + parties))  # "the American base", a contested election's state
    if lead.bare and truce and not two_sides(parties, index):
        parties = truce  # "pledging to halt the war" in an article on a ceasefire between its sides
    if lead.bare and BORDER.search(lead.topic):
        parties = _border_sides(parties, index)
    if not parties or lead.slug == "diplomatic-relations" and not two_sides(parties, index):
        return None  # a dispute nobody is party to says nothing a timeline can use; ties cut with whom?
    if lead.bare and not any(index.kind(p) == "country" for p in parties):
        parties += home_states(parties, index)
    focus = most_named_state(index) if lead.bare and not any(index.kind(p) == "country" for p in parties) else None
    if focus is not None:
        # "the summit condemned the invasion": a body judging an act names no state doing or
        # suffering it; the act is that of the state the article is about
        parties += [s for s in [index.state(focus)] if s is not None]
    internal = lead.bare and INTERNAL.search(lead.topic)
    if lead.bare and not internal and (len(parties) < 2 or not any(index.kind(p) == "country" for p in parties)):
        return None  # "the war" with one side known, or with no state among its sides: which war is not said
    evidence = [_evidence(sents[n]) for n in sorted({m.sent_no for m in framed})]
    topic = _qualified(lead, parties, index)
    if _one_sided(lead, topic, parties, framed, sents, index):
        return None
    focus = most_named_state(index) if internal else None
    name = country_name(focus, index) if focus else None
    if name and topic.startswith(name):
        state = index.state(focus)  # the state a coup or an uprising happens in is a side of it
        parties = parties if state in parties else [state, *parties]
    key = _slug(topic) if topic != lead.topic else lead.slug
    if not lead.canonical:
        key = with_parties(key, topic, parties, index)
    stated = next((m for m in framed if m.status), None)
    status, said_in = (stated.status, stated.sent_no) if stated else status_of(mine, sents)
    return Dispute(id=f"dispute:{key}", topic=topic, parties=parties, status=status, evidence=evidence,
                   status_evidence=_evidence(sents[said_in]))


def _one_sided(lead: Mention, topic: str, parties: list[str], framed, sents, index: ActorIndex) -> bool:
    """A matter in the text's own words with one side ("the relocation package", "a crackdown on
    critics", "the freed hostages") tells no quarrel: who is at odds with that side the article does not
    say, and such a phrase is most often a step of the story rather than what two sides dispute. A
    second side may be a state its sentence names ("Israeli occupation", "seized the British tanker")
    with no actor of the article standing for it. A place or a known topic ("Bakassi peninsula"), a
    conflict fought inside one state ("Gabon coup", fighting between its militias) and a rebellion (its
    fighters are the other side) stand with one side named."""
    if len(parties) != 1 or lead.canonical or lead.internal or lead.rebels or INTERNAL.search(topic):
        return False
    side = index.by_id[parties[0]].country if parties[0] in index.by_id else None
    told = {c for m in framed for c in m.side_states}
    told |= states_named(sents[n] for n in {m.sent_no for m in framed})
    return not told - {side}


def _rebellion_sides(lead: Mention, index: ActorIndex) -> list[str]:
    """The fighters, where an actor in the words naming them stands for them, and the state they
    fight: the one whose government or army the article names most ("the Nepalese government"),
    else the one it is about."""
    fighters = [a for a in index.in_range(*lead.topic_span) if index.kind(a) in ("group", "organization")]
    ruled = modifier_states(index, _RULING_NOUNS)
    state = max(ruled, key=ruled.get) if ruled else index.state(most_named_state(index) or "")
    return kept_parties(fighters + ([state] if state else []), index)


# Nouns for a state's rulers and armed forces: the state named on them is the one rebels fight.
_RULING_NOUNS = {"government", "army", "military", "regime", "troops", "forces"}


def _adopt_table_topics(mentions: list[Mention]) -> None:
    """ "a price dispute" in a sentence about gas supplies is the gas dispute."""
    for m in mentions:
        if m.canonical or " " in m.topic:
            continue
        for other in mentions:
            if other.sent_no == m.sent_no and other.canonical and m.topic in TOPIC_HEADWORDS.get(other.slug, ()):
                m.slug, m.topic, m.canonical = other.slug, other.topic, True
                other.framed = True


def _qualified(mention: Mention, parties: list[str], index: ActorIndex) -> str:
    """A bare common noun ("border", "uprising") and relations are named after their parties; a
    conflict inside one state ("the coup", "civil war"), or one with too many parties to name, after
    the country the article is about."""
    topic = mention.topic
    countries = sorted(index.by_id[p].name for p in parties if p in index.by_id and index.kind(p) == "country")
    if mention.bare and len(countries) == 1:
        countries += sorted(index.by_id[p].name for p in parties if index.kind(p) == "group")  # "Peru-Shining Path war"
    bare = mention.bare or (" " not in topic and topic.islower())
    if mention.canonical or not (bare or mention.slug == "diplomatic-relations"):
        return topic
    if mention.bare and (INTERNAL.search(topic) or len(countries) > 3):
        focus = most_named_state(index)
        name = country_name(focus, index) if focus else None
        return f"{name} {topic}" if name else topic
    return f"{'-'.join(countries)} {topic}" if 1 <= len(countries) <= 3 else topic


# Conflicts fought inside one state: named after the state, not after everyone who speaks of them.
INTERNAL = re.compile(r"\b(?:coup|civil war|uprising|insurgency|rebellion|revolt|crackdown|unrest|crisis)$")


def _where_events_are(events: list[Event]) -> str | None:
    """The ISO code of the country most of the article's events take place in: where a fight between
    sides no actor stands for is fought, when the article is about a foreign force sent there."""
    counts: dict[str, int] = {}
    for e in events:
        if e.place is not None and e.place.country:
            counts[e.place.country] = counts.get(e.place.country, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _link_events(events: list[Event], disputes: list[Dispute], mentions: list[Mention], sents) -> None:
    """Link an event to a dispute named in its sentence (the article's main dispute: next door too)."""
    if not disputes:
        return
    ids = {d.id for d in disputes}
    counts = {d.id: sum(1 for m in mentions if f"dispute:{m.slug}" == d.id) for d in disputes}
    main = max(counts, key=counts.get)
    starts = [s.start_char for s in sents]
    by_sent: dict[int, set[str]] = {}
    for m in mentions:
        if f"dispute:{m.slug}" in ids:
            by_sent.setdefault(m.sent_no, set()).add(f"dispute:{m.slug}")
    for event in events:
        linked: list[str] = list(event.disputes)
        for ev in event.evidence:
            n = max(i for i, s in enumerate(starts) if s <= ev.start)
            beside = set().union(*(by_sent.get(k, set()) for k in (n - 1, n + 1)
                                   if 0 <= k < len(sents) and _same_paragraph(sents[n], sents[k])))
            near = by_sent.get(n, set()) | ({main} & beside)
            linked += sorted(near)
        event.disputes = list(dict.fromkeys(linked))


def _same_paragraph(a, b) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return "\n\n" not in text_of(first.doc)[first.start_char:second.start_char]


def _evidence(sent) -> Evidence:
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    return Evidence(text, start, start + len(text))
