"""Audit 7 of the session's events changes on real political news: entries narrowed where a new event did
not match its sentence. The sentences are our own, modelled on the kinds of error found."""

from __future__ import annotations


def _codes(dyads, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {code for _, _, code in dyads(text)}


def test_a_domestic_programme_ended_is_no_concession(dyads) -> None:  # type: ignore[no-untyped-def]
    # a central bank or a ministry ending its own programme yields to no one
    assert "0832" not in _codes(dyads, "The Federal Reserve said it would end its bond purchase program next month.")
    assert "0832" not in _codes(dyads, "The government announced it was ending its school lunch program.")


def test_a_contested_programme_ended_is_still_a_concession(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("IRN", "0832") in {(s, c) for s, _, c in dyads("Iran ended its uranium enrichment program.")}
    assert "0832" in _codes(dyads, "Libya dismantled its program under international supervision.")


def test_access_blocked_to_a_place_is_obstruction(dyads) -> None:  # type: ignore[no-untyped-def]
    found = _codes(dyads, "French police blocked access to the road leading to the village.")
    assert "1245" not in found and "144" in found


def test_access_blocked_for_aid_workers_refuses_international_involvement(dyads) -> None:  # type: ignore[no-untyped-def]
    assert "1245" in _codes(dyads, "Sudan blocked access to Darfur for aid workers.")


def test_an_intrusion_into_the_press_is_no_aggression(dyads) -> None:  # type: ignore[no-untyped-def]
    text = "The Associated Press accused the Justice Department of a massive intrusion into newsgathering."
    assert "1123" not in _codes(dyads, text)
    assert "1123" in _codes(dyads, "Japan accused China of intruding into its territorial waters.")
