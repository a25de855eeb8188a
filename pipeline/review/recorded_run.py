"""What the last run recorded in run.json, as the review notebook reads it back: the codebook it
used, whether it redacted, and the language it printed labels in (`--lang`)."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.segment_key import read_segment_key
from pipeline.privacy import Redactor
from pipeline.privacy.hashed_names import HashedNames
from pipeline.records.codebook import Codebook
from pipeline.records.retired_labels import LABELS, retired_english
from pipeline.records.run_record import RUN_RECORD, RunRecord
from pipeline.records.shown_labels import ENGLISH

CHECKOUT = Path(__file__).resolve().parents[2]  # the repository, for an editable install


def recorded_lang(outputs_dir: Path) -> str:
    """The language the last run printed its labels in (`--lang`); "id" when run.json does not say."""
    record = RunRecord.read_if_any(outputs_dir)
    return str(record.options.get("lang") or "id") if record is not None else "id"


def recorded_retired_english(outputs_dir: Path, codebook: Codebook) -> dict[str, str]:
    """After an English run, the English labels of the codes `codebook` no longer has, as the run kept them
    (records/retired_labels.py); none after an Indonesian one."""
    record = RunRecord.read_if_any(outputs_dir)
    if record is None or record.options.get("lang") != ENGLISH or not isinstance(record.codebook.get(LABELS), dict):
        return {}
    return retired_english(record.codebook[LABELS], codebook)


def recorded_redactor(outputs_dir: Path, batch_dir: Path) -> Redactor:
    """Notes shown (and saved in the notebook) are redacted when the run's outputs were."""
    record = RunRecord.read_if_any(outputs_dir)
    redact = record.redacted if record is not None else True
    if not redact:
        return Redactor()
    listed = Redactor.for_batch(batch_dir)
    key = read_segment_key(batch_dir)
    if record is None or not record.masked_names or key is None:
        return listed
    # and the names the transcripts gave (speaker labels, an informant's own), known by their keyed hashes
    return Redactor(listed.names, HashedNames(tuple(record.masked_names), key))


def load_recorded_codebook(outputs_dir: Path, batch_dir: Path | None = None) -> Codebook:
    """The codebook the last run used, as named in its run.json.

    A relative path was relative to where the run started: usually the repository, which is
    found above the outputs, above the batch, or where this package is checked out.
    """
    from pipeline.codebook.load import load_codebook

    record_path = outputs_dir / RUN_RECORD
    if not record_path.exists():
        raise InputError.at(record_path, "not found: analyse the batch first (make analyze), or pass codebook=")
    try:
        recorded = RunRecord.read(outputs_dir).codebook_file
    except (ValueError, TypeError, AttributeError) as problem:
        raise InputError.at(record_path, f"no codebook file recorded ({problem}); pass codebook=") from None
    if not recorded:
        raise InputError.at(record_path, "no codebook file recorded; pass codebook=")
    source = Path(recorded)
    if source.is_absolute():
        candidates = [source]
    else:
        roots = [*outputs_dir.resolve().parents, *(batch_dir.resolve().parents if batch_dir else ()), CHECKOUT]
        candidates = [source, *(root / source for root in roots)]
    for candidate in candidates:
        if candidate.is_file():
            return load_codebook(candidate)
    raise InputError.at(record_path, f"the recorded codebook {source} is not found; pass codebook=")
