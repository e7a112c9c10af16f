"""The DuckDB warehouse: schema and migrations, loading, and (later) reconciliation."""
