"""Prefect flows (nightly, reextract, backfill) and the nightly schedule. Flows only
orchestrate: every stage is a library call (spbe.stages) that takes paths, never connections."""
