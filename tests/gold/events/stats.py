"""Print the counts reported in README.md for a gold file (roots, tags, codes, years).

Usage: stats.py [path]  (default: events_gold.jsonl beside this script)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).with_name("events_gold.jsonl")


def main() -> None:
    """Print Markdown tables of events and texts per CAMEO root and texts per tag."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    events = [ev for rec in records for ev in rec["events"]]
    roots = Counter(ev["cameo"][:2] for ev in events)
    texts_per_root = Counter(root for rec in records for root in {ev["cameo"][:2] for ev in rec["events"]})
    tags = Counter(tag for rec in records for tag in rec["tags"])
    years = sorted({rec["date"][:4] for rec in records})
    print(f"texts: {len(records)}  events: {len(events)}  distinct CAMEO codes: "
          f"{len({ev['cameo'] for ev in events})}  negated: {sum(ev['negated'] for ev in events)}  "
          f"hypothetical: {sum(ev['hypothetical'] for ev in events)}  years: {years[0]}-{years[-1]}")
    print("\n| root | events | texts |\n|---|---|---|")
    for root in sorted(roots):
        print(f"| {root} | {roots[root]} | {texts_per_root[root]} |")
    print("\n| tag | texts |\n|---|---|")
    for tag, count in sorted(tags.items()):
        print(f"| {tag} | {count} |")


if __name__ == "__main__":
    main()
