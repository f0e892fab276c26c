"""Helpers shared by the quotes tests: run the quotes stage on one text, pick a quote by its opening."""

from __future__ import annotations

from tacitus.nlp import model_version
from tacitus.quotes import extract_quotes
from tacitus.record import ActorMention, Article, Quote


def quotes_of(nlp, text: str, actors: tuple[ActorMention, ...] = (), **kwargs) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    """The quotes of ``text`` (``kwargs`` go to ``extract_quotes``, e.g. ``cues``).

    The parser is named as the pipeline does, so the tests run the link model the pipeline uses.
    """
    kwargs.setdefault("pipeline", model_version(nlp))
    return extract_quotes(nlp(text), Article(id="t", text=text), actors, **kwargs)


def quote_starting(quotes: tuple[Quote, ...], start: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in quotes]}"
    return found[0]
