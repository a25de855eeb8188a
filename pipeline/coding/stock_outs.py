"""A supply said to have run out is what a stock-out code is about: "persediaan RDT habis sejak
Juli", "pasokan vaksin dari kabupaten terputus selama enam minggu", "kiriman implan belum tiba".

A stock-out code's own words name the running out as a noun or a keyword ("Kehabisan stok ...",
"Kekosongan stok ...", "stok habis"); documents tell it with other supply nouns and other verbs, so
the code's words miss it (round 31: two such paragraphs of one study's plan and news page missed, while
"stok habis" and "kekosongan" were found in four). In a document, a supply noun and a word of running
out close together are evidence of a code about a supply running out (supplies.about_supply, and its
own description naming the running out); not of other codes, for which supplies.py reads the stock
as no evidence. A denial ("memastikan stok tidak habis") is no stock-out, nor power, water or a letter
carried ("pasokan listrik terputus": `NOT_SUPPLIES`)."""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import own_description
from pipeline.coding.keyword_rule import STOCK_OUT, WRITTEN, KeywordRule
from pipeline.coding.supplies import KEEPING_NOUNS, about_supply
from pipeline.records.codebook import Code

STOCK_OUT_CONFIDENCE = 0.5
STOCK_OUT_WINDOW = 8   # "pasokan RDT dari dinas ke Puskesmas terputus"
# the nouns of keeping a supply (supplies.KEEPING_NOUNS), of sending one, and what a clinic keeps only in
# stock, never in a patient's hand
SUPPLY_NOUNS = (*KEEPING_NOUNS, "stok penyangga", "kiriman", "distribusi", "vaksin", "serum", "reagen")
RUN_OUT = ("habis", "kosong", "terputus", "belum tiba", "belum datang", "tidak tiba", "tidak datang", "terlambat datang",
           "terlambat tiba")
# what a supply noun also carries that no clinic keeps in stock: power, water and signal, letters and
# papers ("pasokan listrik terputus", "kiriman surat undangan belum tiba"): right beside it, no stock-out
NOT_SUPPLIES = ("listrik", "air", "internet", "sinyal", "jaringan", "surat", "undangan", "dokumen", "berkas",
                "data", "laporan", "pesan")
# the running out, as a code's label or definition names it (Indonesian or English)
_RUNS_OUT = re.compile(r"\b(?:habis|kehabisan|kosong|kekosongan|tidak tersedia|terputus|out of stock|"
                       r"run(?:s|ning)? out|stock-?outs?|shortages?|empty)\b", re.IGNORECASE)


def about_running_out(code: Code) -> bool:
    """Is `code` about a supply running out (not only about supply kept or bought)?"""
    return about_supply(code) and bool(_RUNS_OUT.search(own_description(code)))


def stock_out_rules(code: Code) -> list[KeywordRule]:
    """The rule of a code without rules of its own about a supply running out; none for any other."""
    if code.rules or not about_running_out(code):
        return []
    return [KeywordRule((SUPPLY_NOUNS, RUN_OUT), (), STOCK_OUT_WINDOW, STOCK_OUT_CONFIDENCE, STOCK_OUT, negatable=True,
                        by_lemma=False, register=WRITTEN, unless_beside=NOT_SUPPLIES)]
