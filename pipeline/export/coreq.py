"""COREQ checklist (Tong, Sainsbury & Craig 2007, IJQHC 19(6):349-357) pre-filled from the batch.

The items the data can answer (sample, repeat interviews, recordings and their length,
saturation, coders, coding tree, derivation of themes, software, quotations, prevalence of
themes) are filled and marked as such; the rest are prompts for the authors. Informants appear by code only, and informant
attributes whose every value is different (names, phone numbers) are never printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import wording
from pipeline.aggregate.agreement import ALL_CODES
from pipeline.records.codings import codebook_code_ids, countable_codings
from pipeline.records.english_roles import ROLE_EN, shown_roles
from pipeline.records.saturation import SaturationResult
from pipeline.records.codebook import Codebook
from pipeline.ingest.sessions import interviews_per_informant
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ordering import natural_key
from pipeline.schema import INFORMANT_COUNTS


@dataclass(frozen=True)
class Item:
    number: int
    domain: int
    group: str
    name: dict[str, str]
    question: dict[str, str]


DOMAINS = {
    1: {"en": "Domain 1: Research team and reflexivity", "id": "Domain 1: Tim peneliti dan refleksivitas"},
    2: {"en": "Domain 2: Study design", "id": "Domain 2: Desain studi"},
    3: {"en": "Domain 3: Analysis and findings", "id": "Domain 3: Analisis dan temuan"},
}
GROUPS = {
    "personal": {"en": "Personal characteristics", "id": "Karakteristik pribadi"},
    "relationship": {"en": "Relationship with participants", "id": "Hubungan dengan partisipan"},
    "framework": {"en": "Theoretical framework", "id": "Kerangka teori"},
    "selection": {"en": "Participant selection", "id": "Pemilihan partisipan"},
    "setting": {"en": "Setting", "id": "Latar"},
    "collection": {"en": "Data collection", "id": "Pengumpulan data"},
    "analysis": {"en": "Data analysis", "id": "Analisis data"},
    "reporting": {"en": "Reporting", "id": "Pelaporan"},
}


def _item(number: int, domain: int, group: str, name_en: str, question_en: str, name_id: str,
          question_id: str) -> Item:
    return Item(number, domain, group, {"en": name_en, "id": name_id}, {"en": question_en, "id": question_id})


ITEMS = (
    _item(1, 1, "personal", "Interviewer/facilitator", "Which author(s) conducted the interviews?",
          "Pewawancara/fasilitator", "Penulis mana yang melakukan wawancara?"),
    _item(2, 1, "personal", "Credentials", "What were the researchers' credentials (e.g. PhD, MD)?",
          "Kredensial", "Apa gelar/kredensial peneliti?"),
    _item(3, 1, "personal", "Occupation", "What was their occupation at the time of the study?",
          "Pekerjaan", "Apa pekerjaan peneliti saat studi dilakukan?"),
    _item(4, 1, "personal", "Gender", "Was the researcher male or female?",
          "Jenis kelamin", "Apakah peneliti laki-laki atau perempuan?"),
    _item(5, 1, "personal", "Experience and training", "What experience or training in qualitative research did they have?",
          "Pengalaman dan pelatihan", "Apa pengalaman atau pelatihan peneliti dalam penelitian kualitatif?"),
    _item(6, 1, "relationship", "Relationship established", "Was a relationship established before the study began?",
          "Hubungan yang terjalin", "Apakah hubungan dengan partisipan terjalin sebelum studi dimulai?"),
    _item(7, 1, "relationship", "Participant knowledge of the interviewer",
          "What did participants know about the researcher (goals, reasons for the research)?",
          "Pengetahuan partisipan tentang pewawancara",
          "Apa yang diketahui partisipan tentang peneliti (tujuan, alasan penelitian)?"),
    _item(8, 1, "relationship", "Interviewer characteristics",
          "What characteristics of the interviewer were reported (bias, assumptions, interests)?",
          "Karakteristik pewawancara", "Karakteristik pewawancara apa yang dilaporkan (bias, asumsi, minat)?"),
    _item(9, 2, "framework", "Methodological orientation and theory",
          "What methodological orientation underpinned the study (e.g. content analysis, grounded theory)?",
          "Orientasi metodologis dan teori",
          "Orientasi metodologis apa yang mendasari studi (mis. analisis isi, grounded theory)?"),
    _item(10, 2, "selection", "Sampling", "How were participants selected (purposive, convenience, snowball)?",
          "Pengambilan sampel", "Bagaimana partisipan dipilih (purposif, kemudahan, bola salju)?"),
    _item(11, 2, "selection", "Method of approach", "How were participants approached (face-to-face, phone, mail)?",
          "Cara pendekatan", "Bagaimana partisipan didekati (tatap muka, telepon, surat)?"),
    _item(12, 2, "selection", "Sample size", "How many participants were in the study?",
          "Jumlah sampel", "Berapa jumlah partisipan dalam studi?"),
    _item(13, 2, "selection", "Non-participation", "How many people refused or dropped out, and why?",
          "Tidak berpartisipasi", "Berapa orang yang menolak atau mundur, dan mengapa?"),
    _item(14, 2, "setting", "Setting of data collection", "Where were the data collected (home, clinic, workplace)?",
          "Latar pengumpulan data", "Di mana data dikumpulkan (rumah, klinik, tempat kerja)?"),
    _item(15, 2, "setting", "Presence of non-participants", "Was anyone else present besides participants and researchers?",
          "Kehadiran non-partisipan", "Apakah ada orang lain yang hadir selain partisipan dan peneliti?"),
    _item(16, 2, "setting", "Description of sample", "What are the important characteristics of the sample?",
          "Deskripsi sampel", "Apa karakteristik penting sampel?"),
    _item(17, 2, "collection", "Interview guide", "Were questions or prompts provided, and was the guide pilot tested?",
          "Panduan wawancara", "Apakah pertanyaan atau panduan disediakan, dan apakah panduan diuji coba?"),
    _item(18, 2, "collection", "Repeat interviews", "Were repeat interviews carried out? If so, how many?",
          "Wawancara ulang", "Apakah dilakukan wawancara ulang? Jika ya, berapa kali?"),
    _item(19, 2, "collection", "Audio/visual recording", "Was audio or visual recording used to collect the data?",
          "Rekaman audio/visual", "Apakah rekaman audio atau visual digunakan untuk mengumpulkan data?"),
    _item(20, 2, "collection", "Field notes", "Were field notes made during and/or after the interviews?",
          "Catatan lapangan", "Apakah catatan lapangan dibuat selama dan/atau setelah wawancara?"),
    _item(21, 2, "collection", "Duration", "How long did the interviews last?",
          "Durasi", "Berapa lama wawancara berlangsung?"),
    _item(22, 2, "collection", "Data saturation", "Was data saturation discussed?",
          "Saturasi data", "Apakah saturasi data dibahas?"),
    _item(23, 2, "collection", "Transcripts returned",
          "Were transcripts returned to participants for comment or correction?",
          "Transkrip dikembalikan", "Apakah transkrip dikembalikan ke partisipan untuk dikomentari atau dikoreksi?"),
    _item(24, 3, "analysis", "Number of data coders", "How many coders coded the data?",
          "Jumlah pengode", "Berapa pengode yang mengode data?"),
    _item(25, 3, "analysis", "Description of the coding tree", "Did the authors describe the coding tree?",
          "Deskripsi pohon koding", "Apakah penulis mendeskripsikan pohon koding?"),
    _item(26, 3, "analysis", "Derivation of themes", "Were themes identified in advance or derived from the data?",
          "Asal tema", "Apakah tema ditentukan sebelumnya atau diturunkan dari data?"),
    _item(27, 3, "analysis", "Software", "What software, if any, was used to manage the data?",
          "Perangkat lunak", "Perangkat lunak apa yang digunakan untuk mengelola data?"),
    _item(28, 3, "analysis", "Participant checking", "Did participants give feedback on the findings?",
          "Pengecekan oleh partisipan", "Apakah partisipan memberi umpan balik atas temuan?"),
    _item(29, 3, "reporting", "Quotations presented",
          "Were participant quotations presented to illustrate the themes, each identified (e.g. by participant number)?",
          "Kutipan yang disajikan",
          "Apakah kutipan partisipan disajikan untuk menggambarkan tema, masing-masing dengan identitas "
          "(mis. kode informan)?"),
    _item(30, 3, "reporting", "Data and findings consistent",
          "Was there consistency between the data presented and the findings?",
          "Konsistensi data dan temuan", "Apakah data yang disajikan konsisten dengan temuan?"),
    _item(31, 3, "reporting", "Clarity of major themes", "Were major themes clearly presented in the findings?",
          "Kejelasan tema utama", "Apakah tema utama disajikan dengan jelas dalam temuan?"),
    _item(32, 3, "reporting", "Clarity of minor themes",
          "Is there a description of diverse cases or discussion of minor themes?",
          "Kejelasan tema minor", "Apakah ada deskripsi kasus yang beragam atau pembahasan tema minor?"),
)

UNSUMMARISED = {"informant", *INFORMANT_COUNTS}
PARTLY_FILLED = frozenset({14, 19, 21, 26, 29, 30, 31, 32})   # the batch gives evidence; the authors still describe


def coreq_markdown(*, segments: pd.DataFrame, informants: pd.DataFrame, codings: pd.DataFrame, codebook: Codebook,
                   saturation_result: SaturationResult | None, coders: list[str], software: str,
                   agreement: pd.DataFrame | None, lang: str = "en") -> str:
    """coreq.md: the 32 items in order, each answered from the batch or left as a prompt."""
    text = wording.words(wording.COREQ, lang)
    facts = _Facts(segments, informants, countable_codings(codings, include_model=True), codebook)
    recorded, durations = facts.recordings(lang)
    filled = {
        12: facts.sample_size(lang),
        14: facts.setting(lang),
        16: facts.sample_description(lang),
        18: facts.repeat_interviews(lang),
        19: recorded,
        21: durations,
        22: saturation_result.describe(lang) if saturation_result is not None else "",
        24: _coders(coders, agreement, lang),
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
    if agreement is None or agreement.empty:
        return sentence
    pooled = agreement[agreement["code"] == ALL_CODES]
    if pooled.empty:
        return sentence
    row = pooled.iloc[0]
    units = int(row["n_units"]) if "n_units" in row.index and pd.notna(row["n_units"]) else None
    stats = (f"Cohen's kappa {_number(row['cohen_kappa'])}, Krippendorff's alpha {_number(row['krippendorff_alpha'])}, "
             f"{_number(row['percent_agreement'], 1)}%")
    if lang == "id":
        scope = f" atas {units} keputusan (segmen \u00d7 kode)" if units is not None else ""
        return f"{sentence} Kesepakatan antarpengode (gabungan{scope}): {stats} kesepakatan; per kode di agreement.csv."
    scope = f" over {units} (segment \u00d7 code) decisions" if units is not None else ""
    return f"{sentence} Inter-coder agreement (pooled{scope}): {stats} agreement; per code in agreement.csv."


def coder_names(reviewers: list[str], lang: str) -> list[str]:
    """Item 24's coders: the rules, then each reviewer by initials, in the run's language."""
    said = wording.words(wording.COREQ, lang)
    return [said["rule_coder"]] + [said["reviewer"].format(name=name) for name in reviewers]


# An informants.csv column as item 16 names it: the usual headers of either language, else as written.
_COLUMN_KEYS = {"role": "role", "peran": "role", "site": "site", "lokasi": "site", "desa": "site", "tempat": "site",
                "gender": "gender", "sex": "gender", "jenis kelamin": "gender", "jenis_kelamin": "gender",
                "institution": "institution", "institusi": "institution", "instansi": "institution",
                "age": "age", "umur": "age", "usia": "age", "education": "education", "pendidikan": "education"}


def _column_name(column: str, lang: str) -> str:
    key = _COLUMN_KEYS.get(column.strip().casefold())
    return wording.words(wording.COREQ, lang)[f"column_{key}"] if key else column


def _number(value: object, digits: int = 2) -> str:
    if value is None or pd.isna(value):
        return "n/a"
    return f"{float(value):.{digits}f}"


class _Facts:
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
        listed = [str(name) for name in self.informants["informant"]] if "informant" in self.informants else []
        spoken = [str(name) for name in self.spoken["informant"]] if "informant" in self.spoken else []
        return sorted(set(listed) | set(spoken) - {""}, key=natural_key)

    def sample_size(self, lang: str) -> str:
        codes = self.informant_codes()
        documents = self.segments["document"].nunique()
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
        informants = shown_roles(self.informants, lang)     # an English run's roles in English
        for column in informants.columns:
            if column.casefold() in UNSUMMARISED or column == ROLE_EN:
                continue
            values = informants[column].fillna("").astype(str).str.strip()
            values = values[values != ""]
            if values.empty:
                continue
            numbers = pd.to_numeric(values, errors="coerce")
            if numbers.notna().all():
                parts.append(f"{_column_name(column, lang)}: {numbers.min():g}\u2013{numbers.max():g} "
                             f"(median {numbers.median():g})")
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
        total = self.segments["document"].nunique()
        names = sorted(recorded.index, key=natural_key)
        minutes = (recorded["end"] - recorded["start"]) / 60
        listing = ", ".join(f"{name} {_clock(minutes[name])}" for name in names)
        span = f"{_clock(minutes.min())}\u2013{_clock(minutes.max())}"
        subtitles = [name for name in names if Path(name).suffix.lower() in SUBTITLE_SUFFIXES]
        exports = [name for name in names if name not in subtitles]
        if lang == "id":
            kinds = "; ".join(filter(None, [f"berkas subtitle: {', '.join(subtitles)}" if subtitles else "",
                                            f"ekspor alat transkripsi bercap waktu: {', '.join(exports)}"
                                            if exports else ""]))
            return (f"{len(recorded)} dari {total} wawancara ditranskripsi dari rekaman audio ({kinds}).",
                    f"Rentang tuturan terekam (awal tuturan pertama sampai akhir tuturan terakhir, menit:detik): "
                    f"{listing}; {span}. Wawancara tanpa rekaman bercap waktu tidak tercatat.")
        kinds = "; ".join(filter(None, [f"subtitle files: {', '.join(subtitles)}" if subtitles else "",
                                        f"a transcription tool's timed export{'s' if len(exports) > 1 else ''}: "
                                        f"{', '.join(exports)}" if exports else ""]))
        return (f"{len(recorded)} of {total} interviews were transcribed from audio recordings ({kinds}).",
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
