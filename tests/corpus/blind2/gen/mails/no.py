from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Ingrid Solberg", note="plain Norwegian bokmål", ua="apple", cs="utf-8",
 frm=("Ingrid Solberg", "ingrid.solberg@online-no.example"), subj="Hva har dere lagret om meg?",
 body="""Hei,

et treningssenter jeg sluttet på for tre år siden sender meg fortsatt e-post, og de bruker visst systemet deres. Hva har dere egentlig lagret om meg?

Hilsen
Ingrid Solberg
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Bjørn Haugen", emp="Vestland Sjømat AS", note="personvernforordningen art. 17 jf. personopplysningsloven; AS employer", ua="outlook", shape="alt", cs="iso-8859-1",
 frm=("Bjørn Haugen", "bjorn.haugen@vestland-sjomat.example"), subj="Krav om sletting etter personvernforordningen artikkel 17",
 body="""Hei,

Jeg krever med dette sletting av alle personopplysninger om meg som dere har samlet inn gjennom kurs og webinarer, jf. personvernforordningen artikkel 17 og personopplysningsloven.

Opplysninger dere behandler på vegne av arbeidsgiveren min, omfattes ikke.

Med vennlig hilsen

Bjørn Haugen
Innkjøpssjef
Vestland Sjømat AS
Ålesund
"""),

dict(cls="employer", rights=["objection"], name="Marte Lie", emp="Trøndelag Bygg AS", note="employer in running text 'jobber i'; objection to profiling", ua="gmail", cs="utf-8",
 frm=("Marte Lie", "marte.lie@trondelagbygg.example"), subj="Profilering",
 body="""Hei!

Jeg jobber i Trøndelag Bygg AS, og vi bruker Massist. Jeg har forstått at dere lager en "engasjementsprofil" på hver bruker ut fra hvor ofte vi logger inn og åpner e-post. Det protesterer jeg mot – slutt å profilere meg.

Mvh Marte Lie
"""),

dict(cls="multi_right", rights=["access", "rectification", "erasure"], name="Øyvind Dahl", note="written in Nynorsk; three rights", ua="thunderbird", cs="utf-8",
 frm=("Øyvind Dahl", "oyvind.dahl@nynorskpost.example"), subj="Innsyn, retting og sletting",
 body="""Hei,

eg vil gjerne:

1. få innsyn i alle opplysningane de har om meg,
2. få retta adressa mi – eg bur no i Storgata 12, 6800 Førde,
3. få sletta notata frå salsamtalane i 2021.

Helsing
Øyvind Dahl
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Silje Moen", note="Norwegian out-of-office", ua="outlook", cs="utf-8",
 frm=("Silje Moen", "silje.moen@bergen-eiendom.example"), subj="Automatisk svar: Din henvendelse", hdrs=ooo_hdrs("exchange"),
 body="""Takk for e-posten. Jeg har ferie til og med 9. august. Haster det, ring sentralbordet på 55 00 00 00.

Vennlig hilsen
Silje Moen
"""),
]
