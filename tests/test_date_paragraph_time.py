"""A paragraph that names its time but tells no dated act: its undated acts told in the simple past
are of that time, not the news of the day (kb.extract.paragraphtime, maindate; rule 2 of the gold's
dates: the run of one dated episode). The sentences are our own."""
from __future__ import annotations

from datetime import datetime

from tests.extract_support import dates_on

SATURDAY = datetime(2019, 10, 19)  # "on Friday" is 2019-10-18
LEAD = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"


def _dates_of(text: str, trigger: str) -> list[str | None]:
    return dates_on(text, trigger, SATURDAY)


def test_a_year_heading_a_paragraph_dates_its_run():
    text = LEAD + "In 2015 the two states fought a short war at sea. Saudi Arabia recalled its envoy from Tehran."
    assert _dates_of(text, "recalled") == ["2015"]
    # the year told of a noun in a relative clause is that noun's, not the paragraph's: the news of the day
    noun = LEAD + ("The gulf, which the two navies patrolled in 2015, is calm. Saudi Arabia recalled its "
                   "envoy from Tehran.")
    assert _dates_of(noun, "recalled") == ["2019-10-18"]


def test_a_day_counted_from_the_narration_dates_the_acts_after_it():
    run = ("On Oct. 2, Qatar closed its border with Saudi Arabia.\n\n"
           "Tensions rose sharply the following day. Saudi Arabia summoned the Qatari ambassador.")
    assert _dates_of(LEAD + run, "summoned") == ["2019-10-03"]


def test_a_time_someone_recalls_or_reports_leaves_the_paragraph_where_it_was():
    recalled = LEAD + "The envoy said he had met the minister in 2015. Saudi Arabia recalled its envoy from Tehran."
    assert _dates_of(recalled, "recalled") == ["2019-10-18"]
    counted = LEAD + ("The border reopened on Friday, three years after the war ended. Saudi Arabia recalled "
                      "its envoy from Tehran.")
    assert _dates_of(counted, "recalled") == ["2019-10-18"]


def test_a_time_to_come_dates_no_act_told_in_the_past():
    planned = LEAD + "New talks are due to open on Monday. Saudi Arabia recalled its envoy from Tehran."
    assert _dates_of(planned, "recalled") == ["2019-10-18"]


def test_a_time_not_told_in_the_simple_past_dates_no_run():
    # a timetable in the present, though its month is past: the treaty's time, not the narration's
    timetable = LEAD + "The naval treaty expires in March 2019. Saudi Arabia recalled its envoy from Tehran."
    assert _dates_of(timetable, "recalled") == ["2019-10-18"]
    # a participle opening the sentence tells its subject's past
    participle = LEAD + ("Appointed in 2016, the Saudi envoy served in Tehran for years. Saudi Arabia "
                         "recalled its envoy from Tehran.")
    assert _dates_of(participle, "recalled") == ["2019-10-18"]


def test_a_year_naming_a_noun_dates_no_run():
    named = LEAD + "Under the pact of 2015, the two navies shared the gulf. Saudi Arabia recalled its envoy from Tehran."
    assert _dates_of(named, "recalled") == ["2019-10-18"]
