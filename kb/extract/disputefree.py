"""Known topics named in passing, with no framing noun: a row of the topic table ("missile defence
shield"), a country's nuclear programme or its nuclear tests, taken as a dispute only where the sentence
shows contention (a demand, a warning, an accusation...)."""
from __future__ import annotations

import re

from kb.extract.disputewords import TOPIC_LOOSE, TOPIC_WORDS, TOPICS, Mention, slug
from kb.extract.linking import ActorIndex
from kb.nlp import text_of

# A known topic named without a framing noun is a dispute only where the sentence shows contention.
CONTENTION = re.compile(
    r"\b(?:oppos|object|reject|accus|condemn|denounc|demand|insist|warn|threat|against|protest|"
    r"criticis|criticiz|refus|must not|not accept|sanction|tension|dispute|at odds|differ|"
    r"withdraw|halt|freez|stop|press(?:ed|es|ing)? for|urg|concern|deny|denied|denies)", re.I)


# A state's nuclear programme, or its tests; not "the test site" or "a test ban" (a place, a treaty).
_NUCLEAR = re.compile(r"\bnuclear (?:programmes?|programs?|weapons?|ambitions|activities|arsenal|bombs?|"
                      r"(?P<test>tests?|testing|explosions?|blasts?|devices?)"
                      r"(?! (?:sites?|ban|range|grounds?|moratorium|treaty)))\b")


def free_topics_in(doc) -> list[tuple[str, str]]:
    """The free table topics whose words occur somewhere in the article: the only ones worth
    looking for sentence by sentence (the loose test, without word boundaries, misses none)."""
    low = text_of(doc).lower().replace("\u2019", "'")
    return [(slug_, topic) for slug_, topic, _pattern, free in TOPICS
            if free and TOPIC_LOOSE[slug_].search(low)]


def free_in(sent, n: int, index: ActorIndex, free: list[tuple[str, str]]) -> list[Mention]:
    """Table topics (among `free`) and nuclear programmes named in passing (framed only where
    contention shows)."""
    text = sent.text
    low = text.lower().replace("\u2019", "'")
    contended = bool(CONTENTION.search(text))
    out = []
    for slug_, topic in free:
        for m in TOPIC_WORDS[slug_].finditer(low):
            span = (sent.start_char + m.start(), sent.start_char + m.end())
            out.append(Mention(slug_, topic, n, contended, span, canonical=True))
    for m in _NUCLEAR.finditer(low):
        owner = _nuclear_owner(sent, sent.start_char + m.start(), index)
        span = (sent.start_char + m.start(), sent.start_char + m.end())
        if owner is None:
            continue
        # a state's tests are a quarrel of their own ("the row over French nuclear testing"), one whoever reports it
        matter = "nuclear testing" if m.group("test") else "nuclear programme"
        out.append(Mention(f"{slug(owner)}-{slug(matter)}", f"{owner}'s {matter}", n, contended, span, canonical=True))
    return out


def _nuclear_owner(sent, offset: int, index: ActorIndex) -> str | None:
    """The country whose programme it is: its possessor or modifier, else the clause's subject."""
    tok = next((t for t in sent if t.idx >= offset), None)
    if tok is None:
        return None
    head = tok.head if tok.dep_ in ("amod", "compound") else tok
    candidates = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")]
    verb = head.head
    for _ in range(3):
        candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        verb = verb.head
    for cand in candidates:
        for actor_id in index.countries_of(index.resolve(cand)):
            if index.kind(actor_id) == "country":
                return index.by_id[actor_id].name
    return None
