"""The words each language's letters must contain, and those they must never contain, for `intake templates check`."""

from __future__ import annotations

# Phrases a letter must contain, per language: any one of the alternatives, compared case-insensitively.
# They are data: a new language adds its row here and its folder under intake/letters/templates/.
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "complaint": ("supervisory authority",),
        "verification": ("two or more data points",),
        "judicial": ("judicial remedy", "court"),
        "no_sale": ("not sell and will not sell", "does not and will not sell"),
        "consequence": ("not be able to continue to use",),
        "retention": ("statutory retention",),
        "absolute": ("absolute",),
        "compelling": ("compelling legitimate grounds",),
    },
    "de": {
        "complaint": ("Aufsichtsbehörde",),
        "verification": ("zwei oder mehr Datenpunkte",),
        "judicial": ("gerichtlichen Rechtsbehelf", "Gericht"),
        "no_sale": ("nicht und wird sie auch nicht verkaufen",),
        "consequence": ("mehr nutzen",),
        "retention": ("gesetzlichen Aufbewahrungspflicht",),
        "absolute": ("uneingeschränkt",),
        "compelling": ("zwingende schutzwürdige Gründe",),
    },
    "fr": {
        "complaint": ("autorité de contrôle",),
        "verification": ("au moins deux données",),
        "judicial": ("recours juridictionnel", "tribunal"),
        "no_sale": ("ne vend pas et ne vendra pas",),
        "consequence": ("ne pourrez plus utiliser",),
        "retention": ("obligation légale de conservation",),
        "absolute": ("absolu",),
        "compelling": ("motifs légitimes et impérieux",),
    },
    "es": {
        "complaint": ("autoridad de control",),
        "verification": ("dos o más datos",),
        "judicial": ("tutela judicial", "tribunales"),
        "no_sale": ("no vende ni venderá",),
        "consequence": ("no podrá seguir utilizando",),
        "retention": ("obligación legal de conservación",),
        "absolute": ("absoluto",),
        "compelling": ("motivos legítimos imperiosos",),
    },
    "it": {
        "complaint": ("autorità di controllo",),
        "verification": ("due o più dati",),
        "judicial": ("ricorso giurisdizionale", "autorità giudiziaria"),
        "no_sale": ("non vende e non venderà",),
        "consequence": ("non potrà più utilizzare",),
        "retention": ("obbligo legale di conservazione",),
        "absolute": ("assoluto",),
        "compelling": ("motivi legittimi cogenti",),
    },
    "nl": {
        "complaint": ("toezichthoudende autoriteit",),
        "verification": ("twee of meer gegevens",),
        "judicial": ("bij de rechter",),
        "no_sale": ("niet en zal ze ook niet verkopen",),
        "consequence": ("niet langer gebruikmaken",),
        "retention": ("wettelijke bewaarplicht",),
        "absolute": ("absoluut",),
        "compelling": ("dwingende gerechtvaardigde gronden",),
    },
    "pt": {
        "complaint": ("autoridade de controlo",),
        "verification": ("dois ou mais dados",),
        "judicial": ("recurso judicial", "tribunais"),
        "no_sale": ("não vende nem venderá",),
        "consequence": ("deixará de poder utilizar",),
        "retention": ("obrigação legal de conservação",),
        "absolute": ("absoluto",),
        "compelling": ("razões imperiosas e legítimas",),
    },
    "pl": {
        "complaint": ("organu nadzorczego",),
        "verification": ("co najmniej dwa elementy danych",),
        "judicial": ("przed sądem", "sądow"),
        "no_sale": ("nie sprzedaje i nie będzie sprzedawać",),
        "consequence": ("nie będzie możliwe dalsze korzystanie",),
        "retention": ("ustawowego obowiązku przechowywania",),
        "absolute": ("bezwzględny",),
        "compelling": ("ważnych prawnie uzasadnionych podstaw",),
    },
    "hi": {
        "complaint": ("पर्यवेक्षी प्राधिकरण",),
        "verification": ("दो या अधिक डेटा बिंदुओं",),
        "judicial": ("न्यायिक उपचार", "न्यायालय"),
        "no_sale": ("न तो बेचता है और न ही बेचेगा",),
        "consequence": ("उपयोग जारी नहीं रख पाएँगे",),
        "retention": ("वैधानिक प्रतिधारण दायित्व",),
        "absolute": ("बिना शर्त",),
        "compelling": ("बाध्यकारी वैध आधार",),
    },
}

# Phrases that would tell a stranger whether we hold data about someone (an enumeration leak).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "en": (
        "could not find",
        "no record",
        "not find you",
        "do not hold",
        "don't hold",
        "no data about you",
        "no account",
        "hold nothing",
        "hold no data",
        "nothing about you",
    ),
    "fr": ("pas trouvé", "aucune donnée vous concernant", "aucun compte", "aucun dossier", "ne détenons pas"),
    "es": ("no hemos encontrado", "no encontramos", "ningún dato suyo", "no tenemos datos", "ninguna cuenta"),
    "it": ("non abbiamo trovato", "non troviamo", "non risulta", "nessun dato che la riguarda", "nessun account"),
    "nl": ("niet gevonden", "niet kunnen vinden", "geen gegevens over u", "geen account", "niet bekend"),
    "pt": ("não encontrámos", "não encontramos", "nenhum dado seu", "nenhuma conta", "não temos dados"),
    "pl": ("nie znaleźliśmy", "nie odnaleźliśmy", "nie posiadamy danych", "brak konta", "żadnych danych"),
    "hi": ("नहीं मिला", "नहीं मिले", "कोई डेटा नहीं", "कोई खाता नहीं", "रिकॉर्ड नहीं"),
    "de": ("nicht gefunden", "nicht finden", "keine Daten über Sie", "kein Konto", "keinen Eintrag"),
}

# Words that tell the reader the mail carries a file: a letter using them must be one whose approval attaches
# files (intake/fulfil SUPPLIES), or it promises what never comes.
ATTACHMENT: dict[str, tuple[str, ...]] = {
    "en": ("attached", "attachment", "enclosed"),
    "de": ("beigefügt", "im anhang", "als anlage"),
    "fr": ("ci-joint", "pièce jointe", "pièces jointes", "fichiers joints"),
    "es": ("adjunt",),
    "it": ("allegat",),
    "nl": ("bijgevoegd", "bijlage"),
    "pt": ("em anexo", "anexad", "ficheiros anexos"),
    "pl": ("załącz",),
    "hi": ("संलग्न",),
}
