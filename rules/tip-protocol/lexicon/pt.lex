# Portuguese lexicon for the tip-protocol pack (Brazil and Portugal).
# "tráfico de pessoas" IS trafficking in Portuguese; smuggling is "promoção de migração ilegal" /
# "auxílio à imigração ilegal".

# ---------------------------------------------------------------- the offence (anchor)
[trafficking]
tráfico de pessoas
tráfico de pessoa
tráfico de seres humanos
tráfico interno de pessoa*
tráfico internacional de pessoa*
tráfico de crianças
tráfico de mulheres
vítima* de tráfico
vítima* do tráfico
enfrentamento ao tráfico
!tráfico de drogas
!tráfico ilícito de entorpecentes
!tráfico de entorpecentes
!tráfico de armas
!tráfico de migrantes
!tráfico ilícito de migrantes

# ---------------------------------------------------------------- acts
[recruit]
recrut*
alici*
agenci*
!recrutamento de servidores

[transport]
transportar
transporte
transportá-la
transporta
transportado*
transportada*
transportação
!meios de transporte
!empresas de transporte
!transporte … vítima*

[transfer]
entregar
ceder … pessoa*
oferecer … pessoa*
transferir
transfira
transferi-la
transferência de pessoa*
comprar
compra … pessoa*
vender
vend* … pessoa*
entreg* … pessoa*
!transferir … bens
!transferência de … bens
!transferir … recursos

[harbour]
alojar
aloje
alojá-la
alojamento de pessoa*
abrig* … pessoa*
escond* … pessoa*
!vítima* … aloj*
!aloj* … vítima*

[receive]
aceitar
aceitar … pessoa*
acolher
acolha
acolhê-la
acolhimento de pessoa*
receber … pessoa*
receb* … pessoa*
!acolhimento … vítima*
!vítima* … acolh*

# ---------------------------------------------------------------- means
[force]
grave ameaça
ameaça*
violência
uso da força
força

[coercion]
coação
coagir
coerção
outras formas de coação

[abduction]
rapto
sequestro
sequestr*

[fraud]
fraude
fraudulent*
manobra fraudulenta

[deception]
engano
engan*
ardil
ardis
falsas promessas

[abuse-of-power]
abuso de autoridade
abuso de poder
abuso de posição
relações de … autoridade

[vulnerability]
situação de vulnerabilidade
vulnerabilidade
especial vulnerabilidade

[payments]
consentimento da pessoa que tem o controlo
pessoa que tem o controlo sobre a vítima
obtenção do consentimento
pagamentos ou benefícios
pagamento* … benefício*
consentimento de uma pessoa que tenha autoridade
pessoa que tenha autoridade sobre outra

# ---------------------------------------------------------------- purpose
[exploitation-purpose]
para fins de exploração
com a finalidade de
com o fim de
com fim de exploração
para fins de
finalidade de exploração
com o objetivo de explorar

[prostitution-of-others]
prostituição de outrem
exploração da prostituição
prostituição
lenocínio
rufianismo

[sexual-exploitation]
exploração sexual
outras formas de exploração sexual
qualquer forma de exploração sexual
turismo sexual

[pornography]
pornografi*
pornográfic*

[forced-labour]
trabalho forçado
trabalhos forçados
serviços forçados
trabalho ou serviços forçados
trabalho em condições análogas à de escravo
condições análogas à de escravo
condição análoga à de escravo
trabalho escravo
jornada exaustiva

[labour-exploitation]
exploração laboral
exploração do trabalho

[slavery]
escravatura
escravidão
escravo
escravos
escraviz*

[slavery-like-practices]
servidão por dívidas
práticas similares à escravatura
práticas similares à escravidão
práticas análogas à escravatura
análoga à de escravo
análogas à de escravo
servidão por dívida*
casamento servil
casamento forçado
@servitude

[servitude]
servidão
qualquer tipo de servidão
servidão doméstica
!servidão de passagem
!servidões administrativas
!servidão … prédio*
!servidão … imóve*
!servidão … terreno*
!servidão predial
!servidões prediais

[organ-removal]
remoção de órgãos
remover-lhe órgãos
remover … órgão*
remoção … órgão*
órgãos, tecidos ou partes do corpo
órgãos, tecidos
retirada de órgãos
extração de órgãos
tráfico de órgãos

[organ-removal-forced]
remoção forçada

[open-list]
!outras formas de exploração sexual
no mínimo
entre outros
entre outras
dentre outras
outras formas de exploração
qualquer outra forma de exploração
inclui

[forced-begging]
mendicância
mendicidade

[forced-marriage]
casamento forçado
casamento servil

[illegal-adoption]
adoção ilegal
adoção irregular

[forced-criminality]
atividades criminosas
prática de crimes

[armed-conflict]
conflito armado
conflitos armados

# ---------------------------------------------------------------- victims in scope
[person]
pessoa
pessoas
outra pessoa
alguém
ser humano
seres humanos
vítima … ou estrangeir*

[women-children-only]
somente mulheres
apenas mulheres
exclusivamente … mulheres
mulheres e crianças apenas
tráfico de mulheres e crianças
mulher ou criança

[child]
menor
menores
!pena menor
!menor gravidade
!menor potencial
criança
crianças
adolescente
adolescentes
menor de idade
menores de idade
menor de 18
menores de 18
@under-18

[under-18]
menor de 18 anos
menores de 18 anos
menor de dezoito anos
menores de dezoito anos
menos de 18 anos
menos de dezoito anos
até 18 anos
até dezoito anos
não tenha completado 18
não tenha completado dezoito

# ---------------------------------------------------------------- consent, child rule
[consent-irrelevant]
consentimento … vítima … irrelevante
consentimento … irrelevante
consentimento … não exclui
consentimento … não afasta
consentimento … não será considerado
consentimento … não elide
ainda que … consentimento
mesmo com … consentimento
com ou sem … consentimento

[consent-child-only]
consentimento da criança
consentimento do menor
consentimento do adolescente

[child-no-means]
ainda que não envolva nenhum dos meios
ainda que não … meios
mesmo que não … meios
independentemente … meios
não … necessário … meios
dispensad* … meios

# ---------------------------------------------------------------- participation
[attempt]
tentativa
tentado
pune-se a tentativa

[accomplice]
concorre para o crime
cúmplice*
cumplicidade
incide nas penas a este cominadas

[participation]
@accomplice
partícipe*
coautor*
participação

[organise]
organiz* … crime
dirig* … atividade*
organiza, dirige
financia
financiar
organizador*
!organização criminosa

[instigation]
@organise
instig*
induz*
associação criminosa

[organised-crime]
organização criminosa
associação criminosa
grupo criminoso organizado

[legal-person]
pessoa jurídica
pessoas jurídicas

[corporate-liability]
pessoa* jurídica* … multa
responsabilidade penal da pessoa jurídica
pessoas jurídicas … responsabilizadas
pessoa jurídica … responderá

# ---------------------------------------------------------------- penalties and roles
[custodial]
reclusão
detenção
prisão
pena privativa de liberdade

[defines]
a exploração compreende
a exploração inclui
entende-se por
considera-se
considera-se tráfico
para os fins desta lei
para os efeitos desta lei

[repealed]
revogado
revogada
(revogado
revogados
revogadas

# ---------------------------------------------------------------- aggravation
[aggravation]
a pena é aumentada
pena é aumentada
aumenta-se a pena
causas de aumento
agravante*
qualificad*

[child-aggravation]
contra criança
contra criança, adolescente
cometido contra criança
vítima for criança
vítima for menor
vítima … criança ou adolescente
contra menor de 18

[official-aggravation]
funcionário público
servidor público
agente público
no exercício de suas funções

[harm-aggravation]
morte
lesão corporal grave
perigo de vida

[multiple-victims]
mais de uma vítima
várias vítimas

[recidivism]
reincid*

[family-aggravation]
relações de parentesco
ascendente
cônjuge

# ---------------------------------------------------------------- victims
[victim]
vítima
vítimas
ofendido
ofendida

[privacy]
preservação da intimidade
intimidade da vítima
intimidade e … identidade
identidade da vítima
identidade … vítima*
sigilo dos dados
sigilo … vítima*
vítima* … sigilo
confidencial*
privacidade
@identity-protection

[identity-protection]
preservação da intimidade e da identidade
proteção da identidade
preservação da identidade
sigilo … identidade

[closed-hearing]
sigilo dos procedimentos
sigilo … procedimentos judiciais
segredo de justiça
sessão secreta
portas fechadas

[information-proceedings]
informação sobre … procedimento*
informação sobre … processo
informada … processo
informado … processo
informada … andamento
andamento do processo
atos processuais
comunicada … atos

[views-heard]
ser ouvida
ser ouvido
assistente de acusação
assistente do ministério público

[intermediary]
intermediário

[housing]
abrigo
abrigamento
casa-abrigo
acolhimento e abrigo
alojamento
moradia

[counselling]
aconselhamento
orientação

[legal-information]
informação … direitos
assistência jurídica
orientação jurídica
assistência judiciária

[interpreter]
!intérprete … acusado
!acusado … intérprete
!réu … intérprete
!intérprete … réu
intérprete*
tradutor*
tradução
idioma

[medical]
e de saúde
serviços de saúde
atendimento de saúde
assistência à saúde
atendimento à saúde
atenção à saúde
assistência médica
atendimento médico
médica, psicológica

[psychological]
assistência psicológica
atendimento psicológico
apoio psicológico
acompanhamento psicológico
psicossocial
médica, psicológica

[material-assistance]
assistência material
alimentação
auxílio financeiro
subsistência
psicológica e material
e material

[employment]
trabalho e emprego
de trabalho e emprego
acesso ao emprego
acesso a emprego
acesso … emprego
oportunidades de emprego
inserção no mercado de trabalho
obter emprego
trabalho e renda
reinserção no mercado
colocação profissional

[education]
acesso à educação
acesso … educação
reinserção escolar
sistema educacional
educação e capacitação

[training]
formação profissional
qualificação profissional
capacitação

[best-interests-child]
interesse superior
curador especial
proteção integral
criança ou adolescente vítima

[special-needs]
necessidades específicas
necessidades especiais
perspectiva de gênero
faixa etária

[safety]
segurança da vítima
segurança das vítimas
segurança … vítima*

[witness-protection]
proteção a testemunhas
proteção às testemunhas
testemunhas ameaçadas

[compensation]
indeniz*
reparação do dano
reparação dos danos
reparar o dano
ressarcimento
prestação pecuniária

[residence-permit]
autorização de residência
residência permanente
residência temporária
permanência no país
visto temporário

[visa]
visto
vistos

[humanitarian]
razões humanitárias
acolhida humanitária
humanitários e pessoais

[repatriation]
repatriação
repatriar
retorno … nacionais
assistência consular

[voluntary-return]
preferencialmente voluntári*
de preferência voluntári*
retorno voluntário
regresso voluntário

[safe-return]
tendo devidamente em conta … segurança
de forma segura
forma segura
condições de segurança
retorno … segur*
regresso … segur*
retorno seguro

[verify-nationality]
verificar … nacionalidade
verificação … nacionalidade

[travel-documents]
documento de viagem
documentos de viagem
autorização de retorno

[passport]
passaporte*
documento de identidade
@travel-documents

[non-punishment]
vítima* … não será punida
vítima* … não será punido
vítima* … não serão punidas
não punição
vítima* … isent* de pena
isent* de pena … vítima*
vítima* … não … responsabilizad*

[duress]
coação irresistível
só é punível o autor da coação
estado de necessidade

[reflection-period]
período de reflexão
prazo de reflexão

[recovery-stay]
@reflection-period
período de recuperação

[recovery]
recuperação
reinserção social
atenção integral
reintegração

[ngo]
organizações não governamentais
organização não governamental
sociedade civil
ong

[transnational-element]
tráfico internacional
entrada ou saída do território
saída … para o exterior
cruzar a fronteira
transnacional
@organised-crime

[fine-alternative]
ou multa

[rights-information]
informação sobre … direitos
informada … direitos
informado … direitos
informação … direitos

[policies]
plano nacional
política nacional
comitê nacional
comissão nacional
estratégia nacional
políticas públicas

[prevention-campaigns]
campanhas de conscientização
campanhas de sensibilização
campanhas
sensibilização
conscientização
estudos e pesquisas
pesquisas

[vulnerability-factors]
pobreza
subdesenvolvimento
igualdade de oportunidades
fatores de vulnerabilidade
causas estruturais

[demand]
desestimular a demanda
reduzir a demanda
demanda por
cadeia* produtiva*
cadeias de fornecimento

[information-exchange]
intercâmbio de informações
troca de informações
compartilhamento de informações

[training-officials]
capacitação … agentes
capacitação … servidores
formação … profissionais
capacitação … profissionais
treinamento … agentes
capacitação de

[use-restrictions]
restrições … uso
informações recebidas … somente
condições … uso das informações

[border-controls]
fiscalização de fronteiras
controles … fronteira*
fiscalização … fronteira*
controle de fronteiras
controle fronteiriço
controle migratório
pontos de entrada
controle das fronteiras

[carriers]
transportador*
empresa* de transporte
companhia* aérea*
transportadores comerciais

[carrier-document-check]
passageiros … documentos
verificar … documentos de viagem
passageiros … documentação

[carrier-sanctions]
transportador* … multa
multa … transportador*
empresa* de transporte … multa
multa … empresa* de transporte
sanç* … transportador*

[visa-denial]
recusa de entrada
impedimento de ingresso
revogação … visto*
cancelamento … visto*
impedir a entrada
impedido de ingressar

[border-cooperation]
canais diretos de comunicação
cooperação entre … órgãos … fronteiras
cooperação … controle de fronteiras

[document-security]
segurança dos documentos
biométric*
falsificação … passaporte*
falsificação … documentos de viagem
elementos de segurança
integridade e segurança

[document-verification]
legitimidade e validade
autenticidade dos documentos
verific* … validade … documentos

[refugee-protection]
não devolução
refugiad*
refúgio
asilo
proteção internacional

[non-discrimination]
não discriminação
sem discriminação
discriminação
igualdade de tratamento

[treaty-text]
presente protocolo
presente convenção
estados partes
estado parte
cada estado parte

[child-age-alternative]
ou se a vítima for criança ou adolescente
