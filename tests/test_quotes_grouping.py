"""Quotes stage, third round: how quotations group into attributions and which ones are direct."""

from __future__ import annotations

from quote_helpers import quote_starting, quotes_of
from tacitus.quotes.attribution import Cue
from tacitus.quotes.cues import load_cues, parse_cues
from tacitus.quotes.direct import Found
from tacitus.quotes.grouping import drop_inside_mixed


def test_quotation_after_a_mixed_quote_joins_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('In the Dominican Republic, "baseball and politics are the national sport," he says. '
            '"So if the commissioner\'s job opens up, let me know."')
    quotes = quotes_of(nlp, text)
    mixed, follow = quote_starting(quotes, "In the Dominican"), quote_starting(quotes, "So if")
    assert mixed.kind == follow.kind == "mixed"
    assert follow.speaker is not None and follow.speaker.text == "he"
    assert (follow.speaker, follow.verb) == (mixed.speaker, mixed.verb)  # one attribution


def test_quotation_opening_in_lower_case_is_partial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Instead, Axelrod said, "she started as such a prohibitive favorite, and that hurt her."'
    quote = quote_starting(quotes_of(nlp, text), "she started")
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.text == "Axelrod"


def test_split_quote_continuing_in_lower_case_stays_direct(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not give up," the senator said, "and nobody in this chamber should doubt it."'
    quotes = quotes_of(nlp, text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].speaker == quotes[1].speaker


def test_cue_in_the_sentence_before_never_introduces_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pressed by the host, Mr. Trump said there was no evidence of his involvement. "
            "''If he has killed reporters, I think that's terrible,'' Mr. Trump said. "
            "''But he has always denied it.''")
    quotes = quotes_of(nlp, text)
    first, second = quote_starting(quotes, "If he has"), quote_starting(quotes, "But he has")
    assert first.verb == second.verb == "said"
    assert first.speaker is not None and first.speaker == second.speaker
    assert text[first.speaker.start:first.speaker.end] == "Mr. Trump"
    assert first.speaker.start > text.index("evidence")  # the speaker right after the quotation


def test_listed_title_with_byline_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('FAREWELL—"The Living Room to close at the end of December," by Times\' Ben Sisario.\n\n'
            '"We were surprised by the decision," said the club\'s owner.')
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes if q.kind == "direct"] == ["We were surprised by the decision"]
    # without the comma, "by" is a passive agent and the quotation stays
    text = '"We are frustrated and horrified" by the attack, the council wrote in a statement.'
    assert quote_starting(quotes_of(nlp, text), "We are frustrated").kind == "direct"


def test_cue_groups_merge_only_the_shared_lemma() -> None:
    cues = parse_cues({"groups": {
        "speech": {"direct": True, "complements": ["ccomp"], "lemmas": ["say", "mention"]},
        "stance": {"direct": False, "complements": ["dobj"], "lemmas": ["mention", "blame"]},
    }})
    mention, blame = cues.entry("mention"), cues.entry("blame")
    assert mention is not None and mention.direct and mention.complements == {"ccomp", "dobj"}
    # a lemma listed after a shared one keeps its own group's flags
    assert blame is not None and not blame.direct and blame.complements == {"dobj"}


def test_shipped_naming_and_stance_cues_never_introduce_quotations() -> None:
    cues = load_cues()
    for lemma in ("call", "blame", "welcome", "expect"):
        entry = cues.entry(lemma)
        assert entry is not None and not entry.direct, lemma
    assert "by" in cues.title_followers


def test_quotation_after_a_reported_clause_and_colon_is_one_mixed_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'He said he came up with the sign idea: "Democrats $1, Republicans $10." Sales were great.'
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", 'he came up with the sign idea: "Democrats $1, Republicans $10.')]
    # a bare cue (or one with adverbials only) before the colon leaves the quotation direct
    quote = quote_starting(quotes_of(nlp, 'Trump said in a speech on Tuesday: "We will win."'), "We will win")
    assert quote.kind == "direct"


def test_quotation_inside_a_mixed_quote_of_its_cue_is_not_reported_twice() -> None:
    said = Cue(1, "say", True, (0, 1), 0, None, (2, 12), 0, "ccomp")
    other = Cue(20, "say", True, (19, 20), 19, None, None, 1, None)
    mixed = Found(10, 80, "mixed", said, 0)
    inside, elsewhere = Found(40, 79, "partial", said, 1), Found(40, 79, "direct", other, 2)
    assert drop_inside_mixed([inside, elsewhere], [mixed]) == [elsewhere]
