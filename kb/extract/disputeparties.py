"""Who a dispute is between: the sides named for its topic, else the actors of its sentences, else
those of the article's main pair or of the sentences around it. Who brokers a settlement is no
side, nor is a state outside the main pair that only speaks of a conflict between others."""
from __future__ import annotations

from collections import Counter

from kb import gazetteer
from kb.extract.disputehostility import kept_parties
from kb.extract.disputestatus import PEACE
from kb.extract.disputewords import Mention
from kb.extract.lexicon import MEDIATING_VERBS
from kb.extract.linking import ActorIndex
from kb.extract.places import LOCATIVE_PREPS
from kb.extract.quotes import SPEECH_VERBS
from kb.model import Event


def two_sides(parties: list[str], index: ActorIndex) -> bool:
    return len(parties) >= 2 and any(index.kind(p) == "country" for p in parties)


def truce_sides(events: list[Event], index: ActorIndex) -> list[str]:
    """The sides of a ceasefire or a peace agreement the article reports: those who stop fighting
    are the sides of the war, when the sentences naming the war do not say whose it is. One agreed
    for later ("agreed a ceasefire to begin on Monday") names them as well."""
    for event in events:
        if event.modality not in ("asserted", "planned") or not event.evidence:
            continue
        if event.type == "Ceasefire" or event.type == "AgreementSigned" and PEACE.search(event.evidence[0].text):
            sides = kept_parties(event.participants, index)
            if two_sides(sides, index):
                return sides
    return []


def home_states(parties: list[str], index: ActorIndex) -> list[str]:
    """ "twenty years of war" that the Shining Path fought, no state named as its side: an armed
    group's war is against the state it comes from."""
    codes = dict.fromkeys(index.by_id[p].country for p in parties if index.kind(p) == "group")
    return [s for s in (index.state(c) for c in codes if c) if s is not None]


def parties_of(framed: list[Mention], all_mentions: list[Mention], sents, index: ActorIndex) -> list[str]:
    """The sides named for the topic, else the actors of its sentences outside the topic words."""
    sides = [a for m in framed for t in m.party_tokens for a in index.resolve(t) or _pair_phrase(t, index)]
    found: list[str] = kept_parties(sides, index)
    if len(found) >= 2:
        return found
    for m in framed:
        found += _sentence_actors(m, all_mentions, sents[m.sent_no], index)
    return kept_parties(found, index)


def _sentence_actors(m: Mention, all_mentions: list[Mention], sent, index: ActorIndex) -> list[str]:
    topics = [x.topic_span for x in all_mentions if x.sent_no == m.sent_no and x.framed
              and not (x is m and m.inner_parties)]
    in_topic = lambda offset: any(lo <= offset < hi for lo, hi in topics)  # noqa: E731
    found = []
    pair = set(index.countries_of(index.group))
    for actor_id in index.in_range(sent.start_char, sent.end_char):
        here = [s for s, _ in index.by_id[actor_id].mentions if sent.start_char <= s < sent.end_char]
        if all(in_topic(s) or _broker(sent, s) for s in here):
            continue
        if m.bare and pair and not pair & set(index.countries_of([actor_id])) and \
                all(_commentator(sent, s, m.topic_span[0], index) for s in here):
            continue
        found.append(actor_id)
    for tok in sent:
        if (tok.tag_ == "PRP$" or tok.lower_ in ("both", "they") or tok.lemma_ in ("leader", "country")) \
                and not in_topic(tok.idx):
            found += index.resolve(tok)
    return found


def _commentator(sent, offset: int, topic_at: int, index: ActorIndex) -> bool:
    """ "In Paris, ministers said that Chad was to blame for the war": who speaks of
    a conflict named with no topic as between others (a state named in what is said) is no side of
    it. Asked only of an actor outside the article's main pair, so a side speaking of its own quarrel
    stays a side, and only for a bare conflict, named after its sides: who demands something of a
    state over a named matter ("Italy insisted that Libya must hand over the suspects") is a side."""
    tok = next((t for t in sent if t.idx == offset), None)
    verb = tok
    while verb is not None and not (verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS):
        verb = verb.head if verb.head.i != verb.i else None
    if tok is None or verb is None:
        return False
    said = next((c for c in verb.children if c.dep_ == "ccomp"
                 and c.left_edge.idx <= topic_at < c.right_edge.idx + len(c.right_edge)), None)
    if said is None or said.left_edge.idx <= offset < said.right_edge.idx + len(said.right_edge):
        return False  # the topic is not in what is said, or the actor is named inside it
    return any(index.kind(a) == "country" for t in said.subtree for a in index.resolve(t)
               if t.pos_ == "PROPN")


# Who brokers a deal, and also who hosts, chairs or guarantees it: none of them is a side of the dispute,
# though hosting or chairing talks makes no Mediation event (hence more than the lexicon's mediating verbs).
_BROKERING = MEDIATING_VERBS | {"host", "chair", "guarantee"}


def _broker(sent, offset: int) -> bool:
    """ "a truce brokered by Qatar", "talks mediated by Switzerland": who helps the sides settle is no side."""
    tok = next((t for t in sent if t.idx == offset), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "poss", "nmod", "flat"):
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "by" and \
        tok.head.head.lemma_.lower() in _BROKERING


def _pair_phrase(tok, index: ActorIndex) -> list[str]:
    """ "between the two old foes", "between the feuding neighbours": the article's main pair."""
    if tok.tag_ != "NNS" or not any(c.lower_ in ("the", "two", "both") for c in tok.children):
        return []
    return kept_parties(index.countries_of(index.group), index)


def nearby_parties(framed: list[Mention], sents, index: ActorIndex) -> list[str]:
    """Countries and organizations of the sentences just before and after, when the dispute's own have none."""
    found: list[str] = []
    for n in sorted({m.sent_no for m in framed}):
        lo, hi = sents[max(n - 1, 0)].start_char, sents[min(n + 1, len(sents) - 1)].end_char
        found += index.in_range(lo, hi)
    return kept_parties(found, index)


def states_named(sents) -> set[str]:
    """ISO codes of the states the sentences name by a name, an adjective or a capital ("the British
    tanker", "Russian sailors"), actor of the article or not; a capital only where it stands for its
    government, not as the place something is done ("rights groups in London said")."""
    return set(states_in_order(sents))


def states_in_order(sents, skip=None) -> list[str]:
    """The states of states_named, each once, in the order the sentences name them; `skip` (a test
    on a token) leaves out the names it holds."""
    return list(dict.fromkeys(hit[0].alpha3 for sent in sents for t in sent if t.text[:1].isupper()
                              and (skip is None or not skip(t))
                              for hit in [gazetteer.gazetteer().country_match(t.text)] if hit is not None
                              and not (hit[1] == "metonym" and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS)))


def most_named_state(index: ActorIndex, among=None) -> str | None:
    """The ISO code of the state the article names most, counting its people's mentions (and its
    capital's), the one named first among equals; with `among`, the most named of those states,
    named or not. A lookup only: the state becomes an actor of the article where it is made a side."""
    counts = Counter({code: 0 for code in sorted(among or ())})
    for actor in index.by_id.values():
        if actor.kind in ("country", "person") and actor.country and (among is None or actor.country in among):
            counts[actor.country] += len(actor.mentions)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -_first_mention(index, c)))


def _first_mention(index: ActorIndex, code: str) -> int:
    """Where the article first names a state or one of its people (0 when it never does)."""
    return min((s for a in index.by_id.values() if a.country == code for s, _ in a.mentions), default=0)


def modifier_states(index: ActorIndex, nouns) -> Counter:
    """The state actors written in front of the article's nouns of `nouns`, counted ("the Nepalese
    government", "American troops")."""
    return Counter(a for t in index.doc if t.lemma_.lower() in nouns for a in index.modifier_countries(t))
