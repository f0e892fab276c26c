"""Measuring the quotes stage: the PolNeAR reader, the overlap scorer and ``tacitus eval quotes``."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.quotes.evaluate import DEFAULT_GOLD, evaluate, read_gold
from tacitus.quotes.polnear import read_ann, read_polnear
from tacitus.quotes.scoring import QuoteScores, score_article
from tacitus.record import ActorMention, Quote

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / DEFAULT_GOLD

# a brat file written for this test in PolNeAR's shape: a split direct quote, an indirect one
TEXT = '"We will win," the senator said, "and we will win big." Her rival said the race was close.'
ANN = "\n".join([
    "T1\tSource 15 26\tthe senator",
    "T2\tCue 27 31\tsaid",
    "T3\tContent 0 14;33 55\t\"We will win,\" \"and we will win big.\"",
    "T4\tAttribution 27 31\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tSource 56 65\tHer rival",
    "T6\tCue 66 70\tsaid",
    "T7\tContent 71 89\tthe race was close",
    "T8\tAttribution 66 70\tsaid",
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
])


def test_read_ann_fragments_kinds_and_sources() -> None:
    split, indirect = read_ann(ANN, TEXT)
    assert split.content == ((0, 14), (33, 55)) and split.kind == "direct"
    assert TEXT[split.source[0][0]:split.source[0][1]] == "the senator"
    assert indirect.kind == "indirect" and indirect.content == ((71, 89),)


def test_read_polnear_picks_one_annotator_per_article(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "pub_2016-01-01_story.txt").write_text(TEXT, encoding="utf-8")
    for annotator in ("b222", "a111"):
        (tmp_path / "attributions" / f"pub_2016-01-01_story_{annotator}.ann").write_text(ANN, encoding="utf-8")
    (article,) = read_polnear(tmp_path)
    assert article.id == "pub_2016-01-01_story" and article.date == "2016-01-01" and len(article.quotes) == 2


def _speaker(text: str, start: int) -> ActorMention:
    return ActorMention(text, start, start + len(text), None)


def test_split_parts_with_one_speaker_score_as_one_attribution() -> None:
    gold = read_ann(ANN, TEXT)
    senator = _speaker("the senator", 15)
    predicted = [Quote("We will win", 1, 12, "direct", senator, "said"),
                 Quote("and we will win big.", 34, 54, "direct", senator, "said"),
                 Quote("the race was close", 71, 89, "indirect", _speaker("Her rival", 56), "said")]
    scores = QuoteScores()
    score_article(scores, TEXT, gold, predicted)
    for category in ("direct", "indirect", "all"):
        tally = scores.tally(category, 0.8)
        assert (tally.precision, tally.recall, tally.speaker_accuracy) == (1.0, 1.0, 1.0)


def test_wrong_speaker_and_short_span_are_counted() -> None:
    gold = read_ann(ANN, TEXT)
    predicted = [Quote("We will win", 1, 12, "direct", _speaker("Her rival", 56), "said")]
    scores = QuoteScores()
    score_article(scores, TEXT, gold, predicted)
    loose, strict = scores.tally("direct", 0.5), scores.tally("direct", 0.8)
    assert loose.matched == 0 and loose.predicted == 1  # 3 of 7 gold tokens: under half
    assert strict.recall == 0.0


def test_pronoun_speaker_right_through_its_coreference_chain() -> None:
    text = "Smith spoke. He said the vote was rigged."
    gold = read_ann("T1\tSource 0 5\tSmith\nT2\tContent 21 40\tx\nT3\tAttribution 16 20\tsaid\n"
                    "E1\tAttribution:T3 Content:T2 Source:T1", text)
    pronoun = ActorMention("He", 13, 15, "USA", "Smith", entity=4)  # gold names "Smith", we found "He"
    smith = ActorMention("Smith", 0, 5, "USA", "Smith", entity=4)
    scores = QuoteScores()
    score_article(scores, text, gold, [Quote("the vote was rigged", 21, 40, "indirect", pronoun, "said")],
                  actors=(smith, pronoun))
    assert scores.tally("indirect", 0.5).speaker_accuracy == 1.0


def test_own_gold_set_is_large_and_scores_well(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = read_gold(GOLD)
    assert sum(len(a.quotes) for a in articles) >= 150
    scores = evaluate(articles)
    assert scores.tally("direct", 0.5).f1 >= 0.9
    assert scores.tally("direct", 0.5).speaker_accuracy >= 0.9
    assert scores.tally("indirect", 0.5).f1 >= 0.7


def test_eval_quotes_cli_prints_the_table() -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--skip-polnear", "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    for word in ("direct", "indirect", "all", "F1@0.5", "F1@0.8", "speaker right"):
        assert word in result.output


def test_eval_quotes_cli_names_a_missing_polnear_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--polnear", str(tmp_path), "--gold", str(GOLD)])
    assert result.exit_code == 1
    assert "is not a PolNeAR split" in result.output
