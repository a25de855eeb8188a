"""A service flow's step that the person served takes is not the office's help.

Service standards, circulars and news on a procedure write its flow as steps, some the officer's
("Petugas memverifikasi berkas", "Operator desa mengunggah usulan") and some the applicant's: the
person served bringing, submitting or filling in papers ("Pemohon mengajukan permohonan ke desa",
"masyarakat membawa berkas tersebut ke Dinas Sosial"), or the reader told to go or bring them
("Datang langsung ke Dinsos dengan membawa persyaratan", "Jika belum terdaftar, kunjungi kantor
desa"). Such a step names the office it leads to, but the office does nothing in it: a code of help
given (registration or referral help) is not found there (read by counts.py for document
paragraphs). A code about telling people is left alone: what to bring, told to the public, is its
matter. A step by the served that receives something ("Pasien mendapat surat rujukan dari dokter")
has the giver as its agent and is not one of these.
"""

from __future__ import annotations

import re

from pipeline.coding.evidence import sentences_holding, term_words, terms
from pipeline.coding.taught_topics import teaches
from pipeline.records.codebook import Code

# where a clause starts: the sentence's start, a list marker, a break, or a word chaining steps
_CLAUSE_START = r"(?:^[\W\d]*|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:atau|lalu|kemudian|selanjutnya)\s+)"
# the people a service serves, as the subject of a step
_SERVED = (r"(?:(?:para|setiap|seluruh)\s+)?(?:pemohon|calon peserta|peserta|pasien(?:\s*/\s*keluarga(?:\s+pasien)?)?|"
           r"keluarga pasien|keluarga|masyarakat|warga|penduduk|orang tua|yang bersangkutan|ybs|pengguna(?:\s+jasa|"
           r"\s+layanan)?|pengadu|pelapor)")
# the papers of a procedure: what the served bring, submit or complete
_PAPERS = (r"(?:berkas|persyaratan|syarat|dokumen|surat|kartu|ktp|kk|fotokopi|foto copy|formulir|blanko|permohonan|"
           r"usulan|pengajuan|data)")
# the served's own steps, active: submitting, filling in or handing over anything, bringing papers
_STEP = (r"(?:mengajukan|mengisi|melengkapi|menyerahkan|melampirkan|menyiapkan|membawa\s+(?:\S+\s+)?" + _PAPERS + r")")
_AUXILIARY = r"(?:(?:akan|dapat|bisa|harus|wajib|perlu|cukup|terlebih dahulu|juga|langsung|segera)\s+)*"
# (no "yang" between: "Orang tua yang membawa KK langsung didaftarkan" names whom the staff register)
_SERVED_STEP = re.compile(_CLAUSE_START + _SERVED + r"(?:\s+(?!yang\b)[^\s,;:]+){0,4}?\s+" + _AUXILIARY + _STEP + r"\b",
                          re.IGNORECASE)
# the reader told to take a step: a bare verb of going, bringing or submitting opening a clause
_IMPERATIVE = re.compile(_CLAUSE_START + r"(?:datang|datangi|kunjungi|bawa|ajukan|isi|lengkapi|serahkan|lampirkan|"
                         r"siapkan)\b(?!-)", re.IGNORECASE)


def is_applicants_step(sentence: str) -> bool:
    """Does a sentence state a step the person served takes (or is told to take)? Not a heading:
    a headline's bare verb is its subject's act ("Siapkan Ambulans Gratis untuk Warga")."""
    if sentence.lstrip().startswith("#"):
        return False
    return bool(_SERVED_STEP.search(sentence) or _IMPERATIVE.search(sentence))


def applicants_step(code: Code, text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a step of the person
    served, for a code not about telling people?"""
    if teaches(code) or not terms(evidence):
        return False
    return all(is_applicants_step(sentence) for piece in terms(evidence) if term_words(piece)
               for sentence in sentences_holding(text, piece))
