"""The events stage: CAMEO/PLOVER coding of who did what to whom, with evidence.

Actors are given explicitly here (as the actors stage would hand them over), so these tests pin the
events stage's own behaviour: voice, coordination, frames, flags, headlines and evidence.
"""

from __future__ import annotations

import pytest

from tacitus.events import cameo_table, extract_events, load_predicates, lookup
from tacitus.record import ActorMention, Article


@pytest.fixture(scope="module")
def predicates():  # type: ignore[no-untyped-def]
    return load_predicates()


def _mentions(text: str, codes: dict[str, str]) -> tuple[ActorMention, ...]:
    """Actor mentions for each listed surface string (every occurrence), as the actors stage gives them."""
    found = []
    for surface, code in codes.items():
        start = text.find(surface)
        while start != -1:
            found.append(ActorMention(surface, start, start + len(surface), code, country=code[:3]))
            start = text.find(surface, start + 1)
    return tuple(sorted(found, key=lambda m: m.start))


@pytest.fixture(scope="module")
def code(nlp, predicates):  # type: ignore[no-untyped-def]
    def run(text: str, codes: dict[str, str], title: str | None = None) -> list[tuple]:
        article = Article(id="t", text=text, title=title, date="2020-01-01")
        events = extract_events(nlp(text), article, _mentions(text, codes), predicates)
        return [
            (
                e.source.code if e.source else None,
                e.target.code if e.target else None,
                e.cameo,
                e.negated,
                e.hypothetical,
            )
            for e in events
        ]

    return run


def test_code_table_has_goldstein_quad_class_and_plover() -> None:
    attack = lookup("190")
    assert (attack.root, attack.quad_class, attack.goldstein, attack.plover_type) == ("19", 4, -10.0, "ASSAULT")
    assert lookup("042").plover_mode == "visit"
    assert lookup("010").plover_type is None  # PLOVER dropped 01x and 02x
    assert {c.root for c in cameo_table().values()} == {f"{n:02d}" for n in range(1, 21)}


def test_dictionary_covers_every_root_and_most_codes(predicates) -> None:  # type: ignore[no-untyped-def]
    coded = {p.code for group in (predicates.verbs, predicates.nouns) for ps in group.values() for p in ps}
    coded |= {c for frame in predicates.frames.values() for c in frame.codes.values()}
    assert {c[:2] for c in coded} == {f"{n:02d}" for n in range(1, 21)}
    specific = [c for c in cameo_table() if len(c) > 2]
    assert len(coded & set(specific)) / len(specific) > 0.85


def test_active_voice(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Russia attacked Georgia on Friday.", {"Russia": "RUS", "Georgia": "GEO"}) == [
        ("RUS", "GEO", "190", False, False)
    ]


def test_passive_voice_swaps_source_and_target(code) -> None:  # type: ignore[no-untyped-def]
    got = code("The embassy in Kabul was attacked by Taliban fighters.", {"Kabul": "AFG", "Taliban": "AFGINSTAL"})
    assert got == [("AFGINSTAL", "AFG", "190", False, False)]


def test_verb_object_pattern_and_preposition_target(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "The European Union imposed new sanctions on Belarus.", {"The European Union": "IGOEUREEC", "Belarus": "BLR"}
    )
    assert got == [("IGOEUREEC", "BLR", "163", False, False)]


def test_coordinated_sources_give_one_event_each(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Britain and France condemned Iran.", {"Britain": "GBR", "France": "FRA", "Iran": "IRN"})
    assert sorted(got) == [("FRA", "IRN", "111", False, False), ("GBR", "IRN", "111", False, False)]


def test_symmetric_meeting_codes_both_directions(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Russia and Turkey held talks in Sochi.", {"Russia": "RUS", "Turkey": "TUR"})
    assert sorted(got) == [("RUS", "TUR", "040", False, False), ("TUR", "RUS", "040", False, False)]


def test_appeal_frame_takes_the_complement_code(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "Obama urged Putin to withdraw troops from Ukraine.", {"Obama": "USAGOV", "Putin": "RUSGOV", "Ukraine": "UKR"}
    )
    assert got == [("USAGOV", "RUSGOV", "0256", False, False)]


def test_intent_frame_is_not_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    got = code("France is ready to send peacekeepers to Mali.", {"France": "FRA", "Mali": "MLI"})
    assert got == [("FRA", "MLI", "0334", False, False)]


def test_refusal_frame(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Israel refused to release the Palestinian prisoners.", {"Israel": "ISR", "Palestinian": "PSE"})
    assert got == [("ISR", "PSE", "1243", False, False)]


def test_reported_speech_codes_the_embedded_event(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "Iran said Israel had bombed its consulate in Damascus.", {"Iran": "IRN", "Israel": "ISR", "Damascus": "SYR"}
    )
    assert [(s, c) for s, _, c, _, _ in got] == [("ISR", "195")]


def test_negated_event_is_flagged(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Putin did not meet Erdogan.", {"Putin": "RUSGOV", "Erdogan": "TURGOV"}) == [
        ("RUSGOV", "TURGOV", "040", True, False)
    ]


def test_conditional_event_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    got = code("If Iran attacks Israel, the response will be severe.", {"Iran": "IRN", "Israel": "ISR"})
    assert got == [("IRN", "ISR", "190", False, True)]


def test_future_statement_is_intent(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Germany will send tanks to Ukraine.", {"Germany": "DEU", "Ukraine": "UKR"})
    assert got == [("DEU", "UKR", "0332", False, False)]


def test_headline_is_read_by_word_order(code) -> None:  # type: ignore[no-untyped-def]
    text = "Russia, Turkey demand end to violence in Syria"
    got = code(text, {"Russia": "RUS", "Turkey": "TUR", "Syria": "SYR"}, title=text)
    assert sorted(got) == [("RUS", "SYR", "1056", False, False), ("TUR", "SYR", "1056", False, False)]


def test_background_relative_clause_is_not_an_event(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "Pope Francis visited Iraq, which the United States invaded in 2003.",
        {"Pope Francis": "VAT", "Iraq": "IRQ", "the United States": "USA"},
    )
    assert got == [("VAT", "IRQ", "042", False, False)]


def test_sentence_without_a_predicate_yields_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Russia is the largest country in the world.", {"Russia": "RUS"}) == []
    assert code("The weather in Moscow was cold.", {"Moscow": "RUSGOV"}) == []


def test_event_carries_evidence_and_codes(nlp, predicates) -> None:  # type: ignore[no-untyped-def]
    text = "Chinese warships fired missiles at Taiwan on Monday."
    article = Article(id="a1", text=text, date="2022-08-04")
    (event,) = extract_events(nlp(text), article, _mentions(text, {"Chinese": "CHNMIL", "Taiwan": "TWN"}), predicates)
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "fired missiles"
    assert (event.cameo, event.root, event.quad_class, event.goldstein) == ("195", "19", 4, -10.0)
    assert event.plover.event_type == "ASSAULT"
    assert event.sentence_index == 0 and event.sentence == text
    assert 0 < event.confidence <= 1
    again = extract_events(nlp(text), article, _mentions(text, {"Chinese": "CHNMIL", "Taiwan": "TWN"}), predicates)
    assert again[0].id == event.id  # stable ids


def test_no_actor_no_event(nlp, predicates) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a village overnight."
    assert extract_events(nlp(text), Article(id="x", text=text), (), predicates) == ()
