# language: nl
Functionaliteit: Woorden die passen bij de plek en de leeftijd
  Als professional die het advies met ouders bespreekt
  wil ik dat het advies de woorden gebruikt van de plek waar het kind is, en het kind of de jongere zo noemt
  zodat ouders zich in het advies herkennen en niets lezen over een school die er niet is.

  De teksten spreken over de opvang en de school in de buurt (PACT Kinderogen, Ambitie), over kinderen in het
  basisonderwijs (Programmalijn 1, 4 tot 12 jaar), over jeugdigen en jongeren in het voortgezet onderwijs en het mbo
  (kadernotitie §3.3, 0 tot en met 23 jaar) en over thuiszitters die geen onderwijs krijgen (implementatieplan,
  Bijlage 1, Kamerbrief thuiszitters).

  @REGIE-OPVANG-01 @ONDERSTEUNING-BASIS-01 @OJ-EXPERTISE-02 @JONG-OVERDRACHT-01
  Scenario: Bij een peuter in de opvang gaat het over de opvang en het kind, en zit er nog geen school aan tafel
    PACT Kinderogen, Programmalijn 2 (0 tot 6 jaar) en Ambitie: jeugdhulpverleners werken ook in de kinderopvang.
    Welke school het wordt, is nog niet bekend.

    Gegeven een kind van 3 jaar in de kinderopvang
    En er zijn zorgen over gedrag
    En het gedrag speelt alleen op school
    Als de professional om advies vraagt
    Dan heet basisondersteuning in het advies "Basisondersteuning van de opvang"
    En heet jeugdhulp in de opvang in het advies "Jeugdhulp en expertise in de opvang (interprofessioneel team)"
    En neemt het CJG (jeugdgezondheidszorg) de regie, samen met de kinderopvang
    En staat de school niet aan tafel
    En spreekt het advies over "het kind" en niet over "de jongere"

  @REGIE-ONDERWIJS-01 @ONDERSTEUNING-BASIS-01 @OJ-EXPERTISE-01
  Scenario: Bij een leerling op de basisschool gaat het over het kind en de school
    PACT Kinderogen, Programmalijn 1: kinderen van 4 tot 12 jaar in het basisonderwijs.

    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt alleen op school
    Als de professional om advies vraagt
    Dan heet basisondersteuning in het advies "Basisondersteuning van de school"
    En heet jeugdhulp op school in het advies "Jeugdhulp en expertise op school (interprofessioneel team)"
    En spreekt het advies over "het kind" en niet over "de jongere"
    En spreekt het advies niet over "school of opvang"

  @OJ-EXPERTISE-01
  Scenario: In het basisonderwijs helpt de jeugdhulp op school de leerkracht
    Kadernotitie, opening (casus Levi): de gedragsdeskundige geeft de leerkracht handvatten. Implementatieplan, Advies
    1: de leerkracht hoeft het niet alleen te doen.

    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt alleen op school
    Als de professional om advies vraagt
    Dan spreekt het advies over "de leerkracht"

  @REGIE-ONDERWIJS-01 @ONDERSTEUNING-BASIS-01 @KIND-01
  Scenario: Bij een leerling van 15 in het voortgezet onderwijs gaat het over de jongere en de school
    Kadernotitie, Bijlage 4 (casus M., 15 jaar): M. praat zelf mee. Het advies noemt geen opvang bij een leerling in
    het voortgezet onderwijs.

    Gegeven een jongere van 15 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag
    En het gedrag speelt alleen op school
    Als de professional om advies vraagt
    Dan heet basisondersteuning in het advies "Basisondersteuning van de school"
    En spreekt het advies over "de jongere" en niet over "het kind"
    En spreekt het advies niet over "school of opvang"
    En spreekt het advies niet over "de opvang"
    En praat de jongere zelf mee aan tafel

  @REGIE-MBO-01 @ONDERSTEUNING-BASIS-01 @KIND-01
  Scenario: Bij een student in het mbo gaat het over de jongere en de opleiding, zonder samenwerkingsverband
    Kadernotitie §3.2 en §3.3 (0 tot en met 23 jaar): ook in het mbo begeleidt eerst de eigen opleiding. De
    samenwerkingsverbanden zijn er voor het basisonderwijs en het voortgezet onderwijs (§1.3.2).

    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan neemt de studentbegeleider of het zorgteam van de mbo-school de regie
    En heet basisondersteuning in het advies "Basisondersteuning van de opleiding"
    En spreekt het advies over "de jongere" en niet over "het kind"
    En staat het samenwerkingsverband niet aan tafel
    En praat de jongere zelf mee aan tafel

  @REGIE-MBO-01 @REGIE-GEMEENTE-01
  Abstract Scenario: Bij een student in het mbo heten de regiehouder en de school aan tafel "de opleiding"
    Kadernotitie §1.3.2: het mbo valt niet onder de samenwerkingsverbanden. §3.2: in het mbo begeleidt eerst de
    opleiding de student.

    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over <zorgen>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan heet de school aan tafel "de opleiding"
    En spreekt het advies niet over "de school"
    En spreekt het advies niet over "samenwerkingsverband"

    Voorbeelden:
      | zorgen               | volstaat      |
      | leren                | volstaat      |
      | psychische problemen | volstaat niet |

  @THUISZITTER-01 @ONDERSTEUNING-BASIS-01 @ONDERSTEUNING-EXTRA-01 @OJ-EXPERTISE-01 @LEERPLICHT-GEEN-01
  Abstract Scenario: Bij een thuiszitter gaat het niet over hulp in de klas
    Wie langer dan vier weken geen onderwijs krijgt, is een thuiszitter (definitie thuiszitter); eerst komt de aanpak
    thuiszitten (kadernotitie, Schema 2; Kamerbrief thuiszitters). Hulp die ervan uitgaat dat de jongere in de klas
    zit, past dan niet.

    Gegeven een jongere van 14 jaar <plek>
    En er zijn zorgen over gedrag
    En het gedrag speelt alleen op school
    En de jongere zit 16 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt de aanpak thuiszitten overwogen
    En wordt basisondersteuning niet overwogen
    En wordt extra ondersteuning op school niet overwogen
    En wordt jeugdhulp op school niet overwogen
    En spreekt het advies niet over "in de klas"
    En spreekt het advies over "de jongere" en niet over "het kind"

    Voorbeelden:
      | plek                        |
      | in het voortgezet onderwijs |
      | zonder school of opvang     |

  @LEERPLICHT-GEEN-01 @REGIE-GEEN-01
  Scenario: Zonder school zit er geen school aan tafel
    Kadernotitie §2.2 (zorgplicht): de schoolbesturen zoeken samen een passende plek. Leerplicht en het
    samenwerkingsverband zoeken die school; er is nog geen school die aan tafel kan.

    Gegeven een jongere van 14 jaar zonder school of opvang
    En er zijn zorgen over gedrag
    Als de professional om advies vraagt
    Dan staat de school niet aan tafel
    En staat leerplicht aan tafel
    En staat het samenwerkingsverband aan tafel
    En spreekt het advies niet over "de school"

  @REGIE-ONDERWIJS-01 @THUISZITTER-01
  Scenario: Bij een thuiszitter zegt de school aan tafel niet dat zij de jongere elke dag ziet
    Een thuiszitter krijgt langer dan vier weken geen onderwijs (definitie thuiszitter). De school blijft
    verantwoordelijk voor een passende plek (kadernotitie §2.2, zorgplicht), maar ziet de jongere niet.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag
    En de jongere zit 16 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan staat de school aan tafel
    En spreekt het advies niet over "bijna elke dag"
