import pytest

from spbe.urls import normalize_url, strip_tracking


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.x.id/berita/1/a-b/?utm_source=fb&utm_medium=x",
         "http://x.id/berita/1/a-b"),
        ("https://x.id/berita/1/a-b/amp", "https://x.id/berita/1/a-b/"),
        ("https://x.id/berita/1/a-b/amp/?utm_campaign=amp", "https://x.id/berita/1/a-b"),
        ("https://amp.x.id/berita/1/a-b", "https://x.id/berita/1/a-b"),
        ("https://x.id/read?id=5&fbclid=zz#comments", "https://X.ID/read?id=5"),
        ("https://x.id:443/a?b=2&a=1", "https://x.id/a?a=1&b=2"),
    ],
)  # fmt: skip
def test_same_article_same_key(a, b):
    assert normalize_url(a) == normalize_url(b)


def test_different_articles_differ():
    assert normalize_url("https://x.id/read?id=5") != normalize_url("https://x.id/read?id=6")
    assert normalize_url("http://127.0.0.2:8000/a") != normalize_url("http://127.0.0.2:8001/a")


def test_strip_tracking_keeps_the_rest():
    assert strip_tracking("http://h.id/b/1/amp?utm_source=w&id=3#x") == "http://h.id/b/1/amp?id=3"
