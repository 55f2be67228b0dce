"""Disputes: what the parties are at odds over, who they are, and how it stands.

A dispute exists only where the text frames it ("row over X", "dispute over X", "the X
dispute", "tensions over X", "conflict in X"); a bare mention of a known topic ("missile
defense") only links events to a dispute the article frames somewhere. Topics are
canonicalised by a small table ("missile defence shield" -> missile defense); others keep
their own words. Parties are countries and organizations: persons count for their country.
Status is read from the first sentence about the topic that says how it stands: unresolved
("no solution", "failed to resolve"), resolved ("settled", "agreement ended the row"), else
ongoing. A dispute with no party in its sentences takes those of the sentences around it, and is
dropped if there are none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.events import main_pair
from kb.extract.linking import ActorIndex
from kb.model import Actor, Dispute, Event, Evidence

# slug, topic, alias pattern, free: True when the words alone name the topic anywhere
TOPICS: list[tuple[str, str, str, bool]] = [
    ("missile-defense", "missile defense",
     r"(?:anti-?)?missile[- ]defen[cs]e(?: shield| system)?|(?:anti-?)?missile shield|missile interceptors?", True),
    ("iran-nuclear-programme", "Iran's nuclear programme",
     r"iran(?:ian)?(?:'s|’s)? nuclear (?:programme|program|ambitions|activities|work)", True),
    ("korean-denuclearisation", "Korean denuclearisation",
     r"(?:korean (?:peninsula )?)?denucleari[sz]ation|north korea(?:n)?(?:'s|’s)? nuclear (?:programme|program|weapons)", True),
    ("nuclear-programme", "nuclear programme", r"nuclear (?:programme|program)s?", True),
    ("nato-enlargement", "NATO enlargement",
     r"nato(?:'s|’s)? (?:enlargement|expansion|membership)|(?:enlargement|expansion) of nato", True),
    ("south-china-sea", "South China Sea", r"south china sea", True),
    ("west-bank-settlements", "West Bank settlements",
     r"(?:jewish |israeli )?settlements? (?:in|on) the (?:occupied )?west bank|west bank settlements?|settlement (?:building|construction|activity)", True),
    ("gas-supplies", "gas supplies", r"(?:natural )?gas (?:prices?|supplies|supply|deliveries|transit|debts?)", True),
    ("crimea", "Crimea", r"crimea", False),
    ("kosovo", "Kosovo", r"kosovo(?:'s|’s)? (?:independence|status)|kosovo", False),
    ("kashmir", "Kashmir", r"kashmir", False),
    ("taiwan", "Taiwan", r"taiwan", False),
    ("nagorno-karabakh", "Nagorno-Karabakh", r"nagorno-?karabakh|karabakh", False),
    ("western-sahara", "Western Sahara", r"western sahara", False),
    ("golan-heights", "Golan Heights", r"golan(?: heights)?", False),
    ("falkland-islands", "Falkland Islands", r"falklands?(?: islands)?|malvinas", False),
    ("senkaku-islands", "Senkaku Islands", r"senkakus?(?: islands)?|diaoyus?(?: islands)?", False),
    ("kuril-islands", "Kuril Islands", r"(?:southern )?kurils?(?: islands)?|northern territories", False),
    ("cyprus", "Cyprus", r"cyprus", False),
]
DISPUTE_NOUNS = {"dispute", "row", "difference", "disagreement", "tension", "standoff", "stand-off",
                 "feud", "spat", "quarrel", "conflict", "crisis", "clash", "rift", "wrangle",
                 "controversy", "impasse", "deadlock", "friction", "squabble", "confrontation", "war",
                 "hostility", "hostilities"}
# Nouns that are a contested situation in themselves: the phrase is the topic ("Iraq's invasion of Kuwait").
SELF_TOPIC_NOUNS = {"invasion", "occupation", "annexation", "intervention", "embargo", "blockade",
                    "crackdown", "coup"}
TOPIC_PREPS = {"over", "about", "on", "regarding", "surrounding", "concerning"}
NOT_TOPICS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
PLACE_PREPS = {"in"}            # "conflict in X", "crisis in X"
PLACE_NOUNS = {"conflict", "crisis", "tension", "war", "fighting"}
STOP_HEADS = {"plan", "issue", "matter", "question", "it", "this", "that", "what", "which", "way",
              "thing", "future", "side", "fact", "issues", "other", "world", "cold", "year", "decade",
              "time", "scope", "kind", "sort", "lot", "part", "day", "week", "month"}
UNRESOLVED = re.compile(
    r"\bno (?:firm |real |concrete |final )?(?:solution|resolution|breakthrough|agreements?|deal|progress|"
    r"compromise)\b|\bfail(?:ed|s|ing)? to (?:resolve|settle|reach|bridge|end|agree|overcome)\b|"
    r"\b(?:remain(?:s|ed)?|still) (?:unresolved|deadlocked|stalled|at odds|divided|far apart)\b|"
    r"\b(?:deadlock|impasse|stalemate|unresolved)\b|\b(?:not|n't|never) (?:been )?(?:resolve|settle)d?\b|"
    r"\bwithout (?:a |an |any )?(?:solution|agreement|breakthrough|deal)\b|\bfell short\b")
RESOLVED = re.compile(
    r"\b(?:resolved|settled|solved)\b|\b(?:resolve|settle|solve|end)(?:s|d)? (?:the|their|a|its|this) "
    r"(?:\w+ ){0,3}(?:dispute|row|conflict|standoff|feud|crisis|differences)\b|"
    r"\b(?:agreement|deal|accord|treaty) (?:that |which )?(?:ended|ends|settled|resolved)\b|\bput an end to\b|"
    r"\b(?:end to|ending|ended|end) (?:the |a |an |their |its )?(?:[\w-]+ ){0,4}(?:dispute|row|conflict|war|"
    r"standoff|feud|crisis|hostility|hostilities)\b")

MAYBE = re.compile(r"\b(?:could|would|may|might|can|will|should|to|if|hope|hopes|hoped|seek|seeks)\s+(?:\w+\s+)?$")


@dataclass
class _Mention:
    slug: str
    topic: str
    sent_no: int
    framed: bool
    topic_span: tuple[int, int]


def extract_disputes(doc, actors: list[Actor], events: list[Event], published=None) -> list[Dispute]:
    """Find framed disputes, their parties and status, and link the events that concern them."""
    index = ActorIndex(doc, actors)
    index.group = main_pair(events, index)
    sents = list(doc.sents)
    mentions = _framed_mentions(sents, index) + _free_mentions(sents)
    framed_slugs = list(dict.fromkeys(m.slug for m in mentions if m.framed))
    disputes = []
    for slug in framed_slugs:
        mine = [m for m in mentions if m.slug == slug]
        framed = [m for m in mine if m.framed]
        parties = _parties(framed, mentions, sents, index) or _nearby_parties(framed, sents, index)
        if not parties:
            continue  # a dispute nobody is party to says nothing a timeline can use
        evidence = [_evidence(sents[n]) for n in sorted({m.sent_no for m in framed})]
        topic = _qualified(framed[0].topic, parties, index)
        if topic != framed[0].topic:
            slug = _slug(topic)
            for m in mine:
                m.slug = slug
        disputes.append(Dispute(id=f"dispute:{slug}", topic=topic, parties=parties,
                                status=_status(mine, sents), evidence=evidence))
    _link_events(events, disputes, mentions, sents)
    return disputes


def _qualified(topic: str, parties: list[str], index: ActorIndex) -> str:
    """A bare common noun ("border", "price") is named after its parties: "Israel-Jordan border"."""
    countries = sorted(index.by_id[p].name for p in parties if p in index.by_id and index.kind(p) == "country")
    if " " in topic or not topic.islower() or not 2 <= len(countries) <= 3:
        return topic
    return f"{'-'.join(countries)} {topic}"


def _framed_mentions(sents, index: ActorIndex) -> list[_Mention]:
    out: list[_Mention] = []
    known = {slug for slug, *_ in TOPICS}
    for n, sent in enumerate(sents):
        for tok in sent:
            if tok.lemma_.lower() not in DISPUTE_NOUNS | SELF_TOPIC_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if tok.lemma_.lower() in SELF_TOPIC_NOUNS:
                found = _generic_topic(tok, sent.doc, ("of", "in", "on", "against"))
                if found and (len(found[1].split()) > 1):
                    out.append(_Mention(found[0], found[1], n, True, _phrase_span(tok)))
                continue
            for head in _topic_heads(tok):
                for conj in [head, *head.conjuncts]:
                    found = _canonical(conj, index, sent.doc)
                    if found:
                        span = _phrase_span(conj)
                        out.append(_Mention(found[0], found[1], n, True, span))
                        known.add(found[0])
    return out


def _topic_heads(noun) -> list:
    """The tokens naming what a dispute noun is about: "row over X", "X dispute", "conflict in X"."""
    heads = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            heads += [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TOPICS]
        elif child.dep_ == "prep" and child.lower_ in PLACE_PREPS and noun.lemma_ in PLACE_NOUNS:
            heads += [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
        elif child.dep_ in ("compound", "nmod") and child.i < noun.i:
            heads.append(child)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not heads and after is not None and after.lower_ in TOPIC_PREPS and after.dep_ == "prep":
        heads = [g for g in after.children if g.dep_ == "pobj"]  # "settled their row over X": over hangs on the verb
    if noun.lemma_.lower() == "row" and not heads:
        return []  # "in a row", "row of houses"
    return heads


def _phrase_span(tok) -> tuple[int, int]:
    """Character span of a topic phrase without its conjuncts and relative clauses."""
    skip = {"conj", "cc", "relcl", "acl", "punct", "appos"}
    toks = [tok]
    stack = [c for c in tok.children if c.dep_ not in skip]
    while stack:
        cur = stack.pop()
        toks.append(cur)
        stack += [c for c in cur.children if c.dep_ not in ("relcl", "acl")]
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _canonical(tok, index: ActorIndex, doc) -> tuple[str, str] | None:
    start, end = _phrase_span(tok)
    phrase = doc.text[start:end].lower().replace("’", "'")
    for slug, topic, pattern, _free in TOPICS:
        if re.search(rf"\b(?:{pattern})\b", phrase):
            return slug, topic
    for slug, topic, pattern, free in TOPICS:  # "the shield dispute": a word of a known alias
        if free and re.search(rf"\b(?:{pattern})\b", doc.text.lower()) and tok.lemma_.lower() in \
                {w for m in re.finditer(rf"\b(?:{pattern})\b", doc.text.lower()) for w in m.group(0).split()}:
            return slug, topic
    actor_id = index.at(tok)
    if actor_id:
        name = index.by_id[actor_id].name
        return _slug(name), name
    return _generic_topic(tok, doc)


def _generic_topic(tok, doc, preps: tuple[str, ...] = ("of",)) -> tuple[str, str] | None:
    """The topic in the text's own words: left modifiers, the head, an "of" phrase; six words at most."""
    if tok.ent_type_ in NOT_TOPICS:
        return None
    words = [t for t in doc[tok.left_edge.i:tok.i + 1] if _topic_word(t)]
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if of:
        words += [t for t in doc[of[0].i:of[0].right_edge.i + 1] if _topic_word(t)]
    plain = not of and not any(c.dep_ == "poss" for c in tok.children)
    if (tok.lemma_.lower() in STOP_HEADS and plain) or tok.pos_ not in ("NOUN", "PROPN") \
            or not 0 < len(words) <= 6:
        return None
    topic = " ".join(t.text if t.pos_ == "PROPN" or t.text[:1].isupper() else t.lower_ for t in words)
    topic = topic.replace(" 's", "'s").replace(" ’s", "'s")
    return _slug(topic), topic


def _topic_word(t) -> bool:
    """Leave out determiners, numbers, dates and hyphenated modifiers ("full-scale", "eight-month")."""
    if t.pos_ in ("DET", "PRON", "PUNCT", "NUM") or t.ent_type_ in NOT_TOPICS:
        return False
    doc = t.doc
    hyphened = (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (t.i > 0 and doc[t.i - 1].text == "-")
    return not hyphened


def _free_mentions(sents) -> list[_Mention]:
    out = []
    for n, sent in enumerate(sents):
        low = sent.text.lower().replace("’", "'")
        for slug, topic, pattern, free in TOPICS:
            if not free:
                continue
            for m in re.finditer(rf"\b(?:{pattern})\b", low):
                span = (sent.start_char + m.start(), sent.start_char + m.end())
                out.append(_Mention(slug, topic, n, False, span))
    return out


def _parties(framed: list[_Mention], all_mentions: list[_Mention], sents, index: ActorIndex) -> list[str]:
    """Actors of the dispute's sentences outside the topic words; persons count as their country."""
    found: list[str] = []
    for n in sorted({m.sent_no for m in framed}):
        sent = sents[n]
        topics = [m.topic_span for m in all_mentions if m.sent_no == n and m.framed]
        in_topic = lambda offset: any(lo <= offset < hi for lo, hi in topics)  # noqa: E731
        for actor_id in index.in_range(sent.start_char, sent.end_char):
            spans = index.by_id[actor_id].mentions
            if all(in_topic(s) for s, _ in spans if sent.start_char <= s < sent.end_char):
                continue
            found.append(actor_id)
        for tok in sent:
            if tok.tag_ == "PRP$" or tok.lower_ in ("both", "they") or tok.lemma_ in ("leader", "country"):
                if not in_topic(tok.idx):
                    found += index.resolve(tok)
    parties = [p for p in index.countries_of(list(dict.fromkeys(found)))
               if index.kind(p) in ("country", "organization", "group") or p.startswith("country:")]
    return list(dict.fromkeys(parties))


def _nearby_parties(framed: list[_Mention], sents, index: ActorIndex) -> list[str]:
    """Countries and organizations of the sentences just before and after, when the dispute's own have none."""
    found: list[str] = []
    for n in sorted({m.sent_no for m in framed}):
        lo, hi = sents[max(n - 1, 0)].start_char, sents[min(n + 1, len(sents) - 1)].end_char
        found += index.in_range(lo, hi)
    parties = index.countries_of(list(dict.fromkeys(found)))
    return [p for p in dict.fromkeys(parties) if index.kind(p) in ("country", "organization", "group")]


def _status(mentions: list[_Mention], sents) -> str:
    for n in sorted({m.sent_no for m in mentions}):
        text = sents[n].text.lower().replace("’", "'")
        if UNRESOLVED.search(text):
            return "unresolved"
        if any(not MAYBE.search(text[:m.start()]) for m in RESOLVED.finditer(text)):
            return "resolved"
    return "ongoing"


def _link_events(events: list[Event], disputes: list[Dispute], mentions: list[_Mention], sents) -> None:
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
    return "\n\n" not in first.doc.text[first.start_char:second.start_char]


def _evidence(sent) -> Evidence:
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    return Evidence(text, start, start + len(text))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("’", "'").replace("'s", "")).strip("-")
