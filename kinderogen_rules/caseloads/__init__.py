"""Caseloads: many children at once, read from JSONL or Parquet, advised or compared on every core, and counted into
reports that hold aggregates only."""
