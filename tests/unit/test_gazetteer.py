"""The gazetteer: every region and central body, and the ways news writes their names."""

import pytest

from spbe.extract.gazetteer import gazetteer


def test_counts():
    g = gazetteer()
    levels = [i.level for i in g.by_code.values()]
    assert levels.count("provinsi") == 38
    assert levels.count("kabupaten") + levels.count("kota") == 514
    assert g.get("polri").level == "polri"


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Pemprov Kalbar", "Provinsi Kalimantan Barat"),
        ("Pemerintah Provinsi Kalimantan Barat", "Provinsi Kalimantan Barat"),
        ("Pemkab Landak", "Kabupaten Landak"),
        ("Kab. Landak", "Kabupaten Landak"),
        ("Bupati Landak", "Kabupaten Landak"),
        ("Pemkot Pontianak", "Kota Pontianak"),
        ("Wali Kota Pontianak", "Kota Pontianak"),
        ("Kaltim", "Provinsi Kalimantan Timur"),
        ("Pemerintah Aceh", "Provinsi Aceh"),
        ("Pemda DIY", "Provinsi Daerah Istimewa Yogyakarta"),
        ("Kemenkeu", "Kementerian Keuangan"),
        ("Kementerian PANRB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
        ("BPS", "Badan Pusat Statistik"),
        ("Kukar", "Kabupaten Kutai Kartanegara"),
        ("Tangsel", "Kota Tangerang Selatan"),
        ("Gunung Kidul", "Kabupaten Gunungkidul"),
        ("Kota Pare Pare", "Kota Parepare"),
        ("Bau-Bau", "Kota Bau Bau"),
        ("Tolitoli", "Kabupaten Toli-Toli"),
        ("Kabupaten Pontianak", "Kabupaten Mempawah"),
        ("Toba Samosir", "Kabupaten Toba"),
        ("Kabupaten Merauke", "Kabupaten Merauke"),
        ("Diskominfo Kaltim", "Provinsi Kalimantan Timur"),
        ("Kemenko Polkam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
    ],
)
def test_aliases(alias, name):
    assert gazetteer().resolve(alias).name == name


@pytest.mark.parametrize("bare", ["Bandung", "Bekasi", "Malang", "Jambi", "Bengkulu", "Gorontalo"])
def test_shared_bare_names_stay_unresolved(bare):
    g = gazetteer()
    assert g.resolve(bare) is None
    assert len(g.regions_named(bare)) >= 2


def test_kind_prefix_resolves_shared_names():
    g = gazetteer()
    assert g.resolve("Pemkab Bandung").name == "Kabupaten Bandung"
    assert g.resolve("Kota Bandung").name == "Kota Bandung"
    assert g.resolve("Provinsi Jambi").level == "provinsi"
    assert g.resolve("Wali Kota Jambi").level == "kota"
