"""Where an event happened: a locative on the act, the place a "where" clause hangs on, the
scene a sentence opens with, the country a military act is aimed at, the seat of a body, else the
dateline of the lead."""
from __future__ import annotations

from kb import gazetteer
from kb.extract.clauses import MANNER_PREPS, clause_verb, conj_root, governing_verb, has_subject, marks
from kb.extract.lexicon import CONSULT_TYPES, match_trigger
from kb.extract.casualties import MILITARY_TYPES
from kb.extract.places import EVENT_NOUNS, SPEAKING_FROM, datelines, governing_noun, is_venue, specificity
from kb.model import Place

# Events at which everyone named was present in person (not only the ones acting).
GATHERING_TYPES = (CONSULT_TYPES - {"PhoneCall"}) | {"AgreementSigned", "Ceasefire", "Cooperation"}
TRIP_PREPS = {"to", "into"}  # "flew to X", "a visit to X"
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "on", "aboard", "into"}
OTHER_CLAUSES = ("ccomp", "advcl", "relcl", "conj", "parataxis", "csubj")
AIM_PREPS = {"against", "on", "into", "of", "to"}  # "strikes against X", "the invasion of X", "troops to X"
BACKGROUND_MARKS = {"after", "before", "since", "because", "until", "following"}
# Participles of taking part in an occasion: "closing a summit in X", "attending talks in Y".
TAKING_PART = {"open", "close", "end", "conclude", "wrap", "attend", "host", "chair", "address", "begin", "start"}


def attached_place(tok, sent, places: list[Place], lead: bool, etype: str,
                   participants: list[str], index) -> Place | None:
    """Where the trigger's event happened, by precedence: a locative on the act itself in its
    own clause ("met in Geneva", "flew into Asmara"); the place a "where" clause hangs on
    ("Havana, where talks began"); the destination of a trip, for the visit and for the talks it
    goes to hold ("flew to Jakarta", "will lead a delegation to Havana for talks"); the scene a
    sentence opens with ("In Beijing, X said ... and accused ..."); a locative on another noun of the
    clause ("froze assets in X"); the place or the single country a military act is aimed at; the
    place of the act it is coordinated with ("spoke to reporters in Hanoi ... and blamed X"); for
    `lead` (news of the day told in the lead), the dateline (the article was filed where it
    happened)."""
    on_act, on_noun = _clause_locatives(tok, sent, places, participants, index)
    best = on_act or _where_place(tok, places) or _destination(tok, etype, sent, places) \
        or scene(tok, sent, places) or on_noun or _aimed_at(tok, etype, sent, places, index) \
        or _partner_place(tok, sent, places, participants, index)
    lines = datelines(places)
    # a military act is done at a distance: the reporter's desk is not where the strikes fell; nor
    # is it where the background of the news happened ("..., after X refused to accept the plan")
    line = lines[0] if lead and len(lines) == 1 and etype not in MILITARY_TYPES \
        and not _background(tok) else None
    if best and line is not None and _coarse(best) and best.country in (line.country, None):
        return line  # "signed in Zimbabwe" or "on Lake Geneva", filed from a city there: the finer answer
    if best and etype not in GATHERING_TYPES | {"Visit"} and gazetteer.is_country_place(best.name):
        # "troops crossed into X", "strikes on Y", "asylum in Z": a whole country says where an act
        # was aimed or went, not the settlement where it happened; a gathering held "in X" or a
        # visit to X keeps it
        best = None
    if best and is_venue(best) and len(lines) == 1 and specificity(lines[0]) == 1 and etype != "Visit" \
            and "country:" + str(lines[0].country) in index.countries_of(participants):
        # "talks at the Elysee Palace", filed from Paris: a venue is in the city the story was filed
        # from (gold gives a venue as its city) when that city is at home for a party of the event; a
        # foreign desk files on venues abroad; a visit goes away, its venue may be anywhere on the trip
        return lines[0]
    return best or line


def _clause_locatives(tok, sent, places: list[Place], participants: list[str], index):
    """(place on the act, place on another noun of its clause), each the most specific, then the
    nearest to the trigger ("at the airport in X, on the island of Y": X)."""
    named = list(_sentence_places(tok.doc, sent, places))
    if not named:
        return None, None     # most sentences name no place: no need to walk the clause
    clause = clause_tokens(tok)
    on_act = on_noun = None
    for place, span in named:
        prep = _locative(span.root) if span.root.i in clause else None
        if prep is None:
            continue
        if span.root.head.lower_ in ("on", "to") and index.at(span.root) in participants:
            continue  # "sanctions on Iran": Iran is acted upon, not where it happens
        found = (specificity(place), abs(span.root.i - tok.i), place)
        if _describes_a_thing(prep, tok):
            on_noun = found if on_noun is None or found[:2] < on_noun[:2] else on_noun
        else:
            on_act = found if on_act is None or found[:2] < on_act[:2] else on_act
    return (on_act[2] if on_act else None), (on_noun[2] if on_noun else None)


def act_locative(tok, sent, places: list[Place], participants: list[str], index) -> Place | None:
    """The place told on the act itself, in its own clause ("met in Geneva", "the talks were held in Oslo")."""
    return _clause_locatives(tok, sent, places, participants, index)[0]


def _partner_place(tok, sent, places: list[Place], participants: list[str], index) -> Place | None:
    """"spoke to reporters in Hanoi, saying ..., and blamed X": a verb coordinated with another, sharing
    its subject, shares the place told on the first when it has none of its own ("..., and
    afterwards he toured a mosque" has a subject of its own: another outing); so does a clause
    without a subject hanging on a verb ("meeting in Jakarta, the leaders agreed", "signed the
    accord in Oslo, saying ...")."""
    verb = clause_verb(tok)
    first = conj_root(verb)
    if has_subject(verb):
        return None
    if first.i != verb.i:
        on_act, on_noun = _clause_locatives(first, sent, places, participants, index)
        return on_act or on_noun
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head.dep_ != "relcl":
        return _clause_locatives(verb.head, sent, places, participants, index)[0]  # where it acted, not a thing's place
    return None


def seat_place(agents: list[str], index, sent, places: list[Place]) -> Place | None:
    """Where a body that sits in one city acts when its sentence names no place: the UN Security
    Council votes or condemns in New York. An article filed from another city (its dateline a
    town) that never names the seat, in its text or its dateline, does not tell where the body
    sat (a council's vote of months back, recalled in a story from an African capital): that act
    has no place of the text. With a dateline, other cities named in the text do not make it so
    (a story filed at the body's seat names the cities the news is about); with none, the cities
    the text names tell where it was told from."""
    if next(_sentence_places(sent.doc, sent, places), None) is not None:
        return None  # "met in Nairobi and voted": the place told is the place
    told_from = datelines(places) or places  # the dateline, else the text's places
    for actor in (index.by_id.get(a) for a in agents):
        entry = actor_seat(actor)
        if entry is not None and (_names(places, entry) or not any(specificity(p) <= 1 for p in told_from)):
            return as_place(entry)
    return None


def seat_entry(body):
    """The gazetteer's entry of the city a body (a gazetteer organization) sits in, None if it has
    no seat or the gazetteer does not know it."""
    return gazetteer.place(body.seat) if body is not None and body.seat else None


def actor_seat(actor) -> object | None:
    """The seat of an organization actor the table knows (the Security Council's: New York), else None."""
    return seat_entry(gazetteer.organization(actor.name)) if actor is not None and actor.kind == "organization" else None


def as_place(entry) -> Place:
    """A gazetteer place entry as a Place of no offsets (one named outside the text)."""
    return Place(entry.name, entry.country, entry.geonames)


def _names(places: list[Place], entry) -> bool:
    """Whether the article's text or its dateline (`places`) names the gazetteer's place `entry`."""
    return any(p.name == entry.name or (p.geonames is not None and p.geonames == entry.geonames)
               for p in places)


def _background(tok) -> bool:
    """Whether the trigger's clause is told as what came before or caused the news: "after X
    refused", "since Y left"."""
    verb = clause_verb(tok)
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in BACKGROUND_MARKS
    return verb.dep_ == "advcl" and bool(marks(verb) & BACKGROUND_MARKS)


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


def _destination(tok, etype: str, sent, places: list[Place]) -> Place | None:
    """Where a trip goes is where the visit happens ("flew to Jakarta", "a visit to Moscow"), and
    where the talks it goes for are held ("flying to Washington for talks"). A trip to a country
    tells its host, not where in it the visit went ("flies on to Romania")."""
    if etype == "Visit":
        trip = tok
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ in ("VERB", "AUX"):
        trip = tok.head.head
    else:
        return None
    # "lead a delegation to Havana": the destination may hang on the object that travels
    goers = [trip] + [c for c in trip.children if c.dep_ == "dobj"]
    ends = {g.i for w in goers for p in w.children if p.dep_ == "prep" and p.lower_ in TRIP_PREPS
            for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)}
    return next((p for p, span in _sentence_places(tok.doc, sent, places)
                 if span.root.i in ends and not gazetteer.is_country_place(p.name)), None)


def scene(tok, sent, places: list[Place]) -> Place | None:
    """"In Beijing, a spokesman said the pact ... and accused X", "Speaking in Beijing, X accused
    Y": a place fronted before the subject of the sentence is where all its acts happen, save what
    is reported as said (a reported act happened elsewhere: "In Tehran, X said U.S. forces had
    attacked ...")."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    fronted = {g.i for p in _fronted_preps(root, subject) if p.lower_ in ("in", "at")
               for g in p.children if g.dep_ == "pobj"}
    if not fronted or not _reaches_without_report(tok, root):
        return None
    return next((p for p, span in _sentence_places(tok.doc, sent, places) if span.root.i in fronted), None)


def _fronted_preps(root, subject) -> list:
    """The prepositions told before the subject on the sentence's verb ("In Oslo, X ..."), and
    those on a participle of the verb without a subject of its own, which sets the scene wherever
    it stands ("Speaking in Oslo, X ...", "X, speaking in Oslo, called ...")."""
    preps = []
    for child in root.children:
        if child.dep_ == "prep" and child.i < subject.i:
            preps.append(child)
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and not has_subject(child):
            # "..., closing a summit in X": the occasion the participle opens, closes or attends is
            # the scene too ("citing the talks in X" only names one); one dated apart from the
            # act ("accused X on Friday, hosting a summit in Y next month") is another day's
            held = [o for o in child.children if o.dep_ == "dobj" and o.lower_ in EVENT_NOUNS
                    and child.lemma_.lower() in TAKING_PART and not _dated_apart(root, child, o)]
            preps += [p for w in [child, *held] for p in w.children if p.dep_ == "prep"]
    return preps


def _dated_apart(verb, participle, occasion) -> bool:
    """Whether the verb and the occasion its participle takes part in are each dated ("accused X
    on Friday, hosting a summit next month"): two times, two occasions. One date on either
    ("Opening the forum on Sunday, X said") dates them both; a length ("a two-day summit") is
    no date."""
    def dated(words, skip=-1):
        return any(t.ent_type_ == "DATE" for w in words for c in w.children
                   if c.i != skip and c.dep_ in ("npadvmod", "prep", "tmod", "advmod") for t in c.subtree)
    return dated([verb], skip=participle.i) and dated([participle, occasion])




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


def _aimed_at(tok, etype: str, sent, places: list[Place], index) -> Place | None:
    """"air strikes against X", "Y's invasion of X", "shelled the town of X": a military act whose
    text names no place happens where it is aimed: the place named as its object, else the
    territory of the one country it is aimed at."""
    if etype not in MILITARY_TYPES:
        return None
    acts = [tok] + [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in ("VERB", "AUX") else [tok]
    # "sent its troops", "ruled out sending soldiers": a deployment's object is the force sent, not its aim
    objects = etype != "MilitaryDeployment" and tok.pos_ in ("VERB", "AUX")
    aimed = [c for c in tok.children if c.dep_ == "dobj"] if objects else []
    aimed += [o for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
              and (p.lower_ != "of" or a.pos_ == "NOUN") for o in p.children if o.dep_ == "pobj"]
    spot = next((p for p, span in _sentence_places(tok.doc, sent, places)
                 if governing_noun(span.root) in aimed and not gazetteer.is_country_place(p.name)), None)
    if spot is not None:
        return spot
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


def clause_tokens(tok) -> set[int]:
    """Token indices of the trigger's clause, without embedded clauses of other verbs."""
    root = tok if tok.pos_ not in ("VERB", "AUX") else clause_verb(tok)
    keep: set[int] = set()
    stack = [root]
    while stack:
        cur = stack.pop()
        keep.add(cur.i)
        stack.extend(c for c in cur.children if not _other_act(c))
    if tok.pos_ not in ("VERB", "AUX"):
        verb = governing_verb(tok)
        if verb is not None:  # "held talks ... in Geneva": the place hangs on the verb
            keep |= {t.i for prep in verb.children if prep.dep_ == "prep" for t in prep.subtree}
    return keep


def _other_act(tok) -> bool:
    """Whether a token heads a clause of another act: a clause of its own, or a verb after a
    preposition that tells of something else ("accused X of plotting attacks in Y", "after
    meeting in Z"); "by signing", "without meeting" tell how the act itself was done."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ in OTHER_CLAUSES or (tok.dep_ == "pcomp" and tok.head.lower_ not in MANNER_PREPS)


def _locative(tok):
    """The word that makes `tok` a location of the event ("in", "at" ... or "visited"), or None."""
    for _ in range(5):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("visit", "tour", "reach", "enter"):
            return tok.head  # "visited Beijing", "toured the province of X": where the visit happened
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in SPEAKING_FROM:
            return tok.head  # "announced from Madrid": where the speaker was
        if tok.dep_ not in ("pobj", "compound", "appos", "prep", "conj", "poss") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None

