"""Contested acts a sentence tells with a verb or a participle rather than with a framing noun.

- a deal one side breaks: "scrapped a contract for Swedish jets", "walked out of the fishing pact";
- power seized by soldiers: "officers detained the president", "the army seized power" (a coup);
- a foreign state's forces told to leave a base: "gave Russian sailors a month to quit the naval port";
- a named ship or aircraft struck: "agents sank the ship Blue Heron" (the sinking of Blue Heron).
"""
from __future__ import annotations

import re

from kb import gazetteer
from kb.extract.disputereasons import act_reason
from kb.extract.disputewords import Mention, cased_words, slug, topic_word
from kb.extract.lexicon import AGREEMENT_NOUNS, FORCE_NOUNS

# People a state stands up for, named with their nationality ("Russian sailors").
_PEOPLE = {"citizen", "national", "soldier", "prisoner", "sailor", "fisherman", "journalist", "diplomat",
           "pilot", "worker", "tourist", "student", "serviceman", "servicemen", "crew", "civilian"}
# A broken order is a deal broken too, not an agreement signed.
DEAL_NOUNS = AGREEMENT_NOUNS | {"contract", "order"}
_CANCEL_VERBS = {"scrap", "cancel", "annul", "ditch", "abandon", "void", "revoke", "terminate", "renounce"}
_TEAR_VERBS = {"tear", "rip"}                 # with "up"
_QUIT_VERBS = {"withdraw", "quit", "exit", "pull", "walk"}   # "withdrew from", "pulled out of"


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
    """A deal, contract or order one side cancels or quits: "the scrapped contract for Swedish jets";
    one torn up for a reason it gives is a quarrel over that ("renounced the pact in anger at a report
    on its prisons": the report), as ties cut for a reason are."""
    how = _breaking(noun)
    if how is None:
        return []
    reason = act_reason(noun.head)
    if reason is not None:
        return [Mention(slug(reason[0]), reason[0], n, True, reason[1], inner_parties=True, weight=2)]
    words = ([t for t in noun.doc[noun.left_edge.i:noun.i + 1] if topic_word(t)]
             + _prep_words(noun, ("for", "on", "with")))
    if len(words) < 2 or not any(t.pos_ == "PROPN" or _demonym(t) for t in words):
        return []  # "tore up the deal", "an order for new furniture": no state's deal that a text names
    topic = f"{how} {cased_words(words)}"
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


# Who seizes power in a coup: soldiers, officers, the army (also "military leaders", "the armed forces").
_SOLDIERS = {"soldier", "officer", "army", "military", "troop", "junta", "mutineer", "putschist", "general",
             "colonel", "guard", "commander"}
_OUSTING_VERBS = {"overthrow", "oust", "topple", "depose", "detain", "arrest", "remove", "capture"}
_SEIZING_VERBS = {"seize", "take", "grab", "assume", "usurp"}
_RULER_TITLES = {"president", "premier", "king", "emir", "sultan", "ruler", "government", "prime"}


def seized_power(verb, n: int, published=None) -> list[Mention]:
    """A coup told by its act: soldiers seizing power ("the army seized power", "took control of the
    country", not "of the border crossing") or removing or holding the head of state ("officers
    put the president under house arrest", "troops ousted the government"); a coup a year or
    more back ("who overthrew the president years ago") is background, and police arresting "the
    president of the club" no coup."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _by_soldiers(verb) or _years_back(verb, published) or \
            any(t.lemma_.lower() in ("coup", "putsch") for t in verb.subtree):
        return []  # "took power in a coup": the noun names it, and dates it
    of_state = any(g.lemma_.lower() in ("country", "government", "state") or g.ent_type_ == "GPE"
                   for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    seized = lemma in _SEIZING_VERBS and (obj.lemma_.lower() == "power" or obj.lemma_.lower() == "control" and of_state)
    held = lemma in ("place", "put") and any(g.lemma_.lower() in ("arrest", "detention") for c in verb.children
                                    if c.dep_ == "prep" and c.lower_ == "under" for g in c.subtree)
    if not (seized or ((lemma in _OUSTING_VERBS or held) and _ruler(obj))):
        return []
    return [Mention("coup", "coup", n, True, (verb.idx, verb.idx + len(verb)), inner_parties=True, bare=True)]


def _by_soldiers(verb) -> bool:
    """Whether the verb's subject (or that of the verb it is joined to, or the noun a "who" stands
    for) is an armed body."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and (subj.lemma_.lower() in _SOLDIERS or
                                 any(c.dep_ == "amod" and c.lower_ in ("military", "armed") for c in subj.children))


def _ruler(obj) -> bool:
    """ "the president", "President X", "the government": a head of state or government, not the
    president of a club or a company."""
    words = [obj] + [c for c in obj.children if c.dep_ == "compound"]
    if not any(w.lemma_.lower() in _RULER_TITLES for w in words):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _years_back(verb, published) -> bool:
    """ "three years ago", "in 1994" (two or more years before publication): told as background."""
    for t in verb.subtree:
        if t.lower_ == "ago" and any(g.lemma_.lower() == "year" for g in t.subtree):
            return True
        if published is not None and t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 \
                and int(t.text) <= published.year - 2:
            return True
    return False


_LEAVING_VERBS = {"leave", "vacate", "quit", "evacuate"}
_ORDERING_VERBS = {"order", "tell", "give", "demand", "ask", "instruct", "force", "direct"}
# Places a foreign state holds inside another that it can be told to leave (not "the country": that
# is an expulsion, read as an event).
_HELD_SITES = {"base", "airbase", "garrison", "outpost", "airfield", "port", "facility", "installation"}
# Words that make a site one for people in need, not a foreign state's ("the refugee facility").
_SHELTER_WORDS = {"refugee", "refugees", "migrant", "migrants", "asylum", "displaced", "aid", "relief", "transit"}


def _held_site(verb):
    """The verb's object if it is a site a foreign state can hold: "the naval base", not "the refugee
    facility near the border"."""
    site = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _HELD_SITES), None)
    if site is None or any(t.lower_ in _SHELTER_WORDS for t in site.doc[site.left_edge.i:site.i]):
        return None
    return site


def ordered_out(verb, n: int) -> list[Mention]:
    """ "gave Russian sailors a month to quit the naval port at Osh", "ordered French troops to vacate
    the base near Lamu": a quarrel over the site a foreign state's people or forces are told to leave;
    students told to leave a campus, or an ambassador told to leave the country, are not one."""
    order = verb.head
    if verb.lemma_.lower() not in _LEAVING_VERBS or verb.dep_ not in ("xcomp", "advcl", "relcl", "acl") \
            or order.lemma_.lower() not in _ORDERING_VERBS:
        return []
    leavers = [c for c in order.children if c.dep_ in ("dative", "dobj", "nsubjpass")]
    site = _held_site(verb)
    if site is None or not any(_nationals(t) or _foreign_force(t) for t in leavers):
        return []
    words = [t for t in site.doc[site.left_edge.i:site.i + 1] if topic_word(t)]
    words += _prep_words(site, ("at", "in", "near", "of")) or _prep_words(verb, ("at", "in", "near"))
    topic = re.sub(r"\s*-\s*", "-", cased_words(words))   # "Karshi - Khanabad" as written
    return [Mention(slug(topic), topic, n, True, (words[0].idx, max(t.idx + len(t) for t in words)),
                    inner_parties=True, weight=2)]


_CLOSING_VERBS = {"close", "shut", "shutter", "evict"}


def closed_site(verb, n: int) -> list[Mention]:
    """ "the assembly voted to shut the Turkish airbase near X", "will close the Russian naval facility":
    a quarrel over a site a foreign state holds that the host closes, named by its closure. A state
    closing its own base ("the Pentagon will close the American base") is no quarrel."""
    if verb.lemma_.lower() not in _CLOSING_VERBS:
        return []
    site = _held_site(verb)
    owner = next((c for c in site.children if c.dep_ in ("amod", "compound") and _demonym(c)), None) \
        if site is not None else None
    closer = _clause_subject(verb)
    if owner is None or _same_state(owner, closer):
        return []
    words = ([t for t in site.doc[site.left_edge.i:site.i + 1] if topic_word(t)]
             + _prep_words(site, ("at", "in", "near")))
    topic = "closure of " + re.sub(r"\s*-\s*", "-", cased_words(words))
    return [Mention(slug(topic), topic, n, True, (words[0].idx, max(t.idx + len(t) for t in words)),
                    inner_parties=True, weight=2, party_tokens=[owner, *([closer] if closer is not None else [])],
                    side_states=(gazetteer.country(owner.text).alpha3,))]


def _clause_subject(verb):
    """The subject of the verb, or of the verbs it hangs from ("parliament voted to close")."""
    for v in [verb, *verb.ancestors][:3]:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _same_state(owner, subject) -> bool:
    """Whether the closer ("the Pentagon", "Kyrgyzstan's parliament", not what an apposition adds
    after it) belongs to the state the site's owner word names."""
    entry = gazetteer.country(owner.text)
    words = subject.doc[subject.left_edge.i:subject.i + 1] if subject is not None else []
    return entry is not None and any((found := gazetteer.country(t.text)) is not None and found.alpha3 == entry.alpha3
                                     for t in words)


def forces_out(verb, n: int) -> list[Mention]:
    """ "hard to make Russian soldiers leave", "demanded that American forces leave Iraq",
    "asked French troops to withdraw": a quarrel over a foreign state's forces on the asker's soil,
    named by the forces and, where said, the land they are to leave ("American forces in Iraq")."""
    asker = verb.head
    if verb.lemma_.lower() not in _LEAVING_VERBS | {"withdraw", "depart"} or verb.dep_ not in ("ccomp", "xcomp") \
            or asker.lemma_.lower() not in _ORDERING_VERBS | _URGING_VERBS:
        return []
    forces = [c for c in verb.children if c.dep_ == "nsubj"] if verb.dep_ == "ccomp" else \
        [c for c in asker.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    force = next((t for t in forces if _foreign_force(t)), None)
    if force is None:
        return []
    land = next((g for g in [*verb.children, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                                               for g in c.children)]
                 if g.dep_ in ("dobj", "pobj") and g.ent_type_ == "GPE"), None)
    words = [t for t in force.doc[force.left_edge.i:force.i + 1] if topic_word(t)]
    topic = " ".join(t.text if t.text[:1].isupper() else t.lower_ for t in words) + (f" in {land.text}" if land else "")
    return [Mention(slug(topic), topic, n, True, (words[0].idx, force.idx + len(force)), inner_parties=True, weight=2)]


# Verbs that press for a thing without ordering it ("get them to leave", "want them to go").
_URGING_VERBS = {"get", "make", "want", "urge", "press", "push", "call"}


def _foreign_force(tok) -> bool:
    """ "French troops", "Russian forces": an armed body of a state named by its demonym."""
    return tok.lemma_.lower() in FORCE_NOUNS and any(c.dep_ in ("amod", "compound") and _demonym(c)
                                                      for c in tok.children)


# Acts against a ship or an aircraft, and the noun each is reported by ("the sinking of X").
_CRAFT_ACTS = {"sink": "sinking", "torpedo": "sinking", "seize": "seizure", "hijack": "hijacking",
               "bomb": "bombing", "down": "downing", "ram": "ramming", "board": "boarding"}
_CRAFT_NOUNS = {"ship", "vessel", "tanker", "boat", "ferry", "trawler", "freighter", "frigate", "destroyer",
                "submarine", "yacht", "aircraft", "airliner", "plane", "jet", "warplane", "helicopter", "drone"}


def struck_craft(verb, n: int, published=None) -> list[Mention]:
    """ "agents sank the ship Blue Heron", "forces seized the British tanker Sea Star": a quarrel over
    the act on a ship or an aircraft the text names ("the sinking of Blue Heron"). An unnamed craft
    ("shot down a Russian jet") is left to the hostile act's own dispute, between its sides; "sank an
    old boat" says too little, and an act a year or more back is background."""
    lemma = verb.lemma_.lower()
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        lemma = "down"
    act = _CRAFT_ACTS.get(lemma)
    craft = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if act is None or craft is None or _years_back(verb, published):
        return []
    kind = next((t for t in [craft, *craft.children] if t.lemma_.lower() in _CRAFT_NOUNS and t.dep_ != "appos"), None)
    if kind is None:
        return []
    name = [t for t in craft.subtree if t.pos_ == "PROPN" and t.i > kind.i
            and (t.dep_ == "appos" or t.head.dep_ == "appos" or t.i == craft.i or t.head.i == craft.i)]
    if not name:
        return []
    topic = f"{act} of " + " ".join(t.text for t in sorted(name, key=lambda t: t.i))
    return [Mention(slug(topic), topic, n, True, (craft.left_edge.idx, craft.right_edge.idx + len(craft.right_edge)),
                    inner_parties=True, weight=2)]
