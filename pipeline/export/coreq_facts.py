"""What a batch says about the COREQ items it can answer (sample, setting, repeat interviews, recordings,
coding tree, derivation, quotations, consistency, themes): `BatchFacts`, and the small formatting
helpers its answers share. Informants appear by code only, and informant attributes whose every
value is different (names, phone numbers) are never printed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import wording
from pipeline.records.codings import codebook_code_ids
from pipeline.records.english_roles import ROLE_EN, shown_roles
from pipeline.records.genders import shown_genders
from pipeline.records.codebook import Codebook
from pipeline.ingest.interview_parts import interview_names
from pipeline.ingest.sessions import interviews_per_informant
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.tiers import TIER_SUFFIXES
from pipeline.ordering import natural_key
from pipeline.schema import INFORMANT_COUNTS


UNSUMMARISED = {"informant", *INFORMANT_COUNTS}   # informants.csv columns item 16 does not summarise
EN_SUFFIX = "_en"   # an informants.csv column's English beside it: "institution_en" (role_en is english_roles.py's)
# An informants.csv column as item 16 names it: the usual headers of either language, else as written.
_COLUMN_KEYS = {"role": "role", "peran": "role", "site": "site", "lokasi": "site", "desa": "site", "tempat": "site",
                "gender": "gender", "sex": "gender", "jenis kelamin": "gender", "jenis_kelamin": "gender",
                "institution": "institution", "institusi": "institution", "instansi": "institution",
                "age": "age", "umur": "age", "usia": "age", "education": "education", "pendidikan": "education"}


def _column_name(column: str, lang: str) -> str:
    key = _COLUMN_KEYS.get(column.strip().casefold())
    return wording.words(wording.COREQ, lang)[f"column_{key}"] if key else column


def _english_of(column: str, columns: pd.Index) -> bool:
    """Whether a column is another's English ("institution_en" beside "institution"), printed in its place."""
    return column.casefold().endswith(EN_SUFFIX) and column[:-len(EN_SUFFIX)] in columns


def _in_english(informants: pd.DataFrame, lang: str) -> pd.DataFrame:
    """An English run's informants.csv with each column that has its English beside it ("institution_en": a
    researcher's "Household" for "Rumah tangga") read from it where filled; as written in Indonesian."""
    if lang != "en":
        return informants
    english = {column[:-len(EN_SUFFIX)]: column for column in informants.columns if _english_of(column, informants.columns)}
    shown = informants.copy()
    for column, translated in english.items():
        given = shown[translated].fillna("").astype(str).str.strip()
        shown[column] = given.where(given != "", shown[column])
    return shown


def number(value: object, digits: int = 2) -> str:
    if value is None or pd.isna(value):
        return "n/a"
    return f"{float(value):.{digits}f}"


class BatchFacts:
    """What the batch says about each fillable item."""

    def __init__(self, segments: pd.DataFrame, informants: pd.DataFrame, codings: pd.DataFrame, codebook: Codebook):
        self.segments = segments
        self.spoken = segments[segments["speaker_role"].astype(str) == "informant"] \
            if "speaker_role" in segments.columns else segments
        self.informants = informants if informants is not None else pd.DataFrame(columns=["informant"])
        self.codings = codings
        self.codebook = codebook
        codes = self._code_index(codings)
        self.segments_per_code = codes.groupby("code_id")["segment_id"].nunique()
        self.informants_per_code = codes.groupby("code_id")["informant"].nunique()
        self.coded = codes

    def _code_index(self, codings: pd.DataFrame) -> pd.DataFrame:
        """Codings with their codebook code id."""
        informant = codings["informant"].astype(str) if "informant" in codings.columns else ""
        return pd.DataFrame({"segment_id": codings["segment_id"].astype(str),
                             "code_id": codebook_code_ids(codings, self.codebook), "informant": informant})

    def informant_codes(self) -> list[str]:
        """Tabel 1's informants (a document it leaves out, a news page, is none), else those who speak."""
        listed = [str(name) for name in self.informants["informant"]] if "informant" in self.informants else []
        spoken = [str(name) for name in self.spoken["informant"]] if "informant" in self.spoken else []
        return sorted(set(listed or spoken) - {""}, key=natural_key)

    def sample_size(self, lang: str) -> str:
        codes = self.informant_codes()
        informant = self.segments["informant"].astype(str) if "informant" in self.segments else None
        documents = (self.segments.loc[informant.isin(codes), "document"] if informant is not None
                     else self.segments["document"]).nunique()
        heard = set(self.spoken["informant"].astype(str)) & set(codes) if "informant" in self.spoken else set()
        if lang == "id":
            partial = f"; transkrip {len(heard)} di antaranya ada dalam batch ini" if len(heard) < len(codes) else ""
            return f"{len(codes)} informan ({_span(codes)}) dalam {documents} dokumen wawancara{partial}."
        partial = f"; transcripts of {len(heard)} of them are in this batch" if len(heard) < len(codes) else ""
        return f"{len(codes)} informants ({_span(codes)}) in {documents} interview documents{partial}."

    def setting(self, lang: str) -> str:
        column = next((c for c in self.informants.columns if c.casefold() in ("site", "lokasi", "desa", "tempat")), None)
        if column is None:
            return ""
        counts = _value_counts(self.informants[column])
        return (f"Lokasi tercatat: {counts}." if lang == "id" else f"Sites recorded: {counts}.")

    def sample_description(self, lang: str) -> str:
        parts = []
        informants = _in_english(shown_roles(self.informants, lang), lang)   # an English run's roles in English
        for column in informants.columns:
            if column.casefold() in UNSUMMARISED or column == ROLE_EN or _english_of(column, informants.columns):
                continue
            values = informants[column].fillna("").astype(str).str.strip()
            values = values[values != ""]
            if values.empty:
                continue
            numbers = pd.to_numeric(values, errors="coerce")
            if numbers.notna().all():
                parts.append(f"{_column_name(column, lang)}: {numbers.min():g}\u2013{numbers.max():g} "
                             f"(median {numbers.median():g})")
            elif _COLUMN_KEYS.get(column.strip().casefold()) == "gender":   # "P (6)" said perempuan or pria
                parts.append(f"{_column_name(column, lang)}: {_value_counts(shown_genders(values, lang))}")
            elif column.casefold() in ("role", "peran", "keterangan") or values.nunique() < len(values):
                parts.append(f"{_column_name(column, lang)}: {_value_counts(values)}")
        languages = self.spoken["language"].value_counts() if "language" in self.spoken.columns else pd.Series(dtype=int)
        if not languages.empty:
            name = "bahasa segmen informan" if lang == "id" else "language of informant segments"
            names = wording.LANGUAGE_NAMES[lang]
            parts.append(f"{name}: " + ", ".join(f"{names.get(key, key)} {value}" for key, value in languages.items()))
        return "; ".join(parts) + "." if parts else ""

    def repeat_interviews(self, lang: str) -> str:
        if self.spoken.empty:
            return ""
        repeated = (per_informant := interviews_per_informant(self.segments, self.spoken))[per_informant > 1]
        if repeated.empty:
            return ("Tidak ada informan yang diwawancarai lebih dari sekali dalam batch ini." if lang == "id"
                    else "No informant was interviewed more than once in this batch.")
        listing = ", ".join(f"{name} ({repeated[name]})" for name in sorted(repeated.index, key=natural_key))
        return (f"Informan dengan lebih dari satu wawancara: {listing}." if lang == "id"
                else f"Informants interviewed more than once (interviews): {listing}.")

    def _interviews(self) -> dict[str, str]:
        """Each transcript -> the interview it is part of: an interview kept in several files
        (`interview_names`: K7_bagian1, K7_bagian2, one informant's) is one."""
        pairs = (self.spoken[["informant", "document"]].drop_duplicates() if "informant" in self.spoken
                 else pd.DataFrame(columns=["informant", "document"]))
        single = pairs.drop_duplicates("document", keep=False)   # a file of one informant
        joined = interview_names(dict(zip(single["document"], single["informant"].astype(str))))
        return {document: joined.get(document, document) for document in self.segments["document"].unique()}

    def _recorded_spans(self) -> pd.DataFrame:
        """Per transcript made from a recording (a .vtt/.srt file's or a timed export's turns): the first
        turn's start and the last turn's end, in seconds."""
        if "time_start" not in self.segments.columns:
            return pd.DataFrame(columns=["start", "end"])
        timed = self.segments.assign(start=_seconds(self.segments["time_start"]), end=_seconds(self.segments["time_end"]))
        # a turn may lack one of its times (a timed export's turn with no time line of its own)
        return timed.groupby("document").agg(start=("start", "min"), end=("end", "max")).dropna()

    def recordings(self, lang: str) -> tuple[str, str]:
        """Items 19 (which interviews were recorded) and 21 (their recorded length), or blanks."""
        recorded = self._recorded_spans()
        if recorded.empty:
            return "", ""
        interview = self._interviews()
        total = len(set(interview.values()))
        heard = len({interview.get(name, name) for name in recorded.index})
        names = sorted(recorded.index, key=natural_key)
        minutes = (recorded["end"] - recorded["start"]) / 60
        listing = ", ".join(f"{name} {_clock(minutes[name])}" for name in names)
        span = f"{_clock(minutes.min())}\u2013{_clock(minutes.max())}"
        subtitles = [name for name in names if Path(name).suffix.lower() in SUBTITLE_SUFFIXES]
        aligned = [name for name in names if Path(name).suffix.lower() in TIER_SUFFIXES]   # a linguist's, by hand
        exports = [name for name in names if name not in subtitles and name not in aligned]
        if lang == "id":
            kinds = "; ".join(filter(None, [f"berkas subtitle: {', '.join(subtitles)}" if subtitles else "",
                                            f"transkripsi selaras waktu (ELAN, Praat): {', '.join(aligned)}"
                                            if aligned else "",
                                            f"ekspor alat transkripsi bercap waktu: {', '.join(exports)}"
                                            if exports else ""]))
            return (f"{heard} dari {total} wawancara ditranskripsi dari rekaman audio ({kinds}).",
                    f"Rentang tuturan terekam (awal tuturan pertama sampai akhir tuturan terakhir, menit:detik): "
                    f"{listing}; {span}. Wawancara tanpa rekaman bercap waktu tidak tercatat.")
        kinds = "; ".join(filter(None, [f"subtitle files: {', '.join(subtitles)}" if subtitles else "",
                                        f"time-aligned transcriptions (ELAN, Praat): {', '.join(aligned)}"
                                        if aligned else "",
                                        f"a transcription tool's timed export{'s' if len(exports) > 1 else ''}: "
                                        f"{', '.join(exports)}" if exports else ""]))
        return (f"{heard} of {total} interviews were transcribed from audio recordings ({kinds}).",
                f"Recorded speech from the first turn's start to the last turn's end (min:s): {listing}; range "
                f"{span}. Interviews without a timed transcript are not covered.")

    def coding_tree(self, lang: str) -> str:
        themes = len(self.codebook.themes)
        categories = sum(len(theme.categories) for theme in self.codebook.themes)
        codes = len(self.codebook.codes)
        head = (f"Buku kode {self.codebook.name} {self.codebook.version}: {themes} tema, {categories} kategori, "
                f"{codes} kode (Tabel 2; figures/code_matrix.png)." if lang == "id" else
                f"Codebook {self.codebook.name} {self.codebook.version}: {themes} themes, {categories} categories, "
                f"{codes} codes (Table 2; figures/code_matrix.png).")
        lines = [head]
        for theme in self.codebook.themes:
            lines.append(f"- {theme.label}")
            for category in theme.categories:
                lines.append(f"  - {category.label}")
                for code in category.codes:
                    lines.append(f"    - {code.label} ({_count(int(self.segments_per_code.get(code.id, 0)), 'segment', lang)}, "
                                 f"{_count(int(self.informants_per_code.get(code.id, 0)), 'informant', lang)})")
        return "\n".join(lines)

    def derivation(self, lang: str) -> str:
        sources = self.codings.get("source", pd.Series(dtype=str)).astype(str).value_counts()
        reviewed = int(self.codings.get("review", pd.Series(dtype=str)).astype(str).isin(["accepted", "added"]).sum())
        said = wording.words(wording.COREQ, lang)
        by_source = ", ".join(f"{said.get(f'source_{key}', key)} {value}" for key, value in sources.items()) or "-"
        name = f"{self.codebook.name} {self.codebook.version}".strip()
        if lang == "id":
            return (f"Deduktif: tema, kategori dan kode ditetapkan sebelumnya dalam buku kode {name}; segmen dikode "
                    f"dengan aturan buku kode (koding yang dihitung menurut sumber: {by_source}); {reviewed} koding "
                    "diterima atau ditambahkan oleh peninjau.")
        return (f"Deductive: themes, categories and codes were defined in advance in codebook {name}; segments were "
                f"coded with the codebook's rules (counted codings by source: {by_source}); {reviewed} codings were "
                "accepted or added by reviewers.")

    def quotations(self, lang: str) -> str:
        quoted = self.coded[self.coded["code_id"] != ""]
        example = next(iter(sorted(set(quoted["informant"].replace("", pd.NA).dropna()), key=natural_key)), "A1")
        segments = quoted["segment_id"].nunique()
        informants = quoted["informant"].replace("", pd.NA).dropna().nunique()
        if lang == "id":
            return (f"Kutipan diidentifikasi dengan kode informan, mis. \u201c\u2026\u201d ({example}). {segments} segmen "
                    f"berkode dari {informants} informan tersedia sebagai kutipan (quotations.md).")
        return (f"Quotations are identified by informant code, e.g. \u201c\u2026\u201d ({example}). "
                f"{wording.quantity(segments, 'coded segment')} from {_count(informants, 'informant', lang)} "
                f"{'is' if segments == 1 else 'are'} available as quotations (quotations.md).")

    def consistency(self, lang: str) -> str:
        empty = [code.label for code in self.codebook.codes if int(self.segments_per_code.get(code.id, 0)) == 0]
        backed = len(self.codebook.codes) - len(empty)
        if lang == "id":
            tail = f" Kode tanpa kutipan: {'; '.join(empty)}." if empty else ""
            return f"{backed} dari {len(self.codebook.codes)} kode didukung oleh segmen berkode.{tail}"
        tail = f" Codes without any coded segment: {'; '.join(empty)}." if empty else ""
        return f"{backed} of {len(self.codebook.codes)} codes are supported by coded segments.{tail}"

    def major_themes(self, lang: str) -> str:
        theme_of = {code.id: code.theme for code in self.codebook.codes}
        coded = self.coded.assign(theme=self.coded["code_id"].map(theme_of)).dropna(subset=["theme"])
        if coded.empty:
            return ""
        prevalence = coded.groupby("theme").agg(segments=("segment_id", "nunique"), informants=("informant", "nunique"))
        prevalence = prevalence.sort_values(["informants", "segments"], ascending=False)
        listing = "; ".join(f"{theme}: {_count(row.informants, 'informant', lang)}, {_count(row.segments, 'segment', lang)}"
                            for theme, row in prevalence.iterrows())
        return (f"Prevalensi tema: {listing}." if lang == "id" else f"Prevalence of themes: {listing}.")

    def minor_codes(self, lang: str) -> str:
        minor = [f"{code.label} ({int(self.informants_per_code.get(code.id, 0))})" for code in self.codebook.codes
                 if 0 < int(self.informants_per_code.get(code.id, 0)) <= 2]
        if not minor:
            return ""
        return (f"Kode yang hanya muncul pada 1\u20132 informan: {'; '.join(minor)}." if lang == "id"
                else f"Codes raised by only 1\u20132 informants: {'; '.join(minor)}.")


_INDONESIAN = {"segment": "segmen", "informant": "informan"}


def _count(count: int, noun: str, lang: str) -> str:
    """"1 segment", "3 segments"; in Indonesian, which does not inflect, "3 segmen"."""
    return f"{count} {_INDONESIAN[noun]}" if lang == "id" else wording.quantity(count, noun)


def _span(codes: list[str]) -> str:
    """Every code when few, else the first and last: codes need not be contiguous (A1, A3, B2)."""
    if not codes:
        return "-"
    return ", ".join(codes) if len(codes) <= 12 else f"{', '.join(codes[:3])}, \u2026, {codes[-1]}"


def _seconds(times: pd.Series) -> pd.Series:
    """HH:MM:SS.mmm (segments.csv `time_start`/`time_end`) as seconds; empty for typed transcripts."""
    return pd.to_timedelta(times.fillna("").astype(str).replace("", None), errors="coerce").dt.total_seconds()


def _clock(minutes: float) -> str:
    whole = int(round(minutes * 60))
    return f"{whole // 60}:{whole % 60:02d}"


def _value_counts(values: pd.Series) -> str:
    counts = values.fillna("").astype(str).str.strip().replace("", pd.NA).dropna().value_counts()
    return ", ".join(f"{value} ({count})" for value, count in counts.items())
