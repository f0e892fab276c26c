"""A place entity the model cut short ("MEXICO" of "NEW MEXICO" in capitals) takes the capitalised word
before it when the longer name is a place; "The" never joins ("The U.S." stays "U.S.")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("NEW MEXICO lawmakers approved the budget.", "NEW MEXICO", "USA"),
        ("Lawmakers in NEW MEXICO approved the budget.", "NEW MEXICO", "USA"),
        ("Protesters marched in Mexico City.", "Mexico City", "MEX"),
        ("Yesterday Mexico raised tariffs on steel.", "Mexico", "MEX"),
        ("The U.S. economy grew as prices rose in the U.S. last year.", "U.S.", "USA"),
    ],
)
def test_place_names_are_whole(resources, text: str, place: str, country: str) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_text

    places = [(p.text, p.country) for p in code_text(text, date="2020-01-01", resources=resources).places]
    assert (place, country) in places
    assert not any(name.startswith("The ") for name, _ in places)
