"""Is a file an interview (speaker turns) or a document (paragraphs)? More than one `Label:` line decides.

Indonesian news pages carry lines such as "Baca Juga : Bupati ..." (links to other articles),
plans carry "Sasaran: ..." and reports "Sumber: ...". Read as speaker labels they would turn
an article into an interview with a speaker "Baca Juga". So:

* front matter may say so: `type: document`, `type: interview` or `type: quotations`
  (Indonesian `dokumen`, `wawancara`, `kutipan` too), and that is final, except that an
  interview without one interviewer turn is read as quotations (with a warning): lines with no
  question are coded as a paper's quotes are; `batch.yaml` may say it for every file of a batch
  without its own;
* the labels news pages and reports use for bylines, links and sources are never speakers;
* a file whose only label is one non-interviewer label that is neither a known informant nor
  shaped like a code, with no interviewer turn, is a document: a batch of news or plans is
  never made into one speaker's turn. The run says so, naming the file and the line, because
  the reading is in doubt.

A news lead's dateline ("MANADO - ", "JAKARTA, KOMPAS.com -- ") says where the news was filed;
it stays in the text but not in the lead's segment, so its place name is no evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.ingest.turns import SENTENCE_END, LabelLine, LabelScan, RawSegment, is_code_shaped, is_interviewer

TYPE_KEY = "type"
QUOTATIONS = "quotations"
DOCUMENT_TYPES = frozenset({"document", "dokumen", "doc"})
INTERVIEW_TYPES = frozenset({"interview", "wawancara", "transcript", "transkrip"})
QUOTATION_TYPES = frozenset({"quotations", "quotation", "quotes", "kutipan"})
KNOWN_TYPES = DOCUMENT_TYPES | INTERVIEW_TYPES | QUOTATION_TYPES
# a news page's furniture: links to other articles, bylines, tag lists and photo captions (never a
# speaker, and never the article's own text: "Baca Juga: Dinkes Gelar Sosialisasi JKN" is another
# article, "Foto: Anggota kelompok arisan menunjukkan jamban baru" describes a picture)
# a link label: on a line of its own, the linked title is the next paragraph
LINK_LABELS = frozenset({"baca juga", "baca", "lihat juga", "simak juga", "berita terkait", "artikel terkait",
                         "read also", "see also"})
FURNITURE_LABELS = LINK_LABELS | frozenset({
    "simak", "baca selengkapnya", "editor", "penulis", "reporter", "pewarta", "penyunting", "redaktur",
    "tags", "tag", "kata kunci", "keyword", "keywords", "author",
    "foto", "photo", "caption", "keterangan foto",
    "tembusan",   # an official letter's copy list: who else receives it
})
# link, byline and source lines of news pages and reports: never a speaker
NOT_SPEAKERS = FURNITURE_LABELS | frozenset({"sumber", "video", "source"})


def _any_of(labels: frozenset[str]) -> str:
    """A regex alternation of `labels`, longest first."""
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


# the label, then a colon, a dash or a pointer ("Baca Juga >> ...", "Baca juga » ...", "Baca juga | ...")
FURNITURE = re.compile(r"[^\w]*(?:%s)[ \t]*(?::|[-\u2013\u2014]{1,2}[ \t]|>{1,2}|\u00bb|\|)" % _any_of(FURNITURE_LABELS),
                       re.IGNORECASE)
_LONE_LINK = re.compile(r"[^\w]*(?:%s)[\W]*" % _any_of(LINK_LABELS), re.IGNORECASE)
# a portal's footer, a byline, a press release's contact line, a copyright line: "Artikel ini telah
# tayang di X.com dengan judul <another headline>", "Simak berita terkini ... di Google News",
# "Laporan Wartawan Tribun ..., <name>", "Informasi lebih lanjut: Care Center ...", "COPYRIGHT © ..."
FOOTER = re.compile(r"[^\w]*(?:(?:artikel|berita|tulisan) ini (?:telah|sudah|pernah) (?:tayang|terbit|dimuat|diterbitkan)"
                    r"|(?:simak|ikuti|dapatkan|baca) (?:juga )?(?:berita|update|artikel|kabar)\w*"
                    r"|(?:untuk )?info(?:rmasi)? (?:lebih )?lanjut\s*(?::|,?\s*(?:hubungi|silakan|kunjungi|klik))"
                    r"|laporan (?:wartawan|reporter|jurnalis)\b"
                    r"|copyright\b|hak cipta\b)|\u00a9", re.IGNORECASE)


_DASH = r"[ \t]*[-\u2013\u2014]{1,2}[ \t]+"
_OUTLET = r"[A-Za-z][\w-]*\.(?i:com|co\.id|id|net)"
_CAPS = r"[A-Z][A-Z'.]{2,}(?:[ ][A-Z][A-Z'.]+){0,2}"
_NAME = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}"
_DATE = r"[ \t]*,[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_AGENCY = rf"(?:{_DATE})?[ \t]*\([A-Za-z][\w. ]{{1,20}}\)"
# the dateline of a news lead: "MANADO - ", "JAKARTA, KOMPAS.com -- ", "Manado, Kompas.com - ",
# "Jakarta (ANTARA) - ", "Kupang, 3/3 (ANTARA) - ", "MEDIA.COM, TONDANO - ": where the news was
# filed, not text to code
DATELINE = re.compile(
    rf"(?P<caps>{_CAPS})(?:[ \t]*,[ \t]*(?:{_OUTLET}|{_CAPS}))?(?:{_AGENCY})?{_DASH}"
    rf"|{_NAME}(?:[ \t]*,[ \t]*{_OUTLET}|{_AGENCY}){_DASH}")
DATELINE_FOLLOWED_BY = 5   # words of the lead after it: a short "ABC - xyz" line is a title


def without_datelines(text: str, paragraphs: list[RawSegment]) -> list[RawSegment]:
    """The paragraphs of a document with a news lead's dateline left out of its segment (it stays
    in the text, like a speaker label)."""
    kept = []
    for raw in paragraphs:
        match = DATELINE.match(text, raw.start, raw.end)
        if (match is not None and len(text[match.end():raw.end].split()) >= DATELINE_FOLLOWED_BY
                and (match.group("caps") or "").casefold() not in NOT_SPEAKERS):   # "BACA JUGA - ..."
            raw = raw._replace(start=match.end())
        kept.append(raw)
    return kept


# a photo caption with its credit at the end: "... saat menggelar sosialisasi, Kamis. (Foto Antara/Nama)",
# "(ANTARA FOTO/Nama)", "(ANTARA/HO-Humas)", "(Dok. Puskesmas)", "(Foto: Istimewa)": a credit word and
# the credit's mark (its "/" or ":", or "dok"), the credit word opening the bracket (the agency only in
# capitals: "antara" is also "between"); a sentence's own bracket at its end ("... di sekolah
# (dokumentasi terlampir).", "(lihat foto di lampiran)", "(antara jam 09:00 dan 11:00)") is no credit
PHOTO_CREDIT = re.compile(r"\(\s*(?:dok\b|(?:foto|photo|dokumentasi|(?-i:ANTARA))\b(?=[^()]*[/:]))[^()]*\)\W*$",
                          re.IGNORECASE)
# a portal's tag list: "id BPJS kesehatan, JKN-KIS, BPJS seruyan" (tags of a few words each, no sentence);
# a line whose items hold "dan", "serta", "atau" ("sayur, buah, ikan dan telur") is a written enumeration
# (a plan's list of activities), which carries codes
_CONJUNCTION = r"(?i:dan|serta|atau|maupun|and|or)"
_TAG = rf"(?!{_CONJUNCTION}\b)[^\W\d][\w-]*(?:[ \t]+(?!{_CONJUNCTION}\b)[\w-]+){{0,2}}"
# Antara prints its tags after a lower-case "id", one tag or several ("id Bpjs kesehatan")
TAG_LINE = re.compile(rf"[ \t]*(?:(?-i:id)[ \t]+{_TAG}(?:[ \t]*,[ \t]*{_TAG})*|{_TAG}(?:[ \t]*,[ \t]*{_TAG}){{2,}})[ \t]*")
TAG_LINE_WORDS = 15


def is_furniture(paragraph: str) -> bool:
    """A news page's link, byline, tag line, photo caption or footer ("Baca Juga: ...", "BACA JUGA
    — ...", "Baca Juga >> ...", "Editor: ...", "Foto: ...", a caption ending in its credit "(Foto
    Antara/...)", "Artikel ini telah tayang di ... dengan judul ...", "id BPJS kesehatan, JKN-KIS,
    ..."): it names another article, the staff, what a picture shows, the page's tags or where to
    read more, so it carries no code of this one."""
    return (FURNITURE.match(paragraph) is not None or FOOTER.match(paragraph) is not None
            or PHOTO_CREDIT.search(paragraph) is not None
            or len(paragraph.split()) <= TAG_LINE_WORDS and TAG_LINE.fullmatch(paragraph) is not None)


# a link list's item: another article's headline or its time stamp ("25 Januari 2023 13:12", "Senin,
# 3/3/2025 | 10:15 WIB"): short, with no sentence end
LINKED_HEADLINE_WORDS = 20


def furniture_flags(paragraphs: list[str], documents: list[str]) -> list[bool]:
    """`is_furniture` of each paragraph (in reading order, each with its file), and after a link
    label standing on its own line ("Baca juga", "Berita Terkait") in the same file the linked
    headlines: the next paragraph, and those after it while they are headlines or time stamps."""
    flags = []
    in_links = False
    for i, paragraph in enumerate(paragraphs):
        same_file = i > 0 and documents[i - 1] == documents[i]
        after_label = same_file and _LONE_LINK.fullmatch(paragraphs[i - 1]) is not None
        in_links = after_label or (same_file and in_links and _link_item(paragraph))
        flags.append(in_links or _LONE_LINK.fullmatch(paragraph) is not None or is_furniture(paragraph))
    return flags


# a caption's own label: what a picture shows follows it
CAPTION_LABEL = re.compile(r"[^\w]*(?:foto|photo|caption|keterangan foto)[ \t]*(?::|[-\u2013\u2014]{1,2}[ \t])", re.IGNORECASE)


def is_caption(paragraph: str) -> bool:
    """Is a paragraph a photo caption ("Foto: ...", or ending in its credit "(Foto Antara/...)")?
    Unlike the rest of a page's furniture it says what happened in the picture, so it is coded
    like a paragraph when it states a code's act by itself (codebooks/README.md)."""
    return CAPTION_LABEL.match(paragraph) is not None or PHOTO_CREDIT.search(paragraph) is not None


def uncoded_furniture(paragraphs: list[str], documents: list[str]) -> list[bool]:
    """`furniture_flags` without the photo captions: the paragraphs that carry no code."""
    return [flag and not is_caption(paragraph) for flag, paragraph in zip(furniture_flags(paragraphs, documents), paragraphs)]


def _link_item(paragraph: str) -> bool:
    """Is a paragraph one more item of a link list: a headline or a time stamp?"""
    text = paragraph.strip()
    return len(text.split()) <= LINKED_HEADLINE_WORDS and SENTENCE_END.search(text) is None


def declared_kind(metadata: dict[str, object]) -> str | None:
    """"document", "interview", "quotations" or None from the `type` of a file's front matter or
    of `batch.yaml` (checked when it was read)."""
    value = metadata.get(TYPE_KEY)
    if value is None or str(value).strip() == "":
        return None
    folded = str(value).strip().casefold()
    if folded in DOCUMENT_TYPES:
        return "document"
    if folded in INTERVIEW_TYPES:
        return "interview"
    if folded in QUOTATION_TYPES:
        return QUOTATIONS
    return None


def quotation_shaped(roles: list[str]) -> bool:
    """Speaker-labelled lines and no interviewer turn: informants' quotes as a paper prints them,
    each placed under a code by its author (an interview without its questions reads the same,
    so the run says when the shape decided)."""
    return bool(roles) and "interviewer" not in roles


def read_as_quotations_warning(names: list[str], declared: str | None = None) -> str:
    """The files read as quotations by their shape; `declared`: the kind they declared instead
    ("interview"), None when they declare none."""
    if declared is None:
        return (f"read as quotations: {', '.join(names)} (speaker-labelled informant lines, no interviewer turn: "
                "each quote placed under a code by its author); write 'type: quotations' in a file's front matter "
                "or in batch.yaml to say so; a transcript needs its interviewer's turns ('P: ...') to be read as one")
    return (f"read as quotations though they say 'type: {declared}': {', '.join(names)} (no interviewer turn, so no "
            "question to read a line by: each line is coded as a quote its author placed under a code); write the "
            "interviewer's turns ('P: ...') if they are transcripts, or 'type: quotations' to say they are quotations")


def read_as_documents_warning(kinds: dict[str, str], declared: dict[str, str | None]) -> str | None:
    """The files read as documents only because they have no speaker label, in a batch that also
    holds interviews: a transcript typed without labels is otherwise coded as one informant's
    paragraphs, questions included, without a word. `kinds`: each file's kind; `declared`: the kind
    its front matter or batch.yaml says, None when neither does."""
    names = [name for name, kind in kinds.items() if kind == "document" and declared.get(name) is None]
    if not names or all(kind == "document" for kind in kinds.values()):
        return None
    return (f"read as documents (no speaker label, so each paragraph is a segment of the file's informant): "
            f"{', '.join(names)}; if one is an interview, type 'P: ' before each of the interviewer's turns and the "
            "informant's code before each answer ('K3: ...'); write 'type: document' in a document's front matter "
            "to say it is one")


def loose_table_warning(path: Path, number: int) -> str:
    """A Word table in a transcript that is neither turns nor the file's facts: its rows were read as
    lines. It is named by its number: a line of the extracted text is nowhere to be found in Word."""
    return (f"{path}, table {number}: the table is neither turns ([speaker | words] rows) nor the interview's "
            "facts before the first turn ([Informan | K3], [Tanggal | 2026-01-31]); its rows were read as text "
            "lines of the transcript: make it a [speaker | words] table, move its facts to the top of the file, "
            "or delete it")


def without_non_speakers(scan: LabelScan) -> LabelScan:
    """The scan with news and report labels ("Baca Juga :", "Sumber:") read as text."""
    labels = [label for label in scan.labels if label.label.casefold() not in NOT_SPEAKERS]
    if len(labels) == len(scan.labels):
        return scan
    if all(label in scan.unknown for label in labels):
        return LabelScan([], [])
    return LabelScan(labels, scan.doubtful, scan.unknown)


def lone_label_document(labels: list[LabelLine], known: set[str]) -> LabelLine | None:
    """The first label of a file that reads better as a document, or None.

    One distinct label, not an interviewer's, not a known informant, not shaped like a code:
    "Sasaran: ..." twice in a plan is not a speaker answering nobody.
    """
    distinct = {label.label.casefold() for label in labels}
    if len(distinct) != 1:
        return None
    label = labels[0].label
    folded = label.casefold()
    if is_interviewer(folded) or folded in known or is_code_shaped(label):
        return None
    return labels[0]


def read_as_document_warning(where: str, label: LabelLine) -> str:
    """`where`: the label's file and line ("K3.txt:4"), or its Word table and row."""
    return (f"{where}: read as a document (paragraphs), not an interview: '{label.label}:' is "
            "its only label and no interviewer speaks; write 'type: interview' in the front matter "
            "if it is a transcript")
