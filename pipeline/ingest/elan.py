"""An ELAN annotation file (.eaf) as the annotations of its speaker tiers.

A linguist's .eaf holds one top-level tier per speaker ("Interviewer", "IBU-01", or a tier whose
PARTICIPANT attribute names the speaker), its annotations aligned to the recording, and often
dependent tiers under each: a translation (ELAN's Symbolic_Association to the speaker's
annotation), glosses, notes. A speaker tier is read as that speaker's turns; a translation tier is
the transcriber's own translation of each annotation, carried with it (never a turn); any other
dependent tier, and a top-level tier of notes or comments, are no one's words: the run says what it
left out. A file imported from Toolbox or FLEx has a top tier of record numbers per speaker
("ref@IBU-01": "001") and the words in its dependent "tx@IBU-01" tier: that tier is the speaker's.
The file is read with lxml (already a dependency) rather than pympi-ling, whose reader
raises a bare Exception without a line and fails on a file without ELAN's schema attribute: here
every problem names its line in the .eaf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.tiers import GENERIC_TIER, Annotation, tier_speaker
from pipeline.wording import plural_form, quantity

ELAN_SUFFIX = ".eaf"
# a tier named as a translation of a speaker's: "terjemahan", "translation", "Bahasa Indonesia", "ft@IBU-01"
# (free translation, the Toolbox/FLEx convention)
TRANSLATION_TIER = re.compile(r"transl|terjemah|free.?trans|indones|(?<![a-z])ft@", re.IGNORECASE)
# a linguistic type that translates: a type naming a language ("Transkripsi Bahasa Indonesia") says
# what the words are in, not that they translate
TRANSLATION_TYPE = re.compile(r"transl|terjemah|free.?trans", re.IGNORECASE)
# a top-level tier of the transcriber's remarks, not a speaker's words
NOTE_TIER = re.compile(r"note|comment|catatan|keterangan|remark|komentar", re.IGNORECASE)
# Toolbox/FLEx's top tier of record numbers ("ref@IBU-01" holding "001"), whose dependent tx@ tier holds
# the words: by name, or by annotations that are all references ("001", "wawancara01.003")
REFERENCE_TIER = re.compile(r"ref(?:erence)?(?:@.*)?", re.IGNORECASE)
REFERENCE_VALUE = re.compile(r"[\w.:-]*\d")
NOT_ELAN = "is not an ELAN annotation file (.eaf); save it again from ELAN (File > Save)"


@dataclass
class _Kinds:
    """The file's tiers by what they hold; `words`: a reference tier's words tier -> that reference tier."""

    speakers: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    translations: list = field(default_factory=list)
    others: list = field(default_factory=list)
    references: list = field(default_factory=list)
    words: dict = field(default_factory=dict)


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
    """Whose words a speaker tier holds (tiers.tier_speaker of its name and PARTICIPANT)."""
    return tier_speaker(tier.get("TIER_ID") or "", tier.get("PARTICIPANT") or "")


def _is_reference(tier: etree._Element) -> bool:
    values = [" ".join(value.split()) for value in tier.xpath(".//ANNOTATION_VALUE/text()")]
    return (REFERENCE_TIER.fullmatch(tier.get("TIER_ID", "").strip()) is not None
            or bool(values) and all(REFERENCE_VALUE.fullmatch(value) for value in values))


def _words_child(children: list[etree._Element]) -> etree._Element | None:
    """The dependent tier of a reference tier that holds the speaker's words: the one named or typed as a
    transcription ("tx@IBU-01", "text")."""
    found = [child for child in children if any(GENERIC_TIER.fullmatch(value.partition("@")[0].strip())
                                                for value in (child.get("TIER_ID", ""), child.get("LINGUISTIC_TYPE_REF", "")))]
    return found[0] if len(found) == 1 else None


def _kinds(tiers: list[etree._Element]) -> _Kinds:
    """The file's tiers by kind. A tier named or typed as a translation translates a speaker tier (its
    parent, else one of its participant or whose name it holds), even when a transcriber left it
    unlinked at the top level, unless no other speaker tier remains: then it holds the words. A top
    tier of references (Toolbox, FLEx) is no one's words: its tx@ child holds the speaker's."""
    kinds = _Kinds()
    children: dict[str, list[etree._Element]] = {}
    for tier in tiers:
        if tier.get("PARENT_REF"):
            children.setdefault(tier.get("PARENT_REF"), []).append(tier)
    for tier in tiers:
        words = _words_child(children.get(tier.get("TIER_ID", ""), []))
        if not tier.get("PARENT_REF") and words is not None and _is_reference(tier):
            kinds.references.append(tier)
            kinds.words[words.get("TIER_ID", "")] = tier
    for tier in tiers:
        name, kind = tier.get("TIER_ID", ""), tier.get("LINGUISTIC_TYPE_REF", "")
        if tier in kinds.references:
            continue
        if name in kinds.words:
            kinds.speakers.append(tier)
        elif TRANSLATION_TIER.search(name) or TRANSLATION_TYPE.search(kind):
            kinds.translations.append(tier)
        elif tier.get("PARENT_REF"):
            kinds.others.append(tier)
        elif NOTE_TIER.search(name) or NOTE_TIER.search(kind) and not tier.get("PARTICIPANT"):
            kinds.notes.append(tier)
        else:
            kinds.speakers.append(tier)
    if not kinds.speakers:
        kinds.speakers = [tier for tier in kinds.translations if not tier.get("PARENT_REF")]
        kinds.translations = [tier for tier in kinds.translations if tier.get("PARENT_REF")]
    return kinds


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
    kinds = _kinds(list(root.iter("TIER")))
    aligned_by_id = {element.get("ANNOTATION_ID", ""): element for element in root.iter("ALIGNABLE_ANNOTATION")}
    by_id: dict[str, Annotation] = {}
    annotations: list[Annotation] = []
    for tier in kinds.speakers + kinds.notes:
        speaker = speaker_of(tier) if tier in kinds.speakers else ""
        for ids, timed, text in _spans(tier, tier.get("TIER_ID", "") in kinds.words, aligned_by_id):
            start, end = slots.get(timed.get("TIME_SLOT_REF1", "")), slots.get(timed.get("TIME_SLOT_REF2", ""))
            if start is None or end is None:
                problems.add(path, f"tier '{tier.get('TIER_ID')}': an annotation without a time in the recording "
                                   "(its time slot has no TIME_VALUE): align it in ELAN", line=timed.sourceline)
                continue
            annotation = Annotation(tier.get("TIER_ID", ""), speaker, start, end, text, timed.sourceline,
                                    note=tier in kinds.notes)
            by_id.update(dict.fromkeys(ids, annotation))
            if text:
                annotations.append(annotation)
    problems.raise_if_any()
    parent_of = {ref.get("ANNOTATION_ID", ""): ref.get("ANNOTATION_REF", "")
                 for tier in kinds.translations + kinds.others for ref in tier.iter("REF_ANNOTATION")}
    translated: dict[Annotation, list[str]] = {}   # by the annotation itself: one line may hold many
    unplaced = []
    for tier in kinds.translations:
        owner_tier = _translated_tier(tier, kinds.speakers)
        for element in tier.iter("REF_ANNOTATION", "ALIGNABLE_ANNOTATION"):
            text = _value(element)
            owner = _owner(element, owner_tier, by_id, parent_of, slots)
            if text and owner is not None:
                translated.setdefault(owner, []).append(text)
            elif text:
                unplaced.append(element.sourceline)
    _tell(path, warnings, kinds, sum(map(len, translated.values())), unplaced)
    return [Annotation(a.tier, a.speaker, a.start_ms, a.end_ms, a.text, a.line, " ".join(translated.get(a, [])),
                       a.note) for a in annotations]


def _spans(tier: etree._Element, words: bool, aligned_by_id: dict[str, etree._Element]
           ) -> list[tuple[list[str], etree._Element, str]]:
    """The tier's annotations as (ids, the aligned annotation that gives their time, words). A words
    tier under a reference tier (`words`) refers to the reference's annotations: its annotations of one
    reference (a Toolbox line cut into words) are one annotation, timed by the reference."""
    if not words:
        return [([element.get("ANNOTATION_ID", "")], element, _value(element))
                for element in tier.iter("ALIGNABLE_ANNOTATION")]
    grouped: dict[str, list[etree._Element]] = {}
    for element in tier.iter("REF_ANNOTATION", "ALIGNABLE_ANNOTATION"):
        grouped.setdefault(element.get("ANNOTATION_REF") or element.get("ANNOTATION_ID", ""), []).append(element)
    return [([reference, *(element.get("ANNOTATION_ID", "") for element in elements)],
             aligned_by_id.get(reference, elements[0]), " ".join(filter(None, map(_value, elements))))
            for reference, elements in grouped.items()]


def _value(element: etree._Element) -> str:
    return " ".join(element.findtext("ANNOTATION_VALUE", default="").split())


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


def _tell(path: Path, warnings: list[str], kinds: _Kinds, translated: int, unplaced: list[int]) -> None:
    """What the run did with the tiers that are no speaker's turns."""
    notes, translations, others = kinds.notes, kinds.translations, kinds.others
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
    if kinds.references:
        warnings.append(f"{path}: {plural_form(len(kinds.references), 'reference tier')} {_names(kinds.references)} "
                        "(record numbers) left out: the speakers' words are in "
                        f"{_names([tier for tier in kinds.speakers if tier.get('TIER_ID') in kinds.words])}")
    if others:
        warnings.append(f"{path}: dependent {plural_form(len(others), 'tier')} {_names(others)} (glosses or other "
                        "annotations of a speaker's words) left out: not turns")
