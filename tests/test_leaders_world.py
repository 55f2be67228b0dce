"""The leaders table beyond the major powers: a person is tied to the state he served on the
day, a surname alone finds the one holder of that name in office then, and a monarch is found
by style and given name."""
from datetime import date

from kb import gazetteer as gz


def test_a_surname_finds_the_holder_in_office_that_day():
    assert gz.person("Kagame", date(2010, 5, 1)).country == "RWA"
    # Two presidents of one family: the day tells father from son, and outside both terms no one.
    assert gz.gazetteer().person_name("Kabila", date(1999, 1, 1)) == "Laurent-Désiré Kabila"
    assert gz.gazetteer().person_name("Kabila", date(2010, 1, 1)) == "Joseph Kabila"
    assert gz.gazetteer().person_name("Kenyatta", date(1990, 1, 1)) is None
    assert gz.gazetteer().person_name("Deby", date(2005, 1, 1)) == "Idriss Déby"
    assert gz.gazetteer().person_name("Deby", date(2023, 1, 1)) == "Mahamat Idriss Déby"


def test_full_names_with_and_without_accents_and_middle_names():
    for name in ("Mahamat Idriss Deby", "Mahamat Deby", "Mahamat Idriss Déby Itno"):
        assert gz.person(name, date(2022, 6, 1)).name == "Mahamat Idriss Déby", name
    assert gz.person("Felix Tshisekedi", date(2020, 1, 1)).country == "COD"
    assert gz.person("Sebastian Pinera", date(2019, 1, 1)).name == "Sebastián Piñera"


def test_a_term_is_held_inside_its_days_only():
    museveni = gz.person("Yoweri Museveni", date(1990, 1, 1))
    assert museveni.active(date(1990, 1, 1))
    assert not museveni.active(date(1985, 12, 31))
    assert gz.roles_at("Abdoulaye Wade", date(2005, 1, 1)) == ["President of Senegal"]
    assert gz.roles_at("Abdoulaye Wade", date(2015, 1, 1)) == []


def test_one_person_in_two_offices_at_different_times():
    assert gz.roles_at("Paul Kagame", date(1997, 1, 1)) == ["Vice President of Rwanda"]
    assert gz.roles_at("Paul Kagame", date(2015, 1, 1)) == ["President of Rwanda"]
    assert gz.roles_at("Jomo Kenyatta", date(1964, 1, 1)) == ["Prime Minister of Kenya"]
    assert gz.roles_at("Jomo Kenyatta", date(1970, 1, 1)) == ["President of Kenya"]
    assert gz.roles_at("Ranil Wickremesinghe", date(2016, 1, 1)) == ["Prime Minister of Sri Lanka"]
    assert gz.roles_at("Ranil Wickremesinghe", date(2023, 1, 1)) == ["President of Sri Lanka"]
    assert gz.roles_at("Ranil Wickremesinghe", date(2025, 1, 1)) == []


def test_monarchs_by_style_and_given_name():
    gaz = gz.gazetteer()
    assert gaz.person_name("King Hassan", date(1980, 1, 1)) == "Hassan II"
    assert gaz.person_name("King Mohammed", date(2005, 1, 1)) == "Mohammed VI"
    assert gaz.person_name("King Mohammed", date(1990, 1, 1)) is None   # Hassan reigned then
    assert gaz.person_name("Queen Margrethe", date(1990, 1, 1)) == "Margrethe II"
    assert gaz.person_name("Queen Margrethe", date(2025, 1, 1)) is None  # abdicated in 2024
    assert gaz.person_name("King Frederik", date(2025, 1, 1)) == "Frederik X"
    assert gaz.person_name("King Bhumibol", date(2000, 1, 1)) == "Bhumibol Adulyadej"
    assert gz.person("Emperor Akihito", date(2000, 1, 1)).country == "JPN"
    assert gz.person("Emperor Haile Selassie", date(1960, 1, 1)).country == "ETH"


def test_a_common_full_name_a_leader_is_also_known_by_is_nobody():
    gaz = gz.gazetteer()
    # Many people are called Omar Bashir or Abdul Rashid: only the leaders' own full names link.
    assert gaz.person_name("Omar Bashir", date(2010, 1, 1)) is None
    assert gaz.person_name("Omar al-Bashir", date(2010, 1, 1)) == "Omar al-Bashir"
    assert gaz.person_name("Abdul Rashid", date(2023, 1, 1)) is None
    assert gaz.person_name("Abdul Latif Rashid", date(2023, 1, 1)) == "Latif Rashid"
    # A surname two leaders bore says nothing without a day.
    assert gaz.person_name("Kabila") is None


def test_defence_and_foreign_ministers_of_older_years_serve_their_state():
    assert gz.roles_at("Caspar Weinberger", date(1985, 2, 4)) == ["United States Secretary of Defense"]
    assert gz.person("Dmitry Yazov", date(1990, 1, 1)).country == "SUN"
    assert gz.person("Couve de Murville", date(1965, 1, 1)).country == "FRA"
    assert gz.roles_at("Caspar Weinberger", date(1990, 1, 1)) == []


def test_heads_of_government_of_small_states_in_older_years():
    assert gz.roles_at("Julius Chan", date(1996, 1, 1)) == ["Prime Minister of Papua New Guinea"]
    assert gz.roles_at("Julius Chan", date(1997, 5, 1)) == []     # out of office in the spring of 1997
    assert gz.person("A.N.R. Robinson", date(1990, 7, 27)).country == "TTO"
    assert gz.person("Mart Laar", date(2000, 1, 1)).country == "EST"
