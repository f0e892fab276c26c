"""Ingestion: readers for each source kind → ``Article``; cleaning, hashing, language and size checks."""

from tacitus.ingest.articles import IngestOptions, make_article, skipped
from tacitus.ingest.readers import read_bytes, read_file, read_inputs

__all__ = ["IngestOptions", "make_article", "read_bytes", "read_file", "read_inputs", "skipped"]
