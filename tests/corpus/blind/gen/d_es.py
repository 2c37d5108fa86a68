from common import m

m('es', 'plain_words', 'request', 'access', 'Rocío Benavente', None, None,
  'lenguaje cotidiano, España',
  ('Rocío Benavente', 'rocio.benavente@telefonica-mail.example'), 'qué datos tenéis míos',
  """Hola buenas,

Me ha llegado un correo de una empresa que usa vuestro programa y sale mi nombre y mi móvil. ¿Qué datos tenéis de mí y de dónde los habéis sacado? Gracias.

Rocío Benavente
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('es', 'legal_anchor', 'request', 'erasure', 'Álvaro Sanz de Miguel', None, None,
  'RGPD art. 17 y LOPDGDD art. 15',
  ('Álvaro Sanz de Miguel', 'asanzdemiguel@correo-es.example'), 'Ejercicio del derecho de supresión (art. 17 RGPD)',
  """Estimados señores:

Por medio del presente escrito ejerzo el derecho de supresión de mis datos personales, conforme al artículo 17 del Reglamento (UE) 2016/679 (RGPD) y al artículo 15 de la Ley Orgánica 3/2018 (LOPDGDD).

Solicito que en el plazo de un mes se proceda a la supresión y se me notifique por escrito.

Atentamente,

Álvaro Sanz de Miguel
DNI 00000000-T
C/ Almirante 11, 28004 Madrid
""", shape='alt', style='outlook')

m('es', 'legal_anchor', 'request', 'erasure objection', 'Guadalupe Ríos Villaseñor', None, None,
  'México, derechos ARCO: cancelación y oposición (LFPDPPP)',
  ('Guadalupe Ríos Villaseñor', 'lupita.rios@correo-mx.example'), 'Solicitud de derechos ARCO',
  """A quien corresponda:

Con fundamento en los artículos 22, 28 y 29 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito la CANCELACIÓN de mis datos personales de sus bases de datos, así como mi OPOSICIÓN a que sean usados con fines publicitarios.

Mis datos de contacto: lupita.rios@correo-mx.example, tel. 55 0000 1234.

Sin más por el momento, quedo atenta.

Guadalupe Ríos Villaseñor
Ciudad de México
""")

m('es', 'us_wording', 'request', 'opt_out_sale limit_sensitive', 'Marisol Quintanilla', None, None,
  'EE. UU. en español: no vender/compartir y limitar información sensible',
  ('Marisol Quintanilla', 'marisol.q@correo-us.example'), 'No vendan ni compartan mi información personal',
  """Hola,

Vivo en Los Ángeles, California. Les pido que no vendan ni compartan mi información personal con terceros y que limiten el uso de mi información personal sensible, como mi número de seguro social, a lo estrictamente necesario.

Gracias,
Marisol Quintanilla
Los Angeles, CA
""")

m('es', 'us_wording', 'request', 'access erasure', 'Héctor Valdivia', None, None,
  'derecho a saber y derecho a eliminar (CCPA) en español',
  ('Hector Valdivia', 'hvaldivia@correo-us.example'), 'Solicitud CCPA: derecho a saber y a eliminar',
  """A quien corresponda:

Conforme a la Ley de Privacidad del Consumidor de California (CCPA), ejerzo mi derecho a saber qué información personal han recopilado sobre mí y, después, mi derecho a eliminarla.

Atentamente,
Héctor Valdivia
Fresno, CA
""", cs='utf-8')

m('es', 'employer', 'request', 'rectification', 'Montserrat Puig Ferrer', 'Construcciones Llobregat S.L.', None,
  'empleador en firma, S.L.',
  ('Montse Puig', 'mpuig@construcciones-llobregat.example'), 'Corrección de datos',
  """Buenos días:

En vuestro sistema aparezco como "Montserrat Puig Ferré", cuando mi segundo apellido es Ferrer. ¿Podéis corregirlo, por favor?

Un saludo,

Montserrat Puig Ferrer
Jefa de Obra
Construcciones Llobregat S.L.
Av. del Riu 55, 08820 El Prat de Llobregat
""")

m('es', 'names', 'request', 'access', 'María de los Ángeles Domínguez de la Fuente', None, None,
  'nombre compuesto con partículas de la',
  ('María de los Ángeles Domínguez de la Fuente', 'madominguez@correo-es.example'), 'Derecho de acceso',
  """Buenas tardes,

Quisiera ejercer mi derecho de acceso y recibir una copia de mis datos personales.

Muchas gracias,
María de los Ángeles Domínguez de la Fuente
""", shape='html', style='gmail')

m('es', 'agent', 'request', 'access', 'Ramón Echeverría', None, 'Beatriz Olmedo',
  'abogada en nombre de su cliente',
  ('Beatriz Olmedo', 'bolmedo@olmedo-abogados.example'), 'Ejercicio de derechos – D. Ramón Echeverría',
  """Muy señores míos:

Actúo en nombre y representación de D. Ramón Echeverría, según poder que se adjunta, para ejercer el derecho de acceso previsto en el artículo 15 del RGPD respecto de todos sus datos personales tratados por Innthink Technologies.

Ruego remitan la respuesta a este despacho.

Atentamente,
Beatriz Olmedo
Abogada – Olmedo Abogados, S.L.P.
Colegiada n.º 00.123 ICAM
""")

m('es', 'form', 'request', 'access portability', 'Jorge Alcántara', 'Distribuidora del Bajío S.A. de C.V.', None,
  'formulario web, empresa mexicana S.A. de C.V.',
  ('Massist Forms', 'forms@massistcrm.example'), 'Nueva solicitud de privacidad',
  """Se ha recibido una nueva solicitud desde el formulario de privacidad.

Nombre: Jorge Alcántara
Empresa: Distribuidora del Bajío S.A. de C.V.
Correo: jalcantara@dbajio.example
País: México
Tipo de solicitud: Acceso / Copia de mis datos en formato electrónico
Comentarios: Necesito una copia de mis datos y exportarlos en Excel o CSV.
""", hdr=[('Reply-To', 'jalcantara@dbajio.example'), ('Auto-Submitted', 'auto-generated')], shape='plain', cte='8bit')

m('es', 'multi_right', 'request', 'access rectification erasure', 'Nerea Goikoetxea', None, None,
  'enumeración de varios derechos',
  ('Nerea Goikoetxea', 'nerea.goiko@euskal-mail.example'), 'Varios derechos',
  """Hola,

Os escribo para:
a) saber qué datos míos guardáis,
b) que corrijáis mi teléfono (el bueno es 600 00 00 77),
c) y que borréis mi dirección antigua de Bilbao, que ya no es mía.

Eskerrik asko,
Nerea Goikoetxea
""")

m('es', 'negation', 'request', 'access', 'Esteban Cordero', None, None,
  'no quiere borrar la cuenta, solo copia',
  ('Esteban Cordero', 'esteban.cordero@correo-ar.example'), 'Copia de mis datos, sin borrar nada',
  """Hola, ¿qué tal?

Aclaro de entrada: NO quiero que borren mi cuenta ni nada por el estilo. Solamente necesito una copia de los datos personales que tienen de mí para un trámite.

Saludos cordiales,
Esteban Cordero
Rosario, Argentina
""")

m('es', 'footer_rights', 'request', 'objection', 'Lucía Ferrándiz', 'Clínica Dental Mediterránea S.L.', None,
  'oposición al marketing sobre pie con derechos ARSOPOL',
  ('Lucía Ferrándiz', 'lferrandiz@clinicamediterranea.example'), 'Baja comunicaciones comerciales',
  """Buenos días,

Por favor, dejad de enviarme comunicaciones comerciales. No me interesan.

Un saludo,
Lucía Ferrándiz
Recepción – Clínica Dental Mediterránea S.L.

AVISO LEGAL: Sus datos serán tratados por Clínica Dental Mediterránea S.L. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a lopd@clinicamediterranea.example, así como presentar una reclamación ante la AEPD.
""", shape='alt', style='outlook')

m('es', 'access_items', 'request', 'access', 'Sebastián Urrutia', None, None,
  'art. 15: finalidades, destinatarios, plazo, origen, decisiones automatizadas',
  ('Sebastián Urrutia', 'surrutia@correo-cl.example'), 'Solicitud de acceso art. 15 RGPD',
  """Estimados:

En virtud del artículo 15 del RGPD solicito que me informen de:
- los fines del tratamiento de mis datos;
- las categorías de datos;
- los destinatarios o categorías de destinatarios;
- el plazo previsto de conservación;
- el origen de los datos si no los facilité yo;
- la existencia de decisiones automatizadas, incluida la elaboración de perfiles.

Asimismo, solicito copia de los datos.

Sebastián Urrutia
""", cs='iso-8859-15')

m('es', 'not_request', 'auto_reply', '', 'Paloma Ibarra', None, None,
  'respuesta automática de ausencia',
  ('Paloma Ibarra', 'pibarra@grupo-ibarra.example'), 'Respuesta automática: Su solicitud de acceso',
  """Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de abril, sin acceso al correo. Para asuntos urgentes, escriba a legal@grupo-ibarra.example.

Un saludo,
Paloma Ibarra
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('es', 'not_request', 'other', '', 'Diego Montalbán', None, None,
  'candidato a empleo que autoriza conservar su CV',
  ('Diego Montalbán', 'diego.montalban@correo-es.example'), 'Candidatura – Desarrollador backend',
  """Hola,

Os adjunto mi currículum para la vacante de desarrollador backend en Valencia. Doy mi consentimiento para que conservéis mis datos durante el proceso de selección.

Un saludo,
Diego Montalbán
""", shape='mixed', att=[('CV_Diego_Montalban.pdf', 'application/pdf', b'%PDF-1.4\n% cv\n%%EOF\n')])

m('es', 'plain_words', 'request', 'objection', 'Chuy', None, None,
  'mexicano coloquial, solo apodo',
  ('chuy', 'chuy.86@correo-mx.example'), 'ya no me manden nada',
  """oigan ya no me manden sus correos de promociones porfa, ni me acuerdo haberme registrado. gracias

chuy
""", cs='us-ascii', cte='7bit')

m('es', 'agent', 'request', 'erasure', 'Valentina Soto', 'Inmobiliaria Andes SpA', 'Francisca Lagos',
  'RR. HH. reenvía solicitud de empleada (reenvío en línea)',
  ('Francisca Lagos', 'flagos@inmoandes.example'), 'RV: Solicitud de eliminación de datos',
  """Estimados,

Les reenvío la solicitud de nuestra colaboradora. Agradeceríamos que eliminen sus datos del CRM en lo que a ustedes respecta.

Saludos,
Francisca Lagos
Gerencia de Personas
Inmobiliaria Andes SpA

---------- Mensaje reenviado ---------
De: Valentina Soto <vsoto@inmoandes.example>
Fecha: lun, 16 mar 2026 a las 9:12
Asunto: Solicitud de eliminación de datos
Para: Personas <personas@inmoandes.example>

Hola Francisca, por favor pide que eliminen mis datos personales del CRM, ya que dejo la empresa el día 31. Gracias, Valentina Soto (Ejecutiva comercial, Inmobiliaria Andes SpA)
""")

m('es', 'not_request', 'other', '', None, None, None,
  'phishing disfrazado de solicitud ARCO con enlace',
  ('Soporte Seguridad', 'soporte@verificacion-datos.example'), 'Solicitud ARCO pendiente – verifique su cuenta',
  """Estimado DPO:

Un titular ha presentado una solicitud ARCO contra su empresa. Para evitar sanciones del INAI debe verificar su cuenta en las próximas 12 horas:

https://verificacion-datos.example/arco/login

Atentamente,
Soporte Seguridad
""", shape='html', style='web')

m('es', 'legal_anchor', 'request', 'access rectification', 'Camila Restrepo Gómez', 'Café Sierra Nevada S.A.S.', None,
  'Colombia, Ley 1581 de 2012 art. 8, S.A.S.',
  ('Camila Restrepo Gómez', 'crestrepo@cafesierra.example'), 'Consulta y reclamo – Ley 1581 de 2012',
  """Señores Innthink Technologies:

En ejercicio de los derechos del artículo 8 de la Ley 1581 de 2012, solicito conocer los datos personales que reposan en sus bases y que se actualice mi cargo, que ya no es "Analista" sino "Coordinadora de Exportaciones".

Cordialmente,
Camila Restrepo Gómez
Coordinadora de Exportaciones
Café Sierra Nevada S.A.S.
Medellín
""")
