# language: nl
Functionaliteit: Regulier waar het kan, speciaal onderwijs waar het moet
  Als samenwerkingsverband passend onderwijs
  wil ik dat het speciaal onderwijs pas in beeld komt als de school gedaan heeft wat ze kan
  zodat kinderen zo veel mogelijk naar een gewone school gaan, en toch op tijd een passende plek krijgen.

  @SO-SBO-TLV-01
  Abstract Scenario: Volstaat de ondersteuning op de basisschool niet, dan kan het speciaal basisonderwijs in beeld komen
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan wordt een plek in het speciaal basisonderwijs <overwogen>

    Voorbeelden:
      | zorgen                       | volstaat      | overwogen      |
      | leren                        | volstaat niet | overwogen      |
      | taal                         | volstaat niet | niet overwogen |
      | een verstandelijke beperking | volstaat niet | overwogen      |
      | leren                        | volstaat      | niet overwogen |
      | dyslexie                     | volstaat niet | niet overwogen |

  @SO-SBO-TLV-01
  Scenario: Over een plek in het speciaal basisonderwijs beslissen ouders en samenwerkingsverband mee
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan staat het samenwerkingsverband aan tafel
    En staan de ouders aan tafel
    En komt extra ondersteuning op school vóór een plek in het speciaal basisonderwijs

  @SO-TLV-01
  Abstract Scenario: Bij een beperking, ziekte of psychische problemen kan het speciaal onderwijs in beeld komen
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan wordt een plek in het speciaal onderwijs <overwogen>

    Voorbeelden:
      | leeftijd | plek                           | zorgen                     | waar                      | volstaat      | overwogen      |
      | 9        | op de basisschool              | een langdurige ziekte      | alleen op school          | volstaat niet | overwogen      |
      | 13       | in het voortgezet onderwijs    | psychische problemen       | zowel op school als thuis | volstaat niet | overwogen      |
      | 10       | in het speciaal basisonderwijs | gedrag                     | alleen op school          | volstaat niet | overwogen      |
      | 13       | in het voortgezet onderwijs    | gedrag                     | zowel op school als thuis | volstaat niet | niet overwogen |
      | 9        | op de basisschool              | gedrag                     | alleen op school          | volstaat niet | niet overwogen |
      | 9        | op de basisschool              | een lichamelijke beperking | alleen op school          | volstaat      | niet overwogen |

  @SO-PAKKET-01
  Abstract Scenario: In het speciaal onderwijs worden onderwijs en jeugdhulp één pakket
    Gegeven een kind van 12 jaar <plek>
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    Als de professional om advies vraagt
    Dan wordt onderwijs en jeugdhulp als één pakket <overwogen>

    Voorbeelden:
      | plek                                 | zorgen               | waar                      | overwogen      |
      | in het speciaal onderwijs            | gedrag               | zowel op school als thuis | overwogen      |
      | in het speciaal basisonderwijs       | psychische problemen | alleen thuis              | overwogen      |
      | in het voortgezet speciaal onderwijs | gedrag               | alleen op school          | niet overwogen |
      | op de basisschool                    | gedrag               | zowel op school als thuis | niet overwogen |

  @SO-PAKKET-01
  Scenario: Krijgt een leerling in het speciaal onderwijs al jeugdhulp, dan komt die in het pakket
    Gegeven een kind van 15 jaar in het voortgezet speciaal onderwijs
    En er zijn zorgen over leren
    En het kind krijgt al lichte jeugdhulp
    Als de professional om advies vraagt
    Dan wordt onderwijs en jeugdhulp als één pakket overwogen
    En staat de zorgaanbieder aan tafel
    En staat het CJG aan tafel

  @SO-TLV-01 @REGIE-GEMEENTE-01
  Scenario: Psychische problemen die alleen thuis spelen, zijn geen reden voor het speciaal onderwijs
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    En de problemen spelen alleen thuis
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan wordt een plek in het speciaal onderwijs niet overwogen
    En staat het samenwerkingsverband aan tafel
    En staat de school aan tafel
