# English lexicon for the tip-protocol pack. Terms are matched word by word on folded text.
# "…" allows up to 6 words in between; "word*" is a stem; "!term" excludes overlapping matches.

# ---------------------------------------------------------------- the offence (anchor)
[trafficking]
trafficking in persons
trafficking of persons
trafficking in human beings
trafficking of human beings
human trafficking
trafficking in humans
trafficking in women
trafficking in children
trafficking of a child
trafficking of children
trafficking of women
child trafficking
sex trafficking
labor trafficking
labour trafficking
traffics … person*
traffics … child*
trafficked person*
trafficked persons
offence of trafficking
offense of trafficking
victim* of trafficking
trafficking victim*
anti-trafficking
modern slavery
!drug trafficking
!drugs trafficking
!trafficking in drugs
!trafficking in narcotic*
!illicit trafficking
!arms trafficking
!trafficking in arms
!trafficking in firearms
!trafficking in weapons
!smuggling of migrants
!migrant smuggling

# ---------------------------------------------------------------- acts (art. 3(a))
[recruit]
recruit*
enlist*
entic*
lures
lured
luring
lure … person*
arranges or facilitates the travel
arranging or facilitating the travel
!recruitment of staff
!recruitment of officers

[transport]
transport*
arranges or facilitates the travel
arranging or facilitating the travel
moves … person* … from
conveys … person*
!department of transportation
!transportation costs
!transport costs
!means of transport
!transport companies
!commercial carriers

[transfer]
transfer* … person*
transfer* … child*
transfer* … individual*
transfer* … women
transfer* … victim*
transfers
transferring
provides or obtains
provides, or obtains
provides, obtains
provision, or obtaining
provision or obtaining
sells … person*
buys … person*
purchases … person*
sale of … person*
hands over … person*
exchange of control
transfer of control
transfers control
!transfer of property
!transfer of funds
!transfer of assets
!transfer of ownership
!transfer of proceedings
!transfer of prisoners
!transfer of sentenced

[harbour]
harbour*
harbor*
conceals … person*
accommodates … person*
!harbour master
!harbor master

[receive]
receiv* … person*
receiv* … child*
receiv* … individual*
receiv* … women
receipt of person*
receipt … person*
receipt of a person
obtains … person*
obtaining of a person
obtaining … person*
provides or obtains
provides, or obtains

# ---------------------------------------------------------------- means
[force]
!in force
!armed forces
!entry into force
!force majeure
use of force
threat of force
threats of force
threat or use of force
by force
force, fraud
force, threats
forcibly
physical force
physical restraint
violence
violent*
threat*
intimidat*
!threat assessment

[coercion]
coerc*
duress
compel*
serious harm
psychological pressure
abuse or threatened abuse of law
abuse of legal process
abuse of the legal process

[abduction]
abduct*
kidnap*

[fraud]
fraud*
!document fraud
!visa fraud

[deception]
decept*
deceiv*
deceit*
false promise*
false pretence*
false pretense*
misrepresent*
trickery
scheme, plan, or pattern

[abuse-of-power]
abuse of power
abuse of authority
abuses of power
abuse of position
abuse of a position of trust
position of trust
abuse of office
abuses … authority
abusing … authority

[vulnerability]
position of vulnerability
situation of vulnerability
abuse of vulnerability
abuse of a vulnerable
taking advantage of … vulnerab*
exploiting … vulnerab*
exploitation of … vulnerab*
particular vulnerability
no real or acceptable alternative
no real and acceptable alternative
no real alternative

[payments]
payments or benefits
payment or benefit
payments or other benefits
giving or receiving … payment*
giving or receiving … benefit*
achieve the consent of a person having control
person having control over another
having control over another person

# ---------------------------------------------------------------- purpose
[exploitation-purpose]
for the purpose of exploitation
for the purposes of exploitation
for purposes of exploitation
purpose of exploit*
for exploitation
with a view to … exploit*
with intent to exploit
with the intent to exploit
intent … exploit*
intending … exploit*
be exploited
being exploited
for labor or services
for labour or services
for the purpose of a commercial sex act
for the purpose of … commercial sex
exploitation shall include
exploitation includes
exploitation means

[prostitution-of-others]
prostitution of others
prostitution of another
exploitation of the prostitution
prostitution
commercial sex act*
commercial sexual
pimping
brothel*

[sexual-exploitation]
sexual exploitation
sexually exploit*
other forms of sexual exploitation
any form of sexual exploitation
sexual slavery
sexual servitude

[pornography]
pornograph*
sexually explicit

[forced-labour]
forced labour
forced labor
forced or compulsory labour
forced or compulsory labor
compulsory labour
compulsory labor
forced services
forced labour or services
forced labor or services
forced work
compelled labour
compelled labor
involuntary labour
involuntary labor
labour or services … by means of force
forced domestic work

[labour-exploitation]
labour exploitation
labor exploitation
exploitation of labour
exploitation of labor
physical exploitation
economic exploitation
exploitative labour
exploitative labor

[slavery]
slavery
slaves
slave
enslave*
!slavery-like
!slavery like

[slavery-like-practices]
practices similar to slavery
practice similar to slavery
practices similar to slaveries
similar to slavery
slavery-like
slavery like practices
peonage
debt bondage
bonded labour
bonded labor
debt servitude
serfdom
servile marriage
servile status
forced marriage
@servitude

[servitude]
servitude
involuntary servitude
domestic servitude
servile status
!praedial servitude
!servitude … land

[organ-removal]
removal of organs
removal of … organ*
organ removal
remov* … organ*
extraction of organs
harvest* … organ*
organ harvesting
sale of organs
trafficking in organs
organs, tissues
removal of … tissue*
body parts

[organ-removal-forced]
forced removal of organs
forced removal of … organ*
forcible removal of … organ*
forcible … removal … organ*
!forced or unlawful
!forced or illegal

[open-list]
!other forms of sexual exploitation
at a minimum
including but not limited to
not limited to
shall include
includes
including
any other form of exploitation
other forms of exploitation
any form of exploitation
such as

[forced-begging]
forced begging
begging
beggary
mendicancy

[forced-marriage]
forced marriage
servile marriage
marriage … without … consent
forced to marry

[illegal-adoption]
illegal adoption
illicit adoption
unlawful adoption

[forced-criminality]
forced criminality
criminal activities
forced to commit … crime*
forced to commit … offence*
compel* … to commit … offence*
compel* … to commit … crime*

[armed-conflict]
armed conflict
child soldier*

# ---------------------------------------------------------------- victims in scope
[person]
person
persons
any person
another person
individual
individuals
human being*
anyone

[women-children-only]
only women
women and children only
women or children only
only … women and children
solely … women
exclusively … women
any woman or child
a woman or child
a woman or a child
trafficking in women and children
trafficking of women and children
trafficking in women and girls
traffics … woman or child
woman or girl

[child]
child
children
child's
minor
minors
juvenile*
young person*
girl
girls
boy
boys
@under-18
!minor offence*
!minor offense*
!minor injur*
!minor amendment*
!minor changes

[under-18]
under 18
under eighteen
under the age of 18
under the age of eighteen
below the age of 18
below the age of eighteen
below 18
not attained the age of 18
not attained the age of eighteen
not attained 18
not attained eighteen
not yet 18
less than 18
less than eighteen
younger than 18
younger than eighteen
not reached the age of 18
not reached the age of eighteen
under 18 years
under eighteen years

# ---------------------------------------------------------------- consent, child rule
[consent-irrelevant]
irrelevant whether … consent*
with or without the consent of the victim
with or without the victim's consent
whether or not the victim consent*
whether or not … victim … consent*
consent … victim … irrelevant
consent … victim … immaterial
consent … exploitation … irrelevant
consent … exploitation … immaterial
consent … child … irrelevant
consent … victim … not … defence
consent … victim … not … defense
consent … irrelevant
consent … immaterial
consent … not a defence
consent … not a defense
consent … no defence
consent … no defense
consent … not be a defence
consent … not be a defense
consent … not constitute a defence
consent … not be relevant
regardless of … consent
irrespective of … consent
notwithstanding … consent
consent … shall not affect
consent … does not affect
consent … shall be disregarded

[consent-child-only]
consent of a child
consent of the child
consent of a minor
consent of the minor
child's consent
consent given by a child
consent given by the child

[child-no-means]
even if … none of the means
even if … not involve any of the means
does not involve any of the means
not involve any of the means
means … shall not be necessary
means … not be necessary
means … shall not be required
means … not required
not necessary … means
need not … means
no need … means
regardless of … means
irrespective of … means
whether or not … means

# ---------------------------------------------------------------- participation (art. 5(2))
[attempt]
attempts to commit
attempt to commit
attempting to commit
attempts to violate
attempt to violate
attempted to commit
whoever attempts
attempted offence*
attempted offense*
attempts to do so
attempt to traffic
attempt … shall be punish*
attempt … punishable
attempt … same penalt*
attempt … same punishment
attempt … same manner

[accomplice]
accomplice*
aids or abets
aids, abets
aids and abets
aiding and abetting
aiding or abetting
abets
abetment
abettor*
aider
aiders
counsels or procures
party to the offence
party to the offense
punishable as a principal
punished as a principal
secondary party

[participation]
@accomplice
conspir*
participation in a venture
knowingly assisting
participant* in the offence
participant* in the offense
complicity
co-perpetrator*
joint perpetrator*

[organise]
organizes or directs
organises or directs
organizes, directs
organises, directs
organizing or directing
organising or directing
directs or organizes
directs or organises
directs another person
directs other persons
directs … to commit
directing … commission
finances … trafficking
finances … offence*
finances … offense*
financing … trafficking
leads or organizes
leads or organises
orders … to commit
gives instructions … commit
masterminds
organizer*
organiser*

[instigation]
@organise
instigat*
conspir*
criminal association
criminal enterprise
incites
incitement

[organised-crime]
organized criminal group
organised criminal group
organized crime
organised crime
criminal organization
criminal organisation
organized group
organised group

[legal-person]
!whether or not a legal entity
legal person*
body corporate
bodies corporate
juridical person*
corporate body
corporate bodies
corporate liability

[corporate-liability]
legal person* … liable
legal person* … liability
legal person* … fine*
liability of legal persons
liability of a legal person
body corporate … liable
body corporate … fine*
bodies corporate … liable
juridical person* … liable
legal entit* … liable
legal entit* … fine*
corporate liability
corporate criminal liability
fine … legal person*

# ---------------------------------------------------------------- penalties and provision roles
[custodial]
imprisonment for
imprisoned for
imprisoned not
imprisoned not more than
or imprisoned
be imprisoned
shall be imprisoned
term of imprisonment
imprisonment of
imprisonment not exceeding
imprisonment which
punishable with imprisonment
punished with imprisonment
liable to imprisonment
sentenced to imprisonment
rigorous imprisonment
simple imprisonment
life imprisonment
imprisonment for life
imprisonment for a term
custodial sentence
deprivation of liberty for
penal servitude
imprisonment and
imprisonment, and

[defines]
exploitation includes
exploitation shall include
means
shall mean
the term
for the purposes of this
for purposes of this
is defined as
defined as
in this act
in this chapter

[repealed]
repealed
(repealed)
omitted

# ---------------------------------------------------------------- aggravation (REC)
[aggravation]
aggravat*
penalty shall be increased
punishment shall be increased
enhanced penalt*
enhancement*
shall not be less than
not less than
for life

[child-aggravation]
increased … victim is a child
increased … victim is a minor
imprisonment … victim is a child
imprisonment … victim is a minor
victim is a child … imprisonment
victim is a child … penalty
penalty … victim is a child
penalty … victim is a minor
trafficking of a child … punishable
trafficking of a child … imprisonment
involves the trafficking of a child
against a child … imprisonment
aggravat* … child
child … aggravat*
increased … against a child
increased … involves a child

[official-aggravation]
public official*
public servant*
public officer*
police officer*
government official*
law enforcement officer*
official position
abuse of office
abuses his official

[harm-aggravation]
death results
results in death
resulted in death
death of the victim
serious injury
serious bodily injury
grievous hurt
grievous bodily harm
bodily injury
endangers … life
endangered … life
danger to … life
life-threatening
aggravated sexual abuse
attempt to kill
kidnaping
kidnapping
torture

[multiple-victims]
more than one person
more than one victim
multiple victims
several victims
two or more victims
three or more victims
more than one child

[recidivism]
recidiv*
repeat offender*
previously convicted
more than once
second or subsequent
subsequent conviction

[family-aggravation]
parent
guardian of the victim
family member
relative of the victim
spouse

# ---------------------------------------------------------------- victims
[victim]
victim
victims
victim's
victims'
trafficked person*
survivor* of trafficking
complainant*

[privacy]
privacy
private life
confidential*
anonymity
anonymous*
identity of … victim*
victim's identity
identity of the victim
identifying information
identifying details
non-disclosure
shall not be disclosed
not … disclose … identity
names … not … disclosed
not be published
publication … prohibited
@identity-protection

[identity-protection]
protect* … identity
identity … protected
conceal* … identity
pseudonym*
without being identified
names and identifying information

[closed-hearing]
in camera
closed hearing*
closed court
closed session*
closed proceedings
proceedings … confidential
confidential … proceedings
exclude* … public
public … excluded
press … excluded
without being identified
testify … without … identif*

[information-proceedings]
informed of the proceedings
informed about the proceedings
information on … proceedings
information about … proceedings
informed of … progress
informed … status of … case
status of the case
progress of the case
notified of … hearing*
notified of … decision*
informed of … hearing*
informed of … release
right to be informed … proceedings
informed of court
information on court

[views-heard]
victim* … be heard
opportunity to be heard
make representations to the court
views and concerns
right to be heard
victim impact statement*
present … views
views … considered
civil party
participate in the proceedings

[intermediary]
intermediary
communicate with the court

[housing]
appropriate housing
housing
shelter*
safe accommodation
accommodation
safe house*
residential care
!harbour*

[counselling]
advice and information
advice and assistance
counselling
counseling
guidance and support

[legal-information]
free legal services
legal services to victims
information … rights
informed of their rights
informed of his or her rights
information about their rights
legal advice
legal aid
legal assistance
legal representation
hotline

[interpreter]
!interpreter … accused
!accused … interpreter
interpreter*
interpretation services
translation*
translator*
language … understand*

[medical]
medical or psychological
medical and psychological
medical care
medical assistance
medical treatment
medical services
health care
healthcare
health services
medical, psychological

[psychological]
medical or psychological
medical and psychological
psychological services
psychological support
psychological assistance
psychological care
psychological counselling
psychological counseling
psychosocial
psycho-social
mental health services
trauma-informed
medical, psychological
psychological and material

[material-assistance]
material assistance
material support
subsistence
food, clothing
food and shelter
financial assistance
cash assistance
allowance*
benefits and services
psychological and material

[employment]
employment, educational
employment and training
employment and education
employment opportunities
access to employment
employment, education
job placement
job counseling
job counselling
work permit*
right to work
authorization to work
employment authorization
livelihood*
income-generating
income generating

[education]
educational and training
employment, educational
access to education
educational opportunities
education and training
employment, education
schooling
school enrollment
scholarship*
education services
educational services
educational assistance

[training]
vocational training
vocational
skills training
education and training
training opportunities
job training

[best-interests-child]
appoint* … guardian*
guardian* … appoint*
guardian ad litem
legal guardian of the victim
court-appointed representative
best interests of the child
best interest of the child
best interests of children
child victims
child-sensitive
child sensitive
presumption of minority
age assessment
special needs of children
needs of child victims
juvenile victims
under 18 victims

[special-needs]
special needs
age and gender
age, gender
gender-sensitive
gender sensitive
gender perspective
gender-specific

[safety]
!public safety
!road safety
!safety standards
!occupational safety
physical safety
safety of victims
safety of the victim
safety
protect* … from … reprisal*
protect* … from … intimidation
protect* … from … retaliation
reprisal*
retaliation
protective measures
protection measures
protection order*
protective custody
police protection
relocation
relocate*

[witness-protection]
witness protection
protection of witnesses
no-contact
not to contact the victim
refrain from contacting

[compensation]
compensat*
restitution
damages
reparation*
civil action
civil remedy
victims fund
victims' fund
indemni*

[residence-permit]
residence permit*
temporary residence
permanent residence
right to remain
remain in the country
remain in the territory
continued presence
leave to remain
stay in the country

[visa]
visa
visas
identity documents

[humanitarian]
humanitarian and compassionate
humanitarian … reasons
humanitarian … grounds
humanitarian … considerations
humanitarian … factors
compassionate grounds
humanitarian and personal

[repatriation]
return … to the State of which
State of which … is a national
right of permanent residence
repatriation of … nationals
repatriation of … citizens
repatriation of … residents
return of … nationals
return of … citizens
accept … return
facilitate … return of
consular assistance
re-entry of … nationals

[voluntary-return]
preferably be voluntary
preferably voluntary
shall … be voluntary
voluntary return
voluntary repatriation
returned voluntarily
return … voluntary
safe and voluntary
voluntary and safe
at the request of the victim
wishes of the victim

[safe-return]
due regard for … safety
safe return
return … safety
return … safe
safety … return
repatriation … safety
safe and voluntary
voluntary and safe
return … dignity
return … risk assessment
safe reintegration

[verify-nationality]
verify … nationality
verif* … national*
verification of … nationality
verify … residence
verify … citizenship
confirm … nationality

[travel-documents]
travel document*
travel papers
emergency passport*
laissez-passer
authorization to travel
authorisation to travel
documents … travel
documents … re-enter

[passport]
entitled to a passport
issue* … passport*
passport* … issued
identity card*
identity documents
@travel-documents

[non-punishment]
victim* … not be punished
victim* … not be penalized
victim* … not be penalised
victim* … not be prosecuted
victim* … not be held … liable
victim* … not … criminally liable
victim* … not be detained
not … punish* … victim*
not … prosecut* … victim*
immunity from prosecution
defence for … victims
defense for … victims
direct consequence of … trafficked
direct result of … trafficked
direct consequence of having been trafficked
direct result of being trafficked

[duress]
duress
necessity
incident to … trafficking
compelled to commit
irresistible
not arrest* … victim*
not … detain* … victim*
inappropriately detained

[reflection-period]
reflection period
recovery and reflection
period of reflection
reflection and recovery

[recovery-stay]
@reflection-period
until … recovery
until … recover*
period of recovery
stabilization
stabilisation

[recovery]
physical, psychological and social recovery
recovery
rehabilitation
reintegration
reintegrate*

[ngo]
non-governmental organi*
nongovernmental organi*
ngo
ngos
civil society
community-based organi*
faith-based organi*

# ---------------------------------------------------------------- UNTOC
[transnational-element]
!whether or not … border*
!within … or across … border*
!within or outside
!within … or to another country
!whether within
across … border*
into or out of
transnational
international borders
crosses … border*
another country
@organised-crime

[fine-alternative]
fine or imprisonment
or with fine
or a fine
or both

[rights-information]
informed of their rights
informed of his or her rights
informed of her rights
informed of his rights
information about their rights
information on their rights
information about … rights
information on … rights
information … legal rights

[policies]
national action plan
national plan of action
national strategy
national policy
coordinating body
inter-agency
interagency task force
national commission
national council
national rapporteur
coordination committee
comprehensive policies
policies, programmes

[prevention-campaigns]
awareness campaign*
public awareness
information campaign*
mass media
mass-media
awareness-raising
research
data collection
educational campaigns

[vulnerability-factors]
poverty
underdevelopment
lack of equal opportunity
root causes
vulnerability factors
factors that make … vulnerable
economic opportunities

[demand]
discourage the demand
discourage demand
demand that fosters
reduce demand
reduce the demand
demand for
supply chain*
purchase of sexual services

[information-exchange]
exchange of information
information exchange
share information
sharing of information
exchange information
exchanging information

[training-officials]
officials … receive training
officers … receive training
officials … shall be trained
training … officials
training … law enforcement
training … police
training for … officers
train* … personnel
capacity building
capacity-building
trained in identifying
training programmes
training programs

[use-restrictions]
restrictions on … use
restriction on … use
information received … only
use of … information … restrict*
conditions … use of … information

[border-controls]
border control*
border security
border management
points of entry
ports of entry
border checks

[carriers]
commercial carrier*
carrier*
transport compan*
airline*
shipping compan*
transport operator*

[carrier-document-check]
ascertain … travel documents
in possession of the travel documents
passengers … travel documents
passengers … documents required
check … documents … passengers
verify … passengers … documents

[carrier-sanctions]
carrier* … fine*
carrier* … penalt*
carrier* … liable
carrier* … sanction*
fine* … carrier*
sanctions … carrier*

[visa-denial]
deny entry
denial of entry
refuse entry
refusal of entry
revoke … visa*
revocation of … visa*
visa denial*
inadmissible
watch list*
watchlist*

[border-cooperation]
direct channels of communication
cooperation among border
border … agencies … cooperat*
cooperat* … border … agencies
cooperation between … border

[document-security]
document security
security of … documents
machine-readable
biometric*
security features
difficult to … falsify
cannot easily be misused
counterfeit … passport*
counterfeit … travel document*
forgery of … travel documents
integrity and security of

[document-verification]
legitimacy and validity
verif* … validity … documents
authenticity of … documents
verif* … documents … issued
verify … legitimacy

[refugee-protection]
non-refoulement
refugee*
asylum
1951 convention
international protection

[non-discrimination]
non-discrimination
without discrimination
discriminat*
equal treatment
on an equal basis

[treaty-text]
present protocol
this protocol
present convention
states parties
state party
each state party

[child-age-alternative]
or in which … induced … has not attained
or that the person has not attained the age of 18
or that the person has not attained the age of eighteen
or in which … has not attained 18
or in which … has not attained eighteen
or where the victim is under 18
or where the victim is a child
