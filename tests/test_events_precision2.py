"""Precision rules from the second audit of coded events on real news: word sense read from a verb's own
complements, acts that are only talked about, passive headlines, and page furniture that yields nothing."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(resources):  # type: ignore[no-untyped-def]
    """Code one text (with an optional title); return (source, target, cameo, hypothetical) tuples."""
    from tacitus.pipeline import code_text

    def run(text: str, title: str | None = None) -> list[tuple]:
        record = code_text(text, date="2020-01-01", resources=resources, title=title)
        return [
            (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.hypothetical)
            for e in record.events
        ]

    return run


def _roots(found: list[tuple]) -> set[str]:
    return {event[2][:2] for event in found}


# --- word sense from the verb's complements ------------------------------------------------------------
def test_demonstrating_something_is_no_protest(coded) -> None:  # type: ignore[no-untyped-def]
    assert "14" not in _roots(coded("The senator demonstrated a deep ignorance of Russia's history."))
    assert ("EGY", "EGYMIL", "141", False) in coded("Thousands of Egyptians demonstrated against the army in Cairo.")


def test_conceding_a_point_yields_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Even his critics in the Republican Party concede that Obama has recovered politically.")
    assert "08" not in _roots(found)
    assert ("PSEINSHMS", None, "080", False) in coded("Hamas conceded defeat to Fatah.")


def test_being_denied_is_no_denial(coded) -> None:  # type: ignore[no-untyped-def]
    assert "016" not in {e[2] for e in coded("The Syrian refugees were denied by Hungary.")}
    assert ("PSEINSHMS", "ISR", "016", False) in coded("Hamas denied any involvement in the attack on Israel.")


def test_seizing_on_something_is_no_seizure(coded) -> None:  # type: ignore[no-untyped-def]
    assert "17" not in _roots(coded("The Chinese company seized on the new rules to expand."))
    assert ("RUSMIL", "UKR", "192", False) in coded("Russian troops seized the airport in Crimea.")


def test_considering_as_a_sentence_adverb_is_no_consideration(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Koch's support for Obama is not surprising, considering the brothers' embrace of reform."
    assert "01" not in _roots(coded(text))
    assert ("ISR", "IRN", "014", False) in coded("Israel is considering sanctions against Iran.")


def test_a_retreat_moves_forces(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Egypt withdrew its sponsorship of the resolution on Israel.") == []
    assert coded("Senator Kamala Harris withdrew before the primaries.") == []
    assert ("RUS", "SYR", "0874", False) in coded("Russia withdrew its troops from Syria.")
    assert ("RUS", "UKR", "0874", False) in coded("Russia withdrew from Kherson.")


def test_a_trip_goes_to_a_place(coded) -> None:  # type: ignore[no-untyped-def]
    assert "04" not in _roots(coded("Trump went to great lengths to praise North Korea."))
    assert "04" not in _roots(coded("The Democrats will go to court to force Trump to comply."))
    assert ("DEUGOV", "USA", "042", False) in coded("Merkel travelled to Washington.")


# --- acts that are only talked about ---------------------------------------------------------------------
def test_an_act_as_subject_is_talked_about(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Evicting American forces from Iraq is now a priority for Iran.")
    assert found and all(hypothetical for *_, hypothetical in found)
    assert all(e[3] for e in coded("Attacking Iran could be a mistake."))


def test_enough_to_and_too_to_are_not_done(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("North Korea is not advanced enough to attack the United States.")
    assert found and all(hypothetical for *_, hypothetical in found)
    assert coded("North Korea attacked South Korea.") == [("PRK", "KOR", "190", False)]


# --- headlines -----------------------------------------------------------------------------------------
def test_a_headline_participle_names_the_victim(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("The area was calm.", title="Indonesian security minister Wiranto stabbed Friday")
    assert (None, "IDNGOV", "182", False) in found
    assert ("RUS", "SYRREB", "195", False) in coded("The area was calm.", title="Russia bombs Syrian rebels")


# --- page furniture ---------------------------------------------------------------------------------------
def test_a_link_box_yields_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Iran condemned Israel on Monday.\n\nSEE ALSO: Israel attacks Hezbollah in Lebanon\n\nThe talks went on."
    assert coded(text, title="News") == [("IRN", "ISR", "111", False)]


def test_a_list_of_headlines_split_by_bars_yields_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    text = ("Van Hollen On The Money: Bill blocked | Stopgap bill set | Ukraine accuses Russia of shelling MORE "
            "(D-Md.), a former House member, said Iran attacked Iraq.")
    found = coded(text, title="News")
    assert ("UKR", "RUS", "112", False) not in found
    assert ("IRN", "IRQ", "190", False) in found


def test_protests_and_arrests_keep_their_sense(coded) -> None:  # type: ignore[no-untyped-def]
    assert "14" in _roots(coded("Thousands of Australians protested the raids in Sydney."))
    assert ("GBRCOP", "GBRCVL", "173", False) in coded("A man was arrested by British police on suspicion of murder.")


def test_forces_leaving_a_place_still_retreat(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAMIL", "AFG", "0874", False) in coded("The last US troops left Afghanistan on Monday.")


# --- political talk ---------------------------------------------------------------------------------------
def test_politicians_attack_in_words(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Senator Kamala Harris attacked Joe Biden during the Democratic debates.") == []
    assert coded("President Trump attacked the media on Monday.") == []
    assert coded("Democrats declared war on Republican Senator Mitch McConnell.") == []
    assert ("LEG", "USAGOV", "190", False) in coded("Senator Cruz attacked President Obama with a gun.")
    assert ("SYRMIL", "SYRREB", "190", False) in coded("Syrian troops attacked rebels in Idlib.")
    assert "18" in _roots(coded("Saudi officials killed journalist Jamal Khashoggi.")) or "17" in _roots(
        coded("Saudi officials killed journalist Jamal Khashoggi."))


def test_an_offer_of_something_else_is_no_intent(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Kerry offered statistics suggesting the Russian economy is hurting.") == []
    assert ("TUR", "GRC", "036", False) in coded("Turkey offered talks to Greece.")
    assert ("QAT", "ISR", "039", False) in coded("Qatar offered to mediate between Israel and Hamas.")
