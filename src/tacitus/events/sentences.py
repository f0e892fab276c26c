"""Event candidates of one parsed sentence: frames first, then verbs and adjectives, then nominals.

Each kind has its reader (``frames``, ``verbs``, ``nominals``), all built on ``ArgumentReader``
(``clause_actors``), which resolves arguments to actors; the order matters, as a frame's complement
and a verb's object are not read again as events of their own.
"""

from __future__ import annotations

from tacitus.events.candidates import Candidate
from tacitus.events.frames import FrameReader
from tacitus.events.nominals import NominalReader
from tacitus.events.verbs import VerbReader


class SentenceReader(FrameReader, VerbReader, NominalReader):
    """Reads the candidates of one sentence; holds the per-sentence bookkeeping of used tokens."""

    def read(self) -> list[Candidate]:
        found = self._frames()
        found += self._verbs()
        found += self._nominals()
        return found + self.joint
