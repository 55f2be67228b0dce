"""Parties named as joining an occasion in the sentences after it (kb.extract.companions).

Every sentence here is written for the test.
"""
from __future__ import annotations

from datetime import datetime

from kb.model import Article
from kb.pipeline import extract_article

WHEN = datetime(2021, 5, 7)


def _events(text: str):
    return extract_article(Article(id="companions", raw_text=text, source="test", published=WHEN)).events


def _one(events, etype: str):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.participants) for e in events]
    return found[0]


def test_a_party_joining_a_meeting_in_the_next_sentences_takes_part():
    meeting = _one(_events("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
                           "Arusha on Tuesday. He was joined by Ugandan President Yoweri Museveni. Also at "
                           "the table was Rwandan President Paul Kagame."), "Meeting")
    assert {"person:yoweri-museveni", "person:paul-kagame"} <= set(meeting.participants)


def test_witnesses_and_guarantors_take_part_in_a_signing_told_just_before():
    signing = _one(_events("Armenia and Azerbaijan signed a border treaty in Tbilisi on Wednesday. "
                           "Georgian Prime Minister Irakli Kobakhidze watched the two leaders sign. "
                           "Turkish Foreign Minister Hakan Fidan also signed as a guarantor."), "AgreementSigned")
    assert {"person:irakli-kobakhidze", "country:GEO", "person:hakan-fidan", "country:TUR"} \
        <= set(signing.participants)


def test_the_leader_of_a_visiting_mission_takes_part_in_its_meeting():
    meeting = _one(_events("Envoys of the African Union met General Abdel Fattah al-Burhan, head of the "
                           "Sudanese army, in Port Sudan on Monday. The mission was led by Egyptian Foreign "
                           "Minister Sameh Shoukry."), "Meeting")
    assert "person:sameh-shoukry" in meeting.participants


def test_a_sentence_that_moves_on_adds_no_one():
    events = _events("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha "
                     "on Tuesday. Ugandan President Yoweri Museveni attended a trade fair in Kampala. "
                     "On Thursday Rwandan President Paul Kagame also attended the talks.")
    meeting = next(e for e in events if "person:william-ruto" in e.participants)
    assert "person:yoweri-museveni" not in meeting.participants  # another occasion of his own
    assert "person:paul-kagame" not in meeting.participants      # a day of its own: maybe another round


def test_those_standing_behind_the_signatories_or_looking_on_take_part():
    signing = _one(_events("Serbia and Kosovo signed a transit accord in Brussels on Friday. The EU envoy "
                           "Miroslav Lajcak stood behind them, alongside Italian Prime Minister Giorgia "
                           "Meloni. German Chancellor Olaf Scholz looked on."), "AgreementSigned")
    assert {"person:miroslav-lajcak", "person:giorgia-meloni", "person:olaf-scholz"} <= set(signing.participants)


def test_a_witness_named_in_a_relative_clause_takes_part():
    signing = _one(_events("Israel and Morocco signed an aviation accord in Rabat on Monday. The ministers "
                           "were received by King Mohammed VI, who signed as a witness as well."), "AgreementSigned")
    assert "person:mohammed-vi" in signing.participants


def test_the_members_a_visiting_delegation_is_said_to_include_take_part():
    visit = _one(_events("A Chinese delegation visited Kathmandu on Tuesday. The delegation included Foreign "
                         "Minister Wang Yi and Defence Minister Dong Jun."), "Visit")
    assert {"person:wang-yi", "person:dong-jun", "country:NPL"} <= set(visit.participants)


def test_also_attending_an_occasion_of_ones_own_adds_no_one():
    events = _events("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago "
                     "on Thursday. Peruvian Foreign Minister Elmer Schialer also attended a wine fair "
                     "downtown.")
    meeting = next(e for e in events if "person:gabriel-boric" in e.participants)
    assert "person:elmer-schialer" not in meeting.participants  # a fair is not the meeting


def test_also_joining_a_separate_meeting_counts_once_in_that_meeting_only():
    events = _events("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago "
                     "on Thursday. Peruvian Foreign Minister Elmer Schialer also joined a separate "
                     "meeting with mining executives.")
    meeting = next(e for e in events if "person:gabriel-boric" in e.participants)
    assert "person:elmer-schialer" not in meeting.participants


def test_leading_a_delegation_to_a_conference_elsewhere_adds_no_one():
    events = _events("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago "
                     "on Thursday. Uruguayan Vice President Carolina Cosse led the delegation to a "
                     "separate conference in Lima.")
    meeting = next(e for e in events if "person:gabriel-boric" in e.participants)
    assert "person:carolina-cosse" not in meeting.participants


def test_also_joining_the_talks_or_them_still_takes_part():
    meeting = _one(_events("Chilean President Gabriel Boric met Argentine President Javier Milei in "
                           "Santiago on Thursday. Peruvian Foreign Minister Elmer Schialer also joined "
                           "them."), "Meeting")
    assert "person:elmer-schialer" in meeting.participants
