"""What the run tells a researcher when the model cannot learn some codes, in their words.

The learning stage is cached and knows only the codebook's own labels; an English run prints
`label_en`. So the stage hands back counts by code id (`ModelNote`), and the run words them with
the labels it prints, naming the codes and saying what to do: review more turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.records.codebook import Codebook

TOO_FEW_DECISIONS = "too_few_decisions"   # the learning model ran; some codes have too few decisions
TOO_FEW_CODINGS = "too_few_codings"       # nobody decided anything and the rules coded too few turns
NAMED_CODES = 6                           # codes named in a note; the rest are counted
REVIEW_HOW = ("Review more turns in notebooks/review.ipynb: accept or reject their codings, add a code where it "
              "is missing, or mark a turn \u201cnothing to code\u201d")


@dataclass(frozen=True)
class ModelNote:
    """Per code id, the turns with and without the code the model had to learn from, and the
    fewest of each it needs; `turns` is the batch's informant turns."""

    kind: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    minimum: int = 0
    turns: int = 0
    history_only: bool = False   # the batch has no decisions: the counts are earlier batches' (history)

    def text(self, codebook: Codebook) -> str:
        """The note with the codes named by `codebook`'s labels (the run's printed ones)."""
        labels = {code.id: code.label for code in codebook.codes}
        named = [code_id for code_id in labels if code_id in self.counts]
        if self.kind == TOO_FEW_CODINGS:
            named.sort(key=lambda code_id: -self.counts[code_id][0])
            found = f"; turns per code: {_listed(named, labels, self.counts)}" if named else ""
            return (f"no model suggestions in this run: the rules coded too few of this batch's {self.turns} "
                    f"informant turns for the model to learn any code (it needs a code on at least {self.minimum} "
                    f"turns and absent from {self.minimum}){found}. {REVIEW_HOW}; the next run learns from your "
                    "decisions.")
        whose = ("decisions to learn {n} from: this batch has none yet, and those it read from the codebook's "
                 "decision history (other batches) are too few" if self.history_only else
                 "of your decisions to learn {n} from").format(n=f"{len(named)} code{'s' * (len(named) != 1)}")
        listed = "".join(f"\n    {line}" for line in _shown(named, labels, self.counts))
        return (f"the learning model has too few {whose} (it needs at least {self.minimum} reviewed turns or "
                f"examples with the code and {self.minimum} without):{listed}\n  {REVIEW_HOW}.")


def _shown(code_ids: list[str], labels: dict[str, str], counts: dict[str, tuple[int, int]]) -> list[str]:
    """Each named code with its turns with and without it, then how many more there are."""
    shown = [f"{labels[code_id]} ({counts[code_id][0]} with, {counts[code_id][1]} without)"
             for code_id in code_ids[:NAMED_CODES]]
    more = len(code_ids) - len(shown)
    return shown + ([f"and {more} more"] if more > 0 else [])


def _listed(code_ids: list[str], labels: dict[str, str], counts: dict[str, tuple[int, int]]) -> str:
    return "; ".join(_shown(code_ids, labels, counts))
