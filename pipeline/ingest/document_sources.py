"""Documents (a news article, a plan) in a batch of interviews are no informants of Tabel 1.

A file without speaker labels is read as the code it is named after (`berita_D1.txt` is D1's), so
its paragraphs count in Tabel 2 and the code matrix as that source's. Tabel 1 describes the people
interviewed: a document's code that informants.csv does not list, and whose file gives no facts
about it, is left out of it (not added with an empty role), with one warning saying how to show it.
A batch of documents alone keeps them: there they are all Tabel 1 has.
"""

from __future__ import annotations

import pandas as pd

from pipeline.wording import plural_form


def unlisted_documents(codes: list[str], segments: pd.DataFrame, kinds: dict[str, str]) -> dict[str, list[str]]:
    """Code -> its files, for each of `codes` (missing from Tabel 1) whose segments all come from
    documents, when the batch also holds a file that is no document."""
    if all(kind == "document" for kind in kinds.values()):
        return {}
    sources = {}
    for code in codes:
        files = segments.loc[segments["informant"] == code, "document"].drop_duplicates().tolist()
        if files and all(kinds.get(name) == "document" for name in files):
            sources[code] = files
    return sources


def documents_warning(sources: dict[str, list[str]]) -> str:
    """One warning naming the documents left out of Tabel 1 and how to show them."""
    named = "; ".join(f"{', '.join(files)} ({code})" for code, files in sources.items())
    return (f"{plural_form(len(sources), 'a document', 'documents')} (no speaker labels, read as the code "
            f"{plural_form(len(sources), 'its file is', 'their files are')} named after): {named}; Tabel 1 lists "
            f"informants, so {plural_form(len(sources), 'it is', 'they are')} left out of it (Tabel 2 and the code "
            "matrix keep the codes): to show a document there, list its code in informants.csv with a description "
            "('D1,Berita daring') or give the file front matter with 'role:'")
