"""What a run tells the user about its inputs and choices, in words they can act on.

The run (run.py) decides when to say these; here is how they are said: which codes, labels,
roles or decisions are concerned, and what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.records.codebook import Code, Codebook
from pipeline.coding.english_labels import reads_english, written_in_english
from pipeline.records.shown_labels import ENGLISH, study_title, untranslated_labels, untranslated_title_warning
from pipeline.wording import plural_form, quantity


def earlier_decisions_note(earlier: pd.DataFrame, path: Path, changes: dict[str, int]) -> str:
    """Why a batch nobody has reviewed has a learning model: other batches' decisions; and what
    they changed here (`pipeline.coding.carry_over.carried_changes`), so that "read" is not
    taken for "applied"."""
    batches = earlier["batch"].nunique() if "batch" in earlier.columns else 1
    removed, suggested, model = changes["removed"], changes["suggested"], changes["model"]
    carried = [f"removed {quantity(removed, 'rule coding')}" if removed else "",
               f"suggested {quantity(suggested, 'code')}" if suggested else ""]
    effect = (f"here they {' and '.join(part for part in carried if part)} on turns near-identical to reviewed ones"
              if removed or suggested else "here no turn is near-identical to a reviewed one, so no decision carried over")
    effect += (f"; the model made {quantity(model, 'suggestion or doubt', 'suggestions or doubts')} for review"
               " (counted only with --model-threshold)" if model else
               "; the model made no suggestion (it has not shown that it helps: code_reliability.csv)")
    return (f"this batch has no decisions yet; the learning model read {quantity(len(earlier), 'decision')} of "
            f"{quantity(batches, 'earlier batch', 'earlier batches')} coded with this codebook ({path}): "
            f"{effect}; --no-history leaves them out")


def history_without_context_warning(path: Path) -> str:
    """Said when a decisions file was written before decisions kept the question before each
    turn, the informant's role, a list item's heading and a table row's header: until their
    batches run again, their turns are re-coded without them (`pipeline.review.history`)."""
    return (f"{path} was written before decisions kept the interviewer's question, the informant's role, a "
            "document list item's heading and a table row's header: earlier batches' turns are re-coded without "
            "them, so a rule that reads the question, the role or the heading does not fire there (and a table "
            "row is read with its cells of who, when and where), and a grader's reject of its coding does "
            "not count as a correction in "
            "code_reliability.csv; run analyze on those batches again to keep them")


def default_codebook_warning(batch_dir: Path, codebook: Codebook) -> str:
    """A run given no codebook codes with the repository's default one, which may be another
    study's: said on every such run, with how to choose."""
    return (f"coded with the DEFAULT codebook '{codebook.name}' ({codebook.source}): neither --codebook nor "
            f"{batch_dir / 'batch.yaml'} names one. If it is not this study's codebook, give yours with "
            "--codebook FILE, or write 'codebook: path/to/codebook.yaml' in batch.yaml")


def moved_history_warning(old: Path, new: Path) -> str:
    return (f"decisions of earlier batches are in {old}, inside the repository; runs now keep this batch's "
            f"decisions beside the batch folder, in {new}, so no participant's words land in the repository: "
            f"move {old.name} there to keep learning from them")


def english_warnings(codebook: Codebook, settings: dict[str, Any], unknown_roles: list[str]) -> list[str]:
    """What an English run prints as written, for want of English: labels, the title, roles."""
    warnings = []
    # a codebook written in English (a study for an international journal) is printed as it is, without `language: en`
    labels = [item.label for theme in codebook.themes for item in (theme, *theme.categories)] + \
        [code.label for code in codebook.codes]
    if codebook.language != ENGLISH and not written_in_english(labels) and (untranslated := untranslated_labels(codebook)):
        warnings.append(untranslated_warning(codebook, untranslated))
    title = untranslated_title_warning(settings, codebook)
    if title is not None and not reads_english(study_title(settings, codebook, "id")):
        warnings.append(title)
    if unknown_roles:
        warnings.append(untranslated_roles_warning(unknown_roles))
    return warnings


def untranslated_roles_warning(roles: list[str]) -> str:
    listed = "; ".join(f"'{role}'" for role in roles[:5]) + ("; ..." if len(roles) > 5 else "")
    return (f"--lang en: Table 1 prints {quantity(len(roles), 'informant role')} as written, "
            f"with no English known ({listed}): add a 'role_en' column to informants.csv (or 'role_en:' to "
            "each transcript's front matter) with the English role")


def untranslated_warning(codebook: Codebook, untranslated: list[str]) -> str:
    total = len(codebook.themes) + sum(len(theme.categories) for theme in codebook.themes) + len(codebook.codes)
    listed = ", ".join(untranslated[:6]) + (", ..." if len(untranslated) > 6 else "")
    return (f"--lang en: the codebook gives no English label (label_en) for {len(untranslated)} of its {total} "
            f"themes, categories and codes ({listed}): the tables, report and appendix print their labels as "
            "written. Add 'label_en: ...' beside each 'label:' in the codebook (codebooks/README.md)")


def no_codes_warning(batch_dir: Path, codebook: Codebook, defaulted: bool) -> str:
    """A batch that no code of the codebook fits is, most often, a batch run with the wrong
    codebook (the default Wori one, for an immunization study)."""
    default = " (the default: neither --codebook nor batch.yaml names one)" if defaulted else ""
    return (f"no code of the codebook '{codebook.name}' version {codebook.version} ({codebook.source}){default} "
            "was found in any informant segment: is it this batch's codebook? Give the right one with "
            f"--codebook FILE, or name it in {batch_dir / 'batch.yaml'} as 'codebook: path/to/codebook.yaml'")


def unfound_absence_codes_warning(codes: list[Code]) -> str:
    """A label that names an absence ("Jarak jauh dan tidak ada transportasi") makes every keyword
    count only where the text says the thing is missing: a researcher who meant distance or cost
    too sees the code found nowhere, without knowing why."""
    listed = "; ".join(f"'{code.id}' ({code.label})" for code in codes)
    return (f"{quantity(len(codes), 'code')} the rules found nowhere in this batch (a grader's accepted or added codings "
            f"aside) {plural_form(len(codes), 'names', 'name')} "
            f"an absence in {plural_form(len(codes), 'its', 'their')} label: {listed}. Such a code's keywords count "
            "only where the text says the thing is missing ('tidak ada ojek'), not where it is present ('ongkos "
            "ojek'). If the code is also about something present, reword the label without the negation or split "
            "the code in two (codebooks/README.md, on labels that name an absence)")


def study_keywords_warning(found: list[tuple[str, Code]]) -> str:
    """Keywords that name the study (a word of the codebook's name, of a theme's or category's label
    over several codes, or of several codes' labels: coding/specificity.py) are evidence only with
    another word of their code: a researcher whose keyword never codes a turn alone is told why."""
    listed = "; ".join(f"'{keyword}' ({code.id}: {code.label})" for keyword, code in found)
    return (f"{quantity(len(found), 'keyword')} of the codebook also {plural_form(len(found), 'names', 'name')} the "
            f"study (a word of the codebook's name, of the label of a theme or category of several codes, or of "
            f"several codes' labels): {listed}. Such a keyword codes a turn only together with another word of its "
            "code (another keyword, or a word of its label or definition). To let it code alone, write it as the "
            "phrase the transcripts use (a keyword of two words), or take the word out of the name or label "
            "(codebooks/README.md, 'A minimal codebook')")
