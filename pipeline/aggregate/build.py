"""Aggregate stage: counted codings -> every table the paper and its reviewers need."""

from __future__ import annotations

import pandas as pd

from pipeline.aggregate.matrices import code_informant_matrix, cooccurrence_matrix
from pipeline.aggregate.quotations import select_quotation_sets
from pipeline.aggregate.saturation import batch_saturation_table, saturation_point
from pipeline.aggregate.tables import informant_table, theme_table, with_transcripts
from pipeline.records.analysis import Aggregates, SaturationOptions
from pipeline.records.codebook import Codebook


def aggregate(segments: pd.DataFrame, counted: pd.DataFrame, codebook: Codebook, informants: pd.DataFrame,
              document_dates: dict[str, str], saturation_options: SaturationOptions = SaturationOptions(),
              quotes_per_code: int | None = 10, document_kinds: dict[str, str] | None = None) -> Aggregates:
    saturation = batch_saturation_table(segments, counted, document_dates, document_kinds or {})
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
