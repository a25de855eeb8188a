"""The parts of a listed full name that are masked on their own, and those that are not.

A transcript names "Jemmy Rumengan" once, then "Jemmy" or "si Rumengan": listing the full name
in redact.txt must hide those too. Each word of a listed multi-word name is masked alone, as a
whole word in any case, unless it is a common word (Indonesian, or Manado Malay in the
glosser's lexicon: "Sari", "Bunga", "Pak", "Hukum Tua"), which would hide every use of the
word; those parts are named in the run's warnings so the user can list them alone if they
mean to.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.person_words import PERSON_NOUNS, TITLES

MIN_PART_LENGTH = 3   # "Sr", "dr": initials and titles are not names


@dataclass(frozen=True)
class NameParts:
    masked: tuple[str, ...]       # parts masked on their own
    common: tuple[str, ...]       # parts left alone: common words


def is_common_word(word: str) -> bool:
    """Whether a lower-case word is common Indonesian or Manado Malay, by the glosser's own vocabulary."""
    from pipeline.gloss.glosser import shared_glosser   # the run's glosser: its lexicons are loaded once

    glosser = shared_glosser()
    return word in glosser.lexicon or glosser.vocabulary.is_form(word) or glosser.vocabulary.norm(word) is not None


def name_parts(names: list[str]) -> NameParts:
    """The words of the multi-word `names` to mask alone, and the common words among them."""
    listed = {name.casefold() for name in names}
    parts = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        for word in words:
            word = word.strip(".,'\"()[]")
            if len(word) >= MIN_PART_LENGTH and word.casefold() not in listed:
                parts.setdefault(word.casefold(), word)
    if not parts:
        return NameParts((), ())
    common = tuple(word for folded, word in parts.items() if is_common_word(folded))
    masked = tuple(word for word in parts.values() if word not in common)
    return NameParts(masked, common)


def common_parts_warning(path: object, common: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{word}'" for word in common)
    return (f"{path}: {quoted}, part of a listed name, {'is' if len(common) == 1 else 'are'} masked only within "
            "the full name, not alone: common Indonesian or Manado words, which masking would hide everywhere. "
            "Other parts of listed names are masked alone too. To mask such a word everywhere, list it on a "
            "line of its own")


def label_parts(labels: list[str]) -> NameParts:
    """The words of speaker labels to mask alone: those of the person's name only (`person_part`), so
    an affiliation's place ("Yohanis (Puskesmas Kao)") or a degree is not masked everywhere; a
    one-word name before it is a part too."""
    persons = sorted({person_part(label) for label in labels})
    parts = name_parts(persons)
    single = [person for person in persons
              if len(person.split()) == 1 and person not in labels and len(person) >= MIN_PART_LENGTH]
    common = tuple(word for word in single if is_common_word(word.casefold()))
    return NameParts(parts.masked + tuple(word for word in single if word not in common), parts.common + common)


def person_part(label: str) -> str:
    """A display name without what follows a comma or an opening bracket ("Rina Pangemanan, S.KM",
    "Yohanis (Puskesmas Kao)"): a degree or an affiliation, not what a transcript calls the person."""
    return label.split("(")[0].split("[")[0].split(",")[0].strip()


def label_parts_warning(common: tuple[str, ...], listed: tuple[str, ...]) -> str | None:
    """Words of speaker labels mapped to codes ("Ibu Ani", "Pak Budi") that are masked only within the
    label, being common words: the person's name may still stand alone in the words. A title or a
    person noun ("Ibu", "Om", "Kader") is no name and is not named, nor a word redact.txt lists alone."""
    skipped = TITLES | PERSON_NOUNS | {name.casefold() for name in listed}
    names = tuple(word for word in common if word.casefold() not in skipped)
    if not names:
        return None
    quoted = ", ".join(f"'{word}'" for word in names)
    return (f"speaker labels mapped to codes are masked as [NAMA] wherever the words say them, but {quoted}, part of "
            f"such a label, {'is' if len(names) == 1 else 'are'} masked only within the full label, not alone: common "
            "Indonesian or Manado words, which masking would hide everywhere. If a transcript calls the person by "
            f"{'it' if len(names) == 1 else 'one of them'} alone, list {'it' if len(names) == 1 else 'each'} on a "
            "line of its own in redact.txt in the batch folder")
