"""A synthetic corpus: article YAMLs from Indonesian templates, rendered by the demo site's styles.

Bodies, regions, years and values vary from article to article (regions from the gazetteer's
region list, years 2018-2024, index values 1.0-4.8 with the predikat of their band); about one
article in five is a distractor (prices, floods, roads, an SPBE workshop without results). The
sentences are ours, written for the benchmark; they follow the shape of the demo articles.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

import yaml

from spbe.demo.content import BULAN, HARI, load_articles, slugify
from spbe.demo.styles import Humas, Kabar, Style, Warta

SITES = ("kabar", "warta", "humas")
# Pages rendered off-line get these (unreachable) addresses, as tests/labelled.py does.
OFFLINE_BASE = "http://127.0.0.1:9"
OFFLINE_OFFSITE = "http://127.0.0.9:9"
# Lower edges of each predikat (the bands of spbe.extract.validate), highest first.
BANDS = (("Memuaskan", 4.2), ("Sangat Baik", 3.5), ("Baik", 2.6), ("Cukup", 1.8), ("Kurang", 0.0))
DISTRACTOR_SHARE = 0.2
# libyaml when PyYAML has it: ten thousand articles are written in seconds rather than ten.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Region:
    """One province, kabupaten or kota of the gazetteer's region list."""

    name: str  # "Kabupaten Kubu Raya"
    base: str  # "Kubu Raya"
    level: str  # provinsi | kabupaten | kota
    province: str  # code of its province


@dataclass(frozen=True)
class Page:
    """One rendered article page."""

    id: str
    site: str
    url: str
    html: str
    spbe: bool


def regions() -> list[Region]:
    """Every region of spbe/data/wilayah_kab_kota.csv."""
    text = resources.files("spbe.data").joinpath("wilayah_kab_kota.csv").read_text("utf-8")
    out = []
    for row in csv.DictReader(text.splitlines()):
        name, level = row["instansi"], row["level"]
        base = (
            name.split(" ", 1)[1]
            if name.split(" ", 1)[0] in ("Provinsi", "Kabupaten", "Kota")
            else name
        )
        out.append(Region(name, base, level, row["kode_provinsi"]))
    return out


def predikat(value: float) -> str:
    """The predikat a value earns (the same bands every year 2018-2025)."""
    return next(name for name, lower in BANDS if value >= lower)


def fmt(value: float, rnd: random.Random) -> str:
    """An index as news writes it: '3,12', sometimes '3.12'."""
    text = f"{value:.2f}"
    return text if rnd.random() < 0.1 else text.replace(".", ",")


# -- sentences ---------------------------------------------------------------------------------

_PEMERINTAH = {
    "provinsi": "Pemerintah Provinsi",
    "kabupaten": "Pemerintah Kabupaten",
    "kota": "Pemerintah Kota",
}
_SHORT = {"provinsi": "Pemprov", "kabupaten": "Pemkab", "kota": "Pemkot"}
_HEAD = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}
_PEOPLE = (
    "Hendra Saputra", "Rina Wulandari", "Yohanes Bintang", "Siti Nurhaliza", "Agus Salim",
    "Dewi Anggraini", "Bambang Riyadi", "Nurul Hidayah", "Fransiskus Lake", "Made Suarjana",
    "Andi Mappasessu", "Maria Ulfa", "Teguh Prasetyo", "Yuliana Tamba", "Rahmat Hidayat",
)  # fmt: skip
_POSTS = (
    "Kepala Dinas Komunikasi dan Informatika", "Sekretaris Daerah",
    "Kepala Bidang Aplikasi Informatika", "Kepala Bappeda", "Asisten Administrasi Umum",
)  # fmt: skip
_LEADS = (
    "{dateline}{gov} meraih indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) {value} dengan "
    "predikat {predikat} pada evaluasi tahun {year} yang dilakukan Kementerian Pendayagunaan "
    "Aparatur Negara dan Reformasi Birokrasi (KemenPANRB).",
    "{dateline}Hasil evaluasi SPBE tahun {year} menempatkan {gov} pada predikat {predikat} "
    "dengan indeks {value}. Hasil itu diumumkan KemenPANRB melalui surat keputusan menteri.",
    "{dateline}{short} {base} memperoleh nilai indeks SPBE sebesar {value} atau berpredikat "
    "{predikat} dalam evaluasi SPBE {year}.",
    "{dateline}{gov} mencatat indeks SPBE {value} dalam hasil evaluasi Sistem Pemerintahan "
    "Berbasis Elektronik tahun {year}. Dengan angka itu, {short} {base} masuk kategori "
    "{predikat}.",
)
_PREVIOUS = (
    "Capaian itu naik dibanding hasil evaluasi {prev_year}, ketika {short} {base} mengantongi "
    "indeks {prev_value}.",
    "Pada evaluasi {prev_year}, indeks SPBE {short} {base} tercatat {prev_value}.",
    "Angka tersebut berubah dari {prev_value} pada tahun sebelumnya.",
)
_TARGETS = (
    "Untuk evaluasi {next_year}, {short} {base} menargetkan indeks {target} agar bisa naik ke "
    "predikat {target_predikat}.",
    "{head} {base} berharap indeks SPBE daerahnya mencapai {target} pada evaluasi berikutnya.",
)
_SECOND = (
    "Di wilayah yang sama, {gov2} memperoleh skor {value2} dengan predikat {predikat2}.",
    "Sementara itu, {short2} {base2} meraih indeks SPBE {value2} dan berpredikat {predikat2} "
    "pada evaluasi yang sama.",
    "{gov2} juga mencatat hasil evaluasi SPBE {year} dengan indeks {value2} atau predikat "
    "{predikat2}.",
)
_TRAPS = (
    "Sementara itu, indeks Reformasi Birokrasi {short} {base} tercatat {rb_value}.",
    "Rata-rata indeks SPBE nasional pada evaluasi tersebut tercatat {avg}.",
    "Evaluasi mengacu pada Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan "
    "Berbasis Elektronik dan menilai 47 indikator dalam empat domain.",
    "Anggaran pengembangan aplikasi tahun ini mencapai Rp{budget} miliar, naik {pct} persen.",
)
_QUOTES = (
    '"Kenaikan ini hasil kerja semua perangkat daerah. Kami membenahi dokumen kebijakan, '
    'mengintegrasikan aplikasi, dan memperkuat keamanan informasi," kata {post} {base} '
    "{person} di {place}, {weekday}.",
    '"Penilaian sekarang tidak cukup dengan setumpuk dokumen. Evaluator juga melihat apakah '
    'layanannya benar-benar dipakai masyarakat," ujar {person}.',
    "{person}, {post} {base}, mengatakan capaian tersebut tidak datang tiba-tiba. Menurut dia, "
    "seluruh organisasi perangkat daerah diminta membenahi dokumen dan aplikasi yang menjadi "
    "bahan penilaian.",
    '"Kami ingin layanan publik makin mudah diakses warga dari mana saja, tidak harus datang ke '
    'kantor," kata {person}.',
)
_FILLER = (
    "Evaluasi SPBE dilaksanakan setiap tahun terhadap instansi pusat dan pemerintah daerah. "
    "Penilaian mencakup kebijakan internal, tata kelola, manajemen, dan layanan.",
    "Pemerintah daerah juga akan memperkuat sumber daya manusia di bidang teknologi informasi, "
    "termasuk mengirim aparatur mengikuti pelatihan dan sertifikasi keamanan siber.",
    "Dari ratusan aplikasi milik perangkat daerah, baru sebagian yang terhubung dengan pusat "
    "data daerah. Integrasi aplikasi menjadi pekerjaan rumah tahun depan.",
    "Menurut dia, keterbatasan jaringan internet di kecamatan terpencil masih menjadi kendala "
    "utama penerapan layanan digital.",
    "Pemerintah daerah menyiapkan klinik konsultasi setiap triwulan untuk mendampingi perangkat "
    "daerah menyusun arsitektur dan peta rencana SPBE.",
    "Selain itu, forum koordinasi digital daerah akan menjadi wadah berbagi praktik baik "
    "antarperangkat daerah.",
    "Dinas kominfo juga mendorong penggunaan aplikasi umum yang ditetapkan pemerintah pusat, "
    "seperti aplikasi persuratan dan rapat daring.",
    "Warga kini dapat mengurus sejumlah izin melalui portal layanan terpadu tanpa harus datang "
    "ke kantor dinas.",
)
_RELATED = (
    "Baca juga: Diskominfo latih operator desa kelola situs resmi",
    "Baca juga: Pemda siapkan pusat data untuk dukung layanan digital",
    "Baca juga: Warga keluhkan jaringan internet di pelosok",
)
_DISTRACTORS = (
    (
        "Harga Cabai Rawit di Pasar {place} Tembus Rp{price} Ribu",
        "Ekonomi",
        (
            "{dateline}Harga cabai rawit di pasar tradisional {place} terus merangkak naik. "
            "Pedagang menjual cabai rawit merah seharga Rp{price} ribu per kilogram, naik hampir "
            "dua kali lipat dibanding awal bulan.",
            '"Biasanya sehari saya dapat kiriman 50 kilo, sekarang paling banyak 20 kilo," kata '
            "{person}, pedagang sayur, {weekday} ({dmy}).",
            "Selain cabai, harga bawang merah juga naik menjadi Rp{price2} ribu per kilogram. "
            "Harga beras medium relatif stabil.",
            "Dinas perdagangan akan menggelar pasar murah di enam kecamatan bekerja sama dengan "
            "Bulog dan distributor lokal.",
        ),
    ),
    (
        "Banjir Rendam Ratusan Rumah di {place}",
        "Daerah",
        (
            "{dateline}Banjir merendam sedikitnya {count} rumah di {place} setelah hujan deras "
            "mengguyur sejak Minggu malam. Ketinggian air mencapai 1,5 meter di beberapa titik.",
            "Badan Penanggulangan Bencana Daerah mendirikan posko di tiga kelurahan dan "
            "menyalurkan bantuan makanan siap saji.",
            '"Kami minta warga di bantaran sungai waspada karena curah hujan masih tinggi," kata '
            "{person}.",
        ),
    ),
    (
        "Perbaikan Jalan Provinsi di {place} Sepanjang {km} Kilometer Dimulai",
        "Pembangunan",
        (
            "{dateline}Dinas pekerjaan umum mulai memperbaiki ruas jalan provinsi di {place} "
            "sepanjang {km} kilometer dengan anggaran Rp{budget} miliar.",
            "Pekerjaan ditargetkan rampung dalam 120 hari kalender. Kendaraan berat diminta "
            "melintas bergantian selama perbaikan.",
            '"Jalan ini urat nadi ekonomi warga, jadi kami kerjakan bertahap," ujar {person}.',
        ),
    ),
    (
        "Diskominfo {place} Gelar Sosialisasi Aplikasi Persuratan Elektronik",
        "Pemerintahan",
        (
            "{dateline}Dinas Komunikasi dan Informatika {place} menggelar sosialisasi aplikasi "
            "persuratan elektronik bagi {count} operator perangkat daerah.",
            "Aplikasi itu merupakan bagian dari penerapan Sistem Pemerintahan Berbasis "
            "Elektronik (SPBE) di lingkungan pemerintah daerah.",
            '"Setelah pelatihan ini, surat antar-OPD tidak lagi dicetak," kata {person}.',
        ),
    ),
)


def _dateline(site: str, place: str, published: datetime) -> str:
    """The outlet's dateline in front of the first paragraph."""
    if site == "kabar":
        return f"KABARKHATULISTIWA, {place} – "
    if site == "warta":
        return f"{place} (Warta Nusantara) - "
    return f"{place}, {published.day} {BULAN[published.month - 1]} {published.year} – "


def _published(year: int, rnd: random.Random) -> datetime:
    """A publication time after the evaluation year's results come out (early next year)."""
    tz = timezone(timedelta(hours=rnd.choice((7, 7, 7, 8, 9))))  # WIB mostly, WITA, WIT
    start = datetime(year + 1, 1, 6, tzinfo=tz)
    return start + timedelta(
        days=rnd.randint(0, 110), hours=rnd.randint(7, 20), minutes=rnd.randint(0, 59)
    )


def _value(rnd: random.Random) -> float:
    return round(rnd.uniform(1.0, 4.8), 2)


def _spbe_article(i: int, site: str, rnd: random.Random, pool: list[Region]) -> dict:
    """An article about one body's SPBE result, often with a second body and a table."""
    main = rnd.choice(pool)
    year = rnd.randint(2018, 2024)
    value = _value(rnd)
    published = _published(year, rnd)
    place = main.base
    neighbours = [r for r in pool if r.province == main.province and r is not main]
    words = {
        "gov": f"{_PEMERINTAH[main.level]} {main.base}",
        "short": _SHORT[main.level],
        "head": _HEAD[main.level],
        "base": main.base,
        "value": fmt(value, rnd),
        "predikat": predikat(value),
        "year": year,
        "prev_year": year - 1,
        "prev_value": fmt(max(1.0, round(value - rnd.uniform(0.1, 0.8), 2)), rnd),
        "next_year": year + 1,
        "person": rnd.choice(_PEOPLE),
        "post": rnd.choice(_POSTS),
        "place": place,
        "weekday": HARI[published.weekday()],
        "rb_value": fmt(round(rnd.uniform(2.0, 4.5), 2), rnd),
        "avg": fmt(round(rnd.uniform(2.2, 3.0), 2), rnd),
        "budget": rnd.randint(2, 90),
        "pct": rnd.randint(3, 40),
    }
    target = min(4.9, round(value + rnd.uniform(0.2, 0.6), 1))
    words.update(target=fmt(target, rnd), target_predikat=predikat(target))
    paragraphs = [rnd.choice(_LEADS).format(dateline=_dateline(site, place, published), **words)]
    if rnd.random() < 0.6:
        paragraphs.append(rnd.choice(_PREVIOUS).format(**words))
    paragraphs.append(rnd.choice(_QUOTES).format(**words))
    if neighbours and rnd.random() < 0.5:
        other = rnd.choice(neighbours)
        value2 = _value(rnd)
        paragraphs.append(
            rnd.choice(_SECOND).format(
                gov2=f"{_PEMERINTAH[other.level]} {other.base}",
                short2=_SHORT[other.level],
                base2=other.base,
                value2=fmt(value2, rnd),
                predikat2=predikat(value2),
                **words,
            )
        )
    if rnd.random() < 0.5:
        paragraphs.append(rnd.choice(_TRAPS).format(**words))
    if rnd.random() < 0.3:
        paragraphs.append(rnd.choice(_RELATED))
    paragraphs += rnd.sample(_FILLER, rnd.randint(2, 4))
    if len(neighbours) >= 3 and rnd.random() < 0.25:
        rows = ["| No | Instansi | Indeks | Predikat |"]
        for n, r in enumerate(rnd.sample(neighbours, rnd.randint(3, min(6, len(neighbours)))), 1):
            v = _value(rnd)
            rows.append(f"| {n} | {r.name} | {fmt(v, rnd)} | {predikat(v)} |")
        paragraphs.append(f"Berikut hasil evaluasi SPBE {year} daerah lain di provinsi itu:")
        paragraphs.append("\n".join(rows))
    if rnd.random() < 0.5:
        paragraphs.append(rnd.choice(_TARGETS).format(**words))
    paragraphs.append(rnd.choice(_QUOTES).format(**words))
    title = rnd.choice(
        (
            "{short} {base} Raih Indeks SPBE {value} Predikat {predikat}",
            "Indeks SPBE {base} {year} Capai {value}",
            "{base} Raih Predikat {predikat} dalam Evaluasi SPBE {year}",
        )
    ).format(**words)
    return _article(i, site, title, published, "Pemerintahan", True, paragraphs, rnd)


def _distractor(i: int, site: str, rnd: random.Random, pool: list[Region]) -> dict:
    """An article the rules must leave alone: not about SPBE results."""
    title, section, templates = rnd.choice(_DISTRACTORS)
    place = rnd.choice(pool).base
    published = _published(rnd.randint(2018, 2024), rnd)
    words = {
        "place": place,
        "price": rnd.randint(40, 95),
        "price2": rnd.randint(30, 50),
        "count": rnd.randint(40, 900),
        "km": rnd.randint(3, 40),
        "budget": rnd.randint(2, 90),
        "person": rnd.choice(_PEOPLE),
        "weekday": HARI[published.weekday()],
        "dmy": f"{published.day}/{published.month}/{published.year}",
        "dateline": _dateline(site, place, published),
    }
    paragraphs = [t.format(**words) for t in templates] + rnd.sample(_FILLER[3:], 1)
    return _article(i, site, title.format(**words), published, section, False, paragraphs, rnd)


def _article(
    i: int,
    site: str,
    title: str,
    published: datetime,
    section: str,
    spbe: bool,
    paragraphs: list[str],
    rnd: random.Random,
) -> dict:
    """One article in the YAML format of spbe/demo/ARTICLES.md."""
    if site == "humas":
        number = f"{rnd.randint(1, 400):03d}/HUMAS-KOMINFO/{published.month}/{published.year}"
        paragraphs = [f"SIARAN PERS\nNomor: {number}", *paragraphs]
    return {
        "id": f"bench-{i:06d}",
        "site": site,
        "slug": f"{slugify(title)[:70].strip('-')}-{i}",
        "title": title,
        "published": published.isoformat(),
        "author": rnd.choice(_PEOPLE),
        "section": section,
        "spbe": spbe,
        "body": "\n\n".join(paragraphs) + "\n",
    }


def write_articles(directory: Path, pages: int, seed: int = 7) -> Path:
    """Write `pages` article YAMLs (sites in turn) to `directory`; one seed, the same files."""
    directory.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    pool = regions()
    for i in range(pages):
        site = SITES[i % len(SITES)]
        make = _distractor if rnd.random() < DISTRACTOR_SHARE else _spbe_article
        data = make(i, site, rnd, pool)
        text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1_000_000)
        (directory / f"{data['id']}.yaml").write_text(text, encoding="utf-8")
    return directory


def styles(
    directory: Path, base: str = OFFLINE_BASE, offsite: str = OFFLINE_OFFSITE
) -> list[Style]:
    """The three demo site styles over the articles of `directory`."""
    articles = load_articles(directory)
    return [
        Kabar(articles, base, offsite),
        Warta(articles, base, offsite),
        Humas(articles, base, offsite, 1000),
    ]


def render(directory: Path) -> list[Page]:
    """Every article page of `directory` as the demo site serves it, in article-id order."""
    pages = []
    for style in styles(directory):
        for article in style.articles:
            response = style.handle(style.path(article), {})
            charset = response.content_type.rsplit("charset=", 1)[-1]
            html = response.body.decode(charset)
            pages.append(
                Page(article.id, article.site, style.canonical(article), html, article.spbe)
            )
    return sorted(pages, key=lambda p: p.id)
