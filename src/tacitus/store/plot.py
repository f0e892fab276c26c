"""Plots over query results (matplotlib, Agg backend): a dyad timeline and an actor network."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, never a window: works on servers and in tests

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import Normalize  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

COOP, CONFLICT = "#1b7837", "#c51b7d"
_BAR_DAYS = {"day": 0.85, "week": 6, "month": 27, "year": 330}  # bars start at the period's first day


def plot_dyad(rows: Sequence[dict[str, Any]], source: str, target: str, by: str, out: Path,
              both_directions: bool = False) -> Path:
    """Two panels over time: cooperation vs conflict event counts, and the mean Goldstein score."""
    arrow = "↔" if both_directions else "→"
    periods = [date.fromisoformat(r["period"]) for r in rows]
    coop = [r["verbal_coop"] + r["material_coop"] for r in rows]
    conflict = [r["verbal_conflict"] + r["material_conflict"] for r in rows]
    means = [r["goldstein_mean"] if r["goldstein_mean"] is not None else 0.0 for r in rows]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(11, 6.5), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})
    width = _BAR_DAYS[by]
    top.bar(periods, coop, width=width, align="edge", color=COOP, label="cooperation (quad 1–2)")
    top.bar(periods, [-c for c in conflict], width=width, align="edge", color=CONFLICT,
            label="conflict (quad 3–4)")
    top.axhline(0, color="black", linewidth=0.8)
    top.set_ylabel(f"events per {by}\n(conflict drawn below 0)")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))  # event counts: whole numbers only
    top.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{abs(v):.0f}"))
    top.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    total = sum(r["events"] for r in rows)
    span = f"{rows[0]['period']} to {rows[-1]['period']}" if rows else "no events"
    top.set_title(f"{source} {arrow} {target}: cooperation vs conflict by {by} ({total} events, {span})")
    bottom.bar(periods, means, width=width, align="edge", color=[COOP if m >= 0 else CONFLICT for m in means])
    bottom.axhline(0, color="black", linewidth=0.8)
    bottom.set_ylim(-10, 10)
    bottom.set_ylabel("mean Goldstein\n(−10 conflict … +10 coop)")
    bottom.set_xlabel(by)
    locator = mdates.MonthLocator() if by == "month" and len(periods) <= 24 else mdates.AutoDateLocator()
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for axis in (top, bottom):
        axis.grid(axis="y", alpha=0.3)
        axis.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def plot_network(edges: Sequence[dict[str, Any]], out: Path, title: str = "Actor network") -> Path:
    """Directed network on a circle: node size = events, arrow width = events between the pair, arrow
    colour = mean Goldstein (red conflict, green cooperation)."""
    volume: dict[str, int] = {}
    for edge in edges:
        for actor in (edge["source"], edge["target"]):
            volume[actor] = volume.get(actor, 0) + edge["weight"]
    nodes = sorted(volume, key=lambda a: (-volume[a], a))
    position = {a: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
                for i, a in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(10, 9))
    cmap, norm = plt.get_cmap("RdYlGn"), Normalize(vmin=-10, vmax=10)
    heaviest = max((e["weight"] for e in edges), default=1)
    for edge in edges:
        ax.add_patch(FancyArrowPatch(
            position[edge["source"]], position[edge["target"]], arrowstyle="-|>", mutation_scale=14,
            connectionstyle="arc3,rad=0.15", shrinkA=14, shrinkB=14, alpha=0.85,
            linewidth=0.8 + 5 * math.sqrt(edge["weight"] / heaviest),
            color=cmap(norm(edge["goldstein_mean"] or 0.0))))
    biggest = max(volume.values(), default=1)
    for actor in nodes:
        x, y = position[actor]
        ax.scatter([x], [y], s=150 + 1800 * volume[actor] / biggest, color="#d9d9d9", edgecolor="#404040",
                   zorder=3)
        away = 1.16 + 0.08 * volume[actor] / biggest  # outside the node, however big it is
        ax.annotate(f"{actor}\n({volume[actor]})", (x * away, y * away), ha="center", va="center", fontsize=9,
                    zorder=4)
    sm = plt.cm.ScalarMappable(cmap=cmap, norm=norm)
    fig.colorbar(sm, ax=ax, shrink=0.6, label="mean Goldstein of the pair (−10 conflict … +10 cooperation)")
    ax.set_title(f"{title}\nnode size: events involving the actor; arrow: source → target, width = events")
    ax.set_xlim(-1.35, 1.35)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    if not edges:
        ax.text(0, 0, "no edges match", ha="center")
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out
