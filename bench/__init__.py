"""Benchmarks of extraction, crawl, memory and loading (issue 7): `python -m bench`."""
