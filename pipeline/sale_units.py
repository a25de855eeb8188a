"""Units goods are sold and measured by, in Indonesian and Manado Malay.

One class of the language that two stages read: the glosser, for "brapa satu kilo?" (a price
asked), and the coder, for "semen satu sak delapan puluh ribu" (a sum beside a unit is a good's
price, not a fare or a fee).
"""

SALE_UNITS = frozenset({
    "kilo", "kg", "gram", "ton", "liter", "meter", "rit",  # rit: a truckload (of sand, gravel)
    "sak", "zak", "karung", "ikat", "bungkus", "botol", "dos", "lusin", "rak", "bal", "papan",
    "ekor", "butir", "biji", "buah", "sisir", "tandan", "tumpuk", "potong",
})
