"""Disputes: framed topics, canonical slugs, parties as countries, status, links to events."""
from datetime import datetime

import pytest

from kb.extract.disputes import extract_disputes
from kb.model import Actor
from tests.extract_support import parse, seed_text

PUB = datetime(2021, 3, 2)


def _disputes(text, published=PUB):
    doc, actors, _, _, events = parse(text, published)
    return extract_disputes(doc, actors, events, published), events


@pytest.fixture(scope="module")
def seed():
    doc, actors, _, _, events = parse(seed_text(), dateline="Sochi")
    return extract_disputes(doc, actors, events, datetime(2008, 4, 7)), events


def test_seed_missile_defense_between_usa_and_russia_unresolved(seed):
    disputes, _ = seed
    by_id = {d.id: d for d in disputes}
    missile = by_id["dispute:missile-defense"]
    assert missile.topic == "missile defense"
    assert set(missile.parties) == {"country:USA", "country:RUS"}
    assert missile.status == "unresolved"
    assert missile.evidence and all(e.text for e in missile.evidence)
    assert "missile" in missile.status_evidence.text.lower()


def test_seed_other_disputes_do_not_count_their_topics_as_parties(seed):
    disputes, _ = seed
    by_id = {d.id: d for d in disputes}
    assert {"dispute:kosovo", "dispute:nato-enlargement", "dispute:iran"} <= set(by_id)
    assert "org:nato" not in by_id["dispute:nato-enlargement"].parties
    assert "country:XKX" not in by_id["dispute:kosovo"].parties
    assert by_id["dispute:kosovo"].status == "ongoing"


def test_seed_summit_concerns_missile_defense(seed):
    _, events = seed
    summit = next(e for e in events if e.type == "Summit")
    assert summit.disputes == ["dispute:missile-defense"]
    assert all(not e.disputes for e in events if e.type == "Praise")


def test_kashmir_ceasefire_article():
    text = ("India and Pakistan agreed on a ceasefire along the Line of Control on February 25, 2021. "
            "Tensions over Kashmir have run high since 2019. The two countries later held talks in "
            "Geneva but failed to resolve their dispute over Kashmir.")
    disputes, events = _disputes(text)
    (kashmir,) = disputes
    assert (kashmir.id, kashmir.status) == ("dispute:kashmir", "unresolved")
    # the status is read from the sentence that says the talks failed, and that sentence is kept
    said = kashmir.status_evidence
    assert said.text.startswith("The two countries later held talks") and text[said.start:said.end] == said.text
    assert set(kashmir.parties) == {"country:IND", "country:PAK"}
    talks = next(e for e in events if e.type in ("Meeting", "Negotiation"))   # "held talks": either reading
    assert talks.disputes == ["dispute:kashmir"]


def test_resolved_and_canonical_topics():
    text = ("Russia and Ukraine settled their row over gas prices on Tuesday. "
            "Germany welcomed the end of the gas dispute.")
    disputes, _ = _disputes(text)
    (gas,) = disputes
    assert (gas.id, gas.status) == ("dispute:gas-supplies", "resolved")
    assert {"country:RUS", "country:UKR"} <= set(gas.parties)


def test_aliases_fold_into_one_topic():
    text = ("Russia and the United States remain at odds over the missile defence shield. "
            "The missile shield dispute has soured ties between Moscow and Washington.")
    disputes, _ = _disputes(text)
    assert [d.id for d in disputes] == ["dispute:missile-defense"]
    assert disputes[0].status == "ongoing" or disputes[0].status == "unresolved"


def test_hypothetical_resolution_is_not_resolved():
    text = "Turkey and France could resolve their dispute over the genocide bill if Paris withdraws it."
    disputes, _ = _disputes(text)
    (bill,) = disputes
    assert bill.status == "ongoing"
    assert bill.topic == "genocide bill"


def test_no_dispute_without_framing():
    text = "Germany and France discussed missile defense. They sat in a row at the dinner."
    disputes, _ = _disputes(text)
    assert disputes == []


def test_one_dispute_across_two_articles_keeps_each_status_report(tmp_path, settings):
    """Issue 4 item 6: two articles on one dispute give one dispute IRI with two status reports."""
    import json

    from kb import timelines
    from kb.pipeline import ingest_paths
    from kb.store import open_store
    from kb.vocab import DKB

    records = [
        {"id": "kashmir-a", "title": "India and Pakistan trade charges over Kashmir",
         "published": "2021-03-02T09:00:00Z",
         "text": "NEW DELHI (Reuters) - India accused Pakistan on Tuesday of arming militants. Tensions "
                 "over Kashmir have run high since 2019, and the two countries have held no talks since."},
        {"id": "kashmir-b", "title": "Kashmir talks end without a deal",
         "published": "2021-06-10T09:00:00Z",
         "text": "GENEVA (Reuters) - Indian and Pakistani officials met in Geneva on Thursday but failed "
                 "to resolve their dispute over Kashmir, both governments said."},
    ]
    path = tmp_path / "kashmir.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    store = open_store("memory:")
    report = ingest_paths(store, [path], settings)
    assert not report.failed
    rows = store.query("SELECT ?d ?r WHERE { ?d a %s ; %s ?r }" % (DKB.Dispute.n3(), DKB.statusReport.n3()))
    by_dispute: dict[str, set[str]] = {}
    for row in rows.rows:
        by_dispute.setdefault(str(row["d"]), set()).add(str(row["r"]))
    kashmir = [d for d in by_dispute if d.endswith("/dispute/kashmir")]
    assert len(kashmir) == 1 and len(by_dispute[kashmir[0]]) == 2
    history = timelines.run_timeline(store, "dispute_history", {"dispute": kashmir[0]})
    assert [(r["date"], r["status"]) for r in history.rows] == [("2021-03-02", "ongoing"),
                                                                 ("2021-06-10", "unresolved")]


def test_topics_without_a_framing_noun():
    text = ("Saudi Arabia and Iran traded blame over the war in Syria on Tuesday. "
            "Qatar broke off diplomatic relations with Iran. "
            "France warned that Iran must not build nuclear weapons.")
    disputes, _ = _disputes(text)
    by_id = {d.id: d for d in disputes}
    assert by_id["dispute:syria-conflict"].topic == "war in Syria"
    assert {"country:SAU", "country:IRN"} <= set(by_id["dispute:syria-conflict"].parties)
    assert "dispute:iran-nuclear-programme" in by_id
    assert not any(d.topic.endswith("diplomatic relations") for d in disputes)   # named only by its sides


def test_aspects_of_one_dispute_between_the_same_countries_merge():
    text = ("India and Pakistan remain at odds over water sharing. "
            "The water sharing row between India and Pakistan deepened after the two sides "
            "failed to agree on the use of the rivers.")
    disputes, _ = _disputes(text)
    assert len(disputes) == 1
    assert disputes[0].id.endswith("--ind-pak")   # a topic in its own words carries its parties


def test_a_coup_is_named_after_the_state_it_happens_in():
    text = ("Turkey's army seized power on Friday. Security forces in Turkey have killed hundreds of "
            "protesters since the coup. Germany and France called for calm.")
    disputes, _ = _disputes(text)
    assert [(d.id, d.topic) for d in disputes] == [("dispute:turkey-coup", "Turkey coup")]
    assert disputes[0].parties[0] == "country:TUR"


def test_an_uprising_takes_the_state_the_article_is_about_not_one_named_beside_it():
    text = ("Turkish protesters forced the president from office on Friday. The revolt, inspired by "
            "the fall of Georgia's leader, began on March 3. Turkey's army took charge in Turkey.")
    (uprising,) = _disputes(text)[0]
    assert (uprising.id, uprising.topic) == ("dispute:turkey-revolt", "Turkey revolt")
    assert uprising.parties[0] == "country:TUR"


def test_an_accusation_in_one_word_is_named_after_its_sides():
    (spying,) = _disputes("France expelled 90 Russian diplomats on Friday, accusing them of espionage.")[0]
    assert spying.topic == "France-Russia espionage"
    assert set(spying.parties) == {"country:FRA", "country:RUS"}


def test_a_war_needs_two_known_sides():
    assert _disputes("Bush spoke on Friday about Germans still missing from the war.")[0] == []
    (war,) = _disputes("India and Pakistan agreed on Friday to end the war.")[0]
    assert (war.topic, war.status) == ("India-Pakistan war", "ongoing")   # agreed to end: not yet ended


def test_the_two_neighbours_are_the_articles_main_pair():
    text = ("Pakistan will return the Indian soldier to calm the deadliest border confrontation between the "
            "feuding neighbours.")
    (standoff,) = _disputes(text)[0]
    assert standoff.topic == "India-Pakistan border"
    assert set(standoff.parties) == {"country:IND", "country:PAK"}


def test_an_armed_group_is_a_side_of_its_own():
    text = "Colombia and the FARC signed a deal on Monday ending a war that has displaced millions."
    doc, actors, _, _, events = parse(text, PUB)
    actors += [Actor(id="country:COL", name="Colombia", kind="country", country="COL", mentions=[(0, 8)]),
               Actor(id="group:farc", name="FARC", kind="group", country="COL", mentions=[(17, 21)])]
    (war,) = extract_disputes(doc, actors, events, PUB)
    assert (war.topic, war.status) == ("Colombia-FARC war", "resolved")
    assert set(war.parties) == {"country:COL", "group:farc"}


def test_a_peace_agreement_between_the_parties_resolves_their_dispute():
    text = ("India and Pakistan signed a peace agreement on Friday. The conflict over Kashmir has cost "
            "thousands of lives since the late 1980s.")
    (kashmir,) = _disputes(text)[0]
    assert kashmir.status == "resolved" and "peace agreement" in kashmir.status_evidence.text
    (kashmir,) = _disputes(text.replace("peace agreement", "trade agreement"))[0]
    assert kashmir.status == "ongoing"


def test_two_states_estranged_are_not_an_aspect_of_a_war_elsewhere():
    text = ("Qatar and Iran ended a decade of estrangement over the gas field on Friday. The United States welcomed "
            "efforts to end the war in Syria, where Qatar backs the rebels and Iran the government.")
    disputes, _ = _disputes(text)
    assert {d.topic for d in disputes} == {"gas field", "war in Syria"}
    assert next(d for d in disputes if d.topic == "gas field").status == "resolved"


def test_a_contested_land_held_by_one_side():
    text = "Pakistan protested after Indian troops fired on villagers in Indian-controlled Kashmir on Friday."
    (kashmir,) = _disputes(text)[0]
    assert kashmir.id == "dispute:kashmir"
    assert {"country:IND", "country:PAK"} <= set(kashmir.parties)


def test_a_cancelled_deal_is_a_dispute_between_the_canceller_and_the_seller():
    text = "France accused Turkey on Thursday of betrayal after Ankara tore up an order for French helicopters."
    (deal,) = _disputes(text)[0]
    assert deal.topic == "cancelled order for French helicopters"
    assert {"country:FRA", "country:TUR"} <= set(deal.parties)


def test_a_revolt_ends_when_the_ruler_steps_down_not_when_he_reshuffles():
    (uprising,) = _disputes("Recep Tayyip Erdogan resigned as president of Turkey on Friday. "
                            "The revolt began on March 3.")[0]
    assert (uprising.topic, uprising.status) == ("Turkey revolt", "resolved")
    assert "resigned" in uprising.status_evidence.text
    (uprising,) = _disputes("Recep Tayyip Erdogan appointed a new prime minister of Turkey on Friday. "
                            "The revolt began on March 3.")[0]
    assert uprising.status == "ongoing"


def test_a_disputed_common_noun_is_named_after_its_sides_even_with_a_region_beside_it():
    text = ("India accused China on Monday of a deadly clash over the disputed border in the Sikkim sector. "
            "Indian and Chinese troops clashed along the disputed border.")
    (border,) = _disputes(text)[0]
    assert border.topic == "China-India disputed border"
    assert set(border.parties) == {"country:IND", "country:CHN"}


def test_a_war_with_no_state_among_its_known_sides_is_not_named():
    assert _disputes("The United Nations and NATO said on Friday that the war must end.")[0] == []


def test_who_brokers_a_settlement_is_no_side_of_the_dispute():
    (gas,) = _disputes("Turkey and Russia settled their row over gas prices in a deal brokered by Germany.")[0]
    assert set(gas.parties) == {"country:TUR", "country:RUS"}
    (gas,) = _disputes("Turkey and Russia settled their row over gas prices in a deal with Germany.")[0]
    assert "country:DEU" in gas.parties


def _with_group(text, name, country):
    doc, actors, _, _, events = parse(text, PUB)
    start = text.index(name)
    actors.append(Actor(id="group:" + name.lower(), name=name, kind="group", country=country,
                        mentions=[(start, start + len(name))]))
    return extract_disputes(doc, actors, events, PUB)


def test_an_armed_groups_war_is_against_its_own_state_when_no_state_is_named():
    text = "After twelve years of war, the FARC and the United Nations signed a settlement on Monday."
    (war,) = _with_group(text, "FARC", "COL")
    assert war.topic == "Colombia-FARC war"
    assert {"country:COL", "group:farc"} <= set(war.parties)
    assert _with_group(text, "FARC", None) == []   # a group of no known state: which war is not said


def test_fighting_in_a_place_between_the_sides_of_a_border_dispute_is_that_dispute():
    fight = " Twenty soldiers were killed in fighting in Sikkim between Indian and Chinese troops on Monday."
    (border,) = _disputes("India and China remain at odds over their disputed border." + fight)[0]
    assert (border.topic, border.status) == ("China-India disputed border", "unresolved")
    # the fighting told twice outweighs the border, which still names the one dispute
    (border,) = _disputes("India and China have a dispute over the border." + fight + " The fighting in Sikkim lasted hours.")[0]
    assert border.topic == "China-India border" and len(border.evidence) == 3
    disputes, _ = _disputes("Pakistan and China have a dispute over the border." + fight)
    assert {d.topic for d in disputes} == {"China-Pakistan border", "fighting in Sikkim"}   # other sides


def test_a_third_state_speaking_of_a_war_between_others_is_no_side_of_it():
    strike = "Pakistan shot down an Indian jet on Monday over the shelling of its border posts. "
    said = "In Washington, officials said on Saturday that India was chiefly to blame for the spreading war."
    (dispute,) = _disputes(strike + said)[0]
    assert set(dispute.parties) == {"country:IND", "country:PAK"}   # the strike's sides, not the speaker
    # a state of the article's main pair speaking of the war is a side of it
    (war,) = _disputes(strike + said.replace("Washington", "Islamabad"))[0]
    assert (war.topic, set(war.parties)) == ("India-Pakistan war", {"country:IND", "country:PAK"})
    # named inside what is said, the state is no speaker
    inside = "In Washington, officials were chiefly to blame for the spreading war, India said on Saturday."
    (war,) = _disputes(strike + inside)[0]
    assert "country:USA" in war.parties
    # over a named matter, a state demanding something of another is a side
    disputes, _ = _disputes(strike + "France warned on Friday that Iran must not build nuclear weapons.")
    nuclear = next(d for d in disputes if d.id == "dispute:iran-nuclear-programme")
    assert {"country:FRA", "country:IRN"} <= set(nuclear.parties)


def test_finding_the_country_an_article_is_about_adds_no_actor():
    """A lookup does not write: the state named only through its leader stays out of the actors
    until a dispute makes it a side."""
    from kb.extract.disputeparties import most_named_state
    from kb.extract.linking import ActorIndex

    doc, actors, _, _, _ = parse("Hu Jintao spoke on Tuesday. Hu said the talks went well.", PUB)
    before = [a.id for a in actors]
    assert most_named_state(ActorIndex(doc, actors)) == "CHN"
    assert [a.id for a in actors] == before == ["person:hu-jintao"]


def test_a_war_whose_sentences_name_one_side_takes_the_sides_of_the_articles_ceasefire():
    text = "India and Pakistan agreed a ceasefire on Monday. Ali Khan became president after pledging to halt the war."
    (war,) = _disputes(text)[0]
    assert war.topic == "India-Pakistan war" and set(war.parties) == {"country:IND", "country:PAK"}
    assert war.status == "ongoing"   # a ceasefire pauses a war; it does not settle it
    assert _disputes("Ali Khan became president after pledging to halt the war.")[0] == []
    assert _disputes("India and Pakistan discussed trade on Monday. Ali Khan became president after pledging "
                     "to halt the war.")[0] == []


@pytest.mark.parametrize("text,status", [
    ("On Thursday India and Pakistan signed a treaty which settles their old quarrel over Kashmir.", "resolved"),
    ("After twenty years of war, India and Pakistan signed a settlement on Thursday.", "resolved"),
    ("After twenty years of war, India and Pakistan are expected to sign a settlement next week.", "ongoing"),
    ("After twenty years of war, India and Pakistan signed a trade pact on Thursday.", "ongoing"),
    ("India and Pakistan met on Thursday to discuss the quarrel over Kashmir, which a treaty could settle.",
     "ongoing"),
    # a settlement that must or need come is not one made
    ("India and Pakistan said on Thursday that the quarrel over Kashmir must be settled through talks.", "ongoing"),
    ("India and Pakistan said on Thursday that the quarrel over Kashmir was settled through talks.", "resolved"),
])
def test_a_quarrel_settled_by_a_treaty_or_a_signed_settlement_is_resolved(text, status):
    (dispute,) = _disputes(text)[0]
    assert dispute.status == status


@pytest.mark.parametrize("text,topic", [
    # a conflict noun with an owner and another side is named after both
    ("India's war with Pakistan dragged on.", "India-Pakistan war"),
    ("India's long war against Pakistan dragged on.", "India-Pakistan long war"),
    ("India is at war with Pakistan.", "India-Pakistan war"),
    ("Turkey decided on Friday to arm India in the middle of its war with Pakistan.", "India-Pakistan war"),
    # a known matter framed as an issue, or quarrelled over, is the topic
    ("India and Pakistan discussed the Kashmir issue on Monday.", "Kashmir"),
    ("Iran and Qatar have long quarrelled over fishing rights in the Gulf.", "fishing rights"),
    ("Iran and Qatar clashed over fishing rights on Monday.", "fishing rights"),
])
def test_a_dispute_named_by_its_sides_or_its_matter_without_a_framing_noun(text, topic):
    (dispute,) = _disputes(text)[0]
    assert dispute.topic == topic


@pytest.mark.parametrize("text", [
    "India's war dragged on.", "India's trade with Pakistan grew.", "Its war dragged on, India said.",
    "India and Pakistan discussed the budget issue on Monday.", "Iran and Qatar argued over dinner on Monday.",
    "Troops clashed with protesters on Monday."])
def test_an_owned_conflict_with_no_other_side_a_common_issue_or_a_clash_over_nothing_is_no_dispute(text):
    assert _disputes(text)[0] == []


def _article_disputes(text):
    """Disputes through the whole pipeline: the gazetteer, not the small test table, names the states."""
    from kb.model import Article
    from kb.pipeline import extract_article
    return extract_article(Article(id="switch", raw_text=text, source="test", published=PUB)).disputes


def _candidate_disputes(text):
    """Disputes through the whole pipeline with those named only by their sides still kept ("Chile-Peru
    diplomatic relations"): how ties cut are read (with whom, when) shows there, and it matters where
    they merge into a dispute named by its matter; that alone they are dropped is tested apart."""
    from unittest import mock
    with mock.patch("kb.extract.disputes._names_only_sides", return_value=False):
        return _article_disputes(text)


def test_ties_cut_with_one_state_to_open_them_with_its_rival_are_a_switch_of_recognition():
    (switch,) = _candidate_disputes("Turkey broke off diplomatic relations with South Korea on Monday and "
                                    "established ties with North Korea.")
    assert (switch.id, switch.topic) == ("dispute:recognition-of-north-korea-or-south-korea",
                                         "recognition of North Korea or South Korea")
    assert set(switch.parties) == {"country:KOR", "country:PRK"}
    for other in ("opened talks", "opened a dialogue"):   # no ties opened: no switch
        (cut,) = _candidate_disputes(f"Turkey broke off diplomatic relations with South Korea on Monday and {other} "
                                   "with North Korea.")
        assert cut.topic == "South Korea-Turkey diplomatic relations"


def test_ties_cut_with_one_state_and_opened_with_a_state_of_another_name_are_no_switch_of_recognition():
    """Only rival governments of one country ("Korea", "Germany", "China") are recognised in place of each other."""
    (cut,) = _candidate_disputes("Turkey cut its diplomatic ties with India on Monday and established relations "
                                 "with Pakistan.")
    assert cut.topic == "India-Turkey diplomatic relations" and set(cut.parties) == {"country:IND", "country:TUR"}


def test_sides_at_odds_over_a_matter_are_a_dispute_about_it():
    (cyprus,) = _disputes("Russia and Turkey remain at odds over Cyprus.")[0]
    assert (cyprus.topic, cyprus.status) == ("Cyprus", "unresolved")
    assert set(cyprus.parties) == {"country:RUS", "country:TUR"}
    (quotas,) = _disputes("India is at loggerheads with Pakistan on fishing quotas.")[0]
    assert quotas.topic == "fishing quotas" and set(quotas.parties) == {"country:IND", "country:PAK"}
    assert _disputes("India and Pakistan were at odds on Monday.")[0] == []
    assert _disputes("The odds of a deal are long, India said.")[0] == []


def test_a_mention_in_the_lead_weighs_more_without_being_changed():
    from kb.extract.disputes import LEAD_SENTENCES, LEAD_WEIGHT, _weight
    from kb.extract.disputewords import Mention
    early = Mention("fishing-rights", "fishing rights", 0, True, (0, 14), weight=2)
    late = Mention("fishing-rights", "fishing rights", LEAD_SENTENCES, True, (90, 104), weight=2)
    assert _weight(early) == _weight(early) == 2 + LEAD_WEIGHT
    assert early.weight == 2 and _weight(late) == 2


@pytest.mark.parametrize("text", [
    "Romania criticised Moldova's refusal to talk, saying the crisis had gone on too long.",
    "Qatar and Iran ended a decade of estrangement on Friday.",
    "Pakistan will return the Indian soldier to calm the deadliest confrontation between the feuding neighbours.",
    "Chile severed diplomatic relations with Peru on Monday.",
])
def test_a_quarrel_named_only_by_its_sides_and_how_it_shows_is_no_dispute(text):
    # "Iran-Qatar estrangement", "Moldova crisis", "Chile-Peru diplomatic relations": who is at odds, not over what
    assert _article_disputes(text) == []


def test_a_land_named_as_the_topic_is_a_matter_not_a_side():
    (kosovo,) = _article_disputes("Serbia and the United States remain at odds over Kosovo, officials in "
                                  "Belgrade said.")
    assert kosovo.topic == "Kosovo"


@pytest.mark.parametrize("text, topic", [
    ("Serbia recalled its envoy from Kosovo on Monday as the Kosovo crisis deepened. Kosovo's leaders blamed "
     "Belgrade for the unrest.", "Kosovo"),
    ("China and Taiwan exchanged angry words on Tuesday as the Taiwan standoff grew worse.", "Taiwan"),
])
def test_a_land_of_the_table_that_is_a_party_still_names_the_matter(text, topic):
    # "the Kosovo crisis": Kosovo is a side and the matter at once
    assert [d.topic for d in _article_disputes(text)] == [topic]
