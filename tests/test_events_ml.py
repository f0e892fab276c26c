"""The optional ML events stage: classifier, trainer and how its proposals join the dictionary's events.

A deterministic stand-in embedder (hashed words, numpy) replaces MiniLM, so most run without PyTorch;
the fine-tuning and real-model tests are skipped when the extra is not installed.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.events.ml import NO_EVENT, WEIGHTS, MLCoder, RootClassifier
from tacitus.events.ml_train import LABELS, Example, label_vector, lede, plover_root_map, silver_root, wire_examples
from tacitus.pipeline import Options, Resources, code_text, load_resources

DIM = 64
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo_to_plover.tsv"


class WordHashEmbedder:
    """Bag of lowercase words hashed into 64 dimensions, unit length: deterministic and torch-free."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), DIM))
        for row, text in enumerate(texts):
            for word in text.lower().replace(".", " ").split():
                vectors[row, zlib.crc32(word.encode()) % DIM] += 1.0
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def constant(label: str, probability: float, threshold: float = 0.5) -> RootClassifier:
    """A classifier that gives ``label`` this probability for every sentence (the rest spread evenly)."""
    others = (1 - probability) / (len(LABELS) - 1)
    bias = np.log(np.array([probability if name == label else others for name in LABELS]))
    return RootClassifier(LABELS, np.zeros((DIM, len(LABELS))), bias, threshold)


def ml_resources(classifier: RootClassifier) -> Resources:
    return replace(load_resources(Options()), ml=MLCoder(classifier, WordHashEmbedder()))


def test_fine_tuning_learns_separable_roots():
    pytest.importorskip("peft")
    from tacitus.events.ml_train import Settings, fine_tune

    texts = ["Rebels shelled the town overnight.", "Artillery pounded army positions.", "Troops fired on the rebels.",
             "The ministers met for talks.", "The two leaders held talks in Geneva.", "Envoys met to discuss trade.",
             "The weather was sunny.", "The river flows through three countries."]
    labels = ["19", "19", "19", "04", "04", "04", NO_EVENT, NO_EVENT]
    examples = [Example(str(n), text, label_vector([] if label == NO_EVENT else [label]), "wire")
                for n, (text, label) in enumerate(zip(texts, labels, strict=True))]
    model = fine_tune(examples, [1.0] * len(examples), Settings(rank=4, epochs=12, rate=2e-3, batch=4))
    probabilities = model.classifier().probabilities(model.encode(["Gunmen shelled the village.",
                                                                   "Foreign ministers met for talks in Paris."]))
    assert [LABELS[int(row.argmax())] for row in probabilities] == ["19", "04"]


def test_threshold_and_no_event_yield_nothing():
    vector = np.zeros((1, DIM))
    assert constant("19", 0.4, threshold=0.5).predict(vector) == [None]
    assert constant(NO_EVENT, 0.9).predict(vector) == [None]
    assert constant("19", 0.9).predict(vector)[0] == ("19", pytest.approx(0.9))


def test_weights_round_trip(tmp_path):
    model = constant("11", 0.8, threshold=0.35)
    adapter = {"lora.encoder.layer.0.attention.self.query.A": np.ones((4, DIM), dtype=np.float16),
               "lora_scale": np.array(2.0)}
    model.save(tmp_path / "w.npz", adapter)
    loaded = RootClassifier.load(tmp_path / "w.npz")
    assert loaded.labels == LABELS and loaded.threshold == pytest.approx(0.35)
    assert loaded.predict(np.ones((1, DIM)))[0][0] == "11"
    with np.load(tmp_path / "w.npz") as arrays:  # the encoder's fine-tuning travels in the same file
        assert arrays["lora.encoder.layer.0.attention.self.query.A"].shape == (4, DIM)


def test_shipped_weights_load():
    model = RootClassifier.load()
    assert model.labels == LABELS and 0 < model.threshold < 1 and model.weights.shape == (384, len(LABELS))
    with resources.files("tacitus").joinpath(WEIGHTS).open("rb") as handle, np.load(handle) as arrays:
        layers = [key for key in arrays.files if key.startswith("lora.encoder.layer.")]
        assert len(layers) == 2 * 6 * 6 and float(arrays["lora_scale"]) > 0  # A and B of 6 linear layers x 6 blocks


def test_proposes_one_event_for_an_uncoded_sentence():
    record = code_text("Russia flummoxed Ukraine on Tuesday.", date="2020-01-01",
                       resources=ml_resources(constant("11", 0.8)))
    [event] = record.events
    assert (event.source.code, event.target.code, event.root, event.cameo) == ("RUS", "UKR", "11", "110")
    assert event.how == "ml" and event.trigger.text == "flummoxed" and event.confidence == pytest.approx(0.8)


def test_passive_by_phrase_is_the_source():
    record = code_text("Ukraine was flummoxed by Russia on Tuesday.", date="2020-01-01",
                       resources=ml_resources(constant("11", 0.8)))
    [event] = record.events
    assert (event.source.code, event.target.code) == ("RUS", "UKR")


def test_the_argument_reader_finds_a_coordinated_doer():
    # the events stage's reader sees through the coordination; the word-order fallback would take Russia alone
    record = code_text("Russia and China flummoxed Ukraine on Tuesday.", date="2020-01-01",
                       resources=ml_resources(constant("11", 0.8)))
    assert [(e.source.code, e.target.code) for e in record.events] == [("RUS", "UKR")]


def test_wire_sentences_train_their_roots():
    wire = Path(__file__).resolve().parents[1] / "training" / "events_wire_sentences.tsv"
    examples = wire_examples(wire)
    assert len(examples) > 5000 and all(e.origin == "wire" for e in examples)
    roots = {LABELS[int(e.target.argmax())] for e in examples}
    assert roots == set(LABELS)  # every CAMEO root, and eventless sentences ("none") as "no event"


def test_dictionary_events_are_never_replaced():
    text = "Russian warplanes bombed Ukraine on Monday. France flummoxed Germany on Tuesday."
    plain = code_text(text, date="2020-01-01")
    with_ml = code_text(text, date="2020-01-01", resources=ml_resources(constant("11", 0.8)))
    assert plain.events and all(e.how != "ml" for e in plain.events)
    assert with_ml.events[: len(plain.events)] == plain.events
    [proposed] = with_ml.events[len(plain.events):]
    assert proposed.how == "ml" and proposed.sentence_index == 1
    assert (proposed.source.code, proposed.target.code) == ("FRA", "DEU")


def test_one_actor_or_low_probability_yields_nothing():
    assert code_text("Russia flummoxed everyone on Tuesday.", resources=ml_resources(constant("11", 0.8))).events == ()
    assert code_text("Russia flummoxed Ukraine.", resources=ml_resources(constant("11", 0.3))).events == ()


def test_plover_types_map_to_roots_only_without_ambiguity():
    if not REFERENCE.is_file():
        pytest.skip("shared reference not present")
    mapping = plover_root_map(REFERENCE)
    assert silver_root({"code": "ACCUSE", "mode": "INVESTIGATE"}, mapping) == "09"
    assert silver_root({"code": "ACCUSE", "mode": "ALLEGE"}, mapping) == "11"
    assert silver_root({"code": "PROTEST", "mode": "UNKNOWN-MODE"}, mapping) == "14"
    assert silver_root({"code": "ASSAULT", "mode": None}, mapping) is None  # 18 or 19


def test_lede_is_the_first_sentence():
    assert lede("Troops crossed into Mali on Friday. Officials said more would follow.\n\nMore.") == (
        "Troops crossed into Mali on Friday.")


def test_ml_option_without_the_extra_names_the_install(tmp_path):
    try:
        import torch  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the extra is installed here")
    text = tmp_path / "a.txt"
    text.write_text("Russia flummoxed Ukraine.")
    result = CliRunner().invoke(app, ["code", str(text), "--ml", "--no-store"])
    assert result.exit_code != 0 and "tacitus[ml]" in result.output
    result = CliRunner().invoke(app, ["eval", "events", "--ml"])
    assert result.exit_code != 0 and "tacitus[ml]" in result.output


def test_real_minilm_proposes_an_attack():
    pytest.importorskip("torch")
    from tacitus.events.ml import load_ml_coder

    resources = ml_resources(constant("11", 0.8))
    resources.ml = load_ml_coder()
    vectors = resources.ml.embedder.encode(["Rebels shelled the town.", "Rebels bombarded the town."])
    assert vectors.shape == (2, 384) and float(vectors[0] @ vectors[1]) > 0.6
    record = code_text("Russian artillery pounded Ukrainian positions near Kharkiv overnight.", date="2023-01-01",
                       resources=resources)
    assert all(e.root in ("18", "19", "20") for e in record.events if e.how == "ml")


def test_threshold_option_overrides_the_trained_one():
    pytest.importorskip("torch")
    from tacitus.events.ml import load_ml_coder

    trained = RootClassifier.load().threshold
    assert load_ml_coder(threshold=0.9).classifier.threshold == pytest.approx(0.9) != trained
    resources = load_resources(Options(ml=True, ml_threshold=0.95))
    assert resources.ml.classifier.threshold == pytest.approx(0.95)
