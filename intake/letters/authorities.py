"""Supervisory authorities by country, and the one a letter names: by the requester's country where known, else none."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Authority:
    """A data protection authority: its official name (per language where it has several) and its web address."""

    name: str
    url: str
    names: dict[str, str] = field(default_factory=dict)  # language -> the name in that official language

    def phrase(self, language: str) -> str:
        """How a letter in `language` names it: the official name, in that language where it has one, and the URL."""
        return f"{self.names.get(language, self.name)}, {self.url}"


# Keyed by ISO 3166-1 alpha-2 code in lower case (a sub-national authority adds its region: "us-ca"). Names
# are the authorities' own, as they publish them; the EU/EEA rows follow the EDPB's list of members.
AUTHORITIES: dict[str, Authority] = {
    "at": Authority("Österreichische Datenschutzbehörde", "https://www.dsb.gv.at"),
    "be": Authority(
        "Gegevensbeschermingsautoriteit",
        "https://www.gegevensbeschermingsautoriteit.be",
        {"fr": "Autorité de protection des données", "de": "Datenschutzbehörde"},
    ),
    "bg": Authority("Комисия за защита на личните данни", "https://www.cpdp.bg"),
    "hr": Authority("Agencija za zaštitu osobnih podataka (AZOP)", "https://azop.hr"),
    "cy": Authority("Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "https://www.dataprotection.gov.cy"),
    "cz": Authority("Úřad pro ochranu osobních údajů", "https://uoou.gov.cz"),
    "dk": Authority("Datatilsynet", "https://www.datatilsynet.dk"),
    "ee": Authority("Andmekaitse Inspektsioon", "https://www.aki.ee"),
    "fi": Authority("Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi", {"sv": "Dataombudsmannens byrå"}),
    "fr": Authority("Commission nationale de l'informatique et des libertés (CNIL)", "https://www.cnil.fr"),
    # Germany supervises private bodies by Land (sixteen authorities, two in Bavaria): the letter points to the
    # Datenschutzkonferenz's list rather than guess the Land.
    "de": Authority(
        "die Datenschutzaufsichtsbehörde Ihres Bundeslandes",
        "https://www.datenschutzkonferenz-online.de/datenschutzaufsichtsbehoerden.html",
    ),
    "gr": Authority("Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "https://www.dpa.gr"),
    "hu": Authority("Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)", "https://naih.hu"),
    "ie": Authority(
        "Data Protection Commission", "https://www.dataprotection.ie", {"ga": "An Coimisiún um Chosaint Sonraí"}
    ),
    "it": Authority("Garante per la protezione dei dati personali", "https://www.garanteprivacy.it"),
    "lv": Authority("Datu valsts inspekcija", "https://www.dvi.gov.lv"),
    "lt": Authority("Valstybinė duomenų apsaugos inspekcija", "https://vdai.lrv.lt"),
    "lu": Authority("Commission nationale pour la protection des données (CNPD)", "https://cnpd.public.lu"),
    "mt": Authority(
        "Office of the Information and Data Protection Commissioner",
        "https://idpc.org.mt",
        {"mt": "l-Uffiċċju tal-Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data (IDPC)"},
    ),
    "nl": Authority("Autoriteit Persoonsgegevens", "https://www.autoriteitpersoonsgegevens.nl"),
    "pl": Authority("Prezes Urzędu Ochrony Danych Osobowych (UODO)", "https://uodo.gov.pl"),
    "pt": Authority("Comissão Nacional de Proteção de Dados (CNPD)", "https://www.cnpd.pt"),
    "ro": Authority(
        "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)",
        "https://www.dataprotection.ro",
    ),
    "sk": Authority("Úrad na ochranu osobných údajov Slovenskej republiky", "https://dataprotection.gov.sk"),
    "si": Authority("Informacijski pooblaščenec", "https://www.ip-rs.si"),
    "es": Authority("Agencia Española de Protección de Datos (AEPD)", "https://www.aepd.es"),
    "se": Authority("Integritetsskyddsmyndigheten (IMY)", "https://www.imy.se"),
    "is": Authority("Persónuvernd", "https://www.personuvernd.is"),
    "li": Authority("Datenschutzstelle Liechtenstein", "https://www.datenschutzstelle.li"),
    "no": Authority("Datatilsynet", "https://www.datatilsynet.no"),
    "gb": Authority("Information Commissioner's Office (ICO)", "https://ico.org.uk"),
    "ch": Authority(
        "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
        "https://www.edoeb.admin.ch",
        {
            "fr": "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
            "it": "Incaricato federale della protezione dei dati e della trasparenza (IFPDT)",
            "en": "Federal Data Protection and Information Commissioner (FDPIC)",
        },
    ),
    "us-ca": Authority("California Privacy Protection Agency (CPPA)", "https://cppa.ca.gov"),
    # The Board is constituted under the DPDP Act 2023; until it publishes its own site, the Ministry's page on
    # the Act is where a Data Principal finds it.
    "in": Authority("Data Protection Board of India", "https://www.meity.gov.in/data-protection-framework"),
    "br": Authority("Autoridade Nacional de Proteção de Dados (ANPD)", "https://www.gov.br/anpd"),
    "tr": Authority("Kişisel Verileri Koruma Kurumu (KVKK)", "https://www.kvkk.gov.tr"),
    "jp": Authority("個人情報保護委員会", "https://www.ppc.go.jp"),
    "kr": Authority("개인정보보호위원회", "https://www.pipc.go.kr"),
    "cn": Authority("国家互联网信息办公室", "https://www.cac.gov.cn"),
    "ru": Authority(
        "Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)",
        "https://rkn.gov.ru",
    ),
    "ua": Authority("Уповноважений Верховної Ради України з прав людини", "https://ombudsman.gov.ua"),
    "il": Authority("הרשות להגנת הפרטיות", "https://www.gov.il/he/departments/the_privacy_protection_authority"),
    "za": Authority("Information Regulator", "https://inforegulator.org.za"),
}

# The country a jurisdiction cue of the extraction (intake/understand/lexicon/common.toml) names. "eu" and
# "us_state" name no single country.
COUNTRY_OF_JURISDICTION = {
    "uk": "gb",
    "california": "us-ca",
    "india": "in",
    "brazil": "br",
    "turkey": "tr",
    "switzerland": "ch",
    "japan": "jp",
    "korea": "kr",
    "china": "cn",
    "russia": "ru",
    "ukraine": "ua",
    "south_africa": "za",
}

# A weak hint: languages spoken as a first language mostly in one country that has an authority. German, French,
# Spanish, Portuguese, English, Dutch, Russian, Arabic and Chinese are absent: each is at home in several countries,
# and naming the wrong authority is worse than naming none.
COUNTRY_OF_LANGUAGE = {
    "bg": "bg",
    "hr": "hr",
    "cs": "cz",
    "da": "dk",
    "et": "ee",
    "fi": "fi",
    "el": "gr",
    "hu": "hu",
    "ga": "ie",
    "it": "it",
    "lv": "lv",
    "lt": "lt",
    "mt": "mt",
    "pl": "pl",
    "ro": "ro",
    "sk": "sk",
    "sl": "si",
    "sv": "se",
    "no": "no",
    "is": "is",
    "tr": "tr",
    "ja": "jp",
    "ko": "kr",
    "he": "il",
    "uk": "ua",
    "hi": "in",
    # A regional variant is at home in its country: Brazilian Portuguese in Brazil.
    "pt-br": "br",
}


def country(setting: str, cues: list[str], language: str | None) -> str | None:
    """The country whose authority a letter names: the setting when it is a country, a cue, the language, or none."""
    chosen = setting.strip().lower()
    if chosen in AUTHORITIES:
        return chosen
    for cue in cues:
        if cue in COUNTRY_OF_JURISDICTION:
            return COUNTRY_OF_JURISDICTION[cue]
    return COUNTRY_OF_LANGUAGE.get((language or "").lower())


def choose(
    setting: str, extraction: dict[str, Any] | None, language: str | None, letter: str | None = None
) -> str | None:
    """The `supervisory_authority` template value: a country's authority, the setting's own text, or None.

    `language` is the requester's, `letter` the one the letter is written in when it differs (a regional variant,
    "pt-BR", names its country; Hinglish answered in English keeps India's). None lets the template say, in its own
    language, that the authority of the requester's country is the one to turn to, rather than a default phrase in
    one language leaking into every other (issue 17).
    """
    text = setting.strip()
    if text and text.lower() not in AUTHORITIES:
        return text  # the organisation wrote its own phrase (its lead authority, say): it is the DPO's to word
    cues = list((extraction or {}).get("jurisdiction_cues", []))
    found = country(text, cues, language) or (country("", [], letter) if letter else None)
    return AUTHORITIES[found].phrase((letter or language or "").lower()) if found else None
