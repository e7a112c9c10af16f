"""Words and patterns of SPBE news, kept in one place so the rules read as rules."""

from __future__ import annotations

import re

PREDIKAT = ("Sangat Baik", "Memuaskan", "Baik", "Cukup", "Kurang")


def canonical_predikat(word: str) -> str | None:
    """ "SANGAT  BAIK", "cukup" -> "Sangat Baik", "Cukup"; None for any other word."""
    folded = " ".join(word.split()).casefold()
    return next((p for p in PREDIKAT if p.casefold() == folded), None)


# Predikat words, longest first so "sangat baik" is never read as "baik" (one group).
PREDIKAT_WORDS = r"(sangat\s+baik|memuaskan|baik|cukup|kurang)"
PREDIKAT_RE = re.compile(rf"(?<![\w-]){PREDIKAT_WORDS}(?![\w-])", re.I)
# The same words capitalised (as a predikat is written, unlike "cukup" or "baik" the words),
# for patterns that are otherwise case-blind.
PREDIKAT_CAPITALISED = (
    r"(?-i:Sangat\s+Baik|Memuaskan|Baik|Cukup|Kurang|SANGAT\s+BAIK|MEMUASKAN|BAIK|CUKUP|KURANG)"
)
# Words right before a predikat that say it is one.
PREDIKAT_CUE_RE = re.compile(
    r"(?:predikat|berpredikat|kategori|berkategori|kriteria|level|status|peringkat|nilai|"
    r"mendapat|meraih|memperoleh|menyandang|masuk|dengan|yaitu|yakni|menjadi|:|–|-|—|=)"
    r"[\s\"'“”‘’(]*(?:kategori\s+|predikat\s+)?[\"'“”‘’(]*$",
    re.I,
)
# The predikat words of a list before the one at hand: "predikat Sangat Baik dan [Memuaskan]".
PREDIKAT_LIST_BEFORE = (
    r"(?:[\"'“”‘’]?(?i:sangat\s+baik|memuaskan|baik|cukup|kurang)[\"'“”‘’]?\s*"
    r"(?:,\s*(?:dan\s+)?|dan\s+|serta\s+|atau\s+))*"
)
STRONG_PREDIKAT_CUE_RE = re.compile(
    r"(?:predikat(?:nya)?|berpredikat|kategori|berkategori|dikategorikan(?:\s+sebagai)?|kriteria)"
    r"[\s\"'“”‘’(:]*"
    r"(?:kategori\s+|predikat\s+)?(?:masing-masing\s+|berturut-turut\s+|secara\s+berurutan\s+)?"
    + PREDIKAT_LIST_BEFORE
    + r"[\"'“”‘’(]*$",
    re.I,
)

# The earliest month a year's results come out (2021's in late 2021; most in early N+1).
RESULTS_FROM_MONTH = 9

# An index value: 0-5 with one or two decimals, comma or point, "3, 82" too.
# (after leader dots too: "Kab. Pamekasan .....3.12.....BAIK")
VALUE_RE = re.compile(r"(?:(?<![\w.,/-])|(?<=\.\.))([0-5])\s?([.,])\s?(\d{1,2})(?![\d]|[.,]\d)")
YEAR_RE = re.compile(r"(?<![\w./-])(20(?:1[5-9]|2[0-9]))(?![\w/-]|[.,]\d)")
RELATIVE_YEAR_RE = re.compile(
    r"\b(?<!-)((?:tahun|evaluasi|penilaian|periode)\s+(?:ini|lalu|sebelumnya|kemarin|depan|berikutnya|"
    r"mendatang|silam)|(?:setahun|dua\s+tahun|tiga\s+tahun)\s+(?:sebelumnya|lalu|silam))\b",
    re.I,
)
# "diumumkan awal tahun ini": when a result was announced, not the year it belongs to.
ANNOUNCED = r"(?:diumumkan|dirilis|diterbitkan|ditetapkan|diserahkan|disampaikan|dipublikasikan)"
ANNOUNCED_BEFORE_RE = re.compile(
    rf"\b{ANNOUNCED}(?:\s+(?:[\w-]+|\([\w-]+\))){{0,9}}\s+(?:pada\s+)?(?:awal|akhir|pertengahan|bulan)?\s*$",
    re.I,
)
# "pada evaluasi 2021 yang diumumkan akhir tahun lalu": when it came out, not a comparison.
ANNOUNCED_LAST_YEAR_RE = re.compile(
    rf"\b{ANNOUNCED}\s+(?:pada\s+)?(?:awal|akhir|pertengahan)?\s*tahun\s+(?:lalu|kemarin|"
    r"sebelumnya)\b",
    re.I,
)
# "Nomor 95 Tahun 2018", "Perpres 95/2018", "KepMenPANRB 1503/2021": years of regulations.
REGULATION_YEAR_RE = re.compile(
    r"(?:nomor|no\.|nomer)\s*[\w./-]+\s+tahun\s+$|\d+\s*/\s*$|"
    r"(?:perpres|permen\w*|kepmen\w*|peraturan|keputusan|undang-undang|uu|inpres|pergub|"
    # ("SE", a circular; not "se-Papua Pegunungan")
    r"perbup|perwali|perda|se(?!-)|surat edaran)\b[^.;]{0,40}tahun\s+$",
    re.I,
)

# "minimal 3,5", "setidaknya Baik", "paling tidak 3,0": a floor.
AT_LEAST = r"(?:minimal|minimum|setidaknya|paling\s+tidak)"
# "sekarang 4,10", "kini Baik": the present.
NOW_WORDS = r"(?:sekarang|kini|saat\s+ini)"
# Counts written out: "dari lima lembaga", "tujuh kabupaten".
COUNT_WORDS = r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
TARGET_CUE_RE = re.compile(
    r"\b(?:target\w*|menargetkan|ditargetkan|bertekad|berupaya|upaya|\w*upayakan|mengejar|kejar|dikejar|"
    r"mengincar|incar|diincar|bidik|membidik|"
    r"dibidik|berharap|diharapkan|(?<!dari\s)(?<!sesuai\s)harapan\w*|optimis\w*|(?<!tidak\s)(?<!tak\s)ingin|akan|"
    r"untuk\s+(?:meraih|mencapai|menaikkan|naik)|harus\s+[\"“]?(?:bisa\s+|mampu\s+)?(?:meraih|mencapai|naik|"
    r"tembus|menembus)|(?<!berhasil\s)(?<!telah\s)(?<!sudah\s)(?<!berlomba-lomba\s)menaikkan|"
    r"mencanangkan|dicanangkan|rpjmd|"
    # "pada evaluasi 2024 nanti ... minimal tembus 2,80"
    r"(?<!peta\s)rencana(?!\s+induk)|sasaran|proyeksi|diproyeksikan|mimpi|nanti|"
    r"minimal\s+(?:kita\s+|kami\s+|bisa\s+|harus\s+)?(?:tembus|menembus|mencapai)|"
    # "Pak Bupati sudah tegas minta minimal 3,5", "Pak Bupati minta kita meraih Memuaskan"
    rf"(?:minta|meminta|mematok|dipatok)\s+(?:\w+\s+)?{AT_LEAST}|"
    r"(?:minta|meminta)\s+(?:\w+\s+){0,2}?(?:meraih|mencapai|menembus)|"
    # "kita dorong supaya Bumi Berazam bisa meraih predikat Sangat Baik", "supaya pada
    # evaluasi SPBE 2021 kita minimal dapat nilai 2,60"
    r"(?:supaya|agar)\s+(?:(?:[\w-]+\s+){0,3}?(?:bisa|dapat|mampu)\s+(?:meraih|mencapai|naik|"
    rf"menembus|tembus)|(?:[\w-]+\s+){{0,6}}?{AT_LEAST}))\b",
    re.I,
)
# Words that compare: "dibandingkan tahun lalu", "ketimbang Pemprov", "daripada 2022".
COMPARED = r"(?:dibanding\w*|ketimbang|daripada)"
PREVIOUS_CUE_RE = re.compile(
    r"\b(?:sebelumnya|tahun\s+lalu|(?:naik|meningkat|turun|menurun|melonjak|menaikkan|meningkatkan|"
    r"kenaikan|peningkatan|penurunan|"
    # ("naik dr 2,98": as chat writes it)
    r"mendongkrak|mengerek|memperbaiki)(?:\s+\w+)?\s+d(?:ari|r)|"
    # ("dari yang semula masih berpredikat Cukup kini naik kelas menjadi Baik")
    rf"dari\s+(?:yang\s+)?(?:sebelumnya|semula)|{COMPARED}|pada\s+evaluasi\s+sebelumnya|"
    # "naik kelas ..., setelah beberapa tahun terakhir tertahan di predikat Cukup"
    r"setelah\s+(?:\w+\s+){0,2}tahun\s+(?:terakhir|belakangan)|bertahun-tahun)\b",
    re.I,
)

# Other indices whose figures are not SPBE results.
OTHER_INDEX_RE = re.compile(
    # (not "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Kementerian yang
    # membidangi reformasi birokrasi": the evaluator)
    r"\b(?:(?<!aparatur\snegara\sdan\s)(?<!membidangi\s)(?<!menangani\s)(?<!mengurusi\s)"
    r"reformasi\s+birokrasi|indeks\s+rb|nilai\s+rb|(?<!pan\s)(?<!pan-)(?<!pan\sdan\s)\brb\b|sakip|akip|"
    r"indeks\s+pembangunan\s+manusia|ipm|indeks\s+pelayanan\s+publik|ipp|"
    r"indeks\s+kepuasan\s+masyarakat|ikm|egdi|e-government\s+development|"
    r"indeks\s+inovasi|innovative\s+government|iga|keterbukaan\s+informasi|"
    r"indeks\s+profesionalitas|sistem\s+merit|indeks\s+merit|kualitas\s+kebijakan|"
    r"satu\s+data|indeks\s+perlindungan|pengawasan\s+kearsipan|maturitas\s+keamanan|indeks\s+keamanan\s+informasi|"
    r"opini\s+wtp|indeks\s+kinerja|ikpa|indeks\s+desa|indeks\s+literasi|"
    r"indeks\s+kepuasan|survei\s+kepuasan|zona\s+integritas|pemdi|pbb|"
    r"survei\s+e-?government|e-?government\s+survey|(?:evaluasi|penilaian|survei)\s+pelayanan\s+publik|"
    r"kepatuhan\s+pelayanan\s+publik|ombudsman|ease\s+of\s+doing\s+business|eodb|kemudahan\s+berusaha|"
    r"indeks\s+pemerintah(?:an)?\s+digital)\b",
    re.I,
)
SPBE_RE = re.compile(r"\b(?:spbe|sistem\s+pemerintahan\s+berbasis\s+elektronik)\b", re.I)
# The words for an average, as news writes them.
AVERAGE_WORDS = r"(?:rata-rata|rata2|rata\s+rata|rerata)"
# Figures that are nobody's score: averages, national index, self-assessment drafts.
NOT_A_SCORE_RE = re.compile(
    rf"\b(?:{AVERAGE_WORDS}(?:nya)?|kisaran|target\s+nasional|rpjmn|nasional\s+(?:sebesar|mencapai|berada|yakni|yaitu|"
    r"adalah|di\s+angka|hanya|tercatat)|indeks\s+(?:spbe\s+)?nasional|"
    r"secara\s+nasional|evaluasi\s+mandiri(?:nya)?|penilaian\s+mandiri(?:nya)?|self[-\s]assessment|"
    r"(?:nilai|hasil|skor|angka|indeks)\s+sementara|(?:hasil\s+)?reviu\s+sementara|simulasi|perkiraan|prediksi|"
    r"ambang\s+batas|batas\s+minimal|median|angka\s+nasional|capaian\s+nasional)\b",
    re.I,
)
SELF_ASSESSMENT_RE = re.compile(
    r"\b(?:penilaian\s+mandiri(?:nya)?|evaluasi\s+mandiri(?:nya)?|self[-\s]assessment|menilai\s+(?:diri|daerah|"
    r"instansi)\w*|nilai\s+mandiri(?:nya)?|hasil\s+simulasi|penilaian\s+internal)\b",
    re.I,
)
# A number that counts or changes something, not an index: "naik 0,4 poin".
DELTA_BEFORE_RE = re.compile(
    r"\b(?:(?:naik|turun)(?:nya)?(?:\s+(?:cuma|hanya|hampir|tipis))?|meningkat|menurun|bertambah|"
    r"berkurang|melonjak|terkoreksi|"
    r"kenaikan(?:nya)?|peningkatan(?:nya)?|penurunan(?:nya)?|selisih(?:nya)?|tambahan|tinggal|kurang|"
    r"butuh|perlu|terpaut|bergerak|bergeser|beranjak)"
    r"\s+(?:sebesar\s+|sekitar\s+|hingga\s+|kurang\s+lebih\s+)?$",
    re.I,
)
# The edge of a band: "batas bawah predikat Baik", "ambang 2,60".
BAND_EDGE = r"(?:batas|ambang|syarat|garis)"
# "di bawah 2,6", "minimal 3,5": a threshold, not anybody's result.
THRESHOLD_BEFORE_RE = re.compile(
    rf"\b(?:di\s+bawah|di\s+atas|kurang\s+dari|lebih\s+dari|maksimal|sekurang-kurangnya|{AT_LEAST}|"
    # "baru tahun lalu melewati ambang 2,60"
    r"ambang(?:\s+batas)?|batas\s+(?:bawah|minimal))"
    r"\s+(?:di\s+)?(?:(?:angka|nilai|indeks|skor)(?:nya)?\s+)?$",
    re.I,
)
# "3,52 atau kategori B", "4,02 dengan kategori A-": a letter grade is another index's
# (public service, bureaucratic reform), never SPBE's.
LETTER_GRADE_AFTER_RE = re.compile(
    r"\s*(?:poin\s+)?,?\s*(?:atau|dengan|berkategori|kategori)\s+(?:kategori\s+|predikat\s+)?"
    r"[\"“]?(?-i:[A-E](?:[+-]|\b))",
    re.I,
)
# "2,60 yang menjadi batas bawah predikat Baik": a band's edge, named after the figure.
THRESHOLD_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:yang\s+)?(?:menjadi|merupakan|adalah|sebagai)\s+{BAND_EDGE}\b", re.I
)
UNIT_AFTER_RE = re.compile(
    r"^\s*(?:%|juta|miliar|milyar|triliun|ribu|km|kilometer|meter|m2|hektare|ha|ton|kg|"
    # "1,79 tahun lalu", "2,4 tahun 2020": a year's figure, not a duration
    r"jam|hari|bulan|tahun(?!\s+(?:lalu|sebelumnya|ini|kemarin|silam|20\d\d))|menit|detik|kali|"
    r"orang|unit|gb|mb|mbps|juta\b)",
    re.I,
)
RANGE_BETWEEN_RE = re.compile(r"^\s*(?:hingga|sampai|s\.d\.|s/d|-|–|—|ke)\s*$", re.I)

ORDINALS = {
    "teratas": 1,
    "pertama": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
    "empat": 4, "kelima": 5, "lima": 5, "keenam": 6, "enam": 6, "ketujuh": 7, "tujuh": 7,
    "kedelapan": 8, "delapan": 8, "kesembilan": 9, "sembilan": 9, "kesepuluh": 10,
    "sepuluh": 10,
}  # fmt: skip
_ORD = r"(?:ke-?\s?\d{1,3}|\d{1,3}|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")"
RANK_RE = re.compile(
    # "urutan 400-an": about where, not a rank; "di posisi 2,21": a figure, not a rank
    rf"\b(?:peringkat|urutan|posisi|ranking|rangking|juara|tertinggi|terbaik)\s+({_ORD})\b(?!-?an\b|[.,]\d)",
    re.I,
)
NATIONAL_RE = re.compile(
    r"\b(?:nasional|se-?indonesia|seluruh\s+indonesia|tingkat\s+pusat)\b", re.I
)
# "indeks tertinggi se-Indonesia": first place without an ordinal.
TOP_RANK_RE = re.compile(
    r"\b(?:tertinggi|terbaik|teratas|nomor\s+satu|puncak)\s+(?:se-?indonesia|nasional|secara\s+nasional|"
    r"di\s+indonesia|(?:di\s+)?tingkat\s+nasional|"
    # "di antara 38 provinsi", "di antara provinsi se-Indonesia"
    r"(?:di\s+antara|dari)\s+(?:(?:3[48]|seluruh)\s+provinsi|provinsi\s+(?:se-?|di\s+)indonesia)|"
    # "indeks tertinggi dari seluruh instansi yang dievaluasi"
    r"(?:di\s+antara|dari)\s+(?:seluruh|semua)\s+(?:instansi|kementerian|k/l))\b"
    # "Secara nasional, Kemenkeu menjadi instansi dengan skor tertinggi, yakni 3,60"
    r"|\b(?:secara|di\s+tingkat)\s+nasional\s*,\s+[^.;]{0,80}?\b(?:tertinggi|terbaik|teratas)\b"
    r"(?!\s+(?:kedua|ketiga|keempat|kelima|ke-?\d))",
    re.I,
)
# "peringkat 64 dunia", "dari 193 negara": countries, not bodies.
WORLD_RANK_AFTER_RE = re.compile(r"^\s*(?:dunia|dari\s+\d+\s+negara|di\s+dunia|global)", re.I)
# "naik 3 peringkat", "naik ke urutan ketiga" (within the province, mostly): a move.
RANK_COUNT_BEFORE_RE = re.compile(r"\b(?:naik|turun|melonjak|merosot)(?:\s+ke)?\s+$", re.I)

# Words a sub-score label is made of (domains and aspects of both frameworks, as news writes).
SUBSCORE_WORDS = {
    "domain", "aspek", "kebijakan", "internal", "tata", "kelola", "layanan", "manajemen",
    "kelembagaan", "strategi", "dan", "perencanaan", "strategis", "teknologi", "informasi",
    "komunikasi", "tik", "administrasi", "pemerintahan", "berbasis", "elektronik", "publik",
    "pelayanan", "spbe", "penyelenggara", "penerapan", "audit", "keamanan", "data", "aplikasi",
    "infrastruktur", "arsitektur", "peta", "rencana", "induk", "pengetahuan", "aset",
    "sumber", "daya", "manusia", "perubahan", "risiko",
}  # fmt: skip
# The four domains of the evaluation, by the words before "SPBE" in their full names.
DOMAIN_NAMES = r"(?:kebijakan\s+internal|tata\s+kelola|manajemen|layanan)"
SUBSCORE_CUE_RE = re.compile(
    r"\b(?:domain|aspek|rincian|terdiri|per\s+domain|per\s+aspek|masing-masing\s+domain|"
    r"unsur|komponen|indikator|"
    # The domains by their full names: "Kalau Layanan SPBE lumayan, 2,9"
    rf"{DOMAIN_NAMES}\s+spbe)\b",
    re.I,
)
SUBSCORE_GLUE_RE = re.compile(
    # "Kebijakan Internal Tata Kelola, cuma 2,17", "Layanan Publik ..., nilainya 3,62"
    r"(?:\s*(?::|=|-|–|\||,|nilainya|skornya|angkanya|indeksnya|sebesar|senilai|dengan\s+nilai|dengan\s+indeks|dengan|bernilai|"
    r"mendapat\s+nilai|sudah|baru|hanya|masih|yakni|yaitu|(?:kita|kami)\s+(?:dapat|peroleh|raih)|"
    # "Manajemen SPBE memang masih rendah di 2,05", "Layanan SPBE paling bagus 3,65"
    r"kami|kita|memang|cuma|justru|juga|paling|bagus|lumayan|rendah|tinggi|berada|di|angka|di\s+angka|"
    # "Kebijakan internal kita sekarang 4,10"
    rf"{NOW_WORDS}|"
    r"ini|itu|yang|"
    r"menjadi\s+yang\s+(?:tertinggi|terendah)|"
    r"memperoleh\s+nilai|meraih\s+nilai|nilai|skor|yakni|yaitu|mencapai|memperoleh|meraih|"
    r"mendapat|dapat|mencatat|tercatat|(?:mendapat\s+)?nilai\s+paling\s+(?:rendah|tinggi)(?:\s+yakni)?)\s*)*$",
    re.I,
)
# A rank within a region ("tertinggi di Kaltim", "se-Kalbar") is not a national rank.
REGIONAL_RANK_RE = re.compile(
    r"\b(?:se-(?!indonesia|nusantara)\w+|tingkat\s+provinsi|"
    # "Di lingkup Kalimantan Selatan, Pemkab Banjar ... di posisi ketiga"
    r"(?:di\s+)?lingkup\s+(?!nasional\b|instansi\s+pusat|pemerintah\s+pusat|kementerian)\w+|"
    r"di\s+(?:provinsi|wilayah|kalimantan|"
    r"sumatera|jawa|sulawesi|papua|bali|nusa|maluku)|se-provinsi|antar\s*kabupaten|"
    # "peringkat tiga di kawasan timur Indonesia"
    r"(?:kawasan|wilayah)\s+(?:timur|barat|tengah)\s+indonesia|"
    # "urutan ketiga di antara kabupaten kawasan Mataraman", "se-eks Karesidenan Kedu"
    r"di\s+antara\s+(?:kabupaten|kota|kabupaten/kota|daerah)\s+(?:di\s+)?(?:kawasan|eks|karesidenan)|"
    r"karesidenan|"
    r"indonesia\s+(?:bagian\s+)?(?:timur|barat|tengah))\b",
    re.I,
)
# "Pemilu 2024", "Pilkada serentak 2020", "Sensus Penduduk 2020": an event named by its year.
EVENT_BEFORE_YEAR_RE = re.compile(
    r"\b(?:pemilu|pemilihan\s+umum|pilkada|pilpres|pileg|sensus(?:\s+penduduk)?)"
    r"(?:\s+serentak)?\s+(?:tahun\s+)?$",
    re.I,
)
# "25 Februari 2020", "(20/02/2020)": the year of a date, not an evaluation year.
DATE_BEFORE_YEAR_RE = re.compile(
    r"(?:\b(?:\d{1,2}\s+)?(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|"
    r"september|oktober|november|nopember|desember)\s+|\b\d{1,2}[/.-]\d{1,2}[/.-])$",
    re.I,
)
