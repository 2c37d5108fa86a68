from spec import M

L = "es"

# 1
M(L, "request", "plain_words", ["rectification"], "Rocío Jiménez Salgado", None, None,
  "lenguaje llano 'tienen mal mi dirección, arréglenla'; dos apellidos",
  ("Rocío Jiménez", "rocio.jimenez.s@correo.example"), "dirección mal",
  """Hola,

Me siguen llegando cartas a la dirección antigua, la tienen mal en su sistema. La buena es C/ Almendro 23, 3º B, 41010 Sevilla. ¿Me la pueden cambiar? Gracias.

Rocío Jiménez Salgado
""", charset="iso-8859-1", cte="quoted-printable")

# 2
M(L, "request", "legal_anchor", ["erasure"], "José María Fernández de Córdoba", None, None,
  "RGPD art. 17 + LOPDGDD art. 15, partícula 'de' en el apellido",
  ("José María Fernández de Córdoba", "jmfdecordoba@correo-iberico.example"),
  "Ejercicio del derecho de supresión (art. 17 RGPD)",
  """Muy señores míos:

Por medio del presente escrito ejerzo el derecho de supresión previsto en el artículo 17 del Reglamento (UE) 2016/679 y en el artículo 15 de la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), respecto de todos los datos personales que sobre mi persona traten ustedes en la plataforma Massist CRM.

Solicito que se me comunique por escrito la supresión efectuada en el plazo de un mes.

Atentamente,

José María Fernández de Córdoba
DNI 00000000-T
Madrid
""", charset="windows-1252", cte="quoted-printable")

# 3
M(L, "request", "legal_anchor", ["erasure", "objection"], "Guadalupe Hernández Ruiz", "Grupo Comercial Alborada, S.A. de C.V.", None,
  "México: derechos ARCO (cancelación = erasure, oposición), LFPDPPP; S.A. de C.V. en la firma",
  ("Guadalupe Hernández", "ghernandez@alborada.example"), "Solicitud de derechos ARCO – cancelación y oposición",
  """Estimados señores:

Con fundamento en los artículos 28 y 29 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, por este medio ejerzo mis derechos ARCO de CANCELACIÓN y OPOSICIÓN respecto de mis datos personales contenidos en Massist CRM.

Solicito la cancelación de mi número celular personal y de mi domicilio particular, y me opongo a que mis datos se utilicen para fines de mercadotecnia o publicidad.

Adjunto copia de mi credencial para votar para acreditar mi identidad.

Quedo atenta a su respuesta dentro del plazo de 20 días hábiles.

Saludos cordiales,

Lic. Guadalupe Hernández Ruiz
Gerente de Cuentas Clave
Grupo Comercial Alborada, S.A. de C.V.
Guadalajara, Jalisco
""", shape="alt", html_style="gmail", charset="utf-8", cte="quoted-printable")

# 4
M(L, "request", "us_wording", ["opt_out_sale", "limit_sensitive"], "Maricela Ortega", None, None,
  "español de EE. UU.: no vender/compartir + limitar información personal sensible",
  ("Maricela Ortega", "maricela.ortega@correo-la.example"), "No vendan ni compartan mi información personal",
  """Hola,

Vivo en California. Les pido que no vendan ni compartan mi información personal con nadie, tampoco para publicidad dirigida.

También quiero que limiten el uso de mi información personal sensible. Un vendedor apuntó en el sistema datos de mi salud y mi número de seguro social cuando llené la solicitud y no quiero que eso se use para nada más.

Gracias,
Maricela Ortega
Los Ángeles, CA 90022
""", charset="utf-8", cte="8bit")

# 5
M(L, "request", "agent", ["access", "erasure"], "Esperanza Salinas", None, "Verónica Salinas",
  "español de EE. UU.: hija escribe por su madre; 'derecho a saber' y 'derecho a eliminar'",
  ("Veronica Salinas", "vero.salinas@mimail.example"), "Solicitud para mi mamá Esperanza Salinas",
  """Buenas tardes,

Les escribo de parte de mi mamá, Esperanza Salinas. Ella no habla inglés ni usa mucho el correo, por eso le ayudo yo. Tengo un poder notarial que les puedo mandar.

Mi mamá quiere ejercer su derecho a saber qué información personal tienen de ella y después su derecho a eliminar toda esa información. Ella nunca fue cliente de ustedes, creemos que su información llegó por una tienda de muebles que usa su sistema.

Su dirección es 1450 W 8th St, Apt 3, San Bernardino, CA 92411.

Gracias por su ayuda.

Verónica Salinas
(hija)
""", charset="utf-8", cte="quoted-printable")

# 6
M(L, "request", "employer", ["access"], "Iñaki Etxeberria", "Construcciones Ibarra, S.L.", None,
  "empleador en el texto ('trabajo en ...'), HTML de Outlook solo",
  ("Iñaki Etxeberria", "i.etxeberria@construcciones-ibarra.example"), "Consulta sobre mis datos en Massist",
  """Buenos días:

Trabajo en Construcciones Ibarra, S.L. como jefe de obra y la empresa utiliza Massist para gestionar clientes y proveedores. Me gustaría saber qué datos personales míos constan en la plataforma y que me enviéis una copia.

Un saludo,
Iñaki Etxeberria
""", shape="html", html_style="outlook", order="outlook", accept_lang="es-ES, en-US", content_lang="es-ES",
  charset="windows-1252", cte="quoted-printable")

# 7
M(L, "request", "legal_anchor", ["access", "grievance"], "Facundo Iglesias", None, None,
  "Argentina (Ley 25.326 art. 14), recordatorio de acceso + reclamo formal ante la empresa, voseo",
  ("Facundo Iglesias", "facu.iglesias@correo-ar.example"), "RE: Pedido de acceso – SEGUNDO RECLAMO",
  """Hola, ¿qué tal?

Les escribo de nuevo porque el 2 de agosto pedí acceso a mis datos personales (art. 14 de la Ley 25.326) y nunca me contestaron. El plazo de diez días corridos ya pasó hace rato.

Quiero dejar asentado un reclamo formal ante ustedes por la falta de respuesta, y sigo pidiendo que me manden toda la información que tienen sobre mí.

Quedo a la espera.

Facundo Iglesias
Rosario, Santa Fe

> El 2 ago 2024, a las 10:11, Facundo Iglesias <facu.iglesias@correo-ar.example> escribió:
> Buenas, quisiera saber qué datos míos tienen en Massist y que me los manden. Gracias.
""", charset="utf-8", cte="quoted-printable", in_reply_to="<AR-0208-facu@correo-ar.example>")

# 8
M(L, "request", "form", ["portability"], "Marta Vidal Puig", "Distribuciones Levante, S.A.", None,
  "formulario web automático con campos Nombre/Empresa/Tipo de solicitud; portabilidad",
  ("Formulario web Massist", "no-responder@formularios.example"), "Nueva solicitud de privacidad #5521",
  """Se ha recibido una nueva solicitud a través del formulario de privacidad.

Nombre: Marta Vidal Puig
Correo electrónico: mvidal@distlevante.example
Empresa: Distribuciones Levante, S.A.
País: España
Tipo de solicitud: Portabilidad de datos
Comentarios: Necesito exportar mis datos de contacto y el historial de actividades en un formato que pueda abrir en otra herramienta (CSV o Excel).

Este mensaje se ha generado automáticamente. No responda a este correo.
""", charset="utf-8", cte="base64",
  reply_to=("Marta Vidal Puig", "mvidal@distlevante.example"),
  headers=[("Auto-Submitted", "auto-generated")])

# 9
M(L, "request", "multi_right", ["access", "rectification", "erasure", "withdraw_consent"], "Juan Camilo Restrepo Arango", "Café Altamira S.A.S.", None,
  "Colombia, Ley 1581 de 2012: conocer, actualizar/rectificar, suprimir, revocar autorización",
  ("Juan Camilo Restrepo", "jcrestrepo@cafealtamira.example"), "Habeas data – solicitud",
  """Señores Innthink Technologies:

En ejercicio del derecho de habeas data consagrado en el artículo 15 de la Constitución Política y en el artículo 8 de la Ley 1581 de 2012, solicito:

a) Conocer los datos personales que sobre mí reposan en sus bases de datos.
b) Actualizar y rectificar mi cargo, que figura como "Asistente comercial" cuando hoy soy Coordinador de Exportaciones.
c) Suprimir mi número de celular personal.
d) Revocar la autorización que di en 2022 para recibir encuestas y comunicaciones comerciales.

Cordialmente,

Juan Camilo Restrepo Arango
Coordinador de Exportaciones
Café Altamira S.A.S. – Medellín
""", charset="utf-8", cte="quoted-printable")

# 10
M(L, "auto_reply", "not_request", [], "Lucía Navarro", None, None,
  "respuesta automática de fuera de oficina",
  ("Lucía Navarro", "lnavarro@gestoria-navarro.example"), "Respuesta automática: Su solicitud de datos",
  """Gracias por su mensaje. Estaré fuera de la oficina hasta el 26 de agosto, sin acceso al correo. A mi vuelta le responderé lo antes posible.

Un saludo,
Lucía Navarro
""", charset="iso-8859-1", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

# 11
M(L, "other", "not_request", [], "Pablo Serrano Gil", None, None,
  "candidatura espontánea que otorga consentimiento para tratar el CV",
  ("Pablo Serrano Gil", "pablo.serrano.gil@correo.example"), "Candidatura – Desarrollador backend",
  """Hola,

Os escribo para presentar mi candidatura a la oferta de desarrollador backend (Python) en Innthink. Adjunto mi CV.

Doy mi consentimiento para que tratéis mis datos personales en este proceso de selección y los conservéis para futuras vacantes durante un año.

Un saludo y gracias,
Pablo Serrano Gil
""", charset="utf-8", cte="quoted-printable")

# 12
M(L, "other", "not_request", [], "Ricardo Montes", None, None,
  "phishing disfrazado de solicitud ARCO con enlace para 'descargar el expediente'",
  ("Lic. Ricardo Montes", "juridico@notificaciones-arco.example"), "Solicitud ARCO pendiente – expediente 2024/7781",
  """Estimado responsable de datos personales:

Se ha registrado una solicitud de derechos ARCO en contra de su organización que requiere atención inmediata. El plazo legal vence en 24 horas.

Descargue el expediente completo y la identificación del titular en el siguiente enlace seguro:
https://expedientes-arco.example/descarga?id=2024-7781&ref=massist

Atentamente,
Lic. Ricardo Montes
Departamento Jurídico
""", shape="html", html_style="web", charset="utf-8", cte="quoted-printable")

# 13
M(L, "other", "not_request", [], "Andrea Molina", "Seguros Aurora, S.A.", None,
  "pregunta general sobre uso de datos para IA, sin pedir nada sobre sus propios datos",
  ("Andrea Molina", "amolina@segurosaurora.example"), "Pregunta sobre IA y datos de clientes",
  """Hola,

Estamos evaluando Massist CRM en Seguros Aurora, S.A. y en el comité nos han preguntado si utilizáis los datos que cargan los clientes para entrenar modelos de inteligencia artificial. ¿Nos lo podéis aclarar? Si hay algún documento público, con el enlace nos vale.

Gracias,
Andrea Molina
Responsable de Sistemas
""", charset="utf-8", cte="8bit")
