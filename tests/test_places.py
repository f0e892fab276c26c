"""Places stage: toponyms found and resolved the way a reader would, and events pinned where they happened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.places import extract_places, load_gazetteer, locate_events
from tacitus.record import ActorMention, Article, Event, Plover, Span

GOLD = Path(__file__).parent / "gold" / "places" / "places.jsonl"


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def places_of(nlp, gazetteer, text: str, actors: tuple[ActorMention, ...] = ()):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text)
    doc = nlp(text)
    return doc, article, extract_places(doc, article, actors, gazetteer)


def resolved(nlp, gazetteer, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    return {p.text: (p.name, p.country, p.admin1, p.geonameid) for p in places_of(nlp, gazetteer, text)[2]}


def test_georgia_is_the_country_unless_the_article_is_american(nlp, gazetteer) -> None:
    country = resolved(nlp, gazetteer, "Russian troops remain in Georgia, officials in Tbilisi said.")
    assert country["Georgia"][1] == "GEO" and country["Georgia"][3] == 614540
    state = resolved(nlp, gazetteer, "Voters in Georgia went to the polls as officials in Atlanta counted ballots.")
    assert state["Georgia"][1:3] == ("USA", "Georgia")


def test_tripoli_follows_the_article_country(nlp, gazetteer) -> None:
    libya = resolved(nlp, gazetteer, "Militias clashed in Tripoli, the capital of Libya.")
    assert libya["Tripoli"][1] == "LBY"
    lebanon = resolved(nlp, gazetteer, "Gunmen clashed in Tripoli, near the border with Syria, and in Beirut, "
                                       "the capital of Lebanon.")
    assert lebanon["Tripoli"][1] == "LBN"


def test_a_qualifier_picks_the_small_namesake(nlp, gazetteer) -> None:
    found = resolved(nlp, gazetteer, "A storm hit Paris, Texas, and Moscow, Idaho, on the same day.")
    assert found["Paris"][1:3] == ("USA", "Texas")
    assert found["Moscow"][1:3] == ("USA", "Idaho")
    famous = resolved(nlp, gazetteer, "The talks moved from Paris to Moscow.")
    assert famous["Paris"][1] == "FRA" and famous["Moscow"][3] == 524901


def test_names_the_model_mislabels_are_still_found(nlp, gazetteer) -> None:
    found = resolved(nlp, gazetteer, "Warplanes struck rebel positions in eastern Aleppo as diplomats met "
                                     "at the Kremlin.")
    assert found["Aleppo"][1:] == ("SYR", found["Aleppo"][2], 170063)
    assert found["Kremlin"][0] == "Kremlin" and found["Kremlin"][1] == "RUS"


def test_landmarks_and_regions_from_the_extras_file(nlp, gazetteer) -> None:
    _, _, places = places_of(nlp, gazetteer, "Rockets were fired from the Gaza Strip while troops raided "
                                             "towns in the West Bank and Crimea.")
    by_name = {p.name: p for p in places}
    assert by_name["Gaza Strip"].country == "PSE" and by_name["Gaza Strip"].feature == "region"
    assert by_name["West Bank"].lat == pytest.approx(31.95, abs=0.5)
    assert by_name["Crimea"].country == "UKR"


def test_a_capital_used_as_an_actor_is_not_a_place(nlp, gazetteer) -> None:
    actor = resolved(nlp, gazetteer, "Moscow said the sanctions were illegal.")
    assert "Moscow" not in actor
    place = resolved(nlp, gazetteer, "The sanctions were discussed at talks in Moscow.")
    assert place["Moscow"][3] == 524901


def test_offsets_point_into_the_article_text(nlp, gazetteer) -> None:
    text = "Protesters gathered in Cairo and Alexandria on Friday."
    _, _, places = places_of(nlp, gazetteer, text)
    assert [text[p.start:p.end] for p in places] == ["Cairo", "Alexandria"]
    assert all(p.lat is not None and p.geonameid for p in places)


def test_dateline_is_a_place(nlp, gazetteer) -> None:
    _, _, places = places_of(nlp, gazetteer, "BEIRUT (Reuters) - The cabinet met on Monday.")
    assert places[0].how == "dateline" and places[0].country == "LBN"


def _event(doc, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.text == trigger)
    return Event(id=trigger, sentence_index=0, sentence=token.sent.text, source=None, target=None,
                 trigger=Span(token.text, token.idx, token.idx + len(token)), cameo="190", root="19",
                 quad_class=4, goldstein=-10.0, plover=Plover("ASSAULT"))


def test_event_location_clause_then_sentence_then_dateline(nlp, gazetteer) -> None:
    text = ("DAMASCUS (AP) - Officials in Ankara said warplanes bombed Idlib on Monday. "
            "Rebels shelled a checkpoint. Ministers met in Paris to discuss aid for Turkey.")
    doc, article, places = places_of(nlp, gazetteer, text)
    events = tuple(_event(doc, word) for word in ("bombed", "said", "shelled", "met"))
    located = {e.id: e.location for e in locate_events(doc, article, events, places, gazetteer)}
    assert (located["bombed"].name, located["bombed"].how) == ("Idlib", "clause")
    assert (located["said"].name, located["said"].how) == ("Ankara", "clause")
    assert (located["shelled"].name, located["shelled"].how) == ("Damascus", "dateline")
    assert located["met"].name == "Paris"


def test_event_is_never_pinned_to_another_sentence(nlp, gazetteer) -> None:
    doc, article, places = places_of(nlp, gazetteer, "Fighting raged in Aleppo. The minister resigned on Monday.")
    located = locate_events(doc, article, (_event(doc, "resigned"),), places, gazetteer)
    assert located[0].location is None


def test_participants_are_not_locations(nlp, gazetteer) -> None:
    doc, article, places = places_of(nlp, gazetteer, "The European Union imposed new sanctions on Belarus.")
    located = locate_events(doc, article, (_event(doc, "imposed"),), places, gazetteer)
    assert located[0].location is None


def test_gold_set_meets_the_targets() -> None:
    from tacitus.cli import app

    result = CliRunner().invoke(app, ["eval", "places", str(GOLD), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["gold_toponyms"] >= 200 and report["passages"] >= 40 and report["events"] >= 60
    assert report["within_50km"] >= 0.90
    assert report["event_location"] >= 0.80


def test_eval_places_prints_a_table() -> None:
    from tacitus.cli import app

    result = CliRunner().invoke(app, ["eval", "places", str(GOLD)])
    assert result.exit_code == 0
    assert "within 50 km" in result.output and "event location" in result.output


def test_eval_places_names_a_missing_gold_file(tmp_path: Path) -> None:
    from tacitus.cli import app

    result = CliRunner().invoke(app, ["eval", "places", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


def test_eval_places_names_the_bad_line_of_a_gold_file(tmp_path: Path) -> None:
    from tacitus.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "In Kyiv."}\nnot json\n')
    result = CliRunner().invoke(app, ["eval", "places", str(gold)])
    assert result.exit_code == 2 and "line 2 is not places gold JSON" in result.output
    gold.write_bytes(b"\xff\xfe\n")
    result = CliRunner().invoke(app, ["eval", "places", str(gold)])
    assert result.exit_code == 2 and "not places gold JSON" in result.output


def test_a_place_in_another_clause_with_its_own_subject_is_not_used(nlp, gazetteer) -> None:
    text = "Officials in Washington welcomed the advance, while Iran said it had sent advisers to Samarra."
    doc, article, places = places_of(nlp, gazetteer, text)
    located = locate_events(doc, article, (_event(doc, "welcomed"),), places, gazetteer)
    assert located[0].location is not None and located[0].location.name == "Washington"
