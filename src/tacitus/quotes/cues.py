"""The cue dictionary: which words introduce reported speech, loaded once from ``data/quotes/cues.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

CUES_FILE = "cues.yaml"


@dataclass(frozen=True)
class CueEntry:
    """What one cue lemma may introduce."""

    lemma: str
    direct: bool
    complements: frozenset[str]


@dataclass(frozen=True)
class SourcePhrase:
    """A multi-word cue whose prepositional object is the speaker ("according to X")."""

    words: tuple[str, ...]
    speaker_prep: str


@dataclass(frozen=True)
class CueDictionary:
    """Cue lemmas (merged across groups), source phrases and the words that never speak."""

    version: str
    verbs: dict[str, CueEntry]
    source_phrases: tuple[SourcePhrase, ...]
    non_speakers: frozenset[str]
    relative_pronouns: frozenset[str]
    title_followers: frozenset[str] = frozenset()  # words after a closing mark that make it a title

    def entry(self, lemma: str) -> CueEntry | None:
        """The cue entry for a (lower-case) lemma, or ``None`` when it is no cue."""
        return self.verbs.get(lemma)


def _merge_groups(groups: dict[str, Any]) -> dict[str, CueEntry]:
    merged: dict[str, CueEntry] = {}
    for name, group in groups.items():
        try:
            direct = bool(group.get("direct", False))
            complements = frozenset(group.get("complements", ()))
            lemmas = group["lemmas"]
        except (AttributeError, KeyError) as exc:
            raise ValueError(f"cue group {name!r} needs 'lemmas' (and optional 'direct', 'complements')") from exc
        for lemma in lemmas:
            key = str(lemma).lower()
            old = merged.get(key)
            # a lemma in several groups may do whatever any of them allows (only that lemma: the
            # group's own flags stay as written for the lemmas after it)
            merged[key] = CueEntry(key, direct or (old is not None and old.direct),
                                   complements | (old.complements if old is not None else frozenset()))
    return merged


def parse_cues(data: dict[str, Any]) -> CueDictionary:
    """Build a ``CueDictionary`` from the YAML structure documented in ``cues.yaml``."""
    phrases = tuple(
        SourcePhrase(tuple(str(w).lower() for w in item["words"]), str(item["speaker_prep"]).lower())
        for item in data.get("source_phrases", ())
    )
    return CueDictionary(
        version=str(data.get("version", "0")),
        verbs=_merge_groups(data.get("groups", {})),
        source_phrases=phrases,
        non_speakers=frozenset(str(w).lower() for w in data.get("non_speakers", ())),
        relative_pronouns=frozenset(str(w).lower() for w in data.get("relative_pronouns", ())),
        title_followers=frozenset(str(w).lower() for w in data.get("title_followers", ())),
    )


@lru_cache(maxsize=8)
def load_cues(path: Path | None = None) -> CueDictionary:
    """Load (once) the cue dictionary shipped with Tacitus, or the YAML file at ``path``."""
    if path is None:
        text = resources.files("tacitus.data").joinpath("quotes", CUES_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_cues(yaml.safe_load(text) or {})
