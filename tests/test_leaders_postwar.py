"""The leaders table from the war's end to 1969: an office of a major power has its holder on
each day of those years, a surname alone finds whoever of that name held office then, and a
person who held two offices holds each in its own years (both at once where he did)."""
from datetime import date

from kb import gazetteer as gz
from kb.extract.homestate import listed_office

SOVIET_PARTY_FIRST = "First Secretary of the Communist Party of the Soviet Union"
SOVIET_PARTY_GENERAL = "General Secretary of the Communist Party of the Soviet Union"
SOVIET_PREMIER = "Premier of the Soviet Union"
SOVIET_PRESIDIUM = "Chairman of the Presidium of the Supreme Soviet of the Soviet Union"
BRITISH_PM = "Prime Minister of the United Kingdom"
BRITISH_FS = "Foreign Secretary of the United Kingdom"


def holders(role: str, day: date) -> list[str]:
    """Everyone the table gives an office on a day."""
    return sorted(row.name for rows in gz.gazetteer().leaders.values() for row in rows
                  if row.role == role and row.active(day))


def test_an_office_has_its_one_holder_on_a_postwar_day():
    assert holders(SOVIET_PREMIER, date(1960, 5, 1)) == ["Nikita Khrushchev"]
    assert holders(SOVIET_PREMIER, date(1950, 1, 1)) == ["Joseph Stalin"]
    assert holders(SOVIET_PRESIDIUM, date(1957, 6, 1)) == ["Kliment Voroshilov"]
    assert holders(BRITISH_PM, date(1956, 11, 1)) == ["Anthony Eden"]
    assert holders(BRITISH_PM, date(1948, 6, 1)) == ["Clement Attlee"]
    assert holders("President of the United States", date(1962, 10, 1)) == ["John F. Kennedy"]
    assert holders("United States Secretary of State", date(1956, 1, 1)) == ["John Foster Dulles"]
    assert holders("Chancellor of Germany", date(1961, 8, 1)) == ["Konrad Adenauer"]
    assert holders("President of France", date(1966, 3, 1)) == ["Charles de Gaulle"]
    assert holders("Prime Minister of France", date(1965, 1, 1)) == ["Georges Pompidou"]
    assert holders("Prime Minister of Japan", date(1951, 9, 1)) == ["Shigeru Yoshida"]
    assert holders("President of China", date(1955, 1, 1)) == ["Mao Zedong"]
    assert holders("Foreign Minister of China", date(1954, 6, 1)) == ["Zhou Enlai"]


def test_on_a_hand_over_day_both_holders_held_the_office():
    assert holders("President of the United States", date(1963, 11, 22)) == ["John F. Kennedy",
                                                                              "Lyndon B. Johnson"]
    assert holders("President of the United States", date(1963, 11, 23)) == ["Lyndon B. Johnson"]


def test_a_surname_alone_finds_the_holder_of_that_day():
    gaz = gz.gazetteer()
    assert gaz.person_name("Johnson", date(1965, 3, 1)) == "Lyndon B. Johnson"
    assert gaz.person_name("Johnson", date(2020, 3, 1)) == "Boris Johnson"
    assert gz.person("Khrushchev", date(1959, 9, 1)).country == "SUN"
    assert gz.person("Adenauer", date(1955, 1, 1)).country == "DEU"
    # A spelling the wire used is the same man.
    assert gz.person("Harry Truman", date(1950, 7, 1)).name == "Harry S. Truman"
    assert gz.person("de Gaulle", date(1962, 1, 1)).name == "Charles de Gaulle"


def test_one_person_in_two_offices_holds_each_in_its_years():
    assert gz.roles_at("Nikita Khrushchev", date(1956, 2, 1)) == [SOVIET_PARTY_FIRST]
    assert gz.roles_at("Nikita Khrushchev", date(1962, 10, 1)) == [SOVIET_PARTY_FIRST, SOVIET_PREMIER]
    assert gz.roles_at("Nikita Khrushchev", date(1966, 1, 1)) == []
    assert gz.roles_at("Leonid Brezhnev", date(1962, 1, 1)) == [SOVIET_PRESIDIUM]
    assert gz.roles_at("Leonid Brezhnev", date(1970, 1, 1)) == [SOVIET_PARTY_GENERAL]
    assert gz.roles_at("Anthony Eden", date(1954, 1, 1)) == [BRITISH_FS]
    assert gz.roles_at("Anthony Eden", date(1956, 1, 1)) == [BRITISH_PM]
    assert gz.roles_at("Charles de Gaulle", date(1958, 9, 1)) == ["Prime Minister of France"]
    assert gz.roles_at("Charles de Gaulle", date(1968, 5, 1)) == ["President of France"]


def test_a_postwar_office_of_a_listed_state_is_known_to_the_home_state_reader():
    assert listed_office("SUN", "premier", date(1960, 5, 1))
    assert listed_office("GBR", "prime minister", date(1950, 1, 1))
    assert listed_office("DEU", "chancellor", date(1955, 1, 1))
    assert not listed_office("DEU", "chancellor", date(1948, 1, 1))   # no Federal Republic yet
