"""Precision rules from the fifth audit of coded events on real news: going back is no return of
property, recognising a fact is no diplomatic recognition, a thing that helps gives no aid, and a month
named "March" is no march."""

from __future__ import annotations


def _codes(found: list[tuple]) -> set[str]:
    return {event[2] for event in found}


def _roots(found: list[tuple]) -> set[str]:
    return {event[2][:2] for event in found}


# --- returning somewhere is no return of property ---------------------------------------------------------
def test_going_back_is_no_return_of_property(coded) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(coded("The Iraqi prime minister returned to Baghdad on Sunday."))
    assert "03" not in _roots(coded("Afghan students will return to school in the fall."))


def test_handing_something_back_stays_a_return(coded) -> None:  # type: ignore[no-untyped-def]
    assert "0842" in _codes(coded("Russia returned the seized ships to Ukraine on Monday."))
    assert "0842" in _codes(coded("China returned the detained fishing boats to Vietnam."))


# --- recognition goes to a state or its claim ---------------------------------------------------------------
def test_recognising_a_fact_is_no_recognition(coded) -> None:  # type: ignore[no-untyped-def]
    assert "054" not in _codes(coded("Canadian officials recognized that the tariffs would hurt farmers."))
    assert "054" not in _codes(coded("The German chancellor recognises the importance of free trade."))


def test_recognising_a_state_stays_recognition(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("The Trump administration recognized Juan Guaido as Venezuela's interim president.")
    assert ("USAGOV", "054") in {(e[0], e[2]) for e in found}
    assert "054" in _codes(coded("Sweden recognised Palestinian statehood on Thursday."))


# --- a thing that helps gives no aid -------------------------------------------------------------------------
def test_a_thing_that_helps_gives_no_aid(coded) -> None:  # type: ignore[no-untyped-def]
    assert not {"03", "07"} & _roots(coded("The new ruling will help Mexican asylum seekers in Texas."))
    assert not {"03", "07"} & _roots(coded("His endorsement could help Senator Sanders in Iowa."))


def test_a_giver_that_helps_stays_aid(coded) -> None:  # type: ignore[no-untyped-def]
    assert "07" in _roots(coded("The World Bank helped Egypt with a loan of two billion dollars."))
    assert ("USA", "EGY", "070", False) in coded("The United States helped Egypt through the crisis.")


# --- a month is no march --------------------------------------------------------------------------------------
def test_a_month_is_no_march(coded) -> None:  # type: ignore[no-untyped-def]
    assert "14" not in _roots(coded("President Trump declared in early March that the tests were perfect."))


def test_a_march_stays_a_protest(coded) -> None:  # type: ignore[no-untyped-def]
    assert "14" in _roots(coded("Thousands of Chilean students joined the march against the government."))


# --- talking to the press is no consultation ------------------------------------------------------------------
def test_talking_to_reporters_is_no_consultation(coded) -> None:  # type: ignore[no-untyped-def]
    assert "04" not in _roots(coded("President Macron speaks with reporters before leaving the Elysee Palace."))
    assert "04" not in _roots(coded("A State Department official was not authorized to talk to reporters."))


def test_talking_to_officials_stays_a_consultation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("FRAGOV", "DEUGOV", "040", False) in coded("President Macron spoke with Chancellor Merkel on Monday.")


# --- military posture needs forces in view --------------------------------------------------------------------
def test_posture_verbs_without_forces_are_no_posture(coded) -> None:  # type: ignore[no-untyped-def]
    assert "15" not in _roots(coded("The German government deployed mobile testing stations across Bavaria."))
    assert "15" not in _roots(coded("The Indian government mobilized thousands of health workers in Delhi."))
    assert "062" not in _codes(coded("The Chinese firm trained hundreds of suppliers in Vietnam."))


def test_posture_verbs_with_forces_stay(coded) -> None:  # type: ignore[no-untyped-def]
    assert "154" in _codes(coded("Russia deployed thousands of troops along the Ukrainian border."))
    assert "154" in _codes(coded("The Pentagon mobilized the marines after the embassy siege in Baghdad."))


# --- force done to an ideal is a figure -----------------------------------------------------------------------
def test_force_on_an_ideal_is_a_figure(coded) -> None:  # type: ignore[no-untyped-def]
    assert not {"18", "19", "20"} & _roots(coded("Senator Schumer said Trump's assault on the truth had begun."))
    assert not {"18", "19", "20"} & _roots(coded("Critics say President Bolsonaro attacked democracy in Brazil."))


def test_force_on_a_country_stays_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert "19" in _roots(coded("Russian forces attacked the Ukrainian city of Kharkiv on Monday."))


# --- other senses read from the verb's own complements --------------------------------------------------------
def test_other_senses_are_no_events(coded) -> None:  # type: ignore[no-untyped-def]
    assert "04" not in _roots(coded("The new French laws confer broad powers on the interior minister."))
    assert "015" not in _codes(coded("Afghan refugees were admitted to Germany under the program."))
    assert "041" not in _codes(coded("The former Ukrainian ambassador was called to testify before Congress."))
    assert "03" not in _roots(coded("Senator Sanders won most of the pledged delegates in Nevada."))


def test_the_same_verbs_keep_their_events(coded) -> None:  # type: ignore[no-untyped-def]
    assert "04" in _roots(coded("President Macron conferred with Chancellor Merkel on Monday."))
    assert "01" in _roots(coded("The Saudi government admitted responsibility for the killing of Khashoggi."))
    assert "041" in _codes(coded("President Trump called President Erdogan on Sunday."))


# --- a firm has no forces to show -----------------------------------------------------------------------------
def test_a_firm_shows_no_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert "15" not in _roots(coded("Boeing tested its new rocket in Florida on Saturday."))


def test_a_state_shows_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert "15" in _roots(coded("North Korea tested a new ballistic missile on Saturday."))


def test_a_date_in_a_headline_is_no_march(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Senator Warren (@SenWarren) March 1, 2020\n\nThe senator spoke in Boston on Sunday.")
    assert "14" not in _roots(found)


def test_returning_a_message_is_no_return(coded) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(coded("The French Foreign Ministry did not return an email seeking comment."))
    assert "08" not in _roots(coded("The Kremlin did not return calls from Reuters on Sunday."))
