"""Assault wording (CAMEO 18/19) and landing forces (CAMEO 15): storming a building or a town,
taking captives, fighters taking control, kidnapping, hijacking a craft, ambushing a force and
seizing buildings are attacks; storming out of a room, to victory or onto a pitch, hijacking a
debate, ambushing a minister with questions, taking questions, a bank taking control of a lender,
an envoy landing in a capital are not."""
import pytest

from tests.extract_support import trigger_kind


FIRES = [
    ("Gunmen stormed the presidential palace before dawn.", "stormed", "MilitaryAction"),
    ("The militants took twelve engineers hostage near the border.", "took", "MilitaryAction"),
    ("Rebel fighters took control of the radio station overnight.", "took", "MilitaryAction"),
    ("Separatists kidnapped two foreign aid workers last week.", "kidnapped", "MilitaryAction"),
    ("Guerrillas ambushed an army convoy in the hills.", "ambushed", "MilitaryAction"),
    ("Pirates hijacked a tanker off the coast on Sunday.", "hijacked", "MilitaryAction"),
    ("Students loyal to the cleric seized the embassy in November.", "seized", "MilitaryAction"),
    ("American marines landed on the island at first light.", "landed", "MilitaryDeployment"),
    ("The insurgents have entered the provincial capital.", "entered", "MilitaryAction"),
    ("Within a week the government troops had taken the town.", "taken", "MilitaryAction"),
    ("Militiamen overran the border post before dawn.", "overran", "MilitaryAction"),
    ("The camp was overrun by rebels at dawn.", "overrun", "MilitaryAction"),
    ("The soldiers took the enemy's positions at dawn.", "took", "MilitaryAction"),
]

SILENT = [
    ("The foreign minister stormed out of the meeting in anger.", "stormed"),
    ("Her party stormed to victory in the regional vote.", "stormed"),
    ("The minister took questions from reporters for an hour.", "took"),
    ("The delegates entered the hall to applause.", "entered"),
    ("The new governor took the town by surprise with her candour.", "took"),
    ("Tourists overran the old town every summer.", "overran"),
    ("Migrants overran a border post on the frontier on Sunday.", "overran"),
    ("The camp was overrun by refugees fleeing the fighting.", "overrun"),
    ("Government troops took the train to the capital on Friday.", "took"),
    ("Rebel negotiators entered peace talks with the government in May.", "entered"),
    ("The rebels entered Ecuador as refugees after the offensive.", "entered"),
    ("The envoy landed in Paris on Monday evening.", "landed"),
    ("The central bank took control of the failing lender.", "took"),
    ("Fans stormed the pitch after the final whistle.", "stormed"),
    ("Opposition lawmakers hijacked the debate on the budget.", "hijacked"),
    ("Reporters ambushed the minister outside parliament with questions.", "ambushed"),
    ("Republicans took control of the House in the midterm elections.", "took"),
    # a party's "Front" or "Movement" wins a town at the polls; troops taking up positions deploy
    ("The Green Front took the town of Lyon in the municipal elections last year.", "took"),
    ("The Civic Movement took the capital in the mayoral vote on Sunday.", "took"),
    ("Government troops took positions along the border on Sunday.", "took"),
]


@pytest.mark.parametrize("sentence, word, kind", FIRES)
def test_assault_wording_fires(sentence, word, kind):
    assert trigger_kind(sentence, word) == kind


@pytest.mark.parametrize("sentence, word", SILENT)
def test_look_alikes_stay_silent(sentence, word):
    assert trigger_kind(sentence, word) not in ("MilitaryAction", "MilitaryDeployment")
