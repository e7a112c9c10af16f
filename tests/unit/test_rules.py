"""Extraction rules on short texts: each trap and each pattern, one at a time."""

from datetime import date

from spbe.extract.rules import extract_records

PUB = date(2024, 2, 1)


def facts(text, published=PUB, title=None):
    return [
        (r.instansi, r.year, r.value, r.predikat, r.role)
        for r in extract_records(text, published, title)
    ]


def test_value_predikat_and_year():
    text = "Pemkab Landak meraih indeks SPBE 2,61 dengan predikat Baik pada evaluasi tahun 2023."
    assert facts(text) == [("Kabupaten Landak", 2023, 2.61, "Baik", "actual")]


def test_plain_words_are_not_predikat():
    text = (
        "Pemkot Pontianak meraih indeks SPBE 3,10 pada evaluasi 2023. Hasil ini cukup "
        "memuaskan dan pelayanan sudah baik."
    )
    assert facts(text) == [("Kota Pontianak", 2023, 3.1, None, "actual")]


def test_regulation_years_counts_and_averages_are_not_facts():
    text = (
        "Sesuai Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE, sebanyak 621 instansi "
        "dievaluasi. Rata-rata indeks SPBE nasional 2,79. Kabupaten Kudus meraih 3,01."
    )
    assert facts(text) == [("Kabupaten Kudus", 2023, 3.01, None, "actual")]


def test_other_indices_are_ignored():
    text = (
        "Pemprov Kalbar meraih indeks SPBE 3,42. Indeks Reformasi Birokrasi Kalbar 72,10 "
        "dan IPM 3,11 versi lain tidak termasuk."
    )
    assert facts(text) == [("Provinsi Kalimantan Barat", 2023, 3.42, None, "actual")]


def test_previous_and_target():
    text = (
        "Indeks SPBE Kabupaten Sambas 2024 mencapai 2,95, naik dari 2,74 pada tahun 2023. "
        "Pemkab Sambas menargetkan indeks 3,20 pada 2025."
    )
    got = facts(text, date(2025, 2, 1))
    assert ("Kabupaten Sambas", 2024, 2.95, None, "actual") in got
    assert ("Kabupaten Sambas", 2023, 2.74, None, "previous") in got
    assert ("Kabupaten Sambas", 2025, 3.2, None, "target") in got


def test_sangat_baik_is_not_baik():
    text = "Pemprov Kaltim meraih predikat Sangat Baik dalam evaluasi SPBE tahun 2024."
    assert facts(text, date(2025, 1, 13)) == [
        ("Provinsi Kalimantan Timur", 2024, None, "Sangat Baik", "actual")
    ]


def test_predikat_only_list_and_run_together_cells():
    text = (
        "Hasil evaluasi SPBE 2019:\n1. Kota Singkawang : Cukup\n2. Kabupaten Ketapang : Kurang\n"
        "Kabupaten Sambas2,74Baik"
    )
    got = facts(text, date(2020, 2, 1))
    assert ("Kota Singkawang", 2019, None, "Cukup", "actual") in got
    assert ("Kabupaten Ketapang", 2019, None, "Kurang", "actual") in got
    assert ("Kabupaten Sambas", 2019, 2.74, "Baik", "actual") in got


def test_masing_masing_pairs_in_order():
    text = (
        "Dalam evaluasi SPBE 2023, Kabupaten Gowa, Kabupaten Maros dan Kota Makassar "
        "masing-masing meraih 3,02, 2,64 dan 3,61."
    )
    got = facts(text)
    assert ("Kabupaten Gowa", 2023, 3.02, None, "actual") in got
    assert ("Kabupaten Maros", 2023, 2.64, None, "actual") in got
    assert ("Kota Makassar", 2023, 3.61, None, "actual") in got


def test_evidence_offsets_point_into_the_text():
    text = "Judul\n\nPemkab Landak meraih indeks SPBE 2,61 pada evaluasi 2023. Lalu lain."
    (record,) = extract_records(text, PUB)
    assert text[record.start : record.end] == record.evidence
    assert "2,61" in record.evidence


def test_text_without_spbe_yields_nothing():
    assert extract_records("Pemkab Landak meraih indeks 2,61 dengan predikat Baik.", PUB) == []


def test_evaluator_written_kemenpan_rb_is_no_reform_index():
    # The hyphenated abbreviation in mixed case must match whole, or "RB" reads as the
    # bureaucratic-reform index and the figure is dropped.
    text = (
        "Hasil evaluasi SPBE 2023. KemenPAN-RB sendiri mencatat skor 3,97 dengan "
        "predikat Sangat Baik."
    )
    assert facts(text) == [
        (
            "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            2023,
            3.97,
            "Sangat Baik",
            "actual",
        )
    ]


def test_self_assessment_anywhere_in_its_clause_is_no_result():
    text = (
        "Hasil penilaian mandiri sementara Kabupaten Sikka tahun ini baru di angka 2,6 "
        "dalam bimtek evaluasi SPBE."
    )
    assert facts(text, date(2023, 6, 1)) == []


def test_a_table_of_domains_gives_sub_scores():
    text = (
        "Kementerian Dalam Negeri meraih indeks SPBE 3,98 pada evaluasi 2023.\n"
        "| No | Domain | Nilai |\n| 1 | Kebijakan Internal SPBE | 4,10 |\n"
        "| 2 | Layanan SPBE | 4,27 |\n"
    )
    (record,) = extract_records(text, PUB)
    assert record.value == 3.98
    assert record.subscores == {"Kebijakan Internal SPBE": 4.10, "Layanan SPBE": 4.27}


def test_coordinated_bodies_share_a_predikat_and_ranks_pair_in_order():
    text = (
        "Evaluasi SPBE 2023: Kabupaten Kediri dan Kabupaten Lumajang masih berpredikat "
        "Sangat Baik. Jawa Barat dan DI Yogyakarta di urutan keempat dan kelima nasional, "
        "dengan nilai masing-masing 4,05 dan 3,98."
    )
    got = {(r.instansi, r.predikat, r.value, r.rank) for r in extract_records(text, PUB)}
    assert got == {
        ("Kabupaten Kediri", "Sangat Baik", None, None),
        ("Kabupaten Lumajang", "Sangat Baik", None, None),
        ("Provinsi Jawa Barat", None, 4.05, 4),
        ("Provinsi Daerah Istimewa Yogyakarta", None, 3.98, 5),
    }


def test_history_sentence_sets_the_year_of_figures_without_one():
    text = (
        "Indeks SPBE BPS tercatat 3,5 pada 2019, lalu naik menjadi 4,02 pada 2021 dan "
        "akhirnya 4,47 pada 2023. BPS meraih predikat Memuaskan."
    )
    got = facts(text, date(2024, 3, 5))
    assert ("Badan Pusat Statistik", 2023, 4.47, "Memuaskan", "actual") in got
    assert ("Badan Pusat Statistik", 2019, 3.5, None, "previous") in got


def test_a_short_name_the_article_defines_names_the_body():
    text = (
        "Kabupaten Mahakam Ulu (Mahu) ikut dievaluasi pada 2023. Tahun ini Mahu memperoleh "
        "indeks SPBE 2,05 dan masih berpredikat Cukup."
    )
    assert facts(text, date(2023, 12, 10)) == [
        ("Kabupaten Mahakam Ulu", 2023, 2.05, "Cukup", "actual")
    ]


def test_same_predikat_and_the_rest_of_a_list():
    text = (
        "Kota Kendari meraih indeks SPBE 3,02 dengan predikat Baik. Kabupaten Kolaka juga "
        "mengantongi predikat serupa dengan nilai 2,77. Kabupaten Muna, Kabupaten Buton dan "
        "Kabupaten Wakatobi masing-masing memperoleh 2,41, 2,33 dan 2,62. Wakatobi menjadi "
        "satu-satunya yang meraih predikat Baik, sementara dua kabupaten lainnya masih di "
        "predikat Cukup."
    )
    assert sorted(facts(text)) == [
        ("Kabupaten Buton", 2023, 2.33, "Cukup", "actual"),
        ("Kabupaten Kolaka", 2023, 2.77, "Baik", "actual"),
        ("Kabupaten Muna", 2023, 2.41, "Cukup", "actual"),
        ("Kabupaten Wakatobi", 2023, 2.62, "Baik", "actual"),
        ("Kota Kendari", 2023, 3.02, "Baik", "actual"),
    ]


def test_a_floor_for_the_next_evaluation_is_an_aim():
    text = (
        'Pemkab Karo meraih indeks SPBE 2,91 pada evaluasi 2024. "Sebelumnya 2,5. Tahun ini '
        'minimal 3,2," kata Bupati Karo.'
    )
    assert sorted(facts(text, date(2025, 2, 3))) == [
        ("Kabupaten Karo", 2023, 2.5, None, "previous"),
        ("Kabupaten Karo", 2024, 2.91, None, "actual"),
        ("Kabupaten Karo", 2025, 3.2, None, "target"),
    ]


def test_a_predikat_heading_over_a_list_and_a_rank_column():
    text = (
        "Hasil evaluasi SPBE 2024 untuk lembaga negara.\n\n"
        "PREDIKAT SANGAT BAIK\n"
        "• Badan Pusat Statistik — 3,92\n"
        "• Lembaga Administrasi Negara\n\n"
        "PREDIKAT BAIK\n"
        "• BNPB dan Basarnas, masing-masing 3,01 dan 2,88\n\n"
        "PERINGKAT INSTANSI INDEKS 1 Kemenkeu 4,61 MEMUASKAN 2 BKN 4,44 MEMUASKAN\n"
    )
    got = {
        (r.instansi, r.value, r.predikat, r.rank)
        for r in extract_records(text, date(2025, 3, 4))
        if r.year == 2024 and r.role == "actual"
    }
    assert got == {
        ("Badan Pusat Statistik", 3.92, "Sangat Baik", None),
        ("Lembaga Administrasi Negara", None, "Sangat Baik", None),
        ("Badan Nasional Penanggulangan Bencana", 3.01, "Baik", None),
        ("Badan Nasional Pencarian dan Pertolongan", 2.88, "Baik", None),
        ("Kementerian Keuangan", 4.61, "Memuaskan", 1),
        ("Badan Kepegawaian Negara", 4.44, "Memuaskan", 2),
    }


def test_from_one_predikat_to_the_next_and_streaks_of_rises():
    text = (
        "Pemkab Tapin mencatat kenaikan indeks SPBE tiga tahun beruntun, dan pada evaluasi "
        "2024 naik dari predikat Cukup menjadi Baik dengan nilai 2,83."
    )
    assert sorted(facts(text, date(2025, 2, 20))) == [
        ("Kabupaten Tapin", 2023, None, "Cukup", "previous"),
        ("Kabupaten Tapin", 2024, 2.83, "Baik", "actual"),
    ]


def test_a_release_dateline_and_a_regional_office_are_not_bodies():
    text = (
        "Jakarta, Badan Pelindungan Pekerja Migran Indonesia (BP2MI) memperoleh predikat Baik "
        "dalam evaluasi SPBE 2023. Ombudsman RI Perwakilan Kalsel juga hadir. BP2MI menargetkan "
        "predikat Sangat Baik pada 2024."
    )
    assert sorted(facts(text, date(2024, 3, 1))) == [
        ("Badan Pelindungan Pekerja Migran Indonesia", 2023, None, "Baik", "actual"),
        ("Badan Pelindungan Pekerja Migran Indonesia", 2024, None, "Sangat Baik", "target"),
    ]


def test_a_defined_short_name_wins_over_another_regencys_nickname():
    text = (
        "Kabupaten Murung Raya (Mura) meraih indeks SPBE 2,61 pada evaluasi 2022, sementara "
        "Kabupaten Barito Selatan 2,44 dan Mura sama2 masih Cukup."
    )
    assert sorted(facts(text, date(2023, 3, 1))) == [
        ("Kabupaten Barito Selatan", 2022, 2.44, "Cukup", "actual"),
        ("Kabupaten Murung Raya", 2022, 2.61, "Cukup", "actual"),
    ]


def test_the_year_a_province_was_formed_is_no_evaluation_year():
    text = (
        "Provinsi Papua Selatan yang baru terbentuk pada akhir 2022 itu meraih nilai SPBE 1,88 "
        "dengan predikat Kurang."
    )
    assert facts(text, date(2024, 2, 1)) == [
        ("Provinsi Papua Selatan", 2023, 1.88, "Kurang", "actual")
    ]


def test_years_counted_back_from_publication_and_back_to_now():
    text = (
        "Pemkab Lebak meraih indeks SPBE 2,9 pada evaluasi tahun ini. Nilai itu naik dibanding "
        "tahun lalu, ketika Pemkab Lebak cuma mendapat 2,31 dengan predikat Cukup. Dua tahun "
        "silam Kabupaten Pandeglang masih berpredikat Kurang, sekarang 2,6."
    )
    assert sorted(facts(text, date(2023, 12, 5))) == [
        ("Kabupaten Lebak", 2022, 2.31, "Cukup", "previous"),
        ("Kabupaten Lebak", 2023, 2.9, None, "actual"),
        ("Kabupaten Pandeglang", 2021, None, "Kurang", "previous"),
        ("Kabupaten Pandeglang", 2023, 2.6, None, "actual"),
    ]


def test_a_rank_within_a_province_named_as_a_place_is_not_national():
    text = (
        "Pada evaluasi SPBE 2023 Kota Pariaman meraih indeks 3,05 dengan predikat Baik.\n\n"
        "3. Peringkat kedua di Sumbar\n"
    )
    got = [(r.instansi, r.value, r.rank) for r in extract_records(text, date(2024, 2, 1))]
    assert got == [("Kota Pariaman", 3.05, None)]


def test_the_date_of_an_announcement_and_the_end_of_an_address_are_no_result():
    text = (
        "Pemkot Tegal meraih predikat Baik dalam evaluasi SPBE 2024 yang diumumkan pada "
        "7 Januari 2025, dengan indeks 3,12. Pemkab Tegal harus puas dengan 2,74 pada evaluasi "
        "yang sama, kata Bupati di Pendopo, Slawi, Jawa Tengah, Senin (13/1/2025). Domain "
        "Kebijakan Internal memperoleh nilai 3,20."
    )
    got = {
        (r.instansi, r.year, r.value, tuple(r.subscores))
        for r in extract_records(text, date(2025, 12, 29))
    }
    assert got == {
        ("Kota Tegal", 2024, 3.12, ()),
        ("Kabupaten Tegal", 2024, 2.74, ("Domain Kebijakan Internal",)),
    }


def test_a_predikat_won_by_a_list_and_by_both_of_two():
    text = (
        "Predikat Baik pada evaluasi SPBE 2022 juga diraih Badan Standardisasi Nasional (BSN), "
        "Badan Pengawas Tenaga Nuklir (Bapeten) dan Arsip Nasional Republik Indonesia (ANRI). "
        '"Kota Sabang 2,61, Kota Langsa 2,72, dua-duanya sudah BAIK," katanya.'
    )
    assert sorted(facts(text, date(2023, 3, 1))) == [
        ("Arsip Nasional Republik Indonesia", 2022, None, "Baik", "actual"),
        ("Badan Pengawas Tenaga Nuklir", 2022, None, "Baik", "actual"),
        ("Badan Standardisasi Nasional", 2022, None, "Baik", "actual"),
        ("Kota Langsa", 2022, 2.72, "Baik", "actual"),
        ("Kota Sabang", 2022, 2.61, "Baik", "actual"),
    ]


def test_ketiganya_and_a_rank_behind_others_and_a_predikat_not_reached():
    text = (
        "Pada evaluasi SPBE 2021, Kabupaten Kepulauan Sula memperoleh indeks 2,18. "
        '"Sula bersama Kabupaten Halmahera Selatan dan Kabupaten Halmahera Tengah, ketiganya '
        'meraih predikat Cukup. Kita memang belum naik kelas ke Baik," katanya. Komisi '
        "Yudisial (KY) meraih 3,61. Capaian itu menempatkan lembaga tersebut di peringkat "
        "kelima nasional, di bawah Badan Pusat Statistik (BPS) dan Kementerian Keuangan."
    )
    records = extract_records(text, date(2022, 3, 1))
    got = {(r.instansi, r.value, r.predikat, r.rank) for r in records}
    assert got == {
        ("Kabupaten Kepulauan Sula", 2.18, "Cukup", None),
        ("Kabupaten Halmahera Selatan", None, "Cukup", None),
        ("Kabupaten Halmahera Tengah", None, "Cukup", None),
        ("Komisi Yudisial", 3.61, None, 5),
    }


def test_short_forms_and_an_aim_named_after_targetnya():
    text = (
        'Pemkab Flotim meraih indeks SPBE 2,31 pada evaluasi 2023. "Untuk evaluasi 2024 '
        'targetnya Sangat Baik," kata Kepala Diskominfo Flotim. Morotai masih berpredikat Cukup.'
    )
    assert sorted(facts(text, date(2024, 3, 1))) == [
        ("Kabupaten Flores Timur", 2023, 2.31, None, "actual"),
        ("Kabupaten Flores Timur", 2024, None, "Sangat Baik", "target"),
        ("Kabupaten Pulau Morotai", 2023, None, "Cukup", "actual"),
    ]


def test_a_split_name_and_aims_said_plainly():
    text = (
        "Pemerintah Kabupaten Ogan Komering Ulu (OKU) Timur meraih indeks SPBE 2,81 pada "
        'evaluasi tahun ini. "Tahun depan kami kejar minimal 3," ujarnya. "Target kami di '
        'evaluasi 2022 nanti tentu Sangat Baik," kata Kepala Diskominfo OKU Timur. "Tahun '
        'depan minimal kita tembus 3,1," kata Bupati Lahat.'
    )
    assert sorted(facts(text, date(2021, 12, 20))) == [
        ("Kabupaten Lahat", 2022, 3.1, None, "target"),
        ("Kabupaten Ogan Komering Ulu Timur", 2021, 2.81, None, "actual"),
        ("Kabupaten Ogan Komering Ulu Timur", 2022, 3.0, "Sangat Baik", "target"),
    ]


def test_compared_with_another_body_both_of_them_and_a_top_score_said_first():
    text = (
        'Kabupaten Lebak mendapat indeks SPBE 2,41 dengan predikat Cukup. "Memang naik dari 2,16 '
        "pada evaluasi 2019, tapi kalau dibandingkan dengan Pemprov Banten yang sudah 2,73 kita "
        'tertinggal. Kota Serang dan Kota Cilegon keduanya sudah Baik," katanya. Predikatnya '
        "Cukup, nyaris Kurang. Secara nasional, Kementerian Keuangan menjadi instansi dengan skor "
        "tertinggi, yakni 3,60."
    )
    records = extract_records(text, date(2021, 3, 1))
    got = {(r.instansi, r.year, r.role, r.value, r.predikat, r.rank) for r in records}
    assert got == {
        ("Kabupaten Lebak", 2020, "actual", 2.41, "Cukup", None),
        ("Kabupaten Lebak", 2019, "previous", 2.16, None, None),
        ("Provinsi Banten", 2020, "actual", 2.73, None, None),
        ("Kota Serang", 2020, "actual", None, "Baik", None),
        ("Kota Cilegon", 2020, "actual", None, "Baik", None),
        ("Kementerian Keuangan", 2020, "actual", 3.6, None, 1),
    }


def test_a_rank_counted_in_a_province_and_an_evaluation_still_coming():
    text = (
        "Jelang evaluasi SPBE 2025, Pemkab Soppeng berbenah. Pada 2024 Kabupaten Soppeng meraih "
        "indeks 3,41, di urutan ke-52 secara nasional serta urutan kedua di Sulawesi Selatan. "
        "Di lingkup Kalimantan Selatan, Pemkab Tapin berada di posisi ketiga dengan 3,12."
    )
    records = extract_records(text, date(2025, 10, 8))
    got = {(r.instansi, r.year, r.value, r.rank) for r in records}
    assert got == {("Kabupaten Soppeng", 2024, 3.41, 52), ("Kabupaten Tapin", 2024, 3.12, None)}


def test_kami_is_the_articles_body_and_a_predikat_said_of_one_of_a_list():
    text = (
        'Kabupaten Balangan meraih indeks SPBE 1,92 pada evaluasi 2020. "Kabupaten Tabalong '
        'sudah 2,31," kata seorang anggota dewan. "Untuk evaluasi 2021, kami menargetkan indeks '
        'minimal 2,6 sehingga Balangan bisa masuk predikat Baik," katanya. Basarnas dan '
        "Kejaksaan RI masing-masing memperoleh indeks 3,88 dan 4,24, dengan Kejaksaan "
        "berpredikat Memuaskan."
    )
    records = extract_records(text, date(2021, 3, 1))
    got = {(r.instansi, r.year, r.role, r.value, r.predikat) for r in records}
    assert got == {
        ("Kabupaten Balangan", 2020, "actual", 1.92, None),
        ("Kabupaten Tabalong", 2020, "actual", 2.31, None),
        ("Kabupaten Balangan", 2021, "target", 2.6, "Baik"),
        ("Badan Nasional Pencarian dan Pertolongan", 2020, "actual", 3.88, None),
        ("Kejaksaan Republik Indonesia", 2020, "actual", 4.24, "Memuaskan"),
    }


def test_a_chat_recap_with_bold_and_sama2_in_capitals():
    text = (
        "*REKAP EVALUASI SPBE 2024 SE-SULTRA*\n"
        "1. Kota Kendari : 3,71 *SANGAT BAIK*\n"
        '2. Konsel & Konut : sama2 "BAIK" (angka nyusul)\n'
    )
    assert sorted(facts(text, date(2025, 1, 20))) == [
        ("Kabupaten Konawe Selatan", 2024, None, "Baik", "actual"),
        ("Kabupaten Konawe Utara", 2024, None, "Baik", "actual"),
        ("Kota Kendari", 2024, 3.71, "Sangat Baik", "actual"),
    ]


def test_compared_with_last_year_where_the_figure_follows():
    text = (
        "Pemkab Kaimana meraih indeks SPBE 2,1 pada evaluasi tahun ini. Capaian ini meningkat "
        "dibandingkan tahun lalu, dimana Kota Senja masih berada di angka 1,52 dengan predikat "
        "Kurang."
    )
    assert sorted(facts(text, date(2021, 12, 9))) == [
        ("Kabupaten Kaimana", 2020, 1.52, "Kurang", "previous"),
        ("Kabupaten Kaimana", 2021, 2.1, None, "actual"),
    ]


def test_a_counted_group_then_its_list_and_its_figures():
    text = (
        "Tiga kabupaten di pesisir selatan Jawa Timur kompak meraih predikat Baik pada evaluasi "
        "SPBE 2024. Ketiga kabupaten itu ialah Kabupaten Pacitan, Trenggalek dan Tulungagung. "
        "Menurut data Diskominfo Jatim, ketiga daerah tersebut masing-masing mencatat indeks "
        "2,91, 3,08 dan 2,77, dan ketiganya naik dibanding capaian tahun sebelumnya."
    )
    assert sorted(facts(text, date(2025, 2, 3))) == [
        ("Kabupaten Pacitan", 2024, 2.91, "Baik", "actual"),
        ("Kabupaten Trenggalek", 2024, 3.08, "Baik", "actual"),
        ("Kabupaten Tulungagung", 2024, 2.77, "Baik", "actual"),
    ]


def test_a_figure_rising_against_last_years_result_is_this_years():
    text = (
        "Pemerintah Provinsi Gorontalo meraih indeks SPBE 3,02 atau naik tipis dibanding "
        "capaian tahun sebelumnya."
    )
    assert facts(text, date(2024, 3, 4)) == [
        ("Provinsi Gorontalo", 2023, 3.02, None, "actual"),
    ]


def test_this_evaluation_a_later_plan_and_where_staff_moved():
    text = (
        "Pemerintah Kabupaten Boven Digoel meraih predikat Cukup dalam evaluasi SPBE tahun 2023. "
        'Pada evaluasi ini Boven Digoel mengantongi skor 2,12. "Banyak tenaga TIK yang pindah '
        'ke Merauke, tapi dari 1,84 ke 2,12 itu tetap naik," ujar kepala dinas. Kabupaten Mappi '
        "yang masih berpredikat Kurang akan menjadi prioritas pendampingan tahun ini. Dulu "
        "Boven Digoel masih di bawah garis predikat Cukup."
    )
    assert sorted(facts(text, date(2024, 2, 20))) == [
        ("Kabupaten Boven Digoel", 2022, 1.84, None, "previous"),
        ("Kabupaten Boven Digoel", 2023, 2.12, "Cukup", "actual"),
        ("Kabupaten Mappi", 2023, None, "Kurang", "actual"),
    ]


def test_a_december_post_nearly_slipping_and_a_whole_number_aim():
    text = (
        "Tahun ini indeks SPBE Kota Tarakan mencapai 3,12 dan predikat Baik. Angka ini melonjak "
        "dari 2,44 di tahun lalu ketika Tarakan masih berpredikat Cukup. Kabupaten Malinau "
        "dengan nilai 2,71 dan Kabupaten Nunukan 2,62, keduanya meraih predikat Baik walau "
        "Nunukan nyaris saja tergelincir ke Cukup. Wali kota menargetkan indeks Tarakan pada "
        "evaluasi 2022 harus menembus angka 3."
    )
    assert sorted(facts(text, date(2021, 12, 10))) == [
        ("Kabupaten Malinau", 2021, 2.71, "Baik", "actual"),
        ("Kabupaten Nunukan", 2021, 2.62, "Baik", "actual"),
        ("Kota Tarakan", 2020, 2.44, "Cukup", "previous"),
        ("Kota Tarakan", 2021, 3.12, "Baik", "actual"),
        ("Kota Tarakan", 2022, 3.0, None, "target"),
    ]


def test_a_parent_regency_a_plain_negation_and_a_lone_label_word():
    text = (
        "Kabupaten Humbang Hasundutan (Humbahas) meraih indeks SPBE 2,93 pada evaluasi 2023. "
        "Pada evaluasi 2022, skor kabupaten yang dimekarkan dari Tapanuli Utara itu hanya 2,35. "
        '"Skor itu '
        'belum memuaskan," katanya. Badan Pusat Statistik (BPS), lembaga yang mengurus data '
        "satu peta, mendapat nilai 4,12 atau juga masuk predikat Memuaskan, tertinggi dari "
        "seluruh instansi yang dievaluasi. Kabupaten Pakpak Bharat (PB) sebagai daerah yang "
        "relatif baru masih berada pada predikat Kurang, dan Provinsi Sumatera Utara konsisten "
        "meraih predikat Baik sejak evaluasi pertama pada 2018."
    )
    assert sorted(facts(text, date(2024, 3, 5))) == [
        ("Badan Pusat Statistik", 2023, 4.12, "Memuaskan", "actual"),
        ("Kabupaten Humbang Hasundutan", 2022, 2.35, None, "previous"),
        ("Kabupaten Humbang Hasundutan", 2023, 2.93, None, "actual"),
        ("Kabupaten Pakpak Bharat", 2023, None, "Kurang", "actual"),
        ("Provinsi Sumatera Utara", 2023, None, "Baik", "actual"),
    ]


def test_a_bare_shared_name_after_both_bodies_stays_unknown():
    text = (
        "Rekap indeks SPBE 2023: Kota Bandung 4,32, Kab. Bandung 3,84 (Sangat Baik), Kota "
        "Cimahi 4,21. Kota Bandung dan Kota Cimahi sama-sama predikat Memuaskan, sejajar "
        "dengan instansi seperti Kota Bogor dan Kota Depok yang sama-sama meraih predikat "
        "Sangat Baik. Catatan: Bandung th 2022 masih 3,70, dan di urutan 30-an nasional."
    )
    assert sorted(facts(text, date(2024, 1, 26))) == [
        ("Kabupaten Bandung", 2023, 3.84, "Sangat Baik", "actual"),
        ("Kota Bandung", 2023, 4.32, "Memuaskan", "actual"),
        ("Kota Bogor", 2023, None, "Sangat Baik", "actual"),
        ("Kota Cimahi", 2023, 4.21, "Memuaskan", "actual"),
        ("Kota Depok", 2023, None, "Sangat Baik", "actual"),
    ]


def test_an_island_a_scale_legend_and_a_figure_said_again():
    text = (
        "Kabupaten Buleleng meraih predikat Sangat Baik dalam evaluasi SPBE 2023. Kabupaten di "
        "ujung utara Pulau Bali ini memperoleh skor 3,71. Evaluasi itu diikuti 600 instansi, "
        "termasuk Kepolisian Negara Republik Indonesia. Nilai 3,71 ini tertinggi sejak evaluasi "
        "SPBE pertama kali digelar pada 2018. Keterangan: Memuaskan 4,2 - 5,0 | Sangat Baik "
        "3,5 - <4,2 | Kurang <1,8."
    )
    assert sorted(facts(text, date(2024, 2, 1))) == [
        ("Kabupaten Buleleng", 2023, 3.71, "Sangat Baik", "actual"),
    ]


def test_a_bare_pemkot_is_the_citys_and_a_year_said_with_a_capitalised_predikat():
    text = (
        "Kota Jambi meraih indeks SPBE 3,57 pada evaluasi 2024, naik dari 2,98 pada tahun "
        'lalu. "Tahun ini kita sudah Sangat Baik, tahun lalu masih Baik," kata seorang '
        "pejabat. Provinsi Jambi meraih 3,10. Wali Kota menyebut Pemkot menargetkan predikat "
        "Memuaskan pada evaluasi 2025."
    )
    assert sorted(facts(text, date(2024, 12, 17))) == [
        ("Kota Jambi", 2023, 2.98, "Baik", "previous"),
        ("Kota Jambi", 2024, 3.57, "Sangat Baik", "actual"),
        ("Kota Jambi", 2025, None, "Memuaskan", "target"),
        ("Provinsi Jambi", 2024, 3.1, None, "actual"),
    ]


def test_not_only_one_body_the_other_and_a_domain_that_got_a_score():
    text = (
        "Kota Prabumulih meraih indeks SPBE 3,12 pada evaluasi 2024. Tak hanya Prabumulih, "
        "tetangganya Kabupaten Muara Enim juga mencatat hasil cukup baik. Kabupaten itu meraih "
        "indeks 2,66. Menurut kepala dinas, domain Kelembagaan dapat 3,00, sedangkan domain "
        "Layanan 2,40. Kementerian Koperasi dan UKM memperoleh indeks 3,44."
    )
    got = {
        (r.instansi, r.value, r.subscores.get("Kelembagaan"))
        for r in extract_records(text, date(2025, 1, 15))
    }
    assert got == {
        ("Kota Prabumulih", 3.12, None),
        ("Kabupaten Muara Enim", 2.66, 3.0),
        ("Kementerian Koperasi dan Usaha Kecil dan Menengah", 3.44, None),
    }


def test_a_counted_share_before_a_table_and_others_holding_what_is_aimed_at():
    text = (
        "Tiga kementerian sudah menerima hasil evaluasi SPBE 2020. Ketiganya meraih predikat "
        "Baik, meski selisih skornya cukup lebar.\n\n"
        "INSTANSI SKOR KKP 3,26 Kemenhub 2,87 KLHK 2,71\n\n"
        "Ke depan, Bakamla akan studi tiru ke BPS dan Kemenkeu yang pada evaluasi yang sama "
        "sama-sama meraih predikat Memuaskan."
    )
    assert sorted(facts(text, date(2021, 4, 6))) == [
        ("Badan Pusat Statistik", 2020, None, "Memuaskan", "actual"),
        ("Kementerian Kelautan dan Perikanan", 2020, 3.26, "Baik", "actual"),
        ("Kementerian Keuangan", 2020, None, "Memuaskan", "actual"),
        ("Kementerian Lingkungan Hidup dan Kehutanan", 2020, 2.71, "Baik", "actual"),
        ("Kementerian Perhubungan", 2020, 2.87, "Baik", "actual"),
    ]


def test_a_list_named_by_masing_masing_shares_its_predikat():
    text = (
        "Dua kabupaten di pesisir barat, masing-masing Kabupaten Pesisir Barat dan Tanggamus, "
        "meraih predikat Baik pada evaluasi SPBE 2023. Indeks keduanya masing-masing 2,71 dan "
        "2,64."
    )
    assert sorted(facts(text, date(2024, 3, 2))) == [
        ("Kabupaten Pesisir Barat", 2023, 2.71, "Baik", "actual"),
        ("Kabupaten Tanggamus", 2023, 2.64, "Baik", "actual"),
    ]


def test_a_rank_kept_as_in_earlier_years_is_the_rank_now():
    text = (
        "Badan Pusat Statistik meraih indeks 4,12 dan mempertahankan peringkat pertama nasional "
        "seperti tahun-tahun sebelumnya dalam evaluasi SPBE 2022."
    )
    (rec,) = extract_records(text, date(2023, 2, 1))
    assert (rec.instansi, rec.value, rec.rank) == ("Badan Pusat Statistik", 4.12, 1)


def test_ketiganya_after_a_list_that_names_a_region_too():
    text = (
        "Pembicara menyebut tiga kabupaten di sekitar Kota Yogyakarta yang melesat, yakni "
        "Kabupaten Bantul, Kulon Progo dan Gunungkidul. Ketiganya meraih predikat Baik pada "
        "evaluasi SPBE 2022."
    )
    assert sorted(facts(text, date(2023, 5, 1))) == [
        ("Kabupaten Bantul", 2022, None, "Baik", "actual"),
        ("Kabupaten Gunungkidul", 2022, None, "Baik", "actual"),
        ("Kabupaten Kulon Progo", 2022, None, "Baik", "actual"),
    ]


def test_an_aim_in_a_quote_after_a_sentence_about_one_body():
    text = (
        '"Syukurlah, Siantar naik ke Baik dengan nilai 2,81 pada evaluasi SPBE 2023. Target kami '
        'di evaluasi 2024 tentu Sangat Baik, tapi pelan-pelan," kata kepala dinas.'
    )
    assert sorted(facts(text, date(2024, 2, 1))) == [
        ("Kota Pematangsiantar", 2023, 2.81, "Baik", "actual"),
        ("Kota Pematangsiantar", 2024, None, "Sangat Baik", "target"),
    ]


def test_an_average_attributed_to_the_evaluator_is_nobodys_score():
    text = (
        "Indeks SPBE Kabupaten Nias Barat tercatat 1,64 dengan predikat Kurang, di bawah rata rata "
        "nasional yang menurut KemenPAN-RB berada di angka 1,98 pada evaluasi 2018."
    )
    assert facts(text, date(2019, 4, 1)) == [
        ("Kabupaten Nias Barat", 2018, 1.64, "Kurang", "actual"),
    ]


def test_a_table_whose_row_numbers_stick_to_the_predikat():
    text = (
        "Indeks SPBE 2021 empat lembaga.\n\n"
        "No Instansi Indeks Predikat1 BMKG 3,48 Baik2 Basarnas 2,91 Baik3 Bakamla 2,37 Cukup"
    )
    assert sorted(facts(text, date(2022, 3, 1))) == [
        ("Badan Keamanan Laut", 2021, 2.37, "Cukup", "actual"),
        ("Badan Meteorologi, Klimatologi, dan Geofisika", 2021, 3.48, "Baik", "actual"),
        ("Badan Nasional Pencarian dan Pertolongan", 2021, 2.91, "Baik", "actual"),
    ]
    # ... and to the next row's body as well
    text = "Indeks SPBE 2021.\n\nNoInstansiIndeksPredikat1Kab. Sigi2,37Cukup2Kota Palu3,48Baik"
    assert sorted(facts(text, date(2022, 3, 1))) == [
        ("Kabupaten Sigi", 2021, 2.37, "Cukup", "actual"),
        ("Kota Palu", 2021, 3.48, "Baik", "actual"),
    ]


def test_first_among_a_few_bodies_is_no_national_rank():
    text = (
        "BMKG meraih indeks SPBE 3,48 pada 2021, posisi teratas di antara empat lembaga dalam "
        "tabel ini yang juga anggota tim koordinasi SPBE nasional."
    )
    (rec,) = extract_records(text, date(2022, 3, 1))
    assert (rec.value, rec.rank) == (3.48, None)


def test_most_regions_of_a_province_is_no_body():
    text = (
        "Hasil evaluasi SPBE 2022 menempatkan sebagian besar daerah di provinsi kepulauan itu "
        "masih pada predikat Cukup. Pemprov Maluku sendiri memperoleh indeks 2,74 dengan "
        "predikat Baik."
    )
    assert facts(text, date(2023, 2, 1)) == [("Provinsi Maluku", 2022, 2.74, "Baik", "actual")]


def test_a_floor_said_a_long_clause_after_the_aim():
    text = (
        "Wali Kota Tarakan menargetkan kota itu naik ke predikat Memuaskan dalam evaluasi SPBE "
        "tahun ini, atau setidak-tidaknya minimal indeks 4,20."
    )
    assert facts(text, date(2025, 6, 1)) == [("Kota Tarakan", 2025, 4.2, "Memuaskan", "target")]


def test_names_of_places_and_eras_are_not_subjects_or_scores():
    text = (
        "Seminar Revolusi Industri 4.0 membahas evaluasi SPBE 2018. Kabupaten Mappi, daerah "
        "rawa di tanah Papua, masih berada pada predikat Kurang dengan indeks 1,55. Kabupaten "
        "Tojo Una-Una meraih predikat Cukup."
    )
    assert sorted(facts(text, date(2019, 4, 1))) == [
        ("Kabupaten Mappi", 2018, 1.55, "Kurang", "actual"),
        ("Kabupaten Tojo Una Una", 2018, None, "Cukup", "actual"),
    ]


def test_a_year_compared_with_dates_the_figure_after_ketika():
    text = (
        "Pemprov Gorontalo meraih indeks SPBE 2,45 pada evaluasi 2019. Angka 2,45 itu naik bila "
        "dibandingkan hasil evaluasi 2018, ketika Pemprov Gorontalo hanya mengantongi indeks 1,88."
    )
    assert sorted(facts(text, date(2020, 3, 1))) == [
        ("Provinsi Gorontalo", 2018, 1.88, None, "previous"),
        ("Provinsi Gorontalo", 2019, 2.45, None, "actual"),
    ]


def test_a_nickname_that_ends_with_its_province_is_no_subject():
    text = (
        "Pemprov Bali meraih indeks SPBE 3,22 pada 2019. Pemkab Gianyar memperoleh 2,80. "
        "Rinciannya, Bumi Seni Bali itu mencatat nilai aspek Kelembagaan 3,00 dan aspek TIK 2,25."
    )
    recs = {r.instansi: r.subscores for r in extract_records(text, date(2020, 3, 5))}
    assert recs == {
        "Provinsi Bali": {},
        "Kabupaten Gianyar": {"Kelembagaan": 3.0, "TIK": 2.25},
    }


def test_sama_sama_then_a_capitalised_predikat():
    text = (
        "Nilai SPBE kita 2,37, predikatnya masih Cukup. Tahun sebelumnya kita di 1,98, sama-sama "
        "Cukup juga, kata Kepala Diskominfo Kolaka Utara."
    )
    assert (2022, 1.98, "Cukup", "previous") in {
        (y, v, p, r) for _, y, v, p, r in facts(text, date(2024, 3, 12))
    }


def test_a_figure_said_again_makes_its_body_the_topic():
    text = (
        "Kabupaten Barru dan Kabupaten Pinrang masing-masing memperoleh indeks SPBE 2,68 dan "
        '2,91 pada 2022. Di Barru, Sekda menyebut angka 2,68 itu baru awal. "Tahun ini kami '
        'kejar 3,00, apalagi Pinrang sudah hampir tiga," katanya sambil tertawa.'
    )
    assert ("Kabupaten Barru", 2023, 3.0, None, "target") in facts(text, date(2023, 2, 16))


def test_coal_in_lower_case_is_no_regency():
    text = (
        "Kabupaten Muara Enim, penghasil karet dan batu bara ini, meraih indeks SPBE 3,12 pada "
        "evaluasi 2021."
    )
    assert facts(text, date(2022, 3, 1)) == [("Kabupaten Muara Enim", 2021, 3.12, None, "actual")]


def test_an_evaluation_being_prepared_is_not_the_one_reported():
    text = (
        "Pemkot Magelang tengah menyiapkan dokumen pendukung evaluasi SPBE tahun 2024. Pada "
        "evaluasi tahun lalu indeks Kota Magelang mencapai 3,86 dengan predikat Sangat Baik. "
        "Untuk evaluasi tahun ini, Pemkot Magelang menargetkan predikat Memuaskan dengan indeks "
        "minimal 4,2."
    )
    assert sorted(facts(text, date(2024, 10, 15))) == [
        ("Kota Magelang", 2023, 3.86, "Sangat Baik", "actual"),
        ("Kota Magelang", 2024, 4.2, "Memuaskan", "target"),
    ]


def test_masing_masing_opening_the_sentence_after_a_list():
    text = (
        "Tiga kabupaten di Pulau Lombok, yakni Lombok Barat, Lombok Tengah dan Lombok Timur, "
        "meraih predikat Baik pada evaluasi SPBE 2023. Masing-masing dengan indeks 3,02, 2,88 "
        "dan 2,79."
    )
    assert sorted(facts(text, date(2024, 2, 1))) == [
        ("Kabupaten Lombok Barat", 2023, 3.02, "Baik", "actual"),
        ("Kabupaten Lombok Tengah", 2023, 2.88, "Baik", "actual"),
        ("Kabupaten Lombok Timur", 2023, 2.79, "Baik", "actual"),
    ]


def test_a_chat_message_with_msg2_and_an_average_se_province():
    text = (
        "Rekap evaluasi SPBE 2025:\n"
        "▪️ Kab. Teluk Wondama & Kab. Kaimana msg2 1,81 dan 1,64 , keduanya msh KURANG\n"
        "Rata2 se Pabar 2,05."
    )
    assert sorted(facts(text, date(2026, 1, 21))) == [
        ("Kabupaten Kaimana", 2025, 1.64, "Kurang", "actual"),
        ("Kabupaten Teluk Wondama", 2025, 1.81, "Kurang", "actual"),
    ]


def test_half_of_the_regions_is_no_body():
    text = (
        "Indeks SPBE nasional 2018 hanya 1,98, dan lebih dari separuh pemerintah daerah masih "
        "berada di kategori kurang. Kepolisian RI memperoleh indeks 2,32 dengan predikat cukup."
    )
    assert facts(text, date(2019, 3, 29)) == [
        ("Kepolisian Negara Republik Indonesia", 2018, 2.32, "Cukup", "actual"),
    ]


def test_a_floor_in_the_sentence_after_the_aim():
    text = (
        'Pemkab Majalengka meraih indeks SPBE 3,38 pada evaluasi 2024. "Untuk evaluasi 2025 '
        'kita targetkan Sangat Baik. Paling tidak indeksnya 3.50," kata kepala dinas.'
    )
    assert ("Kabupaten Majalengka", 2025, 3.5, "Sangat Baik", "target") in facts(
        text, date(2025, 3, 11)
    )


def test_bodies_ranked_against_are_not_the_subject_of_the_next_clause():
    text = (
        "Pemprov Sumut meraih indeks SPBE 3,25 pada 2019. Dengan nilai itu, Provinsi Sumatera "
        "Utara berada di peringkat kelima nasional, hanya di bawah Jawa Tengah dan Jawa Barat, "
        "serta naik dari 2,91 pada evaluasi 2018."
    )
    assert ("Provinsi Sumatera Utara", 2018, 2.91, None, "previous") in facts(
        text, date(2020, 2, 27)
    )


def test_self_assessment_figures_and_a_rise_in_points_are_no_scores():
    text = (
        "Pemprov Bengkulu mengklaim nilai mandirinya untuk evaluasi SPBE 2025 mencapai 3,40, "
        "sementara Pemkab Kaur menyebut angka 2,9 dari hasil penilaian internal. Kota Bengkulu "
        "meraih indeks 2,95 pada evaluasi 2024, dan kenaikan yang diraih pada tahun itu "
        "mencapai 0.41 poin."
    )
    assert facts(text, date(2025, 5, 20)) == [("Kota Bengkulu", 2024, 2.95, None, "actual")]


def test_an_average_set_by_the_evaluator_and_solo():
    text = (
        "Pemkot Solo meraih skor SPBE 4,35 pada 2022, jauh di atas rata-rata nasional yang oleh "
        "KemenPANRB dipatok di angka 2,34."
    )
    assert facts(text, date(2023, 2, 1)) == [("Kota Surakarta", 2022, 4.35, None, "actual")]


def test_masing_masing_without_figures_after_the_shared_predikat():
    text = (
        "Kota Solok dan Kota Pariaman disebut meraih predikat Baik pada evaluasi SPBE 2020, "
        "tanpa dirinci berapa indeks yang diperoleh masing-masing daerah."
    )
    assert sorted(facts(text, date(2021, 3, 18))) == [
        ("Kota Pariaman", 2020, None, "Baik", "actual"),
        ("Kota Solok", 2020, None, "Baik", "actual"),
    ]


def test_a_predikat_a_little_after_the_figure_of_this_year():
    text = (
        "Indeks SPBE Pemkab Kediri terus naik, dari 2,10 pada 2019 hingga tahun ini menyentuh "
        "2,83 dan untuk pertama kalinya meraih predikat Baik."
    )
    assert ("Kabupaten Kediri", 2021, 2.83, "Baik", "actual") in facts(text, date(2021, 12, 29))


def test_the_regency_around_a_city_is_not_the_citys_subject():
    text = (
        "Pemkot Blitar yang wilayahnya dikelilingi Kabupaten Blitar mencatat indeks SPBE 2,97 "
        "pada evaluasi 2021."
    )
    assert facts(text, date(2021, 12, 29)) == [("Kota Blitar", 2021, 2.97, None, "actual")]


def test_the_predikat_of_a_national_index_said_a_little_after_it():
    text = (
        "Secara nasional, indeks SPBE tahun 2018 baru mencapai 1,98, atau masih berada pada "
        "predikat Cukup. Kemenkeu meraih indeks 3,60 dengan predikat Sangat Baik."
    )
    assert facts(text, date(2019, 3, 29)) == [
        ("Kementerian Keuangan", 2018, 3.6, "Sangat Baik", "actual"),
    ]


def test_a_short_form_that_abbreviates_the_region_named_in_full():
    text = (
        "Indeks SPBE Kabupaten Murung Raya tahun ini naik. Berdasarkan hasil evaluasi yang "
        "diterima Pemkab Mura, kabupaten itu memperoleh indeks 2,71. Pada evaluasi yang sama "
        'Pemprov Kalteng meraih 3,09, sehingga Murung Raya masih harus mengejar. "Target kami '
        'tahun depan minimal 3,0," katanya.'
    )
    assert sorted(facts(text, date(2021, 12, 21))) == [
        ("Kabupaten Murung Raya", 2021, 2.71, None, "actual"),
        ("Kabupaten Murung Raya", 2022, 3.0, None, "target"),
        ("Provinsi Kalimantan Tengah", 2021, 3.09, None, "actual"),
    ]


def test_an_aim_for_the_last_evaluation_before_the_new_index():
    text = (
        'Pemkab Sintang meraih indeks SPBE 3,21 pada evaluasi 2024. "Target kita di evaluasi '
        "2025, yang jadi evaluasi SPBE terakhir sebelum diganti Indeks Pemerintah Digital, "
        'minimal 3,50, predikat Sangat Baik," kata Bupati Sintang.'
    )
    assert ("Kabupaten Sintang", 2025, 3.5, "Sangat Baik", "target") in facts(
        text, date(2025, 2, 1)
    )


def test_an_aim_said_as_what_the_body_can_reach_keeps_its_year():
    text = (
        'Pemkab Teluk Bintuni meraih indeks SPBE 2,61 pada 2023. "Tahun ini kami pasang target '
        "minimal 3,0. Kalau itu tercapai, di evaluasi terakhir nanti, tahun 2025, Bintuni bisa "
        'Sangat Baik," kata kepala dinas.'
    )
    assert sorted(facts(text, date(2024, 3, 7))) == [
        ("Kabupaten Teluk Bintuni", 2023, 2.61, None, "actual"),
        ("Kabupaten Teluk Bintuni", 2024, 3.0, None, "target"),
        ("Kabupaten Teluk Bintuni", 2025, None, "Sangat Baik", "target"),
    ]


def test_the_year_the_new_index_starts_is_no_evaluation_year():
    text = (
        "Pada hasil evaluasi SPBE 2025, yang menjadi evaluasi terakhir sebelum diganti Indeks "
        "Pemerintah Digital mulai 2026, Kabupaten Bireuen meraih indeks 3,41."
    )
    assert facts(text, date(2026, 1, 22)) == [("Kabupaten Bireuen", 2025, 3.41, None, "actual")]


def test_a_rank_among_bodies_evaluated_last_year_is_the_rank_now():
    text = (
        "Badan Pusat Statistik meraih indeks SPBE 3,71 pada evaluasi 2023 dan berada di urutan "
        "ke-9 dari 94 instansi pusat yang dievaluasi tahun lalu."
    )
    ranks = [(r.instansi, r.year, r.rank) for r in extract_records(text, date(2024, 2, 10))]
    assert ranks == [("Badan Pusat Statistik", 2023, 9)]


def test_what_another_body_already_holds_after_an_aim_is_its_result():
    text = (
        "Pemkab Pidie meraih indeks SPBE 1,95 pada 2019. Kadis mengatakan Pidie masih harus "
        "mengejar ketertinggalan, karena Pemerintah Aceh sudah memperoleh indeks 2,70."
    )
    assert sorted(facts(text, date(2020, 3, 2))) == [
        ("Kabupaten Pidie", 2019, 1.95, None, "actual"),
        ("Provinsi Aceh", 2019, 2.7, None, "actual"),
    ]


def test_managing_to_reach_a_figure_is_no_aim():
    text = (
        "Pada evaluasi SPBE 2018, Kabupaten Lahat mampu meraih indeks 2,12 dengan predikat Cukup."
    )
    assert facts(text, date(2019, 4, 1)) == [("Kabupaten Lahat", 2018, 2.12, "Cukup", "actual")]


def test_a_capitalised_predikat_in_a_year_named_by_a_speaker():
    text = (
        "Indeks SPBE Kota Solok pada 2020 baru 2,05 dan pada 2023 mencapai 3,12. "
        '"Waktu 2020 itu kita masih Cukup," kata Kepala Diskominfo Kota Solok.'
    )
    assert ("Kota Solok", 2020, 2.05, "Cukup", "previous") in facts(text, date(2024, 5, 2))


def test_a_predikat_said_with_its_own_figure_after_an_earlier_one():
    text = (
        "Pada evaluasi SPBE 2020 Kabupaten Tegal memperoleh 1,81 dengan predikat Kurang, sedikit "
        "naik dari hasil evaluasi 2019 yang saat itu juga Kurang dengan indeks 1,62."
    )
    assert sorted(facts(text, date(2021, 3, 3))) == [
        ("Kabupaten Tegal", 2019, 1.62, "Kurang", "previous"),
        ("Kabupaten Tegal", 2020, 1.81, "Kurang", "actual"),
    ]


def test_a_government_fronted_as_the_topic_is_who_scored():
    text = (
        "Kota Pasuruan meraih indeks SPBE 3,30 pada evaluasi 2023. Sementara di Pemkab Pasuruan, "
        "angka yang diperoleh 2,75."
    )
    assert ("Kabupaten Pasuruan", 2023, 2.75, None, "actual") in facts(text)


def test_the_year_a_kaleidoscope_looks_back_on_is_no_evaluation_year():
    title = (
        "Kaleidoskop 2024: Dari Predikat Sangat Baik SPBE hingga Banjir, Catatan Pemkab Gunungkidul"
    )
    text = (
        f"{title}\n\nAwal tahun, hasil evaluasi SPBE 2023 diumumkan: Pemkab Gunungkidul meraih "
        "indeks 3,40 dengan predikat Sangat Baik."
    )
    assert facts(text, date(2024, 12, 28), title) == [
        ("Kabupaten Gunungkidul", 2023, 3.4, "Sangat Baik", "actual")
    ]


def test_a_body_inside_an_apposition_is_not_the_subject():
    text = (
        "Pemprov Jambi meraih indeks SPBE 2,40 pada 2018. Bahkan Kabupaten Sarolangun, kabupaten "
        'induk yang dulu "melahirkan" Kabupaten Merangin, sudah mengantongi predikat Cukup.'
    )
    assert ("Kabupaten Sarolangun", 2018, None, "Cukup", "actual") in facts(text, date(2019, 4, 8))


def test_a_predikat_said_first_and_its_body_after_itulah():
    text = (
        "Predikat KURANG. Itulah hasil evaluasi SPBE 2018 yang harus diterima Pemerintah "
        "Kabupaten Empat Lawang. Indeksnya hanya 1,47."
    )
    assert facts(text, date(2019, 4, 8)) == [
        ("Kabupaten Empat Lawang", 2018, 1.47, "Kurang", "actual")
    ]


def test_a_figure_pointed_back_to_keeps_its_year_and_role():
    text = (
        "Kabupaten Tulang Bawang hanya mengantongi indeks SPBE 1,61 pada evaluasi 2018. Salah kita "
        "semua kalau tahun depan angka 1,61 itu tidak berubah. Bupati akan menjadikan nilai 1,61 "
        "sebagai pijakan untuk berbenah."
    )
    assert facts(text, date(2019, 5, 2)) == [
        ("Kabupaten Tulang Bawang", 2018, 1.61, None, "actual")
    ]


def test_a_predikat_at_its_lower_bound_is_held_and_one_it_is_close_to_is_not():
    text = (
        "Pada evaluasi SPBE 2022, Kabupaten Musi Rawas pas di batas bawah predikat Baik dengan "
        "indeks 2,60, selisih tipis saja dari predikat Cukup."
    )
    assert facts(text, date(2023, 3, 1)) == [("Kabupaten Musi Rawas", 2022, 2.6, "Baik", "actual")]


def test_an_aim_with_a_floor_predikat():
    text = (
        "Dari Kudus, Kabag Organisasi mengakui angka 2,41 milik Pemkab Kudus pada evaluasi SPBE "
        '2019. "Skor kita 2,41, masih Cukup, dan target kami pada evaluasi tahun 2020 nanti '
        'minimal sudah Baik," katanya.'
    )
    assert ("Kabupaten Kudus", 2020, None, "Baik", "target") in facts(text, date(2020, 3, 4))


def test_a_sub_score_said_again_under_its_initials_is_one():
    text = (
        "Kementerian Perhubungan meraih indeks SPBE 3,30 pada 2020. Rinciannya, aspek Kelembagaan "
        'memperoleh 3,00 dan Teknologi Informasi dan Komunikasi 2,65. "Aspek TIK yang hanya 2,65 '
        'ini menjadi pekerjaan rumah kami," kata Sekjen.'
    )
    (record,) = extract_records(text, date(2021, 4, 12))
    assert record.subscores == {"Kelembagaan": 3.0, "Teknologi Informasi dan Komunikasi": 2.65}


def test_a_figure_before_padahal_tahun_sebelumnya_is_the_current_one():
    text = (
        "Pada evaluasi SPBE 2019, Badan Informasi Geospasial mencatat skor 3,41, padahal tahun "
        "sebelumnya masih 2,98."
    )
    assert sorted(facts(text, date(2020, 3, 1))) == [
        ("Badan Informasi Geospasial", 2018, 2.98, None, "previous"),
        ("Badan Informasi Geospasial", 2019, 3.41, None, "actual"),
    ]


def test_one_body_the_same_predikat_both_years():
    text = (
        "Kabupaten Tabalong kini mengantongi indeks SPBE 3.05. Angka itu naik dari 2.62 pada tahun "
        "sebelumnya. Meski naik, predikat yang diraih Tabalong sama-sama Baik."
    )
    assert sorted(facts(text)) == [
        ("Kabupaten Tabalong", 2022, 2.62, "Baik", "previous"),
        ("Kabupaten Tabalong", 2023, 3.05, "Baik", "actual"),
    ]


def test_a_predikat_held_now_after_last_year_is_now():
    text = (
        "Indeks SPBE Kabupaten Soppeng pada evaluasi tahun ini tercatat 2,75, naik dari 2,31 tahun "
        'lalu. "Tahun lalu kita masih di bawah, sekarang sudah Baik," kata Kadis Kominfo Soppeng.'
    )
    assert sorted(facts(text, date(2021, 12, 20))) == [
        ("Kabupaten Soppeng", 2020, 2.31, None, "previous"),
        ("Kabupaten Soppeng", 2021, 2.75, "Baik", "actual"),
    ]


def test_the_earlier_figure_of_an_average_is_nobodys():
    text = (
        "Badan Siber dan Sandi Negara meraih indeks SPBE 3,64 pada evaluasi 2024. Secara nasional, "
        "indeks SPBE 2024 mencapai 3,12. Angka ini naik dari 2,79 pada tahun sebelumnya."
    )
    assert facts(text, date(2025, 2, 1)) == [
        ("Badan Siber dan Sandi Negara", 2024, 3.64, None, "actual")
    ]


def test_who_gave_an_award_is_not_who_scored():
    text = (
        "Bagi Pemerintah Kota Tidore Kepulauan, ada opini WTP kedelapan kali berturut-turut dari "
        "BPK, hingga lonjakan nilai SPBE yang membawa kota itu meraih predikat Sangat Baik."
    )
    assert facts(text, date(2024, 12, 28)) == [
        ("Kota Tidore Kepulauan", 2023, None, "Sangat Baik", "actual")
    ]


def test_what_a_body_must_reach_is_an_aim():
    text = (
        "Kota Ternate meraih indeks SPBE 3,61 pada evaluasi 2023. Dan pada 2025, evaluasi "
        "terakhir sebelum diganti indeks baru, Ternate harus Memuaskan, kata Sekda."
    )
    assert ("Kota Ternate", 2025, None, "Memuaskan", "target") in facts(text, date(2024, 12, 28))


def test_an_aim_asked_for_and_the_body_to_match():
    text = (
        "Wawancara dengan Kadiskominfo Kabupaten Tapin soal SPBE.\n\n"
        "Tanya: Bagaimana hasil evaluasi 2024?\n\n"
        "Jawab: Tapin meraih indeks 3,40. Tapi tetangga kita Tanah Bumbu malah sudah Memuaskan.\n\n"
        "Jawab: Pak Bupati minta kita meraih Memuaskan pada 2025, minimal menyamai Tanah Bumbu."
    )
    assert sorted(facts(text, date(2025, 1, 23))) == [
        ("Kabupaten Tanah Bumbu", 2024, None, "Memuaskan", "actual"),
        ("Kabupaten Tapin", 2024, 3.4, None, "actual"),
        ("Kabupaten Tapin", 2025, None, "Memuaskan", "target"),
    ]


def test_a_predikat_of_some_regencies_is_nobodys():
    text = (
        "Dalam hasil evaluasi SPBE 2019, sejumlah kabupaten di Pegunungan Tengah Papua kompak "
        "terjerembab di predikat paling bawah: KURANG. Jumlah instansi yang meraih Memuaskan "
        "pada evaluasi 2019 tercatat 3."
    )
    assert facts(text, date(2020, 3, 1)) == []


def test_a_bare_name_asked_about_as_either_body_stays_unknown():
    text = (
        "Pemprov NTT dapat 2,31 dalam evaluasi SPBE 2019. Ada yang bilang Kupang dapat 2,40, tapi "
        "belum dicek itu Kota atau Kabupaten Kupang."
    )
    assert facts(text, date(2020, 3, 1)) == [
        ("Provinsi Nusa Tenggara Timur", 2019, 2.31, None, "actual")
    ]


def test_a_predikat_never_reached_is_not_held():
    text = (
        "Pada evaluasi SPBE 2023 Kabupaten Berau masih di angka 2,89 dan belum sekalipun "
        "menyentuh predikat Sangat Baik."
    )
    assert facts(text, date(2024, 3, 10)) == [("Kabupaten Berau", 2023, 2.89, None, "actual")]


def test_ketiganya_with_the_bodies_in_brackets():
    text = (
        "Hasil evaluasi SPBE 2018:\n"
        "• Kabupaten Sintang: 2,21\n"
        "• Kabupaten Sekadau: 2,10\n"
        "→ ketiganya (Sintang, Sekadau, Landak) meraih predikat Cukup"
    )
    got = {(r.instansi, r.predikat) for r in extract_records(text, date(2019, 4, 5))}
    assert got == {
        ("Kabupaten Sintang", "Cukup"),
        ("Kabupaten Sekadau", "Cukup"),
        ("Kabupaten Landak", "Cukup"),
    }


def test_what_a_band_asks_is_nobodys_aim():
    text = (
        "Pemkab Magetan meraih indeks SPBE 2,48 pada evaluasi 2019. Untuk naik ke Baik minimal "
        "harus 2,6, artinya masih kurang sedikit lagi, ujar Kadis."
    )
    assert facts(text, date(2020, 3, 11)) == [("Kabupaten Magetan", 2019, 2.48, None, "actual")]


def test_a_cut_off_below_is_never_an_aim():
    text = (
        "Kabupaten Bangka Barat meraih indeks SPBE 2,84 pada 2022. Diskominfo provinsi akan "
        "menggelar pendampingan bagi kabupaten yang nilainya masih di bawah 2,60."
    )
    assert facts(text, date(2023, 2, 9)) == [("Kabupaten Bangka Barat", 2022, 2.84, None, "actual")]


def test_the_peta_rencana_document_is_no_plan_for_a_figure():
    text = (
        'Pemkab Lahat dapat indeks SPBE 2,68 pada evaluasi 2022. "Sekarang arsitektur dan peta '
        'rencana SPBE sudah ada, makanya nilai kita bisa 2,68," ujar Kadis Kominfo Lahat.'
    )
    assert facts(text, date(2023, 2, 14)) == [("Kabupaten Lahat", 2022, 2.68, None, "actual")]


def test_what_others_were_already_doing_is_no_aim():
    text = (
        "Hasil evaluasi SPBE 2021 beredar. Di saat daerah tetangga sudah berlomba-lomba menaikkan "
        'nilai, Pemkab Buton Utara hanya mampu mengumpulkan angka 1,74 dengan predikat "CUKUP".'
    )
    assert facts(text, date(2022, 1, 18)) == [
        ("Kabupaten Buton Utara", 2021, 1.74, "Cukup", "actual")
    ]


def test_a_body_likened_to_in_commas_is_not_the_subject():
    text = (
        "Kota Mataram meraih indeks SPBE 2,75 pada evaluasi 2020. Di tingkat provinsi, Pemprov NTB "
        "meraih indeks 3,02 sehingga, seperti Mataram, juga berpredikat Baik."
    )
    assert ("Provinsi Nusa Tenggara Barat", 2020, 3.02, "Baik", "actual") in facts(
        text, date(2021, 4, 12)
    )


def test_a_self_assessment_figure_said_again_stays_nobodys():
    text = (
        "Pemkab Sikka sedang mengisi penilaian mandiri SPBE; hasil sementara tim Diskominfo "
        'menunjukkan angka 2,9. "Angka 2,9 itu belum dinilai asesor," kata Kadis Kominfo Sikka.'
    )
    assert facts(text, date(2025, 5, 20)) == []


def test_the_islands_a_city_lies_in_are_a_place():
    text = (
        "Pemko Gunungsitoli meraih hasil evaluasi SPBE 2023. Kota terbesar di Kepulauan Nias itu "
        "mendapat indeks 3,21 dengan predikat Baik."
    )
    assert facts(text, date(2024, 3, 1)) == [("Kota Gunungsitoli", 2023, 3.21, "Baik", "actual")]


def test_a_predikat_kept_alongside_an_aimed_figure_is_aimed_at_too():
    text = (
        "BPS meraih indeks SPBE 4,3 dengan predikat Memuaskan pada evaluasi 2024. Tahun ini BPS "
        "menargetkan indeks SPBE mencapai 4,6 pada evaluasi 2025, sekaligus mempertahankan "
        "predikat Memuaskan."
    )
    assert ("Badan Pusat Statistik", 2025, 4.6, "Memuaskan", "target") in facts(
        text, date(2025, 2, 3)
    )


def test_best_among_the_provinces_of_indonesia_is_first_nationally():
    text = (
        "Pada evaluasi SPBE 2019, Pemprov Jatim menjadi yang terbaik di antara provinsi "
        "se-Indonesia dengan indeks 3,55 berpredikat Sangat Baik."
    )
    got = [(r.instansi, r.value, r.rank) for r in extract_records(text, date(2020, 3, 9))]
    assert got == [("Provinsi Jawa Timur", 3.55, 1)]


def test_a_top_place_two_bodies_hold_is_no_rank_of_either():
    text = (
        "Posisi teratas instansi pusat pada evaluasi SPBE 2023 ditempati oleh Badan Pusat "
        "Statistik (BPS) dan Kementerian Keuangan dengan indeks masing-masing 4,55 dan 4,62."
    )
    got = [(r.instansi, r.value, r.rank) for r in extract_records(text, date(2024, 1, 22))]
    assert sorted(got) == [
        ("Badan Pusat Statistik", 4.55, None),
        ("Kementerian Keuangan", 4.62, None),
    ]


def test_a_city_part_then_the_day_is_where_someone_spoke():
    text = (
        "Kemendes PDTT memperoleh indeks SPBE 3,44 pada evaluasi 2019. Sekjen Kemendes PDTT, dalam "
        "keterangannya di Kalibata, Jakarta Selatan, Rabu (26/2/2020), menyebut angka itu naik "
        "dari capaian tahun sebelumnya sebesar 2,85."
    )
    assert (
        "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        2018,
        2.85,
        None,
        "previous",
    ) in facts(text, date(2020, 2, 26))


def test_keduanya_counts_the_province_named_in_the_sentence_before():
    text = (
        "Hasil evaluasi SPBE 2024 diumumkan. Pemprov Jambi memperoleh indeks 3,01. Sementara "
        "Pemkot Jambi mencatat angka 3,36, dan keduanya berpredikat Baik."
    )
    assert facts(text, date(2025, 1, 15)) == [
        ("Provinsi Jambi", 2024, 3.01, "Baik", "actual"),
        ("Kota Jambi", 2024, 3.36, "Baik", "actual"),
    ]


def test_where_good_news_came_from_is_a_place():
    text = (
        "Pemkab Kampar menggelar apel pagi. Kabar baik datang dari Jakarta. Hasil evaluasi SPBE "
        "2023 menempatkan Bumi Sarimadu dengan indeks 2,91 dan predikat Baik."
    )
    assert facts(text, date(2024, 12, 20)) == [("Kabupaten Kampar", 2023, 2.91, "Baik", "actual")]


def test_a_predikat_after_words_of_time_is_still_named():
    text = (
        "Pada evaluasi SPBE 2024 Pemkab Asahan memperoleh indeks 3,01. Di evaluasi 2023, nilai "
        "Asahan masih 2,48, predikatnya waktu itu masih Cukup."
    )
    assert ("Kabupaten Asahan", 2023, 2.48, "Cukup", "previous") in facts(text, date(2025, 2, 1))


def test_a_neighbour_that_also_got_a_capitalised_predikat():
    text = (
        "Pemkab Batu Bara meraih indeks SPBE 2,95 dengan predikat Baik pada evaluasi 2024. Kami "
        "belajar dari tetangga, Asahan misalnya juga dapat Baik."
    )
    assert ("Kabupaten Asahan", 2024, None, "Baik", "actual") in facts(text, date(2025, 2, 1))


def test_a_spaced_figure_in_a_history_keeps_its_year():
    text = (
        "Pada evaluasi 2020 indeks SPBE Pemkab Sarolangun tercatat 1,97, kemudian naik menjadi "
        "2, 38 pada evaluasi 2021, dan hasil evaluasi 2022 menempatkan Sarolangun pada angka 2,52."
    )
    assert ("Kabupaten Sarolangun", 2021, 2.38, None, "previous") in facts(text, date(2023, 2, 18))


def test_what_follows_kini_is_now_even_after_an_earlier_cue():
    text = (
        "Hasil evaluasi SPBE 2024 diumumkan. Kabupaten Sanggau yang pada evaluasi sebelumnya "
        "masih berpredikat Cukup dengan indeks 2,45 kini naik menjadi 2,98 dan meraih "
        "predikat Baik."
    )
    assert ("Kabupaten Sanggau", 2024, 2.98, "Baik", "actual") in facts(text, date(2025, 2, 18))


def test_a_predikat_still_held_by_bodies_named_after_it():
    text = (
        "Hasil evaluasi SPBE 2021 diumumkan. Predikat Cukup juga masih disandang Tanggamus, "
        "Lampung Barat dan Mesuji."
    )
    assert facts(text, date(2021, 12, 2)) == [
        ("Kabupaten Tanggamus", 2021, None, "Cukup", "actual"),
        ("Kabupaten Lampung Barat", 2021, None, "Cukup", "actual"),
        ("Kabupaten Mesuji", 2021, None, "Cukup", "actual"),
    ]


def test_the_province_a_regional_rank_counts_in_is_not_the_topic():
    text = (
        "Pemkab Ngawi meraih indeks SPBE 2,12 pada evaluasi 2018. Adapun Pemprov Jatim sendiri "
        "meraih 2,96 dengan predikat Baik. Di tingkat Jawa Timur, Ngawi berada di urutan ke-24. "
        'Suryanto menjelaskan kendalanya. "Tahun ini kami targetkan naik ke predikat Baik," '
        "kata Suryanto."
    )
    assert ("Kabupaten Ngawi", 2019, None, "Baik", "target") in facts(text, date(2019, 6, 17))


def test_a_similar_predikat_is_the_one_held_not_an_aim_or_an_earlier_one():
    text = (
        "Pemkot Bontang membidik predikat Memuaskan pada evaluasi SPBE 2024. Pada evaluasi 2023, "
        "Pemkot Bontang memperoleh indeks 3,88 dengan predikat Sangat Baik, naik dari indeks 3,41 "
        'berpredikat Baik. "Domain Layanan kami sudah di 4,40, itu sudah masuk kategori '
        'memuaskan," ujarnya. Kota Samarinda pada evaluasi yang sama mencatat indeks 3,62 dengan '
        "predikat serupa."
    )
    got = facts(text, date(2024, 2, 20))
    assert ("Kota Bontang", 2023, 3.88, "Sangat Baik", "actual") in got
    assert ("Kota Samarinda", 2023, 3.62, "Sangat Baik", "actual") in got


def test_the_evaluation_held_last_year_is_the_one_just_announced():
    text = (
        "Pemkot Pontianak meraih predikat Memuaskan dalam evaluasi SPBE tahun lalu, dengan "
        "indeks sebesar 4,21. Pada evaluasi SPBE 2023 nilai Pemkot Pontianak masih 3,8."
    )
    assert facts(text, date(2025, 1, 20)) == [
        ("Kota Pontianak", 2024, 4.21, "Memuaskan", "actual"),
        ("Kota Pontianak", 2023, 3.8, None, "previous"),
    ]


def test_supaya_minimal_is_an_aim():
    text = (
        "Pada evaluasi SPBE 2020 Pemkab Sinjai meraih indeks 2,31 dengan predikat Cukup. "
        '"Saya minta semua OPD bekerja keras supaya pada evaluasi SPBE 2021 kita minimal dapat '
        'nilai 2,60," kata Bupati Sinjai.'
    )
    assert facts(text, date(2021, 3, 17)) == [
        ("Kabupaten Sinjai", 2020, 2.31, "Cukup", "actual"),
        ("Kabupaten Sinjai", 2021, 2.6, None, "target"),
    ]


def test_each_predikat_in_order_of_the_figures_given_before():
    text = (
        "Hasil evaluasi SPBE 2022 diumumkan. Muara Enim memperoleh indeks 2,87, lalu Lahat 2,53 "
        "dan Empat Lawang 2,14, masing-masing dengan predikat Baik, Cukup dan Cukup."
    )
    assert facts(text, date(2023, 2, 18)) == [
        ("Kabupaten Muara Enim", 2022, 2.87, "Baik", "actual"),
        ("Kabupaten Lahat", 2022, 2.53, "Cukup", "actual"),
        ("Kabupaten Empat Lawang", 2022, 2.14, "Cukup", "actual"),
    ]


def test_bare_diskominfo_aims_for_the_region_the_article_is_about():
    text = (
        "Pada evaluasi SPBE 2022 Kabupaten Sorong Selatan meraih indeks 2,10 dengan predikat "
        "Cukup. Kabupaten Maybrat sebagai pembanding memperoleh 1,98. Tahun ini Diskominfo "
        "menargetkan indeks SPBE minimal 2,60. Kami ingin naik ke predikat Baik."
    )
    assert facts(text, date(2023, 8, 8)) == [
        ("Kabupaten Sorong Selatan", 2022, 2.1, "Cukup", "actual"),
        ("Kabupaten Sorong Selatan", 2023, 2.6, "Baik", "target"),
        ("Kabupaten Maybrat", 2022, 1.98, None, "actual"),
    ]


def test_bare_kominfo_beside_a_regional_office_is_that_office():
    text = (
        "Pemkab Pasaman meraih indeks SPBE 2,66 dengan predikat Baik pada evaluasi 2021. "
        'Kadis Kominfo Pasaman berterima kasih kepada semua OPD. "Ini bukan hasil Kominfo '
        'sendiri. Target kita di evaluasi 2022 nanti tembus 3,0," ujarnya.'
    )
    assert facts(text, date(2022, 2, 4)) == [
        ("Kabupaten Pasaman", 2021, 2.66, "Baik", "actual"),
        ("Kabupaten Pasaman", 2022, 3.0, None, "target"),
    ]


def test_an_interview_answer_speaks_for_the_interviewee():
    text = (
        "Wawancara dengan Kadiskominfo Kapuas Hulu.\n\n"
        "Tanya: Berapa nilai SPBE tahun lalu?\n\n"
        "Jawab: Pemkab Kapuas Hulu dapat indeks 2,75, predikat Baik. Provinsi Kalimantan Barat "
        "dapat 3,14.\n\n"
        "Tanya: Targetnya?\n\n"
        "Jawab: Target tahun ini minimal 3,2."
    )
    assert facts(text, date(2022, 6, 1)) == [
        ("Kabupaten Kapuas Hulu", 2022, 3.2, None, "target"),
        ("Kabupaten Kapuas Hulu", 2021, 2.75, "Baik", "actual"),
        ("Provinsi Kalimantan Barat", 2021, 3.14, None, "actual"),
    ]


def test_regulation_naming_the_same_year_as_the_evaluation():
    text = (
        "Menurut Keputusan Menteri PANRB Nomor 120 Tahun 2024 tentang hasil evaluasi SPBE tahun "
        "2024, Kabupaten Bima mencapai indeks 3,05. Pada evaluasi SPBE tahun 2023 skornya 2,70.\n\n"
        "Sementara itu Kota Bima memperoleh indeks 2,95 dengan predikat Baik."
    )
    assert facts(text, date(2025, 1, 15)) == [
        ("Kabupaten Bima", 2023, 2.7, None, "previous"),
        ("Kabupaten Bima", 2024, 3.05, None, "actual"),
        ("Kota Bima", 2024, 2.95, "Baik", "actual"),
    ]


def test_the_first_ones_listed_share_a_predikat():
    text = (
        "Hasil evaluasi SPBE 2022: Kabupaten Kapuas, Kabupaten Katingan dan Kabupaten Seruyan "
        "masing-masing meraih nilai 2,51, 2,33 dan 2,72, dua kabupaten pertama masih di "
        'kategori "Cukup" sedangkan Seruyan sudah naik ke predikat Baik.'
    )
    assert facts(text, date(2023, 2, 1)) == [
        ("Kabupaten Kapuas", 2022, 2.51, "Cukup", "actual"),
        ("Kabupaten Katingan", 2022, 2.33, "Cukup", "actual"),
        ("Kabupaten Seruyan", 2022, 2.72, "Baik", "actual"),
    ]


def test_a_band_edge_is_no_score():
    text = (
        "Pemkab Bangka Barat meraih indeks SPBE 2,71 dengan predikat Baik pada evaluasi 2023. "
        "Pemkab Bangka Barat baru tahun ini melewati ambang 2,60 yang menjadi batas bawah "
        "predikat Baik. Sebelumnya Bangka Barat tertahan di bawah angka 2,6 itu."
    )
    assert facts(text, date(2024, 2, 1)) == [
        ("Kabupaten Bangka Barat", 2023, 2.71, "Baik", "actual"),
    ]


def test_bodies_and_figures_named_together_pair_in_order():
    text = (
        "Hasil evaluasi SPBE 2019 menunjukkan Kabupaten Asmat dan Kabupaten Mappi hanya "
        "mengantongi indeks 1,52 dan 1,38, keduanya berpredikat Kurang."
    )
    assert facts(text, date(2020, 4, 16)) == [
        ("Kabupaten Asmat", 2019, 1.52, "Kurang", "actual"),
        ("Kabupaten Mappi", 2019, 1.38, "Kurang", "actual"),
    ]


def test_news_coming_from_a_regency_is_about_it():
    text = (
        "Provinsi Papua Tengah meraih indeks SPBE 1,74 pada evaluasi 2024. Kabar lebih baik "
        "datang dari Nabire. Kota Injil itu mencatat skor 2,05, naik dari 1,66 pada 2023."
    )
    assert facts(text, date(2025, 2, 1)) == [
        ("Provinsi Papua Tengah", 2024, 1.74, None, "actual"),
        ("Kabupaten Nabire", 2023, 1.66, None, "previous"),
        ("Kabupaten Nabire", 2024, 2.05, None, "actual"),
    ]


def test_the_land_of_papua_is_a_place():
    text = (
        "Kabupaten Nabire meraih indeks SPBE 2,05 pada evaluasi 2024. Rata-rata indeks SPBE "
        "pemerintah daerah di enam provinsi Tanah Papua hanya sekitar 1,9."
    )
    assert facts(text, date(2025, 2, 1)) == [("Kabupaten Nabire", 2024, 2.05, None, "actual")]


def test_a_subscore_said_now_in_speech():
    text = (
        'Pemkot Banjarbaru meraih indeks SPBE 3,70 pada evaluasi 2023. "Kebijakan internal '
        'kita sekarang 4,05, tata kelola 3,35, manajemen 3,10, sedangkan layanan 4,02," ujarnya.'
    )
    assert extract_records(text, date(2024, 2, 1))[0].subscores == {
        "Kebijakan internal": 4.05,
        "tata kelola": 3.35,
        "manajemen": 3.1,
        "layanan": 4.02,
    }


def test_a_capitalised_domain_named_before_its_holder():
    text = (
        "Pemkab Sekadau meraih indeks SPBE 2,95 pada evaluasi 2023. Dirinci per domain, Domain "
        "Kebijakan Internal SPBE Bumi Lawang Kuari memperoleh nilai 3,20, Domain Tata Kelola SPBE "
        "2,70 dan Domain Layanan SPBE 3,30."
    )
    assert extract_records(text, date(2024, 2, 1))[0].subscores == {
        "Domain Kebijakan Internal SPBE": 3.2,
        "Domain Tata Kelola SPBE": 2.7,
        "Domain Layanan SPBE": 3.3,
    }


def test_the_index_named_after_a_domain_in_a_headline():
    text = "Domain Manajemen Jadi Titik Lemah, Indeks SPBE Sekadau Tertahan di 2,95"
    assert facts(text, date(2024, 2, 1)) == [("Kabupaten Sekadau", 2023, 2.95, None, "actual")]


def test_the_year_compared_with_is_not_the_articles_year():
    text = (
        "Pemkab Buton Utara meraih indeks 3,21 dalam hasil evaluasi SPBE yang diumumkan pekan "
        "lalu. Capaian ini meningkat dibanding hasil evaluasi SPBE tahun 2024 yang masih berada "
        "di angka 2,95."
    )
    assert facts(text, date(2026, 1, 21)) == [
        ("Kabupaten Buton Utara", 2024, 2.95, None, "previous"),
        ("Kabupaten Buton Utara", 2025, 3.21, None, "actual"),
    ]


def test_a_figure_with_a_letter_grade_is_another_index():
    text = (
        "Pemkab Garut meraih predikat Baik pada evaluasi SPBE 2022. Menurut Kepala DPMPTSP, "
        "nilai Garut naik dari tahun lalu yang hanya 3,52 atau kategori B."
    )
    assert facts(text, date(2023, 3, 1)) == [("Kabupaten Garut", 2022, None, "Baik", "actual")]


def test_a_former_predikat_with_its_year_and_figure_after_it():
    text = (
        "BPOM meraih indeks SPBE 4,36 pada evaluasi 2024. Dengan hasil itu BPOM naik satu "
        "tingkat dari predikat Sangat Baik yang diperoleh pada evaluasi tahun 2023 dengan "
        "indeks 3,95."
    )
    assert facts(text, date(2025, 2, 1)) == [
        ("Badan Pengawas Obat dan Makanan", 2024, 4.36, None, "actual"),
        ("Badan Pengawas Obat dan Makanan", 2023, 3.95, "Sangat Baik", "previous"),
    ]


def test_a_year_not_yet_announced_is_an_aim():
    # Published in April 2024: no result of the 2024 evaluation is out yet.
    text = (
        "Pemkab Sigi meraih indeks SPBE 2,41 dengan predikat Cukup pada evaluasi tahun 2023. "
        "Bupati Sigi meminta agar pada evaluasi SPBE tahun 2024 kabupaten itu bisa mencapai "
        "indeks 2,70 atau predikat Baik."
    )
    assert facts(text, published=date(2024, 4, 10)) == [
        ("Kabupaten Sigi", 2023, 2.41, "Cukup", "actual"),
        ("Kabupaten Sigi", 2024, 2.7, "Baik", "target"),
    ]


def test_national_ranks_said_in_other_words():
    def ranks(text):
        return [(r.instansi, r.rank) for r in extract_records(text, date(2021, 3, 1))]

    # "naik ... dari evaluasi sebelumnya" compares; the rank is this year's
    text = "BNN meraih indeks SPBE 3,12, peringkat 7 nasional, naik dari evaluasi sebelumnya."
    assert ranks(text) == [("Badan Narkotika Nasional", 7)]
    text = "Kemenkeu kembali menduduki posisi puncak nasional dengan indeks SPBE 4,08."
    assert ranks(text) == [("Kementerian Keuangan", 1)]
    # a part of the country is a region
    text = "Pemkot Sorong meraih indeks SPBE 2,58, peringkat dua di kawasan timur Indonesia."
    assert ranks(text) == [("Kota Sorong", None)]


def test_the_evaluators_name_is_no_other_index():
    text = (
        "Pemkab Sigi naik pada hasil evaluasi SPBE tahun 2023 yang ditetapkan dengan Keputusan "
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 13 Tahun 2024, dimana "
        "daerah ini meraih indeks 2,95 dengan predikat Baik."
    )
    assert facts(text) == [("Kabupaten Sigi", 2023, 2.95, "Baik", "actual")]


def test_a_capitalised_predikat_said_of_a_body_without_a_verb():
    text = (
        "Kabupaten Sigi dan Donggala masing-masing mencatat indeks SPBE 3,61 dan 2,98. "
        '"Sigi memang juga Sangat Baik, Donggala sama sama Baik," ujarnya.'
    )
    assert facts(text) == [
        ("Kabupaten Sigi", 2023, 3.61, "Sangat Baik", "actual"),
        ("Kabupaten Donggala", 2023, 2.98, "Baik", "actual"),
    ]
    text = "Kabupaten Sigi meraih indeks SPBE 3,61 yang sudah dikategorikan Sangat Baik."
    assert facts(text) == [("Kabupaten Sigi", 2023, 3.61, "Sangat Baik", "actual")]


def test_both_of_one_bodys_years_share_a_predikat():
    text = (
        "Pada evaluasi 2021 indeks SPBE Sigi hanya 1,89 lalu naik menjadi 2,31 pada 2022, "
        "keduanya masih berpredikat Cukup."
    )
    assert facts(text, published=date(2023, 3, 1)) == [
        ("Kabupaten Sigi", 2021, 1.89, "Cukup", "previous"),
        ("Kabupaten Sigi", 2022, 2.31, "Cukup", "actual"),
    ]


def test_a_route_between_two_towns_names_no_body():
    text = (
        "Pemkot Pematangsiantar meraih indeks SPBE 3,18. Kota di jalur lintas Medan-Parapat "
        "itu kini mengantongi predikat 'Baik'."
    )
    assert facts(text, published=date(2025, 1, 16)) == [
        ("Kota Pematangsiantar", 2024, 3.18, "Baik", "actual")
    ]


def test_our_aim_in_an_article_about_one_body():
    text = (
        "Pemkot Pematangsiantar meraih indeks SPBE 3,18.\n\n"
        "Baca juga:\n\n"
        '"Tahun ini target kita Sangat Baik. Memang berat," ujarnya.'
    )
    assert sorted(facts(text, published=date(2025, 1, 16)), key=str) == [
        ("Kota Pematangsiantar", 2024, 3.18, None, "actual"),
        ("Kota Pematangsiantar", 2025, None, "Sangat Baik", "target"),
    ]


def test_the_same_predikat_of_a_body_named_after_all_three():
    text = (
        "Pemkab Sigi, Pemkab Donggala dan Pemkot Palu masing-masing memperoleh indeks SPBE 2,71, "
        "3,05 dan 3,38, dan ketiganya meraih predikat Baik. Namun ketiganya masih di bawah "
        "Pemprov Sulteng yang membukukan skor 3,41 dengan predikat serupa."
    )
    assert ("Provinsi Sulawesi Tengah", 2023, 3.41, "Baik", "actual") in facts(text)


def test_our_aim_is_the_speaking_officials_body_not_the_one_compared_with():
    text = (
        "Kepala Diskominfo Kabupaten Kepahiang, Rudi Hartawan, menyebut indeks SPBE Kepahiang "
        "2,77 dengan predikat Baik. Ia membandingkannya dengan Kabupaten Rejang Lebong yang "
        'meraih 3,02.\n\n"Rejang Lebong sudah di depan. Tahun ini target kita minimal 3,1," '
        "tegasnya."
    )
    assert sorted(facts(text, published=date(2025, 2, 4)), key=str) == [
        ("Kabupaten Kepahiang", 2024, 2.77, "Baik", "actual"),
        ("Kabupaten Kepahiang", 2025, 3.1, None, "target"),
        ("Kabupaten Rejang Lebong", 2024, 3.02, None, "actual"),
    ]


def test_list_lines_with_a_dash_are_not_datelines():
    text = (
        "Rapor SPBE 2023 dua kabupaten di Madura:\n"
        "Kabupaten Sampang — indeks 2,95, predikat Baik\n"
        "Kabupaten Bangkalan — predikat CUKUP\n"
    )
    assert facts(text, published=date(2024, 4, 2)) == [
        ("Kabupaten Sampang", 2023, 2.95, "Baik", "actual"),
        ("Kabupaten Bangkalan", 2023, None, "Cukup", "actual"),
    ]


def test_a_place_in_the_description_of_the_body_named_before():
    text = (
        "Pemprov Papua Barat Daya kembali dinilai dalam evaluasi SPBE 2024. Dalam evaluasi itu, "
        "provinsi termuda di wilayah kepala burung Papua tersebut memperoleh indeks 2,41."
    )
    assert facts(text, published=date(2025, 3, 3)) == [
        ("Provinsi Papua Barat Daya", 2024, 2.41, None, "actual")
    ]


def test_now_after_a_history_is_the_year_after_its_last():
    text = (
        "Pemkab Buton Utara akhirnya naik kelas dalam evaluasi SPBE yang diumumkan tahun ini. "
        '"Tahun 2019 kita cuma 1,71, lalu 2020 jadi 2,05 dan sekarang 2,66," katanya.'
    )
    assert facts(text, published=date(2021, 12, 6)) == [
        ("Kabupaten Buton Utara", 2019, 1.71, None, "previous"),
        ("Kabupaten Buton Utara", 2020, 2.05, None, "previous"),
        ("Kabupaten Buton Utara", 2021, 2.66, None, "actual"),
    ]


def test_the_top_national_score_held_by_the_body_named_after_it():
    text = (
        "Pemprov Gorontalo mencatatkan indeks SPBE 2,21, sedangkan skor tertinggi secara nasional "
        "diraih Badan Pusat Statistik dengan indeks 3,66."
    )
    got = {(r.instansi, r.value, r.rank) for r in extract_records(text, date(2019, 4, 2))}
    assert got == {("Badan Pusat Statistik", 3.66, 1), ("Provinsi Gorontalo", 2.21, None)}


def test_of_the_same_province_is_a_place():
    text = (
        'Anggota dewan membandingkan: "Lihat Kepulauan Meranti, sama-sama Riau, mereka dapat '
        '2,71. Pemprov Riau sendiri dapat 3,05," ujarnya soal indeks SPBE 2023.'
    )
    assert sorted(facts(text, published=date(2024, 3, 4)), key=str) == [
        ("Kabupaten Kepulauan Meranti", 2023, 2.71, None, "actual"),
        ("Provinsi Riau", 2023, 3.05, None, "actual"),
    ]


def test_capitalised_predikat_after_masih_closing_its_clause():
    text = (
        'Indeks SPBE Pemkab Konawe Selatan 2024 naik menjadi 2,88. "Dari 2,35 pada evaluasi '
        "2023, yang waktu itu masih Cukup, sekarang kita sudah Baik. Banyak daerah yang sudah "
        'Memuaskan," ujarnya.'
    )
    assert sorted(facts(text, published=date(2025, 2, 3)), key=str) == [
        ("Kabupaten Konawe Selatan", 2023, 2.35, "Cukup", "previous"),
        ("Kabupaten Konawe Selatan", 2024, 2.88, "Baik", "actual"),
    ]


def test_a_described_body_opening_a_sentence_is_the_one_last_named():
    text = (
        "Pemkab Sleman meraih indeks SPBE 3,91 pada evaluasi 2022. Capaian itu membuat Sleman "
        "menyalip tetangganya, Kulon Progo. Kabupaten di ujung barat Yogyakarta itu pada 2022 "
        "mendapat indeks 3,48."
    )
    assert sorted(facts(text, published=date(2023, 3, 1)), key=str) == [
        ("Kabupaten Kulon Progo", 2022, 3.48, None, "actual"),
        ("Kabupaten Sleman", 2022, 3.91, None, "actual"),
    ]


def test_a_place_in_a_description_opening_the_sentence():
    text = (
        "Nasib lebih buruk dialami Kabupaten Kepulauan Aru dalam evaluasi SPBE 2018. Kabupaten "
        "kepulauan yang terpisah dari daratan Maluku itu hanya mengantongi indeks 1,38."
    )
    assert facts(text, published=date(2019, 4, 4)) == [
        ("Kabupaten Kepulauan Aru", 2018, 1.38, None, "actual")
    ]


def test_the_year_the_new_index_starts_and_its_aims_are_not_spbe_figures():
    text = (
        "Pemkab Lombok Barat meraih indeks SPBE 3,12 dengan predikat Baik pada evaluasi 2025. "
        '"Mulai tahun ini penilaiannya berganti menjadi Indeks Pemerintah Digital, jadi kita '
        'tutup dengan predikat Baik," kata Bupati. Ia menargetkan nilai minimal 3,5 pada '
        "penilaian Indeks Pemerintah Digital tahun 2026."
    )
    assert facts(text, published=date(2026, 1, 21)) == [
        ("Kabupaten Lombok Barat", 2025, 3.12, "Baik", "actual")
    ]


def test_a_compass_part_of_a_province_is_a_place():
    text = (
        "Di kawasan timur-utara Sulawesi Tengah, Kabupaten Banggai dan Kabupaten Tojo Una-Una "
        "masing-masing mencatat indeks SPBE 2,64 dan 2,38 pada evaluasi 2023, sedangkan Pemprov "
        "Sulteng meraih 3,02."
    )
    assert sorted(facts(text, published=date(2024, 3, 5)), key=str) == [
        ("Kabupaten Banggai", 2023, 2.64, None, "actual"),
        ("Kabupaten Tojo Una Una", 2023, 2.38, None, "actual"),
        ("Provinsi Sulawesi Tengah", 2023, 3.02, None, "actual"),
    ]


def test_one_more_body_set_aside_in_a_shared_predikat():
    text = (
        "Badan Pusat Statistik meraih indeks SPBE 3,52 pada evaluasi 2022. Adapun Badan Informasi "
        "Geospasial dan Lembaga Administrasi Negara masing-masing mencatat 3,11 dan 2,87, sehingga "
        "ketiganya, bersama BPS, berpredikat Baik."
    )
    assert sorted(facts(text, published=date(2023, 4, 2)), key=str) == [
        ("Badan Informasi Geospasial", 2022, 3.11, "Baik", "actual"),
        ("Badan Pusat Statistik", 2022, 3.52, "Baik", "actual"),
        ("Lembaga Administrasi Negara", 2022, 2.87, "Baik", "actual"),
    ]


def test_now_then_each_of_a_list_is_the_year_reported():
    text = (
        "Kabupaten Sigi dan Kabupaten Donggala, yang pada evaluasi SPBE 2021 sama-sama masih "
        "berpredikat Kurang, kini masing-masing memperoleh indeks 2,21 dan 2,08."
    )
    assert sorted(facts(text, published=date(2023, 2, 9)), key=str) == [
        ("Kabupaten Donggala", 2021, None, "Kurang", "previous"),
        ("Kabupaten Donggala", 2022, 2.08, None, "actual"),
        ("Kabupaten Sigi", 2021, None, "Kurang", "previous"),
        ("Kabupaten Sigi", 2022, 2.21, None, "actual"),
    ]


def test_a_decimal_point_does_not_end_a_history_of_years():
    text = (
        "Indeks SPBE Kabupaten Wajo tercatat 2,05 pada 2021, lalu 2.41 pada 2022, hingga hasil "
        "evaluasi 2023 yang diumumkan Januari lalu menempatkan Wajo di 2,77 poin. Kabupaten "
        "Soppeng meraih 2,60 pada evaluasi yang sama."
    )
    assert sorted(facts(text, published=date(2024, 2, 20)), key=str) == [
        ("Kabupaten Soppeng", 2023, 2.6, None, "actual"),
        ("Kabupaten Wajo", 2021, 2.05, None, "previous"),
        ("Kabupaten Wajo", 2022, 2.41, None, "previous"),
        ("Kabupaten Wajo", 2023, 2.77, None, "actual"),
    ]


def test_the_predikat_risen_from_is_the_previous_one():
    text = (
        "Pemkab Muna Barat berhasil menaikkan predikat SPBE dari sebelumnya Kurang menjadi Cukup "
        "pada evaluasi SPBE tahun 2022. Indeksnya kini 2,15, naik dibandingkan evaluasi tahun "
        "sebelumnya yang hanya 1,62."
    )
    assert sorted(facts(text, published=date(2023, 3, 14)), key=str) == [
        ("Kabupaten Muna Barat", 2021, 1.62, "Kurang", "previous"),
        ("Kabupaten Muna Barat", 2022, 2.15, "Cukup", "actual"),
    ]
    text = (
        "Pemkab Muna Barat meraih indeks SPBE 2,15 pada evaluasi 2022, naik dari hasil evaluasi "
        '2021 yang hanya 1,62. "Predikat kita sekarang Cukup, dari sebelumnya Kurang," kata '
        "Kadiskominfo."
    )
    assert sorted(facts(text, published=date(2023, 3, 14)), key=str) == [
        ("Kabupaten Muna Barat", 2021, 1.62, "Kurang", "previous"),
        ("Kabupaten Muna Barat", 2022, 2.15, "Cukup", "actual"),
    ]


def test_the_predikat_of_the_time_a_figure_risen_from_was_given():
    text = (
        "Pemkab Buru Selatan memperoleh indeks SPBE 2,08 dengan predikat Cukup pada evaluasi "
        "tahun ini, naik dari 1,61 pada tahun lalu saat kabupaten itu masih berpredikat Kurang."
    )
    assert sorted(facts(text, published=date(2021, 12, 2)), key=str) == [
        ("Kabupaten Buru Selatan", 2020, 1.61, "Kurang", "previous"),
        ("Kabupaten Buru Selatan", 2021, 2.08, "Cukup", "actual"),
    ]


def test_a_national_average_near_a_rank_in_the_province_does_not_make_it_national():
    text = (
        '"Dengan nilai SPBE 2,88 ini Pohuwato sudah di atas rata-rata nasional yang 2,79, dan di '
        'Provinsi Gorontalo kita ada di urutan ketiga," ujar Sekda Pohuwato.'
    )
    assert facts(text, published=date(2024, 3, 1)) == [
        ("Kabupaten Pohuwato", 2023, 2.88, None, "actual")
    ]
    records = extract_records(text, date(2024, 3, 1))
    assert [r.rank for r in records] == [None]


def test_national_words_after_a_turn_do_not_make_a_rank_in_the_province_national():
    text = (
        "Indeks SPBE Kabupaten Pringsewu 2023 tercatat 2,95. Di lingkup Provinsi Lampung, "
        "Pringsewu berada di urutan kedua di bawah Kota Metro, sedangkan secara nasional rata-rata "
        "indeks SPBE tahun itu 2,79."
    )
    records = extract_records(text, date(2024, 3, 1))
    assert [(r.instansi, r.value, r.rank) for r in records] == [("Kabupaten Pringsewu", 2.95, None)]


def test_an_average_of_a_named_body_is_not_its_score():
    text = (
        "Rekap evaluasi SPBE 2023:\n1. Pemprov Lampung : Baik\n2. Kota Metro : 3,40 (Baik)\n"
        "Rata2 Lampung 2,75 saja."
    )
    assert facts(text, published=date(2024, 2, 1)) == [
        ("Provinsi Lampung", 2023, None, "Baik", "actual"),
        ("Kota Metro", 2023, 3.4, "Baik", "actual"),
    ]


def test_what_another_body_recorded_after_an_aim_is_its_result():
    text = (
        "Target kami pada evaluasi SPBE 2021 menembus 3,60. Kami ingin setara dengan BPS, yang "
        "pada evaluasi 2020 mencatat skor 3,92."
    )
    assert facts(text, published=date(2021, 3, 1)) == [
        ("Badan Pusat Statistik", 2020, 3.92, None, "actual")
    ]


def test_bodies_in_the_group_holding_a_predikat_hold_it():
    text = (
        "Kemenkeu meraih indeks SPBE 4,40 pada evaluasi 2023. Beberapa lembaga seperti BPS dan "
        "LKPP juga masuk kelompok instansi dengan predikat Memuaskan."
    )
    assert sorted(facts(text, published=date(2024, 3, 1))) == [
        ("Badan Pusat Statistik", 2023, None, "Memuaskan", "actual"),
        ("Kementerian Keuangan", 2023, 4.4, None, "actual"),
        ("Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", 2023, None, "Memuaskan", "actual"),
    ]


def test_a_province_a_list_is_placed_in_is_not_in_the_list():
    text = (
        "Di kawasan pesisir timur Sumatera Utara, Kabupaten Batu Bara dan Kota Tanjungbalai "
        "masing-masing meraih indeks SPBE 2,66 dan 2,41 pada evaluasi 2022, sementara Pemprov "
        "Sumut mendapat 3,21."
    )
    assert sorted(facts(text, published=date(2023, 3, 1))) == [
        ("Kabupaten Batu Bara", 2022, 2.66, None, "actual"),
        ("Kota Tanjungbalai", 2022, 2.41, None, "actual"),
        ("Provinsi Sumatera Utara", 2022, 3.21, None, "actual"),
    ]


def test_bodies_counted_without_ke_take_their_figures_in_order():
    text = (
        "Pada evaluasi SPBE 2023 dua kota di Jambi naik kelas, yakni Kota Jambi dan Kota Sungai "
        'Penuh. "Dua kota itu masing-masing memperoleh 3,02 dan 2,77," katanya.'
    )
    assert facts(text, published=date(2024, 3, 1)) == [
        ("Kota Jambi", 2023, 3.02, None, "actual"),
        ("Kota Sungai Penuh", 2023, 2.77, None, "actual"),
    ]


def test_a_count_of_bodies_named_together_after_another_takes_their_figures():
    text = (
        "BMKG meraih indeks SPBE 3,70 pada evaluasi 2023. Selain BMKG, dua lembaga lain, yakni "
        "BPOM dan BKKBN, juga naik. Keduanya memperoleh indeks masing-masing 3,41 dan 3,25."
    )
    assert sorted(facts(text, published=date(2024, 3, 1))) == [
        ("Badan Kependudukan dan Keluarga Berencana Nasional", 2023, 3.25, None, "actual"),
        ("Badan Meteorologi, Klimatologi, dan Geofisika", 2023, 3.7, None, "actual"),
        ("Badan Pengawas Obat dan Makanan", 2023, 3.41, None, "actual"),
    ]


def test_a_province_in_a_regencys_nickname_is_not_the_subject():
    text = (
        "Kabupaten Indramayu, yang dikenal sebagai Lumbung Pangan Jawa Barat, mendapat indeks "
        "SPBE 2,45 pada evaluasi 2019."
    )
    assert facts(text, published=date(2020, 3, 1)) == [
        ("Kabupaten Indramayu", 2019, 2.45, None, "actual")
    ]


def test_a_self_assessment_with_a_possessive_is_no_result():
    text = (
        "Pemkab Lebak menyebut hasil penilaian mandirinya untuk evaluasi SPBE 2024 mencapai 3,10."
    )
    assert facts(text, published=date(2024, 10, 1)) == []


def test_the_evaluator_scored_after_it_evaluates_itself_or_as_a_comparison():
    text = (
        "Bappenas meraih indeks SPBE 3,90 pada evaluasi 2022. KemenPAN-RB, sang evaluator, juga "
        "mengevaluasi dirinya sendiri. Kementerian itu mencatat indeks 3,88."
    )
    assert facts(text, published=date(2023, 3, 1)) == [
        ("Kementerian Perencanaan Pembangunan Nasional/Bappenas", 2022, 3.9, None, "actual"),
        ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", 2022, 3.88, None,
         "actual"),
    ]  # fmt: skip
    text = (
        "BSSN meraih indeks SPBE 3,41 pada evaluasi 2020. Sebagai pembanding, Kementerian PANRB "
        "yang menjadi pembina SPBE instansi pusat memperoleh indeks 3,67."
    )
    assert facts(text, published=date(2021, 3, 1)) == [
        ("Badan Siber dan Sandi Negara", 2020, 3.41, None, "actual"),
        ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", 2020, 3.67, None,
         "actual"),
    ]  # fmt: skip


def test_a_figure_risen_from_after_the_evaluations_year_is_the_year_befores():
    text = (
        "Pemkab Soppeng mencatat kenaikan indeks SPBE pada hasil evaluasi tahun 2023, yakni dari "
        "2,48 menjadi 2,93 dengan predikat Baik."
    )
    assert facts(text, published=date(2024, 2, 1)) == [
        ("Kabupaten Soppeng", 2022, 2.48, None, "previous"),
        ("Kabupaten Soppeng", 2023, 2.93, "Baik", "actual"),
    ]


def test_a_predikat_still_the_same_holds_for_the_figure_risen_from_too():
    text = (
        '"Indeks SPBE Pemkab Mukomuko 2,61, kita naik dari 2,33 tahun sebelumnya, meski '
        'predikatnya masih sama, cukup," katanya.'
    )
    assert facts(text, published=date(2021, 3, 1)) == [
        ("Kabupaten Mukomuko", 2019, 2.33, "Cukup", "previous"),
        ("Kabupaten Mukomuko", 2020, 2.61, "Cukup", "actual"),
    ]


def test_a_word_of_kind_in_brackets_after_a_body_is_that_body():
    text = (
        "Kabupaten Pidie meraih indeks SPBE 2,11, sedangkan Pemerintah Aceh (provinsi) sudah "
        "masuk predikat Baik dengan nilai 2,70."
    )
    assert facts(text, published=date(2020, 3, 1)) == [
        ("Kabupaten Pidie", 2019, 2.11, None, "actual"),
        ("Provinsi Aceh", 2019, 2.7, "Baik", "actual"),
    ]


def test_a_bracketed_last_year_after_a_figure_is_the_figure_inside_it():
    text = "Hasil evaluasi SPBE 2025:\n\n- Kolaka : 3,18 Baik (tahun lalu 2,90 jd naik)\n"
    assert sorted(facts(text, published=date(2026, 1, 20))) == [
        ("Kabupaten Kolaka", 2024, 2.9, None, "previous"),
        ("Kabupaten Kolaka", 2025, 3.18, "Baik", "actual"),
    ]


def test_a_counted_list_with_its_shared_predikat_before_each_figure():
    text = (
        "Pada evaluasi SPBE 2020, Kota Bitung, Kota Tomohon dan Kabupaten Minahasa menjadi yang "
        "terbaik. Ketiganya meraih predikat Baik, masing-masing dengan indeks 2,95, 2,80 dan 2,66."
    )
    assert facts(text, published=date(2021, 3, 1)) == [
        ("Kota Bitung", 2020, 2.95, "Baik", "actual"),
        ("Kota Tomohon", 2020, 2.8, "Baik", "actual"),
        ("Kabupaten Minahasa", 2020, 2.66, "Baik", "actual"),
    ]


def test_a_nickname_with_a_suffix_naming_a_province_is_not_that_province():
    text = (
        "Kabupaten Gianyar mencatat indeks SPBE 4,05 pada evaluasi 2024, menempatkan daerah "
        "berjuluk Kota Seni-nya Bali itu di peringkat ketujuh secara nasional."
    )
    (record,) = extract_records(text, date(2025, 1, 20))
    assert (record.instansi, record.value, record.rank) == ("Kabupaten Gianyar", 4.05, 7)


def test_as_in_the_years_before_is_no_year():
    text = (
        "Pada evaluasi SPBE 2024, Kabupaten Badung kembali mengantongi predikat Memuaskan "
        "seperti tahun-tahun sebelumnya."
    )
    assert facts(text, published=date(2025, 1, 14)) == [
        ("Kabupaten Badung", 2024, None, "Memuaskan", "actual"),
    ]


def test_a_body_named_after_a_lists_figures_holds_the_predikat_after_it():
    text = (
        "Klungkung dan Karangasem masing-masing meraih indeks 3,41 dan 3,22 pada evaluasi SPBE "
        "2024, keduanya berpredikat Baik, sementara Kabupaten Badung juga mengantongi predikat "
        "Memuaskan."
    )
    assert facts(text, published=date(2025, 1, 14)) == [
        ("Kabupaten Klungkung", 2024, 3.41, "Baik", "actual"),
        ("Kabupaten Karangasem", 2024, 3.22, "Baik", "actual"),
        ("Kabupaten Badung", 2024, None, "Memuaskan", "actual"),
    ]


def test_a_figure_between_leader_dots_is_read():
    text = "Rekap hasil evaluasi SPBE 2025:\n\n1. Kab. Sampang .....2.61.....BAIK\n"
    assert facts(text, published=date(2026, 1, 14)) == [
        ("Kabupaten Sampang", 2025, 2.61, "Baik", "actual"),
    ]


def test_risen_from_as_chat_writes_it():
    text = "Hasil evaluasi SPBE 2025: Kab. Bangkalan 2,93, naik dr 2,70 ."
    assert sorted(facts(text, published=date(2026, 1, 14))) == [
        ("Kabupaten Bangkalan", 2024, 2.7, None, "previous"),
        ("Kabupaten Bangkalan", 2025, 2.93, None, "actual"),
    ]


def test_a_comma_without_its_space_still_ends_a_clause():
    text = "Pemprov Jatim dpt nilai SPBE 4,38 MEMUASKAN,sbg pembanding indeks nasional 2024 3,12."
    assert facts(text, published=date(2026, 1, 14)) == [
        ("Provinsi Jawa Timur", 2025, 4.38, "Memuaskan", "actual"),
    ]


def test_a_province_in_brackets_after_a_listed_body_is_not_listed():
    text = (
        "Kabupaten Mappi dan Kabupaten Asmat (kini bagian dari Provinsi Papua Selatan) "
        "masing-masing mencatat indeks SPBE 1,38 dan 1,61, keduanya juga berpredikat Kurang."
    )
    assert facts(text, published=date(2023, 2, 21)) == [
        ("Kabupaten Mappi", 2022, 1.38, "Kurang", "actual"),
        ("Kabupaten Asmat", 2022, 1.61, "Kurang", "actual"),
    ]


def test_a_floor_far_after_the_aim_in_its_sentence_is_still_the_aim():
    text = (
        "BPOM menargetkan pada evaluasi SPBE tahun 2025, yang menjadi evaluasi indeks SPBE "
        "terakhir sebelum beralih ke Indeks Pemerintah Digital, dapat mempertahankan predikat "
        "Sangat Baik dengan indeks minimal 3,90."
    )
    assert facts(text, published=date(2025, 1, 10)) == [
        ("Badan Pengawas Obat dan Makanan", 2025, 3.9, "Sangat Baik", "target"),
    ]


def test_the_archives_supervision_index_is_another_index():
    text = (
        "ANRI meraih predikat Memuaskan pada evaluasi SPBE 2024 dengan indeks 4,31. ANRI juga "
        "mendorong Indeks Pengawasan Kearsipan yang pada 2024 mencapai 75,62 dengan kategori "
        '"Baik".'
    )
    assert facts(text, published=date(2025, 1, 10)) == [
        ("Arsip Nasional Republik Indonesia", 2024, 4.31, "Memuaskan", "actual"),
    ]


def test_another_body_that_already_holds_the_aimed_predikat_holds_it_now():
    text = (
        '"Tahun 2025 Klungkung harus meraih predikat Memuaskan dalam evaluasi SPBE, seperti '
        'Badung yang sudah Memuaskan dengan nilai 4,25," ujar Bupati.'
    )
    assert facts(text, published=date(2025, 1, 20)) == [
        ("Kabupaten Klungkung", 2025, None, "Memuaskan", "target"),
        ("Kabupaten Badung", 2024, 4.25, "Memuaskan", "actual"),
    ]


def test_this_years_result_in_january_is_the_evaluation_just_out():
    text = (
        "Capaian Sidrap tahun ini masih di bawah Kabupaten Pinrang yang memperoleh indeks SPBE "
        "3,41 dengan predikat Baik."
    )
    assert facts(text, published=date(2026, 1, 21)) == [
        ("Kabupaten Pinrang", 2025, 3.41, "Baik", "actual"),
    ]


def test_not_wanting_to_stop_at_a_figure_is_no_aim_for_it():
    text = (
        "Indeks SPBE Kabupaten Bantaeng kini 2,77 pada 2021. Pemkab tidak ingin berhenti di "
        "angka 2,77."
    )
    assert facts(text, published=date(2022, 3, 1)) == [
        ("Kabupaten Bantaeng", 2021, 2.77, None, "actual"),
    ]


def test_a_list_line_with_the_predikat_then_its_figure_in_brackets():
    text = (
        "Hasil evaluasi SPBE 2024 se-Sumsel:\n\n1. Lahat msh Cukup (2,41)\n"
        "2. Muara Enim Baik (2,66)\n"
    )
    assert facts(text, published=date(2025, 1, 20)) == [
        ("Kabupaten Lahat", 2024, 2.41, "Cukup", "actual"),
        ("Kabupaten Muara Enim", 2024, 2.66, "Baik", "actual"),
    ]


def test_a_name_that_is_also_a_word_listed_before_a_comma_is_the_body():
    text = (
        "Dua kabupaten di selatan Banten, Pandeglang dan Lebak, sama-sama mendapat predikat "
        "Cukup dalam evaluasi SPBE 2018."
    )
    assert facts(text, published=date(2019, 3, 1)) == [
        ("Kabupaten Pandeglang", 2018, None, "Cukup", "actual"),
        ("Kabupaten Lebak", 2018, None, "Cukup", "actual"),
    ]


def test_the_average_of_a_provinces_regions_is_nobodys_score():
    text = (
        "Dengan indeks SPBE 2,71 Kabupaten Asahan berada di atas rata-rata kabupaten/kota Sumut "
        "yang 2,05. Angka itu juga di atas rata-rata indeks SPBE kabupaten/kota se-Sumatera "
        "Utara yang menurut catatan Dinas Kominfo Provinsi Sumut berada di angka 2,21."
    )
    assert facts(text, published=date(2021, 3, 1)) == [
        ("Kabupaten Asahan", 2020, 2.71, None, "actual"),
    ]


def test_a_rank_among_the_regencies_of_an_area_is_not_national():
    text = (
        "Pemerintah Kabupaten Blitar meraih indeks SPBE 3,08 dengan predikat Baik. Kabupaten itu "
        "menempati urutan kedua di antara kabupaten kawasan Mataraman."
    )
    (record,) = extract_records(text, date(2022, 3, 1))
    assert (record.instansi, record.value, record.rank) == ("Kabupaten Blitar", 3.08, None)


def test_a_category_not_yet_reached_is_nobodys_predikat():
    text = (
        "Kabupaten Subang meraih indeks SPBE 2,41 dengan predikat Cukup, naik dibandingkan tahun "
        "2018 yang masih 1,90, tapi belum tembus kategori Baik."
    )
    assert sorted(facts(text, published=date(2020, 3, 1))) == [
        ("Kabupaten Subang", 2018, 1.9, None, "previous"),
        ("Kabupaten Subang", 2019, 2.41, "Cukup", "actual"),
    ]


def test_the_predikat_a_body_rose_from_is_last_years():
    text = (
        "Hasil evaluasi SPBE 2021 membawa kabar baik: Pemkab Ngawi, dari yang semula berpredikat "
        "Cukup kini naik menjadi Baik. Indeks Ngawi tercatat 2,91."
    )
    assert sorted(facts(text, published=date(2022, 3, 1))) == [
        ("Kabupaten Ngawi", 2020, None, "Cukup", "previous"),
        ("Kabupaten Ngawi", 2021, 2.91, "Baik", "actual"),
    ]


def test_the_number_of_bodies_a_rank_was_among_is_no_holder_of_the_predikat():
    text = (
        "Pada evaluasi SPBE 2022, Pemprov Bali menempati urutan kedua nasional di antara 34 "
        "provinsi dengan predikat Sangat Baik."
    )
    (record,) = extract_records(text, date(2023, 3, 1))
    assert (record.instansi, record.predikat, record.rank) == ("Provinsi Bali", "Sangat Baik", 2)


def test_last_years_evaluation_is_the_articles_year_though_an_older_one_follows():
    text = (
        "Pemkot Dumai meraih predikat Baik dalam evaluasi SPBE tahun lalu dengan indeks 2,77, "
        "naik dari hasil evaluasi 2021 yang 2,40."
    )
    assert sorted(facts(text, published=date(2023, 1, 20))) == [
        ("Kota Dumai", 2021, 2.4, None, "previous"),
        ("Kota Dumai", 2022, 2.77, "Baik", "actual"),
    ]


def test_now_after_a_figure_starts_the_next_figures_part():
    text = "Pemkab Sumedang yang pada evaluasi SPBE 2022 mencatat 2,95 kini naik ke 3,20."
    assert sorted(facts(text, published=date(2024, 2, 1))) == [
        ("Kabupaten Sumedang", 2022, 2.95, None, "previous"),
        ("Kabupaten Sumedang", 2023, 3.2, None, "actual"),
    ]


def test_compared_with_a_kind_of_body_is_no_earlier_year():
    text = (
        "Pemkab Garut meraih indeks SPBE 2,61 pada evaluasi 2022, masih di bawah dibanding "
        "kabupaten tetangga seperti Sumedang yang mencatat 3,05."
    )
    assert sorted(facts(text, published=date(2023, 2, 1))) == [
        ("Kabupaten Garut", 2022, 2.61, None, "actual"),
        ("Kabupaten Sumedang", 2022, 3.05, None, "actual"),
    ]


def test_an_earlier_predikat_without_a_year_is_the_one_named_with_its_year():
    text = (
        "Indeks SPBE Pemprov Jambi naik dari 2,25 dengan predikat Cukup pada evaluasi 2019 menjadi "
        "2,81 dengan predikat Baik pada evaluasi 2021. Kadis Kominfo bersyukur, dari sebelumnya "
        "berpredikat Cukup, sekarang sudah Baik."
    )
    assert sorted(facts(text, published=date(2022, 5, 1))) == [
        ("Provinsi Jambi", 2019, 2.25, "Cukup", "previous"),
        ("Provinsi Jambi", 2021, 2.81, "Baik", "actual"),
    ]


def test_the_edge_of_a_band_named_without_the_word_predikat_is_no_predikat():
    text = (
        "Hasil evaluasi SPBE 2022: Pemprov Kalteng memperoleh angka 3,44, tipis di bawah ambang "
        "Sangat Baik."
    )
    assert facts(text, published=date(2023, 3, 1)) == [
        ("Provinsi Kalimantan Tengah", 2022, 3.44, None, "actual"),
    ]


def test_a_figure_hoped_to_become_a_footing_is_the_result_said_again():
    text = (
        "Pemkab Barito Kuala meraih indeks SPBE 2,88 pada evaluasi 2023. Bupati berharap poin "
        "2,88 menjadi pijakan untuk naik kelas pada evaluasi berikutnya."
    )
    assert facts(text, published=date(2024, 2, 1)) == [
        ("Kabupaten Barito Kuala", 2023, 2.88, None, "actual"),
    ]


def test_a_body_outranked_does_not_become_the_topic():
    text = (
        "Kota Tomohon meraih indeks SPBE 3,21 pada evaluasi 2023. Capaian itu menempatkan Tomohon "
        "di urutan teratas, di atas Kabupaten Minahasa yang memperoleh 2,95. Domain Layanan "
        "mendapat nilai 3,70 dan domain Manajemen 2,55."
    )
    by_body = {r.instansi: r for r in extract_records(text, date(2024, 3, 1))}
    assert by_body["Kota Tomohon"].subscores and not by_body["Kabupaten Minahasa"].subscores


def test_second_after_a_regency_of_the_same_province_is_no_national_rank():
    text = (
        "Pemkab Sleman meraih indeks SPBE 4,01 pada evaluasi 2023. Di bawah Sleman, posisi kedua "
        "ditempati Pemkab Bantul dengan nilai 3,62."
    )
    ranks = {r.instansi: r.rank for r in extract_records(text, date(2024, 3, 1))}
    assert ranks == {"Kabupaten Sleman": None, "Kabupaten Bantul": None}


def test_the_city_a_street_is_in_is_not_the_topic():
    text = (
        "Di sebuah kedai di Jalan Ahmad Yani Kendari, kawan saya membuka daftar hasil evaluasi "
        "SPBE 2023, dan Provinsi Sulawesi Tenggara ada di sana. Angkanya 2,51."
    )
    assert facts(text, published=date(2024, 3, 1)) == [
        ("Provinsi Sulawesi Tenggara", 2023, 2.51, None, "actual"),
    ]


def test_a_whole_number_the_body_must_break_through_is_an_aim():
    text = (
        'Pemkab Merangin meraih indeks SPBE 2,58 pada evaluasi 2020. "Tahun ini kita harus tembus '
        'angka 3 poin, tidak boleh kurang," kata Sekda.'
    )
    assert sorted(facts(text, published=date(2021, 3, 1))) == [
        ("Kabupaten Merangin", 2020, 2.58, None, "actual"),
        ("Kabupaten Merangin", 2021, 3.0, None, "target"),
    ]


def test_the_top_place_among_a_provinces_regencies_said_later_is_no_national_rank():
    text = (
        "Kota Bukittinggi menempati posisi teratas dalam hasil evaluasi Sistem Pemerintahan "
        "Berbasis Elektronik (SPBE) 2023 di antara 19 kabupaten dan kota. Indeksnya 3,40."
    )
    (record,) = extract_records(text, date(2024, 3, 1))
    assert (record.instansi, record.value, record.rank) == ("Kota Bukittinggi", 3.4, None)


def test_only_one_that_reached_a_predikat_is_not_the_province_counted_in():
    text = (
        "Pemprov Riau mencatat indeks SPBE 3,30 pada evaluasi 2023. Dari 12 daerah di Riau, baru "
        "satu yang masuk kategori Sangat Baik."
    )
    assert facts(text, published=date(2024, 3, 1)) == [
        ("Provinsi Riau", 2023, 3.3, None, "actual"),
    ]


def test_a_predikat_said_of_two_years_holds_for_both():
    text = (
        "Indeks SPBE Kabupaten Sarolangun tercatat 1,95 pada 2018 dan 2,31 pada 2019. Pada "
        "evaluasi 2018 dan 2019, Sarolangun masih berada di predikat Cukup."
    )
    assert sorted(facts(text, published=date(2020, 4, 1))) == [
        ("Kabupaten Sarolangun", 2018, 1.95, "Cukup", "previous"),
        ("Kabupaten Sarolangun", 2019, 2.31, "Cukup", "actual"),
    ]


def test_next_years_floor_of_a_predikat_and_a_figure_is_an_aim():
    text = (
        "Pemkab Kaur meraih indeks SPBE 2,05 pada evaluasi tahun ini, predikatnya Cukup.\n\n"
        "Arahan Bupati jelas, tahun depan minimal Baik, angkanya paling tidak 2,6."
    )
    assert sorted(facts(text, published=date(2021, 12, 15))) == [
        ("Kabupaten Kaur", 2021, 2.05, "Cukup", "actual"),
        ("Kabupaten Kaur", 2022, 2.6, "Baik", "target"),
    ]


def test_a_place_two_bodies_are_said_to_hold_is_neithers_rank():
    text = (
        "Pada evaluasi SPBE 2022, BKN dan LKPP, dua lembaga yang selama ini langganan di urutan "
        "ketiga, kembali meraih predikat Sangat Baik."
    )
    ranks = {r.instansi: r.rank for r in extract_records(text, date(2023, 3, 1))}
    assert set(ranks.values()) == {None}


def test_bodies_in_an_aside_after_the_subject_are_not_the_subject():
    text = (
        "Pada evaluasi SPBE 2024, Kabupaten Ogan Ilir, yang sering tertukar namanya dengan Ogan "
        "Komering Ilir oleh warga luar Sumsel, memperoleh indeks 3,02."
    )
    assert facts(text, published=date(2025, 2, 1)) == [
        ("Kabupaten Ogan Ilir", 2024, 3.02, None, "actual"),
    ]


def test_a_spaced_decimal_glued_to_the_name_in_a_run_together_table():
    text = (
        "Hasil evaluasi SPBE 2022.\n\nInstansiSkor\nBKKBN3,15\nBNPB2, 88\n"
        "(keduanya berpredikat BAIK)"
    )
    assert sorted(facts(text, published=date(2023, 3, 1))) == [
        ("Badan Kependudukan dan Keluarga Berencana Nasional", 2022, 3.15, "Baik", "actual"),
        ("Badan Nasional Penanggulangan Bencana", 2022, 2.88, "Baik", "actual"),
    ]


def test_a_colon_glued_between_a_name_and_its_figure():
    text = "REKAP INDEKS SPBE 2019\n1. Kab.Aceh Tamiang:2,14(CUKUP)\n"
    assert facts(text, published=date(2020, 2, 21)) == [
        ("Kabupaten Aceh Tamiang", 2019, 2.14, "Cukup", "actual"),
    ]


def test_a_bare_shared_name_stays_unknown_when_the_text_asks_which_of_the_two():
    text = (
        "Pada evaluasi SPBE 2022, Blitar disebut memperoleh 2,77, namun belum pasti angka itu "
        "milik Pemkab atau Pemkot Blitar."
    )
    assert facts(text, published=date(2023, 3, 1)) == []


def test_the_result_an_aim_follows_on_is_no_aim():
    text = (
        "Pemkab Tambrauw bertekad membenahi layanan digital setelah hasil evaluasi SPBE tahun 2019 "
        "menempatkannya pada predikat Kurang dengan indeks 1,55."
    )
    assert facts(text, published=date(2020, 3, 1)) == [
        ("Kabupaten Tambrauw", 2019, 1.55, "Kurang", "actual"),
    ]


def test_far_from_expectations_is_no_aim():
    text = (
        'Indeks SPBE Kabupaten Maybrat pada evaluasi 2019 tercatat 1,48. "Itu masih jauh dari '
        'harapan, tapi dibanding tahun 2018 yang cuma 1,20 sudah ada kemajuan," ujar Sekda.'
    )
    assert sorted(facts(text, published=date(2020, 3, 1))) == [
        ("Kabupaten Maybrat", 2018, 1.2, None, "previous"),
        ("Kabupaten Maybrat", 2019, 1.48, None, "actual"),
    ]


def test_a_predikat_held_by_a_nickname_is_the_articles_bodys():
    text = (
        "Pemkot Pontianak meraih indeks SPBE 2,40 pada evaluasi 2018. Di tingkat nasional, "
        "Kementerian Keuangan menempati peringkat pertama. Menurut Kadis, predikat Cukup yang "
        "diraih Kota Khatulistiwa bukan sesuatu yang memalukan."
    )
    records = extract_records(text, date(2019, 3, 1))
    assert {(r.instansi, r.predikat) for r in records} == {("Kota Pontianak", "Cukup")}


def test_we_must_be_able_to_reach_a_predikat_is_the_speakers_aim():
    text = (
        "Pemkab Seruyan meraih predikat Baik pada evaluasi SPBE 2024.\n\n"
        '"Tahun 2025 kita harus bisa Sangat Baik," tegas Bupati.'
    )
    assert sorted(facts(text, published=date(2025, 1, 13))) == [
        ("Kabupaten Seruyan", 2024, None, "Baik", "actual"),
        ("Kabupaten Seruyan", 2025, None, "Sangat Baik", "target"),
    ]


def test_a_turn_to_another_body_leaves_the_earlier_clauses_year_behind():
    text = (
        "Hasil evaluasi SPBE 2019 diumumkan. Posisi Ende kini di urutan ke-9, naik dari urutan "
        "ke-15 pada evaluasi sebelumnya, sementara kabupaten tetangga Nagekeo masih tertahan di "
        "angka 1,70."
    )
    assert facts(text, published=date(2020, 3, 1)) == [
        ("Kabupaten Nagekeo", 2019, 1.7, None, "actual"),
    ]


def test_since_a_year_when_the_body_held_a_figure_names_that_years_figure():
    text = (
        "Indeks SPBE Kabupaten Bolaang Mongondow Timur terus naik sejak evaluasi 2021, ketika "
        "Boltim baru mengantongi 2,05, hingga 2,71 pada evaluasi 2023."
    )
    assert sorted(facts(text, published=date(2024, 3, 1))) == [
        ("Kabupaten Bolaang Mongondow Timur", 2021, 2.05, None, "previous"),
        ("Kabupaten Bolaang Mongondow Timur", 2023, 2.71, None, "actual"),
    ]


def test_the_ministry_in_charge_of_bureaucratic_reform_is_no_other_index():
    text = (
        "Hasil evaluasi SPBE 2021 diumumkan.\n\nKemenPAN-RB sebagai evaluator juga ikut dinilai. "
        "Kementerian yang membidangi reformasi birokrasi itu memperoleh skor 3,79."
    )
    assert facts(text, published=date(2022, 3, 1)) == [
        (
            "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            2021,
            3.79,
            None,
            "actual",
        ),
    ]


def test_a_shared_name_as_a_place_or_in_an_aside_does_not_hide_the_subject():
    text = (
        "Pemkab Badung meraih indeks SPBE 2,85 pada evaluasi 2018.\n\nKadis Kominfo Badung, "
        "dalam acara di Kediri (desa Kediri di Tabanan, bukan Kediri di Jawa Timur), menyebut "
        "pihaknya menargetkan predikat Sangat Baik pada evaluasi SPBE 2019."
    )
    assert sorted(facts(text, published=date(2019, 5, 1))) == [
        ("Kabupaten Badung", 2018, 2.85, None, "actual"),
        ("Kabupaten Badung", 2019, None, "Sangat Baik", "target"),
    ]


def test_sub_scores_one_per_line_without_a_separator():
    text = (
        "Pemkot Parepare memperoleh skor 3,41 pada evaluasi SPBE 2024.\n\nNilai per domain :\n"
        "Kebijakan Internal 3,70\nTata Kelola 3,05\nManajemen 2,80\nLayanan 3,90\n\nTerima kasih."
    )
    (record,) = extract_records(text, date(2025, 1, 10))
    assert record.subscores == {
        "Kebijakan Internal": 3.7,
        "Tata Kelola": 3.05,
        "Manajemen": 2.8,
        "Layanan": 3.9,
    }


def test_row_numbers_glued_to_a_heading_and_to_an_abbreviation():
    text = (
        "Hasil evaluasi SPBE 2024 instansi pusat:\n\n"
        "NoInstansiIndeksPredikat1Kemenkeu4,52Memuaskan2BNPB3,10Baik3BKKBN3,66Sangat Baik"
    )
    assert sorted(facts(text, published=date(2025, 2, 1))) == [
        ("Badan Kependudukan dan Keluarga Berencana Nasional", 2024, 3.66, "Sangat Baik", "actual"),
        ("Badan Nasional Penanggulangan Bencana", 2024, 3.1, "Baik", "actual"),
        ("Kementerian Keuangan", 2024, 4.52, "Memuaskan", "actual"),
    ]


def test_two_bands_named_as_the_ends_of_a_gap_are_nobodys_predikat():
    text = (
        "Hasil evaluasi SPBE 2023 sudah keluar. Jawa Timur menyentuh 4,10, dan satu poin dalam "
        'skala itu adalah jarak antara "Baik" dan "Memuaskan".'
    )
    assert facts(text, published=date(2024, 3, 1)) == [
        ("Provinsi Jawa Timur", 2023, 4.1, None, "actual"),
    ]


def test_the_two_others_of_a_list_in_the_same_sentence_share_the_predikat():
    text = (
        "Pada evaluasi SPBE 2022, Kabupaten Solok, Kabupaten Sijunjung dan Kabupaten Dharmasraya "
        "masing-masing memperoleh 2,75, 2,31 dan 2,20, artinya hanya Solok yang lolos ke predikat "
        "Baik, sementara dua lainnya masih tertahan di predikat Cukup."
    )
    assert sorted(facts(text, published=date(2023, 3, 1))) == [
        ("Kabupaten Dharmasraya", 2022, 2.2, "Cukup", "actual"),
        ("Kabupaten Sijunjung", 2022, 2.31, "Cukup", "actual"),
        ("Kabupaten Solok", 2022, 2.75, "Baik", "actual"),
    ]


def test_the_evaluator_named_as_who_judged_is_not_who_scored():
    text = (
        "Berdasarkan hasil evaluasi Kementerian PANRB, Bumi Serambi Madinah mengantongi nilai SPBE "
        "2,41 dengan predikat Cukup. Sebelumnya Pemkab Gorontalo sempat mengirim penilaian mandiri "
        "2,70, namun setelah wawancara oleh asesor KemenPAN-RB menjadi 2,41."
    )
    assert facts(text, published=date(2023, 3, 1)) == [
        ("Kabupaten Gorontalo", 2022, 2.41, None, "actual")
    ]


def test_the_national_index_nearest_a_figure_after_a_national_rank():
    text = (
        "Badan Standardisasi Nasional meraih indeks SPBE 3,92 pada evaluasi 2023. Dengan itu BSN "
        "menempati peringkat ke-11 secara nasional, jauh di atas indeks SPBE nasional 2023 yang "
        "berada di angka 2,79 dengan predikat Baik."
    )
    records = extract_records(text, date(2024, 2, 1))
    assert [(r.instansi, r.year, r.value, r.predikat, r.rank) for r in records] == [
        ("Badan Standardisasi Nasional", 2023, 3.92, None, 11)
    ]


def test_domains_named_then_their_figures_each():
    text = (
        "Kementerian Agama memperoleh indeks SPBE 3,61 pada evaluasi 2022. Adapun domain "
        "Kebijakan Internal SPBE dan domain Layanan SPBE masing-masing memperoleh nilai 3,20 "
        "dan 4,05."
    )
    records = extract_records(text, date(2023, 4, 1))
    assert [(r.instansi, r.value, r.subscores) for r in records] == [
        ("Kementerian Agama", 3.61, {"Kebijakan Internal SPBE": 3.2, "Layanan SPBE": 4.05})
    ]


def test_a_rank_held_by_the_body_named_after_it():
    text = (
        "Pemkab Bener Meriah meraih indeks SPBE 2,05 dengan predikat Cukup pada evaluasi 2018, "
        "sedangkan peringkat pertama secara nasional ditempati Kementerian Keuangan."
    )
    records = extract_records(text, date(2019, 3, 1))
    assert [(r.instansi, r.value, r.rank) for r in records] == [
        ("Kabupaten Bener Meriah", 2.05, None)
    ]


def test_a_list_of_bodies_each_with_its_predikat_only():
    text = (
        "Hasil evaluasi SPBE 2022 di Riau bervariasi. Kabupaten Kampar, Siak (Bumi Istana) dan "
        "Pelalawan masing-masing memperoleh predikat Baik, Cukup dan Kurang."
    )
    assert facts(text, published=date(2023, 3, 1)) == [
        ("Kabupaten Kampar", 2022, None, "Baik", "actual"),
        ("Kabupaten Siak", 2022, None, "Cukup", "actual"),
        ("Kabupaten Pelalawan", 2022, None, "Kurang", "actual"),
    ]


def test_a_figure_then_after_last_year_is_not_last_years():
    text = (
        "Pemkab Hulu Sungai Utara tahun ini naik kelas dalam evaluasi SPBE, dengan indeks 2,66 "
        "dan predikat BAIK, setelah tahun lalu hanya mencatat 2,09 dengan predikat Cukup."
    )
    assert sorted(facts(text, published=date(2021, 12, 10)), key=str) == [
        ("Kabupaten Hulu Sungai Utara", 2020, 2.09, "Cukup", "previous"),
        ("Kabupaten Hulu Sungai Utara", 2021, 2.66, "Baik", "actual"),
    ]


def test_a_figure_after_posisi_is_no_rank():
    text = (
        "Indeks SPBE Pemkab Lingga naik menjadi 2,58 pada evaluasi 2022, dari sebelumnya "
        "bertahan di posisi 2,14 secara nasional."
    )
    records = extract_records(text, date(2023, 3, 1))
    assert [(r.instansi, r.value, r.rank) for r in records if r.role == "actual"] == [
        ("Kabupaten Lingga", 2.58, None)
    ]


def test_an_aim_given_as_a_rough_figure():
    text = (
        "Indeks SPBE Kabupaten Muara Enim tahun lalu 2,38. Tahun ini Pemkab menargetkan indeks "
        "SPBE di kisaran 2,8, sementara rata-rata kabupaten di Sumsel berada di kisaran 2,5."
    )
    assert sorted(facts(text, published=date(2022, 5, 2)), key=str) == [
        ("Kabupaten Muara Enim", 2021, 2.38, None, "actual"),
        ("Kabupaten Muara Enim", 2022, 2.8, None, "target"),
    ]


def test_the_year_of_the_decree_is_not_the_evaluation_year():
    text = (
        "Menurut hasil evaluasi SPBE 2022 yang ditetapkan lewat Keputusan MenPANRB Nomor 77 "
        "Tahun 2023, Provinsi Bengkulu mendapat indeks 2,51. Kabupaten Kaur masih 1,74 dengan "
        "predikat Kurang."
    )
    assert [f[:2] for f in facts(text, published=date(2023, 11, 20))] == [
        ("Provinsi Bengkulu", 2022),
        ("Kabupaten Kaur", 2022),
    ]


def test_a_predikat_list_stops_at_its_clause():
    text = (
        "Pada evaluasi SPBE 2020, Kabupaten Pati dan Kabupaten Rembang masing-masing meraih "
        "predikat Cukup dan Baik, sedangkan Blora kabarnya juga di predikat Baik."
    )
    assert facts(text, published=date(2021, 3, 1))[:2] == [
        ("Kabupaten Pati", 2020, None, "Cukup", "actual"),
        ("Kabupaten Rembang", 2020, None, "Baik", "actual"),
    ]


def test_a_neighbour_named_between_commas_is_not_the_subject():
    text = (
        "Pada evaluasi SPBE 2021, Kabupaten Kapuas meraih 2,61 dan predikat Baik. Adapun "
        "Kabupaten Pulang Pisau, tetangga Kapuas di barat, memperoleh predikat Cukup."
    )
    assert facts(text, published=date(2022, 3, 1)) == [
        ("Kabupaten Kapuas", 2021, 2.61, "Baik", "actual"),
        ("Kabupaten Pulang Pisau", 2021, None, "Cukup", "actual"),
    ]


def test_a_rank_going_on_from_a_provincial_ranking_is_not_national():
    text = (
        "Pada evaluasi SPBE 2020, Kabupaten Sikka berada di urutan kedua di antara kabupaten/kota "
        "se-NTT dengan indeks 2,44. Posisi teratas ditempati Kota Kupang dengan indeks 2,71."
    )
    records = extract_records(text, date(2021, 3, 1))
    assert [(r.instansi, r.value, r.rank) for r in records] == [
        ("Kabupaten Sikka", 2.44, None),
        ("Kota Kupang", 2.71, None),
    ]


def test_a_newspaper_named_after_its_region_is_no_body():
    text = (
        "Kabupaten Paser meraih indeks SPBE 2,44 pada evaluasi 2022, sedangkan rata-rata "
        "kabupaten/kota se-Kaltim menurut catatan Tribun Kaltim sekitar 2,61."
    )
    assert facts(text, published=date(2023, 2, 1)) == [
        ("Kabupaten Paser", 2022, 2.44, None, "actual")
    ]


def test_an_official_of_the_place_just_named_speaks_for_it():
    text = (
        "Kepala Diskominfo Katingan, Budi Santoso, menyebut indeks SPBE Katingan pada evaluasi "
        "2023 naik menjadi 2,81.\n\nDi Gunung Mas, Sekretaris Daerah setempat, Yusuf Lubis, "
        'mengatakan nilai 2,64 belum memuaskan. "Tahun ini kami kejar minimal 3,0," katanya.'
    )
    assert sorted(facts(text, published=date(2024, 2, 1)), key=str) == [
        ("Kabupaten Gunung Mas", 2023, 2.64, None, "actual"),
        ("Kabupaten Gunung Mas", 2024, 3.0, None, "target"),
        ("Kabupaten Katingan", 2023, 2.81, None, "actual"),
    ]


def test_a_predikat_that_might_be_is_no_fact():
    text = (
        'Pemprov Sulbar mencatat indeks SPBE 2,31 pada evaluasi 2021. "Jangan sampai '
        'predikatnya Baik tapi layanan tetap lambat," kata seorang pengamat.'
    )
    assert facts(text, published=date(2022, 3, 1)) == [
        ("Provinsi Sulawesi Barat", 2021, 2.31, None, "actual")
    ]


def test_a_predikat_named_with_words_of_time_after_it():
    text = (
        "Indeks SPBE Kabupaten Pulau Morotai pada evaluasi 2021 naik menjadi 2,12, padahal di "
        "evaluasi 2020 masih 1,58, masih Kurang saat itu."
    )
    assert sorted(facts(text, published=date(2022, 3, 1)), key=str) == [
        ("Kabupaten Pulau Morotai", 2020, 1.58, "Kurang", "previous"),
        ("Kabupaten Pulau Morotai", 2021, 2.12, None, "actual"),
    ]


def test_se_before_a_region_is_no_circular():
    text = (
        "Indeks SPBE Kabupaten Jayawijaya 2,40 pada evaluasi 2024. Jayawijaya tertinggi "
        "se-Papua Pegunungan, naik dari 2,11 di tahun 2023."
    )
    assert sorted(facts(text, published=date(2025, 1, 8)), key=str) == [
        ("Kabupaten Jayawijaya", 2023, 2.11, None, "previous"),
        ("Kabupaten Jayawijaya", 2024, 2.4, None, "actual"),
    ]


def test_a_result_said_to_be_announced_later_is_not_the_articles_year():
    text = (
        "Kabupaten Solok Selatan kini mengantongi indeks 2,74 dengan predikat Baik. Hasil "
        "evaluasi SPBE 2022 baru akan diumumkan awal tahun depan, jadi nilai itu masih acuan."
    )
    assert [f[:2] for f in facts(text, published=date(2022, 11, 7))] == [
        ("Kabupaten Solok Selatan", 2021)
    ]


def test_a_list_set_off_after_yakni_pairs_with_its_figures():
    text = (
        "Dua daerah pembanding, yakni Kabupaten Agam dan Kota Bukittinggi, pada evaluasi SPBE "
        "2021 mencatat indeks 2,48 dan 2,93."
    )
    assert facts(text, published=date(2022, 3, 1)) == [
        ("Kabupaten Agam", 2021, 2.48, None, "actual"),
        ("Kota Bukittinggi", 2021, 2.93, None, "actual"),
    ]


def test_a_title_naming_the_year_compared_with_is_not_the_articles_year():
    text = (
        "Pemkab Sragen meraih predikat Baik dalam evaluasi SPBE tahun ini. Sragen mengantongi "
        "indeks 2,61. Pada evaluasi 2019 nilainya baru 1,88."
    )
    title = "Evaluasi SPBE Sragen Naik Tajam dari 2019"
    assert sorted(facts(text, published=date(2021, 12, 9), title=title), key=str) == [
        ("Kabupaten Sragen", 2019, 1.88, None, "previous"),
        ("Kabupaten Sragen", 2021, 2.61, "Baik", "actual"),
    ]


def test_an_interview_question_turns_back_to_the_body_answering():
    text = (
        "Kabupaten Asahan masih di predikat Cukup pada evaluasi SPBE 2023. Berikut petikan "
        "wawancara dengan Kepala Diskominfo Asahan.\n\n"
        "Berapa nilai SPBE Asahan?\n\n"
        '"Indeks kita 2,44. Pemprov Sumut dapat 3,27."\n\n'
        "Domain apa yang paling lemah?\n\n"
        '"Terus terang domain Manajemen SPBE, nilainya cuma 1,52."'
    )
    records = extract_records(text, date(2024, 3, 13))
    assert {r.instansi: r.subscores for r in records} == {
        "Kabupaten Asahan": {"Manajemen SPBE": 1.52},
        "Provinsi Sumatera Utara": {},
    }


def test_a_domain_named_in_full_is_a_sub_score_without_the_word_domain():
    text = (
        "Kota Tebing Tinggi meraih indeks SPBE 2,81 pada evaluasi 2023. Kalau Layanan SPBE "
        "lumayan, 3,05, karena aplikasinya sudah jalan."
    )
    records = extract_records(text, date(2024, 3, 1))
    assert [(r.instansi, r.value, r.subscores) for r in records] == [
        ("Kota Tebing Tinggi", 2.81, {"Layanan SPBE": 3.05})
    ]


def test_the_region_before_a_masing_masing_list_is_not_in_it():
    text = (
        "Di tingkat Sulawesi Tengah, Kabupaten Banggai dan Kabupaten Tolitoli masing-masing "
        "memperoleh indeks SPBE 2,77 dan 3,08 pada evaluasi 2024, sementara Kabupaten Buol "
        "di angka 2,35."
    )
    assert facts(text, published=date(2025, 1, 9)) == [
        ("Kabupaten Banggai", 2024, 2.77, None, "actual"),
        ("Kabupaten Toli-Toli", 2024, 3.08, None, "actual"),
        ("Kabupaten Buol", 2024, 2.35, None, "actual"),
    ]


def test_a_predikat_cell_in_capitals_glued_to_the_next_body():
    text = (
        "Hasil evaluasi SPBE 2022. INSTANSI INDEKS PREDIKATBadan Pusat Statistik 3,80 SANGAT "
        "BAIKBadan Informasi Geospasial 2,95 BAIKArsip Nasional Republik Indonesia 2,41 CUKUP"
    )
    assert facts(text, published=date(2023, 4, 1)) == [
        ("Badan Pusat Statistik", 2022, 3.8, "Sangat Baik", "actual"),
        ("Badan Informasi Geospasial", 2022, 2.95, "Baik", "actual"),
        ("Arsip Nasional Republik Indonesia", 2022, 2.41, "Cukup", "actual"),
    ]


def test_an_event_named_by_its_year_gives_no_year():
    text = (
        "Pada evaluasi SPBE 2022, KPU meraih predikat Baik. Bawaslu, penyelenggara Pemilu 2024 "
        "yang tahapannya sudah berjalan, juga berada di predikat Baik."
    )
    assert facts(text, published=date(2023, 4, 1)) == [
        ("Komisi Pemilihan Umum", 2022, None, "Baik", "actual"),
        ("Badan Pengawas Pemilihan Umum", 2022, None, "Baik", "actual"),
    ]


def test_a_province_after_a_body_and_its_short_name_is_where_it_is():
    text = (
        "Pemerintah Kabupaten Empat Lawang (EL), Sumatera Selatan (Sumsel), meraih indeks "
        "SPBE 3,12 pada evaluasi 2023."
    )
    assert facts(text, published=date(2024, 2, 1)) == [
        ("Kabupaten Empat Lawang", 2023, 3.12, None, "actual")
    ]


def test_the_national_index_the_evaluator_records_is_nobodys_score():
    text = (
        "Kabupaten Kampar meraih indeks SPBE 2,91 pada evaluasi 2024. Secara nasional, "
        "KemenPAN-RB mencatat indeks SPBE 2024 berada di level 3,12 atau predikat Baik."
    )
    assert facts(text, published=date(2025, 1, 9)) == [
        ("Kabupaten Kampar", 2024, 2.91, None, "actual")
    ]


def test_the_evaluator_named_as_author_of_a_decree_is_not_the_subject():
    text = (
        "Pemerintah Provinsi Bengkulu, berdasarkan Keputusan MenPAN-RB Nomor 108 Tahun 2023, "
        "mengantongi indeks 2,95 dengan predikat Baik pada evaluasi SPBE."
    )
    assert facts(text, published=date(2023, 5, 2)) == [
        ("Provinsi Bengkulu", 2022, 2.95, "Baik", "actual")
    ]


def test_a_description_ending_with_the_province_is_the_body_before():
    text = (
        "Indeks SPBE Kabupaten Gianyar pada evaluasi 2020 mencapai 2,91. Kepala Diskominfo "
        "Gianyar menyebut pada evaluasi 2019 kabupaten seni Bali itu baru mencatat 2,40."
    )
    assert sorted(facts(text, published=date(2021, 3, 22)), key=str) == [
        ("Kabupaten Gianyar", 2019, 2.4, None, "previous"),
        ("Kabupaten Gianyar", 2020, 2.91, None, "actual"),
    ]


def test_a_rank_given_to_a_described_regency_is_the_regencys():
    text = (
        "Kabupaten Gianyar meraih indeks SPBE 3,58 pada evaluasi 2023. Capaian ini menempatkan "
        "kabupaten yang dikenal sebagai pusat seni Bali itu di peringkat ke-14 secara nasional."
    )
    records = extract_records(text, date(2024, 2, 27))
    assert [(r.instansi, r.value, r.rank) for r in records] == [("Kabupaten Gianyar", 3.58, 14)]


def test_one_predikat_for_each_of_a_list_before_another_bodys_figure():
    text = (
        "Pada evaluasi SPBE 2025, Kabupaten Mamuju dan Kabupaten Majene masing-masing meraih "
        "predikat Baik, sedangkan Pemprov Sulbar memperoleh indeks 3,05."
    )
    assert facts(text, published=date(2026, 1, 20)) == [
        ("Kabupaten Mamuju", 2025, None, "Baik", "actual"),
        ("Kabupaten Majene", 2025, None, "Baik", "actual"),
        ("Provinsi Sulawesi Barat", 2025, 3.05, None, "actual"),
    ]


def test_a_ranked_infographic_read_as_one_line():
    text = (
        "HASIL EVALUASI SPBE 2022 LEMBAGA PERINGKAT TERATAS No Instansi Indeks 1 Badan Pusat "
        "Statistik 4,12 2 Badan Kepegawaian Negara 3,96 3 Lembaga Administrasi Negara 3,81"
    )
    records = extract_records(text, date(2023, 4, 1))
    assert [(r.instansi, r.value, r.rank) for r in records] == [
        ("Badan Pusat Statistik", 4.12, 1),
        ("Badan Kepegawaian Negara", 3.96, 2),
        ("Lembaga Administrasi Negara", 3.81, 3),
    ]


def test_this_figure_after_an_average_is_the_bodys_when_it_is_named_again():
    text = (
        "Pada evaluasi SPBE 2023, Kabupaten Sarolangun memperoleh indeks 2,54, masih di bawah "
        'indeks nasional yang sebesar 2,79. "Angka ini sudah naik dari 2,19 pada 2022, namun '
        'Sarolangun masih tertinggal," ujarnya.'
    )
    assert sorted(facts(text, published=date(2024, 11, 6)), key=str) == [
        ("Kabupaten Sarolangun", 2022, 2.19, None, "previous"),
        ("Kabupaten Sarolangun", 2023, 2.54, None, "actual"),
    ]


def test_a_clause_led_by_kita_after_another_body_is_the_speakers():
    text = (
        "Kabupaten Merangin memperoleh indeks SPBE 2,41 dengan predikat Cukup pada evaluasi "
        '2023. "Bungo saja sudah dapat 2,88, kita ini masih Cukup," kata Ketua Komisi I.'
    )
    assert sorted(facts(text, published=date(2024, 11, 6)), key=str) == [
        ("Kabupaten Bungo", 2023, 2.88, None, "actual"),
        ("Kabupaten Merangin", 2023, 2.41, "Cukup", "actual"),
    ]


def test_the_body_named_with_the_first_figure_is_the_one_an_interview_is_about():
    text = (
        "Dialog Pagi: Kadis Kominfo Seluma Blak-blakan Soal SPBE\n"
        "Setelah lama di kategori Cukup, Pemkab Seluma akhirnya naik kelas dalam evaluasi "
        "SPBE. Berikut petikan dialognya.\n"
        "Penyiar: Bagaimana posisi Seluma dibanding tetangga?\n"
        "Kadis: Kalau tetangga kita Bengkulu Selatan itu kemarin 3,01, sedikit di atas kita.\n"
        "Penyiar: Lalu targetnya apa?\n"
        "Kadis: Targetnya tahun ini 3,20, dan itu sudah kami laporkan ke Pak Bupati."
    )
    records = extract_records(text, date(2025, 3, 11))
    assert {(r.instansi, r.role, r.value) for r in records} == {
        ("Kabupaten Seluma", "actual", None),
        ("Kabupaten Bengkulu Selatan", "actual", 3.01),
        ("Kabupaten Seluma", "target", 3.2),
    }


def test_a_domain_named_in_lower_case_before_the_body_and_its_figure():
    text = (
        "Kabupaten Bener Meriah meraih indeks SPBE 3,02 pada evaluasi 2023. Domain layanan SPBE "
        "Bener Meriah memperoleh skor tertinggi yakni 3,55, sedangkan domain manajemen SPBE "
        "masih tertinggal di angka 2,21."
    )
    records = extract_records(text, date(2024, 2, 7))
    assert [(r.instansi, r.value, r.subscores) for r in records] == [
        ("Kabupaten Bener Meriah", 3.02, {"Domain layanan SPBE": 3.55, "manajemen SPBE": 2.21})
    ]


def test_a_year_after_pada_evaluasi_tahun_is_the_figure_before_it():
    text = (
        "Pemkab Bolaang Mongondow meraih predikat Baik pada evaluasi SPBE 2025. Nilai SPBE kita "
        "naik dari 2,87 pada evaluasi tahun 2024 menjadi 3,18 pada evaluasi 2025."
    )
    assert sorted(facts(text, published=date(2026, 2, 9)), key=str) == [
        ("Kabupaten Bolaang Mongondow", 2024, 2.87, None, "previous"),
        ("Kabupaten Bolaang Mongondow", 2025, 3.18, "Baik", "actual"),
    ]
