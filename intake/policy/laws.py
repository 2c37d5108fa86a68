"""The laws besides the GDPR, the CCPA and the DPDP Act: each one's answering period, with its legal source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Jurisdiction:
    """One law's answering rules: the rules table every due date is computed from."""

    key: str
    law: str  # how explanations name it
    source: str  # the provision that sets the base period
    months: int  # base period in months (0 when it is counted in days)
    days: int  # base period in days (0 when it is counted in months)
    extension_months: int
    extension_days: int
    extensions: int  # how many extensions the law allows
    extension_source: str
    clock_pauses: bool  # does the period stop while we wait for identity or clarification?
    pause_source: str
    confirm_business_days: int  # 0: the law asks for no separate confirmation of receipt
    # The provision that moves a period ending on a day off to the next working day; "" where the law has none we
    # are sure of, so the date stays put (an unmoved date can only be early, never late).
    roll_source: str = ""
    holidays: str = ""  # whose public holidays count besides weekends: a `workdays` calendar ("de", "gb")


def fixed(key: str, law: str, source: str, days: int, extension: int = 0, extension_source: str = "") -> Jurisdiction:
    """A law that counts its period in calendar days from receipt and never stops the clock while we wait."""
    return Jurisdiction(
        key=key,
        law=law,
        source=source,
        months=0,
        days=days,
        extension_months=0,
        extension_days=extension,
        extensions=1 if extension else 0,
        extension_source=extension_source or f"{law} provides no extension",
        clock_pauses=False,
        pause_source=f"{law}: no provision stops the period while the controller waits",
        confirm_business_days=0,
    )


def other_laws() -> dict[str, Jurisdiction]:
    """The laws besides the GDPR, the CCPA and the DPDP Act that letters cite (`jurisdiction_cues`).

    Where a law says only "without delay" (APPI) or "promptly" (PIPL), the days are this service's own
    target, and the source says so: a DPO who answers sooner is within the law, never later.
    None of them moves a period ending on a weekend or holiday here: their general rules on counting periods
    (Brazil, South Africa's Interpretation Act, Turkey...) were not checked against these laws, and a date
    left unmoved can only be early.
    """
    return {
        # LGPD Art. 19, II: the complete statement "no prazo de até 15 (quinze) dias, contado da data do requerimento".
        "brazil": fixed("brazil", "LGPD", "LGPD Art. 19, II", 15),
        # POPIA s.23(3) sends access requests to PAIA: a private body answers within 30 days (s.56(1)) and may
        # extend once by up to 30 days (s.57(1)).
        "south_africa": fixed(
            "south_africa",
            "POPIA/PAIA",
            "POPIA s.23(3) with PAIA s.56(1)",
            30,
            30,
            "PAIA s.57(1): once, up to 30 further days, notified within the first 30",
        ),  # fmt: skip
        # KVKK Art. 13(2): "en kısa sürede ve en geç otuz gün içinde ücretsiz olarak".
        "turkey": fixed("turkey", "KVKK", "KVKK Art. 13(2)", 30),
        # FADP Art. 25(7) and the Data Protection Ordinance Art. 18(1): 30 days; Art. 18(2) allows a later date
        # announced within the 30 days, of no fixed length: a DPO sets it by hand.
        "switzerland": fixed(
            "switzerland",
            "FADP",
            "FADP Art. 25(7) with DPO Art. 18(1)",
            30,
            0,
            "DPO Art. 18(2): a later date announced within the 30 days, of no fixed length (set it by hand)",
        ),  # fmt: skip
        "japan": fixed(
            "japan", "APPI", "APPI Art. 33(2): without delay (遅滞なく); 14 days is this service's target", 14
        ),
        "china": fixed("china", "PIPL", "PIPL Art. 50: promptly (及时); 15 days is this service's target", 15),
        # PIPA Enforcement Decree Art. 41(4): access within 10 days.
        "korea": fixed("korea", "PIPA", "PIPA Enforcement Decree Art. 41(4)", 10),
        # UU PDP (Indonesia, UU No. 27 Tahun 2022) Pasal 32(2): access is given "paling lambat 3 x 24 (tiga kali dua
        # puluh empat) jam" from the request; Pasal 30(1): the same for updating and correcting, and the controller
        # must delay or restrict processing within 3 x 24 hours too. The case's period is the shortest: 72 hours.
        # A due date is a day, read as its end, so it is the second day after receipt, the last whole day inside the
        # 72 hours whatever the hour of receipt (received Monday 15:00, the hours end Thursday 15:00: due Wednesday).
        # Rights the law gives no period (erasure) are due as early: early, never late.
        "indonesia": fixed(
            "indonesia",
            "UU PDP",
            "UU PDP Pasal 30(1) and 32(2): 3 x 24 hours from receipt, the last whole day inside them",
            2,
        ),
        # The CCPA's siblings (Virginia Code § 59.1-577(B), Colorado C.R.S. § 6-1-1306(2), Connecticut, Texas,
        # Oregon, Utah): 45 days from receipt, once extended by 45 days when reasonably necessary.
        "us_state": fixed(
            "us_state",
            "US state privacy law",
            "Va. Code § 59.1-577(B) and the CCPA-family state laws",
            45,
            45,
            "Va. Code § 59.1-577(B): once, 45 further days, notified with reasons within the first 45",
        ),  # fmt: skip
    }


# Cue words the extraction stage may emit, mapped to the rules table's keys.
CUES: dict[str, str] = {
    "eu": "eu",
    "gdpr": "eu",
    "europe": "eu",
    "uk": "uk",
    "united kingdom": "uk",
    "uk gdpr": "uk",
    "california": "california",
    "ccpa": "california",
    "cpra": "california",
    "india": "india",
    "dpdp": "india",
    "brazil": "brazil",
    "lgpd": "brazil",
    "south_africa": "south_africa",
    "south africa": "south_africa",
    "popia": "south_africa",
    "turkey": "turkey",
    "kvkk": "turkey",
    "switzerland": "switzerland",
    "fadp": "switzerland",
    "japan": "japan",
    "appi": "japan",
    "china": "china",
    "pipl": "china",
    "korea": "korea",
    "pipa": "korea",
    "indonesia": "indonesia",
    "uu pdp": "indonesia",
    "us_state": "us_state",
}
