from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Sergio Navarro", note="Spain, tuteo 'qué datos tenéis de mí'",
 frm=("Sergio Navarro", "sergionavarro83@correo.example"), subj="qué datos tenéis míos", ua="gmail", cs="utf-8",
 body="""Hola,

Me ha llamado una comercial de una empresa de reformas diciendo que mi número sale en "su CRM". He visto que usan el vuestro. ¿Me podéis decir qué datos tenéis de mí y de dónde los habéis sacado?

Gracias.
Sergio Navarro
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Ainhoa Goikoetxea", emp="Conservas Arriola S.L.", note="RGPD art. 17 + LOPDGDD art. 15; employer in signature",
 frm=("Ainhoa Goikoetxea", "a.goikoetxea@conservas-arriola.example"), subj="Ejercicio del derecho de supresión (art. 17 RGPD)", ua="outlook", shape="alt", cs="iso-8859-1", clang="es-ES",
 body="""Estimados señores:

Por medio del presente escrito ejercito el derecho de supresión previsto en el artículo 17 del Reglamento (UE) 2016/679 y en el artículo 15 de la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

Solicito que se supriman los datos personales que figuran en el perfil de usuaria que Innthink mantiene a mi nombre desde el piloto de 2023, así como las grabaciones de las sesiones de formación en las que aparezco.

Ruego me comuniquen por escrito la supresión efectuada en el plazo de un mes.

Atentamente,

Ainhoa Goikoetxea
Responsable de Calidad
Conservas Arriola S.L.
Bermeo (Bizkaia)
"""),

dict(cls="legal_anchor", rights=["access", "erasure"], name="Guadalupe Hernández Ríos", emp="Comercializadora del Bajío, S.A. de C.V.", note="Mexican LFPDPPP ARCO: acceso + cancelación (= erasure)",
 frm=("Guadalupe Hernández", "ghernandez@comercializadora-bajio.example"), subj="Solicitud de derechos ARCO – Acceso y Cancelación", ua="outlook", cs="utf-8", date="Tue, 14 Jan 2025 11:22:05 -0600",
 body="""A quien corresponda:

Con fundamento en los artículos 22, 23, 24 y 25 de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, por este medio ejerzo mis derechos ARCO de Acceso y de Cancelación.

Solicito: (i) el acceso a los datos personales míos que obren en sus bases de datos, y (ii) la cancelación de aquellos que hayan obtenido a través del programa de referidos de Massist, en el que nunca me inscribí.

Nombre de la titular: Guadalupe Hernández Ríos
Domicilio para notificaciones: el presente correo electrónico
Documento de identidad: credencial para votar (se adjuntará si lo requieren)

Laboro en Comercializadora del Bajío, S.A. de C.V., en León, Guanajuato, empresa cliente de ustedes.

Quedo atenta a su respuesta dentro del plazo legal de veinte días.

Atentamente,
Lic. Guadalupe Hernández Ríos
"""),

dict(cls="us_wording", rights=["opt_out_sale"], name="Rosa Elvira Montoya", note="US Spanish 'no vendan ni compartan mi información personal'",
 frm=("Rosa Montoya", "rosa.e.montoya@correo-la.example"), subj="No vendan ni compartan mi información", ua="apple", cs="utf-8", date="Sat, 7 Jun 2025 18:12:40 -0700",
 body="""Hola,

Vivo en Los Ángeles, California. Les pido que no vendan ni compartan mi información personal con nadie, incluyendo para anuncios dirigidos.

Mi nombre es Rosa Elvira Montoya y el correo que tengo con ustedes es este mismo.

Gracias
"""),

dict(cls="us_wording", rights=["access", "limit_sensitive"], name="Julio César Benítez", emp="Valle Central Farms LLC", note="US Spanish: 'derecho a saber' + limit sensitive info (immigration status, SSN)",
 frm=("Julio Cesar Benitez", "jcbenitez@valle-central-farms.example"), subj="Derecho a saber y limitar información confidencial", ua="gmail", shape="alt", cs="utf-8",
 body="""Buenas tardes,

Soy supervisor de cuadrilla en Valle Central Farms LLC en Fresno. La compañía usa su sistema para la nómina de temporada y para el contacto con nosotros.

Quiero ejercer mi derecho a saber qué información personal tienen sobre mí y con quién la han compartido.

También les pido que limiten el uso de mi información personal confidencial: mi número de seguro social, mi estatus migratorio y los datos de mi licencia. Que solo se usen para lo estrictamente necesario.

Julio César Benítez
"""),

dict(cls="employer", rights=["rectification"], name="Facundo Giménez", emp="Distribuidora Pampa S.R.L.", note="Argentine voseo, employer in running text 'laburo en'",
 frm=("Facundo Giménez", "facu.gimenez@correo-ar.example"), subj="Dato mal cargado", ua="gmail", cs="utf-8", date="Wed, 19 Mar 2025 16:05:31 -0300",
 body="""Hola, qué tal.

Laburo en Distribuidora Pampa S.R.L. (Rosario) y usamos Massist para los pedidos. En mi perfil figura como teléfono el de la oficina de Córdoba, que ni existe más. ¿Me lo pueden cambiar por +54 341 000-4471? Cuando el sistema manda las alertas me llegan a cualquier lado.

Gracias, saludos
Facundo Giménez
"""),

dict(cls="names", rights=["objection"], name="María del Carmen de la Cruz Villanueva", note="compound Spanish name with particles, display 'DE LA CRUZ VILLANUEVA, MARIA DEL CARMEN' without accents",
 frm=("DE LA CRUZ VILLANUEVA, MARIA DEL CARMEN", "mcarmen.delacruz@correo.example"), subj="Oposición al tratamiento con fines comerciales", ua="outlook", cs="windows-1252", clang="es-ES",
 body="""Buenos días:

Yo, María del Carmen de la Cruz Villanueva, me opongo al tratamiento de mis datos con fines de mercadotecnia y a la elaboración de perfiles comerciales a partir de mis visitas a su página.

No deseo recibir más comunicaciones comerciales de Innthink ni de sus socios.

Un saludo.
"""),

dict(cls="agent", rights=["access", "portability"], name="Marta Solís", emp="Hoteles Mirasol S.A.", agent="Fernando Ibáñez", note="Spanish lawyer for client; 'Letrado' and firm not employer",
 frm=("Fernando Ibáñez | Ibáñez & Asociados", "fibanez@ibanez-asociados.example"), subj="Dña. Marta Solís – acceso y portabilidad de datos", ua="outlook", shape="attach", cs="utf-8",
 att=[("Poder_representacion_Solis.pdf", "application/pdf", FAKE_PDF)],
 body="""Muy señores míos:

Actúo en nombre y representación de Dña. Marta Solís, jefa de recepción en Hoteles Mirasol S.A. (Benidorm), según acredita el documento de representación adjunto.

Mi representada solicita:

a) el acceso a la totalidad de sus datos personales tratados en la plataforma Massist CRM, con la información del art. 15 RGPD; y
b) la entrega, en formato estructurado y de uso común, de los datos que ella misma facilitó (art. 20 RGPD), con el fin de aportarlos a un procedimiento laboral.

Ruego dirijan la respuesta a este despacho.

Atentamente,

Fernando Ibáñez
Letrado – Ibáñez & Asociados Abogados
"""),

dict(cls="agent", rights=["erasure"], name="Jorge Luis Ramírez", emp="Grupo Industrial Tepeyac, S.A. de C.V.", agent="Ana Paula Cervantes", note="Mexican HR forwards employee's 'cancelación' as message/rfc822; Lic. dropped",
 frm=("Lic. Ana Paula Cervantes", "apcervantes@tepeyac-gi.example"), subj="RV: Solicitud de cancelación de datos – Jorge Luis Ramírez", ua="outlook", shape="rfc822", cs="utf-8",
 date="Mon, 3 Feb 2025 09:48:11 -0600",
 body="""Buen día,

Les reenvío la solicitud de nuestro colaborador Jorge Luis Ramírez, quien dejó la empresa el mes pasado y pide la cancelación de sus datos. Por nuestra parte ya dimos de baja su usuario, pero nos indica que quiere asegurarse de que ustedes tampoco conserven nada.

Quedo atenta a cualquier documento que requieran.

Saludos cordiales,
Ana Paula Cervantes
Gerente de Recursos Humanos
Grupo Industrial Tepeyac, S.A. de C.V.
""",
 inner=dict(frm=("Jorge Luis Ramírez", "jlramirez.personal@correo-mx.example"), to=("Ana Paula Cervantes", "apcervantes@tepeyac-gi.example"),
  subj="Cancelación de mis datos", fname="Cancelacion de mis datos.eml", cs="utf-8", cte="quoted-printable",
  body="""Lic. Cervantes:

Como ya no laboro en Grupo Industrial Tepeyac, le pido de favor que se cancelen todos mis datos personales del sistema Massist, incluyendo los del proveedor. Mi último día fue el 15 de enero.

Gracias,
Jorge Luis Ramírez
""")),

dict(cls="form", rights=["objection"], name="Lucía Romero Gil", emp="Clínica Dental Sonrisas S.L.P.", note="form mail with Nombre/Empresa/Tipo de solicitud fields; Oposición",
 frm=("Formulario web Massist", "no-responder@massistcrm-web.example"), subj="Nueva solicitud de protección de datos", ua="robot", cs="utf-8", cte="base64", shape="html",
 hdrs=form_hdrs("Lucía Romero Gil <lucia@clinicasonrisas.example>"),
 html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Se ha recibido una nueva solicitud a través del formulario <b>Privacidad</b>:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="color:#555">Nombre</td><td>Lucía Romero Gil</td></tr>
<tr><td style="color:#555">Empresa</td><td>Clínica Dental Sonrisas S.L.P.</td></tr>
<tr><td style="color:#555">Correo</td><td>lucia@clinicasonrisas.example</td></tr>
<tr><td style="color:#555">Tipo de solicitud</td><td>Oposición</td></tr>
<tr><td style="color:#555">Mensaje</td><td>No quiero que mis datos se usen para enviarme publicidad ni encuestas de satisfacción. Gracias.</td></tr>
</table>
<p style="font-size:11px;color:#999">Este mensaje se ha generado automáticamente. No responda a esta dirección.</p>
</body></html>
""", body=""),

dict(cls="multi_right", rights=["access", "rectification", "erasure", "objection"], name="Pablo Ruiz", note="four rights in one list (acceso, rectificación, supresión, oposición)",
 frm=("Pablo Ruiz", "pablo.ruiz.m@correo.example"), subj="Varias solicitudes", ua="thunderbird", cs="iso-8859-15", cte="quoted-printable",
 body="""Buenas,

Escribo para pediros varias cosas a la vez:

1. Una copia de todos los datos que tengáis sobre mí.
2. Que corrijáis mi segundo apellido: es Ruiz Márquez, no Ruiz Marqués.
3. Que borréis las notas de llamadas que hizo vuestro equipo comercial en 2021.
4. Que no me volváis a mandar publicidad.

Un saludo,
Pablo Ruiz
"""),

dict(cls="negation", rights=["objection"], name="Verónica Salas", note="Chilean: does not want to unsubscribe/delete, just stop the calls",
 frm=("Verónica Salas", "vero.salas@correo-cl.example"), subj="No quiero darme de baja, solo que dejen de llamar", ua="gmail", cs="utf-8", date="Fri, 11 Oct 2024 10:17:33 -0300",
 body="""Hola:

Para que quede claro: no quiero darme de baja ni que borren mi cuenta, la uso a diario en la pega.

Lo que sí quiero es que dejen de llamarme para ofrecerme el plan "Premium". Ya van cuatro llamadas este mes. No autorizo que usen mi teléfono para eso.

Saludos,
Verónica Salas
"""),

dict(cls="access_items", rights=["access"], name="Carlos Ortega Blanco", note="Spanish access letter listing finalidades, destinatarios, plazo, origen, decisiones automatizadas, reclamación",
 frm=("Carlos Ortega Blanco", "cortega@telemail.example"), subj="Solicitud de acceso", ua="web", cs="utf-8",
 body="""Estimados señores:

Solicito que me informen si están tratando datos personales que me conciernen y, en tal caso, me faciliten:

- copia de los datos;
- los fines del tratamiento;
- los destinatarios a los que se hayan comunicado, en particular si están fuera del Espacio Económico Europeo;
- el plazo previsto de conservación o, en su defecto, los criterios para determinarlo;
- el origen de los datos si no se obtuvieron de mí;
- si se toman decisiones automatizadas o se elaboran perfiles, con información sobre la lógica aplicada;
- información sobre mi derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.

Quedo a la espera de su respuesta.

Carlos Ortega Blanco
DNI 00000000-T
"""),

dict(cls="not_request", kind="other", rights=[], name="Andrea Vidal", emp="Ferretería Industrial Levante S.L.", note="job application with consent to keep CV; no rights request",
 frm=("Andrea Vidal", "andrea.vidal.cv@correo.example"), subj="Candidatura – Técnica de Soporte (Valencia)", ua="gmail", shape="attach", cs="utf-8",
 att=[("CV_Andrea_Vidal.pdf", "application/pdf", FAKE_PDF)],
 body="""Hola,

Os escribo para presentar mi candidatura al puesto de Técnica de Soporte en Valencia. Adjunto mi currículum.

Actualmente trabajo como administradora de sistemas en Ferretería Industrial Levante S.L., donde gestiono entre otras cosas nuestro CRM.

Doy mi consentimiento para que conservéis mi CV durante un año para futuros procesos de selección.

Un saludo,
Andrea Vidal
"""),

dict(cls="not_request", kind="bulk", rights=[], note="Spanish privacy newsletter mentioning ARCO/RGPD rights; bulk",
 frm=("Boletín Privacidad Hoy", "boletin@privacidadhoy.example"), subj="Privacidad Hoy nº 87: la AEPD y el derecho de acceso", ua="none", shape="alt", cs="utf-8",
 hdrs=bulk_hdrs("<boletin.privacidadhoy.example>", "mailto:baja@privacidadhoy.example?subject=baja"),
 body="""PRIVACIDAD HOY – Nº 87

En este número:

· La AEPD sanciona a una operadora por no atender el derecho de acceso en plazo.
· ¿Hay que atender una solicitud de supresión enviada por WhatsApp? Respondemos.
· México: cambios en la nueva ley de datos personales y los derechos ARCO.

Recibe este boletín porque se suscribió en privacidadhoy.example. Para darse de baja responda con la palabra BAJA.
"""),
dict(cls="us_wording", rights=["erasure", "opt_out_sale"], name="Marisol Quintero", note="US Spanish: 'derecho a eliminar' + 'no vender ni compartir'; 'Houston, TX' not employer", ua="gmail", cs="utf-8", date="Tue, 22 Jul 2025 20:41:10 -0500",
 frm=("Marisol Quintero", "marisol.quintero@correo-tx.example"), subj="Derecho a eliminar mis datos",
 body="""Hola buenas,

Me registré para una prueba gratis de Massist hace como dos años y desde entonces me llegan anuncios por todos lados. Quiero usar mi derecho a eliminar mis datos personales. Y mientras lo hacen, por favor no vendan ni compartan mi información con nadie.

Gracias,
Marisol Quintero
Houston, TX
"""),
]
