"""Dates the narration gives an act that has none of its own (kb.extract.dates, eventdate, maindate):
parts of the day told from publication, counts of days before an "after" clause, a clause told
right after a dated act (not a cause told of other parties), the news of the day the lead dates, a
warning told as what a sayer said would come, and a new paragraph that goes on from an older run;
each rule also kept from crossing a shift in time. The sentences and paragraphs are our own."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.extract.dates import extract_dates
from kb.extract.events import extract_events
from tests.extract_support import make_actors, nlp, parse

SATURDAY = datetime(2019, 10, 19)  # "on Monday" is 2019-10-14, "on Friday" 2019-10-18
# a lead that dates its news with no act of it found, and a paragraph that goes on from it
SITTING = ("Kiev's new parliament held its first sitting on Friday, with crowds outside.\n\n"
           "Greeting the deputies by video, Angela Merkel praised Ukraine for its patience.")


def _dates(text: str, published: datetime = SATURDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(nlp()(text), published)]


def _dated(text: str, published: datetime = SATURDAY) -> list[tuple[str, str, str | None]]:
    return _triples(parse(text, published)[-1])


def _triples(events) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.trigger, e.date.value if e.date else None) for e in events]


def _dates_of(dated: list[tuple[str, str, str | None]], trigger: str) -> list[str | None]:
    """The dates of the events on `trigger`, after checking there is one: an undated event must
    still be found for its test to mean anything."""
    found = [date for kind, word, date in dated if word == trigger]
    assert found, f"no event on {trigger!r} in {dated}"
    return found


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
    text = "Turkish jets bombed a Russian base on Friday, two days after Russian gunners shot down a Turkish drone."
    dated = {(kind, trigger): date for kind, trigger, date in _dated(text)}
    assert dated[("MilitaryAction", "bombed")] == "2019-10-18"
    assert dated[("MilitaryAction", "shot")] == "2019-10-16"  # two days before the day named
    assert _dates("Talks between France and Turkey resumed on Monday after a pause.") == [
        ("on Monday", "2019-10-14")]  # no count: the pause is not dated


def test_a_clause_told_right_after_a_dated_act_shares_its_day():
    # one sequence: what a passive host's subject underwent, the same party acting again, what the host's
    # object did, what was said at a gathering that then broke up
    done_to = _dated("A French envoy was detained on Friday after Iranian guards attacked his convoy near Tehran.")
    assert ("MilitaryAction", "attacked", "2019-10-18") in done_to
    same_party = _dated("Chinese ships blockaded the port on Monday after they attacked Indian boats.")
    assert ("MilitaryAction", "attacked", "2019-10-14") in same_party
    object_acts = _dated("Russia expelled the Chinese ambassador on Monday after the ambassador criticised Putin.")
    assert ("Criticism", "criticised", "2019-10-14") in object_acts
    at_the_talks = _dated("The Geneva talks broke up on Friday after the Russian delegate warned that Moscow "
                          "would quit the treaty.")
    assert ("Threat", "warned", "2019-10-18") in at_the_talks
    hours = _dated("The Russian consul left Tbilisi on Monday, hours after Georgia expelled two Russian diplomats.")
    assert ("Expulsion", "expelled", "2019-10-14") in hours
    # after a comma a bare "after" gives a cause, which may be older: no date for it
    cause = _dated("NATO struck Russian positions on Monday, the first strike of the war, after Putin "
                   "rejected the peace plan.")
    assert _dates_of(cause, "rejected") == [None]


def test_a_cause_told_by_other_parties_after_an_act_is_not_of_its_day():
    # a mob's attack, or an expulsion, may come days before the break or the recall it causes
    attacked = _dated("Qatar cut ties with Iran on Sunday after an Iranian mob attacked its consulate in Mashhad.")
    assert ("BreakRelations", "cut", "2019-10-13") in attacked
    assert _dates_of(attacked, "attacked") == [None]
    called_off = _dated("The talks were called off on Friday after Russian jets bombed a Turkish base.")
    assert _dates_of(called_off, "bombed") == [None]  # a gathering acted on from outside
    expelled = _dated("Germany recalled its envoy on Monday after Beijing expelled two German diplomats.")
    assert _dates_of(expelled, "expelled") == [None]


def test_a_present_perfect_takes_no_past_date_of_another_clause():
    text = "Georgia says the border was fixed by a treaty in 1921 and has asked the United Nations to uphold it."
    assert _dates_of(_dated(text), "asked") == [None]
    assert ("Appeal", "asked", "2021") in _dated(text.replace("has asked", "asked").replace("in 1921", "in 2021"),
                                                 datetime(2021, 6, 1))


def test_the_lead_dates_the_news_of_the_day_when_no_act_of_it_was_found():
    assert ("Praise", "praised", "2019-10-18") in _dated(SITTING)
    background = SITTING.replace("praised Ukraine", "had long praised Ukraine")
    assert _dates_of(_dated(background), "praised") == [None]


def test_the_lead_day_is_read_afresh_for_each_publication_date():
    doc, actors = nlp()(SITTING), make_actors(SITTING)

    def praised_on(published: datetime) -> list[str | None]:
        return _dates_of(_triples(extract_events(doc, actors, extract_dates(doc, published), [], published)), "praised")

    assert praised_on(SATURDAY) == ["2019-10-18"]
    assert praised_on(datetime(2019, 10, 26)) == ["2019-10-25"]  # the same doc, a week later: that Friday


def test_a_claim_said_in_the_present_is_not_news_of_the_day():
    text = ("France recalled its ambassador from Turkey on Friday.\n\n"
            "Turkey says its troops entered Georgia at the request of the Georgian government.")
    assert _dates_of(_dated(text), "entered") == [None]


def test_a_warning_of_what_would_come_is_told_at_the_saying():
    text = ("Qatar will hand back the detained Saudi crew on Sunday under a deal, Qatari officials said on "
            "Friday. Addressing parliament, the emir pressed Riyadh to end its blockade, warning that Qatar "
            "would shut its airspace to Saudi planes.")
    dated = _dated(text)
    assert ("Appeal", "pressed", "2019-10-18") in dated  # a plan for Sunday leaves the narration on Friday
    assert ("Threat", "warning", "2019-10-18") in dated
    recalled = text.replace("warning that Qatar would", "after Qatar had warned that it would")
    assert _dates_of(_dated(recalled), "warned") == [None]


def test_a_paragraph_with_no_date_goes_on_from_an_older_run_before_it():
    lead = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"
    run = ("On Oct. 2, Qatar closed its border with Saudi Arabia. The next day Riyadh recalled its "
           "envoy from Doha.\n\n")
    later = "The Chinese government criticised Qatar for the closure."
    old = _dated(lead + run + later)
    assert _dates_of(old, "criticised") == [None]
    fresh = _dated(lead + run.replace("Oct. 2", "Thursday").replace("The next day", "On Friday") + later)
    assert "2019-10-18" in _dates_of(fresh, "criticised")


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
    assert _dates_of(_dated(plain), "refused") == [None]


def test_an_act_a_sayer_reports_leaves_the_narration_at_the_saying():
    lead = "Ali Khan admitted on Friday that Pakistani agents attacked an Indian post in July.\n\n"
    said = '"It was a mistake," Ali Khan said in a statement to India.'
    assert ("Statement", "statement", "2019-10-18") in _dated(lead + said)
    told = lead + "In July Pakistani agents attacked an Indian post. India condemned the attack."
    assert _dates_of(_dated(told), "condemned") == [None]


def test_every_verb_told_within_a_dated_occasion_takes_its_date():
    text = "Putin and Erdogan held a call on Friday in which Erdogan hailed the talks and accused Ukraine of delays."
    assert ("Accusation", "accused", "2019-10-18") in _dated(text)


def test_at_the_time_carries_no_day_of_the_run():
    closed = "Russia closed its border with Georgia on Oct. 9. "
    recalled = "Georgia had asked for talks in September. "
    then = _dated(closed + recalled + "At the time, Russia warned Georgia of reprisals.")
    assert _dates_of(then, "warned") == [None]
    assert ("Threat", "warned", "2019-10-09") in _dated(closed + "Russia also warned Georgia of reprisals.")


def test_a_count_of_months_or_years_dates_its_clause_at_the_count_s_unit():
    years = ("Bolivia broke off ties with Chile in March 2019, almost two years after Chilean troops crossed "
             "the border. The rupture surprised the region.")
    assert ("MilitaryDeployment", "crossed", "2017") in _dated(years)
    months = "Bolivia broke off ties with Chile on Monday, three months after Chilean troops crossed the border."
    assert ("MilitaryDeployment", "crossed", "2019-07") in _dated(months)
    # a day is no unit a count of years can be taken from with more precision than its own
    assert _dates("Bolivia recalled its envoy in 2019, three months after Chile closed the border.") == [
        ("in 2019", "2019")]
    # no date named before the count, or the count a span of its own: nothing counted
    assert _dates("Two years after Chilean troops crossed the border, Bolivia broke off ties.") == []
    assert _dates("The talks dragged on for two years after the summit opened.") == []


def test_a_day_said_to_be_coming_in_a_would_clause_is_ahead():
    coming = "The Chilean minister said on Thursday that the disputed islets would be handed back to Bolivia on Sunday."
    assert _dates(coming) == [("on Thursday", "2019-10-17"), ("on Sunday", "2019-10-20")]
    done = "The Chilean minister said on Thursday that the disputed islets were handed back to Bolivia on Sunday."
    assert _dates(done) == [("on Thursday", "2019-10-17"), ("on Sunday", "2019-10-13")]
    unreal = "The Chilean minister said that Bolivian troops would have landed on Sunday without the truce."
    assert _dates(unreal) == [("on Sunday", "2019-10-13")]


def test_a_day_told_on_an_act_ordered_dates_the_order():
    order = ("Sweden ordered the Iranian ambassador to leave the country on Friday. The Iranian embassy "
             "called the move hostile.")
    assert ("Expulsion", "ordered", "2019-10-18") in _dated(order)
    deadline = "Sweden ordered the Iranian ambassador to leave the country by Friday."
    assert _dates_of(_dated(deadline), "ordered") == [None]



def test_a_season_is_the_year_on_the_side_of_publication_its_tense_gives():
    assert _dates("Sweden and Iran met secretly in Oslo in the autumn to draft the pact.") == [
        ("in the autumn", "2019")]
    assert _dates("Iran said the talks would resume in the spring.") == [("in the spring", "2020")]
    january = datetime(2020, 1, 10)
    assert _dates("Sweden and Iran held secret talks in the summer.", january) == [("in the summer", "2019")]
    # a season naming a thing, not a time, is no date
    assert _dates("The rebels prepared the spring offensive for months.") == []


def test_a_day_before_the_would_clause_is_the_saying_s():
    assert _dates("Chile's cabinet declared on Thursday the fishing pact with Peru would lapse.") == [
        ("on Thursday", "2019-10-17")]
    assert _dates("Chile told its annual summer news conference on Monday that it would cope.") == [
        ("on Monday", "2019-10-14")]  # "summer" before a noun is no season of a year


THURSDAY_NEWS = datetime(2008, 9, 12)  # "on Thursday" is 2008-09-11


@pytest.mark.parametrize("link, value", [("hours after", "2008-09-11"), ("a day after", "2008-09-10")])
def test_the_next_act_of_the_same_party_in_an_after_clause_shares_its_day(link, value):
    text = f"Pakistan expelled India's envoy on Thursday, {link} India closed the border and accused Pakistan of arming rebels."
    assert _dates_of(_dated(text, THURSDAY_NEWS), "accused") == [value]


def test_an_act_of_another_party_after_the_clause_is_not_counted_with_it():
    text = ("Pakistan expelled India's envoy on Thursday, a day after India closed the border, "
            "and China accused Pakistan of overreacting.")
    assert _dates_of(_dated(text, THURSDAY_NEWS), "accused") == ["2008-09-11"]  # the main clause's Thursday


def test_another_side_s_reaction_opening_a_paragraph_answers_the_news_not_the_older_run():
    lead = "Iran expelled the Saudi ambassador on Friday, Iranian officials said.\n\n"
    run = ("On Oct. 2, Turkey and Georgia signed a trade pact in Ankara. The next day Georgia recalled its "
           "envoy from Pakistan.\n\n")
    other_side = _dated(lead + run + "China condemned Iran for the expulsion.")
    assert "2019-10-18" in _dates_of(other_side, "condemned")
    # a reaction naming a party of the older run's last act answers that run: no day of the news
    its_party = _dated(lead + run + "India condemned Georgia for the recall.")
    assert _dates_of(its_party, "condemned") == [None]
    # nor does one naming that act itself, a party or none: "the recall", "the move"
    for answer in ("NATO condemned the recall.", "NATO criticised the move."):
        assert _dates_of(_dated(lead + run + answer), answer.split()[1]) == [None]



def test_a_time_word_qualifying_another_noun_does_not_shift_the_clause():
    lead = "Kiev's new parliament held its first sitting on Friday, with crowds outside.\n\n"
    applause = _dated(lead + "Angela Merkel praised Ukraine for its patience, drawing long applause.")
    assert ("Praise", "praised", "2019-10-18") in applause
    election = _dated(lead + "Angela Merkel accused Russia of meddling in Ukraine's October election.")
    assert ("Accusation", "accused", "2019-10-18") in election
    # on the trigger itself, or as the clause's own adverb, the word still places the act
    earlier = _dated(lead + "Angela Merkel had long praised Ukraine for its patience.")
    assert _dates_of(earlier, "praised") == [None]
    own = _dated(lead + "Angela Merkel accused Russia in October of meddling in Ukraine.")
    assert ("Accusation", "accused", "2019-10") in own
    # an "earlier" on the noun an "after" clause names qualifies that noun: the act is the news of the day
    incident = _dated(lead + "Ukraine recalled its envoy from Russia after an earlier incident.")
    assert ("BreakRelations", "recalled", "2019-10-18") in incident


def test_a_time_in_what_a_sayer_reported_is_not_the_saying_s():
    lead = "Kiev's new parliament held its first sitting on Friday, with crowds outside.\n\n"
    reported = _dated(lead + "Angela Merkel told reporters that Russian troops had crossed into Ukraine in September.")
    assert ("Statement", "told", "2019-10-18") in reported  # the saying is the news of the day
    own = _dated(lead + "Angela Merkel told reporters in September that Russian troops had crossed into Ukraine.")
    assert ("Statement", "told", "2019-09") in own


def test_a_deadline_set_on_an_act_is_not_the_day_of_the_act_setting_it():
    deadline = _dated("The tribunal gave Iran until Friday to free the French sailors.")
    assert _dates_of(deadline, "gave") == [None]
    by_day = _dated("Iran ordered the French envoy to leave Tehran by Friday.")
    assert all(date is None for _, _, date in by_day), by_day
    on_day = _dated("Iran ordered the French envoy on Friday to leave Tehran.")
    assert "2019-10-18" in _dates_of(on_day, "ordered")
    # the act to come may take its deadline
    to_come = _dated("Ali Khan said Pakistan will free the Indian pilot by Friday.")
    assert _dates_of(to_come, "free") == ["2019-10-25"]
