"""A keywordless code's label and definition words as one rule's senses (label_rules,
definition_senses.py): a label compound said whole is its phrase, a name or title the
definition capitalises says who (with any other person or place, one piece), and two items of
one of the definition's lists are one piece."""

from __future__ import annotations

from test_coding_minimal import coded

from pipeline.coding.definition_senses import list_items, named_words

CODEBOOK = """
name: Pasar ikan (test)
themes:
  - id: pasar
    label: Pasar
    categories:
      - id: kegiatan
        label: Kegiatan
        codes:
          - id: lelang
            label: Lelang gelap ikan
            definition: >
              Nelayan menjual tangkapan kepada tengkulak di luar tempat pelelangan resmi. Termasuk
              harga yang ditekan dan surat izin dari Kepala Dinas atau Camat yang dipalsukan.
            keywords: []
          - id: bekal
            label: Bekal melaut
            definition: >
              Apa yang dibawa nelayan ke perahu sebelum berangkat. Termasuk solar, es dan umpan,
              dan uang pinjaman untuk membelinya.
            keywords: []
          - id: sumbangan
            label: Sumbangan desa dan gereja
            definition: >
              Uang atau ikan yang diminta Kepala Jaga atau Pendeta dari hasil tangkapan nelayan.
            keywords: []
"""


def codes(turn: str) -> set[str]:
    return set(coded(CODEBOOK, ("P", "Bagaimana?"), ("T1", turn)).code_id)


def test_a_keywordless_label_compound_said_whole_is_its_phrase():
    assert "lelang" in codes("Tadi pagi torang lewat di depan tempat lelang gelap itu.")
    # what the rule must not do: one word of it is no evidence
    assert "lelang" not in codes("Tadi pagi torang lewat di depan tempat lelang itu.")


def test_a_label_compound_apart_is_two_pieces():
    """What the rule must not do: the compound's words said apart still find the code."""
    assert "lelang" in codes("Dorang bajual di lelang, tapi yang gelap itu di belakang pasar.")


def test_two_names_the_definition_capitalises_are_who_not_what():
    assert "lelang" not in codes("Camat deng Kepala Dinas datang ke kampung kemarin.")
    assert "lelang" in codes("Tengkulak itu yang tekan harga, torang nyanda bisa tawar.")


def test_two_items_of_one_definition_list_are_one_piece():
    assert "bekal" not in codes("Di kios itu ada jual solar deng es.")
    # an item of the list with another of the definition's words is still evidence
    assert "bekal" in codes("Sebelum berangkat torang isi solar dulu di perahu.")


def test_two_items_of_a_definition_list_said_apart_are_two_pieces():
    """What the rule must not do: items each said of its own, not recited as a list."""
    assert "bekal" in codes("Solar so mahal skali sekarang, kong torang musti beli es lagi.")


def test_names_and_list_items_as_the_definition_writes_them():
    text = "Surat dari Kepala Dinas atau Camat. Termasuk solar, es dan umpan, dan uang pinjaman untuk membelinya."
    assert named_words(text) == {"kepala", "dinas", "camat"}
    assert set(list_items(text)) == {"solar", "es", "umpan"}
    assert len(set(list_items(text).values())) == 1
    # an item of several words describes a case of its own
    assert list_items("Termasuk anak yang duduk di tengah, teman yang menumpang dan barang.") == {}
    # two words joined are no list of kinds
    assert list_items("Perjalanan dengan sepeda, rakit dan ongkosnya.") == {}


def test_a_place_the_label_names_with_a_title_only_the_definition_names_is_one_piece():
    assert "sumbangan" not in codes("Kepala Jaga so pindah ke desa sebelah kemarin.")
    # what the rule must not do: two places the label names are two pieces
    assert "sumbangan" in codes("Desa minta, gereja juga minta tiap bulan.")


def test_two_titles_the_definition_capitalises_are_no_related_pair_either():
    """The related words' pair reads a definition's names as the definition pairs do: the
    code is found by the buyer, not seconded by the two officials."""
    found = coded(CODEBOOK, ("P", "Bagaimana?"), ("T1", "Kepala Dinas deng Camat datang, tengkulak juga."))
    assert list(found.code_id) == ["lelang"]
    assert "Camat" not in found.evidence.iloc[0]
