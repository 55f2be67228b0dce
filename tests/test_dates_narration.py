"""Dates the narration gives an act that has none of its own (kb.extract.dates, eventdate, maindate):
parts of the day told from publication, counts of days before an "after" clause, a clause told
right after a dated act, the news of the day the lead dates, a warning told as what a sayer said
would come, and a new paragraph that goes on from an older run; each rule also kept from crossing a
shift in time. The sentences and paragraphs are our own."""
from __future__ import annotations

from datetime import datetime

from kb.extract.dates import extract_dates
from tests.extract_support import nlp, parse

SATURDAY = datetime(2019, 10, 19)  # "on Monday" is 2019-10-14, "on Friday" 2019-10-18


def _dates(text: str, published: datetime = SATURDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(nlp()(text), published)]


def _dated(text: str, published: datetime = SATURDAY) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.trigger, e.date.value if e.date else None) for e in parse(text, published)[-1]]


def test_parts_of_the_day_are_told_from_publication():
    assert _dates("The council met last night and will meet again tonight.") == [
        ("last night", "2019-10-18"), ("tonight", "2019-10-19")]
    assert _dates("This morning the envoy flew home.") == [("This morning", "2019-10-19")]
    assert _dates("The talks ran late into the night.") == []  # a night, not a day told from publication


def test_a_date_run_into_a_count_of_days_is_cut_in_two():
    text = ("Turkish troops crossed into Georgia on Oct. 9, three days after the Georgian parliament "
            "voted to expel the Turkish ambassador.")
    assert _dates(text) == [("on Oct. 9", "2019-10-09"), ("three days", "2019-10-06")]


def test_a_count_before_after_dates_the_clause_it_opens_not_its_host():
    text = ("An Indian airman was seized on Friday after Pakistani fighters shot down his jet "
            "a day after Indian bombers bombed a camp in Pakistan.")
    dated = {(kind, trigger): date for kind, trigger, date in _dated(text)}
    assert dated[("MilitaryAction", "shot")] == "2019-10-18"  # right after: the seizure's day
    assert dated[("MilitaryAction", "bombed")] == "2019-10-17"  # a day before the day named
    assert _dates("Talks between India and Pakistan resumed on Monday after a pause.") == [
        ("on Monday", "2019-10-14")]  # no count: the pause is not dated


def test_a_clause_told_right_after_a_dated_act_shares_its_day():
    shot = _dated("A Russian airman was held on Friday after Turkish fighters shot down his bomber over Georgia.")
    assert ("MilitaryAction", "shot", "2019-10-18") in shot
    hours = _dated("Dmitry Medvedev took the oath as president on Monday, hours after Russian soldiers invaded Georgia.")
    assert ("MilitaryAction", "invaded", "2019-10-14") in hours
    # after a comma a bare "after" gives a cause, which may be older: no date for it
    cause = _dated("NATO struck Russian positions on Monday, the first strike of the war, after Putin "
                   "rejected the peace plan.")
    assert all(date is None for kind, trigger, date in cause if trigger == "rejected")


def test_a_present_perfect_takes_no_past_date_of_another_clause():
    text = "Georgia says the border was fixed by a treaty in 1921 and has asked the United Nations to uphold it."
    assert all(date is None for kind, trigger, date in _dated(text) if trigger == "asked")
    assert ("Appeal", "asked", "2021") in _dated(text.replace("has asked", "asked").replace("in 1921", "in 2021"),
                                                 datetime(2021, 6, 1))


def test_the_lead_dates_the_news_of_the_day_when_no_act_of_it_was_found():
    text = ("Ukraine became a republic at midnight on Friday in a ceremony in Kiev.\n\n"
            "Angela Merkel, addressing the guests, praised Ukraine for its patience.")
    assert ("Praise", "praised", "2019-10-18") in _dated(text)
    background = text.replace("praised Ukraine", "had long praised Ukraine")
    assert all(date is None for kind, trigger, date in _dated(background) if trigger == "praised")


def test_a_claim_said_in_the_present_is_not_news_of_the_day():
    text = ("France recalled its ambassador from Turkey on Friday.\n\n"
            "Turkey says its troops entered Georgia at the request of the Georgian government.")
    assert all(date is None for kind, trigger, date in _dated(text) if trigger == "entered")


def test_a_warning_of_what_would_come_is_told_at_the_saying():
    text = ("Pakistan will free the Indian pilot on Sunday, Ali Khan said on Friday. He urged India not "
            "to strike its camps, warning that Pakistan would retaliate.")
    dated = _dated(text)
    assert ("Appeal", "urged", "2019-10-18") in dated  # a plan for Sunday leaves the narration on Friday
    assert any(kind == "Threat" and date == "2019-10-18" for kind, trigger, date in dated)
    recalled = text.replace("warning that Pakistan would", "after Pakistan had warned that it would")
    assert not any(kind == "Threat" and date == "2019-10-18" for kind, trigger, date in _dated(recalled))


def test_a_paragraph_with_no_date_goes_on_from_an_older_run_before_it():
    lead = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"
    run = ("On Oct. 2, Qatar closed its border with Saudi Arabia. The next day Riyadh recalled its "
           "envoy from Doha.\n\n")
    later = "The Chinese government criticised Qatar for the closure."
    old = _dated(lead + run + later)
    assert all(date is None for kind, trigger, date in old if trigger == "criticised")
    fresh = _dated(lead + run.replace("Oct. 2", "Thursday").replace("The next day", "On Friday") + later)
    assert any(date == "2019-10-18" for kind, trigger, date in fresh if trigger == "criticised")


def test_an_act_after_a_recalled_coarser_time_is_of_that_run():
    lead = "Qatar closed its border with Saudi Arabia on Friday.\n\n"
    recalled = ("The closure, which Qatar first threatened in a speech earlier this month, has divided the Gulf. "
                "China criticised Saudi Arabia for its silence.")
    assert ("Criticism", "criticised", "2019-10") in _dated(lead + recalled)
    plain = "The closure has divided the Gulf. China criticised Saudi Arabia for its silence."
    assert ("Criticism", "criticised", "2019-10-18") in _dated(lead + plain)


def test_a_date_set_off_right_after_a_verb_is_its_own():
    # the parser hangs "in 2016" on "worsened" here; set off right after "refused", it is the refusal's
    text = "The feud had worsened after Iran refused, in 2016, the verdict of an arbitration panel on Qatar."
    assert ("Rejection", "refused", "2016") in _dated(text)
    plain = "The feud had worsened in 2016 after Iran refused the verdict of an arbitration panel on Qatar."
    assert all(date is None for kind, trigger, date in _dated(plain) if trigger == "refused")


def test_an_act_a_sayer_reports_leaves_the_narration_at_the_saying():
    lead = "Ali Khan admitted on Friday that Pakistani agents attacked an Indian post in July.\n\n"
    said = '"It was a mistake," Ali Khan said in a statement to India.'
    assert ("Statement", "statement", "2019-10-18") in _dated(lead + said)
    told = lead + "In July Pakistani agents attacked an Indian post. India condemned the attack."
    assert all(date is None for kind, trigger, date in _dated(told) if trigger == "condemned")


def test_every_verb_told_within_a_dated_occasion_takes_its_date():
    text = "Putin and Erdogan held a call on Friday in which Erdogan hailed the talks and accused Ukraine of delays."
    assert ("Accusation", "accused", "2019-10-18") in _dated(text)


def test_at_the_time_carries_no_day_of_the_run():
    closed = "Russia closed its border with Georgia on Oct. 9. "
    recalled = "Georgia had asked for talks in September. "
    then = _dated(closed + recalled + "At the time, Russia warned Georgia of reprisals.")
    assert all(date is None for kind, trigger, date in then if kind == "Threat")
    assert ("Threat", "warned", "2019-10-09") in _dated(closed + "Russia also warned Georgia of reprisals.")
