"""spbe-pipeline: SPBE evaluation results from Indonesian news, as clean data."""

__version__ = "0.1.0"
