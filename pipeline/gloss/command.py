"""`gloss` subcommand: print the interlinear gloss and free translation of a text.

    python -m pipeline gloss "Torang so rujuk pa dorang."
    python -m pipeline.gloss "Torang so rujuk pa dorang."
"""

from __future__ import annotations

import argparse
import sys

from pipeline.errors import InputError
from pipeline.ingest.turns import LABEL_LINE, is_interviewer
from pipeline.records.languages import IND, XMM

# Why a text came back as written: a batch decides the language of a whole turn, so one sentence
# checked alone may read otherwise than inside its turn.
KEPT_AS_INDONESIAN = ("note: read as Indonesian (its words are Indonesian, not Manado Malay), so kept as written; "
                      "a batch decides the language of a whole turn, so paste the whole turn to see what the batch made of it")

# An unlabelled paragraph is read as an informant's turn; an interviewer's question reads otherwise.
ASKED_OTHERWISE = ("note: read as an informant's turn; as an interviewer's question (paste it after its label, "
                   "P: ...) a batch reads it: '{}'")

DESCRIPTION = ("Gloss Manado Malay text: original words, Leipzig gloss, and free Indonesian translation. "
               "`gloss suggest-lexicon BATCH_DIR` prints lexicon candidates from the graders' translation "
               "corrections (translations.csv); it never edits the lexicon.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="text to gloss (read from standard input when omitted)")
    parser.add_argument("--prior", choices=("xmm", "ind", "none"), default=None,
                        help="language prior, as a transcript's front matter gives it (default xmm: as a batch "
                             "reads an informant's turn in a Manado transcript, and for a paragraph opening with "
                             "an interviewer's label (P:, Pewawancara:) as a batch reads the question: Indonesian "
                             "unless its words are Manado Malay; ind for an Indonesian transcript; none to decide "
                             "from the words alone)")
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
        paragraph, asked = _turn(paragraph.strip(), args.prior)
        result = glosser.gloss_turn(paragraph, _PRIORS.get(args.prior, args.prior), asked)
        if args.language:
            print(f"[{result.language}]")
        print(format_interlinear(paragraph, result, width=args.width))
        if result.unknown:
            print("unknown: " + ", ".join(dict.fromkeys(result.unknown)), file=sys.stderr)
        if result.language == IND and args.prior != "ind" and not asked:
            print(KEPT_AS_INDONESIAN, file=sys.stderr)
        if args.prior is None and not asked:
            question = glosser.gloss_turn(paragraph, None, by_interviewer=True).translation
            if question != result.translation:
                print(ASKED_OTHERWISE.format(question), file=sys.stderr)
    return 0


_PRIORS = {None: XMM, "none": None}  # the option's value -> the gloss prior (ind and xmm as given)


def _turn(paragraph: str, prior: str | None) -> tuple[str, bool]:
    """A paragraph opening with an interviewer's label (P:, Pewawancara:) when no --prior was given:
    the question without its label, True; a question pasted from a transcript is read as the batch
    reads it (Boleh kita mulai? stays Indonesian, not Bisa saya mulai?). Any other paragraph as it is."""
    match = LABEL_LINE.match(paragraph) if prior is None else None
    if match is None or not paragraph[match.end():].strip() or not is_interviewer(match.group("label").strip("*_")):
        return paragraph, False
    return paragraph[match.end():].strip(), True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.gloss", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(argv))
