"""Who takes part in an event, read off the dependency parse around its trigger: agents,
recipients and other participants, partners named inside a joint act and the countries written
in front of its actors (the hosts of a visit: kb.extract.visithosts)."""
from __future__ import annotations

from kb import gazetteer
from kb.chambers import chamber_key
from kb.extract.casualties import CASUALTY_VERBS, casualties, hit, strikes
from kb.extract.contests import PROVOKED_TYPES, power_states, provokers, votes_cast
from kb.extract.claims import claimed_about, gathering_hosts, remarked_on
from kb.extract.clauses import (AIMING_PREPS, MANNER_PREPS, OBJECT_DEPS, SEQUENCE_PREPS, bidden_subjects,
                                coordinated_with, governing_verb, has_subject, object_taken_as_subject,
                                small_clause_subject, speaker_going_on)
from kb.extract.collectives import collective_parties
from kb.extract.lexicon import FORCE_NOUNS, LIGHT_VERBS, match_trigger
from kb.extract.otherside import HOSTILE_TYPES, other_side
from kb.extract.phrases import ENVOY_NOUNS
from kb.extract.speechacts import SPEECH_ACT_TYPES
from kb.extract.speechverbs import REPORTING_VERBS
from kb.extract.unnamedholders import titled_person_before
from kb.extract.visithosts import visit_hosts

RECIPIENT_PREPS = {"with", "to", "on", "upon", "against", "at", "for", "toward", "towards"}
GROUP_PREPS = {"between", "among", "of", "from"}
PARTNER_PATHS = ("dobj", "prep", "xcomp", "acl", "agent", "conj")  # how a joint act's phrase unfolds
REACTION_VERBS = {"welcome", "hail", "applaud", "praise", "criticise", "criticize", "condemn", "denounce",
                  "deplore", "regret", "reject", "oppose", "question", "dismiss", "mourn", "celebrate",
                  "protest", "endorse", "support", "back"}
HANDING_PARTICLES = {"back", "over", "across"}  # "handed X back to Y", "turned X over to Y"
HELP_VERBS = {"help", "assist", "aid", "support"}  # "pledged $1 billion to help X rebuild"
UNIT_NOUNS = FORCE_NOUNS | {"official", "diplomat", "delegation"}  # bodies of people sent by a state
# How further units are named inside the phrase of the first: "troops, most of them X paratroopers
# with units from Y", "troops, backed by contingents from Z" (not in a clause of their own).
UNIT_PATHS = ("appos", "prep", "pobj", "acl", "agent", "conj")
GATHERING_TYPES = {"Summit", "Meeting"}
CLAIM_TYPES = {"Threat", "Accusation"}  # what is claimed may name its target ("warned that X would ...")
# Buildings of a state or an official: an act done at one ("at the French embassy") is not with that state.
STATE_BUILDINGS = {"embassy", "consulate", "mission", "residence", "palace", "headquarters", "ministry"}
QUANTITY_WORDS = {"thousand", "hundred", "dozen", "score", "million", "some", "many", "most", "several", "all",
                  "column", "convoy", "wave"}
# "at the Kremlin's request", "at the invitation of X": who asked for an act is not acted upon
# (the host a visit goes to is found apart, see visit_hosts).
ASKING_NOUNS = {"request", "invitation", "behest", "urging", "initiative", "suggestion", "insistence"}


def participants_for(tok, index) -> tuple[list[str], list[str], list[str]]:
    """Return (agents, recipients, other participants) for a trigger token (see title_countries)."""
    if tok.pos_ in ("VERB", "AUX"):
        agents, recipients, others = _verb_parts(tok, index)
    else:
        agents, recipients, others = _noun_parts(tok, index)
    if any(c.lower_ in ("other", "another") and c.head.lower_ in ("each", "one") or
           c.lower_ in ("each", "one") and "other" in {g.lower_ for g in c.children} for c in tok.subtree):
        recipients = recipients or list(agents)   # "paid tribute to each other"
    if _is_type(tok, {"Appeal"}):
        recipients += [a for s in bidden_subjects(tok) for a in index.resolve(s) if a not in agents]
    if not recipients and _is_type(tok, CLAIM_TYPES):
        recipients += [a for a in claimed_about(tok, index) if a not in agents + index.countries_of(agents)]
    elif not recipients:
        recipients += remarked_on(tok, agents, index)
    if _is_type(tok, {"MilitaryDeployment"}):
        recipients += [h for h in visit_hosts(tok, index, index.when) if h not in index.countries_of(agents)]
    if not recipients and _is_type(tok, PROVOKED_TYPES):
        recipients += [a for a in provokers(tok, index) if a not in agents]
    if _is_type(tok, GATHERING_TYPES):
        others += gathering_hosts(tok, index)
    if _is_type(tok, {"Vote"}):
        others += votes_cast(tok, index)
    if _is_type(tok, {"LeadershipChange", "Election"}):
        others += power_states(tok, index)
    if not recipients and _is_type(tok, HOSTILE_TYPES):
        recipients += other_side(tok, agents + others + title_countries(tok, index), index)
    agents = _dedupe(agents)
    recipients = [r for r in _dedupe(recipients) if r not in agents]
    others = [o for o in _dedupe(others) if o not in agents and o not in recipients]
    return agents, recipients, others


def partners(tok, index) -> list[str]:
    """Parties named deeper inside a joint act's own phrase: "signed agreements to establish
    relations with X and Y", "agreed to restore ties, in a deal brokered by Z", "signed in the
    presence of X" (a witness shares in a signing). The walk stays in
    the trigger's clause (a clause with its own subject tells something else)."""
    found: list[str] = []
    stack = [c for c in tok.children if c.dep_ in PARTNER_PATHS]
    while stack:
        node = stack.pop()
        if node.pos_ in ("VERB", "AUX") and has_subject(node):
            continue
        if (node.dep_ == "prep" and (node.lower_ == "with" or node.lower_ == "of" and node.head.lemma_ == "presence")) \
                or (node.dep_ == "agent" and node.head.dep_ == "acl"):  # "... in the presence of X"
            found += [a for o in node.children if o.dep_ == "pobj" for a in index.resolve(o)]
        stack += [c for c in node.children if c.dep_ in PARTNER_PATHS + ("pobj",)]
    return found


def title_countries(tok, index, demonyms: bool = True) -> list[str]:
    """Countries written in front of the trigger's subject or objects ("U.S. President X met ...");
    with `demonyms`, also those only an adjective names ("froze Iranian assets")."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    heads += [g for c in tok.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ not in ("VERB", "AUX"):
        verb = governing_verb(tok)
        if verb is not None and not _other_trigger(verb, tok) and not _reacts_to(verb, tok):
            heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for h in heads if not _chamber(h, index) for c in index.modifier_countries(h, demonyms)]


def _chamber(head, index) -> bool:
    """Whether a phrase names a state's chamber ("Kenya's parliament", "the Haitian senate"): its
    state word is part of the chamber's name, and the chamber, not the state, takes the vote."""
    actor = index.at(head)
    return actor is not None and index.kind(actor) == "organization" and chamber_key(index.by_id[actor].name) is not None


def _other_trigger(verb, noun) -> bool:
    """True when the verb over a noun trigger announces an event of another kind ("condemned the invasion")."""
    if verb.lemma_.lower() in LIGHT_VERBS:
        return False
    mine, theirs = match_trigger(noun), match_trigger(verb)
    return theirs is not None and mine is not None and theirs.type != mine.type


def _verb_parts(verb, index, depth: int = 0):
    agents, recipients, others = [], [], []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "X and Y, Said Z, signed": a first name read as a verb before the trigger, its subjects the names
    subjects = subjects or [c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i and c.pos_ == "VERB"
                            and index.at(c)]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and not passive:  # "X was re-elected": the parser hangs X on "was" at times
        passive = [s for a in verb.children if a.dep_ == "auxpass" and a.i < verb.i
                   for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]
    by_agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for s in subjects:
        agents += _subject_ids(s, verb, index)
    for s in by_agents if not subjects else []:
        agents += index.resolve(s)
    agents += [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "alongside"  # "X, alongside Y, ..."
               for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]
    for s in passive:
        (agents if _self_acting(verb) else recipients).extend(index.resolve(s))
    if not subjects and not by_agents and not passive and depth < 3:
        agents += _controller(verb, index, depth)
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ == "ADP":  # "sent troops to X": "to" read as a dative
            recipients += [a for o in child.children if o.dep_ == "pobj" for a in index.resolve(o)]
        elif child.dep_ in OBJECT_DEPS and verb.lemma_.lower() in REPORTING_VERBS and _chamber(child, index):
            continue  # "told parliament": a chamber a remark is made to is its audience, no party to it
        elif child.dep_ in OBJECT_DEPS:  # "would recall the ambassador": the one named before
            recipients += (index.resolve(child) or titled_person_before(child, index)) + _doers_of_act(child, index)
        elif child.dep_ in ("prep", "prt") and (child.lower_ in RECIPIENT_PREPS or _taken_from(child)):
            for obj in child.children:
                if obj.dep_ == "pobj" and not _venue(child, obj) and obj.lemma_.lower() not in ASKING_NOUNS:
                    recipients += index.resolve(obj)
        elif child.dep_ == "advmod" and child.lower_ in HANDING_PARTICLES:  # "handed the land back to X"
            recipients += [a for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                           for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]
        if child.dep_ == "dobj":  # "severed relations with Qatar", "expelled diplomats from X", "a loan for Y"
            titled = index.kind(index.at(child) or "") == "person"  # "met President X of Y": Y titles X
            # "lifted the tariffs and quotas on X": the phrase may hang on the last of several objects
            for prep in (p for o in (child, *child.conjuncts) for p in o.children if p.dep_ == "prep"):
                objects = [o for o in prep.children if o.dep_ == "pobj"]
                if prep.lower_ in ("with", "to", "from", "on", "against", "for") or (prep.lower_ == "of" and not titled):
                    recipients += [a for o in objects for a in index.resolve(o) or _accredited_to(child, o, index)]
                elif prep.lower_ == "in":  # "closed its embassy in Kabul", not "signed accords in Moscow"
                    recipients += [a for o in objects for a in _accredited_to(child, o, index)]
    if not recipients and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        recipients += _addressees(verb.head, index)  # "sent X a message praising ..."
    declared = small_clause_subject(verb)
    if declared is not None:
        recipients += index.resolve(declared)
    recipients += casualties(verb, index) + _helped(verb, index)
    agents += _principals(verb, index)
    return agents, recipients, others


def _accredited_to(envoy, place, index) -> list[str]:
    """"recalled its ambassador to Paris", "closed its embassy in Kabul": an envoy or a mission
    is accredited to a state, so a capital after it stands for that state."""
    if envoy.lemma_.lower() not in ENVOY_NOUNS or place.pos_ != "PROPN" or index.modifier_countries(envoy):
        return []  # "the Turkish embassy in Baghdad" is Turkey's, wherever it stands
    hit = gazetteer.gazetteer().country_match(place.text)
    if hit is None or hit[1] != "metonym":
        return []
    state = index.state(gazetteer.as_of(hit[0], index.when, "metonym").alpha3)
    return [state] if state else []


def _doers_of_act(noun, index) -> list[str]:
    """"called off X's mediation", "rejected Y's visit": an act named with its doer's possessive
    is aimed at that person (the state behind the person is found from the noun as before)."""
    if match_trigger(noun) is None:
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in index.resolve(c) if index.kind(a) == "person"]


def _venue(prep, obj) -> bool:
    """"met at the French embassy": a building an act is done at is where, not with whom
    ("attacked the embassy" names the embassy's state as the target)."""
    return prep.lower_ == "at" and obj.lemma_.lower() in STATE_BUILDINGS


def _principals(verb, index) -> list[str]:
    """Those an act is done on behalf of take part on the side of whoever does it: "signed the
    accord on behalf of the European Union", "talks brokered by X on behalf of Y"."""
    behalf = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
              for g in p.children if g.dep_ == "pobj" and g.lower_ == "behalf"]
    return [a for b in behalf for p in b.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]


def _helped(verb, index) -> list[str]:
    """Whom an act is done to help: "pledged $1 billion to help X rebuild", "sent troops to
    assist Y" (the parser reads "help X rebuild" as a clause of its own at times)."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS]
    helped = [o for p in purposes for o in p.children if o.dep_ == "dobj"]
    helped += [g for p in purposes for k in p.children if k.dep_ in ("ccomp", "xcomp")
               for g in k.children if g.dep_ in ("nsubj", "dobj")]
    return [a for h in helped for a in index.resolve(h)]


def _subject_ids(subject, verb, index) -> list[str]:
    """Who a subject names: "a strike killed X and Y, and Z vowed revenge", parsed as if X, Y and
    Z vowed, names Z alone."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i
                   and c.lemma_.lower() in CASUALTY_VERBS):
        taken = object_taken_as_subject(clause)
        if taken is not None and index.at(taken[1]):
            return [index.at(taken[1])]
    if subject.pos_ in ("VERB", "AUX"):  # a name word read as a verb ("Said X"): its own subjects are the names
        return [a for s in subject.children if s.dep_ in ("nsubj", "nsubjpass") for a in _subject_ids(s, verb, index)]
    subject = _counted(subject)
    found = index.resolve(subject) or _origin(subject, index) or collective_parties(subject, index) \
        or titled_person_before(subject, index)
    return found + _joined_units(subject, index)


def _counted(subject):
    """"Thousands of US troops invaded": a body of people sent, counted, is the subject ("hundreds
    of X's supporters" are no state's)."""
    if subject.lemma_.lower() not in QUANTITY_WORDS and subject.pos_ != "NUM":
        return subject
    return next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in UNIT_NOUNS), subject)


def _joined_units(subject, index) -> list[str]:
    """The states of further units named inside a subject that is a body of people sent: "troops
    from X, most of them Russian paratroopers with units from Y and Z", "Senegalese troops,
    backed by contingents from Nigeria" (each unit acts for the state it comes from)."""
    if subject.lemma_.lower() not in UNIT_NOUNS:
        return []
    found: list[str] = []
    stack = [c for c in subject.children if c.dep_ in UNIT_PATHS]
    while stack:
        node = stack.pop()
        if node.lemma_.lower() in UNIT_NOUNS and node.pos_ == "NOUN":
            found += index.resolve(node) or index.modifier_countries(node) or _origin(node, index)
        stack += [c for c in node.children if c.dep_ in UNIT_PATHS]
    return found


def _is_type(tok, types) -> bool:
    trig = match_trigger(tok)
    return trig is not None and trig.type in types


def _origin(subject, index) -> list[str]:
    """"troops from Chad moved in", "peacekeepers of the African Union arrived",
    "Iraqi jets bombed": a body of people or arms sent by a state or an organisation acts
    for it."""
    if subject.lemma_.lower() not in UNIT_NOUNS:
        return []
    sent = [a for p in subject.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
            for o in p.children if o.dep_ == "pobj" for a in index.resolve(o)]
    return sent or index.modifier_countries(subject)  # "Iraqi jets bombed": the state of the adjective


def _taken_from(prep) -> bool:
    """"withdrew their ambassadors from X", "demanded an apology from X": what the act takes or
    asks for comes from its recipient (a "from" with no object moved is a source: "returned from X")."""
    return prep.lower_ == "from" and any(c.dep_ == "dobj" for c in prep.head.children)


def _addressees(message, index) -> list[str]:
    """Whom a message is sent or given to: "sent Tokyo a note", "sent a letter to Kenya" (the
    parser reads the first object of "sent X a note" as a second direct object at times)."""
    found = []
    for child in (c for c in message.head.children if c.dep_ in ("dative", "dobj") and c.i != message.i):
        objects = [o for o in child.children if o.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
        found += [a for o in objects for a in index.resolve(o)]
    return found


def _self_acting(verb) -> bool:
    return verb.lemma_.lower() in ("elect", "inaugurate", "swear", "oust", "reelect", "re-elect")


def _controller(verb, index, depth):
    """Who acts in a subjectless clause: "urged Iran to stop", "met X and signed", "who will",
    "left without signing"."""
    head = coordinated_with(verb) if verb.dep_ == "conj" else verb.head
    if head.i == verb.i:
        return []
    speaker = speaker_going_on(verb, REPORTING_VERBS) if _is_type(verb, SPEECH_ACT_TYPES) else None
    said_by = _verb_parts(speaker, index, depth + 1)[0] if speaker is not None else []
    if said_by:  # "X said the talks had failed and urged Z to act": X urged; "X said Russia had
        # massed troops and accused Kyiv": another state reported goes on with its own acts
        return _verb_parts(verb.head, index, depth + 1)[0] if _reports_another_state(verb.head, said_by, index) \
            else said_by
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i != head.i:
        head = head.head  # "X is due to hold talks": X acts
    if verb.dep_ == "xcomp":
        # "X was expected to visit", "X was urged to leave": the passive subject does it
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if objects:
            return [a for o in objects for a in index.resolve(o)]
    if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX") \
            and (head.lower_ in MANNER_PREPS or verb.tag_ == "VBG" and head.lower_ in SEQUENCE_PREPS):
        # "broke up without reaching a deal": the subject of "broke up" did not reach it;
        # "After imposing sanctions on X, Y recalled ...": who does the main act did the one before it
        return _verb_parts(head.head, index, depth + 1)[0]
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and head.pos_ in ("VERB", "AUX"):
        return _verb_parts(head, index, depth + 1)[0]
    if verb.dep_ in ("relcl", "acl"):
        if head.dep_ == "appos":  # "Abiy, the first Ethiopian leader to visit": the named person
            return index.resolve(head.head) or index.resolve(head)
        found = index.resolve(head)
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and depth < 3:
            # "signed orders freezing assets": who issued the orders does what they order
            return _verb_parts(head.head, index, depth + 1)[0]
        return found
    return []


def _reports_another_state(reported, speakers: list[str], index) -> bool:
    """Whether a reported clause's subject is a party other than the speaker's own state ("a U.S.
    official said Russia had massed troops and accused Kyiv": Russia goes on with its own acts)."""
    subjects = [a for s in reported.children if s.dep_ in ("nsubj", "nsubjpass") for a in index.resolve(s)]
    own = set(index.countries_of(speakers))
    return any(state not in own for state in index.countries_of(subjects))


def _noun_parts(noun, index):
    agents, recipients, others = [], [], []
    # "Iraq's invasion of Kuwait": the possessor does the act, the "of" phrase undergoes it
    acted_on = any(c.dep_ == "poss" for c in noun.children)
    for child in noun.children:
        if child.dep_ == "poss" and child.i < noun.i:
            agents += index.resolve(child)
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            others += index.resolve(child)
        elif child.dep_ == "acl" and child.pos_ == "VERB":  # "a summit hosted by X"
            agents += [a for c in child.children if c.dep_ == "agent"
                       for g in c.children if g.dep_ == "pobj" for a in index.resolve(g)]
            agents += _principals(child, index)
            # "sanctions imposed on X", "troops sent to Y": whom the participle aims the act at
            recipients += [a for p in child.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
                           for g in p.children if g.dep_ == "pobj" for a in index.resolve(g)]
        elif child.dep_ == "prep":
            objs = [g for g in child.children if g.dep_ == "pobj" and not _venue(child, g)
                    and g.lemma_.lower() not in ASKING_NOUNS]
            found = [a for o in objs for a in index.resolve(o)]
            if child.lower_ == "by":
                agents += found
            elif child.lower_ == "of" and acted_on:
                recipients += found
            elif child.lower_ in GROUP_PREPS:
                others += found
            elif child.lower_ in RECIPIENT_PREPS:
                recipients += found
    verb = governing_verb(noun)
    if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass") and not _other_trigger(verb, noun) \
            and not _reacts_to(verb, noun):
        v_agents, v_recipients, _ = _verb_parts(verb, index)
        agents += v_agents
        others += [r for r in v_recipients if r not in recipients]
    elif verb is not None and noun.dep_ == "nsubj" and strikes(noun):
        recipients += hit(verb, index)  # "a U.S. air strike killed X and Y": whom the attack hit
    return agents, recipients, others


def _reacts_to(verb, noun) -> bool:
    """"welcomed the vote", "criticised the visit": whoever reacts to an event named with "the"
    did not take part in it."""
    return verb.lemma_.lower() in REACTION_VERBS and noun.dep_ == "dobj" \
        and any(c.lower_ in ("the", "this", "that") for c in noun.children)


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))

