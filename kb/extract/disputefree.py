"""Known topics named in passing, with no framing noun: a row of the topic table ("missile defence
shield"), a country's nuclear programme or its nuclear tests, taken as a dispute only where the sentence
shows contention (a demand, a warning, an accusation...)."""
from __future__ import annotations

import re

from kb.extract.disputewords import TOPIC_LOOSE, TOPIC_WORDS, TOPICS, Mention, slug
from kb.extract.linking import ActorIndex
from kb.extract.speechacts import CHARGING_VERBS
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
        if m.group("test") and not _a_test(sent, sent.start_char + m.start("test"), index):
            continue
        owner = _nuclear_owner(sent, sent.start_char + m.start(), index)
        span = (sent.start_char + m.start(), sent.start_char + m.end())
        if owner is None:
            continue
        # a state's tests are a quarrel of their own ("the row over French nuclear testing"), one whoever reports it
        matter = "nuclear testing" if m.group("test") else "nuclear programme"
        out.append(Mention(f"{slug(owner)}-{slug(matter)}", f"{owner}'s {matter}", n, contended, span, canonical=True))
    return out


# Verbs that set a device off: a "nuclear device" is a test only as their object; one built or
# bought is the programme ("denied building nuclear devices"), which the programme words name.
_TESTING_VERBS = {"explode", "detonate", "test", "set", "trigger"}
# An explosion or a blast is a test only as a state's ("France's nuclear blast", "a French nuclear
# explosion"); one feared near a plant ("could cause a nuclear explosion") is an accident.
_DEVICE_WORDS = {"device", "devices"}


def _a_test(sent, offset: int, index: ActorIndex) -> bool:
    """Whether the test word at `offset` tells of a state's test: tests and testing always; a device
    only as what is exploded; an explosion or a blast only with a state's possessive or adjective."""
    tok = _token_at(sent, offset)
    if tok is None:
        return False
    word = tok.lower_
    if word.startswith("test"):
        return True
    if word in _DEVICE_WORDS:
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _TESTING_VERBS
    return any(c.dep_ in ("poss", "amod", "compound") and _state_of(c, index) is not None for c in tok.children)


# Verbs whose subject is not the one whose tests or programme are meant: "Russia accused the United
# States of planning nuclear tests" tells of American tests; the accused (the object) owns them.
# A fault found is no charge of what a state plans; a warning or a denunciation names whom it is aimed at.
_ACCUSING_VERBS = (CHARGING_VERBS - {"fault"}) | {"warn", "denounce"}


def _nuclear_owner(sent, offset: int, index: ActorIndex) -> str | None:
    """The country whose programme it is: its possessor or modifier, else the clause's subject (the
    object of an accusing verb: the accused)."""
    tok = _token_at(sent, offset)
    if tok is None:
        return None
    head = tok.head if tok.dep_ in ("amod", "compound") else tok
    candidates = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")]
    verb = head.head
    for _ in range(3):
        roles = ("dobj",) if verb.lemma_.lower() in _ACCUSING_VERBS else ("nsubj", "nsubjpass")
        candidates += [c for c in verb.children if c.dep_ in roles]
        verb = verb.head
    states = (_state_of(c, index) for c in candidates)
    return next((index.by_id[s].name for s in states if s is not None), None)


def _token_at(sent, offset: int):
    """The sentence's first token starting at or after the character `offset`."""
    return next((t for t in sent if t.idx >= offset), None)


def _state_of(tok, index: ActorIndex) -> str | None:
    """The id of the first country actor the token stands for, if any."""
    return next((a for a in index.countries_of(index.resolve(tok)) if index.kind(a) == "country"), None)
