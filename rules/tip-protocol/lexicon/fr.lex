# French lexicon for the tip-protocol pack.
# "traite" is trafficking; "trafic illicite de migrants" / "aide à l'entrée irrégulière" is smuggling.
# Act words: verb forms only, because "accueil" and "hébergement" also name victim shelter.

# ---------------------------------------------------------------- the offence (anchor)
[trafficking]
traite des êtres humains
traite des personnes
traite d'êtres humains
traite de personnes
traite des femmes
traite des enfants
traite des mineurs
infraction de traite
victime* de traite
victime* de la traite
la traite
!trafic illicite de migrants
!trafic de stupéfiants

# ---------------------------------------------------------------- acts (verb forms)
[recruit]
le recrutement, le transport
recrutement, le transport
le recrutement ou le transport
recruter
recrute
recrutent
recruté
recrutée
recrutement d'une personne
recrutement de personnes
attirer … personne*
embaucher … personne*

[transport]
recrutement, le transport
le transport, le transfert
transport ou le transfert
transporter
la transporter
le transporter
les transporter
transporte
transportent
transportée
transporté
transport de personnes

[transfer]
le transport, le transfert
le transfert, l'hébergement
transfert du contrôle
le transfert ou l'hébergement
transférer
la transférer
le transférer
les transférer
transfère
transfèrent
transfert de personnes
céder … personne*
vendre … personne*
livrer … personne*
prendre ou transférer le contrôle
mettre à la disposition d'un tiers
!transférer … propriété
!transférer … biens
!transférer … fonds

[harbour]
le transfert, l'hébergement
l'hébergement, l'accueil
l'hébergement ou l'accueil
héberger
l'héberger
les héberger
héberge
hébergent
cacher … personne*
séquestrer
!héberger … victime*
!héberger … étranger*
!héberger … demandeur*

[receive]
l'hébergement, l'accueil
l'hébergement ou l'accueil
l'accueil d'une personne
l'accueil de personnes
accueillir
l'accueillir
les accueillir
accueille
accueillent
recevoir … personne*
!accueillir … victime*
!accueillir … étranger*
!accueillir … demandeur*
!accueil* … demandeur*

# ---------------------------------------------------------------- means
[force]
!force majeure
!forces de l'ordre
!force publique
!force de loi
menace*
violence*
recours à la force
usage de la force
force

[coercion]
contrainte*
autres formes de contrainte
pression*
intimidation*

[abduction]
enlèvement
enlever
rapt

[fraud]
fraude
manœuvre dolosive
manœuvres dolosives
manoeuvre dolosive
manoeuvres dolosives
frauduleu*

[deception]
tromperie
tromper
manœuvre dolosive
manoeuvre dolosive
ruse
fausses promesses

[abuse-of-power]
abus d'autorité
abuse de l'autorité
abus de pouvoir
qui a autorité sur
ascendant
abus de fonctions

[vulnerability]
situation de vulnérabilité
abus d'une situation de vulnérabilité
particulière vulnérabilité
vulnérabilité
!évaluation de la vulnérabilité

[payments]
rémunération ou de tout autre avantage
paiements ou d'avantages
paiements ou avantages
octroi d'une rémunération
promesse de rémunération
obtenir le consentement d'une personne ayant autorité

# ---------------------------------------------------------------- purpose
[exploitation-purpose]
à des fins d'exploitation
aux fins d'exploitation
aux fins de l'exploitation
à des fins d'exploitation
en vue de … exploit*
afin de … exploit*
l'exploitation mentionnée
l'exploitation est le fait
exploitation … est le fait de mettre

[prostitution-of-others]
prostitution d'autrui
exploitation de la prostitution
proxénétisme
prostitution

[sexual-exploitation]
exploitation sexuelle
agression* sexuelle*
agressions ou atteintes sexuelles
atteinte* sexuelle*
autres formes d'exploitation sexuelle
esclavage sexuel

[pornography]
pornograph*

[forced-labour]
conditions contraires à la dignité humaine
travail ou de services
travail forcé
travaux forcés
services forcés
travail ou à des services forcés
travail ou services forcés
soumission à du travail
travail obligatoire
conditions de travail … contraires à … dignité

[labour-exploitation]
exploitation par le travail
exploitation économique
exploitation du travail

[slavery]
esclavage
esclave*
réduction en esclavage

[slavery-like-practices]
pratiques analogues à l'esclavage
pratiques similaires à l'esclavage
analogues à l'esclavage
servitude pour dettes
servage
mariage servile
mariage forcé
conditions de travail ou d'hébergement contraires à sa dignité
@servitude

[servitude]
servitude
réduction en servitude
servitude domestique
!servitude* de passage
!servitude* d'utilité publique
!servitude* … fonds
!servitude* … immeuble*
!servitude* … terrain*
!servitude* … propriétaire*

[organ-removal]
prélèvement d'organe*
prélèvement de l'un de ses organes
prélèvement … organe*
prélèvement … tissu*
organes, tissus
trafic d'organes
ablation … organe*

[organ-removal-forced]
prélèvement forcé

[open-list]
!autres formes d'exploitation sexuelle
!d'autres formes d'exploitation sexuelle
au minimum
notamment
quelle qu'en soit la forme
toute autre forme d'exploitation
autres formes d'exploitation
y compris

[forced-begging]
mendicité
exploitation de la mendicité

[forced-marriage]
mariage forcé
mariage servile

[illegal-adoption]
adoption illégale
adoption illicite

[forced-criminality]
commettre tout crime ou délit
contraindre … à commettre
commettre des crimes

[armed-conflict]
conflit armé
conflits armés
enfants soldats

# ---------------------------------------------------------------- victims in scope
[person]
personne
personnes
une personne
autrui
être humain
êtres humains
individu*

[women-children-only]
uniquement des femmes
seulement des femmes
exclusivement … femmes
traite des femmes et des enfants
une femme ou un enfant
femme ou enfant
femmes et enfants uniquement

[child]
enfant
enfants
mineur
mineurs
mineure
mineures
adolescent*
@under-18

[under-18]
moins de dix-huit ans
moins de 18 ans
mineur de dix-huit ans
mineurs de dix-huit ans
mineure de dix-huit ans
âgé de moins de dix-huit
âgée de moins de dix-huit
moins de dix huit ans
n'a pas atteint l'âge de dix-huit
n'ayant pas atteint … dix-huit
n'ayant pas atteint … 18

# ---------------------------------------------------------------- consent, child rule
[consent-irrelevant]
avec ou sans le consentement de la victime
quel que soit le consentement de la victime
même avec le consentement de la victime
consentement … victime … indifférent
consentement … exploitation … indifférent
consentement … mineur … indifférent
consentement … victime … sans effet
consentement … indifférent
consentement … sans effet
consentement … ne compte pas
consentement … n'exonère
consentement … n'est pas une cause
consentement … n'exclut pas
consentement … ne peut être invoqué
nonobstant … consentement
consentement … irrelevant
consentement … inopérant

[consent-child-only]
consentement du mineur
consentement de l'enfant
consentement d'un mineur

[child-no-means]
même si … aucune des circonstances
même en l'absence … circonstances
même si … aucun des moyens
même en l'absence … moyens
n'est pas requis … mineur
n'est pas requise … mineur
sans qu'il soit nécessaire … moyens
constituée même si

# ---------------------------------------------------------------- participation
[attempt]
tentative
tenté de commettre
la tentative … est punie
tentative … mêmes peines

[accomplice]
complice*
complicité
puni comme auteur
aide ou assistance

[participation]
@accomplice
coauteur*
participation

[organise]
organise
organisé … commission
dirige
donné des instructions
donner des instructions
provoqué à une infraction
organisateur*
dirigeant*
financer
finance
!bande organisée

[instigation]
@organise
instigat*
association de malfaiteurs
provocation
incitation

[organised-crime]
bande organisée
groupe criminel organisé
criminalité organisée
association de malfaiteurs

[legal-person]
personne morale
personnes morales

[corporate-liability]
personnes morales … responsables pénalement
personne morale … responsable pénalement
personnes morales … encourent
personnes morales déclarées responsables
responsabilité pénale des personnes morales
amende … personnes morales

# ---------------------------------------------------------------- penalties and roles
[custodial]
emprisonnement
réclusion
réclusion criminelle
détention criminelle
peine privative de liberté
perpétuité
prison

[defines]
l'exploitation comprend
l'exploitation s'entend
on entend par
constitue
est le fait de
au sens du présent
au sens de la présente
s'entend de
désigne

[repealed]
abrogé
abrogée
abrogés
(abrogé)

# ---------------------------------------------------------------- aggravation
[aggravation]
circonstance* aggravante*
aggrav*
portée à
portées à
est punie de … lorsque
est puni de … lorsque
lorsqu'elle est commise
lorsqu'il est commis

[child-aggravation]
à l'égard d'un mineur
à l'égard de mineurs
sur un mineur
contre un mineur
victime est un mineur
victime est mineure
mineur de quinze ans
au préjudice d'un mineur

[official-aggravation]
personne dépositaire de l'autorité publique
dépositaire de l'autorité publique
fonctionnaire*
agent public
par ses fonctions
maintien de l'ordre public
abuse de l'autorité que lui confèrent ses fonctions

[harm-aggravation]
mort
blessures
risque immédiat de mort
incapacité totale de travail
tortures
actes de barbarie
mutilation
infirmité permanente

[multiple-victims]
plusieurs personnes
plusieurs victimes

[recidivism]
récidive

[family-aggravation]
ascendant
conjoint
membre de la famille

# ---------------------------------------------------------------- victims
[victim]
victime
victimes
partie civile
plaignant*

[privacy]
vie privée
confidentialité
confidentiel*
anonymat
identité de la victime
identité des victimes
données personnelles
@identity-protection

[identity-protection]
protection de leur identité
protection … identité
leur identité
protection de son identité
protection de l'identité
sans que son identité
identité … ne soit … révélée
domiciliation
témoignage anonyme

[closed-hearing]
huis clos
publicité des débats
sans que son identité apparaisse
témoignage anonyme

[information-proceedings]
informée … procédure*
informé … procédure*
informées … procédure*
information sur … procédure*
informée … suites
informé … suites
état d'avancement
avis … classement
informée … l'audience
informé … l'audience

[views-heard]
être entendue
être entendu
être entendues
se constituer partie civile
constitution de partie civile
faire valoir … point de vue

[intermediary]
intermédiaire
assistée … audition

[housing]
hébergement
accès au logement
logement temporaire
hébergement d'urgence
centre d'hébergement
places d'hébergement
solution d'hébergement
!conditions … d'hébergement
!hébergement contraires

[counselling]
conseils et d'informations
conseils … droits
conseils et informations
accompagnement social
accompagnement juridique
soutien social
accompagnement … accès … droits

[legal-information]
informations sur … droits
informations … droits
information juridique
informations juridiques
aide juridique
informée de ses droits
informé de ses droits
informés de leurs droits
informées de leurs droits
information sur … droits
aide juridictionnelle
assistance juridique
conseils juridiques
accès aux droits

[interpreter]
langue … compren*
!interprète … prévenu
!prévenu … interprète
!interprète … accusé
!accusé … interprète
interprète*
traduction
traducteur*
langue … comprend

[medical]
médicale et psychologique
médicale ou psychologique
assistance médicale
soins médicaux
prise en charge médicale
couverture maladie
assurance maladie
accès aux soins
médicale, psychologique
aide médicale

[psychological]
médicale et psychologique
médicale ou psychologique
soutien psychologique
assistance psychologique
prise en charge psychologique
accompagnement psychologique
psychologique et matérielle
médicale, psychologique

[material-assistance]
assistance matérielle
aide matérielle
allocation
subsistance
psychologique et matérielle

[employment]
droit à l'exercice d'une activité professionnelle
autorise … activité professionnelle
accès à l'emploi
recherche d'emploi
autorisation de travail
insertion professionnelle
droit au travail

[education]
à l'éducation
accès à l'éducation
scolarisation
scolarité
accès à l'enseignement

[training]
accès à la formation professionnelle
et à la formation professionnelle
à la formation professionnelle
droit … formation professionnelle
accès à la formation

[best-interests-child]
intérêt supérieur de l'enfant
administrateur ad hoc
protection de l'enfance
présomption de minorité

[special-needs]
besoins particuliers
besoins spécifiques
évaluation de la vulnérabilité
sexe et âge

[safety]
en cas de danger
sécurité de la victime
sécurité des victimes
sécurité … victime*
victime* … sécurité
!sécurité intérieure
!sécurité sociale
!sécurité routière
!sécurité publique
!agents de sécurité
!sécurité des personnes et des biens
protection policière
mesures de protection
représailles
éloignement géographique

[witness-protection]
protection des témoins
ne pas entrer en relation avec la victime
s'abstenir d'entrer en relation

[compensation]
indemnisation
réparation
dommages-intérêts
dommages et intérêts
préjudice
fonds de garantie

[residence-permit]
délivr* … titre de séjour
carte de séjour
autorisation provisoire de séjour
carte de résident
admission au séjour
droit au séjour

[visa]
visa
visas

[humanitarian]
considérations humanitaires
motifs humanitaires
motif humanitaire
humanitaires et personnels
raisons humanitaires

[repatriation]
organise* … rapatriement
rapatriement des victimes
rapatriement … ressortissant*
retour des ressortissants
assistance consulaire
protection consulaire
!frais de rapatriement

[voluntary-return]
de préférence volontaire
de préférence volontairement
retour volontaire
aide au retour
retour … volontaire

[safe-return]
en tenant dûment compte de … sécurité
en sécurité
en toute sécurité
retour … sécurité
retour … en sécurité
retour … dignité
menacée dans son pays
vie ou … liberté … menacée

[verify-nationality]
vérifi* … nationalité
vérifier … nationalité
vérification … nationalité
établir … nationalité

[travel-documents]
titre de voyage
documents de voyage
document de voyage
laissez-passer
laissez-passer consulaire

[passport]
passeport*
document d'identité
@travel-documents

[non-punishment]
victime* … n'est pas punissable
victime* … ne sont pas punissables
victime* … exempte* de peine
victime* … ne peut être poursuivie
victime* … ne peuvent être poursuivies
non-poursuite des victimes
n'est pas punissable … victime*
victime* … ne peut être sanctionnée

[duress]
contrainte à laquelle elle n'a pu résister
empire d'une force ou d'une contrainte
n'est pas pénalement responsable
état de nécessité

[reflection-period]
délai de réflexion
délai de rétablissement et de réflexion
période de réflexion
délai de rétablissement

[recovery-stay]
@reflection-period
rétablissement

[recovery]
rétablissement physique, psychologique et social
rétablissement
réadaptation
réinsertion
insertion sociale

[ngo]
organisations non gouvernementales
organisation non gouvernementale
associations
association
société civile
ong

[transnational-element]
hors du territoire
passage de frontière
franchissement … frontière
transnational*
@organised-crime

[fine-alternative]
ou de l'une de ces deux peines seulement
ou d'une amende
ou de l'une de ces deux peines

[rights-information]
informations sur … droits
informées … droits
informée de ses droits
informé de ses droits
informés de leurs droits
informées de leurs droits
information sur … droits
informe … droits

[policies]
plan national d'action
plan d'action national
stratégie nationale
instance nationale
rapporteur national
comité national
commission nationale
politique nationale

[prevention-campaigns]
campagne* de sensibilisation
sensibilisation
campagne* d'information
recherches
études et recherches
collecte de données

[vulnerability-factors]
pauvreté
sous-développement
égalité des chances
facteurs de vulnérabilité
causes profondes

[demand]
décourager la demande
réduire la demande
la demande qui favorise
achat d'actes sexuels
recours à la prostitution

[information-exchange]
échange d'informations
échanger des informations
échange de renseignements
partage d'informations

[training-officials]
formation … agents
formation … magistrats
formation … policiers
formation … professionnels
formation … personnels
formation initiale et continue

[use-restrictions]
restrictions … utilisation
informations reçues … seulement
conditions … utilisation des informations

[border-controls]
contrôle* aux frontières
contrôles frontaliers
points de passage frontaliers
contrôle des frontières

[carriers]
transporteur*
entreprise* de transport
compagnie* aérienne*
transporteurs commerciaux

[carrier-document-check]
vérifier … documents de voyage
passagers … documents
en possession des documents de voyage

[carrier-sanctions]
transporteur* … amende
entreprise* de transport … amende
amende … transporteur*
amende … entreprise de transport
sanction* … transporteur*

[visa-denial]
refus d'entrée
refuser l'entrée
retrait du visa
abrogation du visa
non-admission
refus de visa

[border-cooperation]
voies de communication directes
coopération entre … services … frontières
coopération … contrôle aux frontières

[document-security]
sécurité des documents
biométrique*
éléments de sécurité
falsification … documents de voyage
contrefaçon … passeport*
falsification … passeport*
intégrité et la sécurité

[document-verification]
légitimité et la validité
vérifi* … validité … documents
authenticité des documents
légitimité et validité

[refugee-protection]
non-refoulement
réfugié*
asile
protection internationale
protection subsidiaire

[non-discrimination]
non-discrimination
sans discrimination
discrimination*
égalité de traitement

[treaty-text]
présent protocole
présente convention
états parties
état partie
chaque état partie

[child-age-alternative]
ou lorsque la victime est un mineur
