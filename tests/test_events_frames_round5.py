"""Frame families a wire writer uses (round 5): attempts, obligations in reported speech, instructions,
orders to a foreign state, "called for X to …", and the intent/threat tables for protest, coercion and force.

Every sentence is written for this test (none is taken from a gold or evaluation file).
"""

from __future__ import annotations

import pytest

DATE = "2023-06-01"

CASES = [
    # attempts: CAMEO's one attempt code is 185; other attempts at force are coded by what was done
    ("A gunman tried to kill the Slovak prime minister.", (None, "SVKGOV", "185")),
    ("Rebels attempted to assassinate the Haitian president.", ("HTIREB", "HTIGOV", "185")),
    ("Gunmen tried to kidnap a Nigerian governor.", (None, "NGAGOV", "180")),
    ("Russian troops attempted to capture the city of Kharkiv.", ("RUSMIL", "UKR", "190")),
    # obligations laid on another party: must / has to / needs to demand, should advises (an appeal)
    ("Ukraine said Russia must withdraw its troops.", ("UKR", "RUS", "1056")),
    ("Russia must withdraw its troops, Ukraine said.", ("UKR", "RUS", "1056")),
    ("The EU said Belarus must free political prisoners.", ("IGOEUREEC", "BLR", "1053")),
    ("Iran said the United States must lift sanctions before any talks.", ("IRN", "USA", "1054")),
    ("The foreign minister said Israel needs to allow aid into Gaza.", ("GOV", "ISR", "1055")),
    ("Germany said Iran should release the detained journalists.", ("DEU", "IRN", "0253")),
    ("Putin told reporters that Ukraine must withdraw from the four regions.", ("RUSGOV", "UKR", "1056")),
    ("Poland said Russia must investigate the crash.", ("POL", "RUS", "101")),
    # "told X to …" is an instruction: a demand on the one told
    ("Biden told Netanyahu to stop the offensive in Rafah.", ("USAGOV", "ISRGOV", "1056")),
    ("The United States told Israel to allow more aid into Gaza.", ("USA", "ISR", "1055")),
    ("The US told Israel it must protect civilians in Gaza.", ("USA", "ISR", "1034")),
    # an order to a foreign state is a demand, coded by what it is to do
    ("The tribunal ordered China to release the Philippine fishermen.", (None, "CHN", "1053")),
    ("The Security Council ordered Iraq to allow weapons inspectors into the country.", ("IGOUNO", "IRQ", "1055")),
    # "called for X to …" is an appeal like "called on X to …"
    ("France called for Russia to withdraw its troops.", ("FRA", "RUS", "0256")),
    ("Britain called for Iran to release the detained sailors.", ("GBR", "IRN", "0253")),
    # a vow or threat of protest, coercion or force is a threat, coded by what is threatened
    ("Teachers in Kenya vowed to strike over pay.", ("KENEDU", "KENGOV", "133")),
    ("Thailand's army vowed to impose a curfew in the south.", ("THAMIL", None, "1323")),
    ("North Korea vowed to blockade South Korean ports.", ("PRK", None, "1381")),
    ("Russia threatened to seize Western assets.", ("RUS", None, "131")),
    ("Armed groups threatened to massacre villagers in Darfur.", (None, "SDNCVL", "1383")),
    ("North Korea threatened to use nuclear weapons against the United States.", ("PRK", "USA", "1385")),
    ("Poland demanded that Russia investigate the crash.", ("POL", "RUS", "101")),
    # a failed attempt is an attempt
    ("Gunmen tried but failed to kill the Colombian senator.", (None, "COLLEG", "185")),
    # wanting another party to act asks it to; wanting to act is intent
    ("The United States wants Israel to allow more aid into Gaza.", ("USA", "ISR", "0255")),
    ("Russia wants to resume talks with Ukraine.", ("RUS", "UKR", "036")),
    # a warning or appeal not to act is the frame's generic code, not a negated event
    ("China warned Taiwan not to declare independence.", ("CHN", "TWN", "130")),
    ("The United States urged Israel not to invade Rafah.", ("USA", "ISR", "020")),
]


@pytest.mark.parametrize(("text", "event"), CASES, ids=[f"{event[2]} {text[:40]}" for text, event in CASES])
def test_frame_is_coded(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    assert event in dyads(text, date=DATE)


def test_attempt_is_not_the_act(dyads) -> None:  # type: ignore[no-untyped-def]
    """A failed killing is no killing, a failed kidnapping no abduction."""
    codes = {code for _, _, code in dyads("A gunman tried to kill the Slovak prime minister.", date=DATE)}
    assert codes == {"185"}
    codes = {code for _, _, code in dyads("Gunmen tried to kidnap a Nigerian governor.", date=DATE)}
    assert "181" not in codes


def test_attempt_without_force_reads_the_act(dyads) -> None:  # type: ignore[no-untyped-def]
    """Attempts the table does not list are read as the act itself (no attempt code exists for them)."""
    assert ("SRBCVL", "SRBGOV", "145") in dyads("The protesters tried to storm the parliament in Belgrade.", date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Germany said it must increase defence spending.",  # the speaker's own policy
        "Biden said the United States must support Ukraine.",  # the speaker's own state
        "The president told the army to withdraw from the border.",  # one's own forces
        "Officials said Russia must have known about the plot.",  # "must have": an inference
        "The Pentagon said Iran should be held responsible.",  # a passive obliges someone unnamed
        "Putin told reporters that Russia would respond to any attack.",  # no modal: a statement
        "Ukraine said Russia must not attack civilians.",  # a demand to refrain codes no 10x
    ],
)
def test_no_obligation_on_another_party(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [code for _, _, code in dyads(text, date=DATE) if code[:2] in ("10", "02")]


def test_vow_of_unspecified_force_is_an_unspecified_threat(dyads) -> None:  # type: ignore[no-untyped-def]
    """190 ("crush", "retaliate") has no more specific threat than 138."""
    assert ("CHN", "USA", "138") in dyads("China vowed to retaliate against the United States.", date=DATE)


def test_modals_must_name_a_frame() -> None:
    """A modal that names no frame is a data error, caught when the dictionary loads."""
    from tacitus.events.dictionary import PredicateError, _load_frames

    with pytest.raises(PredicateError):
        _load_frames({"obligation": {"verbs": ["say"], "modals": {"must": "nowhere"}}}, {})


def test_refrain_is_not_negated_but_the_frame_word_is(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_text

    warned = code_text("China warned Taiwan not to declare independence.", date=DATE, resources=resources)
    assert [e.negated for e in warned.events] == [False]
    vowed = code_text("Israel did not threaten to invade Lebanon.", date=DATE, resources=resources)
    assert all(e.negated for e in vowed.events)


@pytest.mark.parametrize(
    "text",
    [
        "Jindal said he expects the Supreme Court to rule against the subsidies.",  # a prediction
        "Haley told NBC's Meet the Press.",  # no to-infinitive: no instruction
    ],
)
def test_no_appeal_or_demand(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [code for _, _, code in dyads(text, date=DATE) if code[:2] in ("10", "02")]
