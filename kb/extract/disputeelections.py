"""An election whose result a side will not accept, as a dispute over that result.

"he rejected the results", "she refused to accept the result", "refused to concede defeat", "the
court threw out the results", "vowed to enforce the poll's outcome", "a disputed election", "the
rigged poll": the sides quarrel over who won. An analyst names that quarrel after the election, by
its country, year and office ("result of Peru's 2021 presidential election"), which is also what
makes two articles about it one dispute. Read only where the sentence or the two before speak of an
election of office holders (a poll, a ballot, a presidential or general election), so "the inquiry's
results", "the outcome of the talks", a court's verdict or a vote of a council or assembly are not;
a victory or defeat counts only when it is one in an election.
"""
from __future__ import annotations

import re

from kb import gazetteer
from kb.extract.disputewords import Mention, country_name, phrase_span, slug
from kb.model import Event
from kb.nlp import text_of

ELECTION_SLUG = "election-result"   # until the article says whose election it was (name_elections)
ELECTION_NOUNS = {"election", "vote", "poll", "polls", "ballot", "runoff", "run-off"}
_RESULT_NOUNS = {"result", "outcome", "count", "tally"}
_WIN_NOUNS = {"victory", "win", "defeat"}          # only of an election: "conceded defeat in the poll"
_VOTERS = {"voter", "voters", "electorate", "electors"}   # "the verdict of the voters", not a court's verdict
ELECTION_WORDS = ELECTION_NOUNS | _RESULT_NOUNS | _WIN_NOUNS | {"verdict"}   # the nouns contested_election reads
_CONTESTED = {"disputed", "contested", "rigged", "fraudulent", "stolen", "flawed"}
_REJECTING = {"reject", "dispute", "contest", "challenge", "annul", "overturn", "nullify", "invalidate",
              "void", "throw"}                      # "throw" only with "out"
_ACCEPTING = {"accept", "recognise", "recognize", "concede", "acknowledge", "respect"}
_REFUSING = {"refuse", "decline"}
# Words that tell an election of office holders is the matter: "the vote" alone may be a council's.
_ELECTION_TEXT = re.compile(r"\b(?:elections?|electoral|polls?|ballots?|run-?offs?|voters|electorate|"
                            r"(?:presidential|parliamentary|legislative|general) vote|"
                            r"vot(?:e|ed|es|ing) for (?:\w+ ){0,2}(?:president|parliament|governor|mayor))\b", re.I)
# Bodies whose votes decide a matter, not who holds an office ("the vote at the Health Assembly").
_VOTING_BODIES = {"council", "assembly", "parliament", "congress", "senate", "committee", "board", "cabinet",
                  "house", "chamber", "legislature", "court", "summit", "conference", "members", "shareholders"}


def contested_election(noun, n: int) -> list[Mention]:
    """An election result rejected or not accepted, or an election called disputed or rigged."""
    low = noun.lemma_.lower()
    called = any(c.dep_ == "amod" and c.lower_ in _CONTESTED for c in noun.children)
    if low in ELECTION_NOUNS:
        hit = called and _a_poll(noun)
    else:
        hit = (called or _rejected(noun)) and (_of_election(noun) or low in _RESULT_NOUNS and _bare(noun)
                                               or low == "verdict" and _of_voters(noun))
    if not hit or not _told_of_election(noun):
        return []
    return [Mention(ELECTION_SLUG, "election result", n, True, phrase_span(noun), canonical=True, weight=2)]


def _rejected(noun) -> bool:
    """ "rejected the results", "the results were annulled", "threw out the results", "refused to
    accept the result", "would not recognise his victory", "vowed to enforce the result"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "throw":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma in _REJECTING:
        return True
    if lemma == "enforce":
        return noun.lemma_.lower() in _RESULT_NOUNS   # enforcing a result is done against who refuses it
    if lemma not in _ACCEPTING:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    refused = verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _REFUSING
                                        or any(c.dep_ == "neg" for c in verb.head.children))
    return negated or refused


def _of_election(noun) -> bool:
    """ "the result of the vote", "the election results", "his defeat in the election"."""
    inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
             for g in c.children if g.dep_ == "pobj"]
    inner += [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    return any(t.lemma_.lower() in ELECTION_NOUNS and _a_poll(t) for t in inner)


def _of_voters(noun) -> bool:
    return any(g.lower_ in _VOTERS for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _a_poll(noun) -> bool:
    """An election noun for a poll of office holders: not a body's vote ("the Security Council vote",
    "the vote in the assembly") nor a vote "on" a matter."""
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in noun.children):
        return False
    return not any(t.lower_ in _VOTING_BODIES for c in noun.children if c.dep_ not in ("relcl", "acl")
                   for t in c.subtree)


def _told_of_election(noun) -> bool:
    """Whether the noun's sentence or the two before speak of an election of office holders (or of
    its voters): "X lost the presidential vote. ... He then rejected the results"."""
    sent = noun.sent
    start = sent.start
    for _ in range(2):
        start = noun.doc[start - 1].sent.start if start > 0 else start
    return bool(_ELECTION_TEXT.search(noun.doc[start:sent.end].text))


def _bare(noun) -> bool:
    """ "the results", "his defeat": whose is left to the article (not "the outcome of the talks")."""
    return not any(c.dep_ in ("compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def name_elections(mentions: list[Mention], events: list[Event], index, sents, published, fallback) -> None:
    """Name the contested election after its country, year and office, and make that country a side.

    The country is the one an Election event is held in or whose people run in it, else that of the
    people and state bodies named where the result is contested ("Mrs. X refused to accept the
    result", "the supreme court voided the count"), else `fallback()` (the country the
    article names most); the year is the election's, else the year of publication."""
    found = [m for m in mentions if m.slug == ELECTION_SLUG]
    if not found:
        return
    held = [e for e in events if e.type == "Election"]
    code = _owner_country(found, sents) or next((c for e in held for c in _event_countries(e, index)), None) \
        or _domestic_country(found, index, sents) or fallback()
    year = next((e.date.value[:4] for e in held if e.date is not None), None) or \
        (str(published.year) if published is not None else None)
    name = country_name(code, index) if code else None
    owner = (name + ("'" if name.endswith("s") else "'s")) if name else ""
    topic = " ".join(w for w in ("result of", owner, year, _office(text_of(index.doc)), "election") if w)
    for m in found:
        m.slug, m.topic, m.side_states = slug(topic), topic, (code,) if code else ()


def _owner_country(found: list[Mention], sents) -> str | None:
    """The country an electoral word is said of where the result is contested: "Venezuela's electoral
    authorities", "the Kenyan election", "Malawi's presidential vote" (not the states urging them)."""
    for m in found:
        for tok in sents[m.sent_no]:
            if not (tok.lower_.startswith("elect") or tok.lemma_.lower() in ELECTION_WORDS):
                continue
            noun = tok if tok.pos_ in ("NOUN", "PROPN") else tok.head
            for c in noun.children:
                entry = gazetteer.country(c.text) if c.dep_ in ("poss", "compound", "amod") else None
                if entry is not None:
                    return entry.alpha3
    return None


def _event_countries(event: Event, index) -> list[str]:
    codes = [event.place.country] if event.place is not None and event.place.country else []
    return codes + [index.by_id[p].country for p in event.participants if p in index.by_id and index.by_id[p].country]


def _domestic_country(found: list[Mention], index, sents) -> str | None:
    """The country of the first person or state body named where the result is contested, else in
    the sentence before or after ("the assembly proclaimed X the winner. Y refused to accept the result")."""
    near = [m.sent_no for m in found] + [k for m in found for k in (m.sent_no - 1, m.sent_no + 1)]
    for k in dict.fromkeys(k for k in near if 0 <= k < len(sents)):
        for actor_id in index.in_range(sents[k].start_char, sents[k].end_char):
            actor = index.by_id[actor_id]
            if actor.kind != "country" and actor.country:
                return actor.country
    return None


_PRESIDENTIAL = re.compile(r"\bpresiden(?:tial|cy)\b", re.I)
_ASSEMBLY = re.compile(r"\b(?:parliamentary|legislative)\b", re.I)


def _office(text: str) -> str | None:
    """ "presidential" or "parliamentary", whichever the article speaks of more, if either."""
    president, assembly = len(_PRESIDENTIAL.findall(text)), len(_ASSEMBLY.findall(text))
    if president == assembly:
        return None
    return "presidential" if president > assembly else "parliamentary"
