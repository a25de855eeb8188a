"""QDA-XML names, deterministic GUIDs, XML-safe text and the YAML block carried in Descriptions."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Any

import yaml

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_ENTRY = "project.qde"
SOURCES_FOLDER = "sources"
INTERNAL_PREFIX = "internal://"

_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pipeline:refi-qda")
_GUID_NAMESPACE_BYTES = _GUID_NAMESPACE.bytes
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

DATA_MARKER = "-- pipeline data (keep this block when editing) --"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False)   # json.dumps(..., ensure_ascii=False) builds one per call


def q(namespace: str, tag: str) -> str:
    """Clark notation, as lxml wants it: {namespace}tag."""
    return f"{{{namespace}}}{tag}"


def guid(kind: str, *parts: str) -> str:
    """Stable GUID of one thing: the same ids give the same GUID on every export.

    This is uuid.uuid5(_GUID_NAMESPACE, name) written out (RFC 4122 section 4.3: SHA-1 of
    namespace + name, version and variant bits set), without building a UUID object: a large
    project needs one per selection and coding, and the object costs three times the hash.
    """
    digest = bytearray(hashlib.sha1(_GUID_NAMESPACE_BYTES + "\x1f".join((kind, *map(str, parts))).encode()).digest())
    digest[6] = (digest[6] & 0x0F) | 0x50   # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80   # RFC 4122 variant
    text = digest[:16].hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def xml_safe(value: object) -> str:
    """Text without the control characters XML 1.0 cannot carry (Word's vertical tab, NUL)."""
    return _XML_ILLEGAL.sub("", str(value))


def with_data(text: str, data: dict[str, Any], *, compact: bool = False) -> str:
    """A Description: the human text, then the data block other tools show but do not read.

    The block is YAML, readable in another tool's description box; `compact` writes it as
    one line of JSON (which is also YAML), for the thousands of selections of a project.
    """
    if compact:   # json writes tuples as lists itself; keys must already be strings
        block = _COMPACT_JSON.encode(data) + "\n"
    else:
        block = yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    head = f"{text}\n\n" if text else ""
    return f"{head}{DATA_MARKER}\n{block}"


def split_data(description: str) -> tuple[str, dict[str, Any]]:
    """(human text, data) of a Description; data is {} when the block is absent or was broken."""
    at = description.rfind(DATA_MARKER)
    if at < 0:
        return description, {}
    block = description[at + len(DATA_MARKER):]
    try:
        data = json.loads(block)
    except ValueError:
        try:
            data = yaml.load(block, Loader=_YAML_LOADER)
        except yaml.YAMLError:
            return description, {}
    if not isinstance(data, dict):
        return description, {}
    head = description[:at]
    return (head[:-2] if head.endswith("\n\n") else head), data


def _plain(value: Any) -> Any:
    """Tuples (as the frozen codebook holds them) as lists, which safe YAML can write."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value
