"""Code-by-informant and code co-occurrence matrices: how codes spread over people and over talk.

Both count segments (one turn or paragraph counts once per code however often the code was
applied to it), over the codings that count (a reviewer's rejections are left out). Codes are
the codebook's, in codebook order; a coded label the codebook lacks is appended, not dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from pipeline.records.codings import codebook_code_ids, countable_codings, text_column
from pipeline.records.codebook import Codebook
from pipeline.ordering import natural_key

MATRIX_LABEL_COLUMNS = ["theme", "category"]


def code_informant_matrix(codings: pd.DataFrame, codebook: Codebook,
                          informants: pd.DataFrame | Sequence[str]) -> pd.DataFrame:
    """Rows: codes (index "code", with theme and category); columns: informant codes; cells: segments.

    Informants are those of Tabel 1 in its order, then any other coded informant in natural
    order, so an informant who said nothing codable still has a (zero) column.
    """
    coded = _coded_segments(codings, codebook)
    listed = list(informants["informant"].astype(str)) if isinstance(informants, pd.DataFrame) else \
        [str(name) for name in informants]
    listed = list(dict.fromkeys(listed))
    extra = sorted(set(coded["informant"]) - set(listed) - {""}, key=natural_key)
    columns = listed + extra
    counts = (coded.drop_duplicates(["code", "segment_id"])
              .groupby(["code", "informant"]).size()
              .unstack(fill_value=0) if len(coded) else pd.DataFrame())
    rows = _code_rows(codebook, coded)
    matrix = counts.reindex(index=rows.index, columns=columns, fill_value=0).astype(int)
    matrix.columns.name = None
    return pd.concat([rows, matrix], axis=1).rename_axis("code")


def cooccurrence_matrix(codings: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Code x code: segments coded with both; the diagonal is the segments coded with each code."""
    coded = _coded_segments(codings, codebook).drop_duplicates(["code", "segment_id"])
    order = list(_code_rows(codebook, coded).index)
    if coded.empty:
        return pd.DataFrame(0, index=pd.Index(order, name="code"), columns=order)
    # Segment x code presence (0/1, sparse: a segment has a few of the codes); its Gram matrix
    # counts the segments each pair of codes shares.
    segment, _ = pd.factorize(coded["segment_id"])
    code = pd.Index(order).get_indexer(coded["code"])
    presence = sparse.csr_matrix((np.ones(len(coded), dtype=np.int64), (segment, code)),
                                 shape=(segment.max() + 1, len(order)))
    both = (presence.T @ presence).toarray()
    return pd.DataFrame(both, index=pd.Index(order, name="code"), columns=order)


def _coded_segments(codings: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """segment_id, informant, code (codebook label), theme, category of each counted coding."""
    counted = countable_codings(codings, include_model=True)
    by_id = {code.id: code for code in codebook.codes}
    records = []
    for segment_id, informant, code_id, label, theme, category in zip(
            counted["segment_id"].astype(str).tolist(), text_column(counted, "informant").tolist(),
            codebook_code_ids(counted, codebook).tolist(), text_column(counted, "code").tolist(),
            text_column(counted, "theme").tolist(), text_column(counted, "category").tolist()):
        code = by_id.get(code_id)
        if code is not None:
            label, theme, category = code.label, code.theme, code.category
        records.append((segment_id, informant, label, theme, category))
    return pd.DataFrame(records, columns=["segment_id", "informant", "code", "theme", "category"])


def _code_rows(codebook: Codebook, coded: pd.DataFrame) -> pd.DataFrame:
    """Theme and category per code label: codebook codes first, then labels it does not have."""
    rows = {code.label: (code.theme, code.category) for code in codebook.codes}
    for label, theme, category in zip(coded["code"].tolist(), coded["theme"].tolist(), coded["category"].tolist()):
        rows.setdefault(label, (theme, category))
    return pd.DataFrame.from_dict(rows, orient="index", columns=MATRIX_LABEL_COLUMNS)
