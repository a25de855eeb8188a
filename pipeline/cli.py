"""Command line: a thin layer over the stage functions. `python -m pipeline --help`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.errors import InputError
from pipeline.ingest.batch_files import TRANSCRIPT_KINDS
from pipeline.ingest.segment_key import KEY_FILE
from pipeline.option_types import INTERVIEWS, PROBABILITY, QUOTES, SHARE
from pipeline.wording import plural_form, quantity

EXIT_INPUT, EXIT_OUTPUT, EXIT_INTERRUPTED = 2, 1, 130


def _analyze(args: argparse.Namespace) -> int:
    from pipeline.records.analysis import RunOptions, SaturationOptions
    from pipeline.run import analyze

    options = RunOptions(
        second_coder=args.second_coder, model_threshold=args.model_threshold, redact=not args.no_redact,
        lang=args.lang, quotes_per_code=args.quotes_per_code or None, timestamps=args.timestamps,
        paper=args.paper,
        saturation=SaturationOptions(args.saturation_base, args.saturation_run, args.saturation_threshold),
        workers=args.workers, executor=args.executor, scheduler=args.scheduler, cache=not args.no_cache,
        progress=False if args.quiet else None, learn=not args.no_history,
    )
    here = _shell_folder()
    result = analyze(args.batch, codebook_path=args.codebook, out_dir=args.out, options=options)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.quiet:
        print("\n".join(run_summary(result)))
    out_dir = Path(result.out_dir).resolve()
    if here is not None and (here == out_dir or out_dir in here.parents):
        print(f"note: this shell was in the outputs folder, which the run replaced with the new outputs; "
              f"the shell's folder is gone (ls shows nothing there): cd {here} to see them", file=sys.stderr)
    return 0


def _shell_folder() -> Path | None:
    """The folder the command runs in, or None when it no longer exists (a run replaced the outputs
    folder a shell was in)."""
    try:
        return Path.cwd().resolve()
    except FileNotFoundError:
        return None


def run_summary(result) -> list[str]:
    """What a run did and what to open next: the codebook it used, the codings still awaiting a
    grader, the report and the review notebook."""
    from pipeline.records.codings import removed_by_carry
    from pipeline.run import REPO_ROOT

    counts, analysis = result.record.counts, result.analysis
    codebook = analysis.codebook
    shown = analysis.codings[~removed_by_carry(analysis.codings)]    # as the review notebook shows them
    pending = int((shown["review"].astype(str) == "").sum())
    batch_dir = analysis.batch.directory.resolve()
    if batch_dir.parent == (REPO_ROOT / "transcripts").resolve():
        where = f'BATCH = "{batch_dir.name}"'
    else:
        where = f'BATCH_DIR = "{batch_dir}", OUTPUT_DIR = "{Path(result.out_dir).resolve()}"'
    lines = [f"{quantity(counts['informant_segments'], 'informant segment')} in "
             f"{quantity(counts['documents'], 'document')}, {quantity(counts['codings_counted'], 'coding')} counted; "
             f"saturation {analysis.aggregates.saturation_result.explained()}.",
             f"codebook: {codebook.name} version {codebook.version} ({codebook.source})"
             + (" -- the DEFAULT: no --codebook given, none named in batch.yaml" if result.codebook_defaulted else "")]
    lines += _since_last_run(result)
    if pending:
        lines.append(f"{pending} of {quantity(len(shown), 'coding')} {plural_form(pending, 'awaits', 'await')} "
                     f"review: open {_review_notebook(REPO_ROOT)} "
                     f"with {where}")
    lines += learning_lines(result.record.reliability, codebook)
    lines += english_lines(analysis.aggregates.quotations) if analysis.options.lang == "en" else []
    lines += [f"report: {Path(result.out_dir) / (analysis.batch.name + '_report.docx')}",
              f"outputs in {result.out_dir}/"]
    return lines


def english_lines(quotations) -> list[str]:
    """An English run's word on its appendix: the quoted turns that still lack an English translation
    (the glosser translates into Indonesian only; graders type the English in the notebook)."""
    from pipeline.aggregate.quotations import lacks_english

    missing = lacks_english(quotations)
    if not missing:
        return []
    total = quotations["segment_id"].nunique()
    return [f"English translations: {missing} of {quantity(total, 'quoted turn')} in the Word appendix "
            f"{plural_form(missing, 'lacks', 'lack')} one (the appendix prints a Manado Malay quote's Indonesian "
            "translation, headed \"Indonesian translation\", and marks an Indonesian quote \"original in Indonesian\"): "
            "type them in the review notebook's English translations panel "
            "(kept with the batch in translations_en.csv)."]


def learning_lines(reliability: dict[str, dict] | None, codebook) -> list[str]:
    """The summary's word on the learning model: which codes it may be left with and which it may
    change, named by the labels the run prints (`reliability` is keyed by code id, as in run.json)."""
    if not reliability:
        return []
    labels = {code.id: code.label for code in codebook.codes}

    def named(code_ids: list[str]) -> str:
        return ", ".join(labels.get(code_id, code_id) for code_id in code_ids)

    machine = [code for code, row in reliability.items() if row["verdict"] == "machine"]
    allowed = [code for code, row in reliability.items() if row.get("decided_by") == "model"]
    return [f"learning model: {len(machine)} of {quantity(len(reliability), 'code')} reliable enough to leave to it "
            f"(code_reliability.csv){': ' + named(machine) if machine else ''}.",
            f"learning model: may change {len(allowed)} of {quantity(len(reliability), 'code')}"
            + (f" ({named(allowed)}); the others stay with the rules" if allowed else
               ", it has not shown that it helps on the reviewed turns")
            + " (why: code_reliability.csv)."]


def _moved_ids_line(file_name: str, moved: dict) -> str:
    """What the run did with a review file's rows whose turn's id changed."""
    unfound = moved.get("unfound") or []
    if moved.get("lost_key"):
        line = (f"{file_name}: the batch's {KEY_FILE} was missing (a copy of the folder without its hidden files?), "
                f"so this run made a new one and every segment id changed; {quantity(moved['rows'], 'row')} moved to "
                f"{plural_form(moved['rows'], 'its turn', 'their turns')}, found again by file, position and text")
        if moved["rows"]:
            line += f" (the file as it was is kept as {moved['backup']})"
        if unfound:
            line += f"; {_unfound_part(unfound, lost_key=True)}"
        return line + "."
    parts = []
    by_id, by_text = moved["rows"] - moved.get("refound", 0), moved.get("refound", 0)
    if by_id:
        parts.append(f"{quantity(by_id, 'row')} moved to the new segment id of "
                     f"{plural_form(by_id, 'its turn', 'their turns')} (the words are the same; ids no longer "
                     "change when redact.txt does)")
    if by_text:
        parts.append(f"{quantity(by_text, 'row')} moved to the turn that holds {plural_form(by_text, 'its', 'their')} "
                     "quote now (the reader splits or reads the file differently since the decision was made)")
    if moved["rows"]:
        parts[-1] += f"; the file as it was is kept as {moved['backup']}"
    if unfound:
        parts.append(_unfound_part(unfound, lost_key=False))
    return f"{file_name}: " + "; ".join(parts) + "."


def _unfound_part(unfound: list[str], lost_key: bool) -> str:
    """The turns whose decisions were not found again, and what to do: re-attach or drop them in the
    notebook, or, when the batch's id key was lost, first restore the original key if it still exists."""
    restore = (f"if the original {KEY_FILE} still exists, copy it over the new one and restore the file from its "
               ".bak copy, then run again; else " if lost_key else "")
    return (f"{quantity(len(unfound), 'turn')} not found again, kept in the file but not applied: "
            f"{'; '.join(unfound)}: {restore}re-attach or drop {plural_form(len(unfound), 'it', 'them')} under "
            "the orphaned decisions of notebooks/review.ipynb")


def _since_last_run(result) -> list[str]:
    """What changed since the outputs this run replaced: transcripts new, changed or removed, and
    the graders' decisions the tables now include."""
    lines = []
    if result.previous is not None:
        from pipeline.records.run_record import input_changes

        changes = input_changes(result.previous, result.record)
        parts = [f"{len(names)} {kind} ({', '.join(names)})" for kind, names in changes.items() if names]
        lines.append("since the last run: " + ("; ".join(parts) if parts else "no transcript changed") + ".")
    reviews = result.record.reviews or {}
    if reviews.get("decisions"):
        unapplied = (len(reviews.get("unknown_code_reviews") or []) + len(reviews.get("moot_reject_reviews") or [])
                     + len(result.record.orphan_reviews or []))
        lines.append(f"reviews.csv: {quantity(reviews['decisions'], 'decision')} in force; in the tables: "
                     f"{quantity(reviews.get('accepted', 0), 'coding')} accepted, {reviews.get('rejected', 0)} rejected, "
                     f"{reviews.get('added', 0)} added"
                     + (f"; {quantity(reviews['nothing_to_code'], 'turn')} marked nothing to code"
                        if reviews.get("nothing_to_code") else "")
                     + (f"; {unapplied} not applied (see the warnings)" if unapplied else "") + ".")
    for file_name, moved in (reviews.get("moved_ids") or {}).items():
        lines.append(_moved_ids_line(file_name, moved))
    carried = reviews.get("carried") or {}
    if carried.get("removed") or carried.get("suggested"):
        lines.append("graders' decisions carried to near-identical turns: "
                     f"{quantity(carried.get('removed', 0), 'rule coding')} removed (the code was rejected on a turn "
                     f"that says the same), {quantity(carried.get('suggested', 0), 'code')} suggested (added or "
                     "accepted on a turn this one says all of; counted with --model-threshold); codings.csv names "
                     "the reviewed turn in each one's evidence.")
    kept = reviews.get("carried_translations") or {}
    if kept.get("turns"):
        lines.append(f"translation corrections of earlier batches coded with this codebook: "
                     f"{quantity(kept['turns'], 'turn')} whose words a grader corrected there "
                     f"{plural_form(kept['turns'], 'is', 'are')} translated as corrected ({kept['file']}; "
                     "delete its rows to stop it, or correct the turn here: this batch's own correction wins).")
    from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE

    for file_name, count in (reviews.get("translations") or {}).items():
        english = file_name == ENGLISH_TRANSLATIONS_FILE
        kind = "English translation" if english else "translation correction"
        lines.append(f"{file_name}: {quantity(count['in_force'], kind)} in force; in the outputs: "
                     + (f"English added to {quantity(count['turns'], 'turn')}" if english
                        else f"{quantity(count['turns'], 'turn')} translated as corrected")
                     + (f"; {count['orphans']} not applied (see the warnings)" if count.get("orphans") else "") + ".")
    return lines


def _review_notebook(repo: Path) -> str:
    """The notebook and the Jupyter to open it with, relative in the repository (as the README says
    them) and absolute from any other folder (qualpipe runs anywhere; notebooks/ is not there)."""
    root = Path() if _shell_folder() == repo else repo
    return f"{root / 'notebooks' / 'review.ipynb'} ({root / '.venv' / 'bin' / 'jupyter'} lab {root / 'notebooks'}/)"


def _codebook_suggest(args: argparse.Namespace) -> int:
    from pipeline.codebook.load import load_codebook
    from pipeline.codebook.suggest import as_yaml, mine, reviewed_turns, turn_texts
    from pipeline.ingest import read_batch
    from pipeline.ingest.batch_files import read_settings
    from pipeline.outputs import read_csv
    from pipeline.privacy import redact_batch
    from pipeline.review.apply import decisions_in_force
    from pipeline.review.store import read_reviews
    from pipeline.run import default_out_dir, resolve_codebook
    from pipeline.run_messages import default_codebook_warning

    settings = read_settings(args.batch)
    codebook = load_codebook(resolve_codebook(args.batch, settings, args.codebook))
    if args.codebook is None and not settings.get("codebook"):
        print(f"warning: {default_codebook_warning(args.batch, codebook)}", file=sys.stderr)
    reviews = read_reviews(args.batch)
    segments_file = (args.out or default_out_dir(args.batch)) / "segments.csv"
    # no run yet: the turns as a run would export them, identifiers masked (suggestions print words)
    segments = read_csv(segments_file) if segments_file.exists() else redact_batch(read_batch(args.batch)).segments
    decisions = decisions_in_force(reviews, codebook) if not reviews.empty else reviews.assign(code_id=[])
    turns = reviewed_turns(segments, decisions.dropna(subset=["code_id"]), [c.id for c in codebook.codes])
    informant_turns = turn_texts(segments[segments["speaker_role"] == "informant"])
    print(as_yaml(mine(turns, codebook, informant_turns), codebook, len(turns), turns), end="")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    from pipeline.aggregate.agreement import agreement_result, read_codings, units_from_segments
    from pipeline.codebook.load import load_codebook
    from pipeline.outputs import read_csv, write_csv
    from pipeline.records.run_record import RUN_RECORD
    from pipeline.review.recorded_run import load_recorded_codebook

    segments = read_csv(args.segments) if args.segments is not None else None
    units = units_from_segments(segments) if segments is not None else None
    codebook = None
    if args.codebook is not None:
        codebook = load_codebook(args.codebook)
    elif args.segments is not None and (args.segments.parent / RUN_RECORD).is_file():
        codebook = load_recorded_codebook(args.segments.parent)   # the codebook of the segments' run
    result = agreement_result(read_codings(args.codings_a, segments=segments, include_model=args.include_model),
                              read_codings(args.codings_b, segments=segments, include_model=args.include_model),
                              units=units, codebook=codebook, files=(str(args.codings_a), str(args.codings_b)))
    for message in result.messages():
        print(f"warning: {message}", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(result.table, args.out / "agreement.csv")
    print(result.table.to_string(index=False, float_format=lambda value: f"{value:.3f}"))
    print(f"written to {args.out / 'agreement.csv'}")
    return 0


def _import_codebook(args: argparse.Namespace) -> int:
    from pipeline.codebook.dump import dump_codebook
    from pipeline.codebook.same_name import differing_labels, lost_keys, same_name_codebooks
    from pipeline.export.refiqda import import_notes, read_qdc
    from pipeline.run import REPO_ROOT

    source = Path(args.file)
    out = args.out or source.with_suffix(".yaml")
    if out.exists():
        raise InputError.at(out, "already exists and is never overwritten; give --out with a new file name "
                                 "(or move the old file away first)")
    concepts_from = None
    if args.concepts_from is not None:
        from pipeline.codebook.load import load_codebook

        concepts_from = load_codebook(args.concepts_from)
    codebook = read_qdc(source, concepts_from=concepts_from)
    dump_codebook(codebook, out)
    print(f"{len(codebook.codes)} codes in {len(codebook.themes)} themes written to {out}")
    for line in import_notes(codebook, out):
        print(line)
    for path, existing in same_name_codebooks(codebook.name, [out.parent, source.parent, REPO_ROOT / "codebooks"]):
        differing = differing_labels(codebook, existing)
        if differing:
            shown = "; ".join(f"{item}: '{label}' here, '{theirs}' there" for item, label, theirs in differing[:3])
            print(f"warning: {len(differing)} of the labels differ from {path} (the codebook named "
                  f"'{codebook.name}'): {shown}{'; ...' if len(differing) > 3 else ''}. A .qdc exported by an "
                  "English run (--lang en) before labels travelled with it carries the English labels; compare "
                  "before you analyze with it", file=sys.stderr)
        for code_id, key, value in lost_keys(codebook, existing):
            print(f"warning: {out}: code '{code_id}' has no '{key}' ({path} gives '{key}: {value}'): the .qdc did "
                  f"not carry it (a QDA tool keeps only names, descriptions and colours); copy the line from {path}",
                  file=sys.stderr)
    return 0


def _gloss(args: argparse.Namespace) -> int:
    """`gloss TEXT` (`gloss suggest-lexicon` is dispatched by `main`, with its own options and help)."""
    from pipeline.gloss import command as gloss_command

    return gloss_command.run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Gloss, code and tabulate Manado Malay and Indonesian interview transcripts "
                    "with a YAML codebook; export tables, a Word report and REFI-QDA projects.",
        epilog="Start with: python -m pipeline analyze transcripts/wori",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyze a batch folder into outputs/<batch>",
                                  description="Read every transcript of BATCH_DIR, gloss, code, apply reviews, "
                                              "aggregate and export. Earlier outputs are replaced only on success.")
    analyze.add_argument("batch", type=Path, metavar="BATCH_DIR",
                         help=f"a folder of transcripts {TRANSCRIPT_KINDS}, with informants.csv, "
                              "reviews.csv, batch.yaml ... beside them (see README: Input)")
    analyze.add_argument("--codebook", type=Path, metavar="FILE",
                         help="YAML codebook (default: the one batch.yaml names, else codebooks/wori.yaml)")
    analyze.add_argument("--out", type=Path, metavar="DIR", help="output folder, replaced whole on success: a new or empty folder, or an earlier "
                         "run's outputs (default: outputs/<batch dir name>)")
    analyze.add_argument("--second-coder", type=Path, metavar="FILE",
                         help="another coder's codings.csv or .qdpx: adds agreement.csv and a table to the report")
    analyze.add_argument("--model-threshold", type=PROBABILITY, metavar="P",
                         help="let the model decide where it has learned: count its suggestions with confidence >= P "
                              "and drop rule codings it doubts below P (default: never)")
    analyze.add_argument("--no-redact", action="store_true",
                         help="keep NIK, phone numbers, e-mails and redact.txt names in the outputs "
                              "(private working copies only)")
    analyze.add_argument("--lang", choices=("id", "en"), default="id",
                         help="language of the tables, report and appendix: Indonesian (default) or English "
                              "(en prints the codebook's label_en and title_en, informants.csv's role_en, and the "
                              "English quote translations typed in the review notebook; the run names what lacks one)")
    analyze.add_argument("--paper", choices=("a4", "letter"), default="a4",
                         help="page size of the Word report (default a4; letter: US Letter)")
    analyze.add_argument("--quotes-per-code", type=QUOTES, default=10, metavar="N",
                         help="quotations per code in the Word appendix (0: all; default 10)")
    analyze.add_argument("--timestamps", action="store_true",
                         help="quotes from a recording's transcript (.vtt/.srt, or a transcription tool's timed "
                              ".txt or Word export) show where they start in it, as [00:12:31] (quotation appendix "
                              "and Word report)")
    analyze.add_argument("--saturation-base", type=INTERVIEWS, default=4, metavar="B",
                         help="code saturation (Guest, Namey & Chen 2020): the first B interviews, by date, whose "
                              "codes the later ones are compared with (default 4)")
    analyze.add_argument("--saturation-run", type=INTERVIEWS, default=2, metavar="R",
                         help="saturation: how many interviews after the base are taken together (default 2)")
    analyze.add_argument("--saturation-threshold", type=SHARE, default=0.05, metavar="T",
                         help="saturation is reached at the first run of R interviews whose new codes are at most "
                              "this fraction of the base's codes (default 0.05)")
    analyze.add_argument("--workers", type=int, metavar="N", help="parallel workers (default: the machine's cores)")
    analyze.add_argument("--executor", choices=("local", "dask"), default="local",
                         help="run glossing and coding in local processes or on a Dask cluster")
    analyze.add_argument("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler address (with --executor dask; default: a local cluster)")
    analyze.add_argument("--no-cache", action="store_true",
                         help="recompute everything instead of reusing, from the .cache folder beside the output "
                              "folder (outputs/.cache/<batch>), the reading, glosses and codings of unchanged "
                              "transcripts, the suggestions and the tables")
    analyze.add_argument("--no-history", action="store_true",
                         help="neither learn from nor keep decisions in <codebook>.decisions.csv (the decisions "
                              "of earlier batches coded with the same codebook)")
    analyze.add_argument("--quiet", action="store_true", help="no progress bars or summary")
    analyze.set_defaults(run=_analyze)

    agreement = commands.add_parser("agreement", help="inter-coder agreement of two codings.csv files",
                                    description="Per-code and pooled Cohen's kappa, percent agreement and "
                                                "Krippendorff's alpha; each (segment, code) is a present/absent decision.")
    agreement.add_argument("codings_a", type=Path, metavar="CODINGS_A", help="codings.csv (or .qdpx) of coder A")
    agreement.add_argument("codings_b", type=Path, metavar="CODINGS_B", help="codings.csv (or .qdpx) of coder B")
    agreement.add_argument("--segments", type=Path, metavar="SEGMENTS_CSV",
                           help="segments.csv whose informant segments are the units (default: segments either coded)")
    agreement.add_argument("--codebook", type=Path, metavar="YAML",
                           help="the codebook both coded with, so a code written by its id, label or English "
                                "label is one code (default: the one the --segments run's run.json names)")
    agreement.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for agreement.csv")
    agreement.add_argument("--include-model", action="store_true", help="count source=model rows too")
    agreement.set_defaults(run=_agreement)

    from pipeline.gloss import command as gloss_command

    gloss = commands.add_parser("gloss", help="gloss Manado Malay text into Indonesian",
                                description=gloss_command.DESCRIPTION)
    gloss_command.add_arguments(gloss)
    gloss.set_defaults(run=_gloss)

    codebook_command = commands.add_parser("codebook", help="codebook tools: `codebook suggest BATCH`")
    codebook_tools = codebook_command.add_subparsers(dest="tool", required=True, metavar="TOOL")
    suggest = codebook_tools.add_parser(
        "suggest", help="keyword and exclusion additions mined from a batch's reviewed decisions, as YAML",
        description="Prints keywords and exclusions mined from the batch's reviews.csv, each with its precision "
                    "and recall on the reviewed turns, as YAML to paste. Never edits the codebook.")
    suggest.add_argument("batch", type=Path, metavar="BATCH_DIR", help="a batch folder with reviews.csv")
    suggest.add_argument("--codebook", type=Path, metavar="FILE",
                         help="codebook YAML (default: batch.yaml's, else codebooks/wori.yaml)")
    suggest.add_argument("--out", type=Path, metavar="DIR",
                         help="the batch's outputs, for the turns' translations (default outputs/<batch>)")
    suggest.set_defaults(run=_codebook_suggest)

    importer = commands.add_parser(
        "import-codebook", help="convert a REFI-QDA codebook (.qdc) to YAML",
        description="Convert a REFI-QDA codebook (.qdc, or the codebook of a .qdpx project) from NVivo, "
                    "ATLAS.ti, MAXQDA or QualCoder into a YAML codebook for `analyze`. Themes, categories and "
                    "codes keep their names and definitions; a codebook the pipeline exported also keeps its "
                    "keywords, rules and concepts. Codes from other tools have no keywords: add them before "
                    "analyzing. Nothing is written when the file cannot be used.")
    importer.add_argument("file", type=Path, metavar="FILE.qdc", help="the REFI-QDA codebook (or project) to convert")
    importer.add_argument("--out", type=Path, metavar="FILE.yaml",
                          help="default: FILE.yaml next to the .qdc; an existing file is never overwritten")
    importer.add_argument("--concepts-from", type=Path, metavar="ORIGINAL.yaml",
                          help="take the rules' concepts from this codebook, for a .qdc re-exported by a tool "
                               "that dropped them (QualCoder drops the <Sets> that carry them)")
    importer.set_defaults(run=_import_codebook)

    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["gloss", "suggest-lexicon"]:   # gloss's own text argument would swallow it and its --help
        from pipeline.review.lexicon_candidates import main as suggest_lexicon

        return suggest_lexicon(argv[2:])
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        count = len(error.problems)
        print(f"{quantity(count, 'problem')} in the input; nothing was written.", file=sys.stderr)
        return EXIT_INPUT
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("interrupted; earlier outputs are unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
