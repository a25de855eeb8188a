"""Turn input files into text: detect encodings instead of refusing them, extract Word text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.errors import InputError

BOM_UTF8 = b"\xef\xbb\xbf"


def decode_bytes(data: bytes, file: str | Path) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first (BOM stripped), else the best detected encoding.

    Latin-1 / cp1252 transcripts from older laptops are common; refusing them would push
    researchers into lossy manual conversions.
    """
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.at(file, "looks like a binary file, not text; save it as .txt (UTF-8) or .docx")
    if data.startswith(BOM_UTF8):
        return data[len(BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError.at(file, "cannot tell the text encoding; save the file as UTF-8")
    text = str(best)
    if "\x00" in text:
        raise InputError.at(file, "looks like a binary file, not text; save it as .txt (UTF-8) or .docx")
    # cp1252 and latin-1 are both reported for Western text; cp1252 is the superset.
    return text, best.encoding


def docx_text(path: Path) -> str:
    """Body text of a Word file: paragraphs, and table rows as "cell: cell" lines, in order."""
    import docx  # python-docx; imported here so plain-text batches do not pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError.at(path, f"cannot open as a Word document ({error}); is the file complete?") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(node.text or "" for node in cell.iter() if node.tag.endswith("}t")).strip()
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append(": ".join(cell for cell in cells if cell))
    return "\n".join(lines)


def read_source(path: Path) -> tuple[str, str, bytes]:
    """Return (text, encoding, raw bytes) of one transcript file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError.at(path, f"cannot read the file: {error.strerror}") from None
    if path.suffix.lower() == ".docx":
        return docx_text(path), "docx", data
    text, encoding = decode_bytes(data, path)
    return text, encoding, data
