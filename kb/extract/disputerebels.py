"""A rebellion named by its fighters: "the Karenni rebel alliance", "Zapatista guerrillas", "the
secessionist Karenni Interim Council".

Armed men who fight the state they live in are one side of a dispute over who governs it, or over a
part of it, even where no noun names the war: the article tells it by who the fighters are. The
conflict is named after the group, by what its kind of fighters wage ("Karenni rebellion",
"Karenni secessionist war"); the group and the state it fights are its sides. Only a group the
parse shows bearing arms counts: by its kind or its name ("guerrillas", "Revolutionary Army"), or by
what it does, owns or suffers somewhere in the article ("ambushed a convoy", "took up arms", "whose
fighters", "the war between troops and rebels"); a party's rebels vote, they do not fight.
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.disputewords import LAND_NOUNS, Mention, generic_topic, slug
from kb.extract.lexicon import FORCE_NOUNS

# What each kind of fighter wages: the conflict a group of them stands for.
_REBEL_CONFLICTS = {"rebel": "rebellion", "insurgent": "insurgency", "guerrilla": "guerrilla war",
                   "separatist": "separatist war", "secessionist": "secessionist war"}
# Words of a group's name that say what kind of body it is, not whose it is ("Interim Government").
_BODY_WORDS = {"interim", "transitional", "provisional", "revolutionary", "united", "front", "army", "government",
               "movement", "alliance", "coalition", "liberation", "national", "democratic", "people", "people's",
               "popular", "council", "party", "forces", "force", "union", "group", "committee"}
# Kinds of fighter whose word alone says they bear arms; "rebels", "separatists" and
# "secessionists" may as well be a party's dissenters or a movement of voters.
_ARMED_KINDS = {"guerrilla", "insurgent"}
# Heads of a group's name that say it bears arms ("the Karenni Revolutionary Army").
_ARMED_BODIES = {"army", "militia", "brigade"}
# Nouns for armed men and their arms: owned by someone in the sentence that names a group ("whose
# fighters seized two towns", "its armed wing"), or taken up, held or handed in by the group.
_FIGHTER_NOUNS = {"fighter", "gunman", "militiaman", "combatant"}
_WEAPON_NOUNS = {"weapon", "gun", "rifle", "grenade", "mortar", "rocket", "explosive"}
# Verbs of force that say nothing else: a group doing them fights.
_FORCE_ONLY_VERBS = {"shell", "bomb", "bombard", "besiege", "encircle", "overrun", "retake", "recapture",
                     "kidnap", "abduct", "massacre"}
# Verbs that are force only against armed men, people or ground ("attacked a convoy", "seized two
# towns"); against a bill, a plan or a minister they are politics ("rebel MPs attacked the budget",
# "ambushed the minister with a motion").
_FORCE_VERBS = {"fight", "battle", "attack", "ambush", "raid", "kill", "seize", "capture", "storm", "occupy",
                "shoot", "clash", "strike"}
# Ground held or fought over: a land, a state or a place in it.
_GROUND_NOUNS = LAND_NOUNS | {"country", "state", "nation", "land", "homeland", "city", "capital", "town",
                              "village", "hill", "mountain", "coast", "north", "south", "east", "west"}
_TARGET_NOUNS = FORCE_NOUNS | _GROUND_NOUNS | {
    "army", "military", "militia", "garrison", "convoy", "base", "outpost", "post", "barracks", "checkpoint",
    "position", "camp", "airport", "port", "road", "bridge", "civilian", "villager", "people", "policeman",
    "hostage"}
# Armed conflicts whose other side is named after "between", "with" or "against": "the war
# between troops and rebels", "a truce with the guerrillas" ("battle" and "conflict" are
# political as often: "the battle with rebel MPs").
_ARMED_CONFLICT_NOUNS = {"fighting", "war", "skirmish", "firefight", "offensive", "ceasefire", "truce"}
# Words for a legislature and its members: rebels of these vote, they do not fight.
LEGISLATURE_WORDS = {"party", "parliament", "caucus", "backbench", "congress", "senate", "assembly",
                      "legislature", "cabinet", "coalition"}
_LAWMAKER_NOUNS = {"lawmaker", "legislator", "mp", "deputy", "senator", "backbencher", "congressman", "member"}


def armed_kinds(doc) -> set[str]:
    """The kinds of fighter the article shows bearing arms ("the rebels ambushed a convoy", "took up
    arms", "the war between troops and rebels"); looked up once per article, so that
    "Karenni rebels" named in a sentence that tells no fighting stand for the war told elsewhere."""
    mentions = ((t, _group_of(t)) for t in doc if t.lemma_.lower() in _REBEL_CONFLICTS)
    return {t.lemma_.lower() for t, group in mentions if not dissenters(t, group) and _bears_arms(t, group)}


# Verbs of rising against a government: fighters said to do so wage an uprising ("the guerrillas rose").
_RISING_VERBS = {"rise", "revolt", "rebel"}


def risen(doc) -> set[str]:
    """The kinds of fighter the article says rose ("the rebels rose in the north"); once per article."""
    return {t.lemma_.lower() for t in doc if t.dep_ == "nsubj" and t.lemma_.lower() in _REBEL_CONFLICTS
            and t.head.lemma_.lower() in _RISING_VERBS}


def rebellions_in(sent, n: int, armed: set[str], uprisings: set[str] = frozenset()) -> list[Mention]:
    """Each group of fighters the sentence names by a name of its own ("Zapatista rebels"), where they
    bear arms: their kind is among `armed` (armed_kinds), or the sentence gives them arms or fighters;
    `uprisings` are the kinds of fighter the article says rose, whose conflict is an uprising."""
    out = []
    for tok in sent:
        kind = tok.lemma_.lower()
        if kind not in _REBEL_CONFLICTS or former(tok):
            continue
        group = _group_of(tok)
        if dissenters(tok, group):
            continue
        if kind not in armed and not _bears_arms(tok, group) and not _armed_men_owned(sent):
            continue
        name = _group_name(group)
        if name:
            topic = f"{name} {'uprising' if kind in uprisings else _REBEL_CONFLICTS[kind]}"
            out.append(Mention(slug(topic), topic, n, True, (group.left_edge.idx, group.idx + len(group)),
                               rebels=True))
    return out


# What a group fights for that makes its fight a war over a state or a land ("fought for independence").
_GOAL_NOUNS = {"state", "statehood", "independence", "autonomy", "homeland", "self-determination", "self-rule",
               "secession", "separation", "sovereignty"}


def fought_for(verb, n: int) -> list[Mention]:
    """ "The PKK has fought for Kurdish autonomy since 1984": the group's war for that goal; a
    fight for anything else ("fought for their lives", "for control of the market") is none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    goal = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                 if g.dep_ == "pobj" and _goal(g)), None)
    name = _group_name(subject) if subject is not None and goal is not None else None
    found = generic_topic(goal) if name else None
    if found is None:
        return []
    topic = f"{name} war for {found[1]}"
    return [Mention(slug(topic), topic, n, True, (subject.left_edge.idx, goal.idx + len(goal)), rebels=True)]


def _group_of(tok):
    """The words naming the group a kind of fighter belongs to: "rebels" itself, or the body a
    modifier describes ("the Karenni rebel alliance", "Rebel Karenni lawmakers", where the parser
    hangs the modifier on the name before the body)."""
    if tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod"):
        return tok
    group = tok.head
    while group.dep_ == "compound" and group.pos_ == "PROPN" and group.head.pos_ == "NOUN":
        group = group.head
    return group


def dissenters(tok, group) -> bool:
    """ "Green Party rebels", "rebels in the ruling coalition", "rebel lawmakers": a legislature's
    dissenters, who vote against their leaders rather than fight a state."""
    if group.lemma_.lower() in _LAWMAKER_NOUNS:
        return True
    words = [c for h in {tok, group} for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [o for h in {tok, group} for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from",
              "within") for o in c.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in LEGISLATURE_WORDS for w in words)


def _bears_arms(tok, group) -> bool:
    """Whether the parse shows this mention of a group as armed men: by its kind ("guerrillas") or
    its name ("the Revolutionary Army"), "armed", or what it does or suffers in its clause."""
    if tok.lemma_.lower() in _ARMED_KINDS and (group.i == tok.i or group.lemma_.lower() in _BODY_WORDS):
        return True
    if group.lemma_.lower() in _ARMED_BODIES or any(c.lower_ == "armed" for c in group.children):
        return True
    return _fights(_first_conjunct(group))


def _first_conjunct(tok):
    """ "the army and the rebels": the rebels stand where "the army" does in the clause."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def _fights(group) -> bool:
    """The group does force ("ambushed a convoy", "seized two towns", "took up arms", "advanced on
    the northern front"), an armed force does it to them ("the army battled the rebels"), or an
    armed conflict is fought with them ("the war between troops and rebels")."""
    head = group.head
    verb = head.lemma_.lower()
    if group.dep_ == "nsubj":
        objects = _objects(head)
        return verb in _FORCE_ONLY_VERBS or any(_weapon(o) or o.lemma_.lower() == "front" for o in objects) or \
            verb in _FORCE_VERBS and any(_target(o) for o in objects if o.dep_ == "dobj" or o.head.lower_ in _AT)
    if group.dep_ == "dobj":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return (verb in _FORCE_ONLY_VERBS or verb in _FORCE_VERBS) and subject is not None and \
            subject.lemma_.lower() in _ARMED_FORCES
    if group.dep_ == "pobj" and head.lower_ in ("between", "with", "against"):
        return head.head.lemma_.lower() in _ARMED_CONFLICT_NOUNS
    return False


# Who fights a state's war for it: the subject that makes doing force to a group a fight with it.
_ARMED_FORCES = FORCE_NOUNS | {"army", "military", "militia", "navy"}


# Prepositions of the target of force ("fired on the town", "fought against troops"); "in" is where
# ("attacked the plan in Berlin").
_AT = {"on", "against", "at", "with", "into"}


def _objects(verb) -> list:
    """What a verb is done to, directly or after a preposition ("took up arms", "fired on the town")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + \
        [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _target(noun) -> bool:
    """Armed men, people or ground: what force is done to, not a bill or a plan."""
    return noun.lemma_.lower() in _TARGET_NOUNS or noun.ent_type_ in ("GPE", "LOC", "FAC")


def _armed_men_owned(sent) -> bool:
    """ "whose fighters seized two towns", "its armed wing": armed men or arms someone in the sentence
    owns, so the group it names keeps an armed force."""
    return any(any(c.dep_ == "poss" for c in t.children) and (t.lemma_.lower() in _FIGHTER_NOUNS or _weapon(t)
               or any(c.lower_ == "armed" for c in t.children)) for t in sent)


def _weapon(noun) -> bool:
    """ "took up arms", "their guns"; "his arm" is a limb."""
    return noun.lower_ == "arms" or noun.lemma_.lower() in _WEAPON_NOUNS


def _goal(noun) -> bool:
    """A state or a land to win: "independence", "a homeland", "control of the north" (control of a
    market or of a firm is no war's goal)."""
    if noun.lemma_.lower() in _GOAL_NOUNS:
        return True
    return noun.lemma_.lower() == "control" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in _GROUND_NOUNS or o.ent_type_ in ("GPE", "LOC"))
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


def former(tok) -> bool:
    """ "former rebels", "ex-guerrillas": fighters no more."""
    return any(c.lower_ in ("former", "ex") for c in [*tok.children, *tok.head.children] if c.i < tok.i)


def _group_name(group) -> str | None:
    """The proper words before the group's head that are not words for a kind of body: "Karenni"
    in "the Karenni rebel alliance" and in "the Karenni Interim Council"."""
    doc = group.doc
    # a capital on any other word names too ("Zapatista rebels", "Red Hand rebels"), at the head of
    # a sentence only before a proper name
    words = [t for t in doc[group.left_edge.i:group.i + 1] if t.pos_ != "DET" and (_proper(t) or t.text[:1].isupper()
             and (t.i > t.sent.start or t.i + 1 < len(doc) and _proper(doc[t.i + 1])))]
    name = []
    for t in words:
        if t.lemma_.lower() in _REBEL_CONFLICTS:
            continue  # "Rebel Jubilee lawmakers": the kind of fighter opens a sentence, it names no one
        if t.lower_ in _BODY_WORDS or gazetteer.country(t.text) is not None:
            break  # "Malian rebels": the state's people, whose war is named after the state
        name.append(t.text)
    return " ".join(name) or None


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ == "NORP"
