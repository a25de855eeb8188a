"""Issue 16, round 18 (branch r18-16b): faults the round's new-user trial and fresh study saw, and
errors counted on dev_round19. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # ulang lagi after an act: 'again' once; opening the sentence it is the command itself
    ("Anjing itu bagonggong ulang lagi.", "Anjing itu menggonggong lagi."),
    ("Dorang bakalae ulang lagi.", "Mereka berkelahi lagi."),
    ("Ulang lagi dari atas.", "Ulangi lagi dari atas."),
    # sabalah: sebelah
    ("Warung sabalah so tutup.", "Warung sebelah sudah tutup."),
    # deng lagi opening a clause: 'besides'
    ("Deng lagi kita nyanda ada doi.", "Lagipula saya tidak punya uang."),
    ("Torang nyanda pigi, deng lagi so malam.", "Kami tidak pergi, lagipula sudah malam."),
    # ba asap of a person or with no subject: smokes; of a thing it stays berasap
    ("Om Ferdi so ba asap ulang.", "Om Ferdi sudah merokok lagi."),
    ("Jang ba asap di dalam kamar.", "Jangan merokok di dalam kamar."),
    ("Dorang lia cerobong pabrik baasap.", "Mereka melihat cerobong pabrik berasap."),
    # a side word after the possessed noun belongs to it: the suffix or owner closes the whole phrase
    ("Depe roda muka so kempes.", "Roda depannya sudah kempis."),
    ("Dokter so periksa depe telinga kanan.", "Dokter sudah memeriksa telinga kanannya."),
    ("Tolong bersihkan depe kaca belakang.", "Tolong bersihkan kaca belakangnya."),
    # a thing opening the sentence before kase + verb undergoes it: the di- passive
    ("Lamari kase tutup.", "Lemari ditutup."),
    ("Lampu kase mati dulu.", "Lampu dimatikan dulu."),
    ("Papa kase mati lampu.", "Ayah mematikan lampu."),
    # words left in Manado on dev_round19
    ("Anak-anak so kinyang.", "Anak-anak sudah kenyang."),
    ("Dia pe umur sambilan taong.", "Umurnya sembilan tahun."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_gloss_r18_16b(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
