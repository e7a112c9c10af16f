"""From HTML to text and metadata, and from text to SPBE facts. Pure functions: no database."""
