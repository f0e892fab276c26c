"""Asking a party to stop a coded act asks it to yield (CAMEO 025/105), or to de-escalate when the act is
force (0256/1056); a promise to stop is intent to yield (035). The act itself is not coded as done.

Every sentence is written for this test (none is taken from a gold or evaluation file).
"""

from __future__ import annotations

import pytest

DATE = "2023-06-01"

CASES = [
    ("China urged the United States to stop arming Taiwan.", ("CHN", "USA", "025")),
    ("Turkey urged Sweden to stop supporting Kurdish militants.", ("TUR", "SWE", "025")),
    ("The EU called on Russia to stop shelling Ukrainian cities.", ("IGOEUREEC", "RUS", "0256")),
    ("Egypt urged Israel to cease bombing Gaza.", ("EGY", "ISR", "0256")),
    ("Serbia demanded that Kosovo stop arresting Serb officials.", ("SRB", "KSV", "105")),
]


@pytest.mark.parametrize(("text", "event"), CASES, ids=[f"{event[2]} {text[:40]}" for text, event in CASES])
def test_appeal_to_stop_is_a_yield(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text, date=DATE)
    assert event in found
    assert not any(code[:2] in ("06", "07", "18", "19") for _, _, code in found)  # the act is asked to end


def test_stopping_an_uncoded_act_stays_a_plain_appeal(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("FRA", "IRN", "020") in dyads("France asked Iran to stop talking about the deal.", date=DATE)


def test_stopping_a_figurative_fight_is_no_de_escalation(dyads) -> None:  # type: ignore[no-untyped-def]
    # the ended act gets the verb stage's sense checks: fighting a ruling is no use of force
    found = dyads("The EU urged Poland to stop fighting the court ruling.", date=DATE)
    assert ("IGOEUREEC", "POL", "020") in found
    assert not any(code.startswith("025") for _, _, code in found)
