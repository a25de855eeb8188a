"""`gloss` subcommand: print the interlinear gloss and free translation of a text.

    python -m pipeline gloss "Torang so rujuk pa dorang."
    python -m pipeline.gloss "Torang so rujuk pa dorang."
"""

from __future__ import annotations

import argparse
import sys

from pipeline.errors import InputError

DESCRIPTION = ("Gloss Manado Malay text: original words, Leipzig gloss, and free Indonesian translation. "
               "`gloss suggest-lexicon BATCH_DIR` prints lexicon candidates from the graders' translation "
               "corrections (translations.csv); it never edits the lexicon.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="text to gloss (read from standard input when omitted)")
    parser.add_argument("--prior", choices=("xmm", "ind"), default=None,
                        help="language prior, as a transcript's front matter would give it")
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
        result = glosser.gloss(paragraph.strip(), args.prior)
        if args.language:
            print(f"[{result.language}]")
        print(format_interlinear(paragraph, result, width=args.width))
        if result.unknown:
            print("unknown: " + ", ".join(dict.fromkeys(result.unknown)), file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.gloss", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(argv))
