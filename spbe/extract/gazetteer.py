"""The bodies SPBE evaluates and every way news writes their names.

Data lives in spbe/data (see its README); this module turns it into canonical records and
an alias table. A bare name shared by a kabupaten and a kota (or a province and a city) is
kept ambiguous: only context ("Pemkab", "Wali Kota", ...) resolves it, never a guess.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import product

LEVELS = ("provinsi", "kabupaten", "kota", "kementerian", "lembaga", "polri", "other")

# Words news puts before a body's name, by the kind of body they announce.
PROVINCE_PREFIXES = (
    "provinsi", "prov.", "prov", "pemprov", "pemprov.", "pemerintah provinsi",
    "pemerintah prov.", "pemda provinsi", "gubernur", "wakil gubernur", "wagub",
    "sekda provinsi", "diskominfo provinsi", "dinas kominfo provinsi", "diskominfotik provinsi",
    "dinas komunikasi dan informatika provinsi", "bappeda provinsi",
)  # fmt: skip
KABUPATEN_PREFIXES = (
    "kabupaten", "kab.", "kab", "pemkab", "pemkab.", "pemerintah kabupaten",
    "pemerintah kab.", "pemda kabupaten", "bupati", "wakil bupati", "wabup", "sekda kabupaten",
    "sekdakab",
    "diskominfo kabupaten", "diskominfo kab.", "dinas kominfo kabupaten",
    "dinas komunikasi dan informatika kabupaten", "kabupaten/kota",
)  # fmt: skip
KOTA_PREFIXES = (
    "kota", "pemkot", "pemkot.", "pemko", "pemerintah kota", "pemda kota", "wali kota", "walikota",
    "wakil wali kota", "wakil walikota", "wawali", "sekda kota", "diskominfo kota",
    "dinas kominfo kota", "dinas komunikasi dan informatika kota",
)  # fmt: skip
# Prefixes that say "a regional government" without saying which kind.
ANY_REGION_PREFIXES = (
    "pemda", "pemerintah daerah", "pemerintah", "diskominfo", "dinas kominfo",
    "diskominfotik", "dinas komunikasi dan informatika", "sekda", "bappeda",
)  # fmt: skip


@dataclass(frozen=True)
class Instansi:
    """One evaluated body with its code (Kemendagri code for regions)."""

    code: str
    name: str
    level: str
    parent: str | None = None  # province code of a kabupaten/kota
    base: str = ""  # the name without "Provinsi/Kabupaten/Kota"
    aliases: tuple[str, ...] = field(default=(), compare=False)


def fold(name: str) -> str:
    """Key for comparing spellings: lower case, no spaces, hyphens or dots."""
    return re.sub(r"[\s\-.'’]+", "", name.lower())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("spbe.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _spellings(base: str) -> set[str]:
    """'Toli-Toli' -> {'Toli-Toli', 'Toli Toli', 'ToliToli'}: outlets write all of them, and
    'Tojo Una Una' as 'Tojo Una-Una' too: each gap a space or a hyphen."""
    words = re.split(r"[\s-]+", base)
    forms = {base, "".join(words)}
    for gaps in product(" -", repeat=len(words) - 1):
        forms.add(words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=True)))
    # "Kab. Kep. Mentawai", "Kep. Seribu": "Kepulauan" shortened.
    if base.startswith("Kepulauan "):
        forms |= {"Kep. " + base[10:], "Kep " + base[10:]}
    if base.startswith("Kep. "):  # and the other way round: "Kepulauan Siau Tagulandang Biaro"
        forms |= {"Kepulauan " + base[5:], "Kep " + base[5:]}
    # "Palangka Raya" / "Palangkaraya", "Pematang Siantar" / "Pematangsiantar": news splits
    # or joins compound names; add the split form of known joined ones below via aliases.
    return {f for f in forms if f}


class Gazetteer:
    """Canonical bodies and the alias index used by the extraction rules."""

    def __init__(self) -> None:
        self.by_code: dict[str, Instansi] = {}
        self.by_name: dict[str, Instansi] = {}
        # folded base name -> codes of regions with that base name (ambiguous when > 1)
        self.region_bases: dict[str, set[str]] = {}
        # alias (as written, any case) -> code, for names that say exactly which body
        self.exact: dict[str, str] = {}
        self._load_regions()
        self._load_central()
        self._load_aliases()

    # -- loading -----------------------------------------------------------------------

    def _add(self, inst: Instansi) -> None:
        self.by_code[inst.code] = inst
        self.by_name[inst.name.lower()] = inst

    def _load_regions(self) -> None:
        for row in _read_csv("wilayah_kab_kota.csv"):
            level = row["level"]
            name = row["instansi"]
            base = re.sub(r"^(Provinsi|Kabupaten|Kota)\s+", "", name)
            parent = row["kode_provinsi"] if level != "provinsi" else None
            inst = Instansi(row["kode"], name, level, parent, base)
            self._add(inst)
            for spelling in _spellings(base):
                self.region_bases.setdefault(fold(spelling), set()).add(inst.code)
                prefixes = {
                    "provinsi": PROVINCE_PREFIXES,
                    "kabupaten": KABUPATEN_PREFIXES,
                    "kota": KOTA_PREFIXES,
                }[level]
                for prefix in prefixes:
                    self.exact[f"{prefix} {spelling}".lower()] = inst.code
            self.exact[name.lower()] = inst.code
        # "Pemerintah Aceh" is the province's own name for itself.
        self.exact["pemerintah aceh"] = "11"
        self.exact["pemprov aceh"] = "11"

    def _load_central(self) -> None:
        for row in _read_csv("kementerian_lembaga.csv"):
            name, level = row["instansi"], row["level"]
            code = "polri" if level == "polri" else f"kl.{_slug(name)}"
            inst = Instansi(code, name, level)
            self._add(inst)
            self.exact[name.lower()] = code
            for abbr in re.split(r"[,;]", row["singkatan"]):
                abbr = abbr.strip().strip('"')
                if abbr and "polda" not in abbr.lower():
                    self.exact[abbr.lower()] = code
                    self.exact[f"{abbr} ri".lower()] = code
            self.exact[f"{name} ri".lower()] = code
            self.exact[f"{name} republik indonesia".lower()] = code

    def _load_aliases(self) -> None:
        for row in _read_csv("aliases.csv"):
            target = self.by_name.get(row["instansi"].lower())
            if target is None:
                raise ValueError(f"aliases.csv: unknown instansi '{row['instansi']}'")
            alias = row["alias"]
            self.exact[alias.lower()] = target.code
            if target.level == "provinsi":
                for prefix in PROVINCE_PREFIXES + ANY_REGION_PREFIXES:
                    self.exact[f"{prefix} {alias}".lower()] = target.code
                self.exact[f"{alias} ri".lower()] = target.code
            elif target.level in ("kabupaten", "kota"):
                prefixes = KABUPATEN_PREFIXES if target.level == "kabupaten" else KOTA_PREFIXES
                for prefix in prefixes + ANY_REGION_PREFIXES:
                    self.exact[f"{prefix} {alias}".lower()] = target.code
            else:
                self.exact[f"{alias} ri".lower()] = target.code
        # Bare region names that are unique say which body; shared ones stay ambiguous.
        for key, codes in self.region_bases.items():
            if len(codes) == 1:
                (code,) = codes
                inst = self.by_code[code]
                for spelling in _spellings(inst.base):
                    if fold(spelling) == key:
                        self.exact.setdefault(spelling.lower(), code)
                        for prefix in ANY_REGION_PREFIXES:
                            self.exact.setdefault(f"{prefix} {spelling}".lower(), code)

    # -- queries -----------------------------------------------------------------------

    def resolve(self, alias: str) -> Instansi | None:
        """The body an alias names, or None when unknown or ambiguous ("Bandung")."""
        code = self.exact.get(re.sub(r"\s+", " ", alias.strip()).lower())
        if code is None:
            code = self._folded().get(fold(alias))
        return self.by_code.get(code) if code else None

    @lru_cache(maxsize=1)  # noqa: B019 - one gazetteer per process
    def _folded(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for alias, code in self.exact.items():
            out.setdefault(fold(alias), code)
        return out

    def get(self, code: str) -> Instansi:
        return self.by_code[code]

    def regions_named(self, bare: str) -> list[Instansi]:
        """Every region whose name (without its kind) is `bare`: two for "Bandung"."""
        return [self.by_code[c] for c in sorted(self.region_bases.get(fold(bare), ()))]

    def aliases_of(self, code: str) -> list[str]:
        return sorted(a for a, c in self.exact.items() if c == code)

    def rows(self) -> list[tuple[str, str, str, str | None, list[str]]]:
        """(code, name, level, parent, aliases) for the warehouse's `instansi` table."""
        by_code: dict[str, list[str]] = {}
        for alias, code in self.exact.items():
            by_code.setdefault(code, []).append(alias)
        return [
            (i.code, i.name, i.level, i.parent, sorted(by_code.get(i.code, [])))
            for i in self.by_code.values()
        ]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
