"""Precision rules from an audit of coded events on real news: a blank line ends a reading, modal
perfects and obligations are not done, questions and labels are no appeals or calls, figures of speech
are no force, adjectives are not their verbs, and "each other" makes the doers act on one another."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(resources):  # type: ignore[no-untyped-def]
    """Code one text (with an optional title); return (source, target, cameo, negated, hypothetical) tuples."""
    from tacitus.pipeline import code_text

    def run(text: str, title: str | None = None) -> list[tuple]:
        record = code_text(text, date="2020-01-01", resources=resources, title=title)
        return [
            (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.negated,
             e.hypothetical)
            for e in record.events
        ]

    return run


def _roots(found: list[tuple]) -> set[str]:
    return {event[2][:2] for event in found}


# --- a blank line ends what a reading may take in ------------------------------------------------------
def test_title_run_into_the_text_is_read_as_its_own_line(coded) -> None:  # type: ignore[no-untyped-def]
    # the small model runs the title into the first sentence; the title's country is no doer of the meeting
    found = coded("Putin met Erdogan in Sochi on Monday.", title="Weekly Russia digest")
    assert [(s, t, c) for s, t, c, _, _ in found] == [("RUSGOV", "TURGOV", "040")]


def test_no_event_takes_an_actor_across_a_blank_line(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Sign up for our newsletter and follow us on Facebook.\n\nChina accused Japan of dumping steel."
    found = coded(text, title="Trade news")
    assert [(s, t, c) for s, t, c, _, _ in found] == [("CHN", "JPN", "112")]


# --- what did not happen, or only must or should ---------------------------------------------------
def test_modal_perfect_is_hypothetical_not_a_refusal(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Germany would not have sent tanks to Ukraine without American support.")
    assert found and all(hypothetical for *_, hypothetical in found)
    assert "12" not in _roots(found)


def test_modal_perfect_is_no_threat(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Britain would have attacked Iran if the talks had failed.")
    assert ("GBR", "IRN", "190", False, True) in found
    assert "13" not in _roots(found)


def test_obligation_is_hypothetical(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Britain must impose sanctions on Russia.") == [("GBR", "RUS", "163", False, True)]
    assert all(event[4] for event in coded("The United States needs to strike Iran."))


def test_or_shares_the_negation(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("France did not condemn or criticize Iran.") == [("FRA", "IRN", "111", True, False)]


def test_a_negative_subject_negates_the_act(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Neither was convicted by the Russian court.") == [("RUSJUD", None, "116", True, False)]
    found = coded("No Democrats supported the bill, and Obama criticized Republicans.")
    assert ("USAPTYDEM", None, "051", True, False) in found
    assert any(code == "111" and not negated for _, _, code, negated, _ in found)


def test_but_does_not_share_the_negation(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Russia did not attack Ukraine but shelled Poland.")
    assert ("RUS", "POL", "194", False, False) in found


# --- questions and labels ---------------------------------------------------------------------------
def test_asking_whether_is_no_appeal_and_asserts_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Merkel asked whether the Kremlin had any comment.") == []
    assert coded("Obama asked whether Russia would withdraw its troops.") == []


def test_asking_about_reports_is_no_appeal(coded) -> None:  # type: ignore[no-untyped-def]
    assert "02" not in _roots(coded("Chancellor Merkel asked about reports that Russia had moved troops."))


def test_asking_to_act_is_still_an_appeal(coded) -> None:  # type: ignore[no-untyped-def]
    assert [(t, c) for _, t, c, _, _ in coded("Obama asked Putin to withdraw troops.")] == [("RUSGOV", "0256")]


def test_calling_someone_a_name_is_no_phone_call(coded) -> None:  # type: ignore[no-untyped-def]
    assert "04" not in _roots(coded("Kim Jong Un called Donald Trump a dotard."))
    assert coded("Putin called Erdogan on Monday.") == [("RUSGOV", "TURGOV", "041", False, False)]


def test_passive_considered_is_a_judgement(coded) -> None:  # type: ignore[no-untyped-def]
    assert "014" not in {event[2] for event in coded("The treaty with Germany is widely considered a success.")}


# --- figures of speech are no force ------------------------------------------------------------------
def test_a_court_striking_down_a_law_uses_no_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Brazil's Supreme Court struck down the decree.") == []


def test_trade_war_is_no_war(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The United States escalated its trade war with China.") == []
    assert ("ISR", "PSEINSHMS", "190", False, False) in coded("Israel's war with Hamas killed 300 people.")


def test_hit_and_engage_need_a_military_context(coded) -> None:  # type: ignore[no-untyped-def]
    assert "19" not in _roots(coded("Senator Clinton hit Senator Sanders for his vote on the bill."))
    assert "19" not in _roots(coded("North Korea and the United States engaged in heated rhetoric."))
    assert ("RUSMIL", "UKR", "190", False, False) in coded("Russian forces hit Ukrainian positions near Kharkiv.")


def test_an_adjective_is_not_its_verb(coded) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(coded("Iranian officials said the British sailors were free to leave."))
    assert "08" not in _roots(coded("Japan backs free trade with Canada."))
    assert coded("Iran freed the British sailors.") == [("IRN", "GBRMIL", "0841", False, False)]


# --- "each other" --------------------------------------------------------------------------------------
def test_each_other_makes_the_doers_each_others_targets(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Armenia and Azerbaijan accused each other of violating the ceasefire.")
    assert sorted(found) == [("ARM", "AZE", "112", False, False), ("AZE", "ARM", "112", False, False)]
    found = coded("Russia and Ukraine blamed one another for the attack.")
    assert sorted(found) == [("RUS", "UKR", "112", False, False), ("UKR", "RUS", "112", False, False)]
