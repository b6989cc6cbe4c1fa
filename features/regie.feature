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
  Abstract Scenario: Gaat de vraag verder dan onderwijs en volstaat de school niet, dan neemt de gemeente de regie
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>

    Voorbeelden:
      | zorgen         | waar                      | volstaat      | regiehouder |
      | gedrag         | zowel op school als thuis | volstaat      | de school   |
      | gedrag         | zowel op school als thuis | volstaat niet | de gemeente |
      | leren          | alleen op school          | volstaat niet | de school   |
      | de opvoeding   | alleen op school          | volstaat niet | de gemeente |

  @REGIE-GEMEENTE-01
  Scenario: Als de gemeente de regie neemt, zitten CJG en onderwijs samen aan tafel
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam van de gemeente de regie
    En staat het CJG aan tafel
    En staat het samenwerkingsverband aan tafel
    En staat de school aan tafel

  @REGIE-ZORGPARTNER-01
  Abstract Scenario: Loopt er al een specialistisch zorgtraject, dan heeft de zorgaanbieder de professionele regie
    Gegeven een kind van 12 jaar in het speciaal onderwijs
    En er zijn zorgen over psychische problemen
    En het kind krijgt al <zorg>
    En het kind wacht <weken> weken op jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>

    Voorbeelden:
      | zorg                            | weken | regiehouder     |
      | specialistische jeugdhulp       | 0     | de zorgpartner  |
      | zorg uit de Wet langdurige zorg | 0     | de zorgpartner  |
      | specialistische jeugdhulp       | 5     | de school       |
      | lichte jeugdhulp                | 0     | de school       |

  @REGIE-ZORGPARTNER-01 @REGIE-GEMEENTE-01
  Scenario: Een lopend zorgtraject gaat voor op de regie van de gemeente
    Gegeven een kind van 11 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de zorgpartner
    En neemt de zorgaanbieder die het zorgtraject uitvoert de regie
    En staat de zorgaanbieder aan tafel

  @REGIE-GEZIN-01 @REGIE-ZORGPARTNER-01
  Scenario: Bij meerdere problemen in het gezin geldt één gezin, één plan
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over gedrag en meerdere problemen in het gezin
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam de regie
