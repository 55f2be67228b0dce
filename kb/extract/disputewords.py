"""The words of a dispute topic: the table of known topics, the topic phrase read from a parse, and
the Mention that records where a sentence names one.

Kept apart from kb.extract.disputetopics (which finds where a topic is named) and
kb.extract.disputeplaces (places and lands as topics) so each stays small.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from kb import gazetteer
from kb.extract.linking import ActorIndex
from kb.nlp import text_of

# slug, topic, alias pattern, free: True when the words alone name the topic anywhere
TOPICS: list[tuple[str, str, str, bool]] = [
    ("missile-defense", "missile defense",
     r"(?:anti-?)?missile[- ]defen[cs]e(?: shield| system)?|(?:anti-?)?missile shield|missile interceptors?", True),
    ("north-korea-nuclear-programme", "North Korea's nuclear programme",
     r"(?:korean (?:peninsula )?)?denucleari[sz]ation", True),
    ("nato-enlargement", "NATO enlargement",
     r"nato(?:'s)? (?:enlargement|expansion|membership)|(?:enlargement|expansion) of nato", True),
    ("south-china-sea", "South China Sea", r"south china sea", True),
    ("israeli-settlements", "Israeli settlements",
     r"(?:jewish |israeli )?settlements? (?:in|on) the (?:occupied )?west bank|west bank settlements?|"
     r"(?:israeli |jewish )?settlement (?:building|construction|activity|expansion)|israeli settlements?", True),
    ("gas-supplies", "gas prices and supplies",
     r"(?:natural )?gas (?:prices?|supplies|supply|deliveries|transit|debts?|disputes?|row)", True),
    ("crimea", "Crimea", r"crimea", False),
    ("kosovo", "Kosovo", r"kosovo(?:'s)? (?:independence|status)|kosovo", False),
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
# Nouns that name a quarrel by the state of relations it brings, not by what it is about ("decades of
# enmity", "the row").
QUARREL_NOUNS = {"dispute", "quarrel", "row", "rift", "feud", "hostility", "hostilities", "enmity", "rivalry",
                 "estrangement", "tension", "tensions", "confrontation", "standoff", "stand-off", "friction"}
# Compiled once: each topic's words anywhere in a phrase, and a whole place name given as the topic.
TOPIC_WORDS = {slug_: re.compile(rf"\b(?:{pattern})\b") for slug_, _, pattern, _ in TOPICS}
TOPIC_NAMES = {slug_: re.compile(rf"(?:the )?(?:{pattern})") for slug_, _, pattern, _ in TOPICS}
TOPIC_LOOSE = {slug_: re.compile(pattern) for slug_, _, pattern, _ in TOPICS}


def table_topic_named(name: str) -> tuple[str, str] | None:
    """(slug, topic) of the table topic a place's whole name is ("Kashmir", "the Falklands"), if any."""
    low = name.lower()
    return next(((slug_, topic) for slug_, topic, _pattern, _free in TOPICS if TOPIC_NAMES[slug_].fullmatch(low)), None)


def table_topic_in(text: str) -> tuple[str, str] | None:
    """(slug, topic) of the first topic of the table whose words the text names, if any."""
    low = text.lower().replace("\u2019", "'")
    return next(((slug_, topic) for slug_, topic, _pattern, _free in TOPICS if TOPIC_WORDS[slug_].search(low)), None)


# Words of a bare framed topic that a table topic of the same sentence stands for ("price dispute").
TOPIC_HEADWORDS = {"gas-supplies": {"price", "prices", "supply", "supplies", "transit", "gas", "debt"},
                   "missile-defense": {"shield", "interceptor", "interceptors", "radar"}}
# Prepositions that introduce what a dispute or talks are about: "row over X", "talks on X".
TOPIC_PREPS = {"over", "about", "on", "regarding", "surrounding", "concerning"}
NOT_TOPICS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Heads that name no subject matter on their own ("the plan", "peace talks", "a new agreement").
STOP_HEADS = {"plan", "issue", "matter", "question", "it", "this", "that", "what", "which", "way",
              "thing", "future", "side", "fact", "issues", "other", "world", "cold", "year", "decade",
              "time", "scope", "kind", "sort", "lot", "part", "day", "week", "month", "peace", "round",
              "session", "level", "progress", "agreement", "deal", "treaty", "accord", "document",
              "text", "details", "framework", "terms", "proposal", "ties", "relations", "cooperation",
              "trade", "security", "people", "weeks", "months", "years", "hours"}
MONTHS = {m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:])} | {"sept"}
# A news story names its main quarrel in its lead, the first sentences of the body (kb.cleaning has
# lifted the headline out of the text); the lead also names the state an outside force is sent to.
LEAD_SENTENCES = 2
# Generic nouns after a proper place name: "the Essequibo region" is the Essequibo.
PLACE_HEADS = {"region", "territory", "area", "province", "enclave", "strip", "zone"}
# Nouns for a piece of land, which "the" can point back with to a land named before ("the peninsula").
# Features at sea count: "Scarborough Shoal", "Mischief Reef", "Middle Rocks" are lands states claim.
LAND_NOUNS = PLACE_HEADS | {"peninsula", "island", "archipelago", "islet", "atoll", "valley", "plateau",
                            "shoal", "reef", "cay", "rock"}


@dataclass
class Mention:
    slug: str
    topic: str
    sent_no: int
    framed: bool                  # the text frames it as a dispute (else: a table topic named in passing)
    topic_span: tuple[int, int]
    canonical: bool = False       # from the table, a place or a nuclear owner: its slug needs no parties
    inner_parties: bool = False   # actors inside the topic words are parties ("invasion of Cyprus")
    party_tokens: list = field(default_factory=list)   # tokens naming the sides ("relations with X")
    status: str | None = None     # what the wording itself says ("restored relations": resolved)
    weight: int = 1
    bare: bool = False            # a topic with no owner in its words ("the coup"): named after its parties
    side_states: tuple = ()       # ISO codes of states its words make sides with no actor named ("the American base")
    internal: bool = False        # fought inside a state between sides no actor stands for: that state is a side
    rebels: bool = False          # a rebellion named by its fighters: they and the state they fight are its sides


def _subtree(tok) -> list:
    """A phrase without its relative clauses, participles, appositions and conjuncts."""
    out, stack = [tok], [c for c in tok.children if c.dep_ not in ("relcl", "acl", "appos", "conj", "cc", "punct")]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack += [c for c in cur.children if c.dep_ not in ("relcl", "acl", "appos", "conj", "cc", "punct")]
    return out


# Adjectives that make a conflict or a claim one that may come: "future claims", "a possible war".
_MAY_COME = {"future", "possible", "potential", "eventual", "hypothetical"}


def may_come(noun) -> bool:
    """Whether the noun is modified as something that may come rather than something under way."""
    return any(c.dep_ == "amod" and c.lower_ in _MAY_COME for c in noun.children)


def has_prep(noun, word: str) -> bool:
    """Whether a preposition `word` hangs on the noun: "withdrawal from", "the crisis in"."""
    return any(c.dep_ == "prep" and c.lower_ == word for c in noun.children)


def phrase_span(tok) -> tuple[int, int]:
    """Character span of a topic phrase without its conjuncts and relative clauses."""
    skip = {"conj", "cc", "relcl", "acl", "punct", "appos"}
    toks = [tok]
    stack = [c for c in tok.children if c.dep_ not in skip]
    while stack:
        cur = stack.pop()
        toks.append(cur)
        stack += [c for c in cur.children if c.dep_ not in ("relcl", "acl")]
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def canonical(tok, index: ActorIndex) -> tuple[str, str, bool] | None:
    """(slug, topic, canonical?) of a topic phrase: a table topic, a named actor, else its own words."""
    doc = tok.doc
    named = land_named_before(tok)
    if named is not None:
        found = canonical(named, index)  # "a row over the territory" after "the Isla Verde archipelago"
        return (found[0], found[1], True) if found else None
    start, end = phrase_span(tok)
    phrase = text_of(doc)[start:end].lower().replace("\u2019", "'")
    known = table_topic_in(phrase)
    if known is not None:
        return known[0], _matter_of(tok, known[1]), True
    actor_id = index.at(tok)
    if actor_id:
        name = index.by_id[actor_id].name
        return slug(name), name, True
    found = generic_topic(tok)
    return (found[0], found[1], False) if found else None


def _matter_of(tok, topic: str) -> str:
    """A table topic that is only a state's name, named through a common noun ("Kosovo's future",
    "the status of Taiwan"), keeps the writer's words: the noun says what about the state is
    contested, which the bare name does not. Its slug stays the table's, one dispute across articles."""
    if tok.pos_ != "NOUN" or gazetteer.country(topic) is None:
        return topic
    found = generic_topic(tok)
    return found[1] if found and re.search(rf"\b{re.escape(topic)}\b", found[1]) else topic


def land_named_before(tok):
    """The named land a bare "the territory", "the islands" points back to: the last land noun with a
    proper name on it in the sentence so far or the one before ("ceded the Isla Verde archipelago,
    ending a row over the windswept territory"); None for a land named in its own words."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in LAND_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or \
            any(c.pos_ == "PROPN" or c.dep_ in ("prep", "poss") for c in tok.children):
        return None
    sent = tok.sent
    start = sent.start if sent.start == 0 else tok.doc[sent.start - 1].sent.start
    return next((t for t in reversed(tok.doc[start:tok.left_edge.i]) if t.lower_.removesuffix("s") in LAND_NOUNS
                 and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)), None)


def generic_topic(tok, preps: tuple[str, ...] = ("of",), most: int = 7) -> tuple[str, str] | None:
    """The topic in the text's own words: left modifiers, the head, a prepositional phrase; `most` words at most."""
    if tok.ent_type_ in NOT_TOPICS:
        return None
    doc = tok.doc
    words = [t for t in doc[tok.left_edge.i:tok.i + 1] if topic_word(t)]
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if of:
        inner = {t.i for t in _subtree(of[0])}
        phrase = [t for t in doc[of[0].i:of[0].right_edge.i + 1] if t.i in inner and topic_word(t)]
        words += phrase[:max(5, most - len(words))]  # whole while the topic has room; five words at least
    while words and words[-1].pos_ in ("ADP", "CCONJ"):
        words.pop()  # "the Turkish invasion of 1974": the date is left out, so is the "of" before it
    plain = not of and not any(c.dep_ == "poss" for c in tok.children)
    if (tok.lemma_.lower() in STOP_HEADS and plain) or tok.pos_ not in ("NOUN", "PROPN") \
            or not 0 < len(words) <= most:
        return None
    if tok.lemma_.lower() in PLACE_HEADS and len(words) > 1 and all(t.pos_ == "PROPN" for t in words[:-1]):
        words = words[:-1]  # "the Essequibo region" is the Essequibo
    topic = re.sub(r"\s*-\s*", "-", cased_words(words))
    return slug(topic), topic


def cased_words(words) -> str:
    """The words joined as a topic: names and words the text capitalises keep their case, the rest
    is lower-cased ("the Turkish airbase" gives "Turkish airbase"): one place for how every
    dispute topic is cased. A possessive keeps to its owner ("Oslo's demand", not "Oslo 's demand")."""
    joined = " ".join(t.text if t.pos_ == "PROPN" or t.text[:1].isupper() else t.lower_ for t in words)
    return joined.replace(" 's", "'s").replace(" \u2019s", "'s")


def topic_word(t) -> bool:
    """Leave out determiners, numbers, dates, adverbs and hyphenated adjectives ("full-scale", "eight-month")."""
    group = _hyphen_group(t)
    if len(group) > 1:
        return _noun_compound(group)  # "power-sharing" stays; "oil-rich", "eight-month" go
    if t.tag_ == "POS":
        return t.head.i != t.i and topic_word(t.head)  # "Gibraltar's future"; not "last week's coup"
    if t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS:
        return False  # "the July 15 coup": a date the parser left unlabelled
    if t.lower_ in _POINTING_BACK:
        return False  # "a similar ban": the ban told before, not a kind of ban
    return t.pos_ not in ("DET", "PRON", "PUNCT", "NUM", "ADV", "AUX", "CCONJ", "PART") \
        and t.ent_type_ not in NOT_TOPICS


# Adjectives that point back to a thing already told rather than say what it is.
_POINTING_BACK = {"identical", "similar", "same", "such", "comparable", "equivalent", "parallel"}


def _hyphen_group(t) -> list:
    """The tokens joined to `t` by hyphens without spaces ("power", "-", "sharing")."""
    doc, lo, hi = t.doc, t.i, t.i
    while lo > 0 and (doc[lo - 1].text == "-" or doc[lo].text == "-") and not doc[lo - 1].whitespace_:
        lo -= 1
    while hi + 1 < len(doc) and (doc[hi + 1].text == "-" or doc[hi].text == "-") and not doc[hi].whitespace_:
        hi += 1
    return list(doc[lo:hi + 1])


def _noun_compound(group: list) -> bool:
    return group[-1].pos_ in ("NOUN", "PROPN") and group[0].pos_ in ("NOUN", "PROPN") and \
        not any(x.pos_ == "NUM" or x.ent_type_ in NOT_TOPICS for x in group)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("\u2019", "'").replace("'s", "")).strip("-")


def with_parties(key: str, topic: str, parties: list[str], index: ActorIndex) -> str:
    """A topic in the article's own words is one dispute only between the same parties."""
    names = [index.by_id[p].name.lower() for p in parties if p in index.by_id]
    if any(n in topic.lower() for n in names):
        return key
    codes = sorted({(index.by_id[p].country or p.partition(":")[2]).lower()
                    for p in parties if p in index.by_id})[:3]
    return f"{key}--{'-'.join(codes)}" if codes else key


def country_name(code: str, index: ActorIndex) -> str | None:
    """The name of the country an ISO code stands for, as the article's actor has it if it has one."""
    found = index.country_id(code)
    if found is not None:
        return index.by_id[found].name
    entry = gazetteer.country_by_code(code)
    return entry.name if entry is not None else None
