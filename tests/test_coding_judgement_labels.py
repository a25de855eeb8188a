"""A label that denies a judgement ("dianggap tidak perlu") names an opinion, not an absence:
its keywords count where affirmed, while a label naming an absence still wants them denied."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.test_coding_minimal import segments


JUDGEMENT = """
name: Kunjungan posyandu (test)
themes:
  - id: alasan
    label: Alasan
    categories:
      - id: sikap
        label: Sikap orang tua
        codes:
          - id: tidak_perlu
            label: Timbang dianggap tidak penting sesudah vaksin
            definition: Parents think monthly weighing is pointless once the vaccinations are done.
            keywords: [vaksin selesai, sudah besar]
          - id: tanpa_buku
            label: Belum punya buku KIA
            definition: The mother has no maternal and child health book.
            keywords: [buku KIA]
"""


def test_a_label_denying_a_judgement_is_found_by_its_affirmed_keywords():
    codebook = parse_codebook(JUDGEMENT)
    found = code_segments(segments(("A", "Kalau vaksin selesai, mama-mama anggap anak sudah besar, jadi berhenti.")),
                          codebook)
    absent = code_segments(segments(("A", "Buku KIA ada di lemari, lengkap semua.")), codebook)
    missing = code_segments(segments(("A", "Saya belum dapat buku KIA dari bidan.")), codebook)
    assert set(found["code_id"]) == {"tidak_perlu"}
    assert absent.empty                                  # a label naming an absence still wants it denied
    assert set(missing["code_id"]) == {"tanpa_buku"}
