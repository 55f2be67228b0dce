"""Events: trigger words typed by the lexicon, filled from the dependency parse.

Rules worth knowing:
- triggers inside quotation marks are skipped: what a speaker says happened is a claim;
- a Statement is made only for an official act of speech ("told a news conference", "said in a
  statement", "announced"), not for every "said", or every quote would become an event;
- the date is one attached to the trigger's clause; failing that, an event told as the news of
  the day takes the date of the article's main event (kb.extract.maindate); otherwise it stays empty;
  what someone is bidden to do ("asked X on Friday to open talks") keeps only a date of its own;
- events of one article are merged when they report one occasion (kb.extract.eventmerge), and a
  statement that only carries the news of an act told just before folds into that act; what an
  agreement provides for or a vote decides is their content, not an event of its own;
- an event without any actor participant is dropped;
- except in encounters between persons (meeting, phone call), a person acting in a state office
  brings the state: a president signs, visits, negotiates or threatens for it. In a meeting or a
  call a country takes part only when the text names it as a party, not in a title ("U.S.
  President X met"). This is the convention of the gold corpus (tests/gold/README.md).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from kb.extract import bidding, elections, eventnouns, mediation, rulings, yearnamed
from kb.extract.agreementreactions import COLLECTIVE_KINDS, POINTERS, agreement_parties, doers
from kb.extract.appointments import appointees
from kb.extract.clauses import DEFINITE, clause_verb
from kb.extract import modality as modality_mod
from kb.extract import speechacts
from kb.extract.eventdate import attached_date
from kb.extract.eventmerge import FAMILY, absorb, fold_channels, merge, union
from kb.extract.eventplace import attached_place, seat_place
from kb.extract.filing import dateline_place, filing_state
from kb.extract.homecoming import comes_home
from kb.extract.journeys import journey_for
from kb.extract.lexicon import match_trigger, triggers
from kb.extract.linking import ActorIndex, inside
from kb.extract.maindate import inherit_main_date, is_fresh, lead_day, note_tense
from kb.extract.ownday import own_date, still_to_come
from kb.extract.participants import participants_for, partners, title_countries, visit_hosts
from kb.extract.quotes import SPEECH_VERBS, quote_spans
from kb.extract.retold import points_back, told_noun
from kb.extract.scenes import inherit_places
from kb.extract.sessions import lone_session
from kb.extract.speechparties import speech_parties
from kb.extract.subsumed import subsumed
from kb.extract.summits import gathered_bodies
from kb.extract.titles import roles_on
from kb import gazetteer
from kb.iris import event_key
from kb.model import Actor, Dateline, Event, Evidence, Place, TimeValue
from kb.nlp import text_of

# Encounters between people: their states are participants only when the text names them as parties.
PERSONAL_TYPES = {"Meeting", "PhoneCall"}
# Acts done together: parties are also named inside the act's phrase ("relations with X").
JOINT_TYPES = {"AgreementSigned", "Cooperation", "Negotiation", "Ceasefire", "Mediation", "Summit"}
OFFICE_WORDS = ("president", "minister", "chancellor", "king", "queen", "emir", "sultan", "secretary",
                "leader of", "supreme leader", "premier", "ambassador", "envoy", "head of", "prince",
                "spokes", "general", "chief", "diplomat", "commander")
PRIVATE_WORDS = ("opposition", "former", "senator", "congress", "candidate", "elect", "party leader")


def extract_events(doc, actors: list[Actor], dates: list[TimeValue], places: list[Place],
                   published: datetime | None, article_id: str | None = None,
                   dateline: Place | Dateline | None = None) -> list[Event]:
    """Find the diplomatic events of one article, merged, with ids, labels and evidence.

    `article_id` scopes the identity of undated events to their article (see kb.iris.event_key);
    `dateline` is where the article was filed: the place of the lead's news of the day.
    """
    line = dateline_place(dateline)
    if line is not None:
        places = [p for p in places if p.start is not None] + [line]
    index = ActorIndex(doc, actors, filing_state(dateline))
    index.when = published.date() if published else None
    quoted = quote_spans(text_of(doc))
    raw: list[Event] = []
    for sent_no, sent in enumerate(doc.sents):
        for tok in sent:
            if inside(tok.idx, quoted):
                continue
            trig = match_trigger(tok)
            said = speechacts.content_trigger(tok, trig)  # "said in a statement that X had lied": a charge
            trig = said or trig
            if trig is None or subsumed(tok, trig):
                continue
            noun = told_noun(tok, trig)
            told = noun is not None and any(FAMILY.get(e.type, e.type) == FAMILY.get(trig.type, trig.type)
                                            for e in raw)
            event = _build(tok, trig, sent, sent_no, index, dates, places, published, told)
            if event is None:
                continue
            event._points_back = told and points_back(noun)
            _aim_at_earlier(tok, event, raw, index)
            vote = _deciding_vote(tok, raw)
            if vote is not None:  # "voted to suspend Syria": the suspension is what the vote decided
                absorb(vote, event, index)
                continue
            raw.append(event)
            if not index.group:
                index.group = main_pair([event], index)
    inherit_main_date(raw, published, lead_day(doc, dates))
    inherit_places(raw, index, places)  # after the dates: a place is inherited from an occasion of its day
    events = [e for e in merge(fold_channels(raw, index), index) if e.participants]
    for event in events:
        _finish(event, index, article_id)
    return _unique([e for e in events if not comes_home(e, index) and not lone_session(e, index)], index)


def _unique(events: list[Event], index: ActorIndex) -> list[Event]:
    """Fold events that came out with one identity key (same kind, date, people, place) into one."""
    by_id: dict[str, Event] = {}
    for event in events:
        if event.id in by_id:
            absorb(by_id[event.id], event, index)
            by_id[event.id].__dict__.pop("_places", None)
        else:
            by_id[event.id] = event
    return list(by_id.values())


def main_pair(events: list[Event], index: ActorIndex) -> list[str]:
    """The two persons (else two countries) of the first asserted event with just such a pair,
    among its agents first ("X and Y agreed, in a deal brokered by Z": the pair is X and Y)."""
    for kind in ("person", "country"):
        for event in events:
            for side in (event.agents, event.participants):
                pair = [p for p in side if index.kind(p) == kind]
                if len(pair) == 2 and event.modality == "asserted":
                    return pair
    return []


def _deciding_vote(tok, raw: list[Event]) -> Event | None:
    """The vote whose infinitive names what it decided ("the league voted on Saturday to suspend
    Syria"); that act is the vote's content, and its parties join the vote."""
    if tok.dep_ != "xcomp" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    head = match_trigger(tok.head)
    if head is None or head.type != "Vote":
        return None
    return next((e for e in reversed(raw) if e._tok == tok.head.i), None)


def _build(tok, trig, sent, sent_no, index, dates, places, published, told: bool) -> Event | None:
    """One event of a trigger; `told` when it names again an act of its kind told before, which
    when called off may go without parties of its own ("..., cancelling the visit")."""
    agents, recipients, others = participants_for(speechacts.speaker_verb(tok), index)
    made = yearnamed.year_made(tok)
    if made is not None:  # "would honour the 1923 treaty": the one who honours it did not sign it
        outside = set(yearnamed.mentioners(tok, index)) - set(yearnamed.signatories(tok, index))
        agents, recipients, others = ([a for a in part if a not in outside] for part in (agents, recipients, others))
    others += [s for s in eventnouns.outbreak_sides(tok, index) if s not in agents + recipients + others]
    phase = eventnouns.phase_noun(tok)
    if phase is not None:  # "a round of mediation by X": the round's phrase is the mediation's
        more = participants_for(phase, index)
        agents, recipients, others = (part + [p for p in extra if p not in part] for part, extra in
                                      zip((agents, recipients, others), more))
    journey = journey_for(tok, trig)
    if journey is not None:  # "flew to X for the summit": the traveller attends it (see kb.extract.journeys)
        agents += [a for a in participants_for(journey, index)[0] if a not in agents + recipients + others]
    if trig.type == "Summit":  # "leaders of the OAU, meeting in X": the OAU meets
        agents += [b for b in gathered_bodies(tok, index) if b not in agents + recipients + others]
    agents, recipients = speech_parties(tok, trig, index, agents, recipients)  # "said X must go": X is bidden
    if trig.type == "LeadershipChange":  # "named X interim president": X takes the office
        recipients += [p for p in appointees(tok, index) if p not in agents + recipients]
    if trig.type == "Statement" and rulings.rules(tok):  # "awarded X sovereignty", "ruled that X had breached"
        others += [p for p in rulings.ruled_parties(tok, index) if p not in agents + recipients + others]
    if trig.type == "Election":  # "the election, in which X narrowly beat Y"
        others += [p for p in elections.contenders(tok, index) if p not in agents + recipients + others]
    if trig.type == "Mediation":  # "a Norwegian-brokered truce": the mediator may be named on the participle
        agents, recipients, others = mediation.roles(tok, index, agents, recipients, others)
    called_off = told and modality_mod.modality(tok) == "negated"
    if not called_off and not agents + recipients + others + title_countries(tok, index, demonyms=False):
        return None  # an adjective or a destination alone ("attacked the French consulate") is no party
    if trig.type in JOINT_TYPES:
        others += [p for p in partners(tok, index) if p not in agents + recipients]
    if trig.type == "Meeting" and trig.pos == "n" and _between_collectives(tok, agents + recipients + others, index):
        trig = replace(trig, type="Negotiation")  # "talks between Iran and the IMF": states and bodies negotiate
    if trig.type == "Visit":
        at = published.date() if published else None
        recipients += [h for h in visit_hosts(tok, index, at)
                       if h not in recipients and h not in index.countries_of(agents)]
    participants = list(dict.fromkeys(agents + recipients + others + title_countries(tok, index)))
    mod = modality_mod.modality(tok)
    if journey is not None and mod == "asserted":  # "is to fly to X for talks": the talks are to come too
        mod = modality_mod.modality(journey)
    own = yearnamed.signing_year(made) if made is not None else own_date(tok, dates)
    # "condemned the invasion": an act answered is not of its answer's day, unless the article told it already
    answered = own is None and not told and eventnouns.answered_act(tok)
    date = own or (None if answered else attached_date(tok, sent, dates))
    asked = modality_mod.bidden_act(tok)
    if asked is not None and date is not None and own is None and bidding.asking_day(date, asked):
        date = None  # "asked X on Friday to open talks": Friday is the asking's day, the talks have none
    if date is not None and mod == "asserted" and still_to_come(date, sent, published):
        mod = "planned"
    # The dateline is where a person or body acted on the day; "Britain expelled" has no spot.
    lead = sent_no == 0 and (date is None or is_fresh(date, published)) and any(
        index.kind(a) in ("person", "organization") for a in agents)
    place = attached_place(tok, sent, places, lead, trig.type, participants, index) \
        or seat_place(agents, index, sent, places)
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    event = Event(id="", type=trig.type, label="", cameo=trig.cameo, plover=trig.plover, date=date,
                  place=place, agents=agents, recipients=recipients, participants=participants,
                  modality=mod, confidence=0.0, evidence=[Evidence(text, start, start + len(text))],
                  trigger=tok.text)
    event.confidence = _confidence(trig.strength, event)
    # working notes for date inheritance and merging, dropped when the event is finished
    note_tense(event, tok, sent, dates)
    event._past = event._past and not answered
    # "X, which joined the pact in 2007, criticised Y": a relative clause tells background, it does not
    # move the narration's day on (kb.extract.maindate)
    event._recalled = event._recalled or clause_verb(tok).dep_ == "relcl"
    event._sent_no = sent_no
    event._aside = eventnouns.on_sidelines(tok)
    event._para = text_of(tok.doc).count("\n\n", 0, sent.start_char)
    event._parties = set(agents + recipients + others)  # named as parties, not only in a title
    event._told_again = told
    event._tok = tok.i
    event._channel = _speech_channel(tok, trig)
    return event


def _between_collectives(noun, parties: list[str], index: ActorIndex) -> bool:
    """Whether a meeting is held by states alone, or talks by two or more states, bodies or groups
    (the talks of one body alone are a session of it; "NATO held a meeting with X" stays a meeting)."""
    kinds = [index.kind(p) for p in dict.fromkeys(parties)]
    if not kinds:
        return False
    return all(k == "country" for k in kinds) or noun.lemma_.lower() == "talk" and len(kinds) > 1 \
        and set(kinds) <= COLLECTIVE_KINDS


def _speech_channel(tok, trig) -> bool:
    """"X said in a statement ...", "announced the measures": an act of speech that only carries
    news, rather than being the news (see kb.extract.eventmerge.fold_channels)."""
    if trig.type != "Statement":
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and tok.head.head.lemma_.lower() in SPEECH_VERBS
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and match_trigger(c) is None
               and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children) for c in tok.children)


def _aim_at_earlier(tok, event: Event, earlier: list[Event], index: ActorIndex) -> None:
    """"Yeltsin condemned the attack": a reaction to an event named with "the" is aimed at whoever
    carried out the last such event told as done before (its agents, else its non-recipient
    parties); one only planned or feared ("plans to attack diplomats") was not done. "Welcomed
    the accords" is aimed at the parties of the agreements told as signed (kb.extract.agreementreactions)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return
    aimed = agreement_parties(tok, event, earlier, index)
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        # the noun names a kind of event whatever its context ("the trip" needs no "to X" here)
        kinds = {t.type for t in triggers().get((obj.lemma_.lower(), "n"), [])} \
            if any(d.lower_ in POINTERS for d in obj.children) else set()
        aimed += next((d for e in reversed(earlier) if e.type in kinds and e.modality == "asserted"
                       for d in [doers(e)] if d), [])
    aimed = [d for d in dict.fromkeys(aimed) if d not in event.participants]
    event.recipients += aimed
    event.participants += aimed


def _confidence(strength: float, event: Event) -> float:
    score = 0.5 * strength + 0.15 * bool(event.agents) + 0.1 * (len(event.participants) > 1)
    score += 0.1 * (event.date is not None) + 0.1 * (event.place is not None)
    score -= 0.05 * (event.modality != "asserted")
    return round(min(max(score, 0.05), 0.99), 2)


def _acts_for_state(index: ActorIndex, person_id: str, when) -> bool:
    """Whether a person holds a state office on the event's day (`when`; None for an undated
    event: the article's): a senator, an opposition leader or a former president speaks for
    himself, not for his country."""
    roles = [r.lower() for r in roles_on(index.by_id[person_id], when)]
    return any(any(w in r for w in OFFICE_WORDS) and not any(w in r for w in PRIVATE_WORDS)
               for r in roles)


def _add_host(event: Event, index: ActorIndex) -> None:
    """A visit is to the country it takes place in: that country is its recipient."""
    if event.place is None or not event.place.country:
        return
    entry = gazetteer.country_by_code(event.place.country)
    if entry is None:
        return
    at = event.date.earliest if event.date is not None else None
    capital = event.place.name in entry.metonyms  # Belgrade stood for Yugoslavia, Novi Sad did not
    host = index.state(gazetteer.as_of(entry, at, "metonym" if capital else "name").alpha3)
    if host is None or host in event.participants or host in index.countries_of(event.agents):
        return
    event.recipients.append(host)
    event.participants.append(host)


def label_for(event: Event, index: ActorIndex) -> str:
    """A short human label: "Summit: George W. Bush, Vladimir Putin (Sochi)"."""
    kind = re.sub(r"(?<!^)(?=[A-Z])", " ", event.type).capitalize()
    persons = [p for p in event.participants if index.kind(p) == "person"]
    shown = persons or event.participants
    names = [index.by_id[p].name if p in index.by_id else p for p in shown][:4]
    label = f"{kind}: {', '.join(names)}"
    return f"{label} ({event.place.name})" if event.place else label


def _finish(event: Event, index: ActorIndex, article_id: str | None) -> None:
    places = [p for p in getattr(event, "_places", [event.place]) if p is not None]
    places = [p for p in places if p.start is not None] or places  # the text beats the dateline
    if places:
        names = [p.name for p in places]
        event.place = max(places, key=lambda p: (names.count(p.name), p.geonames is not None))
    if event.type in PERSONAL_TYPES:  # "U.S. President X met Y": the United States did not
        parties = getattr(event, "_parties", set())
        event.participants = [p for p in event.participants if index.kind(p) != "country" or p in parties]
    else:  # a head of state signs or threatens for the state
        event.participants = union(event.participants, [], index)
        officials = [p for p in event.participants if index.kind(p) == "person" and _acts_for_state(index, p, event.date)]
        states = [index.state(index.by_id[p].country) for p in officials if index.by_id[p].country]
        event.participants += [s for s in dict.fromkeys(states) if s and s not in event.participants]
    if event.type == "Visit":
        _add_host(event, index)
    event.participants = [p for p in event.participants if p in index.by_id or ":" in p]
    # Sides are among the participants: what the rules above left out (a country beside its own
    # leader, a state that only titles a person at a meeting) leaves the sides too.
    event.agents = [p for p in event.agents if p in event.participants]
    event.recipients = [p for p in event.recipients if p in event.participants]
    event.label = label_for(event, index)
    event.id = event_key(event.type, event.date.value if event.date else None,
                         sorted(event.participants), event.place.name if event.place else None,
                         event.modality, scope=article_id)
    for attr in ("_places", "_past", "_sent_no", "_para", "_elsewhen", "_parties", "_told_again",
                 "_points_back", "_channel", "_aside", "_tok", "_reported"):
        event.__dict__.pop(attr, None)
