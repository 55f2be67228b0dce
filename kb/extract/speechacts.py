"""Acts of speech: what is said decides the kind of event, and a request can be part of another thing.

- A request in a clause that describes a noun ("a resolution calling for a ceasefire", "the summit
  it had pressed for") is what that thing says or why it came about, not an appeal of its own.
- An official statement whose content is a charge ("said in an address that X had lied") is an
  Accusation; one whose content is a conditional retaliation ("would retaliate if attacked") is a
  Threat; a statement used to do another act of speech ("used the speech to denounce X") is that act.
- A plain "said" is no event (kb.extract.events), unless what is said is a charge, a threat or a
  demand made of a named party ("said Y must withdraw": an appeal to Y); a remark to an audience
  that makes such a demand ("told reporters Y must withdraw") is that appeal too, and one stating
  the speaker's own stance on a thing done ("said it regretted the vote") is the act of that
  stance (kb.extract.speechstance).
"""
from __future__ import annotations

from kb import gazetteer
from kb.extract.clauses import has_subject
from kb.extract.lexicon import Trigger, match_trigger, ruled_trigger, triggers
from kb.extract.speechstance import PROSPECT_AUX, stance_kind
from kb.extract.verdicts import verdict

# Acts of speech a statement can turn out to be, by what it says.
SPEECH_ACT_TYPES = {"Accusation", "Criticism", "Threat", "Appeal", "Rejection", "Denial", "Praise"}
# Verbs of wrongdoing: said of another party in a past or perfect clause they make a charge.
WRONGDOING_VERBS = {"lie", "violate", "breach", "abuse", "betray", "deceive", "cheat", "provoke",
                    "interfere", "meddle", "invade", "infiltrate", "sabotage", "harbour", "harbor",
                    "smuggle", "torture", "massacre", "persecute", "spy", "plot", "incite", "arm",
                    "mistreat", "kidnap", "intrude", "trespass", "hide", "conceal", "poison", "murder",
                    "assassinate"}
# Verbs of striking back: said as what will follow a condition they make a threat.
RETALIATION_VERBS = {"retaliate", "respond", "strike", "hit", "punish", "avenge"}
# Verbs of a condition that is itself a wrong done by someone ("if provoked", "if it is threatened").
PROVOCATION_VERBS = {"provoke", "threaten", "violate", "attack"}
ACTOR_ENTITIES = ("GPE", "NORP", "PERSON", "ORG")
# Nouns of a response in kind: promised on a condition ("a firm answer if attacked") they make a threat.
RESPONSE_NOUNS = {"reply", "response", "retaliation", "riposte"}
# Measures that, promised on a condition, make a threat ("would lose its seat if it kept ...").
HOSTILE_TYPES = {"Sanction", "Expulsion", "MilitaryAction", "BreakRelations", "MilitaryDeployment"}
# Nouns of revenge: promised in what is said ("vengeance will find those behind it") they make a threat.
VENGEANCE_NOUNS = {"revenge", "retaliation", "retribution", "reprisal", "vengeance"}
CONDITION_MARKS = {"if", "unless", "should"}
REMARK_VERBS = {"say", "declare", "insist", "stress"}
# A saying told at a later time or at a scene of its own is an occasion of its own.
LATER_WORDS = {"later", "afterwards", "subsequently"}
SCENE_NOUNS = {"conference", "briefing", "interview", "rally", "parliament", "summit"}
PLAIN_SPEECH = {"say", "tell", "add", "declare", "state", "announce", "insist"}
# Verbs of charging a party with an act ("accused X of shelling Y", "blamed X for the bombing").
CHARGING_VERBS = {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize", "fault"}
# Auxiliaries of what a party is told it must do ("X must withdraw"): a demand made of it.
OBLIGING_AUX = {"must", "should", "ought"}
# Verbs that, after "must" or "should", tell what is likely or how one is, not an act bidden
# ("Y should win easily", "Y must expect a hard winter", "Y should remain calm"), or warn of what
# one ought to grasp ("Y should know that ...", "Y must understand the risks").
NO_ACT_VERBS = {"be", "expect", "win", "see", "face", "remain", "become", "feel", "lose", "suffer",
                "know", "understand", "realise", "realize", "remember", "note"}
# Bodies that rule or fight for a state, named by a common noun ("the army must hand over power").
RULING_BODIES = {"government", "army", "military", "junta", "regime", "authorities", "authority", "rebels"}


def part_of_another(tok, trig: Trigger) -> bool:
    """Whether an act of speech belongs to another thing: a request that only describes a noun ("a
    resolution calling for a ceasefire": the resolution's content; "the summit that X had long
    pressed for": why it came about), or the act a speech was used for ("used the speech to
    denounce X": the speech is that act, see content_trigger)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if trig.type == "Appeal" and tok.dep_ in ("acl", "relcl"):
        return True
    return trig.type in SPEECH_ACT_TYPES and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() == "use" \
        and any(c.dep_ == "dobj" and _is_statement(c) and _purpose_act(c) is not None for c in tok.head.children)


def content_trigger(tok, trig: Trigger | None) -> Trigger | None:
    """The act a statement (or a plain "said") turns out to be by what it says, or None when it
    stays what the trigger says (None also for a plain "said" that charges or threatens nobody).
    A thing called by a name ("called the deal a betrayal") is judged: see kb.extract.verdicts."""
    judged = verdict(tok, trig)
    if judged is not None:
        return judged
    if trig is not None and trig.type != "Statement":
        return None
    verb = _speech_verb(tok, trig)
    if verb is None:
        return None
    purpose = _purpose_act(tok)
    if purpose is not None:
        return purpose
    for clause in _content_clauses(verb):
        if _threatens(clause):
            return _trigger_of("Threat", tok)
        if _charges(clause, verb):
            return _trigger_of("Accusation", tok)
        if _told_once(verb) and _demanded_of(clause, verb):  # "told reporters Y must withdraw" too
            return _trigger_of("Appeal", tok)
        stance = stance_kind(clause, verb) if _told_once(verb) else None  # "said it regretted the vote"
        if stance is not None:
            return _trigger_of(stance, tok)
    return _trigger_of("Statement", tok) if trig is None and _remark(verb) else None


def _remark(verb) -> bool:
    """"X said the reforms showed courage": a remark told as an act of its own, in a main clause,
    saying something that tells no act (a "said" that sources an act, "X said Y had met Z", is
    that act's source, not a statement) nor, unless the saying names its own day or scene, what
    will or would be (a promise or a stand on an act to come, "X said it would not give up the
    islands", tells that act; "X said in June that its economy would grow next year" is a
    remark of the day)."""
    if verb.lemma_.lower() not in REMARK_VERBS or verb.dep_ not in ("ROOT", "conj") \
            or any(c.dep_ == "neg" for c in verb.children) or not _told_once(verb):
        return False
    if any(_is_statement(g) for c in verb.children for g in (c, *c.children)):
        return False  # "said in a statement": the statement's own event
    if _joined_reaction(verb):
        return False  # "condemned the strike and said X was upset": one reaction, told as that act
    clauses = _content_clauses(verb)
    if any(c.i < verb.i and not _quoted_before(c) for c in clauses):
        return False  # "X struck Y at dawn, officials said": the saying only sources what it follows
    if not clauses:
        return False
    said = [t for c in clauses for t in c.subtree]
    # what will or would be is a remark of its own when the saying names its day or its scene
    # ("said on Tuesday the harvest would be late", "said in Vienna the vote would be close")
    prospect_told = not (_own_occasion(verb) or _said_at_place(verb))
    return not any(match_trigger(t) is not None or prospect_told and t.dep_ == "aux" and t.lower_ in PROSPECT_AUX
                   for t in said)


def _said_at_place(verb) -> bool:
    """"said in Brussels", "In Canberra, X said": a saying placed at a named spot of its own, a
    city or a venue; not a country, which the parser hangs on "said" from what is said as often
    ("said in Germany no party would back it")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and (o.ent_type_ == "FAC" or o.ent_type_ == "GPE" and not gazetteer.is_country_place(o.text))
        for o in c.children) for c in verb.children)


def _joined_reaction(verb) -> bool:
    """Whether a "said" shares its subject with an act of speech it is joined to ("X condemned the
    strike and said ...", "X rejected the claim and said ..."): what is said is the words of that
    act, on its occasion, and one occasion is one event. A "said" with an occasion of its own
    ("praised the plan in May and said in July ...", "... and later told a news conference") is
    another event."""
    if _own_occasion(verb):
        return False
    if verb.dep_ == "conj" and not has_subject(verb):
        joined = [verb.head]
    else:
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c)]
    return any((trig := match_trigger(j)) is not None and trig.type in SPEECH_ACT_TYPES for j in joined)


def _own_occasion(verb) -> bool:
    """Whether a verb of saying names its own day or scene: a date on it ("on Friday", "in June"),
    "later", or a news conference or briefing it was said at."""
    for child in verb.children:
        if child.ent_type_ in ("DATE", "TIME") or child.dep_ == "advmod" and child.lower_ in LATER_WORDS:
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME")
                                                              or o.lemma_.lower() in SCENE_NOUNS)
                                        for o in child.children):
            return True
    return False


def _quoted_before(clause) -> bool:
    """Whether a clause said before its verb is a quotation ('"We regret it," X said'): words of
    the speaker's own, not news the saying sources."""
    start = clause.left_edge.i
    # the mark opens the clause: a quoted phrase inside it ('the "peace plan" is dead') is none
    return clause.doc[start].is_quote or start > 0 and clause.doc[start - 1].is_quote


def _told_once(verb) -> bool:
    """A remark made on an occasion, told in the simple past ("said"): "X says the rebels use Y as
    a base" or "X has since said" tells a stand held, no act of the news."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                          for c in verb.children)


def accused(tok, trig: Trigger | None) -> list:
    """The words naming whom a statement's content charges, threatens or bids: the subjects of its
    wrongdoing verbs ("X had lied"), those a measure it promises would hit ("X would be expelled"),
    the party it says must act ("X must withdraw")."""
    verb = _speech_verb(tok, trig)
    clauses = _content_clauses(verb) if verb is not None else []
    if trig is not None and trig.type == "Appeal":
        return [s for c in clauses if _demanded_of(c, verb) for s in _obliged(c)]
    found = []
    for clause in clauses:
        for node in clause.subtree:
            if _wrongdoing(node) or trig is not None and trig.type == "Threat" and _hostile(node) \
                    and _threat_at(node, clause):
                found += [s for s in node.children if s.dep_ in ("nsubj", "nsubjpass") and s not in found]
    return found


def charged_doers(tok) -> list:
    """Who did the act a charge names ("accused X of shooting down the jet", "blamed X for the
    bombing"): the one charged, also when the act is told by a gerund or a noun with no doer of its own."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for") or \
            any(c.dep_ in ("nsubj", "poss", "agent") for c in tok.children):
        return []
    verb = prep.head
    if verb.lemma_.lower() not in CHARGING_VERBS:
        return []
    return [o for o in verb.children if o.dep_ == "dobj"]


def speaker_verb(tok):
    """The verb whose subject speaks: a participle of speech with no subject of its own speaks for
    the act it follows ("urged X to stop, saying it would retaliate": the one who urged, also where
    the parser hangs the participle on the infinitive)."""
    if tok.lemma_.lower() not in PLAIN_SPEECH or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return tok
    head = tok.head
    while head.dep_ == "xcomp" and head.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    return head


def _is_statement(tok) -> bool:
    trig = match_trigger(tok)
    return trig is not None and trig.type == "Statement"


def _speech_verb(tok, trig: Trigger | None):
    """The verb that carries what is said: the trigger verb itself ("announced that", a plain
    "said"), or the verb of "said in a statement", "told a news conference", "in an address, X said"."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok if trig is not None or tok.lemma_.lower() in PLAIN_SPEECH else None
    if trig is None:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "use":
        return head
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in PLAIN_SPEECH | {"use"} else None


def _content_clauses(verb) -> list:
    """What a speech verb says: its clausal complements, also those of verbs coordinated with it."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        clauses += [c for c in conj.children if c.dep_ == "ccomp"]
    return clauses


def _purpose_act(tok) -> Trigger | None:
    """"used his speech to denounce X": the infinitive says what act the speech was."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "use":
        return None
    for comp in tok.head.children:
        if comp.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            act = match_trigger(comp)
            return act if act is not None and act.type in SPEECH_ACT_TYPES else None
    return None


def _threatens(clause) -> bool:
    """"(X said) it would retaliate if attacked", "would be forced to respond unless ...": a strike
    back promised on a condition; "X would lose its seat if it kept ...": a hostile measure
    promised on a condition; "ready with a firm answer if attacked"; or revenge promised, unless
    denied ("there will be no revenge")."""
    return any(_threat_at(node, clause) for node in clause.subtree)


def _threat_at(node, clause) -> bool:
    chain = _up_to(node, clause)
    if any(_is_condition(v) for v in chain):
        return False  # "if it did not withdraw": the condition, not what is promised
    if node.pos_ == "NOUN" and node.lemma_.lower() in VENGEANCE_NOUNS:
        return not any(c.dep_ == "neg" or c.lower_ == "no" for v in chain for c in v.children)
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for v in chain for c in v.children)
    conditions = [c for v in chain for c in v.children if _is_condition(c)]
    conditioned = bool(conditions)
    if node.pos_ == "NOUN" and node.lemma_.lower() in RESPONSE_NOUNS:  # given, not received
        return any(map(_provocation, conditions)) and node.dep_ == "dobj" \
            and node.head.lemma_.lower() in ("give", "deliver", "mount")
    if node.pos_ != "VERB":
        return False
    if node.lemma_.lower() in RETALIATION_VERBS:
        return modal and (any(map(_provocation, conditions))
                          or any(v.lemma_.lower() in ("force", "compel", "oblige") for v in chain))
    return modal and conditioned and _hostile(node)


def _is_condition(tok) -> bool:
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children)


def _provocation(condition) -> bool:
    """A condition a strike back answers: a wrong done ("if attacked", "if provoked") or an act of
    a named party ("if France sent troops"); "would respond if demand fell" answers no one."""
    if condition.lemma_.lower() in PROVOCATION_VERBS or _hostile(condition):
        return True
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ACTOR_ENTITIES or c.pos_ == "PROPN") for c in condition.children)


def _hostile(verb) -> bool:
    """A verb the lexicon lists for a hostile measure in any of its uses ("expelled from the group")."""
    return any(t.type in HOSTILE_TYPES for t in triggers().get((verb.lemma_.lower(), "v"), []))


def _charges(clause, speech_verb) -> bool:
    """"(X said) Y had lied to him", "because Y had abused the immunities of its mission": a
    wrongdoing told as done by a named other party."""
    speaker = {c.lower_ for c in speech_verb.children if c.dep_ == "nsubj"}
    return any(s.pos_ == "PROPN" and s.lower_ not in speaker
               for node in clause.subtree if _wrongdoing(node)
               for s in node.children if s.dep_ == "nsubj")


def _demanded_of(clause, speech_verb) -> bool:
    """"(X said) Y must withdraw", "Y should free the sailors": what a named other party is told it
    must do is asked of it; "the talks must go on", "we must act" or "Y should be punished" ask no
    party."""
    speaker = {c.lower_ for c in speech_verb.children if c.dep_ == "nsubj"}
    return any(s.lower_ not in speaker for s in _obliged(clause))


def _obliged(clause) -> list:
    """The named subject of a clause told with "must", "should" or "ought to" and an act to do."""
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in clause.children):
        return []
    if clause.lemma_.lower() in NO_ACT_VERBS or any(c.dep_ in ("acomp", "attr") for c in clause.children):
        return []  # "Y should expect a cold winter", "Y must be proud": a likelihood or a state, no act
    return [s for s in clause.children if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.ent_type_ in ACTOR_ENTITIES
                                                                  or s.lemma_.lower() in RULING_BODIES)]


def _wrongdoing(node) -> bool:
    """A wrongdoing verb told as done: past, perfect or past progressive, not negated ("had lied",
    "abused", "was concealing arms")."""
    done = node.tag_ in ("VBD", "VBN") or node.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were", "been") for c in node.children)
    return node.pos_ == "VERB" and node.lemma_.lower() in WRONGDOING_VERBS and done \
        and not any(c.dep_ == "neg" for c in node.children)


def _up_to(node, clause) -> list:
    """The verbs from a word up to the head of the clause it sits in, both included."""
    chain = [node]
    while chain[-1].i != clause.i and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _trigger_of(etype: str, tok) -> Trigger:
    """A trigger of the given type for a word the table lists under another (or no) type."""
    return ruled_trigger(tok.lemma_.lower(), "v" if tok.pos_ in ("VERB", "AUX") else "n", etype)

