"""Gold records that point into a corpus (``ref``) instead of holding the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.corpus_refs import CorpusRefError, corpora_folder, resolve_text, sentence_digest
from tacitus.events.evaluate import load_gold

ARTICLE = "Monday, May 3, 2021\n\nThe Kenyan government expelled two Ugandan diplomats on Sunday. Talks failed."
SENTENCE = "The Kenyan government expelled two Ugandan diplomats on Sunday."


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "shared" / "corpora" / "news"
    folder.mkdir(parents=True)
    (folder / "articles.jsonl").write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\n", encoding="utf-8")
    return tmp_path / "shared" / "corpora"


def _ref(**changes: object) -> dict[str, object]:
    start = ARTICLE.index(SENTENCE)
    ref = {"corpus": "news/articles.jsonl", "article": "a1", "start": start, "end": start + len(SENTENCE),
           "sha1": sentence_digest(SENTENCE)}
    return {**ref, **changes}


def test_a_reference_reads_its_sentence(tmp_path: Path) -> None:
    assert resolve_text(_ref(), _corpus(tmp_path)) == SENTENCE


def test_changed_text_or_a_missing_article_is_a_clear_error(tmp_path: Path) -> None:
    corpora = _corpus(tmp_path)
    with pytest.raises(CorpusRefError, match="has changed"):
        resolve_text(_ref(sha1="000000000000"), corpora)
    with pytest.raises(CorpusRefError, match="not in"):
        resolve_text(_ref(article="a2"), corpora)
    with pytest.raises(CorpusRefError, match="not found"):
        resolve_text(_ref(corpus="news/other.jsonl"), corpora)


def test_the_corpora_folder_is_found_above_the_gold_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TACITUS_CORPORA", raising=False)
    corpora = _corpus(tmp_path)
    gold_dir = tmp_path / "main" / "tests" / "gold"
    gold_dir.mkdir(parents=True)
    assert corpora_folder(gold_dir / "x.jsonl") == corpora
    monkeypatch.setenv("TACITUS_CORPORA", "/elsewhere")
    assert corpora_folder(gold_dir / "x.jsonl") == Path("/elsewhere")


def test_load_gold_reads_referenced_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_CORPORA", str(_corpus(tmp_path)))
    gold = tmp_path / "gold.jsonl"
    event = {"source": "KENGOV", "target": "UGAGOV", "cameo": "1663", "negated": False, "hypothetical": False}
    gold.write_text(json.dumps({"id": "wn-1", "ref": _ref(), "date": "2021-05-03", "tags": [],
                                "events": [event]}) + "\n", encoding="utf-8")
    item = load_gold(gold).items[0]
    assert (item.text, item.date, item.events[0].cameo) == (SENTENCE, "2021-05-03", "1663")
