"""The worker pool codes exactly what the in-process path codes, in input order."""

from __future__ import annotations

from tacitus.ingest import make_article
from tacitus.runner import code_items

TEXTS = [
    "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Thursday.",
    "Iraqi police fired tear gas at protesters in Baghdad on Tuesday, witnesses said.",
    "The European Union condemned the arrest of opposition leader Alexei Navalny on Sunday.",
    "Germany sent two planes carrying tents and medical supplies to Turkey on Wednesday.",
    "   ",
]


def test_pool_matches_in_process_and_keeps_order() -> None:
    items = [make_article(text, date="2021-01-17") for text in TEXTS]
    alone = [r.to_dict() for r in code_items(items, workers=1, chunk_size=2)]
    pooled = [r.to_dict() for r in code_items(items, workers=2, chunk_size=2)]
    assert pooled == alone
    assert [r["article"]["id"] for r in pooled] == [getattr(i, "id", None) or i.article.id for i in items]
    assert pooled[-1]["skipped"] == {"reason": "empty: no text to code"}
