"""Tabel 1 of a batch: its informants, from informants.csv (which wins) and the transcripts' front
matter, and the warnings that say where a row is missing, spelt otherwise or has no role (each
informant named with the file and line of its first turn). read_batch (batch.py) calls it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.ingest.document_segments import SourceDocument
from pipeline.ingest.document_sources import documents_warning, unlisted_documents
from pipeline.ingest.fact_disagreements import fact_disagreements
from pipeline.ingest.informants import LINES, informants_from_front_matter
from pipeline.ordering import natural_key
from pipeline.wording import plural_form


def _with_file_code(name: str, doc: SourceDocument, segments: pd.DataFrame) -> dict[str, Any]:
    """A document's front matter, with the code its file is named after (berita_D1.md is D1's) when
    it gives a role but no `informant:`: its role describes that code in Tabel 1."""
    if doc.kind != "document" or doc.metadata.get("informant") or not str(doc.metadata.get("role") or "").strip():
        return doc.metadata
    codes = segments.loc[segments["document"] == name, "informant"].drop_duplicates().tolist()
    return {**doc.metadata, "informant": codes[0]} if len(codes) == 1 else doc.metadata


def informant_table(from_csv: pd.DataFrame | None, documents: dict[str, SourceDocument],
                    segments: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    """Tabel 1: informants.csv wins; informants it lacks are added from front matter, with a warning.
    Without informants.csv the rows come in code order (B2 before B10), and a speaking informant
    whose file has no front matter (a subtitle file without a sidecar) is warned about: the table
    would print an empty description."""
    from_front = informants_from_front_matter({name: _with_file_code(name, doc, segments) for name, doc in documents.items()})
    speaking = segments.loc[segments["speaker_role"] == "informant", "informant"].drop_duplicates().tolist()
    table = from_csv if from_csv is not None else from_front
    listed = set(table["informant"])
    silent = [code for code in table["informant"] if code not in set(speaking) | set(from_front["informant"])]
    if from_csv is not None and silent:
        lines = from_csv.attrs.get(LINES, {})
        warnings.append(f"informants.csv: {', '.join(f'{code} (line {lines[code]})' if code in lines else code for code in silent)} "
                        f"{plural_form(len(silent), 'has', 'have')} no transcript in the batch: add "
                        f"{plural_form(len(silent), 'its file', 'their files')} or remove the "
                        f"{plural_form(len(silent), 'row', 'rows')} (or correct a mistyped speaker label). Tabel 1 keeps "
                        f"{plural_form(len(silent), 'it', 'them')}, marked 'tanpa transkrip di batch ini' ('no transcript "
                        "in this batch'), with 0 turns and 0 documents in informants.csv; the code-by-informant "
                        f"matrix leaves {plural_form(len(silent), 'it', 'them')} out")
    warnings.extend(_unheard_warnings(documents, segments, set(speaking)))
    missing = [code for code in list(from_front["informant"]) + speaking if code not in listed]
    missing = list(dict.fromkeys(missing))
    if sources := unlisted_documents([code for code in missing if code not in set(from_front["informant"])], segments,
                                     {name: doc.kind for name, doc in documents.items()}):
        warnings.append(documents_warning(sources))
        missing = [code for code in missing if code not in sources]
    if missing:
        extra = from_front[from_front["informant"].isin(missing)]
        if from_csv is not None:
            described = {code for code, role in zip(extra["informant"], extra.get("role", [""] * len(extra)))
                         if isinstance(role, str) and role.strip()}
            how = (f"with the role {plural_form(len(missing), 'its', 'their')} front matter gives" if described >= set(missing)
                   else "with an empty role" if not described
                   else f"with the role front matter gives ({', '.join(c for c in missing if c in described)}) "
                        "or an empty one")
            warnings.append(f"informants.csv does not list {_first_turns(missing, segments, documents)}; added to Tabel 1 "
                            f"{how}: add {plural_form(len(missing), 'it', 'them')} to informants.csv, or correct the label if it is a typo")
        bare = [{"informant": code, "role": ""} for code in missing if code not in set(extra["informant"])]
        table = pd.concat([table, extra, pd.DataFrame(bare)], ignore_index=True).fillna("")
    if from_csv is not None:
        warnings.extend(fact_disagreements(from_csv, documents.values()))
    if from_csv is None:
        table = table.sort_values("informant", key=lambda codes: codes.map(natural_key), kind="stable")
        unroled = [code for code in speaking if code not in set(from_front["informant"]) and code not in sources]
        named = _named_elsewhere(unroled, segments, documents)
        bare = [code for code in unroled if code not in named]
        if bare:
            warnings.append(f"Tabel 1 has no role for {_first_turns(bare, segments, documents)}, whose file says nothing "
                            "about its informant: give it front matter with 'role:' (a .vtt, .srt, .sbv, .eaf, .TextGrid or service .json file: in its "
                            "sidecar NAME.yaml) or list the informants in informants.csv")
        if named:
            warnings.append(f"Tabel 1 has no role for {_first_turns(list(named), segments, documents)}: "
                            + "; ".join(f"{code}'s file names {informant} as its informant" for code, informant
                                        in named.items())
                            + ". Is the label a speaker to map to the interviewer (P) or to that informant, or "
                              "another informant? List the informants in informants.csv, or map the label")
        roleless = _roleless_warning(table, documents)
        if roleless:
            warnings.append(roleless)
    return table.reset_index(drop=True)


def spelled_as_transcripts(from_csv: pd.DataFrame, documents: dict[str, SourceDocument], segments: pd.DataFrame,
                           warnings: list[str]) -> pd.DataFrame:
    """informants.csv with each code the transcripts spell otherwise only in case (n01 / N01) written
    as the transcripts write it, with one warning naming both spellings and their files: one
    informant, never two rows of Tabel 1 (one without turns, one without a role)."""
    from_front = informants_from_front_matter({name: _with_file_code(name, doc, segments) for name, doc in documents.items()})
    spoken = segments.loc[segments["speaker_role"] == "informant", "informant"].tolist()
    listed = set(from_csv["informant"])
    spellings = {code.casefold(): code for code in [*from_front["informant"], *spoken] if code not in listed}
    renamed = {code: spellings[code.casefold()] for code in from_csv["informant"] if code.casefold() in spellings}
    if not renamed:
        return from_csv
    lines = from_csv.attrs.get(LINES, {})
    told = "; ".join(f"'{code}' (informants.csv line {lines.get(code, '?')}) and "
                     f"{_first_turns([spelt], segments, documents)}" for code, spelt in renamed.items())
    warnings.append(f"{plural_form(len(renamed), 'an informant code is', 'informant codes are')} spelt in "
                    f"informants.csv and the transcripts with different capitals: {told}. Read as one informant, "
                    "spelt as the transcripts spell it; write it the same way in both")
    table = from_csv.assign(informant=from_csv["informant"].replace(renamed))
    table.attrs[LINES] = {renamed.get(code, code): line for code, line in lines.items()}
    return table


def _unheard_warnings(documents: dict[str, SourceDocument], segments: pd.DataFrame, speaking: set[str]) -> list[str]:
    """A transcript whose front matter names an informant who speaks in no turn of the batch, while its
    own informant turns are another code's (`informant: M08`, the turns typed `M8:`): Tabel 1 would count
    two informants, one without a word, where there is one. Said with the file and the turns' first line."""
    told = []
    for name, doc in documents.items():
        code = str(doc.metadata.get("informant") or "").strip()
        if not code or code in speaking:
            continue   # the usual case, decided before a look at the turns (a batch of hundreds of files)
        turns = segments[(segments["document"] == name) & (segments["speaker_role"] == "informant")]
        if turns.empty:
            continue
        others = list(dict.fromkeys(turns["informant"]))
        told.append(f"{name}: its front matter names {code} as its informant, but none of its turns is {code}'s: its "
                    f"informant turns are labelled {_first_turns(others, turns, documents)}. Tabel 1 counts {code} with no turn and "
                    f"{', '.join(others)} apart; correct the turns' label or 'informant:' so that they agree")
    return told


def _named_elsewhere(codes: list[str], segments: pd.DataFrame,
                     documents: dict[str, SourceDocument]) -> dict[str, str]:
    """Code -> the informant its first turn's file names (front matter or sidecar), for the codes
    whose file names another one: a label read as an informant although the file says whose it is."""
    named = {}
    for code in codes:
        turns = segments[(segments["informant"] == code) & (segments["speaker_role"] == "informant")]
        informant = str(documents[turns.iloc[0]["document"]].metadata.get("informant") or "").strip() \
            if not turns.empty else ""
        if informant and informant != code:
            named[code] = informant
    return named


def _roleless_warning(table: pd.DataFrame, documents: dict[str, SourceDocument]) -> str | None:
    """The informants whose front matter gives no role (no `role:` line or an empty one; in a Word
    table of facts no Jabatan row or an empty one), each with where the role goes (its own line or
    row when there is one): Tabel 1 would describe them with nothing."""
    roles = dict(zip(table["informant"], table["role"]))
    places: dict[str, str] = {}
    for doc in documents.values():
        code = str(doc.metadata.get("informant") or "").strip()
        if code and code not in places and not str(roles.get(code, "")).strip():
            places[code] = doc.front_matter_place("role")
    if not places:
        return None
    return (f"Tabel 1 has no role for {', '.join(f'{code} ({place})' for code, place in places.items())}: write "
            f"each one's role there ('role: Bidan desa' in front matter, a row 'Jabatan | Bidan desa' in a Word "
            "table of facts) or list the informants in informants.csv")


def _first_turns(codes: list[str], segments: pd.DataFrame, documents: dict[str, SourceDocument]) -> str:
    """Each code with the file and line (a Word table's row) of its first turn, so a mistyped label can be found."""
    named = []
    for code in codes:
        turns = segments[(segments["informant"] == code) & (segments["speaker_role"] == "informant")]
        if turns.empty:  # named only in front matter
            named.append(code)
            continue
        first = turns.iloc[0]
        named.append(f"{code} ({first['document']} {documents[first['document']].places.name(int(first['line']))})")
    return ", ".join(named)
