"""Where a remark is told to be made when its sentence names no city: at a venue of no named city
("at the embassy", "at a news conference": CITYLESS_VENUES, which kb.extract.scenes looks for among
the occasions an act is told at) or before an audience its speaker faces ("told reporters", "spoke
to journalists", "told the crowd": audiences_faced).

Such a venue or audience is met where the speaker is that day, so kb.extract.scenes places the
remark in the city of the day's other acts, or in the dateline's city. An audience says nothing of
that when it is met elsewhere or from afar: a named body or chamber sits in its own seat, an
audience told with a place or occasion of its own is met there, a speaker on a trip meets the
press on the way, and a remark by video link or telephone is made anywhere.
"""
from __future__ import annotations

from kb.extract.clauses import clause_verb, subject
from kb.extract.phrases import SPOKESMEN

# Venues and occasions an act is told at without a city ("at the embassy", "at a news conference"):
# they lend it the city of its day (participants.STATE_BUILDINGS is another matter: who is a party).
CITYLESS_VENUES = {"embassy", "consulate", "airport", "palace", "residence", "hotel", "hall", "headquarters",
                   "mosque", "church", "cathedral", "memorial", "conference", "briefing", "ceremony", "session"}
ADDRESSING = {"tell", "address", "brief"}  # "told a news conference": the object is the gathering
SPEAKING_TO = {"speak", "talk"}  # "spoke to reporters": the gathering is the object of "to"
# The press a remark is made to ("told reporters", "spoke to journalists"): like a news conference,
# they are met where the speaker is that day, a place the sentence leaves untold.
PRESS_AUDIENCES = {"reporter", "journalist", "correspondent", "newsman"}
# Audiences a speaker faces in person ("told the delegates", "told the crowd", "addressed the
# house"): met where the speaker is, as a news conference is. A named chamber ("the European
# Parliament", "the UN General Assembly") sits in its own seat, so is no audience of this kind;
# nor is "the council", which news names for a body of its own seat.
FACED_AUDIENCES = {"delegate", "crowd", "gathering", "house", "parliament", "assembly", "legislature",
                   "audience", "rally"}
# An audience told with a place or an occasion of its own ("told a rally in the west", "told
# delegates at the summit") is met there, not where the speaker's day is otherwise placed.
AUDIENCE_SETTING_PREPS = {"in", "at", "of", "on", "aboard", "from"}
SETTING_PREPS = {"at", "aboard", "from"}  # the same told on the saying verb
TRIP_NOUNS = {"visit", "trip", "tour", "journey", "way", "stopover"}  # "X, on a visit to Y, told reporters"
# Means of speaking from afar ("told the summit by video link", "spoke to reporters in a conference
# call"): the speaker is not with the audience, so the audience says nothing of where he was.
REMOTE_MEANS = {"video", "videolink", "telephone", "phone", "teleconference", "videoconference", "call",
                "link", "satellite"}
# Titles of people who speak for their state abroad: their briefings are not in the home capital.
ENVOY_TITLES = {"ambassador", "envoy", "representative", "emissary", "consul", "delegate"}
# Verbs telling a person travelling ("flew home", "left for X", "who is travelling in Asia"): he
# is no longer where he was, and the press he speaks to meets him on the way (kb.extract.scenes).
TRAVELLING_VERBS = {"fly", "return", "travel", "go", "head", "leave", "depart", "arrive", "move", "drive"}
# Bodies that sit in one city: a remark told to them is made where they sit ("told the council",
# "told parliament"): a named body's seat, or a state's chamber in its capital.
SITTING_BODIES = {"council", "parliament", "assembly", "legislature", "congress", "senate", "house"}
# Who speaks for a state from its ministry at home, and the briefings a ministry holds on a schedule:
# a foreign state's remark so told is not made where a story abroad was filed (kb.extract.scenes).
HOME_SPEAKERS = SPOKESMEN | {"ministry"}
SCHEDULED = {"regular", "daily", "weekly", "routine"}
# Every word an addressed gathering is named by: a venue, the press, an audience faced.
_AUDIENCE_WORDS = CITYLESS_VENUES | PRESS_AUDIENCES | FACED_AUDIENCES


def audiences_faced(trigger) -> list:
    """The gatherings the speaker addresses in person ("told a news conference", "addressed a
    session", "spoke to reporters"), none when the saying is done from afar, told at a setting of
    its own or on a trip."""
    verb = clause_verb(trigger)
    if verb.lemma_.lower() not in ADDRESSING | SPEAKING_TO or _spoken_from_afar(verb) or _setting_told(verb) \
            or _speaker_on_a_trip(verb):
        return []
    return [n for n in _addressed(verb) if n.lemma_.lower() in _AUDIENCE_WORDS and _met_in_person(n)]


def bodies_addressed(trigger) -> list:
    """The sitting bodies a remark is told to ("told the council", "addressed parliament", "spoke
    to the Security Council"): a council, a chamber or an assembly, named or not."""
    return [n for n in _addressed(clause_verb(trigger)) if n.lemma_.lower() in SITTING_BODIES]


def _addressed(verb) -> list:
    """The nouns a verb of speaking addresses: its object ("told the council") or what it speaks to."""
    lemma = verb.lemma_.lower()
    addressed = [c for c in verb.children if c.dep_ == "dobj"] if lemma in ADDRESSING else []
    if lemma in SPEAKING_TO:
        addressed += [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                      for n in p.children if n.dep_ == "pobj"]
    return addressed


def of_a_named_body(noun) -> bool:
    """"a session of the UN General Assembly", "a meeting of the OAS council": a body's gathering."""
    return any(t.ent_type_ == "ORG" for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for t in p.subtree)


def told_by_an_envoy(trigger) -> bool:
    """Whether the act's subject carries an envoy's title ("the ambassador to the UN, X, told")."""
    speaker = subject(clause_verb(trigger))
    if speaker is None:
        return False
    return any(t.lemma_.lower() in ENVOY_TITLES for t in speaker.subtree if t.dep_ != "relcl")


def _met_in_person(audience) -> bool:
    """Whether an addressed audience is one the speaker faces where his day is: not a named body
    or one of a named state ("told the European Parliament", "told the Ugandan parliament", "told
    Reporters Without Borders"), nor one told with a place or occasion of its own ("told delegates
    at the summit", "told a rally in the west")."""
    named = audience.ent_type_ != "" or any(c.ent_type_ != "" for c in audience.children if c.dep_ != "prep") \
        or (audience.lemma_.lower() in PRESS_AUDIENCES and audience.is_title and not audience.is_sent_start)
    setting = any(c.dep_ == "prep" and c.lower_ in AUDIENCE_SETTING_PREPS for c in audience.children)
    return not named and not setting and not _taken_along(audience)


def _taken_along(audience) -> bool:
    """"told reporters travelling with him", "journalists accompanying her": the press on the
    speaker's trip meets him on the way, not in a city the article names."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in TRAVELLING_VERBS | {"accompany"} for c in audience.children)


def briefed_at_home(trigger, venues: list) -> bool:
    """Whether a remark is told as a state's own briefing, given where its ministry sits: by a
    spokesman or a ministry ("foreign ministry spokesman X told a news briefing"), or at a
    briefing held on a schedule ("told a regular news briefing", "the daily briefing")."""
    speaker = subject(clause_verb(trigger))
    spokesman = speaker is not None and any(t.lemma_.lower() in HOME_SPEAKERS for t in speaker.subtree)
    return spokesman or any(c.dep_ == "amod" and c.lower_ in SCHEDULED for v in venues for c in v.children)


def _setting_told(verb) -> bool:
    """"told delegates at an African Union meeting", "told reporters aboard his plane": the saying
    is told at an occasion or a place of its own, which no venue of the day's city is (a venue of
    no named city, "at the embassy", is placed by the day's city instead)."""
    return any(p.dep_ == "prep" and p.lower_ in SETTING_PREPS and any(
        n.dep_ == "pobj" and n.lemma_.lower() not in CITYLESS_VENUES for n in p.children) for p in verb.children)


def _speaker_on_a_trip(verb) -> bool:
    """"X, who is on a visit to Addis Ababa, told reporters", "X, on a trip to Asia, told":
    the words about the speaker put him on a trip, so the press met him there."""
    speaker = subject(verb)
    return speaker is not None and any(
        (t.pos_ == "NOUN" and t.lemma_.lower() in TRIP_NOUNS)
        or (t.pos_ == "VERB" and t.lemma_.lower() in TRAVELLING_VERBS) for t in speaker.subtree)


def _spoken_from_afar(verb) -> bool:
    """Whether the saying, or the participle it is told with ("speaking by video link, X told"),
    was done by video, telephone or a conference call."""
    stack, seen = [verb], []
    while stack:  # the saying's own words, with its participles, not what was said (a ccomp)
        cur = stack.pop()
        seen.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in ("ccomp", "relcl", "conj"))
    return any(t.lemma_.lower() in REMOTE_MEANS and t.pos_ == "NOUN" for t in seen)
