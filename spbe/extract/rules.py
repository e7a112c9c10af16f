"""Text -> SPBE facts: who scored what (index, predikat, rank, sub-scores) in which year.

The pipeline, per article:
1. normalise the text (cells that run together, "ditahun") keeping a map to the original;
2. spaCy (blank Indonesian tokenizer, sentencizer, line breaks) splits sentences and a
   PhraseMatcher on LOWER finds every alias of the gazetteer (longest match wins);
3. regexes find index values, predikat, years, ranks and sub-scores, each checked against
   its context so traps (other indices, averages, regulation years, "cukup memuaskan")
   never become facts;
4. each figure is attached to a body (the nearest one before it in the sentence, or the
   body the article was talking about), a year (the nearest in its clause, else the
   article's evaluation year) and a role (target, previous, actual);
5. facts are merged into one record per (instansi, year, role) with evidence and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from spbe.extract import lexicon as lx
from spbe.extract.gazetteer import Gazetteer, fold, gazetteer

EXTRACTOR_VERSION = "rules-2"

# Bare region names that are ordinary words too: only a prefix ("Kabupaten Puncak") names them.
_COMMON_WORD_REGIONS = {
    "puncak", "metro", "batu", "palu", "batang", "pati", "buru", "toba", "malaka", "lebak",
    "kuningan", "lingga", "mitra",
}  # fmt: skip
_SHORT_ABBREVIATION = re.compile(r"^[a-z]{2,4}$")
# "Kabupaten Mamuju Tengah (Mateng)": a short name the article gives a body it has just named.
_SHORT_NAME_DEFINED = re.compile(
    r"\s*\(\s*(?!(?i:antara|foto|ist|dok|red|pemkab|pemkot|pemprov)\))"
    r"([A-Z][A-Za-z]{2,11}(?:-[A-Z][A-Za-z]*)?)\s*\)"
)
# After a central body's one-word name: its regional office ("Kejaksaan Negeri", "Tinggi").
_REGIONAL_OFFICE = re.compile(r"\s+(?:negeri|tinggi|daerah|resor|wilayah|cabang)\b", re.I)
# Words that may follow the predikat "Cukup" (a conjunction or preposition, not an adjective
# it would modify as the adverb "cukup": "cukup tinggi").
_PREDIKAT_FOLLOWERS = {
    "dan", "atau", "pada", "di", "dengan", "untuk", "dalam", "sejak", "serta", "karena",
    "sehingga", "meski", "meskipun", "walaupun", "walau", "namun", "tetapi", "tapi", "setelah",
    "selama", "dari", "sedangkan", "sementara", "kata", "ujar", "ungkap", "jelas", "tahun",
}  # fmt: skip
# "daerah yang masih berpredikat Kurang": a kind of body, not a fact about one.
_GENERIC_HOLDER = re.compile(
    r"\b(?:kabupaten|kota|(?<!perangkat\s)daerah|instansi|pemda|lembaga|kementerian|provinsi|"
    r"kabupaten/kota)"
    # "instansi, terutama pemerintah daerah, yang berada di predikat Kurang"
    r"\b(?:[^.;,]|,(?=\s*yang\b)){0,45}?\b(?:ber)?predikat(?:nya)?\s*[\"'“‘]?\s*"
    # "... predikat Kurang dan Cukup": each word of the list
    + lx.PREDIKAT_LIST_BEFORE
    + "$"
)
# "24 instansi raih Memuaskan", "24 di antaranya meraih predikat Memuaskan", "sebagian besar
# daerah di provinsi itu masih pada predikat Cukup": a count of bodies.
_COUNTED_HOLDER = re.compile(
    # ("Jumlah instansi yang meraih Memuaskan pada evaluasi 2023 tercatat 24")
    rf"\b(?:\d{{1,3}}|{lx.COUNT_WORDS}|belasan|puluhan|sejumlah|"
    r"jumlah|beberapa|sebagian(?:\s+besar)?|mayoritas|kebanyakan|separuh|setengah)\s+"
    r"(?:(?:instansi|daerah|pemda|kabupaten|kota|provinsi|kementerian|lembaga|"
    r"kabupaten/kota|pemerintah\s+daerah)\b|di\s+antaranya\b)[^.;,]{0,60}$|"
    # "Dari 19 daerah di Sumbar, baru satu yang masuk kategori Sangat Baik"
    rf"\b(?:baru|hanya|cuma)\s+(?:satu|{lx.COUNT_WORDS}|\d{{1,3}})\s+yang\b[^.;,]{{0,60}}$|"
    # "sejumlah kabupaten di kawasan adat Lapago kompak terjerembab di predikat paling bawah:"
    r"\b(?:sejumlah|beberapa|sebagian\s+besar)\s+(?:kabupaten|kota|daerah|instansi)\b[^.;,]{0,60}?"
    r"\bpredikat\s+(?:paling\s+|ter)\w+\s*:\s*$",
    re.I,
)
# "peringkat pertama dari seluruh instansi pusat", "urutan ketiga nasional di antara 38
# provinsi": the field a body was ranked in.
_RANKED_AMONG = re.compile(
    r"\b(?:peringkat|urutan|posisi|ranking)\b[^.;]{0,30}\b(?:dari|di\s+antara)"
    r"(?:\s+(?:seluruh|semua|total|\d+))?\s*$",
    re.I,
)
_RELATIVE_OBJECT = re.compile(
    # "Pemkot Blitar yang wilayahnya dikelilingi Kabupaten Blitar", "Kabupaten Banyuasin, yang
    # kerap tertukar namanya dengan Muba"
    r"\byang\s+(?:\w+\s+){0,3}?(?:dengan|dari|di|dikelilingi|diapit|mengelilingi)\s+$|"
    # "Kabupaten Nabire yang juga menjadi ibukota sementara Provinsi Papua Tengah, memperoleh"
    r"\byang\s+(?:juga\s+|kini\s+|sekarang\s+)?(?:menjadi|merupakan|bagian|termasuk|berada|"
    r"terletak)\b[^,;]{0,40}$|"
    # "Kabupaten Ogan Komering Ulu, kabupaten induk yang dulu "melahirkan" OKU Selatan, sudah"
    r"\byang\s+(?:dulu\s+|dahulu\s+)?[\"“]?(?:melahirkan|memekarkan|membawahi|menaungi)[\"”]?\s+$",
    re.I,
)
# "provinsi termuda di wilayah pegunungan tengah": a body described by where it lies (lower case).
_DESCRIBED_PLACE = re.compile(
    r"\b(?i:provinsi|kabupaten|kota|daerah)\s+(?:[a-z]+\s+){0,4}(?:di|dari)\s+(?:[a-z]+\s+){0,3}$|"
    # "kabupaten lumbung beras Bali itu": a description ending with the province
    r"\b(?i:kabupaten|kota|daerah)\s+(?:[a-z]+\s+){1,6}$"
)
# "Karawang, yang dikenal sebagai Lumbung Padi Jawa Barat, ...": a nickname that names a place.
_NICKNAMED = re.compile(
    r"\b(?:dikenal\s+(?:sebagai|dengan\s+julukan)|dijuluki|berjuluk|julukan(?:nya)?)\s+"
    r"(?:(?-i:[A-Z][\w-]*)\s+){1,4}$",
    re.I,
)
# "Kabupaten Paser, tetangga PPU di selatan, meraih ...": a body named to describe the one
# before it, between commas.
_APPOSED = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:kabupaten|kota|daerah|provinsi)\s+)?(?:tetangga(?:nya)?|jiran|"
    r"sebelah|pecahan|induk|pemekaran(?:\s+dari)?)\s+",
    re.I,
)
# Newspapers named after their region: "Harian Kalteng", "Tribun Kaltim", "Lampung Post".
_OUTLET_BEFORE = re.compile(r"\b(?:Harian|Tribun|Radar|Koran|Pos|Warta|Suara|Berita)\s+$")
_OUTLET_AFTER = re.compile(
    r"\s+(?:Pos|Post|Ekspres|Express|Today|News|Online|TV|Terkini|Times|Daily|Update)\b"
)
# "Kabupaten berhawa sejuk di lereng Dieng itu": a body described, opening its sentence.
_DESCRIBED_BODY = re.compile(
    r"\W*(?:(?:sementara|adapun|sedangkan)\s+)?(?i:(kabupaten|kota|provinsi))\s+"
    r"(?:[\w-]+\s+){1,8}?(?:itu|tersebut)\b"
)
# SPBE's index "diganti" / "berganti ke" Indeks Pemerintah Digital
_REPLACED = r"(?:diganti\w*|berganti|beralih)"
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:serta|dan|namun|tetapi|sekaligus)\b")
_RANKED_AGAINST = re.compile(
    r"\b(?:di\s+bawah|di\s+atas|mengungguli|menyalip|kalah\s+(?:dari|dengan))\s+$", re.I
)
_LEVEL_WORDS = re.compile(
    r"^(?:pemerintah\s+(?:kabupaten|kota|provinsi)|pemkab|pemkot|pemko|pemprov|kabupaten|kab\.?"
    r"|kota|provinsi|prov\.?)\s*"
)
_LATER = re.compile(
    r"\b(setahun|dua|tiga|tahun)\s+(?:tahun\s+)?(?:kemudian|berikutnya|setelahnya|sesudahnya)\b",
    re.I,
)
_PREDIKAT_THEN_VALUE = re.compile(
    r"[\"”’')]?\s*(?:,\s*)?"
    # "dari predikat Sangat Baik yang diperoleh pada evaluasi tahun 2023 dengan indeks 3,98"
    r"(?:yang\s+(?:di)?(?:peroleh|raih|capai|dapat)\s+pada\s+(?:evaluasi\s+)?(?:tahun\s+)?20\d\d\s+)?"
    r"(?:dengan|yakni|yaitu|sebesar)\s+(?:indeks|nilai|skor|angka|poin)?\s*(?:sebesar\s+)?",
    re.I,
)
_COORDINATION = re.compile(
    r"\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
)
_LEADING = re.compile(
    r"\W*(?:(?:adapun|sementara\s+itu|sedangkan|namun|bahkan|lalu|kemudian|selain\s+itu|"
    r"sebagai\s+(?:pembanding|perbandingan))"
    r"\s*,?\s*)?",
    re.I,
)
_SPEAKER = re.compile(
    r"[\"”’,]\s*(?:ujar|kata|ucap|tutur|jelas|tegas|sebut|terang|ungkap)\w*\b", re.I
)
# The kinds of body a list is counted in: "tiga kabupaten", "dua daerah lainnya".
_BODY_KIND = r"(?:kabupaten/kota|kabupaten|kota|daerah|instansi|lembaga|kementerian|provinsi)"
# "tiga kabupaten", and "ketiganya", "keempat kabupaten itu": all of a counted group.
_COUNT = r"(dua|tiga|empat|lima|enam)"
_REST_OF_LIST = re.compile(rf"\b{_COUNT}\s+(?:{_BODY_KIND}\s+)?lain(?:nya)?\b", re.I)
_ALL_OF = r"(kedua|ketiga|keempat|kelima|keenam)"
_THAT_TIME = re.compile(
    r" yang |,\s*(?:saat|ketika|kala|sewaktu|waktu\s+itu)\b| (?:ketika|saat|sewaktu) (?!ini\b)",
    re.I,
)
_EACH = re.compile(r"\b(?:masing(?:-masing|2|\s+masing)|msg2|msg-msg)\b", re.I)
# "Untuk naik ke Baik minimal harus 2,6": what a band asks (its predikat and its figure).
_BAND_ASKS = re.compile(
    r"\buntuk\s+(?:naik\s+ke|masuk(?:\s+ke)?|meraih|mencapai|menembus)\s+(?:predikat\s+)?[\"“]?"
    rf"(?P<band>{lx.PREDIKAT_WORDS})[\"”]?,?\s+{lx.AT_LEAST}\s+"
    r"(?:harus\s+)?(?:di\s+)?(?:(?:angka|nilai|indeks|skor)(?:nya)?\s+)?",
    re.I,
)
# ("tahun lalu kita masih di bawah, sekarang sudah Baik": a predikat, capitalised)
_NOW_FIGURE = re.compile(
    # "kini masing-masing memperoleh indeks 2,12 dan 2,30"
    rf"\b{lx.NOW_WORDS}\b(?:\s+{_EACH.pattern})?[^.\n\d]{{0,30}}?(?:[0-5]\s?[.,]\s?\d|"
    rf"{lx.PREDIKAT_CAPITALISED}\b)",
    re.I,
)
# "yang dikantongi", "diraih oleh", "milik": held by the body named next.
_HELD_VERB = (
    r"(?:yang\s+)?(?:di(?:raih|peroleh|kantongi|capai|catat|dapat|sandang|pegang|tempati|duduki)\w*|"
    r"milik)\s+(?:oleh\s+)?"
)
_HELD_BY = re.compile(rf"[0-5]\s?[.,]\s?\d{{1,2}}\s+(?:poin\s+)?{_HELD_VERB}", re.I)
# ... and a figure or predikat held by a capitalised name right after the verb.
_HELD_BY_NAME = re.compile(
    rf"(?:{_HELD_BY.pattern}|{lx.PREDIKAT_WORDS}[\"”]?\s+{_HELD_VERB})(?=(?-i:[A-Z]))", re.I
)
_FIRST_OF_LIST = re.compile(
    rf"\W*\b{_COUNT}\s+{_BODY_KIND}?\s*(?:(?:yang\s+)?(?:tersebut|disebut\w*)\s+)?"
    r"(?:pertama|teratas|di\s+atas)\b",
    re.I,
)
# "Pemkab menargetkan ...", "Diskominfo menargetkan ...": a government or its office with no
# name after it, the region in question.
_BARE_LEVEL = re.compile(
    r"\b(pemkab|pemkot|pemprov|pemerintah\s+(?:kabupaten|kota|provinsi)|diskominfo\w*"
    r"|dinas\s+kominfo)\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
_REGIONAL_KOMINFO = re.compile(
    r"\b(?:dis|kadis\s*|dinas\s+)kominfo|\bdinas\s+komunikasi(?:,|\s+dan)\s+informatika", re.I
)
_BARE_LEVEL_OF = (
    ("kominfo", ("provinsi", "kabupaten", "kota")),
    ("kab", ("kabupaten",)),
    ("ko", ("kota",)),
    ("", ("provinsi",)),
)
_STREAK = re.compile(
    r"\b(dua|tiga|empat|\d)\s+(?:tahun|kali|periode)\s+(?:berturut-turut|beruntun)\b", re.I
)
_YEAR_PAIR = re.compile(r"\b(20\d\d)\s+(?:dan|serta|&)\s+(?:tahun\s+)?(20\d\d)\b")
_SINCE = re.compile(
    r"\b(?:sejak|semenjak|"
    # "provinsi yang baru terbentuk pada akhir 2022": when the body was formed
    r"(?:terbentuk|dibentuk|dimekarkan|berdiri|didirikan)(?:\s+pada)?(?:\s+(?:awal|akhir|pertengahan))?)"
    # "sejak evaluasi SPBE pertama kali digelar pada 2018"
    r"\s+(?:(?:evaluasi|penilaian)\s+(?:spbe\s+)?(?:pertama\s+)?(?:kali\s+)?"
    r"(?:(?:digelar|dilaksanakan|dimulai|diadakan)\s+)?(?:pada\s+)?)?(?:tahun\s+)?$",
    re.I,
)
# "Kepala Dinas Komunikasi dan Informatika Kabupaten Tapanuli Selatan", "Kadiskominfotik Lambar",
# "Bupati Sabu Raijua": an official or office speaking for the body named right after it.
_TITLE = r"sekda|bupati|wali\s*kota|gubernur|kadis\w*|kepala|sekretaris|menteri|sekjen"
_OFFICIAL_OF = re.compile(
    rf"\b(?i:{_TITLE}|kabid|kabag|diskominfo\w*|dinas)\b"
    # the rest of the title: "Dinas Komunikasi dan Informatika (Diskominfo)", "Bagian Organisasi"
    r"(?:\s+(?:[A-Z][\w-]*|dan|\([\w-]+\))){0,6}\s+$"
)
_OFFICIAL = re.compile(rf"\s+(?:{_TITLE}|wakil)\b", re.I)
# "Di Lamandau, Sekretaris Daerah setempat, ...": an official of the place just named.
_LOCAL_OFFICIAL = re.compile(r",\s*(?:[\w-]+\s+){1,4}setempat\b")
# Words that name no domain or aspect on their own ("kebijakan satu peta, mendapat nilai 2,92").
_LONE_WORDS = {
    "layanan", "pelayanan", "informasi", "peta", "rencana", "induk", "pengetahuan", "aset",
    "sumber", "daya", "manusia", "perubahan", "risiko", "data", "aplikasi", "keamanan", "publik",
    "elektronik", "pemerintahan",
}  # fmt: skip
_DOMAIN_WORD = re.compile(r"\b(?:domain|aspek)\b", re.I)
# "domain Kebijakan Internal", "aspek Layanan Publik Berbasis Elektronik"
_NAMED_LABEL = re.compile(
    r"(?:[Dd]omain|[Aa]spek)\s+(?:[A-Z][\w/-]*|dan|berbasis|elektronik|spbe)(?:\s+(?:[A-Z][\w/-]*|dan"
    r"(?=\s+[A-Z])|berbasis|elektronik))*|"
    # the four domains in lower case: "domain layanan SPBE Aceh Tengah memperoleh ... 3,71"
    rf"[Dd]omain\s+(?i:{lx.DOMAIN_NAMES}\s+spbe)\b",
)
# The evaluator named as the one judging: "oleh asesor", "hasil evaluasi", "yang digelar".
_JUDGE_BEFORE = re.compile(
    r"\b(?i:oleh|dari|kepada)(?:\s+(?i:tim|para|pihak|asesor|evaluator))*\s*$|"
    # "berdasarkan Keputusan MenPAN-RB Nomor 108 Tahun 2023": whose decree
    r"\b(?i:asesor|evaluator|evaluasi|penilaian|keputusan|peraturan|lampiran|sk)\s+$|\bdi[a-z]*\s+$"
)
_EVALUATED_TOO = re.compile(
    r"\b(?:ikut|juga|turut|pun)\s+(?:di)?(?:nilai|evaluasi|dievaluasi)\b|\bikut\s+dinilai\b|"
    # "juga mengevaluasi dirinya sendiri"
    r"\b(?:mengevaluasi|menilai)\s+(?:dirinya|diri)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:kita|kami)\b", re.I)
_FIGURE_HINT = re.compile(r"\d|baik|cukup|kurang|memuaskan", re.I)
# Every rank pattern needs one of these words: sentences without any are skipped at once.
_RANKISH = re.compile(
    r"peringkat|urutan|posisi|ranking|rangking|juara|tertinggi|terbaik|teratas|nomor\s+satu",
    re.I,
)
_LIST_AFTER = re.compile(
    r"[\"”’']?\s*(?:,\s*)?(?:antara\s+lain|yaitu|yakni|di\s+antaranya|adalah|ialah|meliputi|"
    # "Predikat SANGAT BAIK (pada evaluasi 2021) juga diraih BMKG, BIG dan LAN"
    # "Predikat Cukup juga masih disandang Tulang Bawang, Lampung Timur dan Pesisir Barat"
    r"(?:(?:pada|dalam)\s+[^,.;:]{0,40}?\s+)?(?:(?:juga|masih|pula|tetap)\s+){0,2}"
    r"(?:di(?:raih|peroleh|sandang)|disabet)"
    r"(?:\s+oleh)?)\s*:?\s*",
    re.I,
)
_INTERVIEW = re.compile(r"\b(?:wawancara|petikan(?:nya)?|tanya\s+jawab)\b", re.I)
_KIND_BEFORE = re.compile(
    r"\b((?:pemerintah\s+)?(?:kota|kabupaten)|pemkot|pemkab|wali\s*kota|bupati)\s*\([^()]{1,20}\)\s*$",
    re.I,
)
_NOW = re.compile(r"\b(?:menjadi|jadi|kini|sekarang|ke\s+angka|ke)\b[^,;]{0,40}$", re.I)
# A place someone was reached at or went to, or a regency was carved out of: "saat dihubungi
# dari Jambi", "tenaga TIK yang pindah ke Sorong", "kabupaten yang dimekarkan dari Asahan itu".
_WHERE_FROM_OR_TO = re.compile(
    r"\b(?:(?:dihubungi|ditemui|dikonfirmasi|diwawancarai|bertolak|berangkat|pulang)(?:\s+\w+)?"
    r"\s+dari|(?:dimekarkan|pemekaran)\s+dari|"
    r"(?:pindah|dipindah(?:kan)?|dimutasi|berangkat|bertolak|hijrah|pulang)\s+ke)\s*$",
    re.I,
)
# A body named as its government: "Pemkab Probolinggo", "Pemerintah Aceh".
_GOVERNMENT = re.compile(r"(?:Pem(?:kab|kot|ko|prov|da)|Pemerintah)\b")
# "kini", "sekarang", "saat ini": what follows is the present, whatever came before.
_NOW_WORD = re.compile(rf"\b{lx.NOW_WORDS}\b", re.I)
# The marks that open a line of a list.
_BULLET = r"[-•*·▪►]"
_LABEL_LINE = re.compile(
    _BULLET + r"?\s*[A-Za-z][\w /&-]{2,80}?\s*(?:[:=]\s*)?[0-5]\s?[.,]\s?\d{1,2}\s*[.;]?"
)
# "minimal menyamai Tanah Bumbu": the body to match or pass, not who aims.
_MATCHED = re.compile(
    r"\b(?:menyamai|menyusul|menyaingi|melampaui|mengalahkan|seperti|setara\s+dengan)\s+$", re.I
)
# "opini WTP kedelapan kali berturut-turut dari BPK": who gave an award.
_AWARD_FROM = re.compile(
    r"\b(?:opini|wtp|penghargaan|anugerah|apresiasi|sertifikat\w*|piagam)\b[^.;]{0,60}?"
    r"\b(?:dari|oleh)\s+$",
    re.I,
)
# "Ternate harus Memuaskan": what a body must reach.
_MUST = re.compile(r"\bharus\s+(?:bisa\s+|sudah\s+)?$", re.I)
# "... diikuti 616 instansi, termasuk Polri": one of many taking part, not the topic.
# "..., karena Pemerintah Aceh sendiri sudah memperoleh indeks 2,88", "seperti Badung yang
# sudah Memuaskan": what another body holds already, said after an aim.
_HELD_BY_OTHERS = re.compile(
    r"\b(?:yang|karena|sebab|padahal|sedangkan)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:(?:meraih|memperoleh|mendapat|mengantongi|menyandang|mencatat(?:kan)?|membukukan)\b|"
    r"(?:sudah|telah)\s+(?:ber)?(?:predikat\s+)?[\"“]?(?-i:[A-Z])\w*\b)"
    r"(?!.*\b(?:target\w*|menargetkan)\b)",
    re.I,
)
_SOURCE_BEFORE = re.compile(r"\b(?:dari|oleh|kepada|bersama|termasuk)\s+$", re.I)
_FROM_TOPIC = re.compile(
    r"\W*(?:sementara(?:\s+itu)?|adapun|sedangkan|lalu|kemudian|beralih\s+ke)?\s*dari\s+"
    # "kabar baik datang dari Kabupaten Minahasa Tenggara"
    r"|.*\b(?:datang|muncul)\s+dari\s+",
    re.I,
)
# "..., sedangkan Tarakan sekitar 3,05": a turn to something else.
_TURN = r"\b(?:sedangkan|sementara|namun|adapun)\b"
# "rata-rata Kaltim", "rata2 se-Banten": an average of the body named next.
# ("rata-rata kabupaten/kota Sumut", "rata-rata indeks SPBE kabupaten/kota se-Sumatera Utara")
_AVERAGE_OF = re.compile(
    rf"\b{lx.AVERAGE_WORDS}\s+(?:indeks\s+(?:spbe\s+)?)?"
    rf"(?:(?:{_BODY_KIND}|kab/kota|pemda)\s+)?(?:se-?)?$",
    re.I,
)
# "peringkat 12 dari 17 kabupaten/kota", "posisi teratas di antara lima lembaga dalam grafis ini":
# counted among a few.
_OUT_OF_FEW = re.compile(
    # ("posisi teratas dalam hasil evaluasi SPBE di antara 19 kabupaten dan kota")
    rf"^(?:[^.;]{{0,90}}?\s)?(?:dari|di\s+antara)\s+(\d+|{lx.COUNT_WORDS})\s+"
    r"(?:(kabupaten|kota|kabupaten/kota|kabupaten\s+(?:dan\s+)?kota|daerah)|lembaga|instansi|"
    r"kementerian)\b",
    re.I,
)
_NATIONAL_RANK = re.compile(
    # (not "di atas rata-rata nasional": an average, said near a regional rank)
    r"(?<!rata\s)(?<!rata-rata\s)(?<!rata2\s)(?<!rerata\s)nasional|se-?indonesia|seluruh\s+indonesia|dari\s+\d+\s+(?:provinsi|kabupaten|kota|instansi|"
    # "dari 22 kabupaten/kota se-NTT" counts within a province
    r"kementerian|lembaga|pemerintah|pemda|daerah)(?:/\w+)?(?![/\w])(?!\s+(?:se-?(?!indonesia)|di\s+(?!indonesia)))",
    re.I,
)
# "PREDIKAT SANGAT BAIK", "Kategori Baik (3 instansi):" alone on a line: a heading over the
# lines of a list below it.
_PREDIKAT_HEADING = re.compile(
    r"\W*(?:predikat|kategori)?\s*[\"“‘']?" + lx.PREDIKAT_WORDS + r"[\"”’']?"
    r"\s*(?:\(\s*\d+[^()]{0,30}\))?\s*:?\s*",
    re.I,
)
# A table whose first column is the rank: "| Peringkat | Instansi | Indeks |", or its cells run
# together, "PERINGKAT INSTANSI INDEKS PREDIKAT 1 Kemenkeu 4,71 MEMUASKAN 2 BPS ...".
_RANK_HEADER = re.compile(
    # ("HASIL EVALUASI SPBE 2019 PERINGKAT TERATAS No Instansi Indeks 1 Kemenkeu 3,58 ...": an
    # infographic's title and header, read as one line)
    r"\W*(?:[^.|\n]{0,60}?\b)?(?:peringkat|ranking|rank|urutan)(?:\s+(?:teratas|tertinggi))?\s*\|?\s*"
    r"(?:no\.?\s+)?(?:nama\s+)?(?:instansi|k/l|kementerian|lembaga|daerah|pemda|provinsi|kabupaten|kota)\b",
    re.I,
)
# "dibandingkan dengan Pemprov Lampung", "dibanding daerah tetangga di Banten seperti Tangsel":
# another body, not an earlier year.
_COMPARED_WITH_BODY = re.compile(
    rf"(?i:\b{lx.COMPARED})\s+(?:dengan\s+)?(?=[A-Z]|(?i:{_BODY_KIND}\b))"
)
_WHOLE_FLOOR = re.compile(
    rf"\b(?:{lx.AT_LEAST}\s+(?:(?:di\s+)?angka\s+)?|"
    # "harus menembus angka 3"
    r"(?:menembus|tembus|mencapai)\s+angka\s+)([1-5])"
    # ("harus tembus angka 3 poin, tidak boleh kurang")
    r"(?=(?:\s+poin)?\s*(?:,(?!\s?\d)|[;\"”’)]|\.(?!\d)|$))",  # not "minimal 4,2"
    re.I,
)
_WHOLE_DIGIT = re.compile(r"([1-5])()()")  # the groups of lexicon.VALUE_RE: "3" reads 3.0
_SPLIT_NAME = re.compile(
    r"\s*\([A-Za-z]{2,8}\)\s+(Utara|Selatan|Timur|Barat|Tengah|Tenggara|Barat\s+Daya|Laut)\b"
)
_LIST_ITEM = re.compile(r"\s*(?:" + _BULLET + r"|\d{1,2}[.)])\s")
_PREDIKAT_LINE = re.compile(
    r"\s*" + _BULLET + r"?\s*" + lx.PREDIKAT_WORDS + r"\s*(?:[▸►>:–—|]|-\s)", re.I
)
_THEN = re.compile(r"\W*(?:pada\s+)?(?:saat|waktu|kala|ketika|tahun)\s+itu\b", re.I)
# ("pas di batas bawah predikat Baik" is in it)
_THRESHOLD = re.compile(
    # ("tipis di bawah ambang Sangat Baik": the word "predikat" left out)
    rf"(?<!\bdi\s)(?<!\bpada\s)\b{lx.BAND_EDGE}(?:\s+\w+)?\s+(?:(?:predikat|kategori)\s*)?"
    r"[\"'“‘]?\s*$",
    re.I,
)
_BAND = rf"[\"“‘']?{lx.PREDIKAT_WORDS}[\"”’']?"
_BAND_PAIR = re.compile(rf"\bantara\s+{_BAND}\s+dan\s+{_BAND}", re.I)
_SAME_PREDIKAT = re.compile(
    r"(?:\b(?:predikat|kategori)\s+(?:yang\s+)?(?:sama|serupa)\b|\bsama(?:-sama|2)\s+(?:ber)?predikat\b)"
    # "dengan predikat sama, Cukup": the predikat is written out after all
    r"(?!\s*[,:]?\s*(?:yaitu\s+|yakni\s+)?[\"'“‘]?(?:sangat|baik|cukup|kurang|memuaskan))",
    re.I,
)
# "predikatnya sama, Cukup", "predikatnya masih sama, cukup", "dengan predikat yang sama yaitu
# cukup": the predikat said to be the same, then named
# (where _SAME_PREDIKAT leaves it unnamed).
_SAME_THEN_NAMED = (
    r"\bpredikat(?:nya)?\s+(?:yang\s+)?(?:(?:masih|tetap)\s+)?(?:sama|serupa)"
    r"\s*(?:,\s*(?:yaitu|yakni)?|:|yaitu|yakni)\s*"
)
# A capitalised predikat after a verb of reaching it: "naik ke Sangat Baik", "meraih Baik".
_REACHED = re.compile(
    r"\b(?:naik\s+(?:ke|menjadi)|ke|menjadi|meraih|menembus|mencapai|mempertahankan|"
    r"memperoleh|mendapat|mendapatkan|mengantongi|menyandang|raih|tembus|masuk|bidik|membidik|"
    r"incar|mengincar|kejar|mengejar|menargetkan|targetkan|target)"
    r"(?:\s+(?:jajaran|kategori|golongan|kelompok|level))?\s*[\"“‘']?$",
    re.I,
)
# "Empat kabupaten di Flores kompak meraih predikat Baik": a counted group and its predikat.
_COUNTED_GROUP = re.compile(
    rf"\b(?:{_COUNT}\s+({_BODY_KIND}|pemda)\b|{_ALL_OF}nya\b)"
    r"[^.;]{0,80}\b(?:ber)?predikat\s+[\"“‘']?$",
    re.I,
)


def _noun_kind(noun: str) -> str:
    """The kind of body a noun counts ("ketiga kabupaten itu"), as `_kind` names kinds."""
    noun = noun.lower()
    return "daerah" if noun in ("kabupaten", "kota", "kabupaten/kota", "pemda") else noun


# "ketiga kabupaten itu masing-masing ...", "Tiga kabupaten itu masing-masing ...": how many
# bodies, and of which kind.
_COUNTED_BEFORE = re.compile(
    rf"\b(?:ke)?{_COUNT}(?:nya|\s+({_BODY_KIND})(?:\s+(?:itu|tersebut))?)\s+"
    # "Ketiganya meraih predikat Baik, masing-masing dengan indeks ...": a clause between
    r"(?:(?:\w+\s+){0,2}|[^\d.;]{0,40},\s*)$",
    re.I,
)
_SHARED = re.compile(
    rf"\b(?:{_ALL_OF}(?:nya|\s+(?:lembaga|instansi|daerah|kabupaten|"
    r"kota|provinsi|kementerian|pemda|pemerintah\s+daerah|kabupaten/kota)(?:\s+(?:itu|tersebut))?)"
    r"|semuanya|seluruhnya|(dua|tiga|empat)-(?:dua|tiga|empat)nya"
    r"|sama(?:-sama|2)(?=\s+(?:\w+\s+){0,2}?(?:(?:ber)?predikat\s+[\"'“‘]?"
    # "Humbahas 2,32 dan Kab. Toba 2,51, sama2 masih Cukup"
    r"(?:sangat|baik|cukup|kurang|memuaskan)|[\"'“‘]?"
    rf"{lx.PREDIKAT_CAPITALISED})))\b",
    re.I,
)


@dataclass
class Record:
    """One fact about one body in one year, as the article states it."""

    instansi: str
    instansi_code: str
    level: str
    year: int | None
    value: float | None = None
    predikat: str | None = None
    role: str = "actual"
    rank: int | None = None
    subscores: dict[str, float] = field(default_factory=dict)
    evidence: str = ""
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "instansi": self.instansi,
            "instansi_code": self.instansi_code,
            "level": self.level,
            "year": self.year,
            "value": self.value,
            "predikat": self.predikat,
            "role": self.role,
            "rank": self.rank,
            "subscores": self.subscores,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }


# -- text normalisation with an offset map ---------------------------------------------------

_GLUE_FIXES = (
    re.compile(r"(?<=[A-Za-z)])(?=[0-5][.,]\s?\d)"),  # "Sambas2,74", "RI2, 71" -> "Sambas 2,74"
    re.compile(r"(?<=[A-Za-z]:)(?=\d)"),  # "Kab.Aceh Singkil:1,62" -> "Singkil: 1,62"
    # "2,74Baik" -> "2,74 Baik", "01KEMENKEU" -> "01 KEMENKEU" (not "BP2MI")
    re.compile(r"(?<=\d)(?<![A-Za-z]\d)(?<![A-Za-z]\d\d)(?=[A-Za-z(])"),
    re.compile(r"(?<=[A-Za-z)\d])\.(?=[A-Z][a-z])"),  # "(baik).Hasil", "PAN-RB.Capaian"
    re.compile(r"(?<=\b[Dd]i)(?=tahun)|(?<=\b[Pp]ada)(?=tahun)"),  # "ditahun" -> "di tahun"
    # a table's row number after its last cell: "Sangat Baik2 LIPI", "Predikat1 BPPT"
    # (the last letter matched first: five look-behinds tried at every position are slow)
    re.compile(r"(?i:(?<=bai)k|(?<=cuku)p|(?<=kuran)g|(?<=memuaska)n|(?<=predika)t)(?=\d{1,2}\b)"),
    # and before the next row's body: "Cukup2Kota Ambon" -> "Cukup 2 Kota Ambon", "Baik3BPIP",
    # "Predikat1Kementerian Sosial" (a space at each of the groups `at0` and `at`)
    re.compile(r"(?i:baik|cukup|kurang|memuaskan|predikat)(?P<at0>)\d{1,2}(?P<at>)(?=[A-Z])"),
    # a cell in capitals before the next row's body: "3,1 BAIKBawaslu", "PREDIKATMahkamah"
    # (a space at `at0` and `at`, the same place: words first, so that few places are tried)
    re.compile(r"(?:BAIK|CUKUP|KURANG|MEMUASKAN|PREDIKAT)(?P<at0>)(?P<at>)(?=[A-Z][a-z])"),
)


_CHAT_BOLD = re.compile(r"(?<![\w*])\*(\w[^*\n]{0,40}?\w)\*(?![\w*])")
_THIN_SPACES = str.maketrans("\u00a0\u2009\u202f", "   ")


def _normalise(text: str) -> tuple[str, list[int]]:
    """Text with spaces inserted where news glues tokens, and each char's original offset."""
    inserts: set[int] = set()
    for rx in _GLUE_FIXES:
        for m in rx.finditer(text):
            if "at" in rx.groupindex:
                inserts.update((m.start("at0"), m.start("at")))
                continue
            pos = m.start() if m.group(0) == "" else m.start() + 1
            inserts.add(pos)
    # Built from slices rather than char by char: the same result, without a loop per char.
    out: list[str] = []
    omap: list[int] = []
    prev = 0
    for pos in sorted(p for p in inserts if p < len(text)):
        out += (text[prev:pos], " ")
        omap += range(prev, pos)
        omap.append(pos)
        prev = pos
    out.append(text[prev:])
    omap += range(prev, len(text) + 1)
    # "4,21 *MEMUASKAN*": a chat message's bold reads as quotes (same length, same offsets).
    plain = _CHAT_BOLD.sub(r'"\1"', "".join(out).translate(_THIN_SPACES))
    return plain, omap


# -- spaCy pipeline ------------------------------------------------------------------------


# "Kab. Kep. Mentawai", "Prov. Sumbar", "No. 13": abbreviations, not the end of a sentence.
_NOT_SENTENCE_ENDS = {
    "kab", "kep", "prov", "kec", "kel", "pemkab", "pemkot", "pemprov", "no", "nomor", "dr", "h",
    "hj", "ir", "st", "s",
}  # fmt: skip


@Language.component("spbe_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A line break always starts a sentence: list items and table rows are lines."""
    # Token texts read once: indexing the Doc makes a Token object per access.
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    for i in range(1, len(texts)):
        prev = texts[i - 1]
        if "\n" in prev or "\n" in spaces[i - 1]:
            doc[i].is_sent_start = True
        elif prev in (".", "!", "?") and i >= 2:
            before = texts[i - 2].lower()
            # "Kab. Kudus", "No. 5": an abbreviation's dot does not end the sentence.
            if before in _NOT_SENTENCE_ENDS:
                doc[i].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _nlp() -> tuple[Language, PhraseMatcher]:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("spbe_line_breaks")
    g = gazetteer()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_label: dict[str, list[str]] = {}
    for alias, code in g.exact.items():
        by_label.setdefault(code, []).append(alias)
    for key, codes in g.region_bases.items():
        if len(codes) > 1:
            names = {g.by_code[c].base for c in codes}
            by_label.setdefault("AMBIG:" + key, []).extend(names)
    for label, aliases in by_label.items():
        # The tokenizer keeps some lower-case hyphenated words whole ("kemenpan-rb") but splits
        # the same word written in mixed case ("KemenPAN", "-", "RB"): match both ways.
        variants = set(aliases) | {re.sub(r"\s*([-/])\s*", r" \1 ", a) for a in aliases}
        matcher.add(label, list(nlp.tokenizer.pipe(sorted(variants))))
    nlp.tokenizer.max_cache_size = _TOKENIZER_CACHE
    return nlp, matcher


# spaCy's tokenizer stops caching a text's words after the first special case in it (every
# Indonesian article has one), so each article's words went through the affix rules again.
# Tokenising each new word once on its own fills the cache as a text without special cases
# would; the tokens are the same, found about ten times faster. Bounded: ~10 MB at most.
_TOKENIZER_CACHE = 100_000
_warmed: set[str] = set()


def _warm_tokenizer(nlp: Language, text: str) -> None:
    """Put the words of `text` that the tokenizer has not seen yet into its cache."""
    for chunk in set(text.split()) - _warmed:
        if len(_warmed) >= _TOKENIZER_CACHE:
            return
        _warmed.add(chunk)
        nlp.tokenizer(chunk)


# -- pieces found in the text ---------------------------------------------------------------


@dataclass
class Entity:
    start: int
    end: int
    code: str | None  # None when ambiguous and not yet resolved
    candidates: tuple[str, ...] = ()
    text: str = ""


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    entities: list[Entity] = field(default_factory=list)
    # Bare names that stay ambiguous ("Blitar"): a figure after one is nobody's we know.
    unresolved: list[Entity] = field(default_factory=list)
    # Bodies named as places ("di Sumbar"): where something happened, not who scored.
    places: list[Entity] = field(default_factory=list)
    index: int = 0  # its place in the article's list of sentences


@dataclass
class Fact:
    kind: str  # value | predikat
    start: int
    end: int
    sentence: Sentence
    value: float | None = None
    predikat: str | None = None
    subject: str | None = None
    year: int | None = None
    year_strength: int = 0  # 2 same clause, 1 same sentence, 0 article default
    role: str | None = None  # from cues; None = decide by year
    rank: int | None = None
    subscores: dict[str, float] = field(default_factory=dict)
    explicit_subject: bool = False
    streak: int = 1  # "dua tahun berturut-turut ... predikat Kurang": years it holds for


def _word_start(text: str, i: int) -> int:
    """`i`, moved back to the start of the word it falls in: a window cut at a fixed width
    must not turn "mengatakan" into "akan"."""
    i = max(0, i)
    while 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum():
        i -= 1
    return i


def _in_brackets(text: str, at: int) -> bool:
    """`at` falls inside a bracket opened before it: an aside."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _of_a_date_or_rule(text: str, at: int) -> bool:
    """The year at `at` dates something ("6 Januari 2025"), names a regulation ("Nomor 95
    Tahun 2018") or an event ("Pemilu 2024"), so it is no evaluation's year."""
    before = text[_word_start(text, at - 60) : at]
    return bool(
        lx.REGULATION_YEAR_RE.search(before)
        or lx.DATE_BEFORE_YEAR_RE.search(before)
        or lx.EVENT_BEFORE_YEAR_RE.search(before)
    )


def _value_of(m: re.Match[str]) -> float:
    """The index value an `lx.VALUE_RE` match reads ("3,27", "3. 27")."""
    return float(f"{m.group(1)}.{m.group(3)}")


# "angka 1,54 itu", "nilai 3,3 sebagai pijakan", "poin 2,94 menjadi pijakan": a figure said again,
# pointing back.
_POINTED_BACK = re.compile(
    r"\s*(?:itu|tersebut)\b|\s+(?:sebagai|menjadi|jadi)\s+(?:pijakan|modal|acuan|dasar|bekal|landasan|titik\s+tolak)",
    re.I,
)

_CLAUSE_SPLIT = re.compile(
    # (not the comma of a figure written "2, 38")
    # (nor the space chat leaves out: "4,41 MEMUASKAN,sbg pembanding")
    r"(?:(?<!(?<![\w.,/-])[0-5])|(?!,\s\d{1,2}(?!\d|[.,]\d)))[,;](?:\s|(?=[^\W\d_]))"
    r"(?!yakni|yaitu|sebesar|senilai|dengan\s+(?:indeks|nilai|skor))|\s(?:sedangkan|"
    # "penilaian mandiri sementara" is provisional, not "while"
    r"sementara(?<!mandiri sementara)(?<!hasil sementara)(?<!nilai sementara)"
    r"(?<!angka sementara)|namun|tetapi|di\s+mana|dimana|lalu|kemudian|"
    r"serta|hingga|sehingga|dan\s+pada)\s",
    re.I,
)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around `pos` within a sentence: commas, semicolons and connectives split."""
    start, end = 0, len(text)
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _held_with(pred: Fact, value: Fact) -> Fact:
    """The predikat `pred` said of the result `value` gives: its body, year and role."""
    return replace(
        pred, subject=value.subject, year=value.year, year_strength=value.year_strength,
        role=value.role,
    )  # fmt: skip


def _share(facts: list[Fact], pred: Fact, codes: Sequence[str | None], keep: bool = False) -> None:
    """One predikat said of several bodies ("ketiganya meraih predikat Baik"): one fact per
    body, each keeping its year and role; `keep` leaves the fact for its own subject as is."""
    if not keep:
        facts.remove(pred)
    for code in dict.fromkeys(c for c in codes if c and not (keep and c == pred.subject)):
        facts.append(
            Fact("predikat", pred.start, pred.end, pred.sentence, predikat=pred.predikat,
                 subject=code, year=pred.year, year_strength=pred.year_strength,
                 role=pred.role, explicit_subject=True)
        )  # fmt: skip


class ArticleExtractor:
    """Extraction of one article; create one per article (it keeps the article's context)."""

    def __init__(self, text: str, published: date | None, title: str | None = None) -> None:
        self.original = text
        self.published = published
        self.title = title or ""
        self.g: Gazetteer = gazetteer()
        evaluator = self.g.resolve("KemenPANRB")
        self._evaluator = evaluator.code if evaluator else None
        self.text, self.omap = _normalise(text)
        self.sentences: list[Sentence] = []
        self.facts: list[Fact] = []
        self.article_year: int | None = None
        # The body the article is mainly about: the first with a figure of its own.
        self.principal: str | None = None
        self.interview = bool(_INTERVIEW.search(self.title + " " + self.text[:1500]))
        # Offsets of "evaluasi berikutnya" and the like: what comes next, never a figure's year.
        self._upcoming: set[int] = set()
        self._scored_sentence: Sentence | None = None  # the last one with sub-scores
        self._heading: str | None = None  # the predikat over the list being read
        self._ranked_table = False  # reading the rows of a table whose first column is the rank
        # Sentences whose last figure is nobody's (an average, a band): "Angka ini ..." after one
        # speaks of that figure.
        self._ends_unowned: set[int] = set()
        # Figures set aside as nobody's score (a self-assessment, an average), by value.
        self._excluded_values: set[float] = set()

    # -- step 2: sentences and bodies --------------------------------------------------------

    def _dateline_regions(self) -> list[tuple[int, int]]:
        regions = []
        for m in re.finditer(r"(?m)^[^\n]{0,70}?\s[–—-]{1,2}\s", self.text):
            prefix = m.group(0)
            # "Mahkamah Agung — 3,88", "Kota Bima — Baik", "Kabupaten Tuban — predikat BAIK":
            # a list line, not a dateline.
            after = re.sub(
                r"^(?:indeks|nilai|skor|predikat(?:nya)?)\s*:?\s*",
                "",
                self.text[m.end() : m.end() + 30],
                flags=re.I,
            )
            if lx.VALUE_RE.match(after) or lx.PREDIKAT_RE.match(after):
                continue
            if len(prefix.split()) <= 9 and not lx.VALUE_RE.search(prefix):
                regions.append((m.start(), m.end()))
        return regions

    def _find_entities(self, doc: Doc) -> tuple[list[Entity], list[Entity]]:
        """The bodies the text names, and those it names only as places."""
        nlp, matcher = _nlp()
        spans = filter_spans(matcher(doc, as_spans=True))
        datelines = self._dateline_regions()
        named_in_full = {span.label_ for span in spans if " " in span.text}
        entities: list[Entity] = []
        covered = 0
        for span in spans:
            start, end = span.start_char, span.end_char
            if any(a <= start < b for a, b in datelines) or start < covered:
                continue
            surface = span.text
            label = span.label_
            # "Kabupaten Ogan Komering Ulu (OKU) Selatan": the short form inside the name.
            split = _SPLIT_NAME.match(self.text, end)
            whole = self.g.resolve(f"{surface} {split.group(1)}") if split else None
            if split and whole:
                label, end, covered = whole.code, split.end(), split.end()
                surface = self.text[start:end]
            if label.startswith("AMBIG:") or self.g.by_code.get(label) is None:
                key = label.split(":", 1)[1] if label.startswith("AMBIG:") else fold(surface)
                codes = tuple(sorted(self.g.region_bases.get(key, ())))
                if not surface[:1].isupper():
                    continue
                entities.append(Entity(start, end, None, codes, surface))
                continue
            inst = self.g.by_code[label]
            lowered = surface.lower()
            # Short abbreviations ("MA", "BIG", "LAN") are words too unless written in capitals.
            central = inst.level in ("kementerian", "lembaga", "polri", "other")
            abbreviation = _SHORT_ABBREVIATION.match(lowered) and central
            if abbreviation and not surface.isupper():
                continue
            # "#Kominfo" in a list of tags is no body.
            if self.text[max(0, start - 1) : start] == "#":
                continue
            # "Dinas Komunikasi dan Informatika (Kominfo) Dharmasraya": the regional office.
            if central and re.search(
                r"\bdinas\b[^()]{0,50}\(\s*$", self.text[max(0, start - 60) : start], re.I
            ):
                continue
            # "bukan kerja Kominfo saja" where the article speaks of a regional Kominfo office:
            # that office, not the ministry.
            if lowered == "kominfo" and _REGIONAL_KOMINFO.search(self.text):
                continue
            # "Kadis Kominfo", "Dinas Kominfo", "bidang kominfo": a regional office or a field.
            if central and re.search(
                r"\b(?:kadis|dinas|kepala\s+dinas|bidang|urusan)\s*$",
                self.text[_word_start(self.text, start - 20) : start],
                re.I,
            ):
                continue
            # "Kejaksaan" is the body; "kejaksaan", "Kejaksaan Negeri Muna" are not, nor is
            # "Ombudsman RI Perwakilan Kalsel" (a regional office).
            if central and (
                " " not in surface
                and not abbreviation
                and (not surface[:1].isupper() or _REGIONAL_OFFICE.match(self.text, end))
                or re.match(r"\s+perwakilan\b", self.text[end:], re.I)
            ):
                continue
            # a name without its level ("Batang", "SBB", "batu bara"), not "Kab. Batu Bara"
            bare_region = inst.level in ("kabupaten", "kota", "provinsi") and (
                " " not in surface or fold(surface) in self.g.region_bases
            )
            # "Batang" is a word too; it names the body where the article names it in full,
            # or capitalised between lower-case words ("2,45, Batang malah sudah ...").
            if (
                bare_region
                and (
                    not surface[:1].isupper()
                    or (
                        lowered in _COMMON_WORD_REGIONS
                        and label not in named_in_full
                        and not (
                            re.search(r"[a-z\d],?\s+$", self.text[max(0, start - 3) : start])
                            and re.match(r"\s+[a-z]", self.text[end : end + 2])
                            # "Pandeglang dan Lebak, sama-sama ...": listed with another
                            or re.search(
                                r"\s(?:dan|serta|atau)\s+$", self.text[max(0, start - 7) : start]
                            )
                            and re.match(r"[,;]\s+[a-z]", self.text[end : end + 3])
                        )
                    )
                )
            ):
                continue
            # "menurut catatan Harian Kalteng", "dikutip dari Kaltim Post": a newspaper.
            if bare_region and (
                _OUTLET_BEFORE.search(self.text[max(0, start - 12) : start])
                or _OUTLET_AFTER.match(self.text, end)
            ):
                continue
            # "jalur lintas Medan-Parapat", "kapal cepat Ambon-Banda": a route, not the body.
            if bare_region and (
                re.match(r"-[A-Z]", self.text[end : end + 2])
                or re.fullmatch(r"[A-Za-z]-", self.text[max(0, start - 2) : start])
            ):
                continue
            entities.append(Entity(start, end, label, (label,), surface))
        entities += self._short_names_defined(entities, datelines)
        self._short_forms_of_named(entities)
        entities.sort(key=lambda e: e.start)
        self._resolve_ambiguous(entities)
        named: list[Entity] = []
        places: list[Entity] = []
        for e in entities:
            (places if self._is_locative(e, entities) else named).append(e)
        return named, places

    def _short_forms_of_named(self, entities: list[Entity]) -> None:
        """ "Kabupaten Murung Raya ... Pemkab Mura": a short form the gazetteer gives to another
        region ("Mura" is Musi Rawas too) belongs to the region named in full that it
        abbreviates, when its own region is never named in full."""
        regional = ("kabupaten", "kota", "provinsi")

        def bare(e: Entity) -> str:
            return _LEVEL_WORDS.sub("", e.text.lower())

        if not any(e.code and len(e.text) >= 4 and " " not in bare(e) for e in entities):
            return

        full = {
            e.code
            for e in entities
            if e.code and fold(bare(e)) == fold(self.g.by_code[e.code].base or "-")
        }
        for i, e in enumerate(entities):
            short = bare(e)
            if not e.code or e.code in full or " " in short or len(short) < 4:
                continue
            if self.g.by_code[e.code].level not in regional:
                continue
            owners = [
                c
                for c in full
                if self.g.by_code[c].level in regional
                and _abbreviates(short, self.g.by_code[c].base.lower().split())
            ]
            if len(owners) == 1:
                entities[i] = Entity(e.start, e.end, owners[0], (owners[0],), e.text)

    def _short_names_defined(
        self, entities: list[Entity], skip: list[tuple[int, int]]
    ) -> list[Entity]:
        """ "Kabupaten Mamuju Tengah (Mateng)": the article's own short name, wherever it recurs.
        It wins over a body the gazetteer knows by the same short form ("Kabupaten Murung Raya
        (Mura)", not Musi Rawas): matches of it as that other body are dropped from `entities`."""
        defined: dict[str, str] = {}
        for ent in entities:
            m = _SHORT_NAME_DEFINED.match(self.text, ent.end)
            known = self.g.resolve(m.group(1)) if m else None
            regional = ("kabupaten", "kota")
            if (
                ent.code
                and m
                and (
                    known is None
                    # two regions' nicknames clash; "Jakarta (Kemenag)" is a dateline
                    or known.code != ent.code
                    and known.level in regional
                    and self.g.by_code[ent.code].level in regional
                )
            ):
                # "Kementerian Badan Usaha Milik Negara (BUMN)": the short form of the field only.
                field_words = re.findall(r"\b[A-Z]", ent.text.split(" ", 1)[-1])
                if ent.text.startswith("Kementerian") and m.group(1) == "".join(field_words):
                    continue
                defined.setdefault(m.group(1), ent.code)
        entities[:] = [e for e in entities if defined.get(e.text, e.code) == e.code]
        taken = [(e.start, e.end) for e in entities] + skip
        found = []
        for short, code in defined.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", self.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                found.append(Entity(m.start(), m.end(), code, (code,), short))
        return found

    def _is_locative(self, ent: Entity, entities: list[Entity]) -> bool:
        """ "Kab. Kudus, Jawa Tengah," or "di Kalimantan Barat": a place, not the subject."""
        before = self.text[_word_start(self.text, ent.start - 25) : ent.start]
        if re.search(
            r"\bdi\s+(?:ujung|bagian|pesisir|pedalaman|perbatasan)(?:\s+(?:utara|selatan|timur|barat|"
            r"tengah|tenggara))?\s*$",
            before,
            re.I,
        ):
            return True
        # "ibu kota Provinsi Banten itu": the capital is meant, not the province; "tepian Danau
        # Toba": a lake; "warga luar Sumsel": outside it.
        if re.search(
            r"\b(?:ibu\s*kota|danau|gunung|sungai|selat|teluk|perwakilan|pulau|kepulauan|luar)\s+$",
            before,
            re.I,
        ):
            return True
        # "di Jalan Medan Merdeka Barat": a street; "di bilangan Jalan Yos Sudarso Mamuju": the
        # city a street is in.
        if re.search(
            r"\b(?i:jalan|jl\.?|jln\.?)(?:\s+[A-Z0-9][\w.'-]*){0,4}\s+$",
            self.text[_word_start(self.text, ent.start - 45) : ent.start],
        ):
            return True
        # "Bumi Lumbung Beras Bali itu": a regency's nickname that ends with its province;
        # "enam provinsi Tanah Papua": the land, not its government.
        if re.search(r"\bBumi(?:\s+[A-Z][\w-]*){1,3}\s+$", before) or (
            before.endswith("Tanah ") and ent.code and self.g.by_code[ent.code].level == "provinsi"
        ):
            return True
        if _WHERE_FROM_OR_TO.search(before):
            return True
        # "kabar baik datang dari Jakarta": where the evaluator announced it; but "Kabar gembira
        # datang dari Pemkot Probolinggo", "kabar paling lumayan datang dari Mimika" name who
        # it is about.
        if re.search(r"\b(?:datang|tiba)\s+dari\s*$", before, re.I) and ent.text == "Jakarta":
            return True
        # "Sementara di Pemkab Probolinggo, angka yang diperoleh 2,90": a government fronted as
        # the clause's topic is who scored; so is "Di Lamandau, Sekretaris Daerah setempat
        # mengatakan ...", whose official speaks.
        fronted = re.search(
            r"(?:^|[.;,:\n]\s*|\b(?:sementara|sedangkan|adapun|lalu)\s+)di\s*$", before, re.I
        )
        if fronted and (_GOVERNMENT.match(ent.text) or _LOCAL_OFFICIAL.match(self.text, ent.end)):
            return False
        if re.search(
            # "Mimika, sama-sama Papua Tengah, mereka bisa dapat 2,84": of the same province
            r"(?:\bdi|\bse-|\bse(?=\s)|\bwilayah|\basal|\bkawasan|,\s*sama-sama|\bsesama)"
            # "di kawasan utara Sumbar", "di tanah Papua"
            # "di kawasan barat-selatan Aceh", "wilayah barat daya Sumba"
            r"(?:(?:\s+|-)(?:lain|provinsi|sekitar|seluruh|kabupaten/kota|kabupaten|kota|tanah|"
            r"bumi|utara|selatan|timur|barat|tengah|tenggara|daya|laut))*\s*$",
            before,
            re.I,
        ):
            return True
        # "di Gedung Nusantara III, Kompleks Parlemen, Senayan, Jakarta, Jumat (26/1/2024)": the
        # end of an address, then the day.
        # "di Kalibata, Jakarta Selatan, Rabu (26/2/2020)": a city's part, then the day.
        if re.search(r",\s*$", before) and re.match(
            r"(?:\s+(?:utara|selatan|timur|barat|pusat))?,?\s*(?:(?:senin|selasa|rabu|kamis|jumat|"
            r"jum'at|sabtu|minggu)\b|\(\d{1,2}/\d{1,2})",
            self.text[ent.end : ent.end + 24],
            re.I,
        ):
            return True
        if ent.code and self.g.by_code[ent.code].level == "provinsi":
            prev = [e for e in entities if e.end <= ent.start and e.code]
            # "Pemkab Sleman, Daerah Istimewa Yogyakarta (DIY),": the province named twice.
            if (
                prev
                and prev[-1].code == ent.code
                and re.fullmatch(r"\s*\(\s*", self.text[prev[-1].end : ent.start])
            ):
                return self._is_locative(prev[-1], entities)
            # "Pemkab Ogan Ilir (OI), Sumatera Selatan": the same with its short name between.
            if prev and re.fullmatch(
                r"(?:\s*\([^()\d]{1,15}\))?\)?\s*[,(]\s*", self.text[prev[-1].end : ent.start]
            ):
                return self.g.by_code[prev[-1].code].level in ("kabupaten", "kota")
        return False

    def _resolve_ambiguous(self, entities: list[Entity]) -> None:
        """A bare shared name takes the body the article already named, else stays unknown."""
        seen: list[str] = []
        for ent in entities:
            if ent.code is not None:
                seen.append(ent.code)
                continue
            # "Pemerintah Kota (Pemkot) Probolinggo": the kind of body written just before.
            kind = _KIND_BEFORE.search(
                self.text[_word_start(self.text, ent.start - 40) : ent.start]
            )
            # "Di tingkat provinsi, Jambi memperoleh indeks 2,88"
            province = re.search(
                r"\b(?:tingkat|level|lingkup)\s+provinsi\s*,?\s*$",
                self.text[_word_start(self.text, ent.start - 30) : ent.start],
                re.I,
            )
            if kind or province:
                level = "provinsi"
                if kind:
                    city = re.match(r"(?i)(?:pemerintah\s+)?kota|pemkot|wali", kind.group(1))
                    level = "kota" if city else "kabupaten"
                fitting = [c for c in ent.candidates if self.g.by_code[c].level == level]
                if len(fitting) == 1:
                    ent.code = fitting[0]
                    seen.append(ent.code)
                    continue
            # Both bodies of the name already named ("Kota Bandung", "Kab. Bandung"): unknown.
            named = {c for c in seen if c in ent.candidates}
            if len(named) == 1:
                ent.code = named.pop()
            if ent.code is None and not named:
                # "Provinsi Jambi" named later still resolves an earlier bare "Jambi"; "belum
                # cek itu Kota atau Kabupaten Kupang", "milik Pemkab atau Pemkot Madiun" name the
                # question, not the answer.
                later = [e.code for e in entities if e.code in ent.candidates]
                either = any(
                    re.search(
                        r"\b(?:kota|kabupaten|pemkab|pemkot|pemko)\s+(?:atau|maupun)\s+$",
                        self.text[max(0, e.start - 20) : e.start],
                        re.I,
                    )
                    for e in entities
                    if e.code in ent.candidates
                )
                if len(set(later)) == 1 and not either:
                    ent.code = later[0]

    def _split(self) -> None:
        nlp, _ = _nlp()
        _warm_tokenizer(nlp, self.text)
        doc = nlp(self.text)
        entities, places = self._find_entities(doc)
        for sent in doc.sents:
            s = Sentence(sent.start_char, sent.end_char, sent.text, index=len(self.sentences))
            s.entities = [e for e in entities if s.start <= e.start < s.end and e.code]
            s.unresolved = [e for e in entities if s.start <= e.start < s.end and not e.code]
            s.places = [e for e in places if s.start <= e.start < s.end and e.code]
            self.sentences.append(s)

    # -- step 3: figures ---------------------------------------------------------------------

    def _years(self, s: Sentence, compared_last: bool = False) -> list[tuple[int, int]]:
        """(offset in sentence, year) of every evaluation-year mention in the sentence;
        `compared_last` keeps one the sentence ends comparing with ("dibanding tahun lalu.")."""
        found = []
        for m in lx.YEAR_RE.finditer(s.text):
            before = s.text[_word_start(s.text, m.start() - 60) : m.start()]
            if _of_a_date_or_rule(s.text, m.start()):
                continue
            if self._announced_before(s, m.start()):
                continue
            if re.search(r"(?:periode|rpjmd|renstra)\s+\d{4}\s*[-–]\s*$", before, re.I):
                continue
            # "terus naik sejak 2020": where a rise began, not a year; but "sejak evaluasi 2021,
            # ketika Mitra baru mengantongi indeks 2,12" names that year's figure.
            compared, figure = self._compared_with(s, m)
            since = _SINCE.search(before)
            if since and not (figure and figure.group(0).lstrip().startswith(",")):
                continue
            # "Kaleidoskop 2024", "Kilas Balik 2023": the calendar year looked back on.
            if re.search(
                r"\b(?:kaleidoskop|kilas\s+balik|refleksi\s+akhir\s+tahun)\s+$", before, re.I
            ):
                continue
            if self._replacement_starts(s, m):
                continue
            # "naik bila dibandingkan hasil evaluasi 2018, ketika Pemprov Sulteng hanya
            # mengantongi indeks 1,92": the year of the figure after it, not the one before.
            found.append((self._counted_at(m, compared or since, figure), int(m.group(1))))
        # "pada 2021 ... 2,41, setahun kemudian 2,74": counted from the year named before.
        for m in _LATER.finditer(s.text):
            earlier = [y for off, y in found if off < m.start()]
            if earlier:
                step = {"setahun": 1, "dua": 2, "tiga": 3}.get(m.group(1).lower(), 1)
                found.append((m.start(), earlier[-1] + step))
        for m in lx.RELATIVE_YEAR_RE.finditer(s.text):
            if _LATER.match(s.text, m.start()) and any(off < m.start() for off, _ in found):
                continue
            # "dibandingkan tahun sebelumnya" names what is compared with, not a figure's year,
            # unless the figure follows ("dibandingkan tahun sebelumnya yang hanya 2,86").
            compared, figure = self._compared_with(s, m)
            # "... naik dibanding tahun sebelumnya." then "Saat itu ...": asked for by name.
            if (
                compared
                and not figure
                and not (compared_last and not s.text[m.end() :].strip(' .!"”'))
            ):
                continue
            if self._announced_before(s, m.start()):
                continue
            # "awal tahun ini, Wakatobi masuk deretan ...": when the result came out.
            if m.group(1).lower() == "tahun ini" and re.search(r"\bawal\s+$", s.text[: m.start()]):
                continue
            if self._replacement_starts(s, m):
                continue
            year = self._relative_year(m.group(1).lower())
            # "capaian Wajo tahun ini" in January: the result just out, of the year before.
            if (
                year is not None
                and m.group(1).lower() == "tahun ini"
                and self._unannounced(year)
                and re.search(
                    r"\b(?:capaian|hasil|raihan|perolehan)\s+(?:[\w-]+\s+){0,2}$",
                    s.text[: m.start()],
                    re.I,
                )
            ):
                year = self._announced()
            if year is not None:
                found.append((self._counted_at(m, compared, figure), year))
                if m.group(1).lower().endswith(("depan", "berikutnya", "mendatang")):
                    self._upcoming.add(s.start + m.start())
        # "Tiga tahun lalu kita masih dua koma sekian, sekarang 3,27": back to the year reported.
        # "2019 kita baru dapat 1,92, lalu 2020 naik jadi 2,14 dan sekarang 2,63": the year after
        # the history's last, when that can be out already.
        for m in _NOW_FIGURE.finditer(s.text):
            earlier = [y for off, y in found if off < m.start()]
            if self.article_year and earlier:
                year = self.article_year
                if self.published and year <= max(earlier) < self._announced():
                    year = max(earlier) + 1
                found.append((m.start(), year))
        return sorted(found)

    @staticmethod
    def _replacement_starts(s: Sentence, m: re.Match[str]) -> bool:
        """The year at `m` is when the new index replaces SPBE: "sebelum diganti Indeks
        Pemerintah Digital mulai 2026", "mulai tahun ini penilaiannya sudah berganti menjadi
        Indeks Pemerintah Digital"."""
        before = s.text[_word_start(s.text, m.start() - 80) : m.start()]
        if not re.search(r"\bmulai\s+(?:tahun\s+)?$", before, re.I):
            return False
        return bool(
            re.search(rf"\b{_REPLACED}\b[^.;]{{0,60}}\bmulai\s+(?:tahun\s+)?$", before, re.I)
            or re.match(rf"[^.;]{{0,40}}?\b{_REPLACED}\b", s.text[m.end() :], re.I)
        )

    @staticmethod
    def _counted_at(
        m: re.Match[str], compared: re.Match[str] | None, figure: re.Match[str] | None
    ) -> int:
        """Where the year at `m` counts: compared, then the figure ("dibandingkan 2018, ketika
        ... 1,92"), at that figure, not before it; else where it is written."""
        return m.end() + figure.end() - 2 if compared and figure else m.start()

    @staticmethod
    def _compared_with(
        s: Sentence, m: re.Match[str]
    ) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """For a year at `m`: the comparison that names it ("dibandingkan hasil evaluasi"),
        and the figure that follows as that year's ("..., saat Pemkab Lamsel hanya
        mengantongi indeks 2,21")."""
        compared = re.search(
            rf"{lx.COMPARED}\s+(?:dengan\s+)?(?:(?:capaian|nilai|indeks|skor|hasil|raihan|perolehan)\s+)?"
            r"(?:(?:pada|di)\s+)?(?:(?:evaluasi|penilaian)\s+)?(?:(?:spbe|tahun)\s+)?$",
            s.text[: m.start()],
            re.I,
        )
        figure = re.match(
            r"\s*(?:(?:yang|dengan|sebesar)\b[^.;,]{0,25}?|"
            r",?\s*(?:saat|ketika|kala|dimana|di\s+mana)\b[^.;,]{0,90}?"
            r"(?:,\s*(?:yakni|yaitu)\s+)?)\d",
            s.text[m.end() :],
        )
        return compared, figure

    @staticmethod
    def _announced_before(s: Sentence, pos: int) -> bool:
        """ "dirilis Kementerian … (KemenPAN-RB) awal tahun ini": when a result came out."""
        return bool(lx.ANNOUNCED_BEFORE_RE.search(s.text[_word_start(s.text, pos - 110) : pos]))

    def _relative_year(self, phrase: str) -> int | None:
        # "tahun sebelumnya" is the year before the one the article reports on;
        # "tahun lalu" and "tahun ini" count from the day of publication.
        back = 3 if phrase.startswith("tiga") else 2 if phrase.startswith("dua") else 1
        if phrase.endswith("sebelumnya") and self.article_year:
            return self.article_year - back
        # "Pada evaluasi ini": the evaluation the article reports on.
        if phrase in ("evaluasi ini", "penilaian ini") and self.article_year:
            return self.article_year
        # "evaluasi berikutnya" is the one after the evaluation the article reports on.
        upcoming = phrase.endswith(("depan", "berikutnya", "mendatang"))
        if upcoming and phrase.startswith(("evaluasi", "penilaian")) and self.article_year:
            return self.article_year + 1
        base = self.published.year if self.published else None
        if base is None:
            return None
        if phrase.endswith(("lalu", "sebelumnya", "kemarin", "silam")):
            return base - back
        if phrase.endswith(("depan", "berikutnya", "mendatang")):
            return base + 1
        return base

    def _is_excluded_value(self, s: Sentence, m: re.Match[str], left_bound: int) -> bool:
        text = s.text
        before = text[left_bound : m.start()]
        after = text[m.end() : m.end() + 25]
        if lx.UNIT_AFTER_RE.match(after):
            return True
        # A band of the scale ("Sangat Baik 3,5 - <4,2", "Kurang <1,8"), not anyone's score.
        if re.match(r"\s*(?:-|–|—|s\.?d\.?|sampai)\s*<?\s*[0-5][.,]\d", after) or re.search(
            r"(?:[<>≤≥]|[0-5][.,]\d\s*(?:-|–|—)\s*<?)\s*$", text[max(0, m.start() - 12) : m.start()]
        ):
            return True
        # "Rp 3,5 miliar"; "Revolusi Industri 4.0", "Society 5.0", "versi 2.1": names, not scores.
        if re.search(
            r"(?:rp\.?|usd|\$|\bindustri|\bsociety|\bweb|\bversi|\bv)\s*$",
            text[_word_start(text, m.start() - 9) : m.start()],
            re.I,
        ):
            return True
        if lx.DELTA_BEFORE_RE.search(text[_word_start(text, m.start() - 30) : m.start()]):
            return True
        # "kenaikan yang diraih Bumi Besemah pada tahun ini mencapai 0.43 poin": a rise said
        # as the clause's subject, its figure in points, no index named in between.
        rise = re.search(
            r"\b(?:kenaikan|peningkatan|penurunan|selisih|lonjakan)\b(?:(?!\b(?:indeks|nilai|skor)\b)"
            r"[^,;.])*$",
            text[_clause_bounds(text, m.start())[0] : m.start()],
            re.I,
        )
        if rise and re.match(r"\s*poin\b", after, re.I):
            return True
        if lx.THRESHOLD_AFTER_RE.match(after) or lx.LETTER_GRADE_AFTER_RE.match(after):
            return True
        # "nilai minimal 3,5 pada penilaian Indeks Pemerintah Digital (Pemdi) tahun 2026": the
        # index it is for, named right after it.
        for_index = re.match(
            r"\s*(?:poin\s+)?(?:pada|untuk|dalam|di)\s+(?:(?:penilaian|evaluasi|pengukuran|survei)\s+)?",
            text[m.end() : m.end() + 80],
            re.I,
        )
        if for_index and lx.OTHER_INDEX_RE.match(text, m.end() + for_index.end()):
            return True
        # "Untuk naik ke Baik minimal harus 2,6": what a band asks, not anyone's aim.
        if any(ask.end() == m.start() for ask in _BAND_ASKS.finditer(text)):
            return True
        threshold = lx.THRESHOLD_BEFORE_RE.search(
            text[_word_start(text, m.start() - 40) : m.start()]
        )
        if threshold:
            # "menargetkan minimal 3,5" is still an aim; "di bawah 2,6" alone is a cut-off,
            # and never an aim ("akan menggelar pendampingan bagi yang masih di bawah 2,60").
            # "di atas 3,42 yang diraih pada 2022" compares with a result instead.
            achieved = re.match(
                r"\s*(?:yang\s+)?(?:di|ter)?(?:raih|peroleh|capai|catat|kantongi)|\s*(?:milik|pada\s+"
                r"(?:evaluasi\s+)?20\d\d|tahun)",
                after,
                re.I,
            )
            below = re.match(r"(?:di\s+bawah|kurang\s+dari|maksimal)\b", threshold.group(0), re.I)
            if not achieved and (below or not self._floor_is_aim(s, m.start())):
                return True
        # (the nearest: "peringkat ke-9 secara nasional ..., jauh di atas indeks SPBE nasional
        # 2023 yang berada di angka 2,79" is the national index)
        not_a_score = next(reversed(list(lx.NOT_A_SCORE_RE.finditer(before))), None)
        # "menempati peringkat pertama secara nasional dengan indeks 3,65" is a body's rank.
        ranked = (
            not_a_score
            and not_a_score.group(0).lower().startswith("secara")
            and (lx.RANK_RE.search(before) or lx.TOP_RANK_RE.search(before))
        )
        # "menargetkan indeks di kisaran 2,7": an aim given as a rough figure is still an aim.
        rough_aim = (
            not_a_score
            and not_a_score.group(0).lower() == "kisaran"
            and re.fullmatch(r"kisaran\s+(?:angka\s+)?", before[not_a_score.start() :], re.I)
            and self._floor_is_aim(s, m.start())
        )
        if not_a_score and not ranked and not rough_aim:
            return True
        # "hasil penilaian mandiri sementara Kabupaten Sikka ... di angka 2,6", "KSB memasang
        # angka 2,9 untuk penilaian mandiri": a self-assessment anywhere in the clause.
        c_start, c_end = _clause_bounds(text, m.start())
        if lx.SELF_ASSESSMENT_RE.search(text[c_start:c_end]):
            return True
        # "penilaian mandiri Bulungan di kisaran 2,91, sedangkan Tarakan sekitar 3,05"
        earlier = lx.SELF_ASSESSMENT_RE.search(text[: m.start()])
        if earlier and not re.search(
            r"\b(?:resmi|hasil\s+akhir|ditetapkan|evaluator|kemenpan)",
            text[earlier.end() : m.start()],
            re.I,
        ):
            return True
        # The nearest index named before the figure decides which index it belongs to.
        topic = self._without_names(s, m.start())
        turns = list(re.finditer(rf";|{_TURN}", topic, re.I))
        cut = turns[-1].end() if turns else 0
        topic = topic[cut:]
        # "evaluasi 2025, yang jadi evaluasi SPBE terakhir sebelum diganti Indeks Pemerintah
        # Digital, minimal 3,50": the index that replaces SPBE is named, not scored.
        other = [
            o
            for o in lx.OTHER_INDEX_RE.finditer(topic)
            if not re.search(
                rf"\b{_REPLACED}\s+(?:\w+\s+)?$",
                topic[max(0, o.start() - 25) : o.start()],
                re.I,
            )
        ]
        spbe = list(lx.SPBE_RE.finditer(topic))
        if other and (not spbe or spbe[-1].start() < other[-1].start()):
            # "..., sebelum beralih ke Indeks Pemerintah Digital, Pemkot Bontang mencatat
            # indeks 4,31": a body named after a comma starts a clause of its own.
            framed = re.search(  # "untuk Indeks Pemerintah Digital 2026, Pemkab Lutim ..."
                r"\b(?:untuk|bagi|dalam|pada|di|soal|terkait|mengenai)\s+(?:\w+\s+){0,2}$",
                topic[max(0, other[-1].start() - 30) : other[-1].start()],
                re.I,
            )
            own_clause = (
                not framed
                and left_bound > cut + other[-1].end()
                and re.search(r"[,;]", text[cut + other[-1].end() : left_bound])
            )
            if not own_clause:
                return True
        # Ranges ("3 hingga 3,5") are aims or bands, not results.
        prev = re.search(
            r"(\d+(?:[.,]\d+)?)\s*(?:hingga|sampai|s\.d\.|s/d|-|–|—)\s*$", text[: m.start()]
        )
        nxt = re.match(r"\s*(?:hingga|sampai|s\.d\.|s/d|–|—|-)\s*\d", after)
        return bool(prev or nxt)

    def _predikat_ok(self, s: Sentence, m: re.Match[str], values: list[re.Match[str]]) -> bool:
        text = s.text
        before = text[_word_start(text, m.start() - 40) : m.start()]
        word = m.group(1)
        after = text[m.end() : m.end() + 3]
        # "akhirnya keluar dari zona predikat Cukup": left behind, in no year the text names.
        if re.search(
            r"\bkeluar\s+dari\s+(?:zona\s+|kategori\s+|kelas\s+)?(?:predikat\s+)?[\"“‘']?$",
            before,
            re.I,
        ):
            return False
        # "belum naik kelas ke Baik", "gagal menembus predikat Baik": not reached.
        if re.search(
            r"\b(?:belum|tidak|gagal)\s+(?:[\w-]+\s+){0,3}?(?:ke|menjadi|meraih|mencapai|menembus|tembus|"
            r"menyentuh)\s+(?:predikat\s+|kategori\s+)?[\"“‘']?$",
            before,
            re.I,
        ):
            return False
        # "Jangan sampai predikatnya Baik, tapi ...", "seandainya kita dapat Sangat Baik": what
        # might be, not what is.
        if re.search(
            r"\b(?:jangan\s+sampai|seandainya|andaikan|andaikata)\b[^.,;]{0,40}$", before, re.I
        ):
            return False
        # "Skor 2,93 itu belum memuaskan", "tembus angka 3 poin, tidak boleh kurang": a plain
        # word after a negation.
        if word.islower() and re.search(
            r"\b(?:belum|tidak|tak|kurang)\s+(?:boleh\s+|bisa\s+|akan\s+|lagi\s+)?$", before, re.I
        ):
            return False
        # Near it, not in it: "Predikatnya Cukup, nyaris Kurang", "Mahulu nyaris saja
        # tergelincir ke Cukup", "hampir menembus Sangat Baik", "selisih tipis dari Cukup".
        if re.search(
            r"\b(?:mendekati|selisih\s+(?:[\w-]+\s+){0,2}?dari\s+(?:predikat\s+)?|"
            r"(?:nyaris|hampir)(?:\s+(?:[\w-]+\s+){0,2}?(?:ke|menjadi|jadi|mencapai|"
            r"menyentuh|menembus|masuk)\s+(?:predikat\s+|kategori\s+)?)?)\s*[\"“‘']?$",
            before,
            re.I,
        ):
            return False
        # "Kota Tangerang dan Tangsel keduanya sudah Baik.", "..., sama-sama Cukup juga" (seen
        # with the word itself, which "sama-sama" looks ahead to)
        shared = [sh for sh in _SHARED.finditer(before + word) if sh.end() <= len(before)]
        if (
            word[:1].isupper()
            and shared
            and re.fullmatch(
                r"\s+(?:(?:sudah|masih|tetap|juga)\s+)*[\"“‘']?", before[shared[-1].end() :]
            )
        ):
            return True
        # "..., dari sebelumnya Cukup", "dari sebelumnya Cukup menjadi Baik": the name it rose
        # from.
        if word[:1].isupper() and re.search(
            r"\bdari\s+(?:sebelumnya|semula)\s+(?:predikat\s+)?[\"“‘']?$", before, re.I
        ):
            return True
        # 'jarak antara "Baik" dan "Memuaskan"': two bands compared, nobody's predikat.
        pairs = _BAND_PAIR.finditer(text, _word_start(text, m.start() - 30))
        if any(p.start() <= m.start() < p.end() for p in pairs):
            return False
        # "predikat Baik ke atas": a threshold.
        if re.match(r"\s+(?:ke\s+atas|ke\s+bawah|atau\s+lebih)\b", text[m.end() :], re.I):
            return False
        # Plain words: "cukup memuaskan", "cukup tinggi", "sudah baik", "kurang optimal".
        nxt = re.match(r"\s+([a-z]+)\b", text[m.end() :])
        if (
            word.lower() == "cukup"
            and nxt
            and nxt.group(1) not in _PREDIKAT_FOLLOWERS
            # "dengan predikat Cukup berdasarkan ...": after a cue only a word "cukup" can
            # modify makes it the adverb ("predikat cukup memuaskan").
            and (
                not lx.STRONG_PREDIKAT_CUE_RE.search(before)
                or re.match(
                    r"(?:me(?!njadi$)|ter)|(?:baik|tinggi|bagus|jauh|lama|banyak|besar|berat|"
                    r"sulit|positif|rendah|signifikan|stabil|optimal|lumayan)$",
                    nxt.group(1),
                )
            )
        ):
            return False  # "cukup tinggi", "cukup memuaskan": an adverb, not the predikat
        # "daerah yang meraih predikat Memuaskan antara lain Pemprov Jatim, ...": named after.
        listed = _LIST_AFTER.match(text, m.end())
        named_after = listed and any(e.start - s.start == listed.end() for e in s.entities)
        if not named_after and self._generic_predikat(s, m.start()):
            return False
        if re.search(r"\bcukup\s*$", before, re.I) and word.lower() in ("memuaskan", "baik"):
            return False
        # "menembus predikat tertinggi, Memuaskan, dengan indeks 4,23": the cue, then its name;
        # "dengan predikat yang sama yaitu cukup"
        if re.search(
            r"(?:\bpredikat(?:nya)?\s+(?:ter\w+|paling\s+\w+)\s*[,:–-]\s*|"
            rf"{_SAME_THEN_NAMED})[\"'“‘]?$",
            before,
            re.I,
        ):
            return True
        # (a list after its cue may be long: "predikat berturut-turut MEMUASKAN, Sangat Baik dan")
        if lx.STRONG_PREDIKAT_CUE_RE.search(text[_word_start(text, m.start() - 80) : m.start()]):
            return True
        # "predikatnya waktu itu masih Cukup", "predikat kita sekarang Baik": the cue, words of
        # time, then the name.
        if word[:1].isupper() and re.search(
            r"\bpredikat(?:nya)?\s+(?:(?:waktu|saat|ketika|kala|pada|itu|tahun|lalu|ini|masih|"
            r"sudah|tetap|juga|pun|hanya|baru|kini|sekarang|kita|kami)\s+){1,4}[\"“‘']?$",
            before,
            re.I,
        ):
            return True
        # Right after a value: "2,72 (baik)", "3,42 atau berpredikat baik", "2,74 Baik".
        for v in values:
            if v.end() > m.start():
                break  # only a value before the word counts here
            gap = text[v.end() : m.start()]
            if 0 <= len(gap) <= 30 and re.fullmatch(
                r"[\s(\"'“”‘’,:–—-]*(?:atau|dengan|dan|yang)?[\s\w(\"'“”‘’,:–—-]{0,22}?", gap
            ):
                # "2,48, masih Cukup, jadi ..." and "1,69, masih Kurang waktu itu." name it;
                # "masih cukup tinggi" does not.
                if re.search(
                    r"\b(?:cukup|sudah|lebih|semakin|makin|sangat|masih)\s*$", gap, re.I
                ) and not (
                    word[:1].isupper()
                    and re.match(
                        r"\s*(?:(?:waktu|saat|ketika|kala|tahun)\s+itu\b\s*)?[,.;)]",
                        text[m.end() : m.end() + 20],
                    )
                ):
                    continue
                return True
        # "Pemkot Bogor bahkan sudah Sangat Baik dengan nilai 3,56": capitalised, then its figure.
        if word[:1].isupper() and any(
            _PREDIKAT_THEN_VALUE.fullmatch(text[m.end() : v.start()]) for v in values
        ):
            return True
        # "Tahun ini target kita Sangat Baik": the speaker's, in an article about one body.
        speakers = bool(self.principal and _FIRST_PERSON.search(text, 0, m.start()))
        # "untuk evaluasi 2024 ini targetnya Sangat Baik," ujar ... Tala: the aim, capitalised, in
        # a sentence that names whose aim it is, or after one that names one body only
        # ("Purwakarta masuk Sangat Baik. Target kami ... tentu Memuaskan"), or the speaker's.
        if (
            word[:1].isupper()
            and not word.isupper()
            and (
                s.entities
                or ((prev := self._sentence_before(s)) and len(self._bodies_in(prev)) == 1)
                or speakers
            )
            and re.search(
                r"\btarget(?:nya|\s+kami|\s+kita)?\b"
                # "Target kami di evaluasi 2025 nanti tentu Memuaskan", "target kami pada evaluasi
                # tahun 2020 nanti minimal sudah Baik"
                r"(?:\s*:|[^.;:]{0,40}[,:]|[^.;:]{0,40}?\b(?:tentu|adalah|yaitu|yakni|tetap|jelas|"
                rf"{lx.AT_LEAST}(?:\s+sudah)?))?\s*$",
                text[_word_start(text, m.start() - 80) : m.start()],
                re.I,
            )
        ):
            return True
        # "tahun depan minimal Baik": the floor of an aim, in an article about one body.
        if word[:1].isupper() and self.principal and self._floor_for_next(s, m.start()):
            return True
        # "Kalau itu tercapai, di evaluasi terakhir nanti, Mansel bisa Sangat Baik": an aim
        # said as what the body can reach; "pada 2025 ..., Ternate harus Memuaskan": must;
        # "Tahun 2025 kita harus bisa Memuaskan": the speaker's, in an article about one body.
        if (
            word[:1].isupper()
            and not word.isupper()
            and (s.entities or speakers)
            and (
                re.search(r"\b(?:bisa|dapat|mampu)\s+$", before, re.I)
                and lx.TARGET_CUE_RE.search(text[: m.start()])
                or _MUST.search(before)
            )
        ):
            return True
        # In quotes, parentheses or capitals: “Baik”, (Cukup), SANGAT BAIK.
        if re.search(r"[\"“‘'(]\s*$", before) and re.match(r"\s*[\"”’')]", after):
            return True
        # "yang waktu itu masih Cukup, sekarang ...", "kita masih Cukup waktu itu", "Waktu 2020
        # itu kita masih Cukup", "tahun ini kita sudah Baik": capitalised after "masih"/"sudah",
        # closing its clause.
        if (
            word[:1].isupper()
            and not word.isupper()
            and re.search(r"\b(?:masih|sudah|tetap)\s+$", before)
            and re.match(r"\s*(?:[,.;\"”]|$|(?:waktu|saat|kala|sekarang|kini)\b)", after)
            # not "banyak daerah yang sudah Memuaskan", "kabupaten kota yang sudah Memuaskan"
            and not re.search(
                rf"\b{_BODY_KIND}(?:\s+kota|\s+lain(?:nya)?)?\s+yang\s+\w+\s+$", before
            )
        ):
            return True
        # "lebih baik", "semakin baik": a comparison, whatever the case.
        if re.search(r"\b(?:lebih|semakin|makin|kian|tidak|belum)\s*$", before, re.I):
            return False
        letters = [c for c in text if c.isalpha()]
        shouting = sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))
        if m.group(1).isupper() and len(m.group(1)) > 3 and not shouting:
            return True  # in a line all in capitals (a subhead) capitals say nothing
        # Capitalised mid-sentence after a verb of reaching it (not a headline in title case).
        prev_word = re.search(r"(\w+)\W*$", before)
        if (
            word[:1].isupper()
            and _REACHED.search(before)
            and prev_word
            and prev_word.group(1).islower()
        ):
            return True
        # "Langsa disebut meraih predikat Baik sedangkan Sabang Cukup.": the cue said once.
        named = [e for e in s.entities if e.end - s.start <= m.start()]
        # "tetangga kita Tanah Bumbu malah sudah Memuaskan", "Labura misalnya juga dapat Baik":
        # capitalised, its body just before.
        # "Kudus memang juga Sangat Baik", "Nias Utara memang sama sama Kurang".
        gap = text[named[-1].end - s.start : m.start()] if named else ""
        if (
            word[:1].isupper()
            and named
            and gap.strip()
            and re.fullmatch(
                r"\s+(?:(?:malah|bahkan|justru|pun|juga|kini|sekarang|misalnya|memang|"
                r"sama(?:-|\s+)sama|sama2)\s+)*"
                r"(?:(?:sudah|masih|tetap|dapat|dapet|meraih|memperoleh)\s+)?",
                gap,
            )
        ):
            return True
        if (
            word[:1].isupper()
            and named
            and re.fullmatch(r"\s+", text[named[-1].end - s.start : m.start()])
            and re.search(r"(?:sedangkan|sementara|,|dan)\s*$", text[: named[-1].start - s.start])
            and re.search(r"\b(?:ber)?predikat\b", text[: named[-1].start - s.start], re.I)
            and re.match(r"\s*(?:[.;,]|$)", text[m.end() :])
        ):
            return True
        # "4. Empat Lawang msh Cukup (2,31)": a line of a list, its body, then its figure in
        # brackets.
        if (
            word[:1].isupper()
            and named
            and re.fullmatch(r"\s+(?:(?:masih|msh|sudah|sdh|tetap)\s+)?", gap)
            and (bracket := re.compile(r"\s*\(\s*").match(text, m.end()))
            and lx.VALUE_RE.match(text, bracket.end())
        ):
            return True
        # A list item or table row: "Kota Singkawang : Cukup", "| Kota Pontianak | Baik |".
        if re.search(r"[:|–—-]\s*$", before) and re.match(r"\s*(?:[.;,|)(]|$)", after):
            return True
        return bool(re.search(r"[:|]\s*$", before))

    def _generic_predikat(self, s: Sentence, pos: int) -> bool:
        """A threshold ("batas predikat Memuaskan") or a kind of body ("kabupaten yang masih
        berpredikat Kurang") rather than a fact about a named one."""
        before = s.text[:pos]
        if _THRESHOLD.search(before):
            return True
        if _SHARED.search(before) or _FIRST_OF_LIST.search(before):
            return False
        # "A satu-satunya yang Baik, sementara dua kabupaten lainnya Cukup": the others listed.
        rest = _REST_OF_LIST.search(before)
        if rest and any(e.start - s.start < rest.start() for e in s.entities):
            return False
        counted = _COUNTED_HOLDER.search(before)
        # "Toba menjadi satu-satunya dari tiga kabupaten itu yang menembus ...": the body itself;
        # "di urutan ketiga nasional di antara 38 provinsi dengan predikat Memuaskan": the field
        # it was ranked in.
        if (
            counted
            and not re.search(
                r"\b(?:salah\s+satu|satu-satunya)\s+(?:dari\s+|di\s+antara\s+)?$",
                before[: counted.start()],
                re.I,
            )
            and not _RANKED_AMONG.search(before[: counted.start()])
        ):
            return True
        m = _GENERIC_HOLDER.search(before)
        if not m:
            return False
        # "menjadi salah satu daerah yang masih berpredikat Kurang": about the body itself.
        if re.search(
            r"\b(?:salah\s+satu|satu-satunya|termasuk|tergolong|deretan|jajaran|barisan|daftar|kelompok)\b"
            r"[^.;]{0,80}$",
            before[: m.end()],
            re.I,
        ):
            return False
        # "peringkat pertama dari seluruh instansi pusat yang dievaluasi dengan predikat
        # Sangat Baik": the field it was ranked in, not a holder.
        if _RANKED_AMONG.search(before[: m.start()]):
            return False
        # "kabupaten di ujung selatan Maluku itu masih berpredikat": the body in question.
        if re.search(r"\b(?:itu|tersebut|ini)\b", before[m.start() :], re.I):
            return False
        holder = s.start + m.start()
        # "Kabupaten Muna Barat yang merupakan daerah otonomi baru ... predikat Baik": apposition.
        return not any(
            e.start <= holder < e.end
            or (
                e.end <= holder
                and re.fullmatch(
                    # "Kabupaten Penukal Abab Lematang Ilir (PALI) sebagai daerah otonom ...",
                    # "Pemerintah Aceh (provinsi) sudah masuk predikat Baik"
                    r"\s*\(|\s*(?:\([^)]{1,15}\)\s*)?,?\s*(?:yang\s+)?(?:merupakan|sebagai|selaku|adalah)\s+",
                    self.text[e.end : holder],
                )
            )
            # "kabupaten tetangga Ogan Ilir juga meraih predikat Baik": the body itself.
            or (
                e.start > holder
                and re.fullmatch(
                    r"[\w/]+\s+(?:(?:tetangga|sebelah|jiran|lain|lainnya)\s+)?",
                    self.text[holder : e.start],
                )
            )
            for e in s.entities
        )

    def _subscores(self, s: Sentence, values: list[re.Match[str]]) -> dict[int, str]:
        """Offsets of values that are sub-scores, with their labels as written."""
        out: dict[int, str] = {}
        # "| Kebijakan Internal SPBE | 3,40 |": a row of a table of sub-scores.
        # ... or a line of its own: "Kebijakan Internal Tata Kelola SPBE = 1,67".
        table_row = not s.entities and (
            s.text.lstrip().startswith("|") or bool(_LABEL_LINE.fullmatch(s.text.strip()))
        )
        # "... Kelembagaan 2, 75. Yang masih rendah itu Kebijakan Internal Tata Kelola, cuma
        # 2,17": the sentence after sub-scores goes on with them.
        goes_on = self._scored_sentence is not None and (
            self._sentence_before(s) is self._scored_sentence
        )
        if (
            not lx.SUBSCORE_CUE_RE.search(s.text)
            and len(values) < 3
            and not table_row
            and not goes_on
        ):
            return out
        previous_end = 0
        # In "nilai per domain: Kebijakan Internal 3,40; ...; Layanan 4,12" a lone word is one.
        listed = bool(_DOMAIN_WORD.search(s.text))
        # "Manajemen 2,95" then "Layanan 4,10": a line of a list of sub-scores, on its own line
        # after the list's heading or its other lines.
        prev = self._sentence_before(s)
        listed = listed or bool(
            table_row
            and prev is not None
            and (_LABEL_LINE.fullmatch(prev.text.strip()) or _DOMAIN_WORD.search(prev.text))
        )
        for v in values:
            after = self._label_after(s.text[v.end() :])
            # "Kebijakan Internal 4,50 • Tata Kelola 4,10 • Manajemen 3,98 • Layanan 4,45": in a
            # row of sub-scores the last lone word is one too.
            label = after or self._label_before(
                s.text[previous_end : v.start()], listed or len(out) >= 2
            )
            previous_end = v.end()
            if label:
                out[v.start()] = label
        # "domain Tata Kelola SPBE dan domain Manajemen SPBE, masing-masing memperoleh nilai
        # 3,80 dan 3,37": the domains named, then their figures in order.
        each = _EACH.search(s.text)
        if each:
            since = max((v.end() for v in values if v.end() <= each.start()), default=0)
            named = list(_NAMED_LABEL.finditer(s.text, since, each.start()))
            later = [v for v in values if v.start() > each.end()]
            labels = [self._label_words(n.group(0).split()) for n in named]
            paired = {v.start(): label for v, label in zip(later, labels, strict=False) if label}
            if len(named) >= 2 and len(later) == len(paired) == len(named):
                out.update(paired)
        if out:
            self._scored_sentence = s
        return out

    @staticmethod
    def _label_words(words: list[str], listed: bool = False) -> str | None:
        """The label in `words` (the words right before a figure), or None if there is none."""
        label: list[str] = []
        for w in reversed(words):
            if w.lower() in lx.SUBSCORE_WORDS:
                label.insert(0, w)
            else:
                break
        while label and label[0].lower() == "dan":
            label.pop(0)
        before_label = words[: len(words) - len(label)]
        if before_label and before_label[-1].lower() in ("sistem", "indeks", "nilai"):
            return None
        named = label and label[0].lower() in ("domain", "aspek")
        # "aspek"/"domain" in lower case is the sentence's word, not the label's.
        while label and label[0] in ("aspek", "domain"):
            label.pop(0)
        core = [w for w in label if w.lower() not in ("dan", "spbe", "domain", "aspek")]
        if not core:
            return None
        if not named and not listed and len(label) == 1 and label[0].lower() in _LONE_WORDS:
            return None  # "layanan 3,1" alone is not a domain unless called one
        return " ".join(label)

    def _label_before(self, head: str, listed: bool = False) -> str | None:
        glue = lx.SUBSCORE_GLUE_RE.search(head)
        label_end = glue.start() if glue else len(head)
        label = self._label_words(re.findall(r"[\w/-]+|[^\w\s]", head[:label_end]), listed)
        if label:
            return label
        # "untuk domain Kebijakan Internal, Polri memperoleh nilai 2,60": named earlier.
        named = list(_NAMED_LABEL.finditer(head))
        # "Domain Manajemen Jadi Titik Lemah, Indeks SPBE Babel Mentok di 2,98": the index named
        # in between is what the figure is.
        if named and not re.search(r"\d|\bindeks\b", head[named[-1].end() :], re.I):
            # "nilai domain Layanan SPBE Kukar mencapai 4,6": the label stops at the name.
            words = named[-1].group(0).split()
            kept = words[:1]
            for w in words[1:]:
                if w.lower() not in lx.SUBSCORE_WORDS:
                    break
                kept.append(w)
            return self._label_words(kept)
        return None

    def _label_after(self, tail: str) -> str | None:
        # "3,40 di domain Kebijakan Internal, 2,90 di domain Tata Kelola"
        m = re.match(r"\s*(?i:poin\s+)?(?i:di|pada|untuk)\s+" + _NAMED_LABEL.pattern, tail)
        if m:
            return self._label_words(m.group(0).split()[1:])
        # "4,10 untuk Tata Kelola, 3,90 untuk Manajemen": the domain word left out.
        m = re.match(
            r"\s*(?i:untuk|di|pada)\s+([A-Z]\w*(?:\s+(?:[A-Z]\w*|dan(?=\s+[A-Z])))*)", tail
        )
        if m and all(w.lower() in lx.SUBSCORE_WORDS for w in m.group(1).split()):
            return self._label_words(m.group(1).split(), listed=True)
        return None

    def _facts_in(self, s: Sentence) -> list[Fact]:
        text = s.text
        if not _FIGURE_HINT.search(text):
            return []  # no digit and no predikat word: most sentences of an article
        values = [m for m in lx.VALUE_RE.finditer(text) if 0.0 <= _value_of(m) <= 5.0]
        # "Tahun depan kami kejar minimal 3": a whole number as the floor of an aim.
        for m in _WHOLE_FLOOR.finditer(text):
            digit = _WHOLE_DIGIT.match(text, m.start(1))
            # (the floor's own verb may be the cue's: "kita harus tembus angka 3 poin")
            if digit and lx.TARGET_CUE_RE.search(text[: m.start(1)]):
                values.append(digit)
        values.sort(key=lambda v: v.start())
        # "rata-rata nasional yang menurut (oleh) KemenPAN-RB ada di angka 1,98", "Secara
        # nasional, KemenPAN-RB mencatat indeks SPBE 2024 di angka 3,12": the source named does
        # not end the average's clause.
        # "Rata2 Banten 3,33": the body an average is of does not end it either.
        bounds = [
            e.end - s.start
            for e in s.entities
            if not (
                self._is_evaluator(e.code or "")
                and re.search(
                    r"\b(?:menurut|versi|kata|data|oleh)\s+$|\bsecara\s+nasional\s*,?\s*$",
                    self.text[max(0, e.start - 20) : e.start],
                    re.I,
                )
            )
            and not _AVERAGE_OF.search(self.text[max(0, e.start - 50) : e.start])
            # "... yang menurut catatan Dinas Kominfo Provinsi Sumut berada di angka 2,21":
            # whose count it is.
            and not re.search(
                r"\bmenurut\s+(?:catatan|data|hitungan)\s+"
                r"(?:(?:dinas|diskominfo\w*|biro|bagian)\b[^,.;]{0,30})?$",
                self.text[max(0, e.start - 60) : e.start],
                re.I,
            )
        ]
        kept_values = []
        excluded: list[re.Match[str]] = []
        # "Secara nasional, indeks SPBE 2024 mencapai 3,12 ... Angka ini naik dari 2,79 pada
        # tahun sebelumnya": the average's earlier figure.
        before = self._sentence_before(s)
        unowned = bool(
            before is not None
            and before.index in self._ends_unowned
            and re.match(
                r"\W*(?:angka|nilai|indeks|capaian|skor)\s+(?:ini|itu|tersebut)\b", text, re.I
            )
        )
        if unowned and before is not None:
            # "... Tanjabtim memperoleh 2,54, masih di bawah indeks nasional 2,79. 'Angka ini
            # sudah naik dari 2,19, namun kami akui Tanjabtim masih tertinggal'": the body
            # named again owns the figure meant.
            owners = {f.subject for f in self.facts if f.sentence is before and f.kind == "value"}
            unowned = not any(e.code in owners for e in s.entities)
        for m in values:
            left = max([b for b in bounds if b <= m.start()] + [0])
            if unowned or self._is_excluded_value(s, m, left) or self._recalls_excluded(s, m):
                excluded.append(m)
                self._excluded_values.add(_value_of(m))
            else:
                kept_values.append(m)
        if excluded and (not kept_values or kept_values[-1].start() < excluded[-1].start()):
            self._ends_unowned.add(s.index)
        subs = self._subscores(s, kept_values)
        facts: list[Fact] = []
        sub_facts: dict[int, str] = {}
        for m in kept_values:
            value = _value_of(m)
            if m.start() in subs:
                sub_facts[m.start()] = subs[m.start()]
                continue
            facts.append(Fact("value", m.start(), m.end(), s, value=value))
        main_values = [m for m in kept_values if m.start() not in subs]
        band_asks = {ask.start("band") for ask in _BAND_ASKS.finditer(text)}
        for m in lx.PREDIKAT_RE.finditer(text):
            if self._in_other_index_context(s, m.start()) or m.start(1) in band_asks:
                continue
            # The predikat of an average or a draft figure goes with it.
            prior = [v for v in values if v.end() <= m.start()]
            # ("1,98, atau masih berada pada predikat Cukup")
            if prior and prior[-1] in excluded and m.start() - prior[-1].end() <= 40:
                continue
            # "Sangat Baik 3,5 - <4,2": the name of a band of the scale.
            nxt = [v for v in values if v.start() >= m.end()]
            if nxt and nxt[0] in excluded and re.fullmatch(r"\W*", text[m.end() : nxt[0].start()]):
                continue
            if self._predikat_ok(s, m, main_values):
                name = lx.canonical_predikat(m.group(1))
                facts.append(Fact("predikat", m.start(), m.end(), s, predikat=name))
        # "3,36 dengan predikat yang sama": the predikat last named, in this sentence or before.
        for m in _SAME_PREDIKAT.finditer(text):
            named = [f for f in facts if f.kind == "predikat" and f.start < m.start()]
            # (neither an aim nor an earlier year's: "target Memuaskan tahun ini", "naik dari
            # indeks 3,47 berpredikat Baik")
            named = named or [
                f
                for f in self.facts
                if f.kind == "predikat" and f.role not in ("target", "previous")
            ]
            # "3,36 dengan predikat yang sama", "predikat serupa dengan nilai 2,87"
            if named and any(
                0 <= m.start() - v.end() <= 30
                or _PREDIKAT_THEN_VALUE.fullmatch(text[m.end() : v.start()])
                for v in main_values
            ):
                facts.append(Fact("predikat", m.start(), m.end(), s, predikat=named[-1].predikat))
        # "SANGAT BAIK ▸ BKN ▸ LKPP", "Baik: Kota A, Kota B": a line of an infographic.
        line = _PREDIKAT_LINE.match(text)
        if line and not values and s.entities:
            name = lx.canonical_predikat(line.group(1))
            return [
                Fact("predikat", e.start - s.start, e.end - s.start, s, predikat=name,
                     subject=e.code, explicit_subject=True)
                for e in s.entities
            ]  # fmt: skip
        # "dengan predikat Kurang, Cukup, Baik, Sangat Baik, hingga Memuaskan": the scale itself.
        named = {f.predikat for f in facts if f.kind == "predikat"}
        if len(named) >= 4 and len(main_values) < 2:
            facts = [f for f in facts if f.kind != "predikat"]
        # "domain Layanan kami sudah di 4,34, itu sudah masuk kategori memuaskan": the band a
        # sub-score falls in, not the body's predikat.
        for f in [f for f in facts if f.kind == "predikat"]:
            prior = [m for m in kept_values if 0 <= f.start - m.end() <= 50]
            if (
                prior
                and prior[-1].start() in sub_facts
                and "." not in text[prior[-1].end() : f.start]
            ):
                facts.remove(f)
        facts.sort(key=lambda f: f.start)
        self._pair_subscores(facts, sub_facts, kept_values)
        return facts

    @staticmethod
    def _without_names(s: Sentence, end: int) -> str:
        """The sentence up to `end` with bodies' names blanked: "... dan Reformasi Birokrasi"
        or "PAN-RB" inside the evaluator's name is no other index."""
        text = s.text[:end]
        for e in s.entities:
            a, b = max(0, e.start - s.start), min(end, e.end - s.start)
            if a < b:
                text = text[:a] + " " * (b - a) + text[b:]
        return text

    def _other_index_before(self, s: Sentence, pos: int) -> bool:
        """Another index named earlier in the sentence and SPBE not named since."""
        before = self._without_names(s, pos)
        other = list(lx.OTHER_INDEX_RE.finditer(before))
        spbe = list(lx.SPBE_RE.finditer(before))
        return bool(other) and (not spbe or spbe[-1].start() < other[-1].start())

    def _in_other_index_context(self, s: Sentence, pos: int) -> bool:
        start, _ = _clause_bounds(s.text, pos)
        before = self._without_names(s, pos)[start:]
        other = list(lx.OTHER_INDEX_RE.finditer(before))
        spbe = list(lx.SPBE_RE.finditer(before))
        return bool(other) and (not spbe or spbe[-1].start() < other[-1].start())

    @staticmethod
    def _pair_subscores(
        facts: list[Fact], subs: dict[int, str], values: list[re.Match[str]]
    ) -> None:
        if not subs:
            return
        by_start = {m.start(): _value_of(m) for m in values}
        value_facts = [f for f in facts if f.kind == "value"]
        for pos, label in subs.items():
            owner = None
            for f in value_facts:
                if f.start < pos:
                    owner = f
            if owner is None and value_facts:
                owner = value_facts[0]
            if owner is None:
                # Sub-scores in a sentence of their own belong to the article's main record.
                owner = Fact(
                    "subscores", pos, pos, value_facts[0].sentence if value_facts else None
                )  # type: ignore[arg-type]
                facts.append(owner)
            owner.subscores[label] = by_start[pos]

    # -- step 4: attach facts to bodies, years, roles ----------------------------------------

    def _subject_for(
        self, s: Sentence, pos: int, last_subject: str | None
    ) -> tuple[str | None, bool]:
        before = [e for e in s.entities if e.start - s.start < pos]
        # "kita meraih Memuaskan pada 2025, minimal menyamai Tanah Bumbu": the one to match is
        # not who aims.
        after = [
            e
            for e in s.entities
            if e.start - s.start >= pos
            and not _MATCHED.search(
                s.text[_word_start(s.text, e.start - s.start - 25) : e.start - s.start]
            )
        ]
        # "Adapun Blitar memperoleh 3,71": the nearest name is one we cannot tell apart (but
        # not "dalam sebuah acara di Kediri (bukan Kediri yang di Jawa Timur)": a place, an
        # aside).
        last_known = before[-1].end if before else s.start
        if any(
            last_known <= e.start
            and e.start - s.start < pos
            and not self._is_locative(e, s.entities)
            and not _in_brackets(s.text, e.start - s.start)
            for e in s.unresolved
        ):
            return None, False
        evaluator_code = self._evaluator
        # "Tanjabbar saja sudah dapat 2,88, kita ini masih Cukup": a clause of its own whose
        # subject is "kita" is the speaker's body, the one the article is about.
        if (
            before
            and self.principal
            and before[-1].code != self.principal
            and _FIRST_PERSON.search(s.text, before[-1].end - s.start, pos)
        ):
            clause_start = _clause_bounds(s.text, pos)[0]
            if before[-1].end - s.start <= clause_start and re.match(
                rf"\W*{_FIRST_PERSON.pattern}", s.text[clause_start:pos], re.I
            ):
                return self.principal, False
        for i, e in reversed(list(enumerate(before))):
            # "Kementerian PANRB (KemenPAN-RB)": the name in brackets takes the full name's place.
            if (
                i
                and before[i - 1].code == e.code
                and re.fullmatch(
                    r"\s*\(\s*", s.text[before[i - 1].end - s.start : e.start - s.start]
                )
            ):
                continue
            # "Kampar yang bertetangga dengan Siak memperoleh 2,84": Siak is not the subject.
            lead = s.text[_word_start(s.text, e.start - s.start - 40) : e.start - s.start]
            # "meraih indeks 3,06 sehingga, seperti Denpasar, juga berpredikat Baik": the one it
            # is likened to.
            if re.search(r",\s*seperti\s+$", lead, re.I) and re.match(
                r"\s*,", s.text[e.end - s.start :]
            ):
                continue
            if (
                i
                and _APPOSED.fullmatch(s.text[before[i - 1].end - s.start : e.start - s.start])
                and re.match(
                    r"\s*(?:\([^()]*\)\s*)?(?:(?:di|dari)\s+[^,;]{0,30})?,",
                    s.text[e.end - s.start : pos],
                )
            ):
                continue
            # "provinsi termuda di wilayah pegunungan tengah Papua tersebut memperoleh 2,12": a
            # place in the description of the body named before.
            if self._described_place(s, e):
                continue
            # "opini WTP kedelapan kali berturut-turut dari BPK, hingga ... predikat Sangat
            # Baik": who gave an award.
            if _AWARD_FROM.search(
                s.text[_word_start(s.text, e.start - s.start - 80) : e.start - s.start]
            ):
                continue
            # "Daerah yang kini menjadi pusat pemerintahan Papua Pegunungan itu meraih 2,27":
            # the body the sentence before named.
            if _RELATIVE_OBJECT.search(lead) and (
                i
                or re.match(
                    r"\W*(?:daerah|kabupaten|kota|provinsi|pemda|instansi|lembaga|kementerian)"
                    r"\s+(?:\w+\s+)?yang\b",
                    s.text,
                    re.I,
                )
            ):
                continue
            # "peringkat ketiga, hanya di bawah Jawa Tengah dan DKI Jakarta, serta naik dari
            # 3,21": the bodies ranked against are not the subject of the clause after them
            # (but "di bawah Pemprov Kalbar yang meraih 3,71" is Kalbar's figure).
            if _NEXT_CLAUSE.search(s.text[e.end - s.start : pos]):
                first = i
                while first and _COORDINATION.fullmatch(
                    self.text[before[first - 1].end : before[first].start]
                ):
                    first -= 1
                if _RANKED_AGAINST.search(
                    self.text[max(0, before[first].start - 30) : before[first].start]
                ):
                    continue
            if e.code == evaluator_code:
                # The evaluator is the subject only with a figure attached to it.
                gap = s.text[e.end - s.start : pos]
                # The sentence's grammatical subject: "KemenPANRB sendiri ...", "Adapun KemenPANRB"
                leads = bool(_LEADING.fullmatch(s.text[: e.start - s.start])) or bool(
                    re.match(r"\s*(?:\([^()]*\)\s*)?sendiri\b", s.text[e.end - s.start :], re.I)
                )
                agent = re.search(r"\b(?:oleh|dari|kepada|bersama)\b", gap, re.I)
                # "KemenPAN-RB yang menjadi penyelenggara juga ikut dinilai, dan kementerian
                # itu mengantongi 3,97": said to be evaluated itself.
                judged = _EVALUATED_TOO.search(gap)
                if not leads and not judged and (len(gap) > 45 or agent):
                    continue
                # Who judged, not who was judged: "oleh asesor KemenPAN-RB menjadi 2,87",
                # "Berdasarkan hasil evaluasi KemenPAN-RB, Gumi Lahar mengantongi 2,67", "evaluasi
                # yang digelar Kementerian PANRB, dengan indeks 4,26".
                if not leads and _JUDGE_BEFORE.search(s.text[: e.start - s.start]):
                    continue
            return e.code, True
        # "Tahun depan kita kejar Memuaskan," ujar Kepala Diskominfo Kukar: the speaker's body.
        # An interview's "Jawab: Target tahun ini minimal 3,2" is the one answering.
        first_person = re.search(r"\b(?:kami|kita|saya)\b", s.text[:pos], re.I) or re.match(
            r"\s*(?:jawab|j)\s*:", s.text, re.I
        )
        speaker = _SPEAKER.search(s.text, pos)
        if speaker and first_person:
            said = [
                e
                for e in after
                if e.start - s.start >= speaker.start() and e.code != evaluator_code
            ]
            if said:
                return said[0].code, True
            # '"... kita pasang target Memuaskan," tegas Sekda.': an official of no named body
            # speaks for the article's own ("ujarnya" goes on with the body in question).
            if (
                self.principal
                and _OFFICIAL.match(s.text, speaker.end())
                and not any(e.start - s.start >= speaker.start() for e in after)
            ):
                return self.principal, False
        # "Itu target kami": in an interview, the body whose official is speaking; "...,
        # sehingga Murung Raya masih harus mengejar. 'Target kami tahun depan minimal 3,0'":
        # the article's own body, just named.
        if (
            first_person
            and not after
            and self.principal
            and (
                self.interview
                or (
                    not before
                    and (prev := self._sentence_before(s)) is not None
                    and self.principal in self._bodies_in(prev)
                )
            )
        ):
            return self.principal, False
        # "Padangsidimpuan itu sudah di atas kita. Tahun ini target kita Sangat Baik": the aim of
        # the body whose official is speaking, not of the one compared with.
        if (
            first_person
            and not before
            and not after
            and lx.TARGET_CUE_RE.search(s.text[:pos])
            and (speaking := self._speaker_body(s))
        ):
            return speaking, False
        # "kami menargetkan indeks minimal 2,6 sehingga Kotabaru bisa masuk predikat Baik":
        # "kami" is the article's own body, named later in the sentence.
        if first_person and any(e.code == self.principal for e in after):
            return self.principal, True
        # "Angka 3,84 yang dikantongi Pemkab Luwu Timur itu": the holder named after it.
        if after and _HELD_BY.fullmatch(s.text[pos : after[0].start - s.start]):
            return after[0].code, True
        # "predikat Cukup yang diraih Kota Amoy", "naik dari 2,05 yang diraih Bumi Caram
        # Seguguk": a holder named by a name we do not know is the body the article is about,
        # called by its nickname.
        held = _HELD_BY_NAME.match(s.text, pos)
        if held and not any(e.start - s.start == held.end() for e in after):
            return self.principal, False
        # "Pemkab, dalam dokumen RPJMD, menargetkan ...": the regency the article is about,
        # else the one last named.
        bare = _BARE_LEVEL.search(s.text[:pos])
        if bare and not any(e.start - s.start < bare.end() + 3 for e in after):
            word = bare.group(1).lower()
            levels = next(lv for key, lv in _BARE_LEVEL_OF if key in word)
            code = self._first_of_level([self.principal, *self._named_before(s)], levels)
            if code:
                return code, True
        # "Capaian itu membuat Temanggung menyalip tetangganya, Wonosobo. Kabupaten berhawa sejuk
        # di lereng Dieng itu pada 2020 mendapat 2,88": the body of that kind last named.
        opener = _DESCRIBED_BODY.match(s.text[:pos])
        if opener and not before and (prev := self._sentence_before(s)) is not None:
            named = [e.code for e in reversed(prev.entities)]
            code = self._first_of_level(named, (opener.group(1).lower(),))
            if code:
                return code, False
        if last_subject:
            return last_subject, False
        for e in after:
            if e.code != evaluator_code:
                return e.code, True
        return None, False

    def _year_for(
        self,
        s: Sentence,
        pos: int,
        years: list[tuple[int, int]],
        values: Sequence[tuple[int, int]] = (),
        own_value: int | None = None,
        aim: bool = False,
    ) -> tuple[int | None, int]:
        """The year of the fact at `pos` and how sure (2 its clause, 1 before it, 0 none).

        With several figures in a sentence, each year belongs to one of them: "2,90 pada
        evaluasi 2022 dan naik ke 3,38 pada evaluasi 2023". `own_value` is the start of the
        figure the fact is (or, for a predikat, goes with).
        """
        if not years:
            return None, 0
        c_start, c_end = _clause_bounds(s.text, pos)
        me = own_value if own_value is not None else pos

        def owner(off: int) -> int | None:
            left = [v for v in values if v[1] <= off]
            right = [v for v in values if v[0] > off]
            lv = max(left, default=None)
            rv = min(right, default=None)
            # A comma between a year and a figure separates them.
            # "1,92 dan pada 2020 ... 2,15": a conjunction starts the next figure's part, and so
            # does a "now" ("mencatat skor 4,12 kini naik ke 4,31").
            if lv and (
                re.search(r"[,;|]|\b(?:dan|lalu|kemudian|serta)\b", s.text[lv[1] : off])
                or _NOW_WORD.match(s.text, off)
            ):
                lv = None
            if rv and re.search(r"[,;|]", s.text[off : rv[0]]):
                rv = None
            if (
                lv
                and re.search(
                    # ("2,87 pada evaluasi tahun 2024 menjadi 3,18": 2024 is 2,87's)
                    r"\bpada\s+(?:(?:evaluasi|penilaian)\s+)?(?:spbe\s+)?(?:tahun\s+)?$",
                    s.text[lv[1] : off],
                    re.I,
                )
                and not re.search(r"[,;]", s.text[lv[1] : off])
            ):
                return lv[0]
            if lv and rv:
                return lv[0] if off - lv[1] < rv[0] - off else rv[0]
            return (lv or rv or (None,))[0]

        def own(off: int) -> bool:
            who = owner(off)
            return who is None or who == me

        in_clause = [
            (abs(off - pos), y)
            for off, y in years
            if c_start <= off < c_end
            # A later year that has not come yet is the next evaluation, unless this is an aim.
            and (aim or not (off > pos and (self._is_future(y) or s.start + off in self._upcoming)))
            # "Pegaf yang masih berpredikat Kurang akan menjadi prioritas tahun ini": the year
            # of what will be done, not of the predikat.
            and (aim or not (off > pos and re.search(r"\bakan\b", s.text[pos:off], re.I)))
            and own(off)
        ]
        if in_clause:
            return min(in_clause)[1], 2
        # A year in a later clause belongs to that clause's own figure.
        # "Jeneponto yang tahun lalu masih tertinggal juga naik kelas, dengan skor 2,55": the
        # year of a clause describing the body is not the year of the figure after it.
        before = [
            (pos - off, y)
            for off, y in years
            if off < pos
            and own(off)
            # "naik dari urutan ke-15 pada evaluasi sebelumnya, sementara kabupaten tetangga TTU
            # masih tertahan di angka 1,78": a turn to another body leaves the year behind.
            and not re.search(rf",\s*{_TURN}", s.text[off:pos], re.I)
            and not re.search(r"\byang\s+(?:pada\s+)?$", s.text[max(0, off - 12) : off], re.I)
            # "tahun 2025 Jembrana harus meraih predikat Memuaskan, seperti Badung yang sudah
            # Memuaskan": the year of an aim is not the year of what another body holds.
            and not (
                not aim
                and lx.TARGET_CUE_RE.search(s.text[slice(*_clause_bounds(s.text, off))])
                and _HELD_BY_OTHERS.search(s.text[off : pos + 1])
            )
        ]
        if before:
            return min(before)[1], 1
        return None, 0

    def _is_future(self, year: int) -> bool:
        """A year after publication: "evaluasi berikutnya" speaks of what comes next."""
        return self.published is not None and year > self.published.year

    def _floor_is_aim(self, s: Sentence, pos: int) -> bool:
        """A floor ("minimal 3,5" at `pos`) is an aim after a cue in its clauses ("menargetkan
        kota itu meraih predikat Memuaskan dalam evaluasi tahun ini, atau minimal indeks
        4,20"), for an evaluation after the one reported, or opening the sentence after an aim."""
        return bool(
            lx.TARGET_CUE_RE.search(s.text[_word_start(s.text, pos - 200) : pos])
            or self._floor_for_next(s, pos)
            or self._floor_of_aim_before(s, pos)
        )

    def _floor_for_next(self, s: Sentence, pos: int) -> bool:
        """ "tahun lalu kita dapat 3,28 ... tahun ini minimal 3,5": a floor set for an
        evaluation after the one the article reports on is an aim; so is a second floor after
        the first ("tahun depan minimal Baik, angkanya paling tidak 2,6")."""
        m = re.search(
            rf"\b(?:tahun\s+(ini|depan)|(20\d\d))\s+(?:\w+\s+)?(?:{lx.AT_LEAST}\s+"
            rf"{lx.PREDIKAT_CAPITALISED},\s+(?:\w+\s+)?)?{lx.AT_LEAST}\s*$",
            s.text[_word_start(s.text, pos - 70) : pos],
            re.I,
        )
        if not m or self.article_year is None or not self.published:
            return False
        year = int(m.group(2)) if m.group(2) else self.published.year + (m.group(1) == "depan")
        return year > self.article_year

    def _floor_of_aim_before(self, s: Sentence, pos: int) -> bool:
        """ "Untuk evaluasi 2025 kita targetkan Sangat Baik. Paling tidak indeksnya 3.50": a
        sentence that opens with a floor (the figure at `pos`) sets it for the aim of the
        sentence before."""
        start = _word_start(s.text, pos - 40)
        floor = lx.THRESHOLD_BEFORE_RE.search(s.text[start:pos])
        before = self._sentence_before(s)
        return bool(
            floor
            and before is not None
            and re.fullmatch(r"\W*", s.text[: start + floor.start()])
            and lx.TARGET_CUE_RE.search(before.text)
        )

    @staticmethod
    def _own_clause(s: Sentence, fact: Fact) -> str:
        """The clause of `fact`; of a figure risen from ("dari sebelumnya Cukup menjadi Baik
        ... tahun 2023"), only up to it: what follows "menjadi" is the new result's."""
        start, end = _clause_bounds(s.text, fact.start)
        if re.match(r"[\"”’')]?\s+(?:menjadi|jadi|ke)\s", s.text[fact.end : end]):
            end = fact.end
        return s.text[start:end]

    def _role_cue(self, s: Sentence, fact: Fact) -> str | None:
        c_start, _ = _clause_bounds(s.text, fact.start)
        window_start = _word_start(s.text, min(c_start, fact.start - 80))
        before = s.text[window_start : fact.start]
        after = s.text[fact.end : fact.end + 40]
        # "Kami menargetkan ... menembus Sangat Baik, minimal di angka 3,5": the aim's floor.
        floor = lx.THRESHOLD_BEFORE_RE.search(
            s.text[_word_start(s.text, fact.start - 30) : fact.start]
        )
        if floor and self._floor_is_aim(s, fact.start):
            return "target"
        # (read in the whole sentence, so that a cue's look-behind sees the words before it:
        # "sudah berlomba-lomba menaikkan nilai")
        cue = [
            c for c in lx.TARGET_CUE_RE.finditer(s.text, 0, fact.start) if c.start() >= window_start
        ]
        must = _MUST.search(before) if fact.kind == "predikat" else None
        # "akan studi tiru ke BPS dan Kemenkeu yang pada evaluasi yang sama sama-sama meraih
        # predikat Memuaskan", "masih harus mengejar ketertinggalan, karena Pemerintah Aceh
        # sendiri sudah memperoleh indeks 2,88", "sejajar dengan KemenPAN-RB, yang pada
        # evaluasi 2019 mencatat skor 3,35", "harus meraih predikat Memuaskan, seperti Badung
        # yang sudah Memuaskan": what others already hold, said after the aim (up to the fact's
        # end, for a predikat that is its own verb).
        aim_end = cue[-1].end() if cue else window_start + must.end() if must else None
        if aim_end is not None and _HELD_BY_OTHERS.search(s.text[aim_end : fact.end]):
            cue, must = [], None
        # "bertekad memperbaiki tata kelola ... setelah hasil evaluasi SPBE tahun 2019
        # menempatkannya pada predikat Kurang": what the aim follows on.
        if aim_end is not None and re.search(
            r"\b(?:setelah|sesudah|usai)\s+(?:hasil|capaian|raihan)\b",
            s.text[aim_end : fact.start],
            re.I,
        ):
            cue, must = [], None
        if cue or must or re.match(r"\s*(?:sebagai\s+)?target", after, re.I):
            # "Target ... tercapai": an aim that was met is reported as a result elsewhere.
            return "target"
        # "pada evaluasi 2021 yang diumumkan akhir tahun lalu ... 2,33": when, not compared.
        said = lx.ANNOUNCED_LAST_YEAR_RE.sub(" ", s.text[c_start : fact.start])
        # "3,07 Baik (tahun lalu 2,74 jd naik)": an aside comparing with the year before (the
        # "lalu" the clause split at was the cue's).
        if re.search(r"\(\s*tahun\s+lalu\s$", s.text[:c_start], re.I) and not said.strip(" :"):
            said = "tahun lalu"
        # "Kepulauan Tanimbar (sebelumnya bernama Maluku Tenggara Barat)": its former name.
        said = re.sub(r"\b(?:sebelumnya|dulu|dahulu)\s+(?:bernama|disebut|dikenal)\b", " ", said)
        # "kalau dibandingkan dengan Pemprov Lampung yang sudah 2,73": another body, not a year.
        said = _COMPARED_WITH_BODY.sub(" ", said)
        # "meraih predikat Sangat Baik dalam evaluasi SPBE tahun lalu, dengan indeks 3,71": the
        # evaluation held last year is the one just announced, not a comparison.
        said = re.sub(
            r"\b(?:dalam|pada|di)\s+(?:hasil\s+)?evaluasi(?:\s+(?:spbe|sistem\s+pemerintahan\s+berbasis"
            r"\s+elektronik(?:\s+\(spbe\))?))?\s+tahun\s+lalu\b",
            " ",
            said,
            flags=re.I,
        )
        # "yang pada evaluasi sebelumnya masih Cukup dengan indeks 2,45 kini naik menjadi 2,98
        # dan meraih predikat Baik": what comes after "kini" is now.
        said = _NOW_WORD.split(said)[-1]
        # '"Dari 2,35 ke 2,87 itu bukan lompatan kecil"': where it started.
        from_to = fact.kind == "value" and (
            re.search(r"\bdari\s+$", s.text[: fact.start], re.I)
            and re.match(r"\s+(?:ke|menjadi|jadi)\s+\d", after)
        )
        if (
            from_to
            or lx.PREVIOUS_CUE_RE.search(said)
            or fact.kind == "value"
            and re.match(
                # "3,42 pada tahun sebelumnya", but not "3,82, naik dari indeks tahun sebelumnya"
                # or "3,21, padahal tahun sebelumnya masih 2,78" or "2,73 dan predikat BAIK,
                # setelah tahun lalu hanya mencatat 2,17"
                r"(?:(?!\b(?:dari|dibanding\w*|naik|turun|meningkat|padahal|sedangkan|sementara|"
                r"namun|tetapi|setelah|sesudah)\b)[^.;]){0,30}"
                r"\b(?:tahun\s+sebelumnya|(?<!evaluasi\s)tahun\s+lalu|sebelumnya)\b"
                # (not "3,07 Baik (tahun lalu 2,74)": the figure after it)
                r"(?!\s*:?\s*\d)",
                after,
                re.I,
            )
        ):
            return "previous"
        return None

    def _default_year(self) -> int | None:
        """The evaluation year the article is about: stated near "evaluasi SPBE", else N-1."""
        head = self.title + "\n" + self.text[:1500]
        pattern = re.compile(
            r"(?:evaluasi|hasil|indeks|penilaian|pemantauan)[^.\n]{0,80}?(?:spbe|sistem\s+pemerintahan"
            r"\s+berbasis\s+elektronik)[^.\n]{0,60}?(?:tahun\s+)?(20(?:1[89]|2\d))\b|"
            r"(?:spbe|sistem\s+pemerintahan\s+berbasis\s+elektronik)\)?\s+(?:tahun\s+)?"
            r"(20(?:1[89]|2\d))\b",
            re.I,
        )
        # "hasil evaluasi SPBE tahun lalu" before any year in figures: counted from publication.
        last_year = re.search(
            r"(?:evaluasi|hasil|indeks|penilaian)[^.\n]{0,80}?(?:spbe|sistem\s+pemerintahan\s+berbasis"
            r"\s+elektronik)\)?[^.\n\d]{0,20}?\btahun\s+(?:lalu|kemarin)\b",
            head,
            re.I,
        )
        late_candidate: int | None = None
        for m in pattern.finditer(head):
            if last_year and self.published and last_year.start() <= m.start():
                return self.published.year - 1
            year = int(m.group(1) or m.group(2))
            at = m.start(1) if m.group(1) else m.start(2)
            # "Keputusan Menteri PANRB Nomor 663 Tahun 2024": the regulation's year (but "Nomor
            # 663 Tahun 2024 tentang hasil evaluasi SPBE tahun 2024" states it again);
            # "diumumkan pada awal Januari 2025": the date of the announcement.
            if _of_a_date_or_rule(head, at):
                continue
            # "naik dari 2,47 pada 2022 menjadi 2,86": the year compared with.
            # "Naik Signifikan dari 2019": likewise, with no figure.
            compared = (
                r"\b(?:dari|dibanding\w*|ketimbang)\s+(?:[\d,.]+\s+)?(?:pada\s+)?(?:tahun\s+)?$"
            )
            if re.search(compared, head[_word_start(head, at - 40) : at], re.I):
                continue
            # "Capaian ini meningkat dibanding hasil evaluasi SPBE tahun 2024": likewise.
            if re.search(
                rf"\b{lx.COMPARED}\s+(?:dengan\s+)?$",
                head[_word_start(head, m.start() - 25) : m.start()],
                re.I,
            ):
                continue
            if self.published and year > self.published.year:
                continue
            if _SINCE.search(head[_word_start(head, at - 20) : at]):
                continue
            # "Jelang evaluasi SPBE 2025", "menjelang tahap verifikasi evaluasi SPBE 2025",
            # "tengah menyiapkan dokumen pendukung evaluasi SPBE tahun 2024": coming.
            coming = re.search(
                r"\b(?:menjelang|jelang|menyongsong|menghadapi|persiapan|(?:mem)?persiapkan|menyiapkan)"
                r"\b[^.\n]{0,100}$",
                head[_word_start(head, at - 110) : at],
                re.I,
            )
            # "hasil evaluasi SPBE 2022 baru akan diumumkan awal tahun depan": not out yet.
            pending = re.match(
                rf"\s*(?:(?:tahun\s+)?ini\s+)?(?:baru\s+akan|akan|belum)\s+(?:\w+\s+)?{lx.ANNOUNCED}",
                head[m.end() : m.end() + 60],
                re.I,
            )
            if self.published and (self._unannounced(year) or coming or pending):
                # "mulai 2026 diganti", "menargetkan pada evaluasi 2021": not yet announced.
                late_candidate = late_candidate or year
                continue
            if self.published:
                # A history ("3,5 pada 2019, lalu ... 4,47 pada 2023") names the oldest year
                # first: the latest one of that sentence that could already be announced.
                announced = self._announced()
                # (a decimal point, "kemudian 2.93 pada 2023", does not end it)
                rest = re.match(r"(?:[^.\n]|\.(?=\d))*", head[m.end() :]).group(0)  # type: ignore[union-attr]
                # "... yang diumumkan pada 6 Januari 2025", "ditetapkan melalui Keputusan
                # MenPANRB Nomor 108 Tahun 2023": a date or a decree, not a later result.
                later = [
                    int(y.group(1))
                    for y in lx.YEAR_RE.finditer(rest)
                    if year < int(y.group(1)) <= announced
                    and not _of_a_date_or_rule(rest, y.start())
                ]
                # "..., tahun 2024 sudah 4,07, dan sekarang 4,38": one more after the last.
                now = _NOW_FIGURE.search(rest[rest.rfind(str(max(later, default=year))) :])
                if now and max(later, default=year) < announced:
                    return max(later, default=year) + 1
                if later and year <= announced:
                    return max(later)
            return year
        if last_year and self.published:
            return self.published.year - 1
        if late_candidate and not self.published:
            return late_candidate
        if self.published:
            # "hasil evaluasi tahun ini" late in a year: results of year N can come out from
            # the autumn of N; in the first months of N+1 "tahun ini" is the next evaluation.
            this_year = (
                r"(?:evaluasi|spbe|indeks)[^.\n]{0,60}?\btahun\s+ini\b|"
                # "Tahun ini indeks SPBE Bontang mencapai 3,64"
                r"\btahun\s+ini\s+(?:hasil\s+)?(?:evaluasi|indeks)\b"
            )
            late = self.published.month >= lx.RESULTS_FROM_MONTH
            for m in re.finditer(this_year, head, re.I) if late else ():
                if lx.ANNOUNCED_BEFORE_RE.search(head[m.start() : m.end() - 9]):
                    continue
                # "menargetkan indeks SPBE 2,6 pada evaluasi tahun ini", "Untuk evaluasi tahun
                # ini, Pemkot menargetkan ...": the next result.
                rest = re.match(r"[^.\n]{0,80}", head[m.end() :]).group(0)  # type: ignore[union-attr]
                if lx.TARGET_CUE_RE.search(
                    head[_word_start(head, m.start() - 60) : m.end()] + rest
                ):
                    continue
                return self.published.year
            return self.published.year - 1
        return None

    def _assign(self) -> None:
        self.article_year = self._default_year()
        last_subject: str | None = None
        previous: Sentence | None = None
        for s in self.sentences:
            # A new paragraph keeps the subject: news names the body once and goes on.
            facts = self._under_heading(s, self._facts_in(s))
            evaluated_too = previous is not None and _EVALUATED_TOO.search(s.text)
            if facts and not s.entities and evaluated_too:
                # "Kementerian itu juga ikut dinilai, dan mendapat 3,97": the evaluator before.
                named_before = [
                    e.code for e in previous.entities if self._is_evaluator(e.code or "")
                ]
                last_subject = named_before[0] if named_before else last_subject
            if facts and not s.entities:
                last_subject = self._named_next(s) or last_subject
            # "Apa yang paling lemah?": in an interview, a question that names no body turns
            # back to the one answering ("Pemprov Sumut saja dapat 3,27" was the last answer's).
            if self.interview and not s.entities and s.text.rstrip().endswith("?"):
                last_subject = self.principal or last_subject
            # Years are only read for facts, and lists only bind facts: skip both without any.
            years = self._years(s) if facts else []
            if facts and not years and _THEN.match(s.text) and previous is not None:
                # "Saat itu indeks X berada di 3,55": the year the sentence before named, or
                # compared with ("naik dibanding tahun sebelumnya. Saat itu ... 2,38").
                named_before = self._years(previous) or self._years(previous, compared_last=True)
                years = [(0, named_before[-1][1])] if named_before else []
            previous = s
            pairs: list[tuple[Fact, Fact]] = []
            recalled: list[str] = []
            for fact in facts:
                if not (fact.subject and fact.explicit_subject):  # a line of a list names it
                    subject, explicit = self._subject_for(s, fact.start, last_subject)
                    fact.subject = subject
                    fact.explicit_subject = explicit
                    # '"Nilai 2.31 ini ..."': a figure said again is the body's it was before.
                    said = {f.subject for f in self.facts if f.value == fact.value and f.subject}
                    if fact.kind == "value" and not explicit and len(said) == 1:
                        fact.subject = said.pop()
                        recalled.append(fact.subject)
                spans = [(f.start, f.end) for f in facts if f.kind == "value"]
                mine = fact.start if fact.kind == "value" else None
                if fact.kind == "predikat":
                    # "2,83 dan untuk pertama kalinya meraih predikat Baik", but not "naik dari
                    # 3,78 pada tahun sebelumnya, dan kini masuk predikat Sangat Baik"
                    near = [
                        v
                        for v in spans
                        if 0 <= fact.start - v[1] <= 50
                        and not _NOW_WORD.search(s.text[v[1] : fact.start])
                    ]
                    # "berpredikat Cukup dengan indeks 2,45": the value right after it.
                    after = [
                        v for v in spans
                        if 0 <= v[0] - fact.end <= 80
                        and _PREDIKAT_THEN_VALUE.fullmatch(s.text[fact.end : v[0]])
                    ]  # fmt: skip
                    # "2,39 pada evaluasi tahun 2021 yang waktu itu masih predikat Cukup",
                    # "dari 2,44 pada evaluasi 2021, saat Banyuasin masih di predikat Cukup";
                    # but "1,73 ..., naik dari hasil evaluasi 2019 yang saat itu juga Kurang
                    # dengan indeks 1,58" names its own figure. "mencapai 4,5 pada evaluasi
                    # 2025, sekaligus mempertahankan predikat Memuaskan": the same aim.
                    near = near or after or [
                        v for v in spans
                        if 0 <= fact.start - v[1] <= 90
                        and (
                            _THAT_TIME.search(s.text[v[1] : fact.start])
                            or re.search(r",\s+sekaligus\b", s.text[v[1] : fact.start])
                        )
                    ]  # fmt: skip
                    mine = near[-1][0] if near else (after[0][0] if after else None)
                fact.role = self._role_cue(s, fact)
                # "menargetkan ... minimal 2,60 sehingga bisa naik ke predikat Baik": the
                # predikat of an aimed-at figure is aimed at too.
                paired = [f for f in facts if f.kind == "value" and f.start == mine]
                if fact.kind == "predikat" and paired:
                    pairs.append((fact, paired[0]))
                if fact.kind == "predikat" and paired and paired[0].role == "target":
                    fact.role = "target"
                streak = _STREAK.search(s.text[: fact.start])
                # "kenaikan indeks selama tiga tahun beruntun, dan ... untuk pertama kalinya
                # menembus Sangat Baik": a streak of rises, not of the predikat.
                if streak and re.search(
                    r"\b(?:naik|meningkat|kenaikan|peningkatan|turun|menurun|penurunan|"
                    r"pertama\s+kali(?:nya)?)\b",
                    s.text[_word_start(s.text, streak.start() - 30) : fact.start],
                    re.I,
                ):
                    streak = None
                if fact.kind == "predikat" and streak:
                    fact.streak = lx.ORDINALS.get(streak.group(1).lower(), 1)
                fact.year, fact.year_strength = self._year_for(
                    s, fact.start, years, spans, mine, aim=fact.role == "target"
                )
                # "Pada evaluasi 2018 dan 2019, Tanjabtim masih berada di predikat Cukup": the
                # predikat of both years (with no figure in the sentence to tell them apart).
                pair = _YEAR_PAIR.search(s.text, 0, fact.start)
                if (
                    fact.kind == "predikat"
                    and pair
                    and not spans
                    and [y for _, y in years] == [int(pair.group(1)), fact.year]
                    and fact.year == int(pair.group(1)) + 1
                ):
                    fact.streak = 2
                # "naik dari 3,88 tahun lalu" in January: the evaluation before the article's.
                if (
                    fact.kind in ("value", "predikat")
                    and fact.role == "previous"
                    and fact.year in (self.article_year, None)
                    and self.article_year is not None
                    and not _NOW.search(s.text[: fact.start])  # "naik dari 3,10 menjadi 3,52"
                    and not lx.YEAR_RE.search(self._own_clause(s, fact))
                ):
                    fact.year = self.article_year - 1
                self._as_said_before(s, fact)
            # "... ketika indeks Kemendag 3,27 dengan predikat Baik": the year of the earlier
            # figure is the year of its predikat too.
            for pred, value in pairs:
                if value.role == "previous" and pred.role != "target" and value.year is not None:
                    pred.role, pred.year = "previous", value.year
                    pred.year_strength = max(pred.year_strength, value.year_strength)
            self._risen_from(s, facts)
            if facts:
                self._apply_lists(s, facts)
                facts += self._same_both_years(s, facts)
            self._rank_column(s, facts)
            self._apply_ranks(s, facts, last_subject)
            named = [f.subject for f in facts if f.subject and f.explicit_subject]
            # "Setelah tertahan di kategori Cukup, Pemkab Kepahiang akhirnya naik kelas": the
            # body named in the sentence of the article's first figure is what it is about.
            if self.principal is None and facts:
                here = {e.code for e in s.entities}
                self.principal = next((f.subject for f in facts if f.subject in here), None)
            if named:
                last_subject = named[-1]
                self.principal = self.principal or named[0]
                # "menempatkan Kota Kotamobagu sebagai yang tertinggi, di atas Kabupaten
                # Bolaang Mongondow yang memperoleh 2,88": the body outranked is not the topic.
                against = [
                    e.code
                    for e in s.entities
                    if _RANKED_AGAINST.search(s.text[: e.start - s.start])
                ]
                if last_subject in against:
                    last_subject = next(
                        (e.code for e in s.entities if e.code and e.code not in against),
                        last_subject,
                    )
            elif recalled:
                # "Di Tana Toraja, Sekda menyebut angka 2,68 itu ...": the body whose figure
                # is said again is the topic now.
                last_subject = recalled[-1]
            elif s.entities:
                # A sentence about a body without figures makes it the topic; the evaluator
                # only when it is said to be evaluated too ("KemenPAN-RB juga ikut dinilai").
                judged = _EVALUATED_TOO.search(s.text)
                # "predikat kepatuhan dari Ombudsman RI": a source named, not the topic.
                # "Sementara dari Ponorogo, capaian ...": the topic all the same.
                sources = {
                    e.code
                    for e in s.entities
                    if _SOURCE_BEFORE.search(s.text[: e.start - s.start])
                    and not _FROM_TOPIC.fullmatch(s.text[: e.start - s.start])
                    # "Tak hanya Lubuklinggau, tetangganya Muratara juga ...": the one after.
                    or re.fullmatch(
                        r"\W*(?:(?:tak|tidak|bukan)\s+hanya|selain)\s+",
                        s.text[: e.start - s.start],
                        re.I,
                    )
                }
                # "Di tingkat Jawa Timur, Ngawi berada di urutan ke-24": the region counted in
                # is not the topic.
                codes = [
                    e.code
                    for e in s.entities
                    if e.code
                    and e.code not in sources
                    and (judged or not self._is_evaluator(e.code))
                    and not (len(s.entities) > 1 and self._province_as_region(s, e))
                ]
                if codes:
                    last_subject = codes[0]
            self.facts.extend(facts)
            self.facts.extend(self._counted_group(s))

    def _same_both_years(self, s: Sentence, facts: list[Fact]) -> list[Fact]:
        """ "Angka itu naik dari 2.62 pada tahun sebelumnya. Meski naik, predikat yang diraih
        Tala sama-sama Baik", "naik dari 2,18 tahun sebelumnya, walaupun predikatnya masih sama,
        cukup": one body's predikat holds for the earlier figure too."""
        said = [
            f
            for f in facts
            if f.kind == "predikat"
            and re.search(
                rf"(?:\bsama(?:-sama|2)\s+(?:masih\s+|tetap\s+)?|{_SAME_THEN_NAMED})[\"“]?$",
                s.text[: f.start],
                re.I,
            )
        ]
        if not said or len(self._bodies_in(s)) > 1:
            return []
        before = self._sentence_before(s)
        recent = [f for f in self.facts if f.sentence is before] + [
            f for f in facts if f.end < said[0].start
        ]
        shared = []
        for f in said:
            shared += [
                replace(_held_with(f, v), streak=1)  # each figure its own year
                for v in recent
                if v.kind == "value"
                and v.subject == f.subject
                and v.role != "target"
                and v.year != f.year
            ]
        return shared

    def _recalls_excluded(self, s: Sentence, m: re.Match[str]) -> bool:
        """ "hasil isian sementara nilainya 3,27 ... angka 3,27 itu hasil isian mandiri": a
        figure pointed back to that was set aside when first said, and went to nobody since."""
        value = _value_of(m)
        return (
            value in self._excluded_values
            and _POINTED_BACK.match(s.text, m.end()) is not None
            and not any(f.kind == "value" and f.value == value for f in self.facts)
        )

    def _as_said_before(self, s: Sentence, fact: Fact) -> None:
        """ "kalau tahun depan angka 1,54 itu tidak berubah", "akan menjadikan nilai 3,3 sebagai
        pijakan": a figure pointed back to keeps the year and role it was first given."""
        if fact.kind != "value" or not _POINTED_BACK.match(s.text, fact.end):
            return
        first = next(
            (
                f
                for f in self.facts
                if f.kind == "value" and f.subject == fact.subject and f.value == fact.value
            ),
            None,
        )
        if first is not None:
            fact.year, fact.year_strength, fact.role = first.year, first.year_strength, first.role

    def _counted_group(self, s: Sentence) -> list[Fact]:
        """ "Empat kabupaten di Flores kompak meraih predikat Baik ... . Keempat kabupaten itu
        yakni Sikka, Lembata, Ngada dan Nagekeo": the predikat of each body listed next."""
        before = self._sentence_before(s)
        if before is None or not s.entities:
            return []
        # The predikat the group is said to hold; what the sentence gave it to stands, unless
        # it went to no body named there ("Keempatnya meraih predikat Baik").
        found = [f for f in self.facts if f.sentence is before]
        if any(f.explicit_subject or f.kind != "predikat" for f in found):
            return []
        preds = list(lx.PREDIKAT_RE.finditer(before.text))
        group = _COUNTED_GROUP.search(before.text[: preds[0].start()]) if preds else None
        if group is None:
            return []
        # "Keempatnya meraih predikat Baik", then the table: bodies of any kind.
        count = lx.ORDINALS[(group.group(1) or group.group(3)).lower()]
        kind = _noun_kind(group.group(2) or "instansi")
        codes = self._of_kind(self._bodies_in(s), kind)
        if len(codes) != count:
            return []
        m = preds[0]
        for f in found:
            self.facts.remove(f)
        year, strength = self._year_for(before, m.start(), self._years(before), [], None)
        return [
            Fact("predikat", m.start(), m.end(), before, predikat=lx.canonical_predikat(m.group(1)),
                 subject=code, year=year, year_strength=strength, explicit_subject=True)
            for code in codes
        ]  # fmt: skip

    @staticmethod
    def _risen_from(s: Sentence, facts: list[Fact]) -> None:
        """ "dari predikat Cukup menjadi Baik" in a report of 2023: Cukup was 2022's; so was
        2,71 of "hasil evaluasi tahun 2023, yakni dari 2,71 menjadi 3,18"."""
        for kind in ("predikat", "value"):
            for old, new in pairwise(f for f in facts if f.kind == kind):
                if (
                    new.year
                    and new.role != "target"
                    and re.search(r"\bdari\s+(?:predikat\s+)?[\"“‘']?$", s.text[: old.start], re.I)
                    and re.fullmatch(
                        r"[\"”’']?\s+(?:ke|menjadi|jadi)\s+(?:predikat\s+)?[\"“‘']?",
                        s.text[old.end : new.start],
                        re.I,
                    )
                ):
                    old.role, old.year = "previous", new.year - 1

    def _under_heading(self, s: Sentence, facts: list[Fact]) -> list[Fact]:
        """ "PREDIKAT BAIK" on a line of its own, then "• LPSK — 3,12", "• Komisi Yudisial":
        each body on the lines of the list below it holds that predikat."""
        heading = _PREDIKAT_HEADING.fullmatch(s.text) if len(s.text) < 60 else None
        if heading:
            self._heading = lx.canonical_predikat(heading.group(1))
            return []
        if self._heading is None or not _LIST_ITEM.match(s.text):
            self._heading = None
            return facts
        own = {f.subject for f in facts if f.kind == "predikat"}
        if any(f.kind == "predikat" and f.subject is None for f in facts):
            return facts  # the line states its own predikat
        return facts + [
            Fact("predikat", e.start - s.start, e.end - s.start, s, predikat=self._heading,
                 subject=e.code, explicit_subject=True)
            for e in s.entities
            if e.code and e.code not in own
        ]  # fmt: skip

    def _is_evaluator(self, code: str) -> bool:
        return code == self._evaluator

    def _apply_lists(self, s: Sentence, facts: list[Fact]) -> None:
        """ "A, B dan C masing-masing 3,1, 2,9 dan 2,7"; "ketiganya berpredikat Baik"."""
        text = s.text
        m = _EACH.search(text)
        ents = [e for e in s.entities if not self._is_evaluator(e.code or "")]
        if m and self._apply_counted_list(s, facts, m.start()):
            m = None
        if m and len(ents) >= 2:
            pos = m.start()
            # "X meraih 3,62, sedangkan A dan B masing-masing 2,88 dan 3,05": A and B only.
            since = max([f.end for f in facts if f.kind == "value" and f.end <= pos], default=0)
            # "Di tingkat Sulawesi Tengah, A dan B masing-masing ...": not the region counted in.
            left = [
                e
                for e in ents
                if since <= e.start - s.start < pos and not self._province_as_region(s, e)
            ]
            left = self._named_once(left)
            vals = [f for f in facts if f.kind == "value" and f.start > pos]
            preds = [f for f in facts if f.kind == "predikat" and f.start > pos]
            # "A dan B masing-masing meraih predikat Baik, sedangkan C memperoleh 3,05": C's
            # figure is not the list's.
            end = _clause_bounds(text, pos)[1]
            if vals and vals[0].start >= end:
                vals = []
                preds = [f for f in preds if f.start < end]
            # "A dan B masing-masing 3.02 dan 2.84, sementara C memperoleh 2,56": C's is not
            # in the list.
            if 2 <= len(left) < len(vals) and _clause_bounds(text, vals[len(left)].start)[0] > max(
                _clause_bounds(text, vals[0].start)[0], pos
            ):
                vals = vals[: len(left)]
                # ... and "sementara C ... masih di predikat Cukup" is C's predikat, not theirs.
                end = _clause_bounds(text, vals[-1].start)[1]
                preds = [f for f in preds if f.start < end]
            # "Tiga kabupaten di selatan Provinsi Bengkulu ..., Kaur, Seluma dan BS masing-
            # masing 2,63, 2,71 dan 2,88": the bodies listed last, one per figure; and
            # "Kabupaten Pacitan, Trenggalek dan Ponorogo ... kabar baik dari Jakarta, ...
            # masing-masing 3,28, 3,67 dan 3,12": the last run of them named together.
            if len(left) > len(vals) >= 2:
                for first in range(len(left) - len(vals), -1, -1):
                    run = left[first : first + len(vals)]
                    if all(
                        _COORDINATION.fullmatch(self.text[a.end : b.start])
                        for a, b in zip(run, run[1:], strict=False)
                    ):
                        left = run
                        break
            # "A memperoleh 2,87, lalu B 2,53 dan C 2,14, masing-masing dengan predikat Baik,
            # Cukup dan Cukup": the predikat of each figure given before, in order.
            given = [f for f in facts if f.kind == "value" and f.end <= pos and f.subject]
            if not vals and 2 <= len(preds) <= len(given):
                given = given[-len(preds) :]
                if len({f.subject for f in given}) == len(preds):
                    for v, f in zip(given, preds, strict=True):
                        f.subject, f.explicit_subject = v.subject, True
                        f.year, f.year_strength, f.role = v.year, v.year_strength, v.role
                    preds = []
            if len(left) >= 2 and not vals and len(preds) > len(left):
                # "... predikat Baik dan Cukup, sedangkan Semarang di predikat Baik": the list's
                # clause only.
                end = _clause_bounds(text, preds[0].start)[1]
                preds = [f for f in preds if f.start < end]
            if len(left) >= 2 and not vals and len(preds) == len(left):
                # "A, B dan C masing-masing memperoleh predikat Baik, Cukup dan Cukup"
                for e, f in zip(left, preds, strict=True):
                    f.subject, f.explicit_subject = e.code, True
            elif len(left) >= 2 and not vals and len(preds) == 1:
                # "A dan B masing-masing meraih predikat Baik": each of them.
                _share(facts, preds[0], [e.code for e in left])
            if len(left) >= 2 and len(vals) == len(left):
                # "A dan B masing-masing 2,84 dan 2,61 pada evaluasi 2023": one year for all.
                best = max(vals, key=lambda f: f.year_strength)
                for e, f in zip(left, vals, strict=True):
                    f.subject, f.explicit_subject = e.code, True
                    if f.year_strength < best.year_strength:
                        f.year, f.year_strength = best.year, best.year_strength
                # "..., dua daerah pertama sudah masuk kategori Baik sedangkan KTT ...": the
                # predikat of the first ones listed.
                # "..., sementara Kota Denpasar juga mengantongi predikat Memuaskan", "...,
                # dengan Kejaksaan berpredikat Memuaskan": a body named after the figures
                # holds the predikat after it.
                preds = [
                    f
                    for f in preds
                    if not any(vals[-1].end <= e.start - s.start < f.start for e in ents)
                ]
                first = _FIRST_OF_LIST.search(text, vals[-1].end)
                heads = [
                    f
                    for f in preds
                    if first and first.end() <= f.start < _clause_bounds(text, first.end())[1]
                ]
                count = lx.ORDINALS[first.group(1).lower()] if first else 0
                if len(heads) == 1 and count < len(left):
                    _share(facts, heads[0], [e.code for e in left[:count]])
                elif len(preds) == len(left):
                    for e, f in zip(left, preds, strict=True):
                        f.subject, f.explicit_subject = e.code, True
                elif (
                    not preds
                    and len(
                        early := [
                            f
                            for f in facts
                            if f.kind == "predikat" and left[-1].end - s.start <= f.start < pos
                        ]
                    )
                    == 1
                ):
                    # "A dan B masih berkutat di predikat Cukup, masing-masing dengan nilai ..."
                    _share(facts, early[0], [e.code for e in left])
                elif len(preds) == 1 and preds[0].start > vals[-1].start:
                    # "masing-masing 3.40, 2.93 dan 2.61 dengan predikat Baik": all of them.
                    _share(facts, preds[0], [e.code for e in left])
        if not m:
            self._apply_paired(s, facts, ents)
        self._apply_coordinated(s, facts, ents)
        self._apply_named_after(s, facts, ents)
        self._apply_first_of_list(s, facts)
        self._apply_rest_of_list(s, facts)
        # "ketiga daerah itu masing-masing ..." counts a list's bodies; it shares nothing.
        shared = next(
            (
                sh
                for sh in _SHARED.finditer(text)
                if not re.match(r"\s+(?:\w+\s+){0,2}?masing", text[sh.end() :], re.I)
            ),
            None,
        )
        # "KLU menjadi satu-satunya di antara ketiganya yang ...": one of them, not all.
        if shared and re.search(
            r"\b(?:di\s+antara|dari|kecuali|selain)\s*$", text[: shared.start()], re.I
        ):
            shared = None
        if shared:
            # "ketiganya (Kapuas Hulu, Melawi, Ketapang) meraih predikat Cukup": those named.
            paren = re.match(r"\s*\(([^()]*)\)", text[shared.end() :])
            # "ketiganya, bersama Kemendag, meraih predikat Baik": one more of them, aside.
            aside = paren or re.match(
                r",\s*(?:bersama|termasuk)\s[^,.]{1,60},", text[shared.end() :]
            )
            # "..., ketiganya meraih predikat Baik, sedangkan Tolitoli ... Cukup": its clause.
            end = _clause_bounds(text, shared.end() + (aside.end() if aside else 0))[1]
            preds = [f for f in facts if f.kind == "predikat" and shared.start() < f.start < end]
            # "ketiganya masih di bawah Pemprov Kaltim yang membukukan 3,41 dengan predikat
            # serupa": the predikat of the body named in between.
            after = shared.end() + (aside.end() if aside else 0)
            if preds and any(after <= e.start - s.start < preds[0].start for e in ents):
                preds = []
            # "A bersama B dan C, ketiganya meraih predikat Cukup": a predikat already shared
            # between the last two is still one word.
            if len({f.start for f in preds}) == 1:
                pred = preds[0]
                for other in preds[1:]:
                    facts.remove(other)
                # "ketiganya", "tiga-tiganya"
                count = lx.ORDINALS.get((shared.group(1) or "ke" + (shared.group(2) or "")).lower())
                # each body at its last mention ("Tana Luwu ... Kabupaten Luwu dan ... ketiganya")
                # (not "A dan B (kini bagian dari Provinsi Papua Tengah) ..., keduanya")
                named = [
                    e.code
                    for e in ents
                    if e.start - s.start < shared.start() and not self._province_as_region(s, e)
                ]
                if aside and not paren:
                    named += [e.code for e in ents if shared.end() < e.start - s.start < after]
                targets = list(dict.fromkeys(reversed(named)))[::-1]
                if count and len(targets) > count:
                    targets = targets[-count:]  # "A SANGAT BAIK, B, C dan D ketiganya BAIK"
                # "sejajar dengan instansi seperti Kemenkeu dan BPS yang ... sama-sama meraih":
                # the bodies named together last, not the one the sentence is about.
                run = self._last_run(
                    self._named_once([e for e in ents if e.start - s.start < shared.start()])
                )
                if not count and len(run) >= 2 and len(targets) > len(run):
                    targets = run
                # "ketiga daerah itu masing-masing 2,88, 3,05 dan 2,71, dan ketiganya ...":
                # the bodies those figures were given to.
                given = list(
                    dict.fromkeys(
                        f.subject
                        for f in facts
                        if f.kind == "value" and f.subject and f.start < shared.start()
                    )
                )
                if not targets and count and len(given) == count:
                    targets = given
                if not targets:
                    targets = self._listed_before(s, count) or self._recent_subjects(count)
                elif count and len(targets) < count:
                    # "Bersama Halut, ketiganya ...": Halut and the two named just before.
                    # "Pasaman dan Limapuluh Kota ..., ketiga daerah itu": a third of their kind,
                    # not the province named in between.
                    # "Pemprov Bengkulu ... . Sementara Pemkot Bengkulu ..., dan keduanya
                    # berpredikat Baik": a bare "keduanya" counts bodies of any kind.
                    kinds = {self._kind(c) for c in targets}
                    bare = shared.group(0).lower().endswith("nya")
                    earlier = [
                        c
                        for c in self._recent_subjects(count + 2)
                        if c not in targets and (bare or self._kind(c) in kinds)
                    ]
                    targets = earlier[len(earlier) - (count - len(targets)) :] + targets
                inside = [
                    e.code
                    for e in ents
                    if paren
                    and 0 <= e.start - s.start - shared.end() - paren.start(1) < len(paren.group(1))
                ]
                if len(inside) >= 2:
                    targets = inside
                # "indeks Nagekeo 1,89 pada 2021 lalu 2,31 pada 2022, keduanya berpredikat
                # Cukup": one body's figures of as many years.
                years = [
                    f for f in facts
                    if f.kind == "value" and f.start < shared.start() and f.year is not None
                ]  # fmt: skip
                if len(set(targets)) >= 2:
                    _share(facts, pred, targets)
                elif (
                    count
                    and len(years) == count
                    and len({f.subject for f in years}) == 1
                    and len({f.year for f in years}) == count
                ):
                    facts.remove(pred)
                    facts += [replace(_held_with(pred, f), explicit_subject=True) for f in years]

    def _apply_named_after(self, s: Sentence, facts: list[Fact], ents: list[Entity]) -> None:
        """ "Daerah yang meraih predikat Memuaskan antara lain Pemprov Jatim, Pemkab
        Banyuwangi dan Pemkot Madiun": the predikat of every body listed after it."""
        preds = [f for f in facts if f.kind == "predikat"]
        if len(preds) != 1:
            return
        pred = preds[0]
        m = _LIST_AFTER.match(s.text, pred.end)
        if not m:
            return
        listed = [e for e in self._named_once(ents) if e.start - s.start >= m.end()]
        chain = listed[:1]
        for e in listed[1:]:
            gap = self.text[chain[-1].end : e.start]
            # "antara lain Kota Binjai dengan nilai 3, 82 dan Kabupaten Karo yang meraih 3,5"
            if not _COORDINATION.fullmatch(gap) and not re.fullmatch(
                r"[^,;]*?\d[.,]\s?\d+\s*(?:,\s*)?(?:dan|serta)?\s*", gap
            ):
                break
            chain.append(e)
        if len(chain) >= 2:
            _share(facts, pred, [e.code for e in chain])

    def _named_once(self, ents: list[Entity]) -> list[Entity]:
        """ "Badan Kepegawaian Negara (BKN)": one body, named twice, as one entity."""
        merged: list[Entity] = []
        for e in ents:
            if (
                merged
                and merged[-1].code == e.code
                and re.fullmatch(r"\s*\(?\s*", self.text[merged[-1].end : e.start])
            ):
                merged[-1] = Entity(merged[-1].start, e.end, e.code, e.candidates, merged[-1].text)
            else:
                merged.append(e)
        return merged

    def _apply_paired(self, s: Sentence, facts: list[Fact], ents: list[Entity]) -> None:
        """ "Kabupaten Mappi dan Kabupaten Boven Digoel hanya mengantongi indeks 1,41 dan 1,63":
        as many bodies named together as figures given together, in order, with nothing else
        between them: as if "masing-masing" were said."""
        values = [f for f in facts if f.kind == "value"]
        run = values[:1]
        for a, b in pairwise(values):
            if _COORDINATION.fullmatch(s.text[a.end : b.start]):
                run.append(b)
                continue
            if len(run) >= 2:
                break
            run = [b]
        if len(run) < 2:
            return
        merged = [e for e in self._named_once(ents) if e.end - s.start <= run[0].start]
        if not merged:
            return
        gap = s.text[merged[-1].end - s.start : run[0].start]
        # "Dua daerah lain, yakni Pasbar dan Kota Sawahlunto, pada evaluasi 2021 mencatat 2,66
        # dan 2,83": the list set off by commas after "yakni".
        first = merged[-len(run)] if len(merged) >= len(run) else merged[0]
        if re.search(r"\b(?:yakni|yaitu)\s*$", s.text[: first.start - s.start], re.I):
            gap = re.sub(r"^\s*,", "", gap)
        if (
            len(gap) > 60
            or _CLAUSE_SPLIT.search(gap)
            or any(v.end <= merged[-1].start - s.start for v in values)
        ):
            return
        codes = self._last_run(merged)
        if len(codes) != len(run):
            return
        for code, f in zip(codes, run, strict=True):
            f.subject, f.explicit_subject = code, True

    def _apply_coordinated(self, s: Sentence, facts: list[Fact], ents: list[Entity]) -> None:
        """ "Kabupaten Kediri dan Kabupaten Lumajang berpredikat Sangat Baik": each one."""
        values = [f for f in facts if f.kind == "value"]
        # A "masing-masing" list binds its own predikat; one said after its figures ("...
        # masing-masing 2,47, 1,96 dan 1,71, dimana Merangin dan Bungo berpredikat Cukup")
        # is coordinated as anywhere else.
        each = _EACH.search(s.text)
        # "Tiga kabupaten, masing-masing Kabupaten A, B dan C, memperoleh predikat Baik":
        # "masing-masing" that names the list binds nothing.
        if each and any(0 <= e.start - s.start - each.end() <= 2 for e in ents):
            each = None
        listed_end = max((v.end for v in values if each and v.start > each.start()), default=-1)
        # "A dan B masing-masing berpredikat Baik dan Cukup" pairs them in order; "A dan B ...
        # meraih predikat Baik, tanpa dirinci indeks masing-masing daerah" shares it.
        if (
            each
            and listed_end < 0
            and any(f.kind == "predikat" and f.start > each.start() for f in facts)
        ):
            return
        merged = self._named_once(ents)
        for pred in [f for f in facts if f.kind == "predikat" and f.explicit_subject]:
            if pred.start < listed_end:
                continue
            # "... berpredikat Memuaskan bersama Kemenkeu (4,65) dan BPS (4,59)": them too.
            along = re.match(r"\s+bersama\s+", s.text[pred.end :])
            later = [e for e in merged if e.start - s.start >= pred.end]
            if along and later and later[0].start - s.start == pred.end + along.end():
                chain = [later[0]]
                for e in later[1:]:
                    if not _COORDINATION.fullmatch(self.text[chain[-1].end : e.start]):
                        break
                    chain.append(e)
                _share(facts, pred, [e.code for e in chain], keep=True)
            before = [e for e in merged if e.end - s.start <= pred.start]
            if not before or before[-1].code != pred.subject:
                continue
            if any(before[-1].end - s.start <= v.start < pred.start for v in values):
                continue  # the predikat goes with the figure between them
            chain = [before[-1]]
            for e in reversed(before[:-1]):
                gap = self.text[e.end : chain[0].start]
                if not _COORDINATION.fullmatch(gap):
                    break
                # "Selain BSSN, BKN dan LKPP juga ...": the one set apart is not in the list.
                if re.search(r"\b(?:selain|kecuali|dibanding\w*)\s*$", self.text[: e.start], re.I):
                    break
                chain.insert(0, e)
            if len(chain) < 2 or any(
                v.start < pred.start and v.start > chain[0].start - s.start for v in values
            ):
                continue
            # "Jakarta, Badan Pengawas Pemilihan Umum (Bawaslu) memperoleh ...": a release's
            # dateline; a list of bodies ends with "dan" or "serta".
            gaps = [self.text[a.end : b.start] for a, b in pairwise(chain)]
            if not any(re.search(r"\b(?:dan|serta)\b", gap) for gap in gaps):
                continue
            _share(facts, pred, [e.code for e in chain], keep=True)

    def _sentence_before(self, s: Sentence) -> Sentence | None:
        """The sentence before `s`, past blank lines."""
        for i in range(s.index - 1, -1, -1):
            if self.sentences[i].text.strip():
                return self.sentences[i]
        return None

    def _named_next(self, s: Sentence) -> str | None:
        """ "Predikat KURANG. Itulah rapor yang harus diterima Pemkab OKU Selatan": the one body
        a sentence that opens with "Itulah" names after a sentence naming none."""
        after = next((t for t in self.sentences[s.index + 1 :] if t.text.strip()), None)
        if after is None or not re.match(
            r"\W*(?:itulah|inilah|begitulah|demikianlah)\b", after.text, re.I
        ):
            return None
        bodies = self._bodies_in(after)
        return bodies[0] if len(bodies) == 1 else None

    def _apply_first_of_list(self, s: Sentence, facts: list[Fact]) -> None:
        """ "A, B, C dan D masing-masing 2,19; 1,96; 2,48 dan 2,62. Tiga kabupaten pertama
        masih berada pada predikat Cukup": the first of the bodies the sentence before lists."""
        first = _FIRST_OF_LIST.match(s.text)
        preds = [f for f in facts if f.kind == "predikat"]
        if (
            not first
            or not preds
            or s.entities[:1]
            and s.entities[0].start - s.start < preds[0].start
        ):
            return
        before = self._sentence_before(s)
        listed = self._bodies_in(before) if before else []
        count = lx.ORDINALS.get(first.group(1).lower(), 0)
        if 2 <= count < len(listed):
            _share(facts, preds[0], listed[:count])

    def _apply_rest_of_list(self, s: Sentence, facts: list[Fact]) -> None:
        """ "A, B dan C masing-masing ... Meski begitu A satu-satunya yang Baik, sementara dua
        kabupaten lainnya masih di predikat Cukup": the listed bodies not named again."""
        rest = _REST_OF_LIST.search(s.text)
        if not rest:
            return
        before = self._sentence_before(s)
        preds = [f for f in facts if f.kind == "predikat" and f.start > rest.end()]
        # "A, B dan C masing-masing memperoleh 2,81, 2,47 dan 2,16, artinya hanya A yang lolos
        # ke predikat Baik, sementara dua lainnya ...": the list may be the sentence's own.
        listed = [f for f in facts if f.kind == "value" and f.end <= rest.start()]
        since = listed[-1].end if listed else 0
        named = {e.code for e in s.entities if since <= e.start - s.start < rest.start()}
        scored = [f.subject for f in listed] or [
            f.subject for f in self.facts if before and f.sentence is before and f.kind == "value"
        ]
        others = [c for c in dict.fromkeys(scored) if c and c not in named]
        if preds and named and len(others) == lx.ORDINALS.get(rest.group(1).lower(), 0):
            _share(facts, preds[0], others)

    def _apply_counted_list(self, s: Sentence, facts: list[Fact], pos: int) -> bool:
        """ "A, B dan C ... . Ketiga kabupaten itu masing-masing memperoleh indeks 3,12, 2,87
        dan 3,64": the bodies of that kind the sentence before lists, one per figure."""
        counted = _COUNTED_BEFORE.search(s.text[:pos])
        vals = [f for f in facts if f.kind == "value" and f.start > pos]
        count = lx.ORDINALS.get(counted.group(1).lower()) if counted else None
        before = self._sentence_before(s)
        if before is None:
            return False
        if count is None and re.fullmatch(r"\W*", s.text[:pos]) and len(vals) >= 2:
            # "..., yakni Pamekasan, Bangkalan dan Sampang, ketiganya meraih predikat Baik.
            # Masing-masing dengan indeks 3,12, 2,97 dan 2,81.": the bodies just listed.
            codes = self._run_in(before)
        elif counted and len(vals) == count:
            codes = self._bodies_in(before)
            if len(codes) > len(vals):
                codes = self._of_kind(codes, _noun_kind(counted.group(2) or "instansi"))
            if len(codes) > len(vals):
                # "Selain BP2MI, dua lembaga lain, yakni Basarnas dan BNN, ...": the ones
                # named together.
                codes = self._run_in(before)
        else:
            return False
        if len(codes) != len(vals):
            return False
        for code, f in zip(codes, vals, strict=True):
            f.subject, f.explicit_subject = code, True
        return True

    def _last_run(self, ents: list[Entity]) -> list[str]:
        """The codes of the last bodies of `ents` named together ("A, B dan C")."""
        run = ents[-1:]
        for a, b in zip(reversed(ents[:-1]), reversed(ents[1:]), strict=True):
            if not _COORDINATION.fullmatch(self.text[a.end : b.start]):
                break
            run.insert(0, a)
        return list(dict.fromkeys(e.code for e in run if e.code))

    def _listed_before(self, s: Sentence, count: int | None) -> list[str]:
        """ "A, B, dan C tercatat naik signifikan. Ketiganya meraih ...": the bodies the
        sentence before lists, when it has no figures of its own and their number fits."""
        before = self._sentence_before(s)
        if before is None:
            return []
        if lx.VALUE_RE.search(before.text) or lx.PREDIKAT_RE.search(before.text):
            return []
        codes = self._bodies_in(before)
        if count and len(codes) > count:
            # "tiga kabupaten di eks-Karesidenan Banyumas, yakni A, B dan C": the three
            # named together.
            codes = self._run_in(before)
        return codes if len(codes) >= 2 and count in (None, len(codes)) else []

    def _run_in(self, s: Sentence) -> list[str]:
        """The bodies sentence `s` names last, together ("A, B dan C"), the evaluator left out."""
        ents = [e for e in s.entities if e.code and not self._is_evaluator(e.code)]
        return self._last_run(self._named_once(ents))

    def _bodies_in(self, s: Sentence) -> list[str]:
        """The bodies sentence `s` names, in order, once each, the evaluator left out."""
        return list(
            dict.fromkeys(e.code for e in s.entities if e.code and not self._is_evaluator(e.code))
        )

    def _first_of_level(self, codes: Sequence[str | None], levels: Sequence[str]) -> str | None:
        """The first of `codes` that is a body of one of `levels` ("kabupaten", "kota", ...)."""
        return next((c for c in codes if c and self.g.by_code[c].level in levels), None)

    def _speaker_body(self, s: Sentence) -> str | None:
        """The body of the official or office last introduced at or before sentence `s`
        ("Kepala Diskominfo Tapsel, Ahmad Rivai, ..."): whom a quote's "kami" speaks for."""
        for t in reversed(self.sentences[: s.index + 1]):
            # An official of a body we cannot tell apart speaks for no known one; "Bupati Malang"
            # is one name to the gazetteer.
            for e in sorted(t.entities + t.unresolved, key=lambda e: e.start, reverse=True):
                if (
                    _OFFICIAL_OF.search(self.text[max(0, e.start - 80) : e.start])
                    or re.match(
                        r"(?:bupati|wali\s*kota|gubernur)\b", self.text[e.start : e.end], re.I
                    )
                    or _LOCAL_OFFICIAL.match(self.text, e.end)
                ):
                    return e.code
        return None

    @staticmethod
    def _holder_after(s: Sentence, end: int) -> Entity | None:
        """ "nilai tertinggi secara nasional diraih Kemenkeu", "peringkat pertama ditempati oleh
        BPS": the body named right after a verb of holding holds what is said before it."""
        after = [e for e in s.entities if e.code and e.start - s.start >= end]
        if after and re.fullmatch(
            rf"[^.;]{{0,40}}?\b{_HELD_VERB}", s.text[end : after[0].start - s.start], re.I
        ):
            return after[0]
        return None

    def _named_before(self, s: Sentence) -> list[str]:
        """Codes of the bodies named before sentence `s`, the latest first."""
        i = s.index
        return [e.code for t in reversed(self.sentences[:i]) for e in reversed(t.entities)]

    def _kind(self, code: str | None) -> str:
        """Regencies and cities are one kind of body; provinces and central bodies others."""
        level = self.g.by_code[code].level if code in self.g.by_code else ""
        return "daerah" if level in ("kabupaten", "kota") else level

    def _of_kind(self, codes: list[str], kind: str) -> list[str]:
        """The bodies of `codes` a noun of `kind` counts ("instansi" counts them all)."""
        return [c for c in codes if kind in ("instansi", self._kind(c))]

    def _recent_subjects(self, count: int | None) -> list[str]:
        """The bodies the latest figures were about: what "ketiganya" refers to."""
        found: list[str] = []
        for f in reversed(self.facts):
            if f.subject and f.subject not in found and f.kind == "value":
                found.append(f.subject)
            if count and len(found) >= count:
                break
            if not count and len(found) >= 2 and f.sentence is not self.facts[-1].sentence:
                break
        return list(reversed(found))

    def _rank_column(self, s: Sentence, facts: list[Fact]) -> None:
        """The rank column of a table: "| 2 | BPS | 4,63 |", "... 2 BPS 4,63 MEMUASKAN ...".
        National only for ministries, agencies and provinces, or when the table says so."""
        header = _RANK_HEADER.match(s.text)
        row = s.text.lstrip().startswith("|")
        if header:
            self._ranked_table = True
            if row:
                return  # the header row of a real table: the rows follow
        elif not (row and self._ranked_table):
            self._ranked_table = False
            return
        levels = {self.g.by_code[e.code].level for e in s.entities if e.code in self.g.by_code}
        said_national = _NATIONAL_RANK.search(self.title + " " + s.text)
        if levels & {"kabupaten", "kota"} and not said_national:
            return
        for e in s.entities:
            lead = re.search(r"(?:^|[|\s])(\d{1,3})\s*\|?\s*$", s.text[: e.start - s.start])
            if (
                not lead
                or lead.start(1) < e.start - s.start - 8
                or not 0 < int(lead.group(1)) < 700
            ):
                continue
            for f in facts:
                if f.subject == e.code and f.role not in ("target", "previous"):
                    f.rank = int(lead.group(1))

    @staticmethod
    def _described_place(s: Sentence, e: Entity) -> bool:
        """ "provinsi termuda di wilayah pegunungan tengah Papua tersebut", "kabupaten lumbung
        beras Bali itu": a place in the description of a body named before."""
        lead = s.text[_word_start(s.text, e.start - s.start - 40) : e.start - s.start]
        return bool(
            _DESCRIBED_PLACE.search(lead)
            and re.match(r"\s+(?:tersebut|itu|ini)\b", s.text[e.end - s.start :])
            or _NICKNAMED.search(lead)
        )

    def _province_as_region(self, s: Sentence, e: Entity) -> bool:
        """ "di Sumut", "se-Kalbar", "tingkat Provinsi Jambi", "di wilayah pantai barat selatan
        Aceh", "Kabupaten Puncak Jaya (kini bagian dari Provinsi Papua Tengah)": a province a
        rank or a list counts within, or a body before it lies in."""
        known = self.g.by_code.get(e.code or "")
        before = s.text[_word_start(s.text, e.start - s.start - 50) : e.start - s.start]
        return bool(
            known
            and known.level == "provinsi"
            and re.search(
                r"\b(?:di|se-?|tingkat)\s*(?:provinsi\s+)?$|"
                r"\b(?:wilayah|kawasan|pesisir|pantai)(?:\s+(?-i:[a-z]+)){0,3}\s+$|"
                r"\w\s+\((?:(?-i:[a-z]+)\s+){0,4}$",
                before,
                re.I,
            )
        )

    def _rank_list(self, s: Sentence, facts: list[Fact]) -> bool:
        """ "A dan B di urutan keempat dan kelima", "posisi kedua hingga kelima ditempati A,
        B, C dan D": ranks paired in order with the bodies named in the sentence."""
        m = _RANK_SERIES.search(s.text)
        if not m:
            return False
        ords = [_ordinal(t) for t in re.findall(_ORD_WORD, m.group(0), re.I)]
        if None in ords or len(ords) != 2 and m.group("range"):
            return False
        if m.group("range"):
            ords = list(range(ords[0], ords[1] + 1))  # type: ignore[arg-type]
        ents = [e for e in s.entities if not self._is_evaluator(e.code or "")]
        ents = [e for i, e in enumerate(ents) if i == 0 or ents[i - 1].code != e.code]
        if len(ents) != len(ords) or len(ords) < 2:
            return False
        for e, rank in zip(ents, ords, strict=True):
            mine = [
                f for f in facts if f.subject == e.code and f.role not in ("target", "previous")
            ]
            for f in mine:
                f.rank = rank
            if not mine:
                facts.append(Fact("rank", m.start(), m.end(), s, subject=e.code, rank=rank))
        return True

    def _apply_ranks(self, s: Sentence, facts: list[Fact], last_subject: str | None) -> None:
        if not _RANKISH.search(s.text) or self._rank_list(s, facts):
            return
        for m in lx.TOP_RANK_RE.finditer(s.text):
            if self._in_other_index_context(s, m.start()):
                continue
            # "salah satu provinsi dengan SPBE terbaik di Indonesia" is no first place.
            lead = s.text[_word_start(s.text, m.start() - 80) : m.start()]
            if re.search(r"\b(?:salah\s+satu|jajaran|deretan|di\s+antara|sederet)\b", lead, re.I):
                continue
            subject, _ = self._subject_for(s, m.start(), None)
            holder = self._holder_after(s, m.end())
            if holder is not None:
                subject = holder.code
            mine = [
                f for f in facts if f.subject == subject and f.role not in ("target", "previous")
            ]
            for f in mine:
                f.rank = f.rank or 1
            if subject and not mine:
                facts.append(Fact("rank", m.start(), m.end(), s, subject=subject, rank=1))
        for m in lx.RANK_RE.finditer(s.text):
            if lx.WORLD_RANK_AFTER_RE.match(s.text[m.end() :]):
                continue
            before = s.text[_word_start(s.text, m.start() - 12) : m.start()]
            if lx.RANK_COUNT_BEFORE_RE.search(before) or re.search(
                r"\b(?:dari|bawah|setelah|menyusul|mengejar|menuju)\s+$", before, re.I
            ):
                continue
            after = s.text[m.end() : m.end() + 60]
            # "... peringkat 3 tahun sebelumnya" is an old rank; "mempertahankan peringkat
            # pertama nasional seperti tahun-tahun sebelumnya" is still the rank now.
            # "urutan ke-14 dari 94 instansi yang dievaluasi tahun lalu": the evaluation's year.
            # But "peringkat 3 nasional, naik kelas dari evaluasi sebelumnya": compared with.
            old = re.match(
                r"[^.;]{0,40}\b(?<!dievaluasi\s)(?<!dinilai\s)"
                r"(?:tahun\s+sebelumnya|tahun\s+lalu|sebelumnya)\b",
                after,
                re.I,
            )
            if (
                old
                and not re.match(r"[^.;]{0,40}\bseperti\b", after, re.I)
                and not re.search(rf"\b(?:dari|{lx.COMPARED})\b", old.group(0), re.I)
            ):
                continue
            # "tertinggi kedua di antara kabupaten/kota se-Bangka Belitung": the rank's own words.
            own = s.text[m.end() :]
            # "urutan ketiga di bawah Kota Metro, sementara secara nasional rata-rata ...": the
            # words after a turn speak of something else.
            turn = re.search(_TURN, own[:80], re.I)
            window = s.text[
                _word_start(s.text, m.start() - 80) : m.end() + (turn.start() if turn else 80)
            ]
            said_national = re.match(
                r"\s*(?:secara\s+|di\s+tingkat\s+|tingkat\s+)?(?:nasional|se-?indonesia)", own, re.I
            )
            if not said_national and re.match(
                r"[^.;,]{0,50}?\bse-(?!indonesia\b|nasional\b)\w", own, re.I
            ):
                continue
            # "urutan ketiga di Sulawesi Selatan", "Peringkat keempat di Sumbar": the rank's own
            # words name the province it counts in, whatever else the sentence says.
            if not said_national and any(
                self._province_as_region(s, e)
                and re.fullmatch(r"[^,;.]{0,45}", s.text[m.end() : e.start - s.start])
                for e in s.entities + s.places
                if e.start - s.start >= m.end()
            ):
                continue
            national = _NATIONAL_RANK.search(window)
            if lx.REGIONAL_RANK_RE.search(window) and not national:
                continue
            # "Lotim berada di peringkat ketiga di antara kabupaten/kota se-NTB. Posisi teratas
            # ditempati KSB": the ranking the sentence before counted within a province.
            before_s = self._sentence_before(s)
            if (
                not national
                and before_s is not None
                and lx.RANK_RE.search(before_s.text)
                and lx.REGIONAL_RANK_RE.search(before_s.text)
                and not _NATIONAL_RANK.search(before_s.text)
            ):
                continue
            # "peringkat 12 dari 17 kabupaten/kota": no province has 40 regencies and cities.
            counted = _OUT_OF_FEW.search(s.text[m.end() : m.end() + 150])
            if counted and not said_national:
                n = lx.ORDINALS.get(counted.group(1).lower()) or int(counted.group(1))
                if n < (40 if counted.group(2) else 11):
                    continue
            # Without a word that makes it national, a rank is most often within a region
            # ("Di tingkat Sulut, ... peringkat ke-2", "peringkat Karo di Sumut").
            if not national and any(self._province_as_region(s, e) for e in s.entities):
                continue
            token = m.group(1).lower().replace("ke-", "").replace("ke", "", 1).strip()
            raw = m.group(1).lower()
            rank = ORD.get(raw) if raw in ORD else None
            if rank is None:
                digits = re.search(r"\d+", raw)
                rank = int(digits.group(0)) if digits else ORD.get(token)
            if not rank:
                continue
            if self._in_other_index_context(s, m.start()) or self._other_index_before(s, m.start()):
                continue  # "peringkat 77 dari 193 negara" in the UN survey
            # "Posisi teratas ditempati oleh Kemenkeu dan BPS": a place two bodies share.
            holder = self._holder_after(s, m.end())
            second = holder and next(
                (e for e in s.entities if e.start > holder.start and e.code != holder.code), None
            )
            if second and re.fullmatch(
                r"(?:\s*\([^()]*\))?,?\s+(?:dan|serta)\s+",
                self.text[holder.end : second.start],
                re.I,
            ):
                continue
            # "Kemenkeu dan BPS, dua instansi yang ... rutin bercokol di urutan teratas": a place
            # several bodies are said to hold.
            if re.search(
                rf"\b{lx.COUNT_WORDS}\s+{_BODY_KIND}\s+yang\b[^.;]{{0,60}}$",
                s.text[: m.start()],
                re.I,
            ):
                continue
            # "Lembaga itu menempati peringkat kelima": the body the article is talking about.
            # "... di peringkat ketiga, di bawah BPS dan BPKP": those are the ones ahead of it.
            ahead = re.search(
                r"\b(?:di\s+bawah|di\s+atas|mengungguli|menyusul|setelah)\s",
                s.text[m.end() :],
                re.I,
            )
            cut = s.start + m.end() + ahead.start() if ahead else s.end
            # ("menempatkan kabupaten lumbung beras Bali itu di peringkat ke-12": no one named)
            named = [e for e in s.entities if not self._described_place(s, e)]
            fallback = last_subject if all(e.start > cut for e in named) else None
            subject, _ = self._subject_for(s, m.start(), fallback)
            # "peringkat pertama secara nasional ditempati Kementerian Keuangan": its holder.
            if holder is not None:
                subject = holder.code
            # "Di bawah Pohuwato, posisi kedua ditempati Pemkab Gorontalo": second after a
            # regency of its own province, a place within the province.
            province = self.g.by_code[subject].parent if subject in self.g.by_code else None
            if not national and any(
                province
                and e.code in self.g.by_code
                and self.g.by_code[e.code].parent == province
                and e.start - s.start < m.start()
                and re.search(r"\b(?:di\s+bawah|setelah)\s+$", s.text[: e.start - s.start], re.I)
                for e in s.entities
            ):
                continue
            # "naik dari 3,61 sehingga kini urutan ke-9": the rank is the current result's.
            # "naik dari capaian tahun lalu 2,47, dan dengan nilai itu ... urutan ke-8": not the
            # earlier year's figure.
            newest = max(
                (
                    f.year or 0
                    for f in self.facts + facts
                    if f.subject == subject
                    and f.kind in ("value", "predikat")
                    and f.role != "target"
                ),
                default=0,
            )
            candidates = [
                f
                for f in facts
                if f.subject == subject
                and f.role not in ("target", "previous")
                and not (f.year and f.year < newest)
            ]
            if candidates:
                for f in candidates:
                    f.rank = rank
            elif subject:
                facts.append(Fact("rank", m.start(), m.end(), s, subject=subject, rank=rank))

    # -- step 5: records ---------------------------------------------------------------------

    def records(self) -> list[Record]:
        self._split()
        self._assign()
        facts = [f for f in self.facts if f.subject]
        default = self._latest_stated_year(facts)
        for f in facts:
            if f.year is None:
                f.year = default
        # "dua tahun berturut-turut ... di predikat Kurang": that year and the ones before.
        facts += [
            replace(f, year=f.year - back, year_strength=0, role=None)
            for f in facts
            if f.streak > 1 and f.year is not None
            for back in range(1, f.streak)
        ]
        self._resolve_targets(facts)
        self._resolve_unnamed_previous(facts)
        self._resolve_roles(facts)
        return self._merge(facts)

    def _announced(self) -> int:
        """The latest evaluation year whose results can be out at publication (autumn of N
        at the earliest)."""
        assert self.published is not None
        return self.published.year - (0 if self.published.month >= lx.RESULTS_FROM_MONTH else 1)

    def _unannounced(self, year: int) -> bool:
        """No result of `year` can be out when the article appeared (so a figure for it is
        an aim)."""
        return self.published is not None and year > self._announced()

    def _latest_stated_year(self, facts: list[Fact]) -> int | None:
        """The year for figures without one: the article's, or a later result it states with
        its own year ("2,23 pada 2019, lalu tahun ini 2,62") if already announced by then."""
        if not self.published or self.article_year is None:
            return self.article_year
        announced = self._announced()
        stated = [
            f.year for f in facts
            if f.kind == "value" and f.year_strength == 2 and f.role not in ("target", "previous")
            and f.year is not None and self.article_year < f.year <= announced
        ]  # fmt: skip
        return max(stated, default=self.article_year)

    def _resolve_targets(self, facts: list[Fact]) -> None:
        """A target without a year of its clause aims at the year the article's other targets
        name; one said after a later year in its sentence ("..., tahun 2025, Mansel bisa
        Sangat Baik") keeps that."""
        for f in facts:
            later = f.year_strength == 1 and (f.year or 0) > (self.article_year or 0)
            if f.role == "target" and f.year_strength < 2 and not later:
                named = [
                    g.year for g in facts
                    if g.subject == f.subject and g.role == "target" and g.year_strength == 2
                ]  # fmt: skip
                if named:
                    f.year = named[0]
                elif f.year is not None and f.year <= (self.article_year or 0):
                    f.year = (self.article_year or f.year) + 1

    @staticmethod
    def _resolve_unnamed_previous(facts: list[Fact]) -> None:
        """An earlier figure with no year of its own ("dari sebelumnya berpredikat Cukup") is the
        one the article named with its year ("dari 2,30 dengan predikat Cukup pada evaluasi
        tahun 2019"), when that is the body's only earlier year and says nothing else."""
        for f in facts:
            if f.role != "previous" or f.year_strength > 0 or f.year is None:
                continue
            mine = [g for g in facts if g.subject == f.subject and g.role != "target"]
            named = [g for g in mine if g.year_strength == 2 and (g.year or 0) <= f.year]
            # (not a cue misread on the year reported: "naik dari 2,19 pada 2019 dan jadi satu2nya
            # yg tembus predikat Baik")
            if len({g.year for g in named}) != 1 or not any((g.year or 0) > f.year for g in mine):
                continue
            if all(
                g.kind != f.kind or (g.value, g.predikat) == (f.value, f.predikat) for g in named
            ):
                f.year = named[0].year

    def _resolve_roles(self, facts: list[Fact]) -> None:
        latest: dict[str, int] = {}
        for f in facts:
            # Ranks and sub-scores join a result; they never decide which year is the latest.
            if (
                f.role not in ("target", "previous")
                and f.kind in ("value", "predikat")
                and f.year is not None
                and not self._unannounced(f.year)
            ):
                latest[f.subject] = max(latest.get(f.subject, 0), f.year)  # type: ignore[index]
        for f in facts:
            if f.role == "target" or f.year is None:
                continue
            if self._unannounced(f.year):
                f.role = "target"  # no result is out before it is announced
                continue
            main = latest.get(f.subject)  # type: ignore[arg-type]
            if main is None:
                f.role = (
                    "previous" if (self.article_year and f.year < self.article_year) else "actual"
                )
            else:
                f.role = "previous" if f.year < main else "actual"

    def _evidence_span(self, sentence: Sentence) -> tuple[int, int]:
        """The sentence's offsets in the original text, without surrounding whitespace."""
        start, end = self.omap[sentence.start], self.omap[sentence.end]
        raw = self.original[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        return start, end

    def _merge(self, facts: list[Fact]) -> list[Record]:
        records: dict[tuple[str, int | None, str], Record] = {}
        order: list[tuple[str, int | None, str]] = []
        # Rank-only and sub-score-only facts join a record; they never make one.
        # Within a record, figures read with their own year outrank those that borrowed one.
        # A headline says least: its predikat yields to what the body says of the same result.
        title = self.title.strip()
        primary = sorted(
            (f for f in facts if f.kind in ("value", "predikat")),
            key=lambda f: (
                bool(title) and f.sentence.text.strip() == title,
                -f.year_strength,
                f.start + f.sentence.start,
            ),
        )
        secondary = [f for f in facts if f.kind not in ("value", "predikat")]
        for f in primary:
            key = (f.subject, f.year, f.role)  # type: ignore[assignment]
            rec = records.get(key)  # type: ignore[arg-type]
            if rec is None:
                inst = self.g.get(f.subject)  # type: ignore[arg-type]
                start, end = self._evidence_span(f.sentence)
                rec = Record(
                    inst.name, inst.code, inst.level, f.year, role=f.role or "actual",
                    evidence=self.original[start:end], start=start, end=end,
                )  # fmt: skip
                records[key] = rec  # type: ignore[index]
                order.append(key)  # type: ignore[arg-type]
            if f.value is not None and rec.value is None:
                rec.value = f.value
            if f.predikat and rec.predikat is None:
                rec.predikat = f.predikat
            if f.rank and rec.rank is None and rec.role == "actual":  # a rank is the result's
                rec.rank = f.rank
            _add_subscores(rec.subscores, f.subscores)
        for f in secondary:
            for key in order:
                rec = records[key]
                if (
                    key[0] == f.subject
                    and key[2] == "actual"
                    and (f.year is None or key[1] == f.year or f.kind == "subscores")
                ):
                    if f.rank and rec.rank is None:
                        rec.rank = f.rank
                    _add_subscores(rec.subscores, f.subscores)
                    break
        return [records[k] for k in order]


def _add_subscores(known: dict[str, float], new: dict[str, float]) -> None:
    """Add sub-scores a record has not got; "Manajemen SPBE 3,25" then "Domain manajemen
    masih 3,25" (or "Teknologi Informasi dan Komunikasi 2,75" then "Aspek TIK yang hanya 2,75")
    is one sub-score, under its fuller label."""

    def words(label: str) -> set[str]:
        return set(label.lower().split()) - {"domain", "aspek"}

    def short_for(a: str, b: str) -> bool:  # "tik" for "teknologi informasi dan komunikasi"
        wa = words(a)
        return len(wa) == 1 and _abbreviates(next(iter(wa)), full_words(b))

    def full_words(label: str) -> list[str]:
        return [w for w in label.lower().split() if w not in ("domain", "aspek", "dan")]

    def one(a: str, b: str) -> bool:
        wa, wb = words(a), words(b)
        return wa <= wb or wb <= wa or short_for(a, b) or short_for(b, a)

    for label, value in new.items():
        mine = words(label)
        same = [k for k, v in known.items() if v == value and one(label, k)]
        if not same:
            known.setdefault(label, value)
        elif all(len(words(k)) < len(mine) for k in same):
            for k in same:
                del known[k]
            known[label] = value


ORD = lx.ORDINALS
_ORD_WORD = r"\b(?:ke-?\s?\d{1,3}|\d{1,3}|" + "|".join(sorted(ORD, key=len, reverse=True)) + r")\b"
_RANK_SERIES = re.compile(
    rf"\b(?:peringkat|urutan|posisi)\s+(?:{_ORD_WORD})\s*(?:(?P<range>hingga|sampai|s\.d\.?|-)"
    rf"\s*(?:{_ORD_WORD})|(?:(?:,\s*(?:{_ORD_WORD}))*\s*,?\s*dan\s+(?:{_ORD_WORD})))",
    re.I,
)


def _abbreviates(short: str, words: list[str]) -> bool:
    """ "mura" abbreviates "murung raya": a prefix of each word in turn, every word used."""
    if not words:
        return not short
    head, rest = words[0], words[1:]
    return any(
        short.startswith(head[:n]) and _abbreviates(short[n:], rest)
        for n in range(min(len(head), len(short)), 0, -1)
    )


def _ordinal(token: str) -> int | None:
    token = token.lower().replace(" ", "")
    if token in ORD:
        return ORD[token]
    digits = re.search(r"\d+", token)
    return int(digits.group(0)) if digits else None


def extract_records(
    text: str, published: date | None = None, title: str | None = None
) -> list[Record]:
    """Every SPBE fact the text states, one record per (instansi, year, role)."""
    if not text or not lx.SPBE_RE.search(text + " " + (title or "")):
        return []
    return ArticleExtractor(text, published, title).records()
