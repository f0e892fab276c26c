"""Recollections (an event dated to an earlier year than the article) and standing conditions (a present
passive with no agent) are not news: no event.

Every sentence is written for this test (none is taken from a gold, evaluation or corpus file).
"""

from __future__ import annotations

import pytest

from tacitus.events.evaluate import GoldItem

DATE = "2019-09-14"


@pytest.mark.parametrize("text", [
    "In 2006, the refinery was the target of an al-Qaeda suicide attack.",
    "Russia annexed Crimea in 2014.",
    "The 2014 annexation of Crimea by Russia is still disputed.",
    "Turkish troops attacked Kurdish positions in northern Syria in March 2018.",
])
def test_an_earlier_year_is_a_recollection(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert dyads(text, date=DATE) == []


@pytest.mark.parametrize(("text", "event"), [
    ("Russia annexed Crimea in March.", ("RUS", "UKR", "192")),
    ("Israel struck Gaza on Monday, a year after the 2018 ceasefire.", ("ISR", "PSE", "190")),
    ("Germany expelled two Russian diplomats in 2019.", ("DEU", "RUSGOV", "161")),
])
def test_this_year_or_a_dated_aside_keeps_the_event(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    assert event in dyads(text, date=DATE)


def test_an_undated_gold_text_has_no_year_for_the_events_stage() -> None:
    item = GoldItem("x", "Russia annexed Crimea in 1998.", "2000-01-01", (), dated=False)
    assert item.article().date == "2000-01-01"  # the actors still read roles as of the default date
    assert item.article(for_events=True).date is None


@pytest.mark.parametrize("text", [
    "The Muslim Brotherhood is banned in Egypt.",
    "Under the rules, the accounts of the ministry are audited every year.",
    "Aid groups want to ensure that the needs of refugees are met.",
])
def test_a_standing_condition_is_no_event(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert dyads(text, date=DATE) == []


@pytest.mark.parametrize(("text", "event"), [
    ("The opposition leader was arrested by police in Minsk on Monday.", ("BLRCOP", "BLROPP", "173")),
    ("Protesters are being detained by police in Minsk.", ("BLRCOP", "BLRCVL", "173")),
])
def test_a_past_or_agentive_passive_keeps_the_event(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    assert event in dyads(text, date=DATE)
