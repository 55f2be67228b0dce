"""Dates carried to an event from elsewhere in its sentence or paragraph, and kept from crossing a
shift in time (kb.extract.dates, eventdate, maindate). The sentences are our own, each built around the
structure a rule reads rather than after any article's wording."""
from __future__ import annotations

from datetime import datetime

from kb.extract.dates import extract_dates
from tests.extract_support import nlp, parse

SATURDAY = datetime(2019, 10, 19)  # "on Monday" is 2019-10-14
FRIDAY = datetime(2019, 10, 18)


def _dates(text: str, published: datetime = SATURDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(nlp()(text), published)]


def _date_of(text: str, trigger: str, published: datetime = SATURDAY) -> str | None:
    events = parse(text, published)[-1]
    event = next(e for e in events if e.trigger == trigger)
    return event.date.value if event.date else None


def test_a_focus_word_before_a_date_leaves_the_date():
    assert _dates("Only last week, India urged Pakistan to free the pilot.")[0][1] == "2019-10"
    assert _dates("Just last month, India urged Pakistan to free the pilot.")[0][1] == "2019-09"
    assert _dates("India urged Pakistan for only two weeks.") == []  # a length of time, not a date


def test_within_hours_is_the_day_named_before():
    found = _dates("Kenyan troops crossed the border on Monday. Within hours Uganda recalled its envoy.")
    assert found[-1] == ("Within hours", "2019-10-14")
    assert _dates("Within hours Uganda recalled its envoy.") == []  # no day named before: nothing to count from


def test_the_same_day_counts_from_the_narrated_day_not_a_clause_on_a_noun():
    text = ("Kenya expelled the envoy on Wednesday, blaming the junta that seized power on Monday. "
            "Uganda recalled its envoy the same day.")
    assert _dates(text)[-1] == ("the same day", "2019-10-16")
    counted_on = ("Syria freed the hostages on Thursday, three days before talks in Geneva opened. "
                  "Jordan reopened its embassy the same day.")
    assert _dates(counted_on)[-1] == ("the same day", "2019-10-17")  # not the Sunday the talks opened


def test_a_participle_on_a_noun_tells_the_narrated_day_unless_long_before():
    held = "The ministers went to the talks opened in Rome on Tuesday. The rebels laid down their arms the same day."
    assert _dates(held)[-1] == ("the same day", "2019-10-15")
    sealed = "Kenya walked out of the pact sealed on 2 May 1998. Uganda recalled its envoy the same day."
    assert _dates(sealed) == [("on 2 May 1998", "1998-05-02")]  # the pact's history, not the story's day


def test_the_same_day_after_only_background_days_is_no_date():
    assert _dates("Kenya expelled the envoy of the junta that seized power on Monday. "
                  "Uganda recalled its envoy the same day.") == [("on Monday", "2019-10-14")]


def test_a_condition_gives_a_yearless_date_no_past_tense():
    published = datetime(1990, 11, 30)
    assert _dates("Greece threatens a veto if Turkey has not recalled its drilling ship by January 15.",
                  published)[0][1] == "1991-01-15"
    assert _dates("The drilling ship had sailed home by January 15.", published)[0][1] == "1990-01-15"
    assert _dates("Ankara will respond unless the army pulls back by March 3.")[0][1] == "2020-03-03"


def test_a_past_verb_under_until_or_if_keeps_the_past():
    assert _dates("The truce lasted until militia fighters shelled the port on March 3.")[0][1] == "2019-03-03"
    assert _dates("If the army had not pulled back by March 3, the envoys would have walked out.")[0][1] == "2019-03-03"
    assert _dates("The blockade stays until the envoys meet again on March 3.")[0][1] == "2020-03-03"


LEAD = "India and China signed a border pact in Beijing on Friday.\n\n"


def test_a_time_word_of_a_later_verb_does_not_shift_the_first():
    text = LEAD + "Their foreign ministers met over dinner and subsequently walked along the river."
    assert _date_of(text, "met", FRIDAY) == "2019-10-18"
    assert _date_of(LEAD + "Subsequently their foreign ministers met over dinner.", "met", FRIDAY) is None


def test_what_is_told_within_a_dated_occasion_takes_its_date():
    text = "France and Turkey held a video call on Saturday during which Macron criticised Erdogan over the arrests."
    assert _date_of(text, "criticised") == "2019-10-19"
    later = datetime(2019, 11, 8)  # the Saturday is old news: only the occasion's own clause could date it
    assert _date_of("Macron described a video call during which he criticised Erdogan over the arrests, aides said "
                    "on Saturday.", "criticised", later) is None


def test_a_participle_on_the_subject_dates_every_verb_of_its_chain():
    text = ("Saudi Arabia and Bahrain, meeting in Riyadh on Monday, condemned Iran over the tanker seizures and agreed "
            "that their navies would patrol together.")
    assert _date_of(text, "condemned") == "2019-10-14"
    assert _date_of(text, "agreed") == "2019-10-14"
    gathered = ("The Swedish and Danish premiers, gathered in Oslo on Monday, condemned Russia over the blockade and "
                "recalled their ambassadors from Moscow.")
    assert _date_of(gathered, "recalled") == "2019-10-14"


def test_the_errand_of_a_journey_takes_its_date():
    assert _date_of("The Indian prime minister flew to Beijing on Monday to meet Hu Jintao.", "meet") == "2019-10-14"
    assert _date_of("The Turkish president travelled to Baku on Wednesday to sign a pipeline deal with Azerbaijan.",
                    "sign") == "2019-10-16"


def test_what_a_pact_sets_for_later_does_not_take_its_date():
    assert _date_of("India and China signed a pact on Monday to withdraw their troops from the border.",
                    "withdraw") is None


def test_a_verb_after_a_dated_errand_shares_it():
    text = "Putin and Merkel met face to face in Sochi on Monday and signed a gas deal."
    assert _date_of(text, "signed") == "2019-10-14"


def test_a_with_clause_shares_the_time_of_its_verb():
    text = "The EU shelved the embargo on Tuesday, with Hungary vetoing any new sanctions on Russia."
    assert _date_of(text, "vetoing") == "2019-10-15"


def test_a_verb_coordinated_in_an_as_clause_shares_the_time():
    text = "Serbia shut its airspace on Tuesday as Kosovo protested and Albania recalled its ambassador."
    assert _date_of(text, "recalled") == "2019-10-15"
    # a new paragraph: the day is no time its narration named (kb.extract.paragraphtime)
    assert _date_of("Serbia shut its airspace on Tuesday.\n\nAlbania recalled its ambassador and Kosovo protested.",
                    "recalled") is None


def test_the_act_of_a_first_one_is_the_act_of_the_clause_that_makes_it():
    text = ("Putin touched down in Beijing on Sunday afternoon, making him the first Russian leader to visit China in "
            "a decade.")
    assert _date_of(text, "visit", datetime(2019, 10, 21)) == "2019-10-20"
    apposed = "Merkel met Putin on Sunday, the first Russian leader to visit Germany in a decade."
    assert _date_of(apposed, "visit", datetime(2019, 10, 21)) is None  # a title of the person met, not this act


def test_an_infinitive_on_a_noun_is_not_of_the_clause_time():
    text = "Thousands marched through Berlin on Saturday against the plan of NATO to deploy troops in Poland."
    assert _date_of(text, "deploy", datetime(2019, 10, 21)) is None
