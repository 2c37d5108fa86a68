from spec import M

MAILS = [
M(rights=["rectification"], name="Lucía Prieto Sanz", cls="plain_words",
  note="everyday Spanish (Spain): surname and ID number wrong, change them",
  frm=("Lucía Prieto Sanz", "lucia.prieto@correo-es.example"), subj="Mis datos están mal",
  cs="iso-8859-1", cte="qp", client="gmail", hq="Q",
  body="""Hola, buenas:

En mi ficha de usuario pone "Lucía Prieto Sáez" y el DNI termina en una letra que no es la mía. Mi segundo apellido es Sanz y el DNI correcto es 50123456-K.

¿Me lo podéis cambiar, por favor? Es que me llegan así hasta las facturas.

Gracias,
Lucía Prieto Sanz
"""),

M(rights=["restriction", "grievance"], name="Martín Gauna", cls="multi_right",
  note="Rioplatense Spanish: don't use my data while you check, don't delete (restriction) + formal complaint about the handling",
  frm=("Martín Gauna", "martin.gauna@fibertel-mail.example"), subj="No usen mis datos hasta que lo revisen",
  cte="8bit", client="gmail", tz=-3,
  body="""Hola, ¿cómo andan?

Les escribí hace unos días porque en el sistema figuro con una deuda de un servicio que di de baja en marzo. Hasta que no lo revisen, les pido que no usen mis datos para nada: ni para mandarme avisos de cobro, ni para pasarlos a ninguna agencia.

Eso sí, no los borren todavía, que los necesito para el reclamo.

Y quiero dejar asentado un reclamo formal por la atención: en soporte me cortaron dos veces y nadie me dio un número de caso. Pido que esto lo revise alguien responsable.

Quedo atento.
Martín Gauna
"""),

M(rights=["portability"], name="Alejandra Ríos Mendoza", cls="plain_words",
  note="Mexican Spanish, portability in plain words: a file to take to another system",
  frm=("Alejandra Ríos Mendoza", "ale.rios@prodigy-mail.example"), subj="Me pueden pasar mis datos en un archivo?",
  cte="qp", client="android", tz=-6,
  body="""Buenas tardes,

Voy a dejar de usar Massist porque en mi nuevo trabajo usan otro programa. ¿Me podrían pasar toda mi información (mi perfil, mis contactos y el historial de llamadas y notas) en un archivo de Excel o CSV para subirlo al otro sistema?

Muchas gracias, quedo al pendiente.

Alejandra Ríos Mendoza
"""),

M(rights=["erasure", "objection"], name="Jorge Luis Treviño Garza", employer="Aceros del Norte, S.A. de C.V.",
  cls="legal_anchor",
  note="Mexican ARCO rights (LFPDPPP): cancelación = erasure, oposición = objection; 'Ing.' dropped; S.A. de C.V.",
  frm=("Ing. Jorge Luis Treviño Garza", "jl.trevino@acerosdelnorte.example"),
  subj="Solicitud de ejercicio de derechos ARCO - cancelación y oposición", cs="iso-8859-1", cte="qp",
  client="outlook", shape="alt", style="outlook", tz=-6,
  body="""A quien corresponda:

Con fundamento en los artículos 22, 25 y 27 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, por medio del presente ejerzo mis derechos de CANCELACIÓN y OPOSICIÓN respecto de mis datos personales.

Solicito la cancelación de mis datos de sus bases de prospectos y me opongo a que sean tratados con fines de mercadotecnia o publicidad.

Adjunto copia de mi identificación oficial. Para oír y recibir notificaciones señalo este correo electrónico.

Atentamente,

Ing. Jorge Luis Treviño Garza
Gerente de Compras
Aceros del Norte, S.A. de C.V.
Monterrey, N.L.
"""),

M(rights=["portability"], name="Íñigo Etxeberria Goikoetxea", cls="legal_anchor",
  note="RGPD art. 20 and LOPDGDD art. 17 cited; portability to another controller",
  frm=("Iñigo Etxeberria", "inigo.etxeberria@euskalmail.example"),
  subj="Ejercicio del derecho a la portabilidad (art. 20 RGPD)", cs="iso-8859-15", cte="8bit", client="thunderbird",
  body="""Estimados señores:

Por la presente, y al amparo del artículo 20 del Reglamento (UE) 2016/679 (RGPD) y del artículo 17 de la Ley Orgánica 3/2018 (LOPDGDD), ejerzo mi derecho a la portabilidad de los datos personales que les facilité como usuario de Massist CRM.

Solicito que me los entreguen en un formato estructurado, de uso común y lectura mecánica y, en la medida en que sea técnicamente posible, que los transmitan directamente a mi nuevo proveedor, cuyos datos de contacto les facilitaré.

Atentamente,

Íñigo Etxeberria Goikoetxea
Bilbao
"""),

M(rights=["opt_out_sale", "access"], name="Rosa Elena Gutiérrez", cls="us_wording",
  note="US Spanish: 'do not sell or share' + 'right to know' (CCPA)",
  frm=("Rosa Elena Gutierrez", "rosaelena.g@socal-mail.example"), subj="No vendan mi información personal",
  cte="qp", client="yahoo", shape="html", style="yahoo", tz=-7,
  body="""Hola,

Vivo en Los Ángeles, California. Les pido dos cosas:

1. No vendan ni compartan mi información personal con nadie, tampoco para anuncios.
2. Quiero usar mi derecho a saber: qué información personal mía tienen, de dónde la sacaron y con quién la han compartido.

Gracias,
Rosa Elena Gutiérrez
"""),

M(rights=["limit_sensitive", "rectification"], name="Hector Villalobos", cls="us_wording",
  note="US Spanish: limit use of sensitive information + correct address",
  frm=("Hector Villalobos", "hvillalobos@bayarea-mail.example"),
  subj="Limitar uso de información personal sensible", cte="7bit", client="gmail", tz=-7,
  body="""Buenos dias,

Soy residente de California y les escribo para:

- Limitar el uso de mi informacion personal sensible (mi ubicacion exacta de la app y mi numero de seguro social que tienen en el perfil de facturacion). Solo usenla para lo estrictamente necesario.
- Corregir mi direccion: ya no vivo en 455 Alameda St, ahora es 1920 Fruitvale Ave, Oakland, CA.

Saludos,
Hector Villalobos
"""),

M(rights=["erasure"], name="Valentina Ortega", agent="Carmen Ortega Ruiz", cls="agent",
  note="mother writes for her minor daughter; colloquial",
  frm=("Carmen Ortega Ruiz", "carmen.ortega.ruiz@movistar-mail.example"), subj="Datos de mi hija",
  cte="qp", client="apple",
  body="""Buenos días:

Mi hija Valentina Ortega tiene 13 años y está apuntada en la escuela de pádel del Club Deportivo Arenales, que usa vuestro programa. Me he enterado de que le estáis mandando correos a ella directamente.

Quiero que borréis todos los datos que tengáis de mi hija. Es menor y nadie nos pidió permiso.

Un saludo,
Carmen Ortega Ruiz (madre de Valentina)

Enviado desde mi iPhone
"""),

M(rights=["withdraw_consent"], name="Pau Ferrer Vidal", employer="Distribuciones Levante, S.L.", cls="employer",
  note="employer in prose ('trabajo en ... que usa su CRM'); withdraws location-tracking permission",
  frm=("Pau Ferrer Vidal", "pferrer@distlevante.example"), subj="Ubicación en la app",
  cs="windows-1252", cte="qp", client="outlook", hq="Q",
  body="""Hola:

Trabajo en Distribuciones Levante, S.L., que usa su CRM para los comerciales de calle. Cuando instalé la app en el móvil acepté que registrara mi ubicación durante las visitas.

Ya no quiero eso. Retiro el permiso que di para la ubicación, a partir de hoy.

Gracias,
Pau Ferrer Vidal
"""),

M(rights=["access"], name="Diana Cázares", employer="Grupo Textil Lerma, S.A. de C.V.", cls="form",
  note="web form from noreply with Empresa field; request type Acceso",
  frm=("Formulario Massist", "noreply@formularios.massistcrm.example"), subj="Nueva solicitud ARCO: Acceso",
  cte="qp", client="form", tz=-6,
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Diana Cázares", "dcazares@textil-lerma.example"))],
  body="""Se recibió una nueva solicitud desde el formulario de privacidad.

Nombre completo: Diana Cázares
Correo: dcazares@textil-lerma.example
Empresa: Grupo Textil Lerma, S.A. de C.V.
País: México
Tipo de solicitud: Acceso

Comentarios:
Quiero saber qué datos míos tienen guardados en la plataforma. Gracias.
"""),

M(rights=["objection"], name="Raúl Domínguez", cls="negation",
  note="does not want to cancel the service, only stop sales calls",
  frm=("Raúl Domínguez", "raul.dominguez@telefonica-mail.example"), subj="no me den de baja, solo no me llamen",
  cs="iso-8859-1", cte="8bit", client="android",
  body="""Buenas,

Que quede claro que NO quiero darme de baja del servicio ni que borren mi cuenta.

Lo único que pido es que dejen de llamarme para ofrecerme cosas. Cada semana me llama alguien distinto de su departamento comercial. No me llamen más para vender, por favor.

Raúl Domínguez
"""),

M(kind="auto_reply", name="Elena Cortés", cls="not_request", note="Spanish out-of-office auto-reply",
  frm=("Elena Cortés", "ecortes@grupocortes.example"), subj="Respuesta automática: Su solicitud de acceso",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el 15 de agosto. Para asuntos urgentes, escriba a administracion@grupocortes.example.

Un saludo,
Elena Cortés
"""),

M(kind="other", cls="not_request", note="phishing imitating a pending ARCO request, with a link",
  frm=("Centro de Cumplimiento", "avisos@cumplimiento-datos.example"),
  subj="URGENTE: Solicitud ARCO sin atender – confirme en 24 h", cte="b64", client="none", shape="html", style="web",
  html="""<html><body>
<p>Estimado responsable de protección de datos:</p>
<p>Su organización tiene una <b>solicitud de derechos ARCO</b> pendiente de respuesta. Si no la confirma en las próximas 24 horas, el caso será remitido a la autoridad.</p>
<p><a href="http://cumplimiento-datos.example/arco/confirmar?c=55102">Confirmar solicitud</a></p>
<p>Necesitará iniciar sesión con su cuenta corporativa.</p>
<p>Atentamente,<br>Centro de Cumplimiento</p>
</body></html>
""", body="(html)"),

M(kind="bulk", cls="not_request", note="bulk webinar invitation about GDPR rights",
  frm=("Foro Privacidad", "eventos@foroprivacidad.example"), subj="Seminario web: cómo responder a los derechos de los interesados",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <mailto:baja@foroprivacidad.example?subject=baja>", "Precedence: bulk"],
  body="""Seminario web gratuito · martes 18, 10:00 h

Acceso, rectificación, supresión, oposición, portabilidad: le contamos cómo organizar la respuesta a los derechos de los interesados sin perder los plazos del RGPD.

Inscríbase aquí: https://foroprivacidad.example/webinar

Si no desea recibir más comunicaciones, responda con "baja".
"""),
]
