[trafficking]
trata de personas
!trata … migrantes
[recruit]
capt*
[transport]
traslad*
transport*
[harbour]
acog*
[exploitation]
explotacion
[organs]
extraccion de organos
[custodial]
prision
[defines]
se entiende por
[repealed]
derogado
[victim]
victima*
[compensation]
indemnizacion
reparacion
[person]
persona*
[women-only]
solo mujeres
[force]
violencia
[deception]
engano
