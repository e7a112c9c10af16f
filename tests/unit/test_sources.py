"""sources.yaml: valid files load, every kind of mistake gets one line naming source and key."""

from pathlib import Path

import pytest

from spbe.sources import DEFAULT_KEYWORDS, SourcesError, load_sources

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_repository_sources_file_loads():
    sources = load_sources(REPO / "sources.yaml")
    names = {s.name for s in sources}
    assert {"kalbaronline", "kalimantantoday", "pranala", "isknews", "antara-kalsel"} <= names
    assert "menpan" in names
    assert all(s.discovery_urls for s in sources)


def test_defaults(tmp_path):
    (s,) = load_sources(
        write(tmp_path, "sources:\n  - name: a\n    allowed_domains: [a.id]\n"
              "    feeds: [https://www.a.id/feed/]\n")
    )  # fmt: skip
    assert s.keywords == DEFAULT_KEYWORDS
    assert s.owns("https://www.a.id/x") and not s.owns("https://evil-a.id/")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - name: a\n    allowed_domains: [a.id]\n    feeds: [https://a.id/f]\n"
         "    sitemap: [https://a.id/s.xml]\n", "source 'a': unknown key 'sitemap'"),
        ("sources:\n  - name: a\n    allowed_domains: [a.id]\n",
         "source 'a': needs at least one of sitemaps, feeds, listings"),
        ("sources:\n  - name: a\n    feeds: [https://a.id/f]\n",
         "source 'a': key 'allowed_domains' is required"),
        ("sources:\n  - name: a\n    allowed_domains: [a.id]\n    feeds: [https://b.id/f]\n",
         "source 'a': key 'feeds' has 'https://b.id/f', whose host is not in allowed_domains"),
        ("sources:\n  - name: a\n    allowed_domains: [a.id]\n    listings: [ftp://a.id/]\n",
         "source 'a': key 'listings' has 'ftp://a.id/', which is not an http(s) URL"),
        ("sources:\n  - name: a\n    allowed_domains: a.id\n    feeds: 12\n",
         "source 'a': key 'feeds' must be a list of non-empty strings"),
        ("sources:\n  - allowed_domains: [a.id]\n", "source #1: key 'name'"),
        ("sources:\n  - name: a\n    allowed_domains: [a.id]\n    feeds: [https://a.id/f]\n"
         "  - name: a\n    allowed_domains: [a.id]\n    feeds: [https://a.id/f]\n",
         "source 'a': key 'name' is used twice"),
        ("sources: []\n", "key 'sources' must be a non-empty list"),
        ("sources:\n  - name: a\n   bad indent: [\n", "not valid YAML at line"),
        ("- just a list\n", "expected a mapping with a top-level key 'sources'"),
    ],
)  # fmt: skip
def test_bad_files_name_source_and_key(tmp_path, text, message):
    with pytest.raises(SourcesError) as err:
        load_sources(write(tmp_path, text))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(SourcesError, match="sources file not found"):
        load_sources(tmp_path / "nope.yaml")
