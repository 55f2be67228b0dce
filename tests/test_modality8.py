"""Modality by class of wording (kb.extract.modality), on sentences of our own, each both ways:
a "would" reported by a past act of saying is a plan; "would have" did not happen; an infinitive
of purpose on a signed agreement is what the agreement is for; a measure agreed or decided is taken."""
from kb.extract.lexicon import match_trigger
from kb.extract.modality import modality
from tests.extract_support import nlp


def _modality(sentence: str, word: str) -> str:
    tok = next(t for t in nlp()(sentence) if t.text == word)
    assert match_trigger(tok) is not None, f"{word!r} is no trigger in {sentence!r}"
    return modality(tok)


def test_would_in_what_a_past_saying_reports_is_a_plan():
    assert _modality("Germany said on Monday that it would summon the Iranian ambassador.", "summon") == "planned"
    assert _modality("The president announced that his country would restore relations with Cuba.",
                     "restore") == "planned"


def test_would_of_the_sayer_itself_is_a_plan_another_party_s_forecast_is_not():
    assert _modality("Ankara said its army would enter Syria on Monday.", "enter") == "planned"
    assert _modality("Turkey said Turkey would recall its ambassador from Vienna.", "recall") == "planned"
    # a leader of the leaders table speaks for the state he leads, not for another
    assert _modality("Chancellor Angela Merkel said Germany would close the border with Austria on Monday.",
                     "close") == "planned"
    assert _modality("Prime Minister Justin Trudeau told parliament that Canada would reopen its embassy in "
                     "Tehran.", "reopen") == "planned"
    assert _modality("Joe Biden said in a speech that the United States would reopen its consulate in Jerusalem.",
                     "reopen") == "planned"  # the state named in two words
    assert _modality("Angela Merkel said Turkey would close the border with Syria on Monday.", "close") == "hypothetical"
    assert _modality("Commentators said Turkey would invade Syria before the winter.", "invade") == "hypothetical"
    assert _modality("Officials in London said Turkey would invade Syria before the winter.", "invade") == "hypothetical"
    assert _modality("Analysts said on Friday she would annex the island.", "annex") == "hypothetical"


def test_would_told_by_a_state_s_own_spokesman_ministry_or_officials_is_its_plan():
    assert _modality("The minister said Turkey would invade Syria before the winter.", "invade") == "planned"
    assert _modality("A palace spokesman said on Friday that Morocco would expel the Dutch consul.",
                     "expel") == "planned"
    assert _modality("The interior ministry said on Sunday that Peru would impose sanctions on Bolivia.",
                     "impose") == "planned"
    assert _modality("Officials in Lima said Peru would send troops to the border next month.", "send") == "planned"


def test_would_on_a_condition_or_under_a_warning_stays_hypothetical():
    assert _modality("Germany said it would expel the envoy if the embassy stayed open.", "expel") == "hypothetical"
    assert _modality("The minister warned that the army would attack the border towns.", "attack") == "hypothetical"
    assert _modality("Germany would expel the envoy.", "expel") == "hypothetical"


def test_would_have_tells_an_act_that_did_not_happen():
    assert _modality("Russia vetoed a resolution that would have imposed sanctions on Syria.", "imposed") == "negated"


def test_an_infinitive_of_purpose_on_a_signed_agreement_is_planned():
    # the parser hangs the infinitive on the verb here, not on the pact
    assert _modality("Both parties signed a pact on Tuesday to withdraw their troops from the disputed "
                     "valley.", "withdraw") == "planned"
    assert _modality("Both parties withdrew their troops from the disputed valley on Tuesday.", "withdrew") == "asserted"


def test_a_measure_agreed_or_decided_is_taken_an_occasion_agreed_is_planned():
    assert _modality("The two cabinets agreed on Thursday to break off relations with Chad.", "break") == "asserted"
    assert _modality("The cabinet decided to expel two Russian diplomats.", "expel") == "asserted"
    assert _modality("The two leaders agreed to meet again in May.", "meet") == "planned"
    assert _modality("The two cabinets refused to break off relations with Chad.", "break") == "negated"
