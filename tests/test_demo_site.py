"""The demo news sites: pages, feeds, sitemaps, pagination and every fault, over real loopback."""

from __future__ import annotations

import html
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from spbe.demo.site import ARTICLES_DIR, DemoSite

OVERSIZE = 300_000
UA = "SpbeTestBot/1.0 (+https://example.invalid/bot)"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"

# Tiny articles in the real file format (spbe/demo/ARTICLES.md), one YAML document each.
ARTICLES_YAML = """
id: k-biasa
site: kabar
slug: kalbar-raih-indeks-spbe
title: "Kalbar Raih Indeks SPBE 3,42"
published: 2023-02-03T09:15:00+07:00
section: Pemerintahan
spbe: true
body: |
  Pontianak – Provinsi Kalimantan Barat meraih indeks SPBE 3,42.

  Predikat yang diraih adalah Baik.

  | No | Instansi | Indeks |
  | 1 | Kabupaten Sambas | 2,74 |
---
id: k-flaky
site: kabar
slug: sambas-naik-peringkat
title: Sambas Naik Peringkat SPBE
published: "2023-03-01T08:00:00+07:00"
spbe: true
fault: flaky_503
body: Kabupaten Sambas memperoleh indeks SPBE 2,74 pada evaluasi 2022.
---
id: k-cp
site: kabar
slug: kafe-digital-landak
title: Café Digital Landak – Indeks SPBE Naik
published: "2023-04-02T10:00:00+07:00"
spbe: true
fault: cp1252
body: Kabupaten Landak membuka “Café Digital” setelah indeks SPBE naik menjadi 2,51.
---
id: k-rusak
site: kabar
slug: ketapang-spbe-baik
title: Ketapang Raih Predikat Baik SPBE
published: "2023-05-03T11:00:00+07:00"
spbe: true
fault: malformed
body: |
  Ketapang meraih indeks SPBE 2,71.

  Domain manajemen masih lemah.
---
id: k-arsip
site: kabar
slug: arsip-spbe-kalbar
title: Arsip Internal SPBE Kalbar
published: "2023-06-04T12:00:00+07:00"
spbe: true
fault: disallowed
body: Catatan internal redaksi tentang indeks SPBE Kalbar.
---
id: k-sosialisasi
site: kabar
slug: sosialisasi-aplikasi
title: Diskominfo Gelar Sosialisasi Aplikasi
published: "2023-07-05T13:00:00+07:00"
spbe: false
body: Sosialisasi aplikasi persuratan elektronik mendukung SPBE di daerah.
---
id: k-cabai
site: kabar
slug: harga-cabai-naik
title: Harga Cabai Rawit Naik
published: "2023-08-06T14:00:00+07:00"
spbe: false
body: Harga cabai rawit di Pasar Flamboyan naik menjadi Rp80 ribu.
---
id: w-alih
site: warta
slug: kudus-raih-indeks-spbe
title: Kudus raih indeks SPBE 2,72
published: "2019-03-28T19:40:00+07:00"
spbe: true
fault: redirect
body: Kudus (Warta Nusantara) - Kabupaten Kudus meraih indeks SPBE 2,72.
---
id: w-amp
site: warta
slug: diy-tertinggi-ketiga
title: DIY catat indeks SPBE tertinggi ketiga
published: "2024-02-01T09:00:00+07:00"
spbe: true
fault: amp
body: Yogyakarta (Warta Nusantara) - Pemda DIY mencatat indeks SPBE 4,17.
---
id: w-biasa
site: warta
slug: sulsel-kelima-nasional
title: Sulsel di urutan kelima nasional indeks SPBE
published: "2025-01-13T10:21:00+07:00"
spbe: true
body: |
  Makassar (Warta Nusantara) - Sulawesi Selatan berada di urutan kelima.

  Nilai indeks SPBE 2022 adalah 3,30.

  Predikatnya Baik.

  Gubernur menyampaikan terima kasih.
---
id: w-kaltim
site: warta
slug: kaltim-sangat-baik
title: Kaltim raih predikat Sangat Baik SPBE
published: "2024-05-02T08:00:00+08:00"
spbe: true
body: Samarinda (Warta Nusantara) - Kaltim meraih indeks SPBE 3,79.
---
id: w-ntb
site: warta
slug: ntb-sangat-baik
title: NTB raih predikat Sangat Baik SPBE
published: "2024-06-03T08:00:00+08:00"
spbe: true
body: |
  Mataram (Warta Nusantara) - NTB meraih indeks SPBE 3,61.

  Pewarta: Ani
---
id: w-pelatihan
site: warta
slug: pelatihan-admin
title: Pelatihan admin aplikasi daerah
published: "2024-07-04T08:00:00+07:00"
spbe: false
body: Pelatihan ini bagian dari penerapan SPBE, bukan hasil evaluasi.
---
id: w-bola
site: warta
slug: psim-menang
title: PSIM menang dua gol
published: "2024-08-05T20:00:00+07:00"
spbe: false
body: Yogyakarta (Warta Nusantara) - PSIM menang 2-0.
---
id: h-ganda
site: humas
slug: kemenkeu-memuaskan
title: Kemenkeu Raih Predikat Memuaskan
published: "2024-03-12T09:00:00+07:00"
spbe: true
fault: duplicate
body: Jakarta – Kementerian Keuangan meraih indeks SPBE 4,44 (Memuaskan).
---
id: h-jateng
site: humas
slug: jateng-pertama
title: Jateng Peringkat Pertama SPBE
published: "2024-02-01T09:00:00+07:00"
spbe: true
body: Semarang – Provinsi Jawa Tengah meraih indeks SPBE 4,02.
---
id: h-papua
site: humas
slug: papua-spbe
title: Hasil Evaluasi SPBE Papua
published: "2024-01-10T09:00:00+09:00"
spbe: true
body: Jayapura – Provinsi Papua meraih indeks SPBE 2,10.
---
id: h-sumbar
site: humas
slug: sumbar-baik
title: Sumbar Naik ke Predikat Baik
published: "2023-12-01T09:00:00+07:00"
spbe: true
body: Padang – Provinsi Sumatera Barat meraih indeks SPBE 2,80.
---
id: h-imunisasi
site: humas
slug: imunisasi-anak
title: Ayo Lengkapi Imunisasi Anak
published: "2023-11-01T09:00:00+07:00"
spbe: false
body: Dinas Kesehatan mengajak orang tua melengkapi imunisasi.
---
id: h-jalan
site: humas
slug: jalan-putussibau
title: Jalan Menuju Putussibau Rampung
published: "2023-10-01T09:00:00+07:00"
spbe: false
body: Peningkatan ruas jalan rampung akhir tahun.
"""
# kabar: 5 SPBE articles + 1 distractor mention "SPBE" (two search pages of 5); warta: 6 match
# (two pages); humas: 6 releases (two listing pages).
ARTICLES = list(yaml.safe_load_all(ARTICLES_YAML))
BY_ID = {a["id"]: a for a in ARTICLES}


def write_articles(directory: Path, documents: list[str]) -> Path:
    """Write YAML article documents into directory as {id}.yaml."""
    directory.mkdir(parents=True, exist_ok=True)
    for document in documents:
        ident = yaml.safe_load(document)["id"]
        (directory / f"{ident}.yaml").write_text(document, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("articles"), ARTICLES_YAML.split("\n---\n"))


@pytest.fixture(scope="module")
def site(articles_dir: Path) -> Iterator[DemoSite]:
    with DemoSite(articles_dir, oversize_bytes=OVERSIZE) as demo:
        yield demo


@pytest.fixture(scope="module")
def manifest(site: DemoSite) -> dict:
    return site.manifest()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# No proxies (an http_proxy variable must not swallow loopback) and no redirect following.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def fetch(url: str, method: str = "GET", ua: str = UA) -> tuple[int, Message, bytes]:
    """(status, headers, body) of one request; HTTP errors and redirects are answers too."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": ua})
    try:
        with _OPENER.open(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, err.read()


def page(url: str) -> str:
    """The decoded body of a page that must answer 200."""
    status, headers, body = fetch(url)
    assert status == 200, url
    return body.decode(headers.get_content_charset() or "utf-8")


class _Links(HTMLParser):
    """Collects anchors (attributes and text) and all visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self._open: list[tuple[dict[str, str], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open.append(({k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            attrs, parts = self._open.pop()
            self.anchors.append((attrs, "".join(parts).strip()))

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, parts in self._open:
            parts.append(data)


def parse(markup: str) -> _Links:
    parser = _Links()
    parser.feed(markup)
    parser.close()
    return parser


def hari_tanggal(moment: datetime) -> str:
    return f"{HARI[moment.weekday()]}, {moment.day} {BULAN.split()[moment.month - 1]} {moment.year}"


def url_of(manifest: dict, article_id: str) -> str:
    return next(url for url, ident in manifest["article_ids"].items() if ident == article_id)


LinkTest = Callable[[dict[str, str], str], bool]


def follow_pages(start: str, is_next: LinkTest, is_item: LinkTest) -> tuple[int, list[str]]:
    """Walk a paginated listing by its next link; (pages seen, absolute item links)."""
    url: str | None = start
    pages, items = 0, []
    while url:
        links = parse(page(url)).anchors
        pages += 1
        items += [urljoin(url, a["href"]) for a, text in links if is_item(a, text)]
        nxt = [urljoin(url, a["href"]) for a, text in links if is_next(a, text)]
        url = nxt[0] if nxt else None
        assert pages < 20, "pagination does not end"
    return pages, items


# -- pages of each style -------------------------------------------------------------------------


def test_kabar_article_page(manifest: dict) -> None:
    url = url_of(manifest, "k-biasa")
    markup = page(url)
    assert f'<meta property="og:title" content="{BY_ID["k-biasa"]["title"]}">' in markup
    assert '<meta property="article:published_time" content="2023-02-03T09:15:00+07:00">' in markup
    assert f'<link rel="canonical" href="{url}">' in markup
    assert '<meta property="og:site_name" content="Kabar Khatulistiwa">' in markup
    assert "<th>Instansi</th>" in markup and "<td>Kabupaten Sambas</td>" in markup
    text = html.unescape(markup)
    for visible in (
        "Provinsi Kalimantan Barat meraih indeks SPBE 3,42",
        "3 Februari 2023",
        "Tinggalkan Balasan",
        "Berita Terkini",
        "WhatsApp",
        "Facebook",
    ):
        assert visible in text
    # The header shows the day of the request (Jakarta time), not the publication date.
    assert hari_tanggal(datetime.now(timezone(timedelta(hours=7)))) in text
    # The sidebar lists the latest posts, distractors included.
    assert url_of(manifest, "k-cabai") in markup


def test_warta_article_page(manifest: dict) -> None:
    url = url_of(manifest, "w-biasa")
    markup = page(url)
    text = html.unescape(markup)
    assert "Senin, 13 Januari 2025 10:21 WIB" in text
    assert "published_time" not in markup and "2025-01-13" not in markup
    assert f'<link rel="canonical" href="{url}">' in markup
    assert "COPYRIGHT © 2025" in text and "Terpopuler" in text
    assert "Pewarta:" in text  # added because the body lacks it
    body = text.split('class="post-content">')[1]
    # "Baca juga" sits between the second and third paragraph.
    assert body.index("Nilai indeks SPBE 2022") < body.index("Baca juga:")
    assert body.index("Baca juga:") < body.index("Predikatnya Baik.")
    assert page(url_of(manifest, "w-ntb")).count("Pewarta:") == 1


def test_humas_article_page(manifest: dict) -> None:
    markup = page(manifest["duplicate"]["a"])
    text = html.unescape(markup)
    assert "Diterbitkan: Selasa, 12 Maret 2024" in text
    assert "Kementerian Keuangan meraih indeks SPBE 4,44" in text
    for visible in ("Bagikan", "Lampiran", "Biro Hubungan Masyarakat", "Jakarta Pusat"):
        assert visible in text
    assert 'alt="Logo ' in markup
    assert "published_time" not in markup


def test_unknown_paths_answer_404_in_style(site: DemoSite, manifest: dict) -> None:
    status, _, body = fetch(manifest["missing"])
    assert status == 404 and "Kabar Khatulistiwa" in body.decode()
    status, _, body = fetch(site.base_url("warta") + "/tidak-ada")
    assert status == 404 and "Warta Nusantara" in body.decode()
    status, _, body = fetch(site.base_url("humas") + "/siaran-pers/999-tidak-ada")
    assert status == 404 and "Biro Hubungan Masyarakat" in body.decode()
    assert fetch(site.base_url("kabar") + "/page/3/?s=SPBE")[0] == 404


# -- faults --------------------------------------------------------------------------------------


def test_flaky_answers_503_twice_then_200(articles_dir: Path) -> None:
    with DemoSite(articles_dir, oversize_bytes=OVERSIZE) as fresh:
        url = fresh.manifest()["flaky"]
        first, second, third = (fetch(url) for _ in range(3))
        assert [first[0], second[0], third[0]] == [503, 503, 200]
        assert first[1]["Retry-After"] == "1"
        assert BY_ID["k-flaky"]["title"] in third[2].decode()
        assert fetch(url)[0] == 200


def test_cp1252_article(manifest: dict) -> None:
    status, headers, body = fetch(manifest["cp1252"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    assert b'<meta charset="windows-1252">' in body
    assert "Café Digital".encode("cp1252") in body and "“".encode("cp1252") in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert BY_ID["k-cp"]["body"] in html.unescape(body.decode("cp1252"))


def test_malformed_article_is_broken_but_readable(manifest: dict) -> None:
    markup = page(manifest["malformed"])
    assert "</html>" not in markup and "</body>" not in markup
    assert "<div class=entry-content>" in markup and "</div></span>" in markup
    text = html.unescape("".join(parse(markup).text))
    assert BY_ID["k-rusak"]["title"] in text
    assert "Ketapang meraih indeks SPBE 2,71." in text and "Domain manajemen masih lemah." in text


def test_disallowed_article_is_linked_but_forbidden(site: DemoSite, manifest: dict) -> None:
    [hidden] = manifest["disallowed"]
    assert "/arsip-internal/" in hidden and hidden not in manifest["spbe"]
    assert hidden in page(site.base_url("kabar") + "/")
    assert hidden in page(url_of(manifest, "k-biasa"))  # sidebar
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(page(site.base_url("kabar") + "/robots.txt").splitlines())
    assert not robots.can_fetch(UA, hidden)
    assert all(robots.can_fetch(UA, url) for url in manifest["spbe"])


def test_redirects(site: DemoSite, manifest: dict) -> None:
    status, headers, _ = fetch(manifest["redirect"]["from"])
    assert status == 301 and headers["Location"] == manifest["redirect"]["to"]
    # The redirected story is linked only through its short link.
    listing = page(site.base_url("warta") + "/search?q=SPBE")
    sitemap = page(site.base_url("warta") + "/sitemap.xml")
    assert manifest["redirect"]["to"] not in sitemap
    assert urlsplit(manifest["redirect"]["from"]).path in listing
    # The partner promo bounces to the trap host.
    [exit_link] = [a["href"] for a, _ in parse(listing).anchors if a["href"].startswith("/keluar")]
    status, headers, _ = fetch(urljoin(site.base_url("warta"), exit_link))
    assert status == 302 and headers["Location"].startswith(site.base_url("offsite"))
    # WordPress adds a missing trailing slash.
    status, headers, _ = fetch(url_of(manifest, "k-biasa").rstrip("/"))
    assert status == 301 and headers["Location"] == url_of(manifest, "k-biasa")


def test_amp_edition(manifest: dict) -> None:
    amp, canonical = manifest["amp"]["amp"], manifest["amp"]["canonical"]
    assert "utm_campaign=amp" in amp and canonical in manifest["spbe"]
    markup = page(amp)
    assert markup.startswith("<!doctype html>\n<html amp")
    assert f'<link rel="canonical" href="{canonical}">' in markup
    assert BY_ID["w-amp"]["body"] in html.unescape(markup)
    assert BY_ID["w-amp"]["body"] in html.unescape(page(canonical))


def test_duplicate_release(site: DemoSite, manifest: dict) -> None:
    a, b = manifest["duplicate"]["a"], manifest["duplicate"]["b"]
    assert "/index.php?option=berita&id=" in b and b not in manifest["spbe"]
    assert fetch(a)[2] == fetch(b)[2]
    assert urlsplit(a).path in page(site.base_url("humas") + "/siaran-pers")
    assert html.escape(b) in page(site.base_url("humas") + "/feed.atom")


def test_oversized_page(manifest: dict) -> None:
    status, headers, _ = fetch(manifest["oversized"], method="HEAD")
    assert status == 200 and int(headers["Content-Length"]) >= OVERSIZE
    status, headers, body = fetch(manifest["oversized"])
    assert len(body) == int(headers["Content-Length"]) >= OVERSIZE


def test_offsite_trap(site: DemoSite, manifest: dict) -> None:
    offsite = site.base_url("offsite")
    assert manifest["offsite"] and all(url.startswith(offsite) for url in manifest["offsite"])
    assert f"{offsite}/iklan" in page(site.base_url("kabar") + "/")
    # The first SPBE story in id order quotes the partner outlet.
    assert f"{offsite}/berita/luar" in page(url_of(manifest, "w-alih"))
    status, _, body = fetch(offsite + "/apa-saja?x=1")
    assert (status, body) == (200, b"offsite")


# -- discovery: robots, sitemaps, feeds, listings -------------------------------------------------


def test_robots_txt(site: DemoSite) -> None:
    kabar = page(site.base_url("kabar") + "/robots.txt")
    for line in (
        "User-agent: *",
        "Disallow: /wp-admin/",
        "Disallow: /arsip-internal/",
        f"Sitemap: {site.base_url('kabar')}/sitemap_index.xml",
    ):
        assert line in kabar.splitlines()
    assert "Disallow: /admin/" in page(site.base_url("warta") + "/robots.txt").splitlines()
    humas = urllib.robotparser.RobotFileParser()
    humas.parse(page(site.base_url("humas") + "/robots.txt").splitlines())
    assert humas.can_fetch(UA, site.base_url("humas") + "/siaran-pers")


def test_kabar_sitemaps(site: DemoSite, manifest: dict) -> None:
    base = site.base_url("kabar")
    index = ET.fromstring(fetch(base + "/sitemap_index.xml")[2])
    assert index.tag == f"{SM}sitemapindex"
    children = {s.findtext(f"{SM}loc"): s.findtext(f"{SM}lastmod") for s in index}
    assert set(children) == {
        base + p for p in ("/post-sitemap.xml", "/post-sitemap2.xml", "/page-sitemap.xml")
    }
    listed: dict[str, datetime] = {}
    for loc, lastmod in children.items():
        urlset = ET.fromstring(fetch(loc)[2])
        entries = {
            u.findtext(f"{SM}loc"): datetime.fromisoformat(u.findtext(f"{SM}lastmod"))
            for u in urlset
        }
        assert datetime.fromisoformat(lastmod) == max(entries.values())
        listed.update(entries)
    kabar_urls = {url for url in manifest["article_ids"] if url.startswith(base)}
    assert kabar_urls | {manifest["missing"], base + "/tentang-kami/"} <= set(listed)
    newer = {u.findtext(f"{SM}loc") for u in ET.fromstring(fetch(base + "/post-sitemap.xml")[2])}
    assert url_of(manifest, "k-cabai") in newer and manifest["missing"] not in newer
    assert page(base + "/tentang-kami/") and page(base + "/kontak/")


def test_warta_sitemap(site: DemoSite, manifest: dict) -> None:
    urlset = ET.fromstring(fetch(site.base_url("warta") + "/sitemap.xml")[2])
    locs = [u.findtext(f"{SM}loc") for u in urlset]
    assert all(u.findtext(f"{SM}lastmod") for u in urlset)
    assert manifest["amp"]["canonical"] in locs and manifest["redirect"]["from"] in locs
    assert len(locs) == sum(1 for a in ARTICLES if a["site"] == "warta")


def test_feeds(site: DemoSite, manifest: dict) -> None:
    for url in (site.base_url("kabar") + "/feed/", site.base_url("warta") + "/rss/terkini.xml"):
        status, headers, body = fetch(url)
        assert status == 200 and "rss" in headers["Content-Type"]
        items = ET.fromstring(body).findall("./channel/item")
        assert 0 < len(items) <= (10 if "/feed/" in url else 20)
        for item in items:
            assert item.findtext("title") and item.findtext("link").startswith("http://")
            assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
            assert item.findtext("description") is not None
    atom = ET.fromstring(fetch(site.base_url("humas") + "/feed.atom")[2])
    links = [e.find(f"{ATOM}link").get("href") for e in atom.findall(f"{ATOM}entry")]
    assert manifest["oversized"] in links and manifest["duplicate"]["b"] in links
    assert manifest["duplicate"]["a"] not in links


def test_listing_pagination_reaches_last_page(site: DemoSite, manifest: dict) -> None:
    base = site.base_url("kabar")
    pages, items = follow_pages(
        base + "/?s=SPBE",
        lambda a, _: a.get("class") == "next page-numbers",
        lambda a, _: a.get("rel") == "bookmark",
    )
    with_spbe = {
        url_of(manifest, a["id"])
        for a in ARTICLES
        if a["site"] == "kabar" and "SPBE" in a["title"] + a["body"]
    }
    assert pages == 2 and set(items) == with_spbe and len(items) == 6
    assert "Berikutnya »" in page(base + "/?s=SPBE")

    pages, items = follow_pages(
        site.base_url("warta") + "/search?q=SPBE",
        lambda a, _: a.get("rel") == "next",
        lambda a, _: "title" in a,
    )
    assert pages == 2 and len(items) == 6
    assert manifest["amp"]["amp"] in items and manifest["redirect"]["from"] in items
    assert url_of(manifest, "w-biasa") + "?utm_source=warta&utm_medium=search" in items

    pages, items = follow_pages(
        site.base_url("humas") + "/siaran-pers",
        lambda a, text: a.get("rel") == "next" and text == "Selanjutnya ›",
        lambda a, text: a["href"].startswith("/siaran-pers/") and text != "Selengkapnya",
    )
    humas = {url_of(manifest, a["id"]) for a in ARTICLES if a["site"] == "humas"}
    assert pages == 2 and set(items) == humas | {manifest["oversized"]}


# -- the server itself ---------------------------------------------------------------------------


def test_requests_log_records_user_agents(site: DemoSite) -> None:
    fetch(site.base_url("warta") + "/robots.txt?probe=1", ua="ProbeBot/2.0")
    fetch(site.base_url("humas") + "/nope", method="HEAD", ua="ProbeBot/3.0")
    *_, get, head = site.requests
    assert (get.site, get.method, get.path, get.user_agent, get.status) == (
        "warta",
        "GET",
        "/robots.txt?probe=1",
        "ProbeBot/2.0",
        200,
    )
    assert (head.site, head.method, head.user_agent, head.status) == (
        "humas",
        "HEAD",
        "ProbeBot/3.0",
        404,
    )


def test_two_instances_at_once(site: DemoSite, articles_dir: Path) -> None:
    with DemoSite(articles_dir, oversize_bytes=OVERSIZE) as other:
        assert other.base_url("kabar") != site.base_url("kabar")
        assert page(other.base_url("kabar") + "/robots.txt") != page(
            site.base_url("kabar") + "/robots.txt"
        )
        # Story numbers derive from article ids, so they survive a restart.
        paths = {urlsplit(u).path for u in site.manifest()["spbe"]}
        assert paths == {urlsplit(u).path for u in other.manifest()["spbe"]}
        assert not any(r.site == "offsite" for r in other.requests)


def test_start_and_stop_are_fast_and_release_ports(articles_dir: Path) -> None:
    started = time.monotonic()
    demo = DemoSite(articles_dir).start()
    addresses = [urlsplit(demo.base_url(s)) for s in ("kabar", "warta", "humas", "offsite")]
    assert fetch(demo.base_url("humas") + "/")[0] == 200
    demo.stop()
    assert time.monotonic() - started < 1.0
    for address in addresses:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((address.hostname, address.port), timeout=1).close()
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((address.hostname, address.port))
    demo.stop()  # a second stop is harmless


# -- manifest, sources, articles -----------------------------------------------------------------


def test_manifest_and_sources(site: DemoSite, manifest: dict, tmp_path: Path) -> None:
    spbe_ids = {a["id"] for a in ARTICLES if a["spbe"] and a.get("fault") != "disallowed"}
    assert {manifest["article_ids"][u] for u in manifest["spbe"]} == spbe_ids
    assert {manifest["article_ids"][u] for u in manifest["distractors"]} == {
        a["id"] for a in ARTICLES if not a["spbe"]
    }
    assert len(manifest["article_ids"]) == len(ARTICLES)
    for key in ("flaky", "cp1252", "malformed"):
        assert manifest[key] in manifest["spbe"]

    written = site.write_sources(tmp_path / "sub" / "sources.yaml")
    sources = yaml.safe_load(written.read_text(encoding="utf-8"))["sources"]
    assert [s["name"] for s in sources] == ["kabarkhatulistiwa", "wartanusantara", "humas"]
    assert [s["allowed_domains"] for s in sources] == [["127.0.0.2"], ["127.0.0.3"], ["127.0.0.4"]]
    named = [u for s in sources for k in ("sitemaps", "feeds", "listings") for u in s.get(k, [])]
    assert sorted(named) == sorted(manifest["discovery"]) and len(named) == 6
    assert sources[1]["listings"] == [site.base_url("warta") + "/search?q=SPBE"]
    for url in manifest["discovery"]:
        assert fetch(url)[0] == 200


def test_site_without_articles(tmp_path: Path) -> None:
    with DemoSite(tmp_path) as empty:
        manifest = empty.manifest()
        assert manifest["spbe"] == [] and manifest["redirect"] is None
        assert manifest["amp"] is None and manifest["duplicate"] is None
        for url in manifest["discovery"]:
            status, headers, body = fetch(url)
            assert status == 200
            if "xml" in headers["Content-Type"]:
                ET.fromstring(body)
        assert fetch(empty.base_url("kabar") + "/post-sitemap.xml")[0] == 200


def test_invalid_articles_are_named(tmp_path: Path) -> None:
    wrong = dict(BY_ID["w-amp"], id="x", site="kabar")
    write_articles(tmp_path / "a", [yaml.safe_dump(wrong)])
    with pytest.raises(ValueError, match=r"x\.yaml.*amp"):
        DemoSite(tmp_path / "a")
    missing = {k: v for k, v in BY_ID["k-biasa"].items() if k != "published"}
    write_articles(tmp_path / "b", [yaml.safe_dump(missing)])
    with pytest.raises(ValueError, match="published"):
        DemoSite(tmp_path / "b")


@pytest.mark.skipif(not any(ARTICLES_DIR.glob("*.yaml")), reason="no bundled articles yet")
def test_bundled_articles_load_and_render() -> None:
    with DemoSite(oversize_bytes=OVERSIZE) as demo:
        manifest = demo.manifest()
        assert manifest["spbe"]
        for url in manifest["discovery"]:
            assert fetch(url)[0] == 200, url
        for url in manifest["spbe"] + manifest["distractors"]:
            status = fetch(url)[0]
            assert status == 200 or (url == manifest["flaky"] and status == 503), url


def test_fixed_port_and_a_clash(articles_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.2", 0))
        port = probe.getsockname()[1]
    with DemoSite(articles_dir, port=port) as fixed:
        assert fixed.base_url("kabar") == f"http://127.0.0.2:{port}"
        assert fixed.base_url("offsite") == f"http://127.0.0.9:{port}"
        with pytest.raises(OSError):
            DemoSite(articles_dir, port=port).start()
        assert fetch(fixed.base_url("warta") + "/robots.txt")[0] == 200
