"""A document's words about itself: what it is for, what it holds, what its terms mean and what
it rests on.

A plan or an SOP opens with sections that frame it before any measure: its objectives ("B.
Tujuan", then "Menurunkan kejadian ..."; "Tujuan khusus: meningkatkan kepatuhan ..."), what a
part of it holds ("Bagian ini memuat arah kebijakan ..."), and an SOP's head sections
("Pengertian", "Kebijakan", "Referensi", "Dasar hukum") that define its terms and name the decree
it rests on. An aim names the outcome hoped for, not a measure taken or planned (the documents
convention, SPEC.md: definitions and background do not count), so such paragraphs carry no code
of a minimal codebook, whatever a code's words they use: in the 32 development document folders
none of 35 such paragraphs is coded, and the coder gave 7 of them 9 codes in four studies
(strok, miras, kaki, pulau). The measures come after ("C. Kegiatan", "Prosedur"), and a heading
of another name ends the section; so does a plan's scope ("Ruang lingkup": its measures listed), a
document saying what it lays down ("Surat edaran ini mengatur bahwa ...") and a decree's duty cited.
Read by budget_section.background_rows with background.py's one-paragraph patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.coding.paragraph_shape import is_title
from pipeline.coding.sentences import is_one_sentence

# a section's marker: "B.", "II.", "BAB II.", "2)", a markdown heading's "#"
_MARKER = r"[#\s]*(?:(?:bab\s+)?(?:[a-z]|[ivxl]+|\d{1,2})\s*[.)]\s*|bab\s+(?:[ivxl]+|\d{1,2})\s+)?"
# the framing sections' names
_FRAMING = (r"(?:tujuan(?:\s+(?:umum|khusus))?|maksud\s+dan\s+tujuan|pengertian|definisi|referensi|dasar\s+hukum"
            r"|(?P<policy>kebijakan))")
# the heading alone: "B. Tujuan", "TUJUAN:", "Pengertian"
FRAMING_HEADING = re.compile(_MARKER + _FRAMING + r"\s*[.:]?\s*$", re.IGNORECASE)
# the heading opening its own paragraph: "Tujuan khusus: meningkatkan ...", "II. Tujuan. Menurunkan ...",
# "PENGERTIAN: Proses pendaftaran ...", "Tujuan kegiatan adalah memutus ..."
_INLINE = re.compile(_MARKER + _FRAMING + r"(?:\s+(?:kegiatan|program|rencana(?:\s+aksi)?|pedoman|prosedur|dokumen)"
                     r"(?:\s+ini)?)?\s*(?::|\.\s|\s(?:adalah|ialah|yaitu)\b)", re.IGNORECASE)
# what a part of the document holds or what it is for: "Bagian ini memuat ...", "Rencana ini disusun untuk
# menjadi pedoman ...", "Rencana aksi ini menjadi acuan ..."
_ABOUT_ITSELF = re.compile(r"^\W*(?:bagian|bab|dokumen|laporan|rencana(?:\s+(?:aksi|kerja|kegiatan|strategis))?|pedoman"
                           r"|surat(?:\s+edaran)?|prosedur|sop|kerangka\s+acuan)\s+ini\s+(?:memuat|berisi|menyajikan"
                           r"|menguraikan|membahas|disusun|mengatur|menjadi\s+(?:acuan|pedoman))\b(?!\s+(?:bahwa|agar|supaya)\b)",
                           re.IGNORECASE)
# an SOP's policy section frames it where it names the decree the SOP rests on ("Surat Keputusan Kepala Dinas
# ... tentang ..."); a policy stated there ("Setiap pasien rujukan didampingi petugas"), or the duty a decree
# lays down ("Peraturan Desa ... mewajibkan setiap rumah ..."), is a measure
_CITES = re.compile(r"\W*(?:surat\s+keputusan|keputusan|peraturan|undang-undang|sk|permenkes|perbup|perwali|perda"
                    r"|instruksi|surat\s+edaran)\b(?!.*\b(?:wajib|mewajibkan|diwajibkan|mengharuskan|harus|melarang"
                    r"|dilarang)\b)", re.IGNORECASE)
HEADING_WORDS = 8   # a section's heading is short and ends no sentence ("C. Kegiatan", "Prosedur")
# paragraphs a framing section holds at most: a plan states its aims in a few (at most 4 in the development
# documents); a longer run went past a next heading not written as one ("C. Kegiatan yang akan dilaksanakan.")
SECTION_PARAGRAPHS = 5


def frames_itself(text: str) -> bool:
    """Is a paragraph a framing section's heading, one opening with it (a policy's only where it cites
    a decree), or the document speaking of itself?"""
    inline = FRAMING_HEADING.match(text) or _INLINE.match(text)
    if inline:
        return not inline.group("policy") or _CITES.match(text, inline.end()) is not None
    return _ABOUT_ITSELF.match(text) is not None


def _heading(text: str) -> bool:
    """Does a paragraph head a section: a title, or a short line ending no sentence ("C. Kegiatan",
    "Prosedur", "PROSEDUR:")?"""
    stripped = text.strip()
    return is_title(stripped) or (len(stripped.split()) <= HEADING_WORDS and not stripped.endswith((".", "?", "!", '"', "”"))
                                  and is_one_sentence(stripped))


def in_framing_sections(texts: Sequence[str], documents: Sequence[object]) -> list[bool]:
    """For each document paragraph (in reading order, `documents` naming each one's file): does it
    frame its document: a framing paragraph itself (frames_itself), or one under a framing section's
    heading ("B. Tujuan", "Pengertian") before the next heading of its document, SECTION_PARAGRAPHS at most?"""
    flags: list[bool] = []
    open_in: object = None   # the document whose framing section is still running
    policy = False           # the running section is a policy's: only a cited decree frames
    held = 0                 # paragraphs of the running section so far
    for text, document in zip(texts, documents):
        heading = FRAMING_HEADING.fullmatch(text.strip())
        if heading:
            open_in, policy, held = document, bool(heading.group("policy")), 0
            flags.append(True)
            continue
        held += 1
        if document != open_in or _heading(text) or held > SECTION_PARAGRAPHS:
            open_in = None
        under = open_in is not None and (not policy or _CITES.match(text) is not None)
        flags.append(under or frames_itself(text))
    return flags
