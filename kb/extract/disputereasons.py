"""The matter a hostile act gives as its reason, which names the dispute behind the act.

"Chile expelled two diplomats over the sinking of a fishing boat", "Ghana recalled its envoy in
protest at the closure of its consulate", "Japan imposed sanctions because of the missile tests",
"Peru cut ties after Caracas jailed two journalists", "Bolivia cut ties, accusing Israel of war
crimes": an analyst names the quarrel by that matter ("sinking of a fishing boat"), not by its
sides. Read from the parse of the act's own verb, so a reason given elsewhere in the sentence for
something else does not count.
"""
from __future__ import annotations

import re

from kb.extract.disputewords import NOT_TOPICS, cased_words, generic_topic, table_topic_in, topic_word
from kb.extract.eventnouns import ANSWER_NOUNS
from kb.extract.lexicon import triggers
from kb.extract.quotes import SPEECH_VERBS
from kb.nlp import text_of

# Acts only an adversary does; a Criticism or a Protest is also what a bystander says of a quarrel.
HOSTILE_ACTS = {"BreakRelations", "Expulsion", "Sanction", "MilitaryAction", "Accusation", "Threat"}
# What one side does to the other that an act in return answers: hostile acts, and blame said aloud.
_ANSWERED_ACTS = HOSTILE_ACTS | {"Criticism", "Protest"}
# Force used on people or their property, which the trigger table leaves out (it names no diplomatic event
# of its own).
_FORCE_VERBS = {"arrest", "detain", "jail", "imprison", "kill", "execute", "kidnap", "abduct", "hang", "deport",
                "torture", "sentence", "assassinate", "occupy", "burn", "torch", "ransack", "loot", "storm",
                "vandalise", "vandalize"}

# "in protest at X", "in retaliation for X", "in response to X", "in anger at X": the noun that announces a reason.
# The answer nouns are eventnouns' (an act told as an answer to X); feelings announce a reason too, though
# no act answers with them.
_REASON_NOUNS = ANSWER_NOUNS | {"anger", "outrage", "fury", "indignation", "displeasure", "irritation", "annoyance",
                                "exasperation"}
_CAUSE_MARKS = {"after", "because"}            # "after police stormed the embassy"
_ACCUSING = {"accuse", "charge", "blame"}      # "accusing it of X", "blaming it for X"
# What an act follows without being about it: "after talks", "after a meeting", "after midnight".
_NO_MATTER = {"talk", "meeting", "summit", "visit", "call", "conversation", "session", "vote", "election",
              "statement", "announcement", "speech", "weekend", "week", "month", "year", "day", "hour",
              "time", "while", "months", "years", "days", "hours", "weeks", "it", "this", "that"}
_MAX_WORDS = 14


def act_reason(verb) -> tuple[str, tuple[int, int]] | None:
    """The reason the act of `verb` is given for, as topic words and their character span."""
    for child in verb.children:
        found = _prep_reason(child, False) if child.dep_ == "prep" else \
            _accused_of(child) if child.dep_ == "advcl" and child.lemma_.lower() in _ACCUSING else \
            _said_grievance(child) if child.dep_ == "advcl" and child.tag_ == "VBG" else \
            _clause_reason(child) if child.dep_ == "advcl" else None
        if found is not None:
            return found
    for later in (c for c in verb.conjuncts if c.i > verb.i):  # "cut ties and told the envoy to leave, after X",
        for child in later.children:                           # "expelled the envoy and froze trade over X": the
            found = _clause_reason(child) if child.dep_ == "advcl" else \
                _prep_reason(child, False) if child.dep_ == "prep" else None   # parser hangs it on the last act
            if found is not None:
                return found
    found = _reason_on_object(verb)
    if found is not None:
        return found
    if verb.lemma_.lower() in _ACCUSING:
        return _accused_of(verb)
    return _announced_reason(verb)


def _reason_on_object(verb):
    """ "expelled the ambassador over X", "froze new trade over X": the parser often hangs the reason
    on the act's object. Only "over" and a common noun after it: "flew missiles over Japan", "sent
    troops over the border" tell where."""
    for act in (verb, *(c for c in verb.conjuncts if c.i > verb.i)):
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "over"):
                found = over_reason(prep)
                if found is not None:
                    return found
    return None


def over_reason(prep):
    """ "over X" where X names a matter, wherever the parser hangs it (a headline's "expels envoy over
    X", "in row over X"): a common noun that is no place ("flew over the border")."""
    matter = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if matter is None or matter.pos_ != "NOUN" or matter.lemma_.lower() in _WHERE_NOUNS:
        return None
    return _prep_reason(prep, False)


# Nouns "over" places an act at, not a matter it is done for: "over the border", "over the sea".
_WHERE_NOUNS = {"border", "frontier", "sea", "territory", "airspace", "area", "region", "city", "town", "capital",
                "country", "island", "waters", "line", "head", "heads", "weekend", "years", "months", "days", "past"}


def _announced_reason(verb):
    """ "in anger at X" hung lower in the clause than the verb (on an apposition the parser made of
    "the worst rupture the two have known, in anger at X"): the reason noun announces it wherever it hangs."""
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "in" and tok.head.i != verb.i and tok.head.dep_ != "relcl":
            found = _prep_reason(tok, False)
            if found is not None and any(g.lemma_.lower() in _REASON_NOUNS for g in tok.children):
                return found
    return None


def _prep_reason(prep, announced: bool):
    """ "over X", "because of X", "after X"; "at X" only where a reason noun announces it ("in protest
    at X", whether "at" hangs on the noun or on the verb): elsewhere "at" tells a manner or a place
    ("at short notice", "at the border")."""
    low = prep.lower_
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    if low == "in" and obj.lemma_.lower() in _REASON_NOUNS:   # "in protest at the closure of X"
        inner = next((c for c in obj.children if c.dep_ == "prep"), None)
        return _prep_reason(inner, True) if inner is not None and inner.lower_ != "in" else None
    previous = prep.doc[prep.i - 1] if prep.i > 0 else None
    after_reason_noun = previous is not None and previous.lemma_.lower() in _REASON_NOUNS
    if low in ("over", "because", "after", "against") or \
            (low in ("at", "to") and (announced or after_reason_noun)) \
            or (low == "for" and after_reason_noun) \
            or (low == "of" and prep.head.lower_ == "because"):
        return _noun_reason(obj)
    return None


# Nouns of asking whose matter follows "for": "over Oslo's demand for the return of its sailors".
_CALL_NOUNS = {"call", "demand", "appeal", "request", "plea", "support", "backing"}


def _asked_for(noun):
    """ "Oslo's demand for the return of its seized trawlers": who asks, and what for, in full."""
    asked = next(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                 if g.dep_ == "pobj")
    inner = generic_topic(asked, ("of",), most=9)
    if inner is None:
        return None
    owner = [t for c in noun.children if c.dep_ == "poss" for t in c.subtree if topic_word(t)]
    head = cased_words([*owner, noun])
    return f"{head} for {inner[1]}", (min(t.idx for t in [*owner, noun]), asked.right_edge.idx + len(asked.right_edge))


def _noun_reason(obj):
    """ "over the sinking of a fishing boat": the noun phrase, if it names a matter."""
    asked = obj.lemma_.lower() in _CALL_NOUNS and any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children)
    if (obj.ent_type_ in NOT_TOPICS or obj.lemma_.lower() in _NO_MATTER and not asked
            or obj.pos_ not in ("NOUN", "PROPN")):
        return None  # "after a call" (on the telephone) names nothing; "a call for X" does
    intended = _intended_act(obj)
    if intended is not None:
        return intended
    if asked:
        return _asked_for(obj)
    # at most 9 words, where a clause may take 14
    found = generic_topic(obj, ("of", "on", "about", "against", "in", "into", "by", "to"), most=9)
    if found is None:
        return None
    words = [t for t in obj.subtree if topic_word(t)]
    return found[1], (min(t.idx for t in words), max(t.idx + len(t) for t in words))


# Nouns that name an act only by the will behind it: "London's decision to drill off the islands",
# "the move to close the border". The act is told in their "to" clause.
_INTENT_NOUNS = {"decision", "move", "plan", "bid", "attempt", "step", "effort", "push", "order", "refusal",
                 "failure", "threat", "vow", "pledge", "intention", "determination"}


def _intended_act(noun):
    """ "in anger at Lima's decision to close its airspace to the airline": the act decided
    is the matter, not the decision. A land of the table of known topics named in that act is the
    quarrel itself ("a decision to drill off the Falklands": the Falklands); else the act in the
    clause's words, after its owner ("New Delhi's decision to close the border")."""
    if noun.lemma_.lower() not in _INTENT_NOUNS:
        return None
    act = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None:
        return None
    span = (act.left_edge.idx, act.right_edge.idx + len(act.right_edge))
    known = table_topic_in(text_of(noun.doc)[span[0]:span[1]])
    if known is not None:
        return known[1], span
    said = _words(act, skip=set())
    if said is None:
        return None
    owner = [t for c in noun.children if c.dep_ == "poss" for t in c.subtree if topic_word(t)]
    words = [*owner, noun]
    topic = cased_words(words) + " " + said[0]
    return topic, (words[0].idx, said[1][1])


def _clause_reason(verb):
    """ "after police stormed the embassy and arrested its guest": the clause, up to its first comma."""
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in _CAUSE_MARKS or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in _NO_MATTER:
        return None  # "after talks failed": what preceded the act, not what it is about
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if mark.lower_ == "after" and not _answered(verb):
        return None  # "recalled its envoy after the embassy reopened": what came before, not a grievance
    if said is not None and verb.lemma_.lower() in SPEECH_VERBS:  # "after the minister said that X": X
        return _words(said, skip={c.i for c in said.children if c.dep_ == "mark"})
    accusing = next((v for v in (verb, *verb.conjuncts) if v.lemma_.lower() in _ACCUSING), None)
    if accusing is not None:  # "after its envoy stood up and accused Caracas of X": X is the grievance
        found = _accused_of(accusing)
        if found is not None:
            return found
    return _words(verb, skip={mark.i} | {t.i for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree}) \
        or _inner_reason(verb)


def _inner_reason(verb):
    """ "after a mob burned the embassy and looted shops over a remark about X": a clause too long to
    name the quarrel names it by the reason its own acts are given for."""
    return next((found for act in (verb, *verb.conjuncts) for c in act.children
                 if c.dep_ == "prep" and c.lower_ in ("over", "because")
                 for found in [_prep_reason(c, False)] if found is not None), None)


# Participles that give an act's grounds in the doer's words: "expelled the envoy, saying he had spied".
_GROUNDS_VERBS = {"say", "claim", "allege", "argue", "complain", "insist", "state", "declare"}
# Verbs that tell a state or a view, not a deed the other side did ("saying the decision was final").
_NO_DEED = {"be", "have", "become", "remain", "seem"}


def _said_grievance(participle):
    """ "cut ties, saying Lome had armed the exiles": the deed the doer says the other side did is
    the matter of the act. Only a deed told as done (past or perfect): "saying it would not tolerate
    X" is a warning, "saying the decision was final" tells no deed. A deed told at too great length
    is named by the means it was done by ("had broken its pledges ... by allowing X to Y": "allowing
    X to Y")."""
    if participle.lemma_.lower() not in _GROUNDS_VERBS:
        return None
    said = next((c for c in participle.children if c.dep_ == "ccomp"), None)
    if said is None or said.tag_ not in ("VBD", "VBN") or said.lemma_.lower() in _NO_DEED | _THE_ACT_RETOLD:
        return None
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in _NO_MATTER | _THE_ACT_ITSELF:
        return None  # "saying the move had been overdue": the act itself, no grievance
    found = _words(said, skip={c.i for c in said.children if c.dep_ == "mark"})
    if found is not None:
        return found
    means = next((c for c in said.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    deed = next((g for g in means.children if g.dep_ == "pcomp"), None) if means is not None else None
    return _words(deed, skip=set()) if deed is not None and deed.pos_ == "VERB" else None


# Nouns by which a doer names its own act ("the move", "the decision").
_THE_ACT_ITSELF = {"move", "decision", "step", "measure", "action", "expulsion", "recall"}
# Verbs by which the doer tells its own act again, no deed of the other side: "recalled its envoy,
# saying he had been called home for talks", "saying it had ordered them out".
_THE_ACT_RETOLD = {"call", "recall", "summon", "withdraw", "order", "expel"}


def _answered(verb) -> bool:
    """Whether a clause tells an act another act can answer: a hostile act or force ("after police
    stormed the embassy", "after Lima jailed two reporters", also as a later act of the clause: "entered
    the compound and detained a guest") or words said ("after the minister said that X")."""
    lemmas = [v.lemma_.lower() for v in (verb, *verb.conjuncts)]
    return any(lemma in SPEECH_VERBS or lemma in _FORCE_VERBS or answered_act(lemma) for lemma in lemmas)


def answered_act(lemma: str) -> bool:
    """Whether a verb tells a hostile act, a criticism or a protest, which another act can answer."""
    return any(t.type in _ANSWERED_ACTS for t in triggers().get((lemma, "v"), []))


def _accused_of(verb):
    """ "accusing Israel of war crimes", "blaming Kigali for the attack": what the side is accused of."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None:
                return None
            if obj.pos_ == "VERB":   # "of arming militants", "of spying on its navy"
                other = _another_act(obj)
                if other is not None and other.lemma_.lower() in _KEEPING_VERBS:
                    return None      # "of failing to keep its word"
                if other is None or obj.lemma_.lower() not in _ANOTHER_ACT_VERBS:
                    return _words(obj, skip=set())  # "of threatening to close the border"
                if any(c.dep_ == "nsubj" for c in other.children):
                    return _thing_of_complement(other)
                return _words(other, skip={c.i for c in other.children if c.dep_ == "aux"})
            return _noun_reason(obj)
    return None


def _thing_of_complement(act):
    """ "of helping militants cross the line of control", "of allowing Hezbollah to smuggle rockets
    through its airports": a complement with a subject of its own names the matter by the thing it
    acts on, as it stands ("line of control", "rockets through airports"); the doer and the verb
    before it would read as a fragment of the sentence. None where it acts on nothing named ("of
    letting guerrillas live and train there")."""
    thing = next((c for c in act.children if c.dep_ == "dobj"), None) or next(
        (g for c in act.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    if thing is None:
        return None
    return _words(act, skip={t.i for t in act.subtree if t.i < thing.left_edge.i})


def _another_act(charged):
    """The act in the complement of a charged verb: "accused it of trying to take the islands", "of
    planning to annex the province", "of urging the governors to revolt". Where the verb is one of
    trying, planning, urging or letting (_ANOTHER_ACT_VERBS) that act is the matter ("take the
    islands"), not the attempt, whose words read as a fragment of the accuser's sentence. None where
    the charge names the act itself ("of spying on its navy", "of arming militants")."""
    return next((c for c in charged.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)


# Verbs whose complement is the act a charge is about: trying, planning, urging, letting. Other
# verbs with a complement are the charge themselves ("threatening to close the border", "refusing
# to release the crew", "failing to stop the raids"): the whole phrase names the matter.
_ANOTHER_ACT_VERBS = {"try", "attempt", "seek", "plan", "plot", "scheme", "conspire", "prepare", "intend",
                      "urge", "encourage", "incite", "push", "press", "help", "let", "allow", "enable",
                      "assist"}
# Verbs of keeping one's word: a charge of failing to keep or honour a pledge names no thing at odds.
_KEEPING_VERBS = {"keep", "honour", "honor", "respect", "fulfil", "fulfill", "abide", "observe", "meet"}


# Words after which a clause tells the circumstances of its act, not the act: "despite appeals".
_ASIDES = {"despite", "although", "though", "while", "amid", "as"}


def _words(head, skip: set[int]):
    """The clause of `head` in few words, up to its first comma, relative clause or aside; "to" and
    "not" stay ("failing to pay"), determiners and pronouns go."""
    doc = head.doc
    out = []
    for tok in doc[head.left_edge.i:head.right_edge.i + 1]:
        if tok.i > head.i and (tok.text == "," or tok.dep_ in ("relcl", "appos") or tok.lower_ in _ASIDES):
            break
        if tok.i not in skip and (topic_word(tok) or tok.pos_ == "PART" and tok.tag_ != "POS"):
            out.append(tok)
    while out and out[-1].pos_ == "ADP":
        out.pop()  # "of spying on Tuesday": the date is left out, so is the "on" before it
    if not out or len(out) > _MAX_WORDS:
        return None
    topic = re.sub(r"\s*-\s*", "-", cased_words(out))
    return topic, (out[0].idx, out[-1].idx + len(out[-1]))
