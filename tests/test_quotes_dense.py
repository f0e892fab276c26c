"""The dense link model: the learned ranker also reads the parser's contextual vectors (``doc.tensor``)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.tokens import Doc

from quote_helpers import quotes_of
from tacitus.nlp import model_version
from tacitus.quotes.learn import fit, write_model
from tacitus.quotes.learned import (
    DENSE_MODEL_FILE,
    DENSE_SLOTS,
    choose_link_model,
    dense_features,
    load_link_model,
    parse_model,
)


def test_dense_features_read_the_head_the_edges_the_mean_and_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The senator said the deal was good for farmers.")
    features = dense_features(doc, [(2, 1, (3, 9)), (2, None, (0, 2))])
    width = doc.tensor.shape[1]
    slot = {name: slice(i * width, (i + 1) * width) for i, name in enumerate(DENSE_SLOTS)}
    assert features.shape == (2, len(DENSE_SLOTS) * width)
    tensor = doc.tensor
    assert numpy.allclose(features[0, slot["head"]], tensor[2])
    assert numpy.allclose(features[0, slot["first"]], tensor[3])
    assert numpy.allclose(features[0, slot["last"]], tensor[8])
    assert numpy.allclose(features[0, slot["before"]], tensor[2])
    assert numpy.allclose(features[0, slot["after"]], tensor[9])
    assert numpy.allclose(features[0, slot["mean"]], tensor[3:9].mean(axis=0), atol=1e-5)
    assert numpy.allclose(features[0, slot["subject"]], tensor[1])
    # nothing before the document's first token, and no subject: zeros
    assert not features[1, slot["before"]].any() and not features[1, slot["subject"]].any()


def test_fit_learns_dense_weights_that_apply_to_raw_vectors() -> None:
    rng = numpy.random.default_rng(0)
    dense = rng.normal(3.0, 2.0, size=(400, 8)).astype(numpy.float32)
    labels = dense[:, 0] > 3.0
    weights, bias, vector = fit([(["x"], bool(y)) for y in labels], dense, regularisation=1.0, min_count=1,
                                steps=300)
    assert vector is not None
    predicted = bias + weights.get("x", 0.0) + dense @ vector > 0
    assert (predicted == labels).mean() > 0.95


def test_dense_model_round_trips_with_its_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "dense.tsv"
    vector = numpy.arange(len(DENSE_SLOTS) * 2, dtype=numpy.float32) / 10
    write_model({"lemma=say": 1.5}, -0.5, 0.45, path, 0.7, vector, "en_core_web_sm-3.8.0")
    model = parse_model(path.read_text(encoding="utf-8"))
    assert model.pipeline == "en_core_web_sm-3.8.0" and model.weights == {"lemma=say": 1.5}
    assert model.dense is not None and numpy.allclose(model.dense, vector)
    assert "dense:head:0\t" in path.read_text(encoding="utf-8")


def test_shipped_dense_model_records_its_pipeline_and_stays_small() -> None:
    model = load_link_model(name=DENSE_MODEL_FILE)
    assert model is not None and model.dense is not None and model.pipeline
    assert len(model.dense) % len(DENSE_SLOTS) == 0
    assert load_link_model(name=DENSE_MODEL_FILE) is model  # loaded once


def test_dense_model_only_for_its_own_pipeline_and_a_doc_with_a_tensor(nlp) -> None:  # type: ignore[no-untyped-def]
    dense, sparse = load_link_model(name=DENSE_MODEL_FILE), load_link_model()
    doc = nlp("The mayor said the budget would pass.")
    if dense is None or dense.pipeline != model_version(nlp):
        pytest.skip("the dense model was trained with another spaCy model")
    assert choose_link_model(doc, model_version(nlp)) is dense
    assert choose_link_model(doc, None) is sparse  # unknown parser
    assert choose_link_model(doc, "en_core_web_md-3.8.0") is sparse  # another parser's vectors
    bare = Doc(nlp.vocab, words=["The", "mayor", "said", "so"])  # e.g. a transformer pipeline: no tensor
    assert choose_link_model(bare, model_version(nlp)) is sparse


def test_extract_quotes_falls_back_to_the_sparse_model(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said the budget would pass next week."
    for pipeline in (None, model_version(nlp)):
        quotes = quotes_of(nlp, text, pipeline=pipeline)
        assert [(q.text, q.kind) for q in quotes] == [("the budget would pass next week", "indirect")]


_SENTENCES = ("Protesters in the capital demanded a state of emergency after the floods.",
              "The governor signed a ban on military-style weapons on Friday.",
              "The senator voiced support for the climate accord.")


def test_pool_workers_parse_with_tensors_and_use_the_dense_model(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.record import Article
    from tacitus.runner import code_items

    if load_link_model(name=DENSE_MODEL_FILE) is None:
        pytest.skip("no dense model shipped")
    dense = [[q.text for q in quotes_of(nlp, text, pipeline=model_version(nlp))] for text in _SENTENCES]
    sparse = [[q.text for q in quotes_of(nlp, text, pipeline=None)] for text in _SENTENCES]
    assert dense != sparse  # the sentences tell the two models apart
    articles = [Article(id=str(n), text=text) for n, text in enumerate(_SENTENCES)]
    pooled = [[q.text for q in record.quotes] for record in code_items(articles, workers=2, chunk_size=1)]
    assert pooled == dense
