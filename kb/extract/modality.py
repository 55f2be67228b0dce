"""Modality of an event trigger: asserted, planned, hypothetical or negated.

Read from the trigger's own auxiliaries and negation, then from the verb that embeds it
("plans to meet", "failed to agree", "denied meeting"). A noun trigger takes the modality of
the verb it is subject or object of ("will hold talks"), but not of a verb it merely sits
under through a preposition ("hoped to make progress at the summit": the summit happened).
What someone is bidden to do ("urged X to withdraw") is hypothetical, as the gold codes it.
"""
from __future__ import annotations

from kb.extract.bidding import BIDDING_VERBS
from kb.extract.lexicon import AGREEMENT_NOUNS, match_trigger, names_a_year
from kb.gazetteer import country, person

PLAN_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "aim", "prepare", "agree",
              "promise", "pledge", "vow", "propose", "decide", "arrange", "slate", "invite",
              "offer", "seek", "want", "hope", "wish", "try", "attempt", "going", "go",
              "need", "require", "await"}
# Verbs of starting or going on with an act: what they begin is done when they are ("began
# deploying"), planned when they are planned ("is scheduled to start deploying").
STARTING_HEADS = {"start", "begin", "continue", "resume"}
NEGATING_HEADS = {"fail", "refuse", "decline", "deny", "reject", "cancel", "postpone",
                  "scrap", "avoid", "rule", "suspend", "shelve"}
# Acts of judging another act: their object happened, whatever is said of the judging.
REACTION_TYPES = {"Criticism", "Praise", "Protest"}
# Verbs of keeping from an act ("refrained from criticising X"): the act was not done.
REFRAINING_HEADS = {"refrain", "hold", "abstain", "desist", "shy", "stop", "keep", "balk", "recoil"}
# Verbs whose object (or "for" object) is wanted, not had: "campaigned for a vote", "urged talks".
SEEKING_HEADS = {"call", "campaign", "press", "push", "lobby", "appeal", "demand", "request", "urge",
                 "ask", "pray", "clamour", "clamor"}
# Nouns whose infinitive tells what is intended, not done: "an agreement to establish ties".
INTENT_NOUNS = dict.fromkeys(("agreement", "deal", "plan", "pact", "accord", "proposal", "bid", "offer",
                              "promise", "pledge", "attempt", "effort", "commitment", "intention"), "planned")
INTENT_NOUNS["threat"] = "hypothetical"
HYPOTHETICAL_HEADS = {"threaten", "warn", "consider", "mull", "weigh", "debate", "discuss"}
HYPOTHETICAL_AUX = {"could", "may", "might", "would", "should", "can", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
ADVISING_AUX = {"should", "must", "ought", "may", "might"}
SEQUENCE_MARKS = {"before", "after", "until", "once", "when"}
CONDITION_MARKS = {"if", "unless", "whether"}
# Sayers who speak for nobody they report on: what they say another "would" do is a forecast.
ONLOOKER_NOUNS = {"analyst", "expert", "observer", "diplomat", "commentator", "pundit", "economist",
                  "scholar", "historian", "newspaper", "paper", "intelligence", "columnist"}
# Words that close the name of a newspaper ("the Washington Post said X would").
NEWS_WORDS = {"Times", "Post", "Journal", "Herald", "Guardian", "Telegraph", "Gazette", "Tribune"}
# Verbs of deciding, and the measures that are taken by deciding them: "agreed to sever ties" severs
# them ("agreed to meet", "agreed to sign" stay planned: the occasion is still to come).
DECIDING_HEADS = {"agree", "decide", "vote", "resolve"}
DECIDED_TYPES = {"BreakRelations", "Sanction", "Expulsion", "Cooperation"}
# Verbs that report what someone said or decided: what they report as "would" happen is a plan.
REPORTING_HEADS = {"say", "announce", "tell", "declare", "confirm", "state", "add", "promise", "pledge",
                   "vow", "insist", "indicate", "decide", "agree", "reply", "write"}
NEGATIONS = {"not", "n't", "never", "no", "without", "nor"}
PLANNED_MODIFIERS = {"planned", "proposed", "upcoming", "scheduled", "forthcoming", "future",
                     "possible", "expected", "next", "prospective"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}


def modality(trigger_token) -> str:
    """Return "asserted", "planned", "hypothetical" or "negated" for a trigger token."""
    tok = trigger_token
    if tok.pos_ in ("NOUN", "PROPN"):
        own = _noun_modality(tok)
        seeker = _seeker(tok) if own is None else None
        if seeker is not None:  # "called for a ceasefire", "demanded talks": wanted, not yet had
            asked = _verb_modality(seeker, 1)
            own = asked if asked in ("negated", "hypothetical") else "planned"
        if own or tok.dep_ not in ARGUMENT_DEPS:
            return own or "asserted"
        tok = tok.head
        if tok.lemma_.lower() in NEGATING_HEADS and trigger_token.dep_ != "nsubj":
            # "cancelled the summit"; but "the summit failed to produce a deal" still happened
            return "negated" if _verb_modality(tok, 0) == "asserted" else "asserted"
        if tok.lemma_.lower() in PLAN_HEADS | {"schedule"}:  # "a summit is planned"
            return "negated" if _verb_modality(tok, 0) == "negated" else "planned"
        if _still_to_come(tok, passive=True):  # "the vote has yet to be held" ("the summit has yet
            return "planned"                    # to produce a deal" tells a summit held)
        if judged(trigger_token):
            return "asserted"  # "did not condemn the coup", "stopped short of praising the deal": it happened
    return _verb_modality(tok, depth=0)


def judged(noun) -> bool:
    """Whether a noun names an act that a reaction judges ("condemned the coup"): whether the judging
    is done or not, the act judged was, and before it."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return False
    trig = match_trigger(noun.head)
    return trig is not None and trig.type in REACTION_TYPES


def _seeker(noun):
    """The verb asking for what a noun names: "called for talks", "demanded a ceasefire"; else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in SEEKING_HEADS:
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SEEKING_HEADS - {"call"}:
        return noun.head
    return None


def _noun_modality(noun) -> str | None:
    kids = {c.lower_ for c in noun.children if c.dep_ in ("det", "neg", "amod", "advmod", "compound")
            and not _quoted(c)}  # a "No" vote is a vote
    if kids & NEGATIONS:
        return "negated"
    if kids & PLANNED_MODIFIERS:
        return "planned"
    if noun.lemma_.lower() in AGREEMENT_NOUNS and any(names_a_year(c) for c in noun.children):
        return "asserted"  # "cancelled the 2001 agreement": named by the year it was made, it was made
    return None


def _quoted(tok) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text in ('"', "\u201c", "'", "\u2018")


def _verb_modality(verb, depth: int) -> str:
    kids = {c.lower_.replace("’", "'"): c.dep_ for c in verb.children}
    if any(dep == "neg" for dep in kids.values()) or set(kids) & {"never"}:
        # "should not sign" advises and "may not meet" guesses; "could not agree" failed
        return "hypothetical" if set(kids) & ADVISING_AUX else "negated"
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("no", "nobody", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children):
        return "negated"  # "nobody met him", "no agreement was reached"
    if _has_if(verb):
        return "hypothetical"
    if set(kids) & FUTURE_AUX:
        return "planned"
    if "would" in kids and _future_in_the_past(verb):
        return "planned"  # "announced that it would restore ties": a plan told in the past
    if "would" in kids and "have" in kids and verb.tag_ == "VBN":
        return "negated"  # "a resolution that would have imposed sanctions": it did not
    if set(kids) & HYPOTHETICAL_AUX:
        return "hypothetical"
    if kids.get("to") == "aux" or verb.dep_ in ("xcomp", "pcomp") or verb.tag_ == "VBG":
        return _embedded(verb, depth)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and depth < 3 and \
            any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in verb.children):
        # "are to meet on Saturday before Ford flies on to Rome": the present tells a plan's sequel
        return "planned" if _verb_modality(verb.head, depth + 1) == "planned" else "asserted"
    return "asserted"


def _future_in_the_past(verb) -> bool:
    """"X said (on Monday) that it would summon the envoy": "would" in what a past act of saying
    reports is the future told then, a plan; not so on a condition ("would retaliate if attacked")
    nor under a warning or threat, whose "would" stays what might be."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
           for c in verb.children) or any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in REPORTING_HEADS \
        and _own_saying(verb, head)


def _own_saying(verb, head) -> bool:
    """Whether a reported act is told as the doer's own plan: so unless the sayer is plainly a
    third party - analysts, experts, observers, diplomats, a newspaper ("analysts said X would
    attack Y" is a forecast), or a state, its people or a leader of the leaders table other than
    the doer ("Merkel said Turkey would close the border"). A state's own spokesman, ministry or
    officials speak for it ("the foreign ministry said China would impose sanctions")."""
    sayers = [c for c in head.children if c.dep_ == "nsubj"]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(_third_party(s, d) for s in sayers for d in doers)


def _third_party(sayer, doer) -> bool:
    """Whether `sayer` is plainly not `doer` nor speaking for it: a word of onlookers, or a
    state (named, or owning the sayer: "Britain's envoy", "officials in Paris") other than the doer's."""
    if sayer.lemma_.lower() in ONLOOKER_NOUNS or sayer.ent_type_ == "ORG" and sayer.text in NEWS_WORDS:
        return True
    doer_state = _state_of(doer)
    if doer_state is None:
        return False
    owners = [sayer, *(c for c in sayer.children if c.dep_ in ("poss", "amod", "compound")),
              *(g for c in sayer.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                for g in c.children if g.dep_ == "pobj")]
    # the leaders table's entry for each named owner, looked up once
    leaders = {o.i: _leader(o) for o in owners if o.pos_ == "PROPN" or o.ent_type_ == "PERSON"}
    if any(leaders[o.i] is not None and leaders[o.i].country == doer_state for o in owners if o.pos_ == "PROPN"):
        return False  # the doer's own leader speaks for it
    return any(_state_of(o) not in (None, doer_state) for o in owners) or any(
        o.ent_type_ == "PERSON" and leaders[o.i] is not None and leaders[o.i].country != doer_state
        for o in owners)


def _state_of(word) -> str | None:
    """The country a named state or its adjective stands for ("Germany", "German"), else None."""
    if word.ent_type_ not in ("GPE", "NORP"):
        return None
    entry = country(" ".join(_named(word)))
    return entry.alpha3 if entry is not None else None


def _leader(sayer):
    """The leaders-table entry for the person `sayer` names, or None."""
    words = _named(sayer)
    # the longest run ending in the surname that the table knows: "President X Y" is found as "X Y"
    return next((found for k in range(len(words)) if (found := person(" ".join(words[k:]))) is not None), None)


def _named(word) -> list[str]:
    """The words of the name a noun heads, with its compounds ("United" "States")."""
    return [t.text for t in sorted([*(c for c in word.children if c.dep_ == "compound"), word], key=lambda t: t.i)]


def _embedded(verb, depth: int) -> str:
    """Modality of an infinitive or gerund from what embeds it ("failed to", "plans to")."""
    head = verb.head
    lemma = head.lemma_.lower()
    if verb.dep_ == "pcomp" and head.lower_ == "without":
        return "negated"  # "left without reaching a deal"
    if verb.dep_ == "pcomp" and head.lower_ in ("from", "of") and _refrains(head.head):
        return "negated"  # "held back from congratulating X", "stopped short of condemning Y"
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "with" in marks:  # "with Putin to step down next month"
        return "planned"
    if lemma in NEGATING_HEADS:
        return "negated"
    if lemma in HYPOTHETICAL_HEADS or _bidden(verb):
        return "hypothetical"
    if head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl") and lemma in INTENT_NOUNS:
        return INTENT_NOUNS[lemma]  # "agreements to establish ties", "a threat to cut supplies"
    intent = _intent_object(verb)
    if intent is not None:  # "signed a pact on Tuesday to withdraw their troops": what it is for
        return INTENT_NOUNS[intent]
    if lemma in DECIDING_HEADS and _decided_measure(verb):
        parent = _verb_modality(head, depth + 1) if depth < 3 else "asserted"
        return parent if parent in ("negated", "hypothetical") else "asserted"
    if lemma == "be" and "to" in {c.lower_ for c in verb.children if c.dep_ == "aux"} or _still_to_come(head):
        lemma = "plan"  # "they are to meet again", "has yet to ratify": an arrangement, not a fact
    if lemma in PLAN_HEADS or (lemma == "be" and head.head.lemma_ in PLAN_HEADS):
        parent = _verb_modality(head, depth + 1) if depth < 3 else "asserted"
        return "negated" if parent == "negated" else "hypothetical" if parent == "hypothetical" \
            else "planned"
    if head.pos_ in ("VERB", "AUX") and depth < 3 and verb.dep_ in ("xcomp", "ccomp"):
        parent = _verb_modality(head, depth + 1)
        # "will start deploying", "is due to begin withdrawing": what a plan starts is planned too
        if parent == "planned" and verb.dep_ == "xcomp" and lemma in STARTING_HEADS:
            return parent
        return parent if parent in ("negated", "hypothetical") else "asserted"
    return "asserted"


def bidden_act(tok):
    """The infinitive a trigger is, or is the object of, when someone is bidden do it ("urged X
    to withdraw its troops", "asked Y to open talks"); else None."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ARGUMENT_DEPS else None
    return verb if verb is not None and _bidden(verb) else None


def _bidden(verb) -> bool:
    """"urged Russia to withdraw", "called on Iran to free them": what someone is asked to do is
    not done, whatever becomes of the asking (the annotators' convention: hypothetical)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "to freeze their assets and to cut off trade"
        verb = verb.head
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    return lemma in BIDDING_VERBS and any(c.dep_ == "dobj" for c in head.children) or \
        lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children)


def _decided_measure(verb) -> bool:
    """Whether an infinitive names a measure that is taken by deciding it ("agreed to sever ties",
    "decided to suspend it", "agreed to raise a joint force"): the decision is the act."""
    acts = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return any((t := match_trigger(a)) is not None and t.type in DECIDED_TYPES for a in acts)


def _intent_object(verb) -> str | None:
    """The intent noun ("agreement", "plan") that is the object of the verb an infinitive of purpose
    hangs on, where the parser put the infinitive on the verb rather than on the noun."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((o.lemma_.lower() for o in verb.head.children
                 if o.dep_ == "dobj" and o.lemma_.lower() in INTENT_NOUNS), None)


def _refrains(word) -> bool:
    """Whether a preposition's head keeps from an act: "refrained", "held back", "stopped short"."""
    if word.lower_ in ("back", "short", "away") and word.head.i != word.i:
        word = word.head
    return word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in REFRAINING_HEADS


def _still_to_come(verb, passive: bool = False) -> bool:
    """"has yet to be ratified", "is yet to meet": what is still to come has not happened; with
    `passive`, only what is still to be done to the subject ("has yet to be held")."""
    if verb.lemma_.lower() not in ("have", "be") or not any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                            for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
               and (not passive or any(a.dep_ == "auxpass" for a in c.children)) for c in verb.children)


def _has_if(verb) -> bool:
    """True when the verb's own clause, or a clause it heads, opens with "if"/"unless"."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)
