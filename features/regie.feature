# language: nl
Functionaliteit: Wie heeft de regie
  Als intern begeleider of CJG-coördinator
  wil ik weten wie de regie neemt rond een kind dat ondersteuning nodig heeft
  zodat een casus niet wekenlang blijft liggen omdat niemand coördineert.

  De regie volgt eerst uit waar het kind onderwijs of opvang krijgt. Gaat de vraag verder dan
  onderwijs, speelt er meer in het gezin of loopt er al zorg, dan schuift de regie door.

  @REGIE-ONDERWIJS-01 @REGIE-MBO-01 @REGIE-OPVANG-01 @REGIE-GEEN-01
  Abstract Scenario: De regie begint waar het kind onderwijs of opvang krijgt
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>

    Voorbeelden:
      | leeftijd | plek                                | regiehouder |
      | 3        | in de kinderopvang                  | de gemeente |
      | 8        | op de basisschool                   | de school   |
      | 9        | in het speciaal basisonderwijs      | de school   |
      | 7        | in het speciaal onderwijs           | de school   |
      | 14       | in het voortgezet onderwijs         | de school   |
      | 16       | in het voortgezet speciaal onderwijs | de school  |
      | 17       | op het mbo                          | de school   |
      | 10       | zonder school of opvang             | de gemeente |

  @REGIE-ONDERWIJS-01
  Scenario: Op school neemt de intern begeleider de regie, samen met het samenwerkingsverband
    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de intern begeleider of zorgcoördinator van de school de regie
    En staat het samenwerkingsverband aan tafel
    En staan de ouders aan tafel

  @REGIE-ONDERWIJS-01
  Scenario: De regels gelden vanaf de zorgplicht van 1 augustus 2014
    Op 1 augustus 2014 kregen de samenwerkende schoolbesturen zorgplicht (kadernotitie §2.2). De taakverdeling
    in deze regels gaat daarvan uit; voor een eerdere dag geven ze geen advies.

    Gegeven de datum is 1 augustus 2014
    En een kind van 8 jaar op de basisschool
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de intern begeleider of zorgcoördinator van de school de regie, samen met het samenwerkingsverband

  @REGIE-ONDERWIJS-01
  Scenario: Voor 1 augustus 2014 geven de regels geen advies
    Gegeven de datum is 31 juli 2014
    En een kind van 8 jaar op de basisschool
    Als de professional om advies vraagt
    Dan geven de regels geen advies, want ze gelden pas vanaf 1 augustus 2014

  @REGIE-MBO-01
  Scenario: Een student op het mbo krijgt eerst hulp van de eigen opleiding
    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over psychische problemen
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de studentbegeleider of het zorgteam van de mbo-school de regie

  @REGIE-OPVANG-01
  Scenario: Bij een peuter in de opvang coördineert het CJG, samen met de opvang
    Gegeven een kind van 2 jaar in de kinderopvang
    En er zijn zorgen over taal
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de kinderopvang aan tafel
    En staat de jeugdgezondheidszorg aan tafel

  @REGIE-GEEN-01
  Scenario: Een kind dat nergens staat ingeschreven valt onder de gemeente
    Gegeven een kind van 2 jaar zonder school of opvang
    En er zijn zorgen over de opvoeding
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat het CJG aan tafel

  @REGIE-GEMEENTE-01 @REGIE-ONDERWIJS-01
  Abstract Scenario: Het gaat om de vraag, niet om de plek: alleen een vraag die verder gaat dan onderwijs brengt de regie naar de gemeente
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>

    Voorbeelden:
      | zorgen               | waar                      | volstaat      | regiehouder |
      | gedrag               | zowel op school als thuis | volstaat      | de school   |
      | gedrag               | zowel op school als thuis | volstaat niet | de gemeente |
      | gedrag               | alleen op school          | volstaat niet | de school   |
      | leren                | alleen op school          | volstaat niet | de school   |
      | leren                | zowel op school als thuis | volstaat niet | de school   |
      | dyslexie             | zowel op school als thuis | volstaat niet | de school   |
      | taal                 | zowel op school als thuis | volstaat niet | de school   |
      | de opvoeding         | alleen op school          | volstaat niet | de gemeente |
      | psychische problemen | alleen op school          | volstaat niet | de gemeente |

  @REGIE-ONDERWIJS-01 @SO-SBO-TLV-01
  Scenario: Een leervraag die ook thuis speelt, blijft bij school en samenwerkingsverband; die zetten de volgende stap
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan blijft de regie bij de school
    En staat het samenwerkingsverband aan tafel
    En wordt een plek in het speciaal basisonderwijs overwogen
    En staat het CJG niet aan tafel

  @REGIE-GEMEENTE-01
  Scenario: Als de gemeente de regie neemt, blijven school en samenwerkingsverband aan tafel
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam van de gemeente de regie
    En staat het CJG aan tafel
    En staat het samenwerkingsverband aan tafel
    En staat de school aan tafel

  @REGIE-THUIS-01
  Abstract Scenario: Speelt een vraag over opvoeding of het gezin alleen thuis, dan is het CJG de voordeur en blijft de school op de hoogte
    Gegeven een kind van 9 jaar <plek>
    En er zijn zorgen over <zorgen>
    En de problemen spelen alleen thuis
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam van de gemeente de regie, als voordeur voor het gezin
    En staat het CJG aan tafel
    En staan de ouders aan tafel
    En blijft de school op de hoogte, maar niet aan tafel
    En wordt jeugdhulp op school niet overwogen

    Voorbeelden:
      | plek                           | zorgen                          |
      | op de basisschool              | de opvoeding                    |
      | op de basisschool              | gedrag                          |
      | in het speciaal basisonderwijs | psychische problemen            |

  @REGIE-THUIS-01 @REGIE-ONDERWIJS-01
  Scenario: Speelt de vraag ook op school, dan blijft de school coördineren
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de opvoeding
    En de problemen spelen zowel op school als thuis
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En staat de school aan tafel

  @REGIE-THUIS-01 @THUISZITTER-01
  Scenario: Zit het kind niet op school, dan speelt de vraag niet alleen thuis en blijven school en samenwerkingsverband aan tafel
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de opvoeding
    En de problemen spelen alleen thuis
    En het kind zit 6 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel

  @REGIE-ZORGPARTNER-01
  Abstract Scenario: Is een lopend specialistisch zorgtraject de kern van de vraag, dan coördineert de zorgaanbieder
    Gegeven een kind van 12 jaar in het speciaal onderwijs
    En er zijn zorgen over <zorgen>
    En de ondersteuning van school volstaat niet
    En het kind krijgt al <zorg>
    En het kind wacht <weken> weken op jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>

    Voorbeelden:
      | zorgen                          | zorg                            | weken | regiehouder    |
      | psychische problemen            | specialistische jeugdhulp       | 0     | de zorgpartner |
      | een verstandelijke beperking    | zorg uit de Wet langdurige zorg | 0     | de zorgpartner |
      | psychische problemen            | specialistische jeugdhulp       | 5     | de gemeente    |
      | psychische problemen            | lichte jeugdhulp                | 0     | de gemeente    |
      | leren                           | zorg uit de Wet langdurige zorg | 0     | de school      |
      | leren                           | specialistische jeugdhulp       | 0     | de school      |

  @REGIE-ZORGPARTNER-01 @REGIE-ONDERWIJS-01
  Scenario: Loopt er zorg maar volstaat de ondersteuning van school, dan blijft de school coördineren
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En staat de zorgaanbieder aan tafel

  @REGIE-ZORGPARTNER-01 @REGIE-ONDERWIJS-01 @ZORG-ONDERWIJSTIJD-01
  Scenario: Gaat de vraag alleen over leren, dan coördineert de school en leidt de zorgaanbieder alleen de eigen zorg
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over leren
    En het kind krijgt al zorg uit de Wet langdurige zorg
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En staat de zorgaanbieder aan tafel
    En wordt zorg tijdens de schooltijd overwogen
    En rust het advies op de afspraak "Zorg uit de Wet langdurige zorg loopt ook onder schooltijd door"

  @REGIE-ZORGPARTNER-01 @REGIE-GEMEENTE-01
  Scenario: Een lopend zorgtraject voor het gedrag gaat voor op de regie van de gemeente
    Gegeven een kind van 11 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de zorgpartner
    En neemt de zorgaanbieder die het zorgtraject uitvoert de regie
    En staat de zorgaanbieder aan tafel
    En staat de school aan tafel
    En staat het CJG aan tafel

  @REGIE-ZORGPARTNER-01 @REGIE-GEMEENTE-01
  Scenario: Gaat de vraag ook over de opvoeding, dan coördineert de gemeente, ook als er al zorg loopt
    Gegeven een kind van 11 jaar op de basisschool
    En er zijn zorgen over gedrag en de opvoeding
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de zorgaanbieder aan tafel

  @REGIE-GEZIN-01 @REGIE-ZORGPARTNER-01
  Scenario: Bij meerdere problemen in het gezin geldt één gezin, één plan
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over gedrag en meerdere problemen in het gezin
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam de regie

  @REGIE-GEZIN-01 @REGIE-ONDERWIJS-01
  Scenario: De regie schuift naar de gemeente, maar school en samenwerkingsverband blijven aan tafel
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over meerdere problemen in het gezin
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel
    En staan de ouders aan tafel

  @REGIE-ZORGPARTNER-01 @REGIE-OPVANG-01
  Scenario: Heeft de zorgaanbieder de regie bij een peuter in de opvang, dan zit de opvang aan tafel en niet een school
    Gegeven een kind van 2 jaar in de kinderopvang
    En er zijn zorgen over psychische problemen
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de zorgpartner
    En staat de kinderopvang aan tafel
    En staat de school niet aan tafel
