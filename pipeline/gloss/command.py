"""`gloss` subcommand: print the interlinear gloss and free translation of a text.

    python -m pipeline gloss "Torang so rujuk pa dorang."
    python -m pipeline.gloss "Torang so rujuk pa dorang."
"""

from __future__ import annotations

import argparse
import sys

from pipeline.errors import InputError
from pipeline.records.languages import IND

# Why a text came back as written: a batch decides the language of a whole turn, so one sentence
# checked alone may read otherwise than inside its turn.
KEPT_AS_INDONESIAN = ("note: read as Indonesian (its words are Indonesian, not Manado Malay), so kept as written; "
                      "a batch decides the language of a whole turn, so paste the whole turn to see what the batch made of it")

DESCRIPTION = ("Gloss Manado Malay text: original words, Leipzig gloss, and free Indonesian translation. "
               "`gloss suggest-lexicon BATCH_DIR` prints lexicon candidates from the graders' translation "
               "corrections (translations.csv); it never edits the lexicon.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="text to gloss (read from standard input when omitted)")
    parser.add_argument("--prior", choices=("xmm", "ind", "none"), default="xmm",
                        help="language prior, as a transcript's front matter gives it (default xmm: as a batch "
                             "reads an informant's turn in a Manado transcript; ind for an Indonesian transcript "
                             "or an interviewer's question; none to decide from the words alone)")
    parser.add_argument("--lexicon", default=None, help="a custom lexicon TSV (default: the bundled one)")
    parser.add_argument("--width", type=int, default=None, help="wrap the aligned lines at this width")
    parser.add_argument("--language", action="store_true", help="also print the detected language")


def run(args: argparse.Namespace) -> int:
    from pipeline.gloss.glosser import Glosser
    from pipeline.gloss.interlinear import format_interlinear

    text = " ".join(args.text) if args.text else sys.stdin.read()
    try:
        glosser = Glosser(lexicon_path=args.lexicon)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for paragraph in [p for p in text.split("\n\n") if p.strip()] or [text]:
        result = glosser.gloss(paragraph.strip(), None if args.prior == "none" else args.prior)
        if args.language:
            print(f"[{result.language}]")
        print(format_interlinear(paragraph, result, width=args.width))
        if result.unknown:
            print("unknown: " + ", ".join(dict.fromkeys(result.unknown)), file=sys.stderr)
        if result.language == IND and args.prior != "ind":
            print(KEPT_AS_INDONESIAN, file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.gloss", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(argv))
