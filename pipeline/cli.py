"""Command line: a thin layer over the stage functions. `python -m pipeline --help`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.errors import InputError
from pipeline.ingest.batch_files import TRANSCRIPT_KINDS
from pipeline.option_types import INTERVIEWS, PROBABILITY, QUOTES, SHARE
from pipeline.run_summary import run_summary, shell_folder
from pipeline.wording import quantity

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
    here = shell_folder()
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


def _codebook_suggest(args: argparse.Namespace) -> int:
    from pipeline.codebook.load import load_codebook
    from pipeline.codebook.suggest import as_yaml, mine, reviewed_turns, turn_texts
    from pipeline.ingest import read_batch
    from pipeline.ingest.batch_files import read_settings
    from pipeline.outputs import read_csv
    from pipeline.privacy import redact_batch
    from pipeline.review.apply import decisions_in_force
    from pipeline.review.store import read_reviews
    from pipeline.run import default_out_dir
    from pipeline.run_inputs import resolve_codebook
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
    from pipeline.aggregate.agreement import agreement_result, units_from_segments
    from pipeline.coder_files import read_codings
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


def _import_codings(args: argparse.Namespace) -> int:
    from pipeline.review.hand_import import import_hand_coding
    from pipeline.run import default_out_dir

    result = import_hand_coding(args.batch, args.out or default_out_dir(args.batch), args.source, args.grader,
                                complete=not args.partial)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    written = ", ".join(f"{count} {name if name != 'none' else 'nothing to code'}"
                        for name, count in result.written.items() if count) or "no new decision"
    print(f"{args.source.name} ({quantity(len(result.documents), 'document')}, coded by {args.grader}): {written} "
          f"written to {args.batch / 'reviews.csv'}"
          + (f"; {result.already_decided} already decided, left as they stand" if result.already_decided else ""))
    again = f"python -m pipeline analyze {args.batch}" + (f" --out {args.out}" if args.out else "")
    print(f"Run `{again}` again: its learning model reads them.")
    return 0


def _grader_agreement(args: argparse.Namespace) -> int:
    from pipeline.outputs import write_csv
    from pipeline.review.grader_agreement import batch_grader_agreement
    from pipeline.run import default_out_dir

    out = args.out or default_out_dir(args.batch)
    result = batch_grader_agreement(args.batch, out, tuple(args.graders) if args.graders else None)
    first, second = result.graders
    if result.table.empty:
        print(f"{first} and {second} decided no coding of the same turn: nothing to compare yet")
        return 0
    write_csv(result.table, out / "grader_agreement.csv")
    write_csv(result.disagreements, out / "grader_disagreements.csv")
    print(f"{first} (a) and {second} (b), on the codings both decided:")
    print(result.table.to_string(index=False, float_format=lambda value: f"{value:.3f}"))
    print(f"{len(result.disagreements)} disagreement(s) listed in {out / 'grader_disagreements.csv'}; "
          f"table written to {out / 'grader_agreement.csv'}")
    return 0


def _import_codebook(args: argparse.Namespace) -> int:
    from pipeline.codebook.dump import dump_codebook
    from pipeline.codebook.same_name import differing_labels, lost_keys, same_name_codebooks
    from pipeline.export.refiqda import import_notes, read_qdc
    from pipeline.run_inputs import REPO_ROOT

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
                         help="quotes from a recording's transcript (.vtt/.srt/.sbv, ELAN .eaf, Praat .TextGrid, Deepgram's, "
                              "Speechmatics', AssemblyAI's or ElevenLabs' .json, or a "
                              "transcription tool's timed .txt or Word export) show where they start in it, as [00:12:31] (quotation appendix "
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

    graders = commands.add_parser(
        "grader-agreement", help="agreement of two graders who reviewed the same turns (reviews.csv)",
        description="Per-code and pooled Cohen's kappa, percent agreement and Krippendorff's alpha of two graders' "
                    "decisions in the batch's reviews.csv (signed with the notebook's REVIEWER), on the codings both "
                    "decided; writes grader_agreement.csv and grader_disagreements.csv beside the run's outputs.")
    graders.add_argument("batch", type=Path, metavar="BATCH_DIR", help="a batch folder with reviews.csv")
    graders.add_argument("--graders", nargs=2, metavar=("A", "B"),
                         help="the two graders' initials as they signed (default: the batch's only two)")
    graders.add_argument("--out", type=Path, metavar="DIR",
                         help="the batch's outputs of its last run (default outputs/<batch>)")
    graders.set_defaults(run=_grader_agreement)

    hand = commands.add_parser(
        "import-codings", help="hand coding from another QDA tool (.qdpx) or a sheet, as decisions to learn from",
        description="Turn hand coding done elsewhere into a grader's decisions in the batch's reviews.csv, beside "
                    "the batch's last run, so the next run's learning model learns from it: a REFI-QDA project "
                    "(.qdpx) exported by QualCoder, NVivo, ATLAS.ti or MAXQDA, or a CSV with the columns "
                    "document,quote,code (a quote a few words copied from the informant's turn; an empty code: "
                    "the turn needs none). Every document the file codes counts as coded completely: her codes "
                    "the run also gave are accepts, the others adds, the run's codes she did not give rejects, "
                    "a turn with no code on either side 'nothing to code' (--partial: only her own codes count). "
                    "A turn and code already decided keeps its decision; importing the same file again adds nothing.")
    hand.add_argument("batch", type=Path, metavar="BATCH_DIR", help="the batch folder, analysed at least once")
    hand.add_argument("source", type=Path, metavar="FILE", help="a .qdpx project or a document,quote,code CSV")
    hand.add_argument("--grader", required=True, metavar="INITIALS", help="who coded by hand (signs the decisions)")
    hand.add_argument("--partial", action="store_true",
                      help="she coded some passages or codes only: write accepts and adds, no rejects or "
                           "'nothing to code'")
    hand.add_argument("--out", type=Path, metavar="DIR",
                      help="the batch's outputs of its last run (default outputs/<batch>)")
    hand.set_defaults(run=_import_codings)

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
