"""How the evaluator pairs a predicted dispute topic with a gold one: by content words, where a
country is one word however it is named and function words carry no topic."""
from __future__ import annotations

import pytest

from kb import evaluate as ev
from kb import topicmatch


def _recall(gold_topic: str, predicted_topic: str) -> float:
    tally = ev.Tally()
    ev.score_article({"disputes": [{"topic": gold_topic, "parties": []}]},
                     {"actors": [], "events": [], "quotes": [], "disputes": [{"topic": predicted_topic, "parties": []}]},
                     tally)
    return tally.summary()["disputes"]["recall"]


@pytest.mark.parametrize("gold, predicted", [
    ("Tunisian uprising against Ben Ali's rule", "Tunisia uprising"),
    ("Soviet espionage in France", "France-Soviet Union espionage"),
    ("armed conflict between the Peruvian government and the Shining Path", "Peru-Shining Path war"),
    ("U.S. trade embargo on Iran", "United States embargo"),
    ("military coup in Thailand", "Thai coup"),
    ("US-Venezuela confrontation", "United States-Venezuela dispute"),
    ("diplomatic rupture between Morocco and Algeria", "Algeria-Morocco estrangement"),
])
def test_topics_that_differ_only_in_how_they_name_a_country_match(gold, predicted):
    assert _recall(gold, predicted) == 1.0


@pytest.mark.parametrize("gold, predicted", [
    ("Tunisian uprising against Ben Ali's rule", "Egypt uprising"),
    ("the division of Berlin", "the division of Germany"),
    ("the status of Jerusalem", "Israel status"),
    ("Gulf States rift with Oman", "United States-Oman dispute"),
    ("US troop presence in Syria", "Syria-United States dispute"),
    ("Iran nuclear programme", "Iran-United States confrontation"),
    ("armed conflict between the Peruvian government and the Shining Path", "Peru-Ecuador diplomatic relations"),
    ("military coup in Thailand", "May coup"),
    ("war in Darfur", "war in Syria"),
])
def test_topics_about_other_countries_or_other_matters_do_not(gold, predicted):
    assert _recall(gold, predicted) == 0.0


def test_a_country_is_one_word_and_only_a_capitalised_name_is_a_country():
    assert topicmatch.topic_words("the North Korean nuclear programme") == {"=prk", "nuclear", "programme"}
    assert not any(w.startswith("=") for w in topicmatch.topic_words("talks with us on chad"))
    assert topicmatch.topic_words("the division of Berlin") == {"division", "berlin"}
    assert topicmatch.topic_words("Gulf States rift") == {"gulf", "state"}
