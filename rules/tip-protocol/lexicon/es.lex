# Spanish lexicon for the tip-protocol pack.
# "trata" is trafficking; "tráfico de personas / de migrantes" is usually migrant smuggling
# (requirements.md §1G.1), so it is a [smuggling] term, never an anchor.

# ---------------------------------------------------------------- the offence (anchor)
[trafficking]
trata de personas
trata de seres humanos
trata de mujeres
trata de niñas
trata de niños
trata de menores
trata y explotación de personas
delito de trata
delitos de trata
materia de trata
víctima* de trata
víctima* de la trata
la trata
la trata de
objeto de trata
contra la trata
!se trata de
!tráfico de personas
!tráfico de migrantes
!tráfico ilícito de migrantes

# ---------------------------------------------------------------- acts
[recruit]
captar
capte
capten
captare
captaren
captación
capta
captando
reclut*
enganch*
!capt* … agua*
!captación de … agua*
!agua* … captación

[transport]
transport*
traslad*
!medios de transporte
!empresas de transporte
!gastos de transporte
!traslado de reos
!traslad* … agua*
!agua* … traslad*
!víctima* … transport*
!víctima* … traslad*
!traslad* … víctima*
!transport* … víctima*

[transfer]
compra* … persona*
compra de personas
transferir
transfiera
transfieran
transfiere
transfiriere
transfirieren
transfiriendo
traslad*
entreg* … persona*
entreg* … menor*
vend* … persona*
intercambio o transferencia de control
!traslado de reos
!traslad* … agua*
!agua* … traslad*
!víctima* … traslad*
!traslad* … víctima*
!transferir … derechos
!transferir … título*
!transferir … bienes
!transferir … recursos

[harbour]
acoger
acoja
acojan
acogiere
acogieren
acogida de personas
acogida
acoge
alojar
aloje
alojen
alojare
alojaren
retener
retenga
retengan
retuviere
retuvieren
ocult* … persona*
!casa* de acogida
!centro* de acogida
!programa* de acogida
!acoger* a
!acogerse
!acogida … víctima*
!víctima* … acogida
!alojar a las víctimas
!víctima* … aloj*
!aloj* … víctima*

[receive]
recibe o retiene
recibe, retiene
acoge, recibe
acoja, reciba
reciba o retenga
recibe o acoge
acogiere o recibiere
acogiere, o recibiere
recibiere o acogiere
recib* … persona*
recib* … menor*
recibiere
recibieren
recepción … persona*
recepción de personas
!recib* … asistencia
!recib* … atención
!recib* … información

# ---------------------------------------------------------------- means
[force]
uso de la fuerza
amenaza*
violencia
violenta*
fuerza física
fuerza o
intimidación
intimide

[coercion]
coacción
coacci*
coerción
coerci*
daño grave
otras formas de coacción
presión psicológica

[abduction]
privación de libertad
privación de la libertad
rapto
secuestr*
sustracción

[fraud]
fraude
fraudulent*

[deception]
engaños
engañare
engañe
engañen
engañando
engañosa*
engañoso*
!enganch*
engaño
ardid
ardides
falsas promesas
promesas falsas

[abuse-of-power]
situación de superioridad
abusando de … superioridad
abuso de poder
abuso de autoridad
abuso de superioridad
prevaliéndose
prevalerse
abuso de su cargo
abuso de la función

[vulnerability]
vulnerabilidad de la víctima
de necesidad o de vulnerabilidad
situación de … vulnerabilidad
situación de vulnerabilidad
situación de necesidad o vulnerabilidad
aprovechamiento de una situación de vulnerabilidad
aprovechando … vulnerabilidad
vulnerabilidad de la víctima
no tiene otra alternativa
otra alternativa, real o aceptable
situación de necesidad

[payments]
pagos o de cualquier beneficio
recepción de pagos
entrega o recepción de pagos
pagos o beneficios
concesión o recepción de pagos
pagos … beneficios
beneficios para obtener el consentimiento
persona que tenga autoridad sobre
autoridad sobre la víctima
control sobre otra

# ---------------------------------------------------------------- purpose
[exploitation-purpose]
con fines de explotación
fines de explotación
con el fin de explotar
con la finalidad de explotar
con el propósito de explotar
con el objeto de explotar
para su explotación
con fines de explotaci*
se entenderá por explotación
se entiende por explotación
explotación de una persona
!explotaci* … agua*
!uso, explotación o aprovechamiento
!explotación, uso o aprovechamiento
!explotación o aprovechamiento

[prostitution-of-others]
prostitución ajena
prostitución
proxenet*
lenocinio
comercio sexual
servicios sexuales
actividad sexual remunerada

[sexual-exploitation]
explotación sexual
otras formas de explotación sexual
cualquier forma de explotación sexual
turismo sexual
esclavitud sexual

[pornography]
pornografía
pornográfic*

[forced-labour]
trabajos o servicios forzados
trabajo o servicios forzados
trabajos forzados
trabajo forzado
trabajo forzoso
trabajos forzosos
servicios forzados
servicios forzosos
trabajo forzoso u obligatorio
labores forzadas

[labour-exploitation]
explotación laboral
explotación del trabajo

[slavery]
esclavitud
esclavo*
esclaviz*

[slavery-like-practices]
matrimonios forzados
matrimonios forzosos
matrimonios serviles
prácticas similares a la esclavitud
prácticas análogas a la esclavitud
prácticas similares a la esclavitud
análogas a la esclavitud
similares a la esclavitud
condiciones análogas
servidumbre por deudas
siervo por deudas
condición de siervo
servidumbre de la gleba
por gleba
matrimonio servil
matrimonio forzoso
matrimonio forzado
peonaje
@servitude

[servitude]
servidumbre
servidumbre doméstica
condición de siervo
siervo
siervos
!servidumbre* de paso
!servidumbre* legal*
!servidumbre* … agua*
!agua* … servidumbre*
!servidumbre* … predio*
!servidumbre* … terreno*
!servidumbre* … concesi*
!constitución de las servidumbres
!servidumbre* … inmueble*
!servidumbre* … fundo*

[organ-removal]
extracción de órganos
extracción … órgano*
extracción … tejido*
tráfico de órganos
órganos, tejidos
órganos, fluidos o tejidos
remoción de órganos
extirpación de órganos
órgano*, tejido*

[organ-removal-forced]
extracción forzosa
extracción forzada
!forzosa o ilegítima
!forzada o ilegítima

[open-list]
!otras formas de explotación sexual
como mínimo
entre otros
entre otras
otras formas de explotación
cualquier otra forma de explotación
incluye
incluyendo
cualquier otra

[forced-begging]
mendicidad
mendicidad forzosa

[forced-marriage]
matrimonios forzados
matrimonios forzosos
matrimonios serviles
matrimonio forzoso
matrimonio forzado
matrimonio servil
unión de hecho

[illegal-adoption]
adopción ilegal
adopción irregular
adopción ilícita

[forced-criminality]
actividades delictivas
cometer delitos
comisión de delitos

[armed-conflict]
conflicto armado
conflictos armados

# ---------------------------------------------------------------- victims in scope
[person]
persona
personas
una persona
otra persona
cualquier persona
individuo*
ser humano
seres humanos

[women-children-only]
solo mujeres
sólo mujeres
únicamente mujeres
exclusivamente … mujeres
trata de mujeres y niños
trata de mujeres y niñas
trata de mujeres y menores
una mujer o un niño
mujer o niño
mujeres y niños únicamente

[child]
niño
niños
niña
niñas
adolescente*
menor de edad
menores de edad
persona menor
personas menores
menores de
víctima menor
infan*
@under-18
!no menor de
!ni menor
!menor cuantía
!menor grado
!menor medida
!pena menor

[under-18]
menor de 18
menores de 18
menor de dieciocho
menores de dieciocho
menos de 18
menos de dieciocho
no haya cumplido 18
no haya cumplido dieciocho
no hayan cumplido 18
no hayan cumplido dieciocho
no ha cumplido 18
no ha cumplido dieciocho

# ---------------------------------------------------------------- consent, child rule
[consent-irrelevant]
consentimiento … víctima … irrelevante
consentimiento … víctima … no constituirá
consentimiento … víctima … no exime
consentimiento … irrelevante
consentimiento … no constituirá
consentimiento … no constituye
consentimiento … no exime
consentimiento … no excluye
consentimiento … eximición
consentimiento … causal de exoneración
consentimiento … causa excluyente
consentimiento … carece de efectos
aunque mediare el consentimiento
aun cuando mediare … consentimiento
con o sin … consentimiento
independientemente del consentimiento
no se tendrá en cuenta el consentimiento
no constituirá … causa* … responsabilidad

[consent-child-only]
consentimiento del menor
consentimiento de la persona menor
consentimiento del niño
consentimiento de un menor

[child-no-means]
aun cuando no se recurra a ninguno de los medios
aun cuando no … medios
incluso cuando no … medios
aunque no … ninguno de los medios
no se requerirá la comprobación de los medios
no se requerirá … medios
no será necesari* … medios
no se requiere … medios
sin necesidad de … medios
con independencia de … medios
no … comprobación de los medios

# ---------------------------------------------------------------- participation
[attempt]
tentativa
tentativas
intentare
grado de tentativa

[accomplice]
cómplice*
complicidad
cooperador necesario
cooperadores necesarios
facilite o colabore
auxilio … comisión

[participation]
@accomplice
partícipe*
cooperador*
coautor*
instigador*
asociación ilícita
concierto

[organise]
organice, dirija
organice o dirija
dirija o financie
dirija … comisión
dirija … delito*
financie … delito*
financie … comisión
financiamiento … delito*
acciones de dirección
dirección o financiamiento
promueva, incite
organiza, dirige
organizare … delito*
dirigiere … delito*
dirija, organice
quien organice
quien dirija … trata

[instigation]
@organise
instig*
incit*
asociación ilícita
asociación delictuosa

[organised-crime]
delincuencia organizada
grupo delictivo organizado
organización criminal
organización delictiva
en forma organizada
asociación delictuosa

[legal-person]
persona jurídica
personas jurídicas
persona moral
personas morales

[corporate-liability]
persona* jurídica* … multa
persona* moral* … multa
multa … persona* jurídica*
responsabilidad penal de las personas jurídicas
personas jurídicas … penalmente responsables
persona jurídica … será sancionada
personas jurídicas … serán sancionadas

# ---------------------------------------------------------------- penalties and roles
[custodial]
prisión
reclusión
presidio
pena privativa de libertad
privativa de la libertad
privativa de libertad
penitenciaría
prisión perpetua
cadena perpetua

[defines]
la explotación comprende
la explotación incluye
se entiende por
se entenderá por
se entenderá
para los efectos de
para efectos de
a los fines de
a los efectos de
se considera
significa

[repealed]
derogado
derogada
derogados
artículo derogado
derogado por
se deroga

# ---------------------------------------------------------------- aggravation
[aggravation]
se aumentará*
se incrementará*
agravante*
agravad*
la pena será de
se agravará
pena superior en grado
hasta en una mitad

[child-aggravation]
pena … víctima* … menor*
víctima fuere menor
víctima sea menor de
víctima sea … menor de dieciocho
se aumentará … menor*
se aumentarán … menor*
agrav* … menor*
cometido contra … menor*
contra … menor de dieciocho
pena … niña, niño
víctima fuere … niña
aumentará … víctima sea menor

[official-aggravation]
funcionario público
funcionarios públicos
servidor público
servidores públicos
miembro de … fuerzas de seguridad
autoridad pública

[harm-aggravation]
muerte
lesiones
daño grave
peligro … vida
grave daño
tortura*

[multiple-victims]
más de una víctima
varias víctimas
dos o más víctimas
pluralidad de víctimas

[recidivism]
reincid*

[family-aggravation]
ascendiente
cónyuge
relación familiar
parentesco
tutor

# ---------------------------------------------------------------- victims
[victim]
víctima
víctimas
ofendido
ofendida
ofendidos
damnificad*
persona tratada
personas tratadas

[privacy]
privacidad
intimidad
confidencial*
reserva de … identidad
identidad … víctima*
datos personales
anonimato
@identity-protection

[identity-protection]
protección de su identidad
protección de la identidad
reserva de la identidad
reserva de su identidad
sin ser identificad*
resguardo de … identidad
cambio de identidad
identidad e intimidad

[closed-hearing]
actuaciones … reservadas
serán reservadas
carácter reservado
a puerta cerrada
actuaciones judiciales serán confidenciales
actuaciones … confidenciales
audiencia* privada*
sin ser identificad*
sin la presencia del público
reserva de las actuaciones

[information-proceedings]
estado de las actuaciones
estado del proceso
evolución del proceso
estado de los procedimientos
informad* … proceso
informad* … procedimiento*
información sobre … procedimiento*
información sobre … proceso
notificad* … resoluciones
conocer el estado
desarrollo del procedimiento
avance del proceso
informad* … audiencia*

[views-heard]
constituirse en querellante
constituirse como querellante
ser oída
ser oído
ser oídas
ser escuchad*
opiniones y preocupaciones
opiniones … consideradas
coadyuv*
acusación particular
intervenir en el proceso

[intermediary]
intermediario*
comunicarse con el tribunal

[housing]
alojamiento*
albergue*
refugio*
casa* de acogida
casa* de refugio
centro* de acogida
vivienda*
hospedaje

[counselling]
asesor*
orientación
consejería

[legal-information]
información sobre los derechos
información … derechos
asesoría jurídica
asesoramiento legal
asesoría legal
asistencia jurídica
patrocinio jurídico
asesor jurídico

[interpreter]
!intérprete … imputado
!imputado … intérprete
!intérprete … acusado
!acusado … intérprete
intérprete*
traductor*
traducción
su idioma
idioma … comprend*
lengua … comprend*
su lengua

[medical]
médica o psicológica
atención médica
asistencia médica
médica y psicológica
psicológica y médica
médica, psicológica
atención en salud
servicios de salud
atención sanitaria
atención médica y psicológica
atención médica, psicológica

[psychological]
médica o psicológica
atención psicológica
asistencia psicológica
apoyo psicológico
psicológica y médica
médica y psicológica
médica, psicológica
psicosocial
salud mental
atención psiquiátrica

[material-assistance]
alimentación
manutención
asistencia material
apoyo económico
ayuda económica
y material
psicológica y material
ayuda alimentaria
material, jurídica

[employment]
búsqueda de empleo
oportunidades de empleo
acceso al empleo
inserción laboral
reinserción laboral
permiso para trabajar
permiso de trabajo
proyectos productivos
empleo, educación
capacitación y empleo
bolsa de trabajo
reintegración … empleo

[education]
acceso a la educación
sistema educativo
reinserción educativa
becas
educación y capacitación
empleo, educación
servicios educativos
a la educación
educación, capacitación

[training]
capacitación laboral
capacitación para el trabajo
formación profesional
formación para el trabajo
educación, capacitación
educación y capacitación
y capacitación

[best-interests-child]
interés superior
víctima* menor* de edad
niñas, niños y adolescentes víctimas
presunción de minoría de edad
tutor … víctima*
designará un tutor
niñez

[special-needs]
necesidades especiales
edad y madurez
perspectiva de género
enfoque diferencial
enfoque de género
edad, género
enfoque diferenciado

[safety]
seguridad … víctima*
víctima* … seguridad
seguridad personal
seguridad e integridad
integridad … víctima*
protección eficaz
medidas de protección
represalia*
reubicación

[witness-protection]
protección de testigos
protección a testigos

[compensation]
restitución de … bienes
restitución … daño*
indemniz*
reparación del daño
reparación integral
resarcimiento
reparaci*
fondo … víctima*
acción civil
daños y perjuicios

[residence-permit]
permiso de residencia
residencia permanente
residencia temporal
permanecer en el país
autorización de residencia
regularización
visa humanitaria

[visa]
visa
visas
documentos de identidad
documentación migratoria

[humanitarian]
razones humanitarias
factores humanitarios
humanitarios y personales
causas humanitarias
motivos humanitarios

[repatriation]
repatriaci*
retorno de … nacionales
protección consular

[voluntary-return]
preferentemente voluntari*
de preferencia voluntari*
será voluntario
sera voluntaria
cuando así lo solicitare
cuando así lo solicite
si así lo solicita
retorno voluntario
regreso voluntario
retorno asistido
voluntari* … retorno
retornar … cuando … solicit*
regresar … cuando … solicit*
a solicitud de la víctima
voluntariedad

[safe-return]
teniendo debidamente en cuenta … seguridad
retornar … segur*
condiciones de seguridad
regresar … segur*
retorno … segur*
regreso … segur*
segur* … retorno
repatriación … segur*
voluntariedad, seguridad
seguridad y dignidad
retorno … dign*

[verify-nationality]
verific* … connacional
víctima … connacional
verific* … nacionalidad
comprobar … nacionalidad
verific* … residencia permanente
acreditar … nacionalidad

[travel-documents]
documentos de viaje
documento de viaje
documentos necesarios para … viajar
documentación … viajar
reingres*

[passport]
pasaporte*
documentos de identidad
documentos de identificación
@travel-documents

[non-punishment]
víctima* … no son punibles
víctima* … no serán punibles
víctima* … no será punible
no punibilidad
víctima* … exent* de pena
no se procederá en contra de la víctima
no se procederá … víctima*
víctima* … no … responsabilidad penal
resultado directo de haber sido objeto de trata
consecuencia directa de … trata
no … sancionad* … víctima*

[duress]
no serán sujetas a las sanciones
no serán sancionadas
no … deportad*
coacción irresistible
estado de necesidad
miedo insuperable
no criminalización
fuerza física irresistible

[reflection-period]
período de reflexión
periodo de reflexión
restablecimiento y reflexión
período de restablecimiento
periodo de restablecimiento

[recovery-stay]
@reflection-period
período de espera
periodo de espera
hasta su total recuperación
hasta … recuperación
estabilización

[recovery]
recuperación física
recuperación
rehabilitación
reintegración
reinserción social
atención integral

[ngo]
organizaciones no gubernamentales
organización no gubernamental
organizaciones de la sociedad civil
sociedad civil
ong

[transnational-element]
!dentro del país o desde o hacia el exterior
!dentro o fuera del país
desde o hacia el exterior
transnacional
cruce de fronteras
de un país a otro
hacia otro país
@organised-crime

[fine-alternative]
o multa
o con multa

[rights-information]
informad* … derecho*
ser informad*
derecho a ser informad*
información sobre los derechos
información sobre sus derechos

[policies]
plan nacional
programa nacional
comisión interinstitucional
política nacional
estrategia nacional
políticas públicas

[prevention-campaigns]
campañas de sensibilización
campañas de prevención
campañas de difusión
campañas de información
sensibilización
concientización
estudios e investigaciones
investigaciones y estudios

[vulnerability-factors]
pobreza
subdesarrollo
falta de oportunidades
igualdad de oportunidades
factores de vulnerabilidad
causas estructurales

[demand]
desalentar la demanda
desincentivar la demanda
reducir la demanda
la demanda de
cadenas de suministro
cadenas de valor

[information-exchange]
intercambio de información
intercambiar información
intercambio de datos
compartir información

[training-officials]
capacitación … funcionarios
capacitación … servidores públicos
formación … funcionarios
capacitación … personal
capacitación especializada
capacitación … autoridades
programas de capacitación

[use-restrictions]
restricciones … uso
información recibida … solamente
condiciones … uso de la información

[border-controls]
control fronterizo
controles fronterizos
control migratorio
filtros migratorios
puntos de internación
puntos de entrada
lugares destinados al tránsito internacional

[carriers]
transportistas
empresas de transporte
líneas aéreas
aerolíneas
compañías de transporte
empresas aéreas
navieras
transportistas comerciales

[carrier-document-check]
cerciorarse … documentos de viaje
pasajeros … documentos
verificar … documentación … pasajeros
pasajeros … documentación

[carrier-sanctions]
transportistas … multa
empresas de transporte … multa
multa … transportistas
sanción … transportistas
aerolíneas … multa
multa … empresas de transporte
sanciones … transportistas

[visa-denial]
negar la entrada
denegación de entrada
denegar la entrada
revocación de … visa*
cancelar … visa*
cancelación de … visa*
inadmisión
rechazo en frontera

[border-cooperation]
canales directos de comunicación
cooperación entre … autoridades migratorias
coordinación … autoridades … fronter*
cooperación … control fronterizo

[document-security]
seguridad de los documentos
biométric*
medidas de seguridad … documentos
falsificación de … documentos de viaje
falsificación … pasaporte*
alteración … documentos de viaje
elementos de seguridad
integridad y seguridad

[document-verification]
legitimidad y validez
verific* … validez … documentos
autenticidad de los documentos
autenticidad de … documentos

[refugee-protection]
no devolución
refugiad*
condición de refugiado
solicitud de refugio
petición de refugio
asilo
protección internacional
protección complementaria

[non-discrimination]
no discriminación
sin discriminación
discriminación
igualdad de trato

[treaty-text]
presente protocolo
presente convención
estados parte
estado parte
cada estado parte
estados partes

[child-age-alternative]
o cuando la víctima sea menor de dieciocho
o si la víctima fuere menor de dieciocho
