"""Facts that identify an informant (her name, address, phone, NIK or KK number) in a file's front
matter, table of facts or sidecar: never a Tabel 1 column, and their words masked wherever said.

Interview templates open with a table of facts whose first rows are the informant's name and address
(`Nama | ...`, `Alamat | ...`, `No. HP | ...`). Read as attributes they would print the name in
informants.csv and the report; an ethics committee asks that they reach no output. The name's words
are masked as redact.txt's are (privacy/name_parts.py); an address is masked as the comma-separated
pieces that find the household ("Lorong Kembang", "Jl. Kenari No. 4", "Jaga 2"), never word by word
("Satu" of "Sindulang Satu" is a common word), and not as the pieces naming the area around it
("Kelurahan Tikala", "Manado"): those are the study's sites, which the report names anyway.
"""

from __future__ import annotations

import re

from typing import Any, NamedTuple

from pipeline.privacy.name_parts import name_parts

# Keys of identifying facts, casefolded with "_" read as a space.
NAME_KEYS = frozenset({"nama", "nama lengkap", "nama informan", "nama responden", "nama narasumber",
                       "nama asli", "name", "full name", "nama pewawancara", "interviewer name"})
ADDRESS_KEYS = frozenset({"alamat", "alamat rumah", "address", "domisili"})
NUMBER_KEYS = frozenset({"no. hp", "no hp", "nomor hp", "hp", "no. telp", "no telp", "telp", "telepon",
                         "nomor telepon", "phone", "no. wa", "no wa", "whatsapp", "nik", "no. nik", "no. ktp",
                         "no ktp", "ktp", "no. kk", "no kk", "nomor kk", "email", "e-mail"})
IDENTITY_KEYS = NAME_KEYS | ADDRESS_KEYS | NUMBER_KEYS
# words that place a household inside its area: a street, lane, number, neighbourhood unit or block
HOUSEHOLD_MARKS = re.compile(
    r"\b(?:jl|jln|jalan|lorong|lr|gang|gg|no|nomor|rt|rw|jaga|lingkungan|lingk|lk|dusun|blok|kompleks|komp|"
    r"perum|perumahan|asrama|rumah|kav|kavling)\b\.?|\d", re.IGNORECASE)
# words that open the name of an area: a village, district, regency, city or province
AREA_START = re.compile(r"(?:desa|kelurahan|kel|kecamatan|kec|kabupaten|kab|kota|provinsi|prov)\b\.?\s",
                        re.IGNORECASE)


def identity_key(key: str) -> bool:
    """Whether a front matter or table key names an identifying fact (`Nama`, `No. HP`, `no_kk`)."""
    return _folded(key) in IDENTITY_KEYS


def _folded(key: object) -> str:
    """A key as the key sets hold it: casefolded, "_" read as a space, a closing colon left out."""
    return " ".join(str(key).replace("_", " ").rstrip(" :").split()).casefold()


class Identity(NamedTuple):
    """A file's facts without its identifying ones, the names and address pieces to mask, and the keys."""

    metadata: dict[str, Any]
    names: tuple[str, ...]
    places: tuple[str, ...]
    keys: tuple[str, ...]


def split_identity(metadata: dict[str, Any]) -> Identity:
    """`metadata` without the identifying facts, and what of them the outputs must mask."""
    kept, names, places, keys = {}, [], [], []
    for key, value in metadata.items():
        if not identity_key(key):
            kept[key] = value
            continue
        keys.append(str(key))
        text = " ".join(str(value or "").split())
        folded = _folded(key)
        if text and folded in NAME_KEYS:
            names.append(text)
        elif text and folded in ADDRESS_KEYS:
            places.extend(household_pieces(text))
    return Identity(kept, tuple(names), tuple(places), tuple(keys))


def household_pieces(address: str) -> list[str]:
    """The pieces of an address that find the household: any holding a street, lane, number or
    neighbourhood word, and the first (where an address starts) unless it names an area ("Desa
    Wori"); the village, district and city are left."""
    pieces = [piece.strip() for piece in address.split(",")]
    return [piece for index, piece in enumerate(pieces) if len(piece) > 3 and (
        HOUSEHOLD_MARKS.search(piece) or index == 0 and not AREA_START.match(piece))]


def masked_words(facts: Identity) -> list[str]:
    """What the outputs mask of `facts`: each name whole and its words that are no common word, and
    the address pieces."""
    return [*facts.names, *name_parts(list(facts.names)).masked, *facts.places]


def identity_columns(columns: list[str]) -> list[str]:
    """The columns of an informants table that hold identifying facts (`nama`, `alamat`, `no_hp`)."""
    return [column for column in columns if identity_key(column)]


def identity_warning(file: str, keys: tuple[str, ...]) -> str:
    named = ", ".join(f"'{key}'" for key in keys)
    what = "a fact that identifies" if len(keys) == 1 else "facts that identify"
    return (f"{file}: {named} in its facts: {what} a person, kept out of Tabel 1 and every output; a name "
            "or address there is masked as [NAMA] wherever the batch's transcripts say it")
