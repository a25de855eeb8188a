"""COREQ checklist (Tong, Sainsbury & Craig 2007, IJQHC 19(6):349-357) pre-filled from the batch.

The items the data can answer (sample, repeat interviews, recordings and their length,
saturation, coders, coding tree, derivation of themes, software, quotations, prevalence of
themes) are filled and marked as such; the rest are prompts for the authors. The items are in
`coreq_items`, what the batch says about them in `coreq_facts`.
"""

from __future__ import annotations

import pandas as pd

from pipeline import wording
from pipeline.aggregate.agreement import ALL_CODES
from pipeline.export.coreq_facts import BatchFacts, number
from pipeline.export.coreq_items import DOMAINS, GROUPS, ITEMS, PARTLY_FILLED
from pipeline.records.codings import countable_codings
from pipeline.records.saturation import SaturationResult
from pipeline.records.codebook import Codebook

__all__ = ["ITEMS", "coder_names", "coreq_markdown"]


def coreq_markdown(*, segments: pd.DataFrame, informants: pd.DataFrame, codings: pd.DataFrame, codebook: Codebook,
                   saturation_result: SaturationResult | None, coders: list[str], software: str,
                   agreement: pd.DataFrame | None, lang: str = "en", graders: pd.DataFrame | None = None,
                   grader_names: tuple[str, ...] = ()) -> str:
    """coreq.md: the 32 items in order, each answered from the batch or left as a prompt."""
    text = wording.words(wording.COREQ, lang)
    facts = BatchFacts(segments, informants, countable_codings(codings, include_model=True), codebook)
    recorded, durations = facts.recordings(lang)
    filled = {
        12: facts.sample_size(lang),
        14: facts.setting(lang),
        16: facts.sample_description(lang),
        18: facts.repeat_interviews(lang),
        19: recorded,
        21: durations,
        22: saturation_result.describe(lang) if saturation_result is not None else "",
        24: " ".join(filter(None, [_coders(coders, agreement, lang), _graders(graders, grader_names, lang)])),
        25: facts.coding_tree(lang),
        26: facts.derivation(lang),
        27: software,
        29: facts.quotations(lang),
        30: facts.consistency(lang),
        31: facts.major_themes(lang),
        32: facts.minor_codes(lang),
    }
    lines = [f"# {text['title']}", "", text["intro"].format(software=software), ""]
    domain = group = None
    for item in ITEMS:
        if item.domain != domain:
            domain, group = item.domain, None
            lines += [f"## {DOMAINS[domain][lang]}", ""]
        if item.group != group:
            group = item.group
            lines += [f"### {GROUPS[group][lang]}", ""]
        lines.append(f"**{item.number}. {item.name[lang]}.** {item.question[lang]}")
        lines.append("")
        answer = filled.get(item.number, "")
        if answer:
            lines += [f"- **{text['filled']}:** {_indent(answer)}"]
            if item.number in PARTLY_FILLED:
                lines.append(f"- **{text['todo']}:** {text['todo_text']}")
        else:
            lines.append(f"- **{text['todo']}:** {text['todo_text']}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _indent(answer: str) -> str:
    """Multi-line answers (the coding tree) continue inside their list item."""
    return answer.replace("\n", "\n  ")


def _coders(coders: list[str], agreement: pd.DataFrame | None, lang: str) -> str:
    names = "; ".join(coders)
    if lang == "id":
        sentence = f"{len(coders)} pengode: {names}." if coders else ""
    else:
        sentence = f"{wording.quantity(len(coders), 'coder')}: {names}." if coders else ""
    if (pooled := _pooled(agreement)) is None:
        return sentence
    units, stats = pooled
    if lang == "id":
        scope = f" atas {units} keputusan (segmen \u00d7 kode)" if units is not None else ""
        return f"{sentence} Kesepakatan antarpengode (gabungan{scope}): {stats} kesepakatan; per kode di agreement.csv."
    scope = f" over {units} (segment \u00d7 code) decisions" if units is not None else ""
    return f"{sentence} Inter-coder agreement (pooled{scope}): {stats} agreement; per code in agreement.csv."


def _graders(table: pd.DataFrame | None, names: tuple[str, ...], lang: str) -> str:
    """The two graders' agreement on the codings both decided (grader_agreement.csv), as item 24 reports it."""
    if (pooled := _pooled(table)) is None:
        return ""
    units, stats = pooled
    if lang == "id":
        return (f"Kesepakatan dua peninjau ({', '.join(names)}; gabungan atas {units} koding yang diputuskan keduanya): "
                f"{stats} kesepakatan; per kode di grader_agreement.csv.")
    return (f"Agreement of the two graders ({', '.join(names)}; pooled over the {units} codings both decided): "
            f"{stats} agreement; per code in grader_agreement.csv.")


def _pooled(agreement: pd.DataFrame | None) -> tuple[int | None, str] | None:
    """The pooled row's number of units and its figures as a sentence prints them; None without one."""
    if agreement is None or agreement.empty:
        return None
    pooled = agreement[agreement["code"] == ALL_CODES]
    if pooled.empty:
        return None
    row = pooled.iloc[0]
    units = int(row["n_units"]) if "n_units" in row.index and pd.notna(row["n_units"]) else None
    return units, (f"Cohen's kappa {number(row['cohen_kappa'])}, Krippendorff's alpha {number(row['krippendorff_alpha'])}, "
                   f"{number(row['percent_agreement'], 1)}%")


def coder_names(reviewers: list[str], lang: str) -> list[str]:
    """Item 24's coders: the rules, then each reviewer by initials, in the run's language."""
    said = wording.words(wording.COREQ, lang)
    return [said["rule_coder"]] + [said["reviewer"].format(name=name) for name in reviewers]
