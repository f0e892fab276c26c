"""Three gaps of the events stage: an intended show of force aimed at an adversary is a threat (13x), not
intent to cooperate militarily (0312); a country name compounded before an act done to someone names its
victim ("the Iraq invasion"); "his country" / "their countries" stand for the owner's state."""

from __future__ import annotations

import pytest


# --- intent of force: hostile plans threaten, help stays cooperation --------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("North Korea vowed to mobilise its army against South Korea.", "PRK", "KOR", "138"),
        ("Russia is ready to deploy troops to the border with Ukraine.", "RUS", "UKR", "138"),
        ("Turkey vowed to mass troops on the Syrian border.", "TUR", "SYR", "138"),
        ("India plans to deploy more troops along the border with China.", "IND", "CHN", "138"),
        ("Beijing vowed to deploy more warships toward Taiwan.", "CHNGOV", "TWN", "138"),
        ("Israel is preparing to mobilise reservists against Hamas.", "ISR", "PSEINSHMS", "138"),
        ("Belarus pledged to send troops to the border with Poland.", "BLR", "POL", "138"),
        ("Russia will deploy troops to the border with Ukraine.", "RUS", "UKR", "138"),
        # security forces set against the own people threaten repression (137)
        ("Iranian authorities vowed to deploy security forces against demonstrators.", "IRNGOV", "IRNCVL", "137"),
    ],
)
def test_hostile_show_of_force_is_a_threat(dyads, text, source, target, code) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text)
    assert (source, target, code) in found
    assert not any(c == "0312" for _, _, c in found)


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Britain promised to deploy troops to defend Estonia.", "GBR", "EST", "0312"),
        ("NATO will deploy four battalions to Poland.", "IGOWSTNAT", "POL", "0312"),
        ("Washington plans to deploy troops to Poland to reassure its allies.", "USAGOV", "POL", "0312"),
        ("Germany pledged to send peacekeepers to Mali.", "DEU", "MLI", "0334"),
        ("Egypt is ready to send troops to defend Saudi Arabia.", "EGY", "SAU", "0334"),
    ],
)
def test_helping_deployment_stays_cooperation(dyads, text, source, target, code) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text)
    assert (source, target, code) in found
    assert not any(c.startswith("13") for _, _, c in found)


# --- "the Iraq invasion": a country name before an act done to someone is its victim ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin ordered the Ukraine invasion in February.", ("RUSGOV", "UKR", "190")),
        ("The Libya bombing was condemned by Russia.", (None, "LBY", None)),
        ("The Afghanistan invasion was launched on Sunday.", (None, "AFG", "190")),
        # a demonym, an acronym or an "of" phrase keeps the modifier as doer
        ("The Israeli occupation of the West Bank continued.", ("ISR", "PSE", "192")),
        ("The US invasion of Iraq began on Thursday.", ("USA", "IRQ", "190")),
        ("The Chinese invasion of Taiwan would be a disaster.", ("CHN", "TWN", "190")),
    ],
)
def test_country_name_compound_is_the_victim(dyads, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text)
    source, target, code = expected
    assert any(
        (source is None or s == source) and t == target and (code is None or c == code) for s, t, c in found
    ), found
    assert not any(s == target for s, _, _ in found)  # the victim is never the doer


# --- "his country": the owner's state --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin said his country would retaliate against any attack.", [("RUS", None, "138")]),
        ("Erdogan warned that his country would launch a new offensive in Syria.", [("TUR", "SYR", "138")]),
        ("German Chancellor Olaf Scholz said his country would send tanks to Ukraine.", [("DEU", "UKR", "0332")]),
        ("Iran's foreign minister said his country would retaliate against Israel.", [("IRN", "ISR", "138")]),
        (
            "The leaders of France and Germany said their countries would support Ukraine.",
            [("FRA", "UKR", "032"), ("DEU", "UKR", "032")],
        ),
    ],
)
def test_possessive_country_is_the_owners_state(dyads, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text)
    for triple in expected:
        assert triple in found, found


def test_his_is_not_a_state_or_a_named_group(dyads) -> None:  # type: ignore[no-untyped-def]
    # "his" passes over Hamas (a named body) to Netanyahu, or stays unresolved; never Hamas's country
    found = dyads("Netanyahu vowed that Hamas would pay for attacking his country.")
    assert not any(t == "PSE" for _, t, _ in found)


def test_their_country_of_two_states_is_uncertain(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The leaders of France and Germany said their country would support Ukraine.")
    assert not any(s in ("FRA", "DEU") for s, _, _ in found)
