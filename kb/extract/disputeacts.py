"""Contested acts a sentence tells with a verb or a participle rather than with a framing noun.

- nationals held by the other side: "Germans held in Iran", "three
  jailed Canadian journalists", "Japanese abducted by North Korea";
- a deal one side breaks: "scrapped a contract for Swedish jets", "walked out of the fishing pact".
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputewords import Mention, slug, topic_word
from kb.extract.lexicon import AGREEMENT_NOUNS

HELD_WORDS = {"missing", "detained", "held", "abducted", "jailed", "imprisoned", "captured", "kidnapped"}
# People a state stands up for when the other side holds them (with their nationality named).
_PEOPLE = {"citizen", "national", "soldier", "prisoner", "sailor", "fisherman", "journalist", "diplomat",
           "pilot", "worker", "tourist", "student", "serviceman", "servicemen", "crew", "civilian"}
# A broken order is a deal broken too, not an agreement signed.
DEAL_NOUNS = AGREEMENT_NOUNS | {"contract", "order"}
_CANCEL_VERBS = {"scrap", "cancel", "annul", "ditch", "abandon", "void", "revoke", "terminate", "renounce"}
_TEAR_VERBS = {"tear", "rip"}                 # with "up"
_QUIT_VERBS = {"withdraw", "quit", "exit", "pull", "walk"}   # "withdrew from", "pulled out of"


def held_nationals(word, n: int) -> list[Mention]:
    """A group of one state's people held, captured or missing on the other side."""
    if (word.tag_ not in ("VBN", "JJ") and word.lower_ != "missing") or \
            any(c.dep_ in ("dobj", "nsubj") for c in word.children):
        return []  # "Kurds held rallies": a verb of their own, not people held
    people = _people_near(word)
    if people is None:
        return []
    mods = [t for t in people.doc[people.left_edge.i:people.i + 1] if t.i != word.i and topic_word(t)
            and (t.i == people.i or t.dep_ in ("amod", "compound"))]
    if word.dep_ == "amod" and word.head.i == people.i:
        words = [word] + mods                        # "detained British sailors"
    else:
        words = mods + [word] + _prep_words(word, ("from", "by", "in"))   # "Germans held in Iran"
    topic = " ".join(t.text for t in words)
    return [Mention(slug(topic), topic, n, True, (min(t.idx for t in words), max(t.idx + len(t) for t in words)),
                    inner_parties=True)]


def _people_near(word):
    """The plural people noun the participle tells of: its head or an ancestor, else a word just before
    it ("Japanese abducted by ..." where the parser hangs the participle elsewhere)."""
    around = [a for _, a in zip(range(3), word.ancestors)] + list(reversed(word.doc[max(word.i - 3, 0):word.i]))
    if word.dep_ == "amod":
        around.insert(0, word.head)
    return next((t for t in around if _nationals(t)), None)


def _nationals(tok) -> bool:
    """ "Americans", "British sailors", "Japanese": a plural of people whose state is named."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if _demonym(tok):
        return True
    return tok.lemma_.lower() in _PEOPLE and any(c.dep_ in ("amod", "compound") and _demonym(c) for c in tok.children)


def _demonym(tok) -> bool:
    entry = gazetteer.country(tok.text)
    return entry is not None and tok.text in (entry.name, *entry.aliases, *entry.demonyms)


def broken_deal(noun, n: int) -> list[Mention]:
    """A deal, contract or order one side cancels or quits: "the scrapped contract for Swedish jets"."""
    how = _breaking(noun)
    if how is None:
        return []
    words = [t for t in noun.doc[noun.left_edge.i:noun.i + 1] if topic_word(t)] + _prep_words(noun, ("for", "on", "with"))
    if len(words) < 2 or not any(t.pos_ == "PROPN" or _demonym(t) for t in words):
        return []  # "tore up the deal", "an order for new furniture": no state's deal that a text names
    topic = f"{how} {' '.join(t.text if t.pos_ == 'PROPN' or t.text[:1].isupper() else t.lower_ for t in words)}"
    return [Mention(slug(topic), topic, n, True, (words[0].idx, max(t.idx + len(t) for t in words)),
                    inner_parties=True)]


def _breaking(noun) -> str | None:
    verb = noun.head
    if noun.dep_ == "dobj":
        particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        if verb.lemma_.lower() in _CANCEL_VERBS or (verb.lemma_.lower() in _TEAR_VERBS and "up" in particle):
            return "cancelled"
    if noun.dep_ == "pobj" and verb.lower_ in ("from", "of"):
        quitter = verb.head.head if verb.head.lower_ == "out" else verb.head   # "pulled out of the deal"
        if quitter.lemma_.lower() in _QUIT_VERBS:
            return "withdrawal from"
    return None


def _prep_words(tok, preps: tuple[str, ...]) -> list:
    """The content words of the first of `tok`'s prepositional phrases headed by one of `preps`."""
    prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return []
    words = [t for t in obj.doc[obj.left_edge.i:obj.i + 1] if topic_word(t)][-4:]
    return [prep, *words] if words else []
