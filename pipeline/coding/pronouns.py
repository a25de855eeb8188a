"""The personal pronouns, one word class several readers share: a quote's lone word is no pronoun,
a headline verb after a pronoun is a passive with its agent, a bare answer may be one."""

from __future__ import annotations

# persons as pronouns, Indonesian and Manado Malay (spaCy's Indonesian stop words hold the former,
# not the Manado ones a keyword may be written with)
PRONOUNS = frozenset({"saya", "aku", "kami", "kita", "kamu", "engkau", "anda", "dia", "ia", "beliau", "mereka",
                      "kalian", "torang", "dorang", "ngana", "ngoni"})
