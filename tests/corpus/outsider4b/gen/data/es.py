from . import M, FORM, DPO

MAILS = [
M("us_wording", "request", ["opt_out_sale", "limit_sensitive"], "Guadalupe Ramírez Treviño", None, None,
  "US Spanish CCPA wording: no vendan ni compartan + limitar información sensible",
  ("Guadalupe Ramirez", "lupita.ramirez.t@correo-web.example"),
  "No vendan ni compartan mi información personal",
  """
Buenas tardes:

Vivo en Los Ángeles, California. Les escribo para pedirles que NO vendan ni compartan mi información personal con terceros, tampoco para publicidad dirigida.

También quiero que limiten el uso de mi información personal sensible (mi número de seguro social y mi estatus migratorio, que di cuando llené una solicitud de empleo con una agencia que usa su sistema) solo a lo estrictamente necesario.

Gracias de antemano.

Atentamente,
Guadalupe Ramírez Treviño
""", cs="utf-8", cte="quoted-printable"),

M("legal_anchor", "request", ["erasure", "objection"], "José Luis Hernández de la Garza", "Grupo Ferretero del Bajío, S.A. de C.V.", None,
  "Mexican ARCO under LFPDPPP: cancelación (erasure) + oposición; particle 'de la'; employer S.A. de C.V.",
  ("Hernández de la Garza, José Luis", "jlhernandez@ferreterobajio.example"),
  "Solicitud de derechos ARCO - Cancelación y Oposición",
  """
A quien corresponda:

Con fundamento en los artículos 22, 25 y 27 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, por medio del presente ejerzo mis derechos ARCO de CANCELACIÓN y OPOSICIÓN respecto de mis datos personales.

Titular: José Luis Hernández de la Garza
Medio para recibir respuesta: este correo electrónico
Identificación: se adjuntará copia de INE cuando ustedes lo soliciten

Solicito la cancelación de mis datos personales de sus bases de datos, y me opongo a que se sigan utilizando para fines de mercadotecnia.

Cabe mencionar que trabajo en Grupo Ferretero del Bajío, S.A. de C.V., empresa cliente de ustedes; la solicitud se refiere a los datos que Innthink trata por cuenta propia (listas de eventos y boletines), no a la cuenta de trabajo.

Sin más por el momento, quedo atento.

Lic. José Luis Hernández de la Garza
León, Guanajuato
""", cs="iso-8859-1", cte="8bit"),

M("plain_words", "request", ["erasure"], "Rocío", None, None,
  "Spain colloquial vosotros, no diacritics in places; only first name",
  ("Rocio", "rocio.mj84@correo-web.example"),
  "borrad mis datos porfa",
  """
Hola, me llegan correos vuestros cada semana y no se ni como teneis mi email. Quiero que borreis todo lo que tengais mio, nombre, telefono, todo. No quiero saber nada mas.

Gracias
Rocío
""", cs="utf-8", cte="8bit"),

M("form", "request", ["access"], "Marta Echeverría Sáinz", "Distribuciones Arganda S.L.", None,
  "Ticket-tool mail with Spanish fields; request type access; Reply-To the person",
  ("Soporte Massist", "no-reply@helpdesk.massistcrm-soporte.example"),
  "[Ticket #77310] Nueva solicitud: Ejercicio de derechos",
  """
Se ha recibido una nueva solicitud a través del portal de privacidad.

Nombre: Marta Echeverría Sáinz
Correo: marta.echeverria@distrib-arganda.example
Empresa: Distribuciones Arganda S.L.
País: España
Tipo de solicitud: Acceso a mis datos
Descripción:
Quiero saber qué datos míos tiene Innthink y con quién los han compartido.

Adjuntos: ninguno
Prioridad: Normal
--
Este mensaje se ha generado automáticamente. No responda a esta dirección.
""", cs="utf-8", cte="quoted-printable", headers=FORM,
  reply_to=("Marta Echeverría Sáinz", "marta.echeverria@distrib-arganda.example")),

M("access_items", "request", ["access"], "Xabier Etxeberria Goikoetxea", None, None,
  "RGPD art. 15 + LOPDGDD art. 13 with full list of Art. 15 items",
  ("Xabier Etxeberria", "xetxeberria@euskalposta.example"),
  "Ejercicio del derecho de acceso (art. 15 RGPD)",
  """
Estimados señores:

Al amparo del artículo 15 del Reglamento (UE) 2016/679 (RGPD) y del artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), solicito que me faciliten:

a) copia de mis datos personales objeto de tratamiento;
b) los fines del tratamiento;
c) las categorías de datos de que se trate;
d) los destinatarios o categorías de destinatarios, en particular los establecidos en terceros países;
e) el plazo previsto de conservación o, en su defecto, los criterios utilizados para determinarlo;
f) el origen de los datos, si no se obtuvieron de mí;
g) la existencia de decisiones automatizadas, incluida la elaboración de perfiles, y la lógica aplicada;
h) información sobre mi derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.

Adjunto copia de mi DNI si fuera necesario a efectos de verificación.

Un saludo,
Xabier Etxeberria Goikoetxea
Donostia / San Sebastián
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("multi_right", "request", ["rectification", "portability"], "Facundo Giménez", "Agroservicios del Litoral S.R.L.", None,
  "Argentine voseo; fix surname + export own data file; employer signature",
  ("Facundo Gimenez", "fgimenez@agrolitoral.example"),
  "Corrección de apellido y exportar datos",
  """
Hola, ¿qué tal?

Les escribo por dos cosas:

- En el sistema figuro como "Facundo Jiménez", con J. Es con G: Giménez. Les pido que lo corrijan porque los clientes me buscan y no me encuentran.
- Además necesito que me pasen todos mis datos y las notas de contacto que cargué yo en un archivo (CSV, Excel, lo que sea) para llevármelos, porque me cambio de sucursal.

Si necesitan que confirme algo, avisame.

Saludos,
Facundo Giménez
Ejecutivo comercial
Agroservicios del Litoral S.R.L.
Paraná, Entre Ríos
""", shape="alt", cs="utf-8", cte="8bit"),

M("not_request", "other", [], None, None, None,
  "Phishing dressed as a privacy request, link to fake portal, urgency",
  ("Centro de Privacidad", "privacidad@verificacion-cuentas.example"),
  "URGENTE: solicitud de eliminación de datos pendiente de confirmación",
  """
Estimado usuario,

Hemos recibido una solicitud de eliminación de datos vinculada a su cuenta corporativa. Si usted NO ha realizado esta solicitud, debe confirmar su identidad en las próximas 24 horas o su cuenta y todos sus datos serán eliminados definitivamente.

Verifique aquí: http://massist-crm-verificacion.example/login?id=88412

Atentamente,
Equipo de Seguridad y Privacidad
""", shape="html", style="gmail", cs="utf-8", cte="base64"),
M("us_wording", "request", ["access", "erasure"], "Yesenia Castañeda", None, None,
  "US Spanish: 'derecho a saber' + 'derecho a borrar', phone footer",
  ("Yesenia Castaneda", "yesi.castaneda956@correo-web.example"),
  "derecho a saber y borrar mi informacion",
  """
Hola buenas,

Vivo en Texas y una compañía de seguros que usa su programa me tiene en su lista. Quiero usar mi derecho a saber qué información personal tienen de mí y de dónde la sacaron. Después de que me la manden, quiero ejercer mi derecho a borrar todo.

Gracias,
Yesenia Castañeda

Enviado desde mi Galaxy
""", cs="utf-8", cte="quoted-printable"),
]
