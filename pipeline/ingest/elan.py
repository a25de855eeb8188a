"""An ELAN annotation file (.eaf) as the annotations of its speaker tiers.

A linguist's .eaf holds one top-level tier per speaker ("Interviewer", "IBU-01", or a tier whose
PARTICIPANT attribute names the speaker), its annotations aligned to the recording, and often
dependent tiers under each: a translation (ELAN's Symbolic_Association to the speaker's
annotation), glosses, notes. A speaker tier is read as that speaker's turns; a translation tier is
the transcriber's own translation of each annotation, carried with it (never a turn); any other
dependent tier, and a top-level tier of notes or comments, are no one's words: the run says what it
left out. The file is read with lxml (already a dependency) rather than pympi-ling, whose reader
raises a bare Exception without a line and fails on a file without ELAN's schema attribute: here
every problem names its line in the .eaf.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.tiers import GENERIC_TIER, Annotation
from pipeline.ingest.turns import is_code_shaped, is_interviewer
from pipeline.wording import plural_form, quantity

ELAN_SUFFIX = ".eaf"
# a tier (or its linguistic type) that translates a speaker's: "terjemahan", "translation", "Bahasa
# Indonesia", "ft@IBU-01" (free translation, the Toolbox/FLEx convention)
TRANSLATION_TIER = re.compile(r"transl|terjemah|free.?trans|indones|(?<![a-z])ft@", re.IGNORECASE)
# a top-level tier of the transcriber's remarks, not a speaker's words
NOTE_TIER = re.compile(r"note|comment|catatan|keterangan|remark|komentar", re.IGNORECASE)
NOT_ELAN = "is not an ELAN annotation file (.eaf); save it again from ELAN (File > Save)"


def _parsed(data: bytes, path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno and error.lineno > 0 else None
        raise InputError.at(path, f"{NOT_ELAN}: its XML is broken ({error.msg})", line=line) from None
    if root.tag != "ANNOTATION_DOCUMENT":
        raise InputError.at(path, f"{NOT_ELAN}: it holds <{root.tag}>, not <ANNOTATION_DOCUMENT>", line=root.sourceline)
    return root


def speaker_of(tier: etree._Element) -> str:
    """Whose words a speaker tier holds: its name without a Toolbox-style prefix ("tx@IBU-01" ->
    "IBU-01") when that is an interviewer label or an informant code (a PARTICIPANT beside it is often
    the person's name, which must not become the speaker), else its PARTICIPANT, else its name; ""
    for ELAN's "default" tier and the like (GENERIC_TIER), whose words say who speaks."""
    participant = " ".join((tier.get("PARTICIPANT") or "").split())
    full = " ".join((tier.get("TIER_ID") or "").split())
    name = full.rpartition("@")[2] or full
    if is_interviewer(name) or is_code_shaped(name):
        return name
    if not participant and GENERIC_TIER.fullmatch(name):
        return ""   # the words' own "P:" labels name the speakers
    return participant or name


def _kinds(tiers: list[etree._Element]) -> tuple[list, list, list, list]:
    """The file's tiers as (speakers, notes, translations, others): a tier named or typed as a
    translation translates a speaker tier (its parent, else one of its participant or whose name it
    holds), even when a transcriber left it unlinked at the top level."""
    speakers, notes, translations, others = [], [], [], []
    for tier in tiers:
        name, kind = tier.get("TIER_ID", ""), tier.get("LINGUISTIC_TYPE_REF", "")
        if TRANSLATION_TIER.search(f"{name} {kind}"):
            translations.append(tier)
        elif tier.get("PARENT_REF"):
            others.append(tier)
        elif NOTE_TIER.search(name) or NOTE_TIER.search(kind) and not tier.get("PARTICIPANT"):
            notes.append(tier)
        else:
            speakers.append(tier)
    return speakers, notes, translations, others


def _translated_tier(tier: etree._Element, speakers: list[etree._Element]) -> str | None:
    """The speaker tier a translation tier translates: its parent, else the speaker tier of its
    participant, else the one whose name its own name holds ("IBU-01 terjemahan")."""
    if tier.get("PARENT_REF"):
        return tier.get("PARENT_REF")
    participant = (tier.get("PARTICIPANT") or "").strip()
    name = tier.get("TIER_ID", "")
    found = [s for s in speakers if participant and (s.get("PARTICIPANT") or "").strip() == participant]
    found = found or [s for s in speakers if s.get("TIER_ID") and s.get("TIER_ID") in name]
    return found[0].get("TIER_ID") if len(found) == 1 else None


def elan_annotations(data: bytes, path: Path, warnings: list[str]) -> list[Annotation]:
    """Every annotation of the file's speaker and note tiers, each with its translation; all problems
    raised together."""
    root = _parsed(data, path)
    problems = ProblemCollector()
    slots: dict[str, int | None] = {}
    for slot in root.iter("TIME_SLOT"):
        value = slot.get("TIME_VALUE")
        slots[slot.get("TIME_SLOT_ID", "")] = int(value) if value and value.strip().isdigit() else None
    speakers, notes, translations, others = _kinds(list(root.iter("TIER")))
    by_id: dict[str, Annotation] = {}
    annotations: list[Annotation] = []
    for tier in speakers + notes:
        speaker = speaker_of(tier) if tier in speakers else ""
        for aligned in tier.iter("ALIGNABLE_ANNOTATION"):
            text = " ".join(aligned.findtext("ANNOTATION_VALUE", default="").split())
            start, end = slots.get(aligned.get("TIME_SLOT_REF1", "")), slots.get(aligned.get("TIME_SLOT_REF2", ""))
            if start is None or end is None:
                problems.add(path, f"tier '{tier.get('TIER_ID')}': an annotation without a time in the recording "
                                   "(its time slot has no TIME_VALUE): align it in ELAN", line=aligned.sourceline)
                continue
            annotation = Annotation(tier.get("TIER_ID", ""), speaker, start, end, text, aligned.sourceline,
                                    note=tier in notes)
            by_id[aligned.get("ANNOTATION_ID", "")] = annotation
            if text:
                annotations.append(annotation)
    problems.raise_if_any()
    parent_of = {ref.get("ANNOTATION_ID", ""): ref.get("ANNOTATION_REF", "")
                 for tier in translations + others for ref in tier.iter("REF_ANNOTATION")}
    translated: dict[int, list[str]] = {}
    unplaced = []
    for tier in translations:
        owner_tier = _translated_tier(tier, speakers)
        for element in tier.iter("REF_ANNOTATION", "ALIGNABLE_ANNOTATION"):
            text = " ".join(element.findtext("ANNOTATION_VALUE", default="").split())
            owner = _owner(element, owner_tier, by_id, parent_of, slots)
            if text and owner is not None:
                translated.setdefault(owner.line, []).append(text)
            elif text:
                unplaced.append(element.sourceline)
    _tell(path, warnings, notes, translations, others, sum(map(len, translated.values())), unplaced)
    return [Annotation(a.tier, a.speaker, a.start_ms, a.end_ms, a.text, a.line, " ".join(translated.get(a.line, [])),
                       a.note) for a in annotations]


def _owner(element: etree._Element, owner_tier: str | None, by_id: dict[str, Annotation], parent_of: dict[str, str],
           slots: dict[str, int | None]) -> Annotation | None:
    """The speaker's annotation a translation belongs to: up its chain of references, or (an
    aligned translation) the annotation of the translated tier its start falls in."""
    reference = element.get("ANNOTATION_REF")
    seen: set[str] = set()
    while reference is not None and reference not in by_id and reference not in seen:
        seen.add(reference)
        reference = parent_of.get(reference)
    if reference is not None:
        return by_id.get(reference)
    start = slots.get(element.get("TIME_SLOT_REF1", ""))
    return next((a for a in by_id.values() if a.tier == owner_tier and start is not None
                 and a.start_ms <= start < a.end_ms), None)


def _names(tiers: list[etree._Element]) -> str:
    return ", ".join(f"'{tier.get('TIER_ID')}'" for tier in tiers)


def _tell(path: Path, warnings: list[str], notes: list, translations: list, others: list, translated: int,
          unplaced: list[int]) -> None:
    """What the run did with the tiers that are no speaker's turns."""
    if translations:
        warnings.append(f"{path}: {plural_form(len(translations), 'translation tier')} {_names(translations)}: "
                        f"the transcriber's translation of {quantity(translated, 'annotation')}, each shown as the "
                        "translation of its turn in place of the machine translation (the coding reads the turn's "
                        "own words), never read as a turn")
    if unplaced:
        warnings.append(f"{path}: {quantity(len(unplaced), 'translation')} (first on line {unplaced[0]}) left out: "
                        "no speaker's annotation found for it; link its tier to the speaker's tier in ELAN "
                        "(Tier > Change Tier Attributes > Parent Tier)")
    if notes:
        warnings.append(f"{path}: {plural_form(len(notes), 'tier')} {_names(notes)} read as the transcriber's "
                        "notes: uncoded note segments, no one's turns")
    if others:
        warnings.append(f"{path}: dependent {plural_form(len(others), 'tier')} {_names(others)} (glosses or other "
                        "annotations of a speaker's words) left out: not turns")
