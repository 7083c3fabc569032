[trafficking]
trafficking in persons
human trafficking
!drug trafficking
[recruit]
recruit*
[transport]
transport*
[harbour]
harbo* … person*
[exploitation]
exploit*
[organs]
removal of organs
re: organs? (?:harvest|removal)
[custodial]
imprisonment
[defines]
means
[repealed]
repealed
[victim]
victim*
[compensation]
compensation
[person]
any person
[women-only]
only women
[force]
force
[deception]
deception
[treaty-text]
state party
this protocol
[forced-labour]
forced labour
[attempt]
attempt*
