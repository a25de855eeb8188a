"""Aggregate stage: counted codings -> every table the paper and its reviewers need."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.matrices import code_informant_matrix, cooccurrence_matrix
from pipeline.aggregate.quotations import select_quotation_sets
from pipeline.aggregate.saturation import saturation_point, saturation_table
from pipeline.aggregate.tables import informant_table, theme_table, with_transcripts
from pipeline.records.analysis import Aggregates, SaturationOptions
from pipeline.records.codebook import Codebook


def aggregate(segments: pd.DataFrame, counted: pd.DataFrame, codebook: Codebook, informants: pd.DataFrame,
              document_dates: dict[str, str], saturation_options: SaturationOptions = SaturationOptions(),
              quotes_per_code: int | None = 10, document_kinds: dict[str, str] | None = None) -> Aggregates:
    interviews = _interviews(list(dict.fromkeys(segments["document"])), document_kinds or {})
    talked = segments[segments["document"].isin(interviews)]
    saturation = saturation_table(talked, counted[counted["segment_id"].isin(talked["segment_id"])],
                                  documents_order=interviews, dates=document_dates)
    if all((document_kinds or {}).get(name) == "document" for name in interviews):
        saturation.attrs["unit"] = "documents"   # a batch of documents alone: what the warnings name
    quotations, all_quotations = select_quotation_sets(counted, segments, codebook, per_code=quotes_per_code)
    return Aggregates(
        theme_table=theme_table(counted, codebook),
        informants=informant_table(informants, segments),
        code_matrix=code_informant_matrix(counted, codebook, with_transcripts(informants, segments)),
        cooccurrence=cooccurrence_matrix(counted, codebook),
        saturation=saturation,
        saturation_result=saturation_point(saturation, base=saturation_options.base, run=saturation_options.run,
                                           threshold=saturation_options.threshold),
        quotations=quotations,
        all_quotations=all_quotations,
    )


def _interviews(files: list[str], kinds: dict[str, str]) -> list[str]:
    """The files saturation counts: the interviews (and quotations) of a batch that also holds
    documents, whose news and plans are no interviews conducted in order; every file of a batch of
    documents alone."""
    talked = [name for name in files if kinds.get(name) != "document"]
    return talked or files
