"""The learned link model: contents PolNeAR counts as attributions beyond the hand-written speech cues."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from quote_helpers import quotes_of
from tacitus.quotes.attribution import content_links, model_candidates
from tacitus.quotes.learn import candidate_rows, hand_dictionary, main, train, write_model
from tacitus.quotes.learned import load_link_model, parse_model
from tacitus.quotes.polnear import GoldArticle, GoldQuote


def test_shipped_model_loads_with_threshold() -> None:
    model = load_link_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000


def test_model_reports_what_a_poll_shows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A new Reuters poll shows the governor leading the race by eight points."
    quote = next(q for q in quotes_of(nlp, text) if q.kind == "indirect")
    assert quote.text == "the governor leading the race by eight points"
    assert quote.speaker is not None and quote.speaker.text == "A new Reuters poll"
    assert quote.verb == "shows"


def test_model_prefers_the_topic_over_the_venue(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senator Warren talked about student debt and housing costs at the rally in Denver.")
    model = load_link_model()
    assert model is not None
    scored = {(doc[c.token].text, doc[c.span[0]:c.span[1]].text): model.probability(c.names)
              for c in model_candidates(doc, hand_dictionary(), set())}
    topic = scored[("talked", "student debt and housing costs")]
    assert topic > 2 * scored[("talked", "the rally in Denver")]
    assert topic > 10 * scored[("rally", "Denver")]


def test_model_leaves_plain_narration_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, "The river rose sharply after the storm and flooded two villages.") == ()


def test_parse_model_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = parse_model("# comment\n__bias__\t-1.0\n__threshold__\t0.4\n__speakerless_threshold__\t0.8\n"
                        "lemma=talk\t2.5\npos=VERB\t0.5\n")
    assert model.threshold == 0.4 and model.speakerless == 0.8
    assert parse_model("__bias__\t0\n").speakerless == 1.0  # by default nothing without a speaker
    assert model.probability(["lemma=talk", "pos=VERB", "unseen"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_candidates_name_their_link_and_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The mayor talked about the new budget.")
    candidates = model_candidates(doc, hand_dictionary(), set())
    talk = [c for c in candidates if doc[c.token].lemma_ == "talk"]
    assert {(c.link, doc[c.span[0]:c.span[1]].text) for c in talk} >= {("prep:about", "the new budget")}
    assert all(doc[c.subject].text == "mayor" for c in talk if c.subject is not None)
    assert all("lemma=talk" in c.names for c in talk)


def test_training_rows_are_labelled_by_gold_overlap(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor talked about the new budget."
    at = text.index("the new budget")
    gold = GoldArticle("g", text, (GoldQuote(((at, at + len("the new budget")),), "indirect"),))
    rows = list(candidate_rows([(gold, nlp(text))], hand_dictionary()))
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


def _links(doc, word: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.text == word)
    return {link: doc[span[0]:span[1]].text for link, span in content_links(doc, token)}


def test_rest_of_the_phrase_stops_at_a_conjoined_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trump took full credit for the wall and promised that Mexico would pay for it.")
    assert _links(doc, "took")["rest"] == "full credit for the wall"


def test_a_report_after_the_clause_it_comments_on(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(nlp, "Taxes will rise next year, the report found.")
    assert [(q.text, q.verb, q.kind) for q in quotes] == [("Taxes will rise next year", "found", "indirect")]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "the report"


def test_stance_objects_are_reported_but_plain_actions_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    backed = quotes_of(nlp, "Warren backed a ban on assault weapons.")
    assert [(q.text, q.verb) for q in backed] == [("a ban on assault weapons", "backed")]
    assert quotes_of(nlp, "Police arrested two men near the station on Friday.") == ()


def test_hand_written_cue_content_is_one_flagged_candidate(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.quotes.attribution import hand_cues, judged_cues
    from tacitus.quotes.layout import DocLayout

    doc = nlp("The minister said that the talks would resume on Monday.")
    kept, judged = judged_cues(doc, hand_cues(doc, hand_dictionary(), DocLayout(doc).sentence_of))
    said = [c for c in model_candidates(doc, hand_dictionary(), kept, judged) if doc[c.token].text == "said"]
    assert [c.link for c in said] == ["hand:ccomp"]
    assert "hand=direct|True" in said[0].names


def test_heads_inside_quotation_marks_offer_no_candidates(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('"We support the plan to rebuild the bridge," the mayor said.')
    heads = {doc[c.token].text for c in model_candidates(doc, hand_dictionary(), set())}
    assert not heads & {"support", "plan", "rebuild"}


def test_a_clause_is_reported_once_though_two_heads_reach_it(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(nlp, "Sanders says the country cannot move forward until the court ruling is overturned.")
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["the country cannot move forward until the court ruling is overturned"]
    assert indirect[0].verb == "says"


def test_the_model_judges_hand_written_cues_too(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(nlp, "The senator said that the bill would pass easily. It rained all day in the capital.")
    assert [(q.text, q.verb, q.kind) for q in quotes] == [("that the bill would pass easily", "said", "indirect")]


def test_contents_without_a_speaker_need_the_speakerless_threshold(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.quotes.attribution import find_cues
    from tacitus.quotes.layout import DocLayout
    from tacitus.quotes.learned import LinkModel

    doc = nlp("Talks about the new budget continued late into the night.")
    sure = math.log(0.6 / 0.4)  # every candidate scores 0.6

    def speakerless(model: LinkModel) -> list[str]:
        cues = find_cues(doc, hand_dictionary(), DocLayout(doc).sentence_of, model)
        return [doc[c.content[0]:c.content[1]].text for c in cues if c.content is not None and c.speaker is None]

    assert speakerless(LinkModel({}, sure, 0.5, 0.7)) == []
    assert "the new budget" in speakerless(LinkModel({}, sure, 0.5, 0.5))


@pytest.mark.parametrize("text", ["Nobody said anything about the deal.", "No one expected the vote to pass."])
def test_a_negated_subject_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, text) == ()
    assert quotes_of(nlp, text, pipeline=None) == ()
    # the reported clause's own negated subject is content, not a reason to drop it
    assert [q.text for q in quotes_of(nlp, "Officials said no one was hurt.")] == ["no one was hurt"]
