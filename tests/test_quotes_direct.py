"""Quotes stage, fourth round: which marks quote, which quotations open direct quotes, which cue is theirs."""

from __future__ import annotations

from quote_helpers import quote_starting, quotes_of
from tacitus.quotes.marks import find_marked_spans


def _marked(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_marked_spans(text)]


def test_straight_single_marks_quote_a_headline_sentence() -> None:
    assert _marked("Merkel: 'We will manage this.'\n\nThe chancellor spoke in Berlin.") == ["We will manage this."]


def test_straight_single_marks_stay_apostrophes_before_lower_case_and_digits() -> None:
    text = "Fans of rock 'n' roll in the '90s said \"It was a golden age,\" and the voters' choice was clear."
    assert _marked(text) == ["It was a golden age"]


def test_mark_closing_a_markup_attribute_opens_nothing() -> None:
    text = '<tweet author="@senator" date="May 1, 2016\n">We will win this state in November.</tweet>'
    assert _marked(text) == []  # the tweet's text is not a quotation opened by the date's closing mark


def test_quotation_opening_a_paragraph_is_direct_whatever_ends_the_one_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The bill passed on Tuesday. (The Senate had rejected it in March.)\n\n"
            "“We finally got it done, and families will feel it,” said Senator Maria Lopez.")
    quote = quote_starting(quotes_of(nlp, text), "We finally")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Senator Maria Lopez"


def test_doubled_apostrophe_quote_takes_the_cue_right_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The mayor has weighed a run for months. ''Was I going to stay out of it forever?'' she told me. "
            "''Or was I going to do something about it?''")
    first, second = quote_starting(quotes_of(nlp, text), "Was I"), quote_starting(quotes_of(nlp, text), "Or was")
    assert first.verb == second.verb == "told"
    assert first.speaker is not None and first.speaker.text == "she"
    assert second.speaker == first.speaker


def test_cue_before_a_colon_introduces_the_next_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We want peace,” Ms. Haddad said. “We are not terrorists.” Mr. Karimi said: “The attack hurt all of us.”"
    quotes = quotes_of(nlp, text)
    second, third = quote_starting(quotes, "We are not"), quote_starting(quotes, "The attack")
    assert second.speaker is not None and second.speaker.text == "Ms. Haddad"
    assert third.speaker is not None and third.speaker.text == "Mr. Karimi"


def test_title_of_a_work_after_a_noun_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The senator described his childhood in his 2014 memoir, “A Long Road Home,” and in interviews. "
            "“We had nothing,” he said.")
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes if q.kind == "direct"] == ["We had nothing"]


def test_speaker_read_before_a_subjectless_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the name on the date before it and leaves "said" without a subject
    text = ("And in a call with reporters on Oct. 3, Col. Anne B. Reyes, a military spokeswoman in Baghdad, "
            "said, ''I mean, a raid is a combat operation. There is no way around that.''")
    quote = quote_starting(quotes_of(nlp, text), "I mean")
    assert quote.speaker is not None and quote.speaker.text == "Col. Anne B. Reyes"


def test_any_verb_after_a_quotation_and_its_speaker_attributes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Few voters came to the rally.\n\n"
            "“People are afraid of wasting their votes,” he surmised. “They want a winner.”")
    quotes = quotes_of(nlp, text)
    first, second = quote_starting(quotes, "People are"), quote_starting(quotes, "They want")
    assert first.verb == "surmised" and first.speaker is not None and first.speaker.text == "he"
    assert second.speaker == first.speaker


def test_a_sentence_after_a_chant_names_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The strike spread.\n\n“Jobs now, jobs for all of us!” Thousands of workers marched on the capital."
    assert [q.verb for q in quotes_of(nlp, text) if q.text.startswith("Jobs now")] in ([], [None])
