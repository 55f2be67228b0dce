"""A land's standing contested: claim nouns on lands the parser does not know, and recognition of a
state refused, or of a breakaway region given. Each rule is checked both ways, on sentences of our own."""
from tests.test_dispute_topics import _topics
from tests.test_disputes import _article_disputes


def test_sovereignty_over_a_land_the_parser_mislabels_is_a_claim():
    # a rock or a hamlet few texts name is tagged a person or nothing: after "sovereignty" it is a land
    assert _topics("The judges gave Malta sovereignty over Punta Serrena, a bare reef off its coast.") == \
        ["sovereignty over Punta Serrena"]
    assert _topics("On Monday a panel gave Chile sovereignty over half of the Lobos archipelago.") == \
        ["sovereignty over Lobos archipelago"]
    # a state's own sovereignty violated is no claim on a land; control of a body is no claim either
    assert _topics("Quito called the raid a violation of Mexico's sovereignty.") == []
    assert _topics("The opposition lost control of Congress.") == []


def test_a_land_the_parser_takes_for_a_person_is_still_claimed():
    # through the whole pipeline the mislabelled land becomes a person actor: still a land after "sovereignty"
    (claim,) = _article_disputes("The judges on Friday gave Malta sovereignty over Punta Serrena, a bare reef off "
                                 "its coast, and awarded Cabo Lindo to Tunisia.")
    assert (claim.id, claim.topic) == ("dispute:punta-serrena", "sovereignty over Punta Serrena")
    assert set(claim.parties) == {"country:MLT", "country:TUN"}


def test_the_standing_of_a_land_is_named_as_the_writer_names_it():
    assert _topics("Envoys met again on the status of Kosovo.") == ["status of Kosovo"]
    assert _topics("Kosovo's status is still open, the envoy said.") == ["status of Kosovo"]
    assert _topics("Talks on Kosovo's future broke off.") == ["Kosovo's future"]
    assert _topics("The violence in Kosovo worsened.") == ["Kosovo"]   # the land alone, as a place of war


def test_a_rank_a_state_holds_among_others_is_no_quarrel_over_its_standing():
    assert "status of Abkhazia" in _topics("Abkhazia's disputed status came up again.")
    assert _topics("Brazil's status as an emerging economy was argued over by India and Mexico in Geneva.") == []
    # the role hung on the verb by the parser: still a rank, not a land's standing
    assert _topics("Ministers may revoke Chile's status as an observer at the Pacific talks.") == []
    assert _topics("The bloc voted to suspend Venezuela's status as a full member in protest.") == []
    assert _topics("The status of Chile as a trading partner divided the ministers.") == []
    assert _topics("Norway's observer status at the council was questioned by Sweden.") == []
    assert _topics("Peru's trade status was cut by Washington on Tuesday.") == []
    assert _topics("Ghana's status in the bloc was debated by its neighbours.") == []


def test_refusing_to_recognise_a_state_contests_its_standing():
    assert _topics("Madrid has never recognised Kosovo.") == ["status of Kosovo"]
    assert _topics("Athens refused to recognise Kosovo.") == ["status of Kosovo"]
    assert _topics("In 2010 Kosovo declared its independence from Serbia.") == ["status of Kosovo"]
    # recognising a state nobody questions, or a government, is routine
    assert _topics("Chile recognised Bangladesh on Monday.") == []
    assert _topics("The army no longer recognised the cabinet.") == []


def test_recognising_a_breakaway_region_contests_its_standing():
    assert _topics("Tuvalu recognised Transnistria on Friday.") == ["status of Transnistria"]
    assert _topics("Tuvalu recognised the breakaway region of Transnistria as a state.") == ["status of Transnistria"]
    assert _topics("Tuvalu recognised both regions in May.") == []   # which regions is not said here


def test_a_refused_recognition_is_a_dispute_between_the_state_and_the_land():
    (status,) = _article_disputes("Spain has not recognised Kosovo, its foreign minister said on Monday.")
    assert (status.id, status.topic) == ("dispute:kosovo", "status of Kosovo")
    assert "country:ESP" in status.parties
