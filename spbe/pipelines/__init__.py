"""Scrapy components that receive what the spiders fetch: archive, relevance, de-duplication."""
