"""The predicate dictionary: CAMEO-coded verb and noun patterns loaded from data files.

Patterns live in ``data/events/predicates/*.yaml`` (one file per CAMEO root) as ``code: [pattern, …]``;
frames (intent, appeal, demand, threat, refusal: "X plans to …", "X urged Y to …") and the grammar
word lists live in ``data/events/frames.yaml``. The pattern language is documented in ``docs/events.md``:

- ``visit``                       a verb lemma (``attack|assault`` for alternatives)
- ``meet with``                   verb + particle/preposition children; the last one marks the target
- ``impose +sanction|embargo``    verb + direct-object head lemma (``call for +ceasefire``: object of "for")
- ``n:airstrike``                 a nominal trigger ("airstrikes on Aleppo", "talks between X and Y")
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.events.codes import cameo_table

# particles of phrasal verbs, which take a direct object (unlike prepositions, which take their own)
ADVERB_PARTICLES = frozenset({"up", "down", "off", "out", "back", "away", "over", "around", "forward", "apart"})


@dataclass(frozen=True)
class Pattern:
    """One predicate pattern and the CAMEO code it stands for."""

    code: str
    lemmas: frozenset[str]
    particles: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    object_prep: str | None = None
    target_preps: tuple[str, ...] = ()
    nominal: bool = False
    text: str = ""

    @property
    def specificity(self) -> int:
        """Patterns with an object outrank those with particles, which outrank bare lemmas."""
        return (4 if self.objects else 0) + len(self.particles) + (1 if self.objects_need_prep else 0)

    @property
    def objects_need_prep(self) -> bool:
        """Words after the object ("launch +missile at") are required target prepositions."""
        return bool(self.objects) and bool(self.target_preps)


@dataclass(frozen=True)
class RoleRule:
    """Refine a code by the roles of the two sides ("security forces fire on their own protesters" → 175)."""

    codes: tuple[str, ...]
    code: str
    source_roles: frozenset[str] = frozenset()
    target_roles: frozenset[str] = frozenset()
    same_country: bool = False
    exact: bool = False  # ``codes`` are whole codes, not prefixes ("171" but not "1712")


@dataclass(frozen=True)
class Frame:
    """A verb or adjective that takes an event as complement ("threaten to attack" → 138)."""

    name: str
    codes: Mapping[str, str]
    default: str | None
    addressee: bool
    how: str
    passthrough: bool = False
    symmetric: bool = False  # coordinated doers without a target act on each other ("X and Y agreed to …")
    clauses: bool = False  # a finite clause is a complement too ("admitted that it had carried out …")
    addressed_default: str | None = None  # the code for an order to a state whose act codes nothing
    # a speech verb whose complement lays an obligation on another party ("said Russia must withdraw"):
    # modal word → the frame that codes it (must → demand, should → appeal); empty for other frames
    modals: Mapping[str, str] = field(default_factory=dict)

    @property
    def complement_deps(self) -> tuple[str, ...]:
        """Dependency labels of the complement: a clause ("urged that …") only for addressee or clause frames."""
        return ("xcomp", "ccomp") if self.addressee or self.clauses else ("xcomp",)


@dataclass
class PredicateDictionary:
    """Everything the events stage looks up, precompiled into dicts keyed by lowercase lemma."""

    version: str = "0"
    verbs: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    frames: dict[str, Frame] = field(default_factory=dict)
    verb_frames: dict[str, Frame] = field(default_factory=dict)
    adjective_frames: dict[str, Frame] = field(default_factory=dict)
    noun_frames: dict[str, Frame] = field(default_factory=dict)  # "announced plans to …" (frames.yaml ``nouns``)
    grammar: dict[str, frozenset[str]] = field(default_factory=dict)
    instruments: dict[str, dict[str, str]] = field(default_factory=dict)
    role_rules: tuple[RoleRule, ...] = ()
    implied_targets: dict[str, str] = field(default_factory=dict)  # code prefix → role of the own country
    fallback_targets: dict[str, str] = field(default_factory=dict)  # the same, only when no deep target is found
    negated_codes: dict[str, str] = field(default_factory=dict)  # "not hopeful" (013 negated) → 012
    _triggers: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def trigger_words(self) -> frozenset[str]:
        """Every word that can start an event (verb forms, nouns, frame words): a sentence without one
        is skipped before any parse-tree work."""
        if self._triggers is None:
            self._triggers = (
                frozenset(self.verbs)
                | frozenset(self.nouns)
                | frozenset(self.verb_frames)
                | frozenset(self.adjective_frames)
                | frozenset(self.noun_frames)
            )
        return self._triggers

    def verb_patterns(self, lemma: str, form: str) -> tuple[Pattern, ...]:
        """Patterns for a verb by its lemma, else by its surface form (the lemmatizer errs at times)."""
        return self.verbs.get(lemma) or self.verbs.get(form) or ()

    def words(self, name: str) -> frozenset[str]:
        """A word list from ``frames.yaml``'s ``grammar`` section (empty when absent)."""
        return self.grammar.get(name, frozenset())


class PredicateError(ValueError):
    """A predicate data file is malformed."""


def parse_pattern(text: str, code: str) -> Pattern:
    """Parse one pattern string (see module docstring) into a ``Pattern``."""
    words = text.split()
    if not words:
        raise PredicateError(f"Empty pattern for CAMEO code {code}.")
    head = words[0]
    nominal = head.startswith("n:")
    if nominal:
        head = head[2:]
    particles: list[str] = []
    objects: frozenset[str] = frozenset()
    object_prep: str | None = None
    after_object: list[str] = []
    for word in words[1:]:
        if word.startswith("+"):
            if objects:
                raise PredicateError(f"Pattern {text!r} (CAMEO {code}) has two object groups; write one "
                                     f"'+a|b' group (a compound spelt together, 'peacekeepingforce', names both).")
            objects = frozenset(w.lower() for w in word[1:].split("|") if w)
            object_prep = particles[-1] if particles else None
        elif "|" in word:
            raise PredicateError(f"Pattern {text!r} (CAMEO {code}) has alternatives in a particle ({word!r}); only "
                                 f"the verb and the '+object' group take them: write one pattern per particle.")
        elif objects:
            after_object.append(word.lower())
        else:
            particles.append(word.lower())
    if object_prep in ADVERB_PARTICLES:
        object_prep = None  # "set up +inquiry": the noun is the verb's direct object
    if objects:
        target_preps = tuple(after_object)
    else:
        target_preps = (particles[-1],) if particles else ()
    return Pattern(
        code=code,
        lemmas=frozenset(head.lower().split("|")),
        particles=tuple(particles),
        objects=objects,
        object_prep=object_prep,
        target_preps=target_preps,
        nominal=nominal,
        text=text,
    )


def _data_dir() -> Path:
    return Path(str(resources.files("tacitus").joinpath("data/events")))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (YAML would silently keep the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise PredicateError(f"key {key!r} appears twice (line {key_node.start_mark.line + 1}).")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (safe loader)
    except PredicateError as error:
        raise PredicateError(f"{path}: {error}") from None
    except yaml.YAMLError as error:
        raise PredicateError(f"{path}: not valid YAML ({error}).") from None


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms of a lemma, so a lookup by surface form works where the model's
    lemmatizer fails ("raped" → "rap", "hopes" → "hop")."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _index(patterns: Iterable[Pattern], inflect: bool = False) -> dict[str, tuple[Pattern, ...]]:
    grouped: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for lemma in pattern.lemmas:
            for form in inflections(lemma) if inflect else {lemma}:
                if pattern not in grouped.setdefault(form, []):
                    grouped[form].append(pattern)
    return {lemma: tuple(sorted(found, key=lambda p: -p.specificity)) for lemma, found in grouped.items()}


def _load_frames(
    data: Mapping[str, Any], known: Mapping[str, Any]
) -> tuple[dict[str, Frame], dict[str, Frame], dict[str, Frame], dict[str, Frame]]:
    by_name: dict[str, Frame] = {}
    verbs: dict[str, Frame] = {}
    adjectives: dict[str, Frame] = {}
    nouns: dict[str, Frame] = {}
    for name, spec in data.items():
        codes = {str(k): str(v) for k, v in (spec.get("codes") or {}).items()}
        default = str(spec["default"]) if spec.get("default") else None
        addressed = str(spec["addressed_default"]) if spec.get("addressed_default") else None
        for code in [*codes.values(), *(c for c in (default, addressed) if c)]:
            if code not in known:
                raise PredicateError(f"frames.yaml: frame {name!r} maps to unknown CAMEO code {code!r}.")
        frame = Frame(
            name,
            codes,
            default,
            bool(spec.get("addressee")),
            str(spec.get("how", name)),
            bool(spec.get("passthrough")),
            bool(spec.get("symmetric")),
            bool(spec.get("clauses")),
            addressed,
            {str(k).lower(): str(v) for k, v in (spec.get("modals") or {}).items()},
        )
        by_name[name] = frame
        for lemma in spec.get("verbs") or ():
            verbs[str(lemma).lower()] = frame
        for lemma in spec.get("adjectives") or ():
            adjectives[str(lemma).lower()] = frame
        for lemma in spec.get("nouns") or ():
            nouns[str(lemma).lower()] = frame
    for frame in by_name.values():
        for target in frame.modals.values():
            if target not in by_name:
                raise PredicateError(f"frames.yaml: frame {frame.name!r} names unknown frame {target!r}.")
    return by_name, verbs, adjectives, nouns


def _load_instruments(data: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    instruments: dict[str, dict[str, str]] = {}
    for root, words in data.items():
        for word, code in (words or {}).items():
            if str(code) not in known:
                raise PredicateError(f"frames.yaml: instrument {word!r} maps to unknown CAMEO code {code!r}.")
            instruments.setdefault(str(root), {})[str(word).lower()] = str(code)
    return instruments


def _load_role_rule(spec: Mapping[str, Any], known: Mapping[str, Any]) -> RoleRule:
    code = str(spec.get("code"))
    if code not in known:
        raise PredicateError(f"frames.yaml: role rule maps to unknown CAMEO code {code!r}.")
    return RoleRule(
        codes=tuple(str(c) for c in spec.get("codes") or ()),
        code=code,
        source_roles=frozenset(str(r) for r in spec.get("source_roles") or ()),
        target_roles=frozenset(str(r) for r in spec.get("target_roles") or ()),
        same_country=bool(spec.get("same_country")),
        exact=bool(spec.get("exact")),
    )


def _load_implied_targets(data: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, str]:
    implied: dict[str, str] = {}
    for prefix, role in data.items():
        if str(prefix) not in known:
            raise PredicateError(f"frames.yaml: implied target for unknown CAMEO code {prefix!r}.")
        implied[str(prefix)] = str(role or "").upper()
    return implied


def _load_negated_codes(data: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, str]:
    negated = {str(k): str(v) for k, v in data.items()}
    for code in [*negated, *negated.values()]:
        if code not in known:
            raise PredicateError(f"frames.yaml: negated code {code!r} is not a CAMEO code.")
    return negated


def load_predicates(extra_files: Iterable[Path] = ()) -> PredicateDictionary:
    """Load the packaged predicate dictionary, plus ``extra_files`` (same YAML format) added on top.

    >>> d = load_predicates(); d.verbs["attack"][0].code[:2]
    '19'
    """
    known = cameo_table()
    files = sorted((_data_dir() / "predicates").glob("*.yaml")) + [Path(p) for p in extra_files]
    digest = hashlib.sha256()
    patterns: list[Pattern] = []
    for path in files:
        data = _read_yaml(path) or {}
        digest.update(path.read_bytes())
        if not isinstance(data, dict):
            raise PredicateError(f"{path}: expected a mapping of CAMEO code → list of patterns.")
        for code, entries in data.items():
            code = str(code)
            if code not in known:
                raise PredicateError(f"{path}: unknown CAMEO code {code!r} (see data/events/cameo_codes.tsv).")
            for entry in entries or ():
                patterns.append(parse_pattern(str(entry), code))
    frames_path = _data_dir() / "frames.yaml"
    frames_data = _read_yaml(frames_path) or {}
    digest.update(frames_path.read_bytes())
    frames, verb_frames, adjective_frames, noun_frames = _load_frames(frames_data.get("frames") or {}, known)
    grammar = {str(k): frozenset(str(w).lower() for w in v) for k, v in (frames_data.get("grammar") or {}).items()}
    return PredicateDictionary(
        version=digest.hexdigest()[:12],
        verbs=_index((p for p in patterns if not p.nominal), inflect=True),
        nouns=_index(p for p in patterns if p.nominal),
        frames=frames,
        verb_frames=verb_frames,
        adjective_frames=adjective_frames,
        noun_frames=noun_frames,
        grammar=grammar,
        instruments=_load_instruments(frames_data.get("instruments") or {}, known),
        role_rules=tuple(_load_role_rule(rule, known) for rule in frames_data.get("role_rules") or ()),
        implied_targets=_load_implied_targets(frames_data.get("implied_targets") or {}, known),
        fallback_targets=_load_implied_targets(frames_data.get("fallback_targets") or {}, known),
        negated_codes=_load_negated_codes(frames_data.get("negated_codes") or {}, known),
    )
