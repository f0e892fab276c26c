"""The learned link model: contents PolNeAR counts as attributions beyond the hand-written speech cues."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tacitus.quotes import extract_quotes
from tacitus.quotes.attribution import model_candidates
from tacitus.quotes.learn import candidate_rows, hand_cues, main, train, write_model
from tacitus.quotes.learned import load_link_model, parse_model
from tacitus.quotes.polnear import GoldArticle, GoldQuote
from tacitus.record import Article


def _quotes(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract_quotes(nlp(text), Article(id="t", text=text), ())


def test_shipped_model_loads_with_threshold() -> None:
    model = load_link_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000


def test_model_reports_what_a_poll_shows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A new Reuters poll shows the governor leading the race by eight points."
    quote = next(q for q in _quotes(nlp, text) if q.kind == "indirect")
    assert quote.text == "the governor leading the race by eight points"
    assert quote.speaker is not None and quote.speaker.text == "A new Reuters poll"
    assert quote.verb == "shows"


def test_model_prefers_the_topic_over_the_venue(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senator Warren talked about student debt and housing costs at the rally in Denver.")
    model = load_link_model()
    assert model is not None
    scored = {(doc[c.token].text, doc[c.span[0]:c.span[1]].text): model.probability(c.names)
              for c in model_candidates(doc, hand_cues(), set())}
    topic = scored[("talked", "student debt and housing costs")]
    assert topic > 2 * scored[("talked", "the rally in Denver")]
    assert topic > 10 * scored[("rally", "Denver")]


def test_model_leaves_plain_narration_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "The river rose sharply after the storm and flooded two villages.") == ()


def test_parse_model_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = parse_model("# comment\n__bias__\t-1.0\n__threshold__\t0.4\nlemma=talk\t2.5\npos=VERB\t0.5\n")
    assert model.threshold == 0.4
    assert model.probability(["lemma=talk", "pos=VERB", "unseen"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_candidates_name_their_link_and_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The mayor talked about the new budget.")
    candidates = model_candidates(doc, hand_cues(), set())
    talk = [c for c in candidates if doc[c.token].lemma_ == "talk"]
    assert {(c.link, doc[c.span[0]:c.span[1]].text) for c in talk} >= {("prep:about", "the new budget")}
    assert all(doc[c.subject].text == "mayor" for c in talk if c.subject is not None)
    assert all("lemma=talk" in c.names for c in talk)


def test_training_rows_are_labelled_by_gold_overlap(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor talked about the new budget."
    at = text.index("the new budget")
    gold = GoldArticle("g", text, (GoldQuote(((at, at + len("the new budget")),), "indirect"),))
    rows = list(candidate_rows([(gold, nlp(text))], hand_cues()))
    labelled = {name.split("=", 1)[1] for names, hit in rows if hit for name in names if name.startswith("link=")}
    assert "prep:about" in labelled or "rest" in labelled
    assert any(not hit for _, hit in rows) or len(rows) == sum(hit for _, hit in rows)


def test_train_and_write_round_trip(tmp_path: Path) -> None:
    rows = [(["good", "x"], True)] * 20 + [(["bad", "x"], False)] * 20
    weights, bias = train(rows, regularisation=1.0, min_count=1)
    assert weights["good"] > 0 > weights["bad"]
    path = tmp_path / "model.tsv"
    write_model(weights, bias, 0.5, path)
    model = parse_model(path.read_text(encoding="utf-8"))
    assert model.probability(["good", "x"]) > 0.5 > model.probability(["bad", "x"])


def test_learner_refuses_the_dev_split(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--polnear", str(tmp_path / "dev"), "--out", str(tmp_path / "m.tsv")])
