"""Quotes stage: who said what — direct, partial, mixed and indirect quotes, attributed to speakers.

``extract_quotes(doc, article, actors)`` finds quotations in marks over the raw text, reporting cues
(``data/quotes/cues.yaml``) over the parse, and speakers through the actors stage's mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tacitus.quotes.attribution import find_cues
from tacitus.quotes.cues import CueDictionary, load_cues
from tacitus.quotes.direct import DirectAttributor, Found
from tacitus.quotes.grouping import drop_inside_mixed, join_mixed_continuations
from tacitus.quotes.indirect import find_indirect
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.learned import choose_link_model
from tacitus.quotes.marks import find_marked_spans
from tacitus.quotes.speakers import SpeakerResolver
from tacitus.quotes.tagged import TaggedAttributor
from tacitus.quotes.tagger import QuoteTagger
from tacitus.record import ActorMention, Article, Quote

__all__ = ["extract_quotes", "load_cues", "CueDictionary"]


def extract_quotes(doc: Doc, article: Article, actors: tuple[ActorMention, ...],
                   cues: CueDictionary | None = None, pipeline: str | None = None,
                   tagger: QuoteTagger | None = None) -> tuple[Quote, ...]:
    """Every quote in the article with its speaker, in text order.

    ``doc`` is the parse of ``article.text``; ``actors`` what the actors stage found in it. Offsets
    index ``article.text`` and exclude quotation marks. A quote whose speaker cannot be found is kept
    with ``speaker=None``. ``pipeline`` names the spaCy model that parsed ``doc``
    (``tacitus.nlp.model_version``): the link model that also reads the parser's contextual vectors
    is used only for the pipeline it was trained with, the sparse one otherwise. With a ``tagger``
    (the ``ml`` extra), indirect and mixed quotes come from its marks instead of the parse's clauses.
    """
    cues = cues or load_cues()
    layout = DocLayout(doc)
    spans = find_marked_spans(article.text)
    cue_list = find_cues(doc, cues, layout.sentence_of, choose_link_model(doc, pipeline))
    attributor = DirectAttributor(layout, cue_list, spans, cues.title_followers)
    direct = attributor.attribute()
    if tagger is not None:
        tagged = TaggedAttributor(layout, tagger.tag(doc), attributor.cues)
        indirect = tagged.find(spans, direct, attributor.inside_quote)
    else:
        indirect = find_indirect(layout, attributor.cues, spans, direct, attributor.inside_quote)
    direct = drop_inside_mixed(join_mixed_continuations(layout, direct, indirect), indirect)
    resolver = SpeakerResolver(doc, actors)
    return tuple(_to_quote(found, article, layout, resolver)
                 for found in sorted(direct + indirect, key=lambda f: (f.start, f.end)))


def _to_quote(found: Found, article: Article, layout: DocLayout, resolver: SpeakerResolver) -> Quote:
    sentence = layout.sentence_at(found.start)
    speaker = None
    verb = None
    cue = found.cue
    if cue is not None:
        verb = layout.doc[cue.token].text if " " not in cue.lemma else cue.lemma
        verb = cue.lemma if cue.lemma == ":" else verb
        if cue.speaker is not None and cue.speaker_head is not None:
            speaker = resolver.resolve(cue.speaker, cue.speaker_head, cue.antecedent, cue.sentence)
    return Quote(article.text[found.start:found.end], found.start, found.end, found.kind, speaker, verb, sentence)
