"""The slots of one event read off the dependency parse: participants, date, place, id, label."""
from __future__ import annotations

import re

from kb import gazetteer
from kb.extract.lexicon import LIGHT_VERBS, match_trigger
from kb.model import Place, TimeValue

from kb.iris import event_key

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
RECIPIENT_PREPS = {"with", "to", "on", "upon", "against", "at", "for", "toward", "towards"}
GROUP_PREPS = {"between", "among", "of", "from"}
SELF_ACTING_TYPES = {"LeadershipChange", "Election", "Vote"}  # "X was elected": X acts
SETTING_PREPS = {"at", "during", "after", "before", "in", "for", "following", "of", "with", "toward",
                 "towards", "ahead", "since", "on", "into", "by"}
PARTNER_PATHS = ("dobj", "prep", "xcomp", "acl", "agent", "conj")  # how a joint act's phrase unfolds
DESTINATION_PREPS = {"to", "into", "in"}  # "a visit to X", "arrived in X"
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "on", "aboard", "into"}
SIMULTANEOUS_MARKS = {"as", "when", "while"}  # a clause told as happening at the same time
MANNER_PREPS = {"without", "by"}  # "left without signing", "ended it by signing": one act, one time
REACTION_VERBS = {"welcome", "hail", "applaud", "praise", "criticise", "criticize", "condemn", "denounce",
                  "deplore", "regret", "reject", "oppose", "question", "dismiss", "mourn", "celebrate",
                  "protest", "endorse", "support", "back"}
OTHER_CLAUSES = ("ccomp", "advcl", "relcl", "conj", "parataxis", "csubj")
MILITARY_TYPES = {"MilitaryAction", "MilitaryDeployment"}
AIM_PREPS = {"against", "on", "into", "of", "to"}  # "strikes against X", "the invasion of X", "troops to X"
BACKGROUND_MARKS = {"after", "before", "since", "because", "until", "following"}


def clause_verb(tok):
    """The verb heading the clause a token sits in (the token itself for a verb)."""
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def participants_for(tok, index) -> tuple[list[str], list[str], list[str]]:
    """Return (agents, recipients, other participants) for a trigger token (see title_countries)."""
    if tok.pos_ in ("VERB", "AUX"):
        agents, recipients, others = _verb_parts(tok, index, etype=None)
    else:
        agents, recipients, others = _noun_parts(tok, index)
    if any(c.lower_ in ("other", "another") and c.head.lower_ in ("each", "one") or
           c.lower_ in ("each", "one") and "other" in {g.lower_ for g in c.children} for c in tok.subtree):
        recipients = recipients or list(agents)   # "paid tribute to each other"
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
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            continue
        if (node.dep_ == "prep" and (node.lower_ == "with" or node.lower_ == "of" and node.head.lemma_ == "presence")) \
                or (node.dep_ == "agent" and node.head.dep_ == "acl"):  # "... in the presence of X"
            found += [a for o in node.children if o.dep_ == "pobj" for a in index.resolve(o)]
        stack += [c for c in node.children if c.dep_ in PARTNER_PATHS + ("pobj",)]
    return found


def visit_hosts(tok, index, at) -> list[str]:
    """The countries a visit goes to, read off its destination: "a visit to Moscow", "flew into
    the Eritrean capital", "toured Vietnam" (a capital or city stands for its country here)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    holders = [t for t in (tok, verb) if t is not None]
    targets = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
               for g in c.children if g.dep_ == "pobj"]
    targets += [c for c in (tok.children if tok.pos_ in ("VERB", "AUX") else []) if c.dep_ == "dobj"]
    hosts: list[str] = []
    for target in (t for head in targets for t in (head, *head.conjuncts)):
        entry = gazetteer.country_by_code(_destination_country(target, index) or "")
        if entry is not None:
            entry = gazetteer.as_of(entry, at, "metonym")
            hosts.append(index.state(entry.alpha3) or entry.alpha3)
    return [h for h in dict.fromkeys(hosts) if ":" in h]


def _destination_country(target, index) -> str | None:
    actor = index.by_id.get(index.at(target) or "")
    if actor is not None:
        return actor.country if actor.kind == "country" else None
    if target.lemma_.lower() in ("capital", "city"):  # "the Eritrean capital"
        for child in target.children:
            hit = gazetteer.gazetteer().country_match(child.text) if child.dep_ in ("amod", "compound", "poss") else None
            if hit is not None:
                return hit[0].alpha3
        return None
    words = [c for c in target.children if c.dep_ == "compound" and c.i < target.i] + [target]
    place = gazetteer.place(" ".join(w.text for w in words)) if target.pos_ == "PROPN" else None
    return place.country if place is not None and place.kind != "venue" else None


def title_countries(tok, index, demonyms: bool = True) -> list[str]:
    """Countries written in front of the trigger's subject or objects ("U.S. President X met ...");
    with `demonyms`, also those only an adjective names ("froze Iranian assets")."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    heads += [g for c in tok.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ not in ("VERB", "AUX"):
        verb = _governing_verb(tok)
        if verb is not None and not _other_trigger(verb, tok) and not _reacts_to(verb, tok):
            heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for h in heads for c in index.modifier_countries(h, demonyms)]


def _other_trigger(verb, noun) -> bool:
    """True when the verb over a noun trigger announces an event of another kind ("condemned the invasion")."""
    if verb.lemma_.lower() in LIGHT_VERBS:
        return False
    mine, theirs = match_trigger(noun), match_trigger(verb)
    return theirs is not None and mine is not None and theirs.type != mine.type


def _verb_parts(verb, index, etype, depth: int = 0):
    agents, recipients, others = [], [], []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    by_agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for s in subjects or by_agents:
        agents += index.resolve(s)
    for s in passive:
        (agents if _self_acting(verb) else recipients).extend(index.resolve(s))
    if not subjects and not by_agents and not passive and depth < 3:
        agents += _controller(verb, index, depth)
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            recipients += index.resolve(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in RECIPIENT_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    recipients += index.resolve(obj)
        if child.dep_ == "dobj":  # "severed relations with Qatar", "expelled diplomats from X"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "from", "of", "on", "against"):
                    recipients += [a for o in prep.children if o.dep_ == "pobj" for a in index.resolve(o)]
    if not recipients and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        recipients += _addressees(verb.head, index)  # "sent X a message praising ..."
    return agents, recipients, others


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
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i != head.i:
        head = head.head  # "X is due to hold talks": X acts
    if verb.dep_ == "xcomp":
        # "X was expected to visit", "X was urged to leave": the passive subject does it
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if objects:
            return [a for o in objects for a in index.resolve(o)]
    if verb.dep_ == "pcomp" and head.lower_ in MANNER_PREPS and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "broke up without reaching a deal": the subject of "broke up" did not reach it
        return _verb_parts(head, index, None, depth + 1)[0]
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and head.pos_ in ("VERB", "AUX"):
        return _verb_parts(head, index, None, depth + 1)[0]
    if verb.dep_ in ("relcl", "acl"):
        if head.dep_ == "appos":  # "Abiy, the first Ethiopian leader to visit": the named person
            return index.resolve(head.head) or index.resolve(head)
        found = index.resolve(head)
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and depth < 3:
            # "signed orders freezing assets": who issued the orders does what they order
            return _verb_parts(head.head, index, None, depth + 1)[0]
        return found
    return []


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
        elif child.dep_ == "prep":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            found = [a for o in objs for a in index.resolve(o)]
            if child.lower_ == "by":
                agents += found
            elif child.lower_ == "of" and acted_on:
                recipients += found
            elif child.lower_ in GROUP_PREPS:
                others += found
            elif child.lower_ in RECIPIENT_PREPS:
                recipients += found
    verb = _governing_verb(noun)
    if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass") and not _other_trigger(verb, noun) \
            and not _reacts_to(verb, noun):
        v_agents, v_recipients, _ = _verb_parts(verb, index, None)
        agents += v_agents
        others += [r for r in v_recipients if r not in recipients]
    elif verb is not None and noun.dep_ == "nsubj" and _strikes(noun):
        # "a U.S. air strike killed X and Y": whom the attack hit
        recipients += [a for c in verb.children if c.dep_ == "dobj" for a in index.resolve(c)]
    return agents, recipients, others


def _strikes(noun) -> bool:
    trig = match_trigger(noun)
    return trig is not None and trig.type in MILITARY_TYPES


def _reacts_to(verb, noun) -> bool:
    """"welcomed the vote", "criticised the visit": whoever reacts to an event named with "the"
    did not take part in it."""
    return verb.lemma_.lower() in REACTION_VERBS and noun.dep_ == "dobj" \
        and any(c.lower_ in ("the", "this", "that") for c in noun.children)


def _governing_verb(noun):
    """The verb a noun trigger is an argument of, through at most a few noun/preposition hops."""
    tok = noun
    for _ in range(5):
        if tok.dep_ in ("ROOT",) or tok.head.i == tok.i:
            return None
        if tok.dep_ in ("conj", "appos", "compound"):
            tok = tok.head
            continue
        if tok.dep_ not in OBJECT_DEPS + ("pobj", "nsubj", "nsubjpass", "npadvmod", "prep"):
            return None
        if tok.dep_ == "prep" and tok.lower_ not in SETTING_PREPS:
            return None  # "protect against missile strikes": the strikes are not the protector's
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def attached_date(tok, sent, dates: list[TimeValue]) -> TimeValue | None:
    """The date written in the trigger's own clause (or a clause coordinated with it), if any."""
    inside = [d for d in dates if d.start is not None and sent.start_char <= d.start < sent.end_char]
    target = clause_verb(tok)
    fallback = None
    for date in inside:
        span = tok.doc.char_span(date.start, date.stop, alignment_mode="expand")
        if span is None:
            continue
        verb = clause_verb(span.root)
        if verb == target or any(t.i == span.root.i for t in tok.subtree if tok.pos_ != "VERB"):
            return date
        if _conj_root(target) == _conj_root(verb):  # "broke off ties on Monday, ordered ... and banned ..."
            fallback = fallback or date
        elif verb in _simultaneous_heads(target):
            fallback = fallback or date  # "severed ties on Monday, accusing it of ...", "..., as X signed"
        elif target.dep_ == "relcl" and (target.head.i in range(span.start, span.end) or (
                clause_verb(target.head) == verb and {"when", "where"} & {c.lower_ for c in target.children})):
            fallback = fallback or date  # "on Tuesday, when Gore telephoned him", "in X on Monday, where ..."
        elif verb.dep_ == "advcl" and verb.head.i == target.i and _marks(verb) & SIMULTANEOUS_MARKS:
            fallback = fallback or date  # "will step down when his term ends in 2018": then
        elif verb.dep_ == "acl" and clause_verb(verb.head) == target:
            fallback = fallback or date  # "in a recording aired on Wednesday, accused X"
        elif target.dep_ == "acl" and _anchored_in(target.head, verb):
            fallback = fallback or date  # "agreed last month in a deal brokered by X": the same month
        elif target.dep_ == "relcl" and target.head.dep_ == "appos" and _anchored_in(target.head, verb):
            fallback = fallback or date  # "met X on Tuesday, a welcome that opened the summit"
    return fallback


def _anchored_in(noun, verb) -> bool:
    """Whether a noun (an appositive summing up a clause, "..., an unannounced welcome that ...";
    the noun a participle hangs on, "in a deal brokered by X") sits in `verb`'s clause or in an
    infinitive or participle hanging on it."""
    anchor = clause_verb(noun)
    return anchor == verb or verb in _simultaneous_heads(anchor) or (
        anchor.dep_ in ("advcl", "xcomp") and anchor.tag_ in ("VB", "VBG") and anchor.head == verb)


def _simultaneous_heads(target) -> list:
    """The verbs whose time a clause shares: the head of an infinitive or of a clause opened by
    "as"/"when"/"while", and every verb up a chain of participles ("said on Friday it was
    withdrawing ..., accusing Washington"), with the first verb of a coordinated chain it hangs on."""
    heads, verb = [], target
    for _ in range(4):
        head = _conj_root(verb).head
        if verb.dep_ == "pcomp" and head.lower_ in MANNER_PREPS:
            head = head.head  # "broke up on Monday without reaching a deal": the same Monday
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            break
        if not (verb.dep_ == "xcomp" or verb.tag_ == "VBG" or _conj_root(verb).tag_ == "VBG"
                or (verb.dep_ == "advcl" and _marks(verb) & SIMULTANEOUS_MARKS)):
            break
        heads.append(head)
        if _conj_root(head).i != head.i:  # "closed X on Friday and barred Y, accusing": the chain's first verb
            heads.append(_conj_root(head))
        verb = head
    return heads


def _conj_root(verb):
    """The first verb of a chain of coordinated verbs."""
    for _ in range(8):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _marks(verb) -> set[str]:
    """Subordinating words of a clause; the parser makes "when" an adverb, not a marker."""
    return {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}


def attached_place(tok, sent, places: list[Place], lead: bool, etype: str,
                   participants: list[str], index) -> Place | None:
    """Where the trigger's event happened, by precedence: a locative on the act itself in its
    own clause ("met in Geneva", "flew into Asmara"); the place a "where" clause hangs on
    ("Havana, where talks began"); the scene a sentence opens with ("In Beijing, X said ...
    and accused ..."); a locative on another noun of the clause ("froze assets in X"); the
    single country a military act is aimed at; the dateline for `lead` (news of the day told
    in the lead: the article was filed where it happened)."""
    clause = _clause_tokens(tok)
    on_act = on_noun = None
    for place, span in _sentence_places(tok.doc, sent, places):
        prep = _locative(span.root) if span.root.i in clause else None
        if prep is None:
            continue
        if span.root.head.lower_ in ("on", "to") and index.at(span.root) in participants:
            continue  # "sanctions on Iran": Iran is acted upon, not where it happens
        found = (abs(span.root.i - tok.i), place)
        if _describes_a_thing(prep, tok):
            on_noun = found if on_noun is None or found[0] < on_noun[0] else on_noun
        else:
            on_act = found if on_act is None or found[0] < on_act[0] else on_act
    best = on_act[1] if on_act else (_where_place(tok, places) or _scene(tok, sent, places)
                                     or (on_noun[1] if on_noun else None) or _target_country(tok, etype, index))
    datelines = [p for p in places if p.start is None]
    # a military act is done at a distance: the reporter's desk is not where the strikes fell; nor
    # is it where the background of the news happened ("..., after X refused to accept the plan")
    line = datelines[0] if lead and len(datelines) == 1 and etype not in MILITARY_TYPES \
        and not _background(tok) else None
    if best and line is not None and _coarse(best) and best.country in (line.country, None):
        return line  # "signed in Zimbabwe" or "on Lake Geneva", filed from a city there: the finer answer
    return best or line


def seat_place(agents: list[str], index, sent, places: list[Place]) -> Place | None:
    """Where a body that sits in one city acts when its sentence names no place: the UN Security
    Council votes or condemns in New York."""
    if next(_sentence_places(sent.doc, sent, places), None) is not None:
        return None  # "met in Nairobi and voted": the place told is the place
    for actor in (index.by_id.get(a) for a in agents):
        org = gazetteer.organization(actor.name) if actor is not None and actor.kind == "organization" else None
        entry = gazetteer.place(org.seat) if org is not None and org.seat else None
        if entry is not None:
            return Place(entry.name, entry.country, entry.geonames)
    return None


def _background(tok) -> bool:
    """Whether the trigger's clause is told as what came before or caused the news: "after X
    refused", "since Y left"."""
    verb = clause_verb(tok)
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in BACKGROUND_MARKS
    return verb.dep_ == "advcl" and bool(_marks(verb) & BACKGROUND_MARKS)


def _sentence_places(doc, sent, places: list[Place]):
    """(place, span) for each place mentioned inside the sentence."""
    for place in places:
        if place.start is not None and sent.start_char <= place.start < sent.end_char:
            span = doc.char_span(place.start, place.stop, alignment_mode="expand")
            if span is not None:
                yield place, span


def _describes_a_thing(prep, tok) -> bool:
    """Whether a locative hangs on a plain noun of the clause ("froze assets in X", "seized the
    embassy in Y"): it says where that thing is, which only hints at where the act happened."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return False  # "at the airport in Argyle": the noun is a location itself
    return head.pos_ in ("NOUN", "PROPN") and head.i != tok.i and match_trigger(head) is None


def _where_place(tok, places: list[Place]) -> Place | None:
    """"Havana, where the two sides began talks": a "where" clause happens at the place it hangs on."""
    verb = clause_verb(tok)
    if verb.dep_ != "relcl" or "where" not in {c.lower_ for c in verb.children}:
        return None
    head = _appos_root(verb.head)
    return next((p for p, span in _sentence_places(tok.doc, tok.sent, places)
                 if span.root.i in (head.i, verb.head.i)), None)


def _appos_root(tok):
    """"in Singapore, the city-state, where ...": the where clause hangs on the name."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _scene(tok, sent, places: list[Place]) -> Place | None:
    """"In Beijing, a spokesman said the pact ... and accused X": a place fronted before the
    subject of the sentence is where all its acts happen, save what is reported as said
    (a reported act happened elsewhere: "In Tehran, X said U.S. forces had attacked ...")."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    fronted = {g.i for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < subject.i
               for g in c.children if g.dep_ == "pobj"}
    if not fronted or not _reaches_without_report(tok, root):
        return None
    return next((p for p, span in _sentence_places(tok.doc, sent, places) if span.root.i in fronted), None)


def _reaches_without_report(tok, root) -> bool:
    """Whether the trigger's clause hangs on `root` through no clausal complement ("said that ...")."""
    node = tok
    for _ in range(12):
        if node.i == root.i:
            return True
        if node.dep_ in ("ccomp", "parataxis") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _target_country(tok, etype: str, index) -> Place | None:
    """"air strikes against X", "Y's invasion of X", "invaded X": a military act whose text names
    no place happens on the territory of the one country it is aimed at."""
    if etype not in MILITARY_TYPES:
        return None
    acts = [tok] + [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in ("VERB", "AUX") else [tok]
    aimed = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in ("VERB", "AUX") else []
    aimed += [o for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
              and (p.lower_ != "of" or a.pos_ == "NOUN") for o in p.children if o.dep_ == "pobj"]
    states = {(a, o) for o in aimed for a in index.resolve(o) if index.kind(a) == "country"}
    if len({a for a, _ in states}) != 1:
        return None
    state, target = states.pop()
    entry = gazetteer.country_by_code(index.by_id[state].country or "")
    if entry is None:
        return None
    return Place(entry.name, entry.alpha3, None, target.idx, target.idx + len(target))  # named in the text


def _coarse(place: Place) -> bool:
    entry = gazetteer.place(place.name)
    return entry is not None and entry.kind in ("country", "region", "sea")


def _clause_tokens(tok) -> set[int]:
    """Token indices of the trigger's clause, without embedded clauses of other verbs."""
    root = tok if tok.pos_ not in ("VERB", "AUX") else clause_verb(tok)
    keep: set[int] = set()
    stack = [root]
    while stack:
        cur = stack.pop()
        keep.add(cur.i)
        stack.extend(c for c in cur.children if not (c.dep_ in OTHER_CLAUSES and c.pos_ in ("VERB", "AUX")))
    if tok.pos_ not in ("VERB", "AUX"):
        verb = _governing_verb(tok)
        if verb is not None:  # "held talks ... in Geneva": the place hangs on the verb
            keep |= {t.i for prep in verb.children if prep.dep_ == "prep" for t in prep.subtree}
    return keep


def _locative(tok):
    """The word that makes `tok` a location of the event ("in", "at" ... or "visited"), or None."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("visit", "tour", "reach", "enter"):
        return tok.head  # "visited Beijing": where the visit happened
    for _ in range(5):
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return tok.head
        if tok.dep_ not in ("pobj", "compound", "appos", "prep", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def label_for(event, index) -> str:
    """A short human label: "Summit: George W. Bush, Vladimir Putin (Sochi)"."""
    kind = re.sub(r"(?<!^)(?=[A-Z])", " ", event.type).capitalize()
    persons = [p for p in event.participants if index.kind(p) == "person"]
    shown = persons or event.participants
    names = [index.by_id[p].name if p in index.by_id else p for p in shown][:4]
    label = f"{kind}: {', '.join(names)}"
    return f"{label} ({event.place.name})" if event.place else label


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
