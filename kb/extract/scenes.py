"""The scene of events whose own text names no place, taken from the rest of the article.

Each way is tied to an occasion or to people, never to the article as a whole:
- an event that names again an occasion told before with its place ("opened the summit",
  "her address at the banquet", talks on a summit's sidelines, words said on leaving a signing)
  happened there;
- an act of the kind of one told before, on its day and with a party in common, is part of it
  ("the league voted on Saturday ... three states voted against");
- an act named again with a definite noun in the next sentences takes the place told there
  ("X and Y agreed on Friday ... The agreement was announced in Beijing");
- an act told at a venue of no named city ("at the embassy", "during a press briefing", "told a
  briefing"; kb.extract.remark_venues reads which) happened in the one city where the article's
  acts of that day, or the day before, took place; failing that, if it is not told by an envoy
  abroad and is news of the last days told by people of the state the article was filed from,
  or news of the article's day or the day before told by anyone, in the dateline's city;
- where the people of an event were placed that day, or the day before, by an event told with
  its place ("X arrived in Hanoi on Thursday ... X is due to hold talks on Friday") is where
  they acted;
- a remark told to a sitting body ("told the Security Council", "told parliament") was made where
  it sits.
A phone call or a military act is done at a distance, and a country is no one who can be
somewhere: only persons and bodies are placed.
"""
from __future__ import annotations

from bisect import bisect_right

from kb import gazetteer
from kb.extract.clauses import DEFINITE, clause_verb, conj_root, has_subject
from kb.extract.counterparts import modifier_states
from kb.extract.eventplace import GATHERING_TYPES, act_locative, actor_seat, as_place, clause_tokens
from kb.extract.lexicon import AGREEMENT_NOUNS, triggers
from kb.extract.casualties import MILITARY_TYPES
from kb.extract.places import capital_name, datelines, is_venue, specificity
from kb.extract.remark_venues import (CITYLESS_VENUES, TRAVELLING_VERBS, audiences_faced, bodies_addressed,
                                      briefed_at_home, of_a_named_body, told_by_an_envoy)
from kb.model import Event, Place, TimeValue

DISTANT_TYPES = MILITARY_TYPES | {"PhoneCall"}
# Acts done together at one occasion: two of one kind on one day, with a party in common, are one.
SHARED_TYPES = GATHERING_TYPES | {"Vote"}
# Nouns naming an occasion people attend, whatever the kind of event held at it.
OCCASION_NOUNS = {"ceremony", "conference", "session", "gathering", "forum", "celebration", "funeral",
                  "inauguration", "reception", "dinner", "banquet", "signing"}
ARRIVING_VERBS = {"fly", "jet", "come", "drive", "sail"}  # "flew in", "came in": arrived where the reporter is
# "at the ceremony", "during the talks", "on the sidelines of the summit"
AT_OCCASION_PREPS = {"at", "during", "on", "in"}
# "said after the signing", "spoke before the talks": words said on leaving or entering an occasion
# are said where it is held, on its day ("two days after the talks" is not)
AROUND_OCCASION_PREPS = {"after", "before"}
OCCASION_DAYS = 3  # the longest a summit or a conference runs
LATER_SENTENCES = 3  # how far on an act told in the lead is still talked about as "the agreement"
STAY_DAYS = 1  # a person placed on a day is still there the next day, not later
# How old the news told at a home venue may be, in days before the article's date: an article
# filed in the morning tells the day before's briefing, which may itself tell of the eve.
HOME_NEWS_DAYS = STAY_DAYS + 1
# A foreigner's remark at a venue of no named city is placed where the story was filed only when it is
# news of the article's day or the day before: the press that reports it met him there.
FOREIGN_NEWS_DAYS = 1
WEEK_DAYS = 7  # how far ahead a trip told as news ("will fly in next week") may be


def inherit_places(raw: list[Event], index, places: list[Place]) -> None:
    """Give each event without a place of its own the place of the occasion it names again, the
    place told where it is named again, or where its people were (see module doc); `raw` is in
    text order, `places` are the article's place mentions."""
    whereabouts: dict[str, tuple[Place, TimeValue]] = {}
    sents = list(index.doc.sents)
    starts = [sent.start for sent in sents]     # found by bisection: Token.sent walks the parse each time
    for pos, event in enumerate(raw):
        at = bisect_right(starts, event._tok) - 1
        for actor in _on_the_move(event, sents[at], index):
            whereabouts.pop(actor, None)  # "flew back to X on Tuesday and criticised Y": no longer there
        if event.place is None and event.type not in DISTANT_TYPES:
            earlier = raw[:pos]
            event.place = _occasion_place(event, earlier, index) or _same_act_that_day(event, earlier[::-1]) \
                or _place_told_later(event, index, places, sents[at + 1:at + 1 + LATER_SENTENCES]) \
                or _where_people_were(event, whereabouts, index) or _venue_in_the_day_s_city(event, earlier, index) \
                or _venue_at_home(event, index, places) or _flown_in(event, index, places, sents, at) \
                or _seat_addressed(event, index, places)
        _place_people(event, whereabouts, index)


def _same_act_that_day(event: Event, told: list[Event]) -> Place | None:
    """"The league voted on Saturday to suspend X ... X, Y and Z voted against": an act done
    together (a vote, talks, a signing) of the kind of one told before, on its day and with a party
    in common, is part of it. Two statements on one matter are not one act. `told` runs back from
    the event."""
    if not _is_day(event.date) or event.type not in SHARED_TYPES:
        return None
    return next((e.place for e in told if e.place is not None and e.type == event.type
                 and _is_day(e.date) and e.date.earliest == event.date.earliest
                 and set(e.participants) & set(event.participants)), None)


def _venue_in_the_day_s_city(event: Event, earlier: list[Event], index) -> Place | None:
    """"... dismissed the report at a news conference late at night", "will talk again at the
    embassy on Sunday": an act told at a venue of no named city happened in the one city where
    the article's acts of that day, or the day before, took place, if one of the act's own side
    took part in them (a third state's spokesman at home, criticising talks abroad that day, was
    not at the talks)."""
    trigger = index.doc[event._tok]
    if not _is_day(event.date) or not _at_cityless_venue(trigger):
        return None
    acting = _with_states(_side(event), index)
    cities = {e.place.name: e.place for e in earlier if e.place is not None and specificity(e.place) <= 2
              and _is_day(e.date) and 0 <= (event.date.earliest - e.date.earliest).days <= STAY_DAYS
              and acting & _with_states(e.participants, index)}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _venue_at_home(event: Event, index, places: list[Place]) -> Place | None:
    """"The minister told a press briefing on Monday": an act of the news days told at a venue of
    no named city, by people of the state the article was filed from, happened in the dateline's
    city. A foreigner's is placed there only when it is news of the article's day or the day
    before ("the visiting minister told reporters", "the commander of the force told reporters"):
    the press that reports it met him where the story was filed; an older remark of his may have
    been made anywhere, at his home most likely, and so was a state's own briefing, by its
    spokesman or ministry or held on a schedule ("foreign ministry spokesman X told a regular
    news briefing": in his capital). Not an envoy's ("the Russian ambassador to the UN told a
    news conference"): he speaks abroad; nor at a gathering of a named body ("a session of the
    UN General Assembly"), which sits in its seat."""
    lines = datelines(places)
    days = _days_before(event, index)
    if len(lines) != 1 or days is None or not 0 <= days <= HOME_NEWS_DAYS:
        return None
    trigger = index.doc[event._tok]
    venues = _cityless_venues(trigger)
    if not venues or any(of_a_named_body(n) for n in venues) or told_by_an_envoy(trigger):
        return None
    if lines[0].country in _home_states(event, index):
        return lines[0]
    return lines[0] if days <= FOREIGN_NEWS_DAYS and not briefed_at_home(trigger, venues) else None


def _flown_in(event: Event, index, places: list[Place], sents: list, at: int) -> Place | None:
    """"The minister flew in on Monday", "will fly in for the talks": a trip of the news days told
    with "in" and no destination comes to where the reporter is, the dateline's city, when the
    traveller is a foreigner there and neither its sentence nor the one before names another town
    it may come to ("talks open in Montreux ... Lavrov will fly in"; a country named there is
    mostly where someone came from, a venue is in the dateline's city; a leader "flying in"
    to his own capital is coming home from elsewhere). Not "flew in food" (an airlift: "in" takes
    an object), nor a trip told with its destination ("flew in to Lagos" has a place of its own)."""
    lines = datelines(places)
    if event.type != "Visit" or len(lines) != 1 or not _of_the_news_days(event, index):
        return None
    verb = clause_verb(index.doc[event._tok])
    arrives = verb.lemma_.lower() in ARRIVING_VERBS and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "in" for c in verb.children)
    if not arrives:
        return None
    travellers = _home_states(event, index)
    told = sents[max(at - 1, 0)].start_char, sents[at].end_char
    elsewhere = any(p.start is not None and told[0] <= p.start < told[1] and p.name != lines[0].name
                    and specificity(p) <= 2 and not is_venue(p)
                    and p.country not in travellers for p in places)
    return lines[0] if travellers and lines[0].country not in travellers and not elsewhere else None


def _seat_addressed(event: Event, index, places: list[Place]) -> Place | None:
    """"X told the Security Council", "the minister told parliament": a remark told to a sitting
    body is made where it sits: a named body's seat, or a state's own chamber in its capital. A
    chamber named by no body is the speaker's own only where the article was filed from his state
    or the chamber is told as his state's ("told the Kenyan house"): an envoy in Washington telling
    the House speaks to another state's chamber."""
    for body in bodies_addressed(index.doc[event._tok]):
        ids = index.resolve(body)
        entry = next(filter(None, (actor_seat(index.by_id.get(a)) for a in ids)), None)
        if entry is not None:
            return as_place(entry)
        if ids or body.lemma_.lower() == "council":
            continue  # a named body of no known seat, or a council of no named body: not placed
        states = _states_of(event.agents, index) - {None}
        state = gazetteer.country_by_code(states.pop()) if len(states) == 1 else None
        if state is None or not (_filed_from(state, places) or _told_as_of(body, state)):
            continue
        capital = capital_name(state)
        entry = gazetteer.place(capital) if capital else None
        if entry is not None:
            return as_place(entry)
    return None


def _filed_from(state, places: list[Place]) -> bool:
    """Whether the article's one dateline is a place of the state (a gazetteer country entry)."""
    lines = datelines(places)
    return len(lines) == 1 and lines[0].country == state.alpha3


def _told_as_of(noun, state) -> bool:
    """Whether a noun is told as the state's by a word before it ("the Kenyan house")."""
    return any(entry.alpha3 == state.alpha3 for entry, _ in modifier_states(noun))


def _of_the_news_days(event: Event, index) -> bool:
    """Whether the event is not told with a date away from the news: undated, or dated to a day
    from a few days before the article to a week after."""
    if event.date is None or event.date.earliest is None:
        return True
    days = _days_before(event, index)
    return days is not None and -WEEK_DAYS <= days <= HOME_NEWS_DAYS


def _days_before(event: Event, index) -> int | None:
    """How many days before the article's date the event is dated, None unless dated to a day."""
    if not _is_day(event.date) or index.when is None:
        return None
    return (index.when - event.date.earliest).days


def _home_states(event: Event, index) -> set:
    """The states the event's present people and bodies belong to."""
    return _states_of(_present(event, index), index)


def _states_of(actor_ids, index) -> set:
    """The states (alpha-3 codes, None for an actor of none) of the known actors among `actor_ids`."""
    return {index.by_id[a].country for a in actor_ids if a in index.by_id}


def _cityless_venues(trigger) -> list:
    """The venues of no named city the act is told at ("at the embassy") and the gatherings the
    speaker addresses in person ("told a news conference", "spoke to reporters")."""
    occasions = [n for n in _occasions_of(trigger) if n.lemma_.lower() in CITYLESS_VENUES]
    return occasions + audiences_faced(trigger)


def _at_cityless_venue(trigger) -> bool:
    """Whether the act is told at a venue of no named city or to a gathering it addresses."""
    return bool(_cityless_venues(trigger))


def _with_states(actor_ids, index) -> set[str]:
    """The actors with the states their people and bodies belong to."""
    codes = _states_of(actor_ids, index)
    return set(actor_ids) | {index.country_id(code) for code in codes if code} - {None}


def _place_told_later(event: Event, index, places: list[Place], later: list) -> Place | None:
    """"X and Y agreed on Friday to ... The agreement was announced in Beijing": the place told
    where the act is named again, with a definite noun, in one of the next sentences (`later`).
    An act dated only by its year is background, recalled before the news goes on: the next
    sentences' "the treaty" is about the news, not where it was once agreed."""
    if event.date is not None and event.date.precision == "year":
        return None
    for sent in later:
        for noun in (t for t in sent if _definite(t) and event.type in _kinds_told(t)):
            place = act_locative(noun, sent, places, event.participants, index)
            if place is not None:
                return place
    return None


def _on_the_move(event: Event, sent, index) -> set[str]:
    """The event's people whom its sentence (`sent`) tells travelling ("flew home", "left for X")."""
    movers: set[str] = set()
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in TRAVELLING_VERBS):
        subject = next((c for c in conj_root(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            movers |= set(index.resolve(subject))
    return movers & set(_present(event, index))


def _side(event: Event) -> list[str]:
    """Who was where the event happened: the acting side, and at a gathering everyone."""
    return event.participants if event.type in GATHERING_TYPES else event.agents


def _present(event: Event, index) -> list[str]:
    """The persons and bodies of the event's side (states are not somewhere)."""
    return [a for a in _side(event) if index.kind(a) in ("person", "organization")]


def _place_people(event: Event, whereabouts: dict, index) -> None:
    if event.place is None or event.type in DISTANT_TYPES or not _is_day(event.date):
        return
    for actor in _present(event, index):
        whereabouts[actor] = (event.place, event.date)


def _where_people_were(event: Event, whereabouts: dict, index) -> Place | None:
    """The one place the event's people were placed on its day or the day before."""
    if not _is_day(event.date):
        return None
    found = {}
    for actor in _present(event, index):
        place, when = whereabouts.get(actor, (None, None))
        if place is not None and 0 <= (event.date.earliest - when.earliest).days <= STAY_DAYS:
            found[place.name] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _occasion_place(event: Event, earlier: list[Event], index) -> Place | None:
    """The place of the occasion the event names again with a definite noun: the trigger itself
    ("opened the summit") or the occasion its clause is held at ("her address at the banquet")."""
    trigger = index.doc[event._tok]
    for noun in [trigger] + _occasions_of(trigger, AROUND_OCCASION_PREPS):
        if not _definite(noun):
            continue
        around = noun.dep_ == "pobj" and noun.head.lower_ in AROUND_OCCASION_PREPS
        if around and any(c.dep_ == "npadvmod" for c in noun.head.children):
            continue  # "two days after the talks": not on leaving them
        kinds = _kinds_named(noun)
        told = next((e for e in reversed(earlier) if e.place is not None and e.type in kinds
                     and (_on_its_day(e.date, event.date) if around else _near(e.date, event.date))), None)
        if told is not None:
            return told.place
    return None


def _occasions_of(trigger, around: set[str] = frozenset()) -> list:
    """Nouns of the trigger's clause it is said to happen at ("spoke at the ceremony", "met on the
    sidelines of the summit"), also of the clause a subjectless infinitive or participle hangs on
    ("used her address at the dinner to attack ..."); with `around`, also those it is said just
    after or before ("said after the signing")."""
    verb = clause_verb(trigger)
    clause = clause_tokens(trigger)
    if verb.dep_ in ("xcomp", "advcl") and not has_subject(verb):
        clause |= clause_tokens(verb.head)
    out = []
    at = AT_OCCASION_PREPS | around
    for tok in sorted(clause):
        noun = trigger.doc[tok]
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is None or (prep.lower_ not in at and prep.lower_ != "of"):
            continue
        if prep.lower_ == "of":  # "the sidelines of the summit": the outer noun must be where
            outer = prep.head
            if outer.dep_ != "pobj" or outer.head.lower_ not in at:
                continue
        out.append(noun)
    return out


def _definite(noun) -> bool:
    """A noun naming something already known: "the summit", "Monday's ceremony", "his speech"."""
    return noun.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _kinds_told(noun) -> set[str]:
    """The event kinds a noun names as an act: its trigger kinds, a signing for an agreement noun."""
    lemma = noun.lemma_.lower()
    kinds = {t.type for t in triggers().get((lemma, "n"), [])}
    return kinds | {"AgreementSigned"} if lemma in AGREEMENT_NOUNS else kinds


def _kinds_named(noun) -> set[str]:
    """The event kinds a noun names: its own trigger kinds, or any gathering for an occasion noun."""
    lemma = noun.lemma_.lower()
    if lemma in OCCASION_NOUNS:
        return GATHERING_TYPES | {"LeadershipChange"}
    kinds = {t.type for t in triggers().get((lemma, "n"), [])}
    return kinds & GATHERING_TYPES


def _on_its_day(occasion: TimeValue | None, act: TimeValue | None) -> bool:
    """Whether an act told just after or before an occasion is of its day: either is undated, or
    both are dated to the same day."""
    if act is None or act.earliest is None or occasion is None or occasion.earliest is None:
        return True
    return _is_day(occasion) and _is_day(act) and occasion.earliest == act.earliest


def _near(a: TimeValue | None, b: TimeValue | None) -> bool:
    """Whether two dates can be days of one occasion (a summit lasts days, not years)."""
    if a is None or b is None or a.earliest is None or b.earliest is None:
        return a is None or b is None
    return abs((a.earliest - b.earliest).days) <= OCCASION_DAYS and a.precision == b.precision == "day"


def _is_day(date: TimeValue | None) -> bool:
    return date is not None and date.precision == "day" and date.earliest is not None
