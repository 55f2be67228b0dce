"""The offices of the major powers that the issue asks for have a holder on every day of the
years the table covers them, so a role is resolved at any event date: a gap of more than a few
days (an acting holder left out, a decade never written) fails here. Also the loader's order and
its surname keys."""
from datetime import date, timedelta

import pytest

from kb import gazetteer as gz
from kb.gazetteer import Gazetteer

# (office, first day the table must cover, last day): the last day None is today.
CONTINUOUS_OFFICES = [
    ("President of the United States", date(1945, 4, 12), None),
    ("United States Secretary of State", date(1945, 7, 3), None),
    ("Prime Minister of the United Kingdom", date(1945, 1, 1), None),
    ("Foreign Secretary of the United Kingdom", date(1945, 7, 27), None),
    ("President of France", date(1959, 1, 8), None),
    ("Prime Minister of France", date(1947, 1, 22), None),
    ("Foreign Minister of France", date(1944, 9, 10), None),
    ("Chancellor of Germany", date(1949, 9, 15), None),
    ("President of Germany", date(1949, 9, 12), None),
    ("Chairman of the Presidium of the Supreme Soviet of the Soviet Union", date(1946, 3, 19), date(1989, 5, 25)),
    ("Premier of the Soviet Union", date(1946, 3, 19), date(1991, 8, 22)),
    ("Minister of Foreign Affairs of the Soviet Union", date(1946, 3, 19), date(1990, 12, 20)),
    ("Premier of China", date(1949, 10, 1), None),
    ("Foreign Minister of China", date(1949, 10, 1), None),
    ("Prime Minister of Japan", date(1945, 10, 9), None),
    ("Foreign Minister of Japan", date(1989, 8, 10), None),
]

# The table leaves out acting and interim holders (an outgoing deputy minding the department, a
# president of the senate between two elected presidents): news names them "acting", and they
# rarely sit longer than two months. A longer stretch without a holder is a hole in the table.
INTERIM_DAYS = 62


def _terms(office: str, table: Gazetteer) -> list[tuple[date, date]]:
    today = date.today()
    return sorted((row.start, row.end or today) for rows in table.leaders.values()
                  for row in rows if row.role == office)


def _uncovered(office: str, first: date, last: date, table: Gazetteer | None = None) -> list[tuple[date, date]]:
    """The stretches of [first, last] longer than an interim that no term of `office` covers."""
    holes, covered_to = [], first
    for start, end in _terms(office, table or gz.gazetteer()):
        if start > covered_to + timedelta(days=INTERIM_DAYS) and covered_to < last:
            holes.append((covered_to, min(start, last)))
        covered_to = max(covered_to, end)
    if covered_to + timedelta(days=INTERIM_DAYS) < last:
        holes.append((covered_to, last))
    return holes


@pytest.mark.parametrize("office,first,last", CONTINUOUS_OFFICES, ids=[o for o, _, _ in CONTINUOUS_OFFICES])
def test_a_major_power_office_has_a_holder_on_every_day(office, first, last):
    assert _uncovered(office, first, last or date.today()) == []


def test_the_gap_finder_sees_a_missing_term(tmp_path):
    """The check above can fail: a table with a decade left out between two terms shows the hole,
    and a hand-over within the interim allowance shows none."""
    table = Gazetteer(_tables(tmp_path, [
        ("Ann Example", "FRA", "Foreign Minister of France", "1970-01-01", "1980-01-01"),
        ("Bea Example", "FRA", "Foreign Minister of France", "1980-02-15", "1985-01-01"),
        ("Cy Example", "FRA", "Foreign Minister of France", "1995-01-01", "2000-01-01"),
    ]))
    assert _uncovered("Foreign Minister of France", date(1970, 1, 1), date(2000, 1, 1), table) == [
        (date(1985, 1, 1), date(1995, 1, 1))]


@pytest.mark.parametrize("surname,day,office", [
    ("Callaghan", date(1975, 2, 1), "Foreign Secretary of the United Kingdom"),
    ("Callaghan", date(1978, 2, 1), "Prime Minister of the United Kingdom"),
    ("Chirac", date(1975, 2, 1), "Prime Minister of France"),
    ("Chirac", date(1987, 2, 1), "Prime Minister of France"),
    ("Chirac", date(2000, 2, 1), "President of France"),
    ("Gromyko", date(1980, 2, 1), "Minister of Foreign Affairs of the Soviet Union"),
    ("Gromyko", date(1987, 2, 1), "Chairman of the Presidium of the Supreme Soviet of the Soviet Union"),
    ("Weizsäcker", date(1990, 2, 1), "President of Germany"),
    ("Kono", date(1995, 2, 1), "Foreign Minister of Japan"),
])
def test_a_surname_holds_the_office_of_that_day(surname, day, office):
    assert gz.roles_at(surname, day) == [office]


def test_a_person_whose_rows_are_listed_out_of_order_holds_the_latest_term_begun(tmp_path):
    """`person` takes the last term begun before the day: rows listed newest first (as the table
    grew) must not make an older term the answer."""
    data = _tables(tmp_path, [
        ("Ann Example", "FRA", "Foreign Minister of France", "2011-02-27", "2012-05-15"),
        ("Ann Example", "FRA", "Foreign Minister of France", "1993-03-30", "1995-05-11"),
    ])
    assert Gazetteer(data).person("Ann Example", date(2013, 1, 1)).start == date(2011, 2, 27)
    assert Gazetteer(data).person("Ann Example", date(1996, 1, 1)).start == date(1993, 3, 30)


def test_a_surname_that_names_a_country_is_no_key(tmp_path):
    """ "Pierre Mendes France" is found by his name; "France" alone is the country, never him,
    while a surname that is no country's name still finds its holder."""
    data = _tables(tmp_path, [
        ("Pierre Mendes France", "FRA", "Prime Minister of France", "1954-06-19", "1955-02-23"),
        ("Ann Example", "FRA", "Foreign Minister of France", "1954-06-19", "1955-02-23"),
    ])
    table = Gazetteer(data)
    day = date(1954, 7, 1)
    assert table.person_name("Pierre Mendes France", day) == "Pierre Mendes France"
    assert table.person_name("France", day) is None
    assert table.person_name("Example", day) == "Ann Example"


def _tables(tmp_path, leaders: list[tuple[str, str, str, str, str]]):
    """A data folder with the real countries, organizations and places and these leaders."""
    from kb.resources import data_file
    for name in ("countries.tsv", "organizations.tsv", "places.tsv"):
        (tmp_path / name).write_text(data_file(name).read_text(encoding="utf-8"), encoding="utf-8")
    header = "name\taliases\tcountry\torganization\trole\tstart\tend\twikidata\n"
    body = "".join(f"{n}\t\t{c}\t\t{r}\t{s}\t{e}\t\n" for n, c, r, s, e in leaders)
    (tmp_path / "leaders.tsv").write_text(header + body, encoding="utf-8")
    return tmp_path


def test_a_person_who_served_a_family_name_first_state_is_keyed_by_the_family_name():
    """Ton Duc Thang was North Vietnam's president before he was Vietnam's: his family name is
    Ton whichever of his terms the table lists first."""
    table = gz.gazetteer()
    day = date(1978, 1, 1)
    assert table.person_name("Ton", day) == "Ton Duc Thang"
    assert table.person_name("Thang", day) is None
