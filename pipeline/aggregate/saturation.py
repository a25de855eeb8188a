"""Code saturation after Guest, Namey & Chen (2020, PLOS ONE 15(5):e0232076).

Interviews are taken in the order they were conducted (their dates), interviews without a date
after the dated ones (in file order), all in file order when none is dated. The
base is the number of distinct codes in the first `base` interviews; a run is `run` further
interviews, sliding one interview at a time; a run's new information is the number of codes
first seen in it divided by the base count. Saturation is the first run whose ratio is at or
below the threshold, reported as "B+R" where B is the number of interviews before the run
(e.g. "4+2": interviews 5 and 6 added no more than 5% new codes).

This is code saturation, not meaning saturation (Hennink, Kaiser & Marconi 2017), and with a
deductive codebook a "new" code can only be a codebook code not seen before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from pipeline.ingest.interview_parts import interview_names
from pipeline.records.codings import countable_codings, normalise_label
from pipeline.records.saturation import NOT_REACHED, SaturationResult

SATURATION_COLUMNS = ["order", "document", "informant", "date", "n_codes", "new_codes", "n_new", "cumulative"]
RUN_COLUMNS = ["run_start", "run_end", "documents", "new_codes", "ratio", "saturated"]

def saturation_table(
    segments: pd.DataFrame,
    codings: pd.DataFrame,
    documents_order: list[str] | None = None,
    dates: Mapping[str, object] | None = None,
) -> pd.DataFrame:
    """One row per interview (document) in the order conducted, with the codes first seen in it.

    `documents_order` is the file order (default: order of first appearance in `segments`).
    Interviews with an ISO date (YYYY-MM-DD) are put in date order, ties kept in file order, and
    those without one after them in file order (`undated_warning` names them); with no date at
    all, file order, which the run says (`undated_warning`) and the figure, the report and COREQ
    print. `table.attrs["ordered_by"]` says which was used.
    Codings count unless a reviewer rejected them; codings whose segment is unknown are
    listed in `table.attrs["unplaced_codings"]`.
    """
    documents = list(dict.fromkeys(documents_order if documents_order is not None else segments["document"]))
    listed = set(documents)
    documents += [name for name in dict.fromkeys(segments["document"]) if name not in listed]
    documents, ordered_by = _conducted_order(documents, dates or {})

    placed = _codings_by_document(segments, countable_codings(codings, include_model=True))
    informants = _document_informants(segments)
    codes_in: dict[str, dict[str, str]] = {}   # document -> code key -> label (the last one seen)
    for document, key, label in zip(placed["document"].tolist(), placed["key"].tolist(), placed["code"].tolist()):
        codes_in.setdefault(document, {})[key] = label
    seen: set[str] = set()
    rows = []
    for order, document in enumerate(documents, start=1):
        label_of = codes_in.get(document, {})
        keys = list(label_of)
        new = [key for key in keys if key not in seen]
        seen.update(new)
        rows.append({
            "order": order,
            "document": document,
            "informant": informants.get(document, ""),
            "date": _date_text((dates or {}).get(document)),
            "n_codes": len(keys),
            "new_codes": "; ".join(label_of[key] for key in new),
            "n_new": len(new),
            "cumulative": len(seen),
        })
    table = pd.DataFrame(rows, columns=SATURATION_COLUMNS)
    table.attrs["ordered_by"] = ordered_by
    table.attrs["unplaced_codings"] = int(placed["document"].isna().sum())
    return table


def batch_saturation_table(segments: pd.DataFrame, counted: pd.DataFrame, dates: Mapping[str, object],
                           kinds: Mapping[str, str]) -> pd.DataFrame:
    """`saturation_table` of a batch's interviews (and quotations), kinds by file name: a batch that
    also holds documents leaves them out, its news and plans are no interviews conducted in order;
    a batch of documents alone counts every document, and its warnings name documents
    (`table.attrs["unit"]`)."""
    files = list(dict.fromkeys(segments["document"]))
    interviews = [name for name in files if kinds.get(name) != "document"] or files
    talked = segments[segments["document"].isin(interviews)]
    joined = interview_names(_document_informants(talked))   # an interview kept in several files is one
    talked = talked.assign(document=[joined.get(name, name) for name in talked["document"]])
    table = saturation_table(talked, counted[counted["segment_id"].isin(talked["segment_id"])],
                             documents_order=list(dict.fromkeys(joined.get(name, name) for name in interviews)),
                             dates=_parts_dates(joined, dates))
    if all(kinds.get(name) == "document" for name in interviews):
        table.attrs["unit"] = "documents"
    return table


def _parts_dates(joined: Mapping[str, str], dates: Mapping[str, object]) -> dict[str, object]:
    """The dates by interview: one kept in several files takes its parts' earliest date (a part
    typed without the facts table has none of its own)."""
    by_interview = dict(dates)
    for name, interview in joined.items():
        if interview != name and (date := _parse_date(dates.get(name))) is not None:
            known = _parse_date(by_interview.get(interview))
            by_interview[interview] = date if known is None else min(known, date)
    return by_interview


def saturation_point(table: pd.DataFrame, base: int = 4, run: int = 2, threshold: float = 0.05) -> SaturationResult:
    """The first run of `run` interviews after the base adding at most `threshold` new codes."""
    if base < 1 or run < 1:
        raise ValueError(f"base size and run length must be at least 1 (got base={base}, run={run})")
    if not 0 <= threshold < 1:
        raise ValueError(f"the new-information threshold is a fraction in [0, 1) (got {threshold})")
    n_new = table["n_new"].astype(int).tolist()
    documents = table["document"].astype(str).tolist()
    settings = {"base": base, "run": run, "threshold": threshold, "interviews": len(table),
                "by_file_name": _by_file_name(table), "undated": _placed_last(table)}
    if len(table) < base + run:
        return SaturationResult(False, NOT_REACHED, int(sum(n_new)), pd.DataFrame(columns=RUN_COLUMNS),
                                reason="too_few",
                                **settings)
    base_count = int(sum(n_new[:base]))
    if base_count == 0:
        return SaturationResult(False, NOT_REACHED, 0, pd.DataFrame(columns=RUN_COLUMNS),
                                reason="no_base_codes", **settings)
    runs = []
    for start in range(base, len(table) - run + 1):
        new = int(sum(n_new[start:start + run]))
        ratio = new / base_count
        runs.append({"run_start": start + 1, "run_end": start + run, "documents": "; ".join(documents[start:start + run]),
                     "new_codes": new, "ratio": ratio, "saturated": ratio <= threshold + 1e-12})
    runs_frame = pd.DataFrame(runs, columns=RUN_COLUMNS)
    saturated = runs_frame[runs_frame["saturated"]]
    if saturated.empty:
        return SaturationResult(False, NOT_REACHED, base_count, runs_frame,
                                reason="every_run_new", **settings)
    first = saturated.iloc[0]
    point = int(first["run_end"])
    # interviews after the saturating run that still brought new codes: the point stands (Guest, Namey & Chen
    # 2020 stop at the first run under the threshold), but a reader of "reached" must see what came after
    informants = table["informant"] if "informant" in table else table["document"]
    who = [str(name) if isinstance(name, str) and name else str(document)
           for name, document in zip(informants.tolist(), documents)]
    later = tuple((name, int(new)) for name, new in zip(who[point:], n_new[point:]) if new > 0)
    return SaturationResult(True, f"{int(first['run_start']) - 1}+{run}", base_count, runs_frame,
                            point=point, later_new=later, **settings)


def _conducted_order(documents: list[str], dates: Mapping[str, object]) -> tuple[list[str], str]:
    """Dated interviews by date, then undated ones: an undated interview placed by its name among
    dated ones would put a late interview in the base, or an early one after it."""
    parsed = {document: _parse_date(dates.get(document)) for document in documents}
    dated = sorted((document for document in documents if parsed[document] is not None),
                   key=lambda document: parsed[document])
    undated = [document for document in documents if parsed[document] is None]
    if not dated:
        return documents, "file order"
    if undated:
        return dated + undated, f"date (no ISO date, placed last: {', '.join(undated)})"
    return dated, "date"


def _placed_last(table: pd.DataFrame) -> tuple[str, ...]:
    """The undated interviews placed after the dated ones (none when all or none are dated)."""
    undated = [str(document) for document, date in zip(table["document"], table["date"]) if _parse_date(date) is None]
    return tuple(undated) if len(undated) < len(table) else ()


def _by_file_name(table: pd.DataFrame) -> bool:
    """Whether the interviews are in file-name order because none has a date (one alone has no order)."""
    return len(table) > 1 and table.attrs.get("ordered_by") == "file order"


def undated_warning(table: pd.DataFrame) -> str | None:
    """What the run says when some interviews are dated and some are not, naming the undated
    ones and where saturation placed them, or when none is dated (ordered by file name); None
    when all are dated."""
    unit = table.attrs.get("unit", "interviews")
    if _by_file_name(table):
        return (f"saturation: the {len(table)} {unit} are ordered by file name: no file has a date (YYYY-MM-DD); write "
                f"each {unit[:-1]}'s date (`date: YYYY-MM-DD` in front matter or the sidecar of a subtitle, ELAN or Praat file (or of a Deepgram, Speechmatics, AssemblyAI or ElevenLabs .json), a row "
                f"'Tanggal | YYYY-MM-DD' in a Word table of facts) to order them {_as_done(unit)}")
    undated = [(int(order), document) for order, document, date in
               zip(table["order"], table["document"], table["date"]) if _parse_date(date) is None]
    if not undated or len(undated) == len(table):
        return None
    placed = ", ".join(f"{document} ({order}.)" for order, document in undated)
    one = len(undated) == 1
    return (f"saturation: {len(undated)} of {len(table)} {unit} {'has' if one else 'have'} no date (YYYY-MM-DD) in "
            f"{'its' if one else 'their'} front matter or sidecar and {'was' if one else 'were'} placed after the dated "
            f"ones, in file order: {placed}; add `date:` to order {'it' if one else 'them'} {_as_done(unit)}")


def _as_done(unit: str) -> str:
    return "as conducted" if unit == "interviews" else "by date"


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _date_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _codings_by_document(segments: pd.DataFrame, codings: pd.DataFrame) -> pd.DataFrame:
    """Codings with their document, in the order the segments occur; code identity by id, else label."""
    positions = segments[["segment_id", "document"]].assign(position=range(len(segments)))
    frame = pd.DataFrame({"segment_id": codings["segment_id"].astype(str).to_numpy(),
                          "code": codings["code"].astype(str).to_numpy()})
    ids = codings["code_id"].fillna("").astype(str).tolist() if "code_id" in codings.columns else [""] * len(frame)
    label_keys: dict[str, str] = {}   # a batch has a few dozen labels over thousands of codings

    def label_key(label: str) -> str:
        if label not in label_keys:
            label_keys[label] = f"label:{normalise_label(label)}"
        return label_keys[label]

    frame["key"] = [f"id:{code_id}" if code_id else label_key(label) for code_id, label in zip(ids, frame["code"].tolist())]
    merged = frame.merge(positions.astype({"segment_id": str}), on="segment_id", how="left")
    return merged.sort_values("position", kind="stable")


def _document_informants(segments: pd.DataFrame) -> dict[str, str]:
    """Who was interviewed in each document (", "-joined for group interviews)."""
    spoken = segments
    if "speaker_role" in segments.columns:
        spoken = segments[segments["speaker_role"].astype(str) == "informant"]
    names_in: dict[str, dict[str, None]] = {}
    for document, name in zip(spoken["document"].tolist(), spoken["informant"].tolist()):
        name = str(name)
        if name:
            names_in.setdefault(document, {})[name] = None
    return {document: ", ".join(names) for document, names in names_in.items()}
