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
# the served's own steps, active: submitting, filling in, handing over or bringing papers
_STEP = r"(?:mengajukan|mengisi|melengkapi|menyerahkan|melampirkan|menyiapkan|membawa)"
_AUXILIARY = r"(?:(?:akan|dapat|bisa|harus|wajib|perlu|cukup|terlebih dahulu|juga|langsung|segera)\s+)*"
# (no "yang" between: "Orang tua yang membawa KK langsung didaftarkan" names whom the staff register)
_SERVED_STEP = re.compile(_CLAUSE_START + _SERVED + r"(?:\s+(?!yang\b)[^\s,;:]+){0,4}?\s+" + _AUXILIARY + _STEP + r"\b",
                          re.IGNORECASE)
# the reader told to take a step: a bare verb of handing over or of going opening a clause
_IMPERATIVE = re.compile(_CLAUSE_START + r"(?:(?P<going>datang|datangi|kunjungi)|bawa|ajukan|isi|lengkapi|serahkan"
                         r"|lampirkan|siapkan)\b(?!-)", re.IGNORECASE)
# what makes a step the flow's: its object the papers ("mengajukan permohonan", "siapkan dokumen"), or no object
# where the sentence names the papers ("Bila persyaratan belum lengkap, lengkapi dulu"); the same verbs do other
# work ("Warga menyiapkan konsumsi", "Peserta mengisi kuesioner", "Isi kegiatan adalah", "lalu serahkan ke bidan")
_OBJECT_PAPERS = re.compile(r"\s+(?:\S+\s+)?" + _PAPERS + r"\b", re.IGNORECASE)
_NO_OBJECT = re.compile(r"\s*(?:$|[,.;:]|(?:dulu|terlebih|lebih|kembali|ke|di|kepada|pada|melalui|secara)\b)", re.IGNORECASE)
_NAMES_PAPERS = re.compile(r"\b" + _PAPERS + r"\b", re.IGNORECASE)
# a going step leads to an office of the service ("Datang langsung ke Dinsos", "kunjungi kantor desa"), not a field
_OFFICE = re.compile(r"\b(?:kantor|balai|loket|dinas|dinsos|disdukcapil|dukcapil|bpjs|kelurahan|kecamatan|puskesmas"
                     r"|rumah\s+sakit|rsud)\b", re.IGNORECASE)


def _the_flows(sentence: str, step: re.Match[str]) -> bool:
    """Is a step's verb one of a service flow: going to an office, or handling its papers?"""
    if step.groupdict().get("going"):
        return _OFFICE.search(sentence) is not None
    return (_OBJECT_PAPERS.match(sentence, step.end()) is not None
            or (_NO_OBJECT.match(sentence, step.end()) is not None and _NAMES_PAPERS.search(sentence) is not None))


def is_applicants_step(sentence: str) -> bool:
    """Does a sentence state a step the person served takes (or is told to take)? Not a heading:
    a headline's bare verb is its subject's act ("Siapkan Ambulans Gratis untuk Warga")."""
    if sentence.lstrip().startswith("#"):
        return False
    return any(_the_flows(sentence, step) for pattern in (_SERVED_STEP, _IMPERATIVE)
               for step in pattern.finditer(sentence))


def applicants_step(code: Code, text: str, evidence: str) -> bool:
    """Does every piece of a code's evidence in a document paragraph stand in a step of the person
    served, for a code not about telling people?"""
    if teaches(code) or not terms(evidence):
        return False
    return all(is_applicants_step(sentence) for piece in terms(evidence) if term_words(piece)
               for sentence in sentences_holding(text, piece))
