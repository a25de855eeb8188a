"""The saturation result: whether, and after how many interviews, no new codes appeared."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

NOT_REACHED = "not reached"

CAVEAT = {
    "en": ("This is code saturation (no new codebook codes), not meaning saturation "
           "(Hennink, Kaiser & Marconi 2017)."),
    "id": ("Ini adalah saturasi kode (tidak ada kode baru dari buku kode), bukan saturasi makna "
           "(Hennink, Kaiser & Marconi 2017)."),
}
UNDATED = {"en": "undated, placed last", "id": "tanpa tanggal, ditempatkan terakhir"}
# why saturation was not reached, by `SaturationResult.reason`, filled with its base, run and threshold
REASONS = {
    "too_few": {"en": "a base of {base} and a run of {run} need at least {needed} interviews",
                "id": "basis {base} dan rangkaian {run} wawancara memerlukan sedikitnya {needed} wawancara"},
    "no_base_codes": {"en": "no codes were applied in the base interviews",
                      "id": "tidak ada kode pada wawancara basis"},
    "every_run_new": {"en": "every run of {run} added more than {percent} new codes",
                      "id": "setiap rangkaian {run} wawancara menambah lebih dari {percent} kode baru"},
}
BY_FILE_NAME = {
    "en": "ordered by file name: no file has a date",
    "id": "diurutkan menurut nama file: tidak ada file yang bertanggal",
}


@dataclass(frozen=True)
class SaturationResult:
    reached: bool
    label: str                    # "4+2" or "not reached"
    base_count: int               # distinct codes in the base interviews
    runs: pd.DataFrame = field(repr=False)   # RUN_COLUMNS, one row per run assessed
    base: int = 4
    run: int = 2
    threshold: float = 0.05
    interviews: int = 0
    point: int | None = None      # interviews needed: the last interview of the saturating run
    reason: str = ""              # why it was not reached: a key of REASONS
    by_file_name: bool = False    # the interviews are in file-name order: none has a date
    undated: tuple[str, ...] = () # files without a date placed after the dated ones (some are dated)
    later_new: tuple[tuple[str, int], ...] = ()   # (informant, new codes) of interviews after the point adding codes

    def reason_said(self, lang: str = "en") -> str:
        """Why saturation was not reached, in the report's language ("" when it was)."""
        if self.reason not in REASONS:   # none, or the English sentence a cache from before REASONS keeps
            return self.reason
        words = REASONS[self.reason]["id" if lang == "id" else "en"]
        return words.format(base=self.base, run=self.run, needed=self.base + self.run,
                            percent=f"{self.threshold * 100:g}%")

    def order_note(self, lang: str = "en") -> str:
        """" (ordered by file name: no file has a date)" or " (undated, placed last: L6.md)" for a
        caption, or "" when every interview is dated."""
        if self.by_file_name:
            return f" ({BY_FILE_NAME['id' if lang == 'id' else 'en']})"
        if self.undated:
            return f" ({UNDATED['id' if lang == 'id' else 'en']}: {', '.join(self.undated)})"
        return ""

    def explained(self, lang: str = "en") -> str:
        """The label with what it means: "4+2 (4 base interviews, then 2 that added <=5% new codes)"."""
        if not self.reached:
            return "belum tercapai" if lang == "id" else self.label
        base, run = self.label.split("+")
        percent = f"{self.threshold * 100:g}%"
        later = ", ".join(f"{who} ({new})" for who, new in self.later_new)
        if lang == "id":
            after = f"; kode baru sesudahnya: {later}" if later else ""
            return f"{self.label} ({base} wawancara dasar, lalu {run} wawancara dengan \u2264{percent} kode baru{after})"
        after = f"; new codes after it: {later}" if later else ""
        return f"{self.label} ({base} base interviews, then {run} that added \u2264{percent} new codes{after})"

    def describe(self, lang: str = "en") -> str:
        """One sentence for the report, with the method's parameters and the caveat."""
        percent = f"{self.threshold * 100:g}%"
        if lang == "id":
            method = (f"Saturasi kode (Guest, Namey & Chen 2020; basis {self.base} wawancara, rangkaian {self.run} "
                      f"wawancara, ambang informasi baru \u2264{percent})")
            outcome = (f"tercapai pada {self.explained(lang)}; {self.point} dari {self.interviews} wawancara" if self.reached
                       else f"belum tercapai ({self.interviews} wawancara; {self.reason_said(lang)})")
        else:
            method = (f"Code saturation (Guest, Namey & Chen 2020; base {self.base} interviews, run length "
                      f"{self.run}, new-information threshold \u2264{percent})")
            outcome = (f"was reached at {self.explained(lang)}; {self.point} of {self.interviews} interviews" if self.reached
                       else f"was not reached ({self.interviews} interviews; {self.reason_said(lang)})")
        note = self.order_note(lang).strip(" ()")
        order = f" {note[:1].upper()}{note[1:]}." if note else ""
        return f"{method} {outcome}.{order} {CAVEAT['id' if lang == 'id' else 'en']}"
