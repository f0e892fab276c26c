"""The quotes stage: who said what, with the speaker a reader would name."""

from __future__ import annotations

import pytest

from quote_helpers import quote_starting, quotes_of
from tacitus.quotes.cues import parse_cues
from tacitus.quotes.marks import find_marked_spans
from tacitus.record import ActorMention

# --- quotation marks over raw text -------------------------------------------------------------

def test_marks_straight_curly_and_nested() -> None:
    text = 'He said: "We read the question: “Do you agree?” and waited." Then “It is over,” she said.'
    assert [text[s.start:s.end] for s in find_marked_spans(text)] == [
        "We read the question: “Do you agree?” and waited.", "It is over"]


def test_marks_multi_paragraph_quote_continues() -> None:
    text = "“We will stay. We will not leave.\n\n“This is our home,” he said."
    spans = find_marked_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We will stay. We will not leave.", "This is our home"]
    assert [s.continues for s in spans] == [False, True]


def test_marks_ignore_stray_closing_mark() -> None:
    text = 'The screen was 27" wide. "Fine," he said.'
    assert [text[s.start:s.end] for s in find_marked_spans(text)] == ["Fine"]


# --- direct quotes ------------------------------------------------------------------------------

def test_direct_quote_with_speaker_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We hope to join efforts to fight terrorism,” Putin told reporters in Moscow."
    quote = quote_starting(quotes_of(nlp, text), "We hope")
    assert quote.kind == "direct"
    assert quote.text == "We hope to join efforts to fight terrorism"
    assert text[quote.start:quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.text == "Putin"
    assert quote.verb == "told"


def test_split_quote_parts_share_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"If they do not keep their promises," the minister said, "we will review the agreement."'
    quotes = quotes_of(nlp, text)
    first, second = quote_starting(quotes, "If they"), quote_starting(quotes, "we will review")
    assert first.kind == second.kind == "direct"
    assert first.speaker == second.speaker
    assert first.speaker is not None and first.speaker.text == "the minister"


def test_speaker_before_colon_and_following_quote_in_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Minister Sergei Lavrov told the conference: “We will judge them by their deeds.” "
            "“Words are not enough.”")
    quotes = quotes_of(nlp, text)
    assert quote_starting(quotes, "We will judge").speaker.text.endswith("Sergei Lavrov")  # type: ignore[union-attr]
    assert quote_starting(quotes, "Words are").speaker.text.endswith("Sergei Lavrov")  # type: ignore[union-attr]


def test_inverted_cue_and_descriptive_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Words are cheap," said Clara Weiss, a campaigner with Climate Action Now.'
    quote = quote_starting(quotes_of(nlp, text), "Words are cheap")
    assert quote.speaker is not None and quote.speaker.text.startswith("Clara Weiss")


def test_multi_paragraph_quote_is_one_quote_with_one_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The minister spoke for an hour.\n\n“We are not going to engage in combat. Our role is to train.\n\n"
            "“That is what we do best,” Stoltenberg said.")
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We are not going") and quotes[0].text.endswith("what we do best")
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Stoltenberg"


def test_unattributable_quote_is_kept_without_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The banner over the square was huge.\n\n“Nobody will divide this nation again.”"
    quote = quote_starting(quotes_of(nlp, text), "Nobody will divide")
    assert quote.kind == "direct" and quote.speaker is None


def test_title_in_quotes_is_not_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“He is right,” Flynn said on Fox News’s “Fox and Friends.”"
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["He is right"]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Flynn"


# --- indirect, mixed, partial -------------------------------------------------------------------

def test_indirect_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey's foreign minister warned on Tuesday that Ankara could walk away from the migrant deal."
    quote = quote_starting(quotes_of(nlp, text), "that Ankara")
    assert quote.kind == "indirect"
    assert quote.text == "that Ankara could walk away from the migrant deal"
    assert quote.speaker is not None and quote.speaker.text == "Turkey's foreign minister"
    assert quote.verb == "warned"


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to Kremlin spokesman Dmitry Peskov, no date has been set for a meeting."
    quote = quote_starting(quotes_of(nlp, text), "no date")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.text == "Kremlin spokesman Dmitry Peskov"
    assert quote.verb == "according to"


def test_mixed_quote_keeps_the_whole_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The spokesman said the strikes were “a clear message” to Tehran."
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("mixed", "the strikes were “a clear message” to Tehran")]


def test_partial_quote_inside_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "North Korean leader Kim Jong Un expressed readiness “for honest dialogue” with Washington."
    quote = quote_starting(quotes_of(nlp, text), "for honest dialogue")
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.text == "North Korean leader Kim Jong Un"


# --- speakers through the actors stage ----------------------------------------------------------

def test_speaker_reuses_actor_mention_and_pronoun_takes_its_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vladimir Putin spoke in Moscow. “We are ready,” he said."
    at = text.index("he said")
    putin = ActorMention("Vladimir Putin", 0, 14, "RUSGOV", "Vladimir Putin", "RUS", "GOV", entity=1)
    pronoun = ActorMention("he", at, at + 2, None, how="coreference", entity=1)
    quote = quote_starting(quotes_of(nlp, text, (putin, pronoun)), "We are ready")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.start) == ("he", at)
    assert (quote.speaker.code, quote.speaker.name) == ("RUSGOV", "Vladimir Putin")


def test_unresolved_speaker_gets_a_span_without_code(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The deal is dead,” a senior official said."
    quote = quote_starting(quotes_of(nlp, text), "The deal")
    assert quote.speaker is not None
    assert quote.speaker.text == "a senior official" and quote.speaker.code is None
    assert text[quote.speaker.start:quote.speaker.end] == "a senior official"


def test_cues_are_data(nlp) -> None:  # type: ignore[no-untyped-def]
    # a verb outside the dictionary never attributes a quotation (the learned model reports clauses only)
    text = '"The budget is far too small for us," the minister grumbled.'
    assert [q.speaker for q in quotes_of(nlp, text)] == [None]
    cues = parse_cues({"groups": {"extra": {"direct": True, "complements": ["ccomp"], "lemmas": ["grumble"]}}})
    quote = quote_starting(quotes_of(nlp, text, cues=cues), "The budget")
    assert quote.speaker is not None and quote.speaker.text == "the minister"


@pytest.mark.parametrize("text", ["", "No one said anything of note here", "“”"])
def test_nothing_to_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, text) == ()


def test_speaker_never_spans_a_paragraph_break(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Putin says Moscow ready to work with Washington\n\n"
            "Russian President Vladimir Putin said on Thursday that Moscow was ready to cooperate.")
    start, end = text.index("Washington"), text.index(" said")
    joined = ActorMention(text[start:end], start, end, "RUSGOV", "Vladimir Putin")  # a headline run into the body
    quote = quote_starting(quotes_of(nlp, text, (joined,)), "that Moscow")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.code) == ("Russian President Vladimir Putin", "RUSGOV")
    assert text[quote.speaker.start:quote.speaker.end] == quote.speaker.text
