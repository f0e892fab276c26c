"""Ingestion: every input yields an article or a recorded skip with its reason; offsets stay true."""

from __future__ import annotations

import json
from pathlib import Path

from tacitus.ingest import IngestOptions, make_article, read_bytes, read_inputs
from tacitus.ingest.text import article_id
from tacitus.record import Article, ArticleRecord

ENGLISH = ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Thursday. "
           "The two leaders signed an agreement on gas and said they would work together on Syria.")
FRENCH = ("Le président russe a rencontré son homologue turc à Moscou jeudi. Les deux dirigeants ont signé un "
          "accord sur le gaz et ont dit qu'ils travailleraient ensemble sur la Syrie pour la paix.")


def test_plain_text_headline_is_first_line_before_a_blank_line() -> None:
    [article] = read_bytes(f"Putin meets Erdogan\n\n{ENGLISH}\n".encode(), "a.txt")
    assert isinstance(article, Article)
    assert article.title == "Putin meets Erdogan"
    assert article.text == f"Putin meets Erdogan\n\n{ENGLISH}"
    start = article.text.index("Vladimir Putin")
    assert article.text[start:start + 14] == "Vladimir Putin"


def test_article_id_is_the_hash_of_the_normalised_text() -> None:
    one = make_article(ENGLISH + "  \r\n")
    two = make_article("  " + ENGLISH)
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.id == two.id == article_id(ENGLISH)


def test_jsonl_fields_and_metadata() -> None:
    line = {"id": "x-1", "title": "Talks", "text": ENGLISH, "date": "2016-12-01T08:00:00Z", "outlet": "Wire",
            "url": "http://example.org/1", "section": "world"}
    [article] = read_bytes((json.dumps(line) + "\n").encode(), "in.jsonl")
    assert isinstance(article, Article)
    assert (article.source_id, article.date, article.outlet, article.title) == ("x-1", "2016-12-01", "Wire", "Talks")
    assert article.metadata["section"] == "world"
    assert article.text.startswith("Talks\n\n")


def test_json_array_and_default_date() -> None:
    data = json.dumps([{"text": ENGLISH}, {"text": ENGLISH + " More.", "date": "2020-01-02"}]).encode()
    first, second = read_bytes(data, "in.json", IngestOptions(date="2019-05-05"))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.date, second.date) == ("2019-05-05", "2020-01-02")


def test_bad_inputs_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "french.txt").write_text(FRENCH)
    (tmp_path / "broken.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n{not json\n[1, 2]\n")
    items = list(read_inputs([str(tmp_path)]))
    reasons = sorted(item.skipped for item in items if isinstance(item, ArticleRecord) and item.skipped)
    assert reasons == [
        "binary content (NUL or control bytes)",
        "empty: no text to code",
        "expected a JSON object, found list",
        "malformed JSON on line 2: Expecting property name enclosed in double quotes",
        "not English (looks like 'fr')",
    ]
    assert sum(isinstance(item, Article) for item in items) == 1


def test_latin1_is_decoded_and_its_encoding_recorded() -> None:
    text = f"Café owners in Zürich protested on Monday. {ENGLISH} The naïve plan was dropped."
    [article] = read_bytes(text.encode("latin-1"), "latin.txt")
    assert isinstance(article, Article)
    assert "Café" in article.text and "Zürich" in article.text
    assert article.encoding is not None and article.encoding != "utf-8"


def test_huge_text_is_truncated_at_a_boundary_and_marked() -> None:
    article = make_article(ENGLISH * 2000, options=IngestOptions(max_chars=10_000))
    assert isinstance(article, Article)
    assert article.truncated and len(article.text) <= 10_000
    assert article.text.endswith(".")


def test_duplicates_in_one_run_are_recorded_not_coded_twice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.txt").write_text(ENGLISH + "\n")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["Article", "ArticleRecord"]
    assert items[1].skipped.startswith("duplicate of an article already read from")  # type: ignore[union-attr]


def test_missing_path_is_a_skip() -> None:
    [item] = read_inputs(["/no/such/file.txt"])
    assert isinstance(item, ArticleRecord) and item.skipped == "no such file or directory"


def test_short_english_with_foreign_looking_words_is_english() -> None:
    # "met" and "in" are Dutch function words too; names carry no language.
    article = make_article("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow.")
    assert isinstance(article, Article) and article.language == "en"
    german = make_article("Der Präsident hat am Montag die Kanzlerin in Berlin getroffen, und sie haben über "
                          "die Lage in der Ukraine gesprochen, sagte ein Sprecher der Regierung.")
    assert isinstance(german, ArticleRecord) and german.skipped == "not English (looks like 'de')"
