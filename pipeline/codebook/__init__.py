"""The codebook: model objects, the YAML loader with located validation, and the writer."""

from pipeline.codebook.dump import codebook_to_yaml, dump_codebook
from pipeline.codebook.load import load_codebook, parse_codebook
from pipeline.records.codebook import Category, Code, Codebook, Theme

__all__ = ["Category", "Code", "Codebook", "Theme", "codebook_to_yaml", "dump_codebook",
           "load_codebook", "parse_codebook"]
