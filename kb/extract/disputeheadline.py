"""The matter a headline names: a news writer often names the quarrel only there ("Lima expels envoy
over grazing rights", "Accra and Lome end their cocoa row") and tells it in the body by its acts.

The headline is read for topic words and sides only, never for events: the matter becomes a mention
in the first body sentence that names it again, else in the lead (the body is where the evidence is),
with the states the headline names as its sides. A headline that names no matter gives nothing; nor
does a site's masthead or a section path, which hold neither reading.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputeconflicts import matter_modifiers
from kb.extract.disputeparties import states_in_order
from kb.extract.disputereasons import answered_act, over_reason
from kb.extract.disputewords import QUARREL_NOUNS, Mention, cased_words, country_name, slug
from kb.extract.linking import ActorIndex
from kb.topicmatch import topic_words

# A quarrel told in a headline's shorthand by a noun for how it shows, its matter as the words before
# the noun ("fishing row", "visa spat"). Not "freeze": a price, wage or asset freeze is no quarrel.
_HEADLINE_QUARRELS = QUARREL_NOUNS | {"spat"}
# Prepositions that make the noun after them a place or a position, not a quarrel ("on death row").
_POSITION_PREPS = {"on", "at"}
# Entity kinds a modifier names a side or a place by, not a matter ("Gulf rift", "Sino-Indian row").
_SIDE_OR_PLACE = {"GPE", "NORP", "LOC", "PERSON", "ORG"}
# Adjectives that tell how a quarrel stands, not what it is about ("rare Gulf rift", "deepening row").
_HOW_IT_STANDS = {"diplomatic", "rare", "new", "deep", "deepening", "bitter", "growing"}
_MOST_SIDES = 3   # a matter is named after at most three states; more are onlookers too


def headline_mentions(headline, sents, mentions: list[Mention], index: ActorIndex) -> list[Mention]:
    """A mention of the headline's matter in the first body sentence that names a word of it, else in the
    lead, which most often tells the act the headline sums up; none where a framed topic of the body
    already shares a word with it (the body names that quarrel itself)."""
    if headline is None or not sents:
        return []
    named = states_in_order([headline])
    matter = _matter(headline, named)
    if matter is None:
        return []
    words = _content(matter)
    if not words or any(words & _content(m.topic) for m in mentions if m.framed):
        return []
    states = named[:_MOST_SIDES]   # the sides as the headline names them, the first few
    topic = _named_with_sides(matter, states, index)
    n, said = _first_naming(sents, words)
    span = (said[0].idx, said[-1].idx + len(said[-1])) if said else (sents[0].start_char,) * 2
    return [Mention(slug(topic), topic, n, True, span, weight=2, side_states=tuple(states))]


def _first_naming(sents, words: set[str]) -> tuple[int, list]:
    """The first sentence with tokens that name a word of the matter, and those tokens; (0, []) when
    none does. Each distinct token text is read once."""
    seen: dict[str, set[str]] = {}
    for n, sent in enumerate(sents):
        said = []
        for tok in sent:
            if tok.text not in seen:
                seen[tok.text] = _content(tok.text)
            if seen[tok.text] & words:
                said.append(tok)
        if said:
            return n, said
    return 0, []


def _named_with_sides(topic: str, codes, index: ActorIndex) -> str:
    """The matter after the states the headline names ("Chad-Niger grazing rights"): a reader tells it from
    another quarrel over grazing rights, and most writers name it so. Not where its words name a state
    already ("Taiwanese office", "arms for Israel"): they say whose matter it is."""
    if any(gazetteer.country(w.removesuffix("'s")) is not None for w in topic.split() if w[:1].isupper()):
        return topic
    names = sorted(filter(None, (country_name(c, index) for c in codes)))
    return f"{'-'.join(names)} {topic}" if names else topic


def _matter(headline, named: list[str]) -> str | None:
    """What the headline says a quarrel is over: the object of "over" ("recalls envoy over seized
    trawlers", "in spat over visa fees"), else the words before a quarrel noun ("cocoa row")."""
    for tok in headline:
        if tok.dep_ == "prep" and tok.lower_ == "over" and _said_in_a_quarrel(tok) and _two_sides(headline, named):
            found = over_reason(tok)
            if found is not None:
                return found[0]
    for tok in headline:
        if tok.lemma_.lower() in _HEADLINE_QUARRELS and tok.pos_ == "NOUN" and \
                not (tok.dep_ == "pobj" and tok.head.lower_ in _POSITION_PREPS):
            mods = [c for c in matter_modifiers(tok, ("compound", "nmod", "amod")) if c.ent_type_ not in _SIDE_OR_PLACE
                    and gazetteer.country(c.text) is None and c.lower_ not in _HOW_IT_STANDS]
            if mods:
                return cased_words(headline[min(t.i for t in mods[0].subtree):tok.i + 1])
    return None


def _said_in_a_quarrel(prep) -> bool:
    """Whether "over" hangs on a hostile act or a protest ("expels envoy over X", "breaks off relations
    over X") or a quarrel noun ("row over X"), up its chain of heads to its clause's verb: "flies over
    flooded villages", "talks run over time" tell no matter. A word joined to the chain as a compound counts too: a
    headline's clipped grammar often leaves the model reading its verb as a noun ("Chad expels envoy")."""
    chain, head = [], prep.head
    while True:   # up through the nouns to the clause's verb: a verb further up tells another clause
        chain += [head, *(c for c in head.children if c.dep_ == "compound")]
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return any(t.lemma_.lower() in _HEADLINE_QUARRELS or
               answered_act(t.lemma_.lower())
               for t in chain)


def _two_sides(headline, named: list[str]) -> bool:
    """Whether the headline names two sides (`named`: the states it names): two states, or a state and
    a body ("EU slaps embargo on Uzbekistan"); "police clash with protesters over fuel prices" is a
    quarrel at home."""
    bodies = any(t.ent_type_ == "ORG" and gazetteer.country(t.text) is None for t in headline)
    return len(named) + bodies >= 2


def _content(text: str) -> set[str]:
    """The words of a text that carry a matter (kb.topicmatch's, as the scorer reads them): no function
    word, framing noun or state."""
    return {w for w in topic_words(text) if not w.startswith("=")}
