# language: nl
Functionaliteit: Onderwijs en jeugdhulp op school en in de opvang
  Als intern begeleider
  wil ik weten welke hulp ik op school en thuis kan inzetten
  zodat het kind zo veel mogelijk op de eigen school blijft, met hulp die dichtbij is.

  Hulp begint licht en dicht bij huis: eerst wat iedere school of opvang biedt, dan extra ondersteuning
  en expertise uit de jeugdhulp op school en in de opvang, en pas als dat niet volstaat zwaardere hulp.
  Bij elke overstap, van opvang naar school, van basisschool naar voortgezet onderwijs en van voortgezet
  onderwijs naar mbo, gaat wat werkt mee met een warme overdracht.

  @ONDERSTEUNING-BASIS-01
  Abstract Scenario: Elke school en opvang biedt basisondersteuning
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan wordt basisondersteuning <overwogen>

    Voorbeelden:
      | leeftijd | plek                                 | overwogen      |
      | 3        | in de kinderopvang                   | overwogen      |
      | 8        | op de basisschool                    | overwogen      |
      | 10       | in het speciaal basisonderwijs       | overwogen      |
      | 10       | in het speciaal onderwijs            | overwogen      |
      | 14       | in het voortgezet onderwijs          | overwogen      |
      | 14       | in het voortgezet speciaal onderwijs | overwogen      |
      | 18       | op het mbo                           | overwogen      |
      | 10       | zonder school of opvang              | niet overwogen |

  @ONDERSTEUNING-EXTRA-01
  Abstract Scenario: Bij zorgen over leren of gedrag op school zet de school extra ondersteuning in
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    Als de professional om advies vraagt
    Dan wordt extra ondersteuning op school <overwogen>

    Voorbeelden:
      | zorgen       | waar                      | overwogen      |
      | leren        | alleen op school          | overwogen      |
      | gedrag       | zowel op school als thuis | overwogen      |
      | leren        | alleen thuis              | niet overwogen |
      | de opvoeding | alleen op school          | niet overwogen |

  @OJ-EXPERTISE-01
  Abstract Scenario: Expertise uit de jeugdhulp komt naar de school
    Gegeven een kind van 9 jaar <plek>
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt jeugdhulp op school <overwogen>

    Voorbeelden:
      | plek                           | zorgen                          | overwogen      |
      | op de basisschool              | gedrag                          | overwogen      |
      | in het speciaal basisonderwijs | een verstandelijke beperking    | overwogen      |
      | op de basisschool              | meerdere problemen in het gezin | overwogen      |
      | op de basisschool              | leren                           | niet overwogen |

  @OJ-EXPERTISE-02
  Abstract Scenario: Expertise uit de jeugdhulp komt ook naar de kinderopvang
    Gegeven een kind van <leeftijd> jaar in de kinderopvang
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt jeugdhulp in de opvang <overwogen>
    En staat de kinderopvang aan tafel

    Voorbeelden:
      | leeftijd | zorgen       | overwogen      |
      | 2        | gedrag       | overwogen      |
      | 3        | de opvoeding | overwogen      |
      | 3        | taal         | niet overwogen |

  @OJ-EXPERTISE-01
  Scenario: Bij jeugdhulp op school zit het CJG aan tafel
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    Als de professional om advies vraagt
    Dan wordt jeugdhulp op school overwogen
    En staat het CJG aan tafel

  @OJ-OUDERS-01
  Scenario: Hebben de ouders opvoedvragen, dan krijgen zij korte opvoedondersteuning
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over de opvoeding
    Als de professional om advies vraagt
    Dan wordt opvoedondersteuning overwogen
    En staat het CJG aan tafel

  @OJ-OUDERS-01
  Abstract Scenario: Speelt het gedrag ook thuis, dan krijgen de ouders korte opvoedondersteuning
    Gegeven een kind van <leeftijd> jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt <waar>
    Als de professional om advies vraagt
    Dan wordt opvoedondersteuning <overwogen>

    Voorbeelden:
      | leeftijd | waar                      | overwogen      |
      | 8        | zowel op school als thuis | overwogen      |
      | 12       | alleen thuis              | overwogen      |
      | 8        | alleen op school          | niet overwogen |

  @OJ-SMW-01
  Abstract Scenario: Bij zorgen thuis en op school helpt het schoolmaatschappelijk werk
    Gegeven een kind van 12 jaar in het voortgezet onderwijs
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    Als de professional om advies vraagt
    Dan wordt schoolmaatschappelijk werk <overwogen>

    Voorbeelden:
      | zorgen       | waar                      | overwogen      |
      | de opvoeding | zowel op school als thuis | overwogen      |
      | verzuim      | zowel op school als thuis | overwogen      |
      | de opvoeding | alleen thuis              | niet overwogen |
      | leren        | zowel op school als thuis | niet overwogen |

  @OJ-VERBINDEN-01
  Abstract Scenario: Bij een beperking, ziekte of psychische problemen verbinden school en zorg hun hulp
    Gegeven een kind van <leeftijd> jaar op de basisschool
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt een gesprek met de jeugdgezondheidszorg <overwogen>
    En staat de jeugdgezondheidszorg <aan tafel>

    Voorbeelden:
      | leeftijd | zorgen                     | overwogen      | aan tafel      |
      | 10       | een langdurige ziekte      | overwogen      | aan tafel      |
      | 10       | een lichamelijke beperking | overwogen      | aan tafel      |
      | 10       | psychische problemen       | overwogen      | aan tafel      |
      | 10       | leren                      | niet overwogen | niet aan tafel |

  @OJ-SPECIALISTISCH-01
  Abstract Scenario: Volstaat de school niet en spelen de problemen ook thuis, dan komt specialistische jeugdhulp in beeld
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt <waar>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan wordt specialistische jeugdhulp <overwogen>

    Voorbeelden:
      | waar                      | volstaat      | overwogen      |
      | zowel op school als thuis | volstaat niet | overwogen      |
      | zowel op school als thuis | volstaat      | niet overwogen |
      | alleen op school          | volstaat niet | niet overwogen |

  @OJ-SPECIALISTISCH-01
  Scenario: Lichte hulp komt vóór specialistische jeugdhulp
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over gedrag
    En het gedrag speelt zowel op school als thuis
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan komt basisondersteuning vóór specialistische jeugdhulp
    En komt opvoedondersteuning vóór specialistische jeugdhulp
    En staat de zorgaanbieder aan tafel

  @OJ-SPECIALISTISCH-02
  Scenario: Een lopend specialistisch zorgtraject gaat door en wordt afgestemd met school
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan wordt specialistische jeugdhulp overwogen
    En staat de zorgaanbieder aan tafel

  @OVERGANG-PO-VO-01
  Abstract Scenario: Een kind met zorgen gaat met een warme overdracht naar het voortgezet onderwijs
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan wordt een warme overdracht <overwogen>

    Voorbeelden:
      | leeftijd | plek                           | overwogen      |
      | 10       | op de basisschool              | niet overwogen |
      | 11       | op de basisschool              | overwogen      |
      | 12       | in het speciaal basisonderwijs | overwogen      |
      | 12       | in het speciaal onderwijs      | overwogen      |
      | 12       | in het voortgezet onderwijs    | niet overwogen |

  @OVERGANG-VO-MBO-01
  Abstract Scenario: Een jongere met zorgen gaat met een warme overdracht van het voortgezet onderwijs naar het mbo
    Gegeven een jongere van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    En de jongere heeft <startkwalificatie> startkwalificatie
    Als de professional om advies vraagt
    Dan wordt een warme overdracht <overwogen>
    En staan de ouders aan tafel

    Voorbeelden:
      | leeftijd | plek                                 | startkwalificatie | overwogen      |
      | 14       | in het voortgezet onderwijs          | geen              | niet overwogen |
      | 15       | in het voortgezet onderwijs          | geen              | overwogen      |
      | 16       | in het voortgezet speciaal onderwijs | geen              | overwogen      |
      | 17       | in het voortgezet onderwijs          | een               | niet overwogen |

  @ONDERSTEUNING-BASIS-01 @ONDERSTEUNING-EXTRA-01 @OJ-EXPERTISE-01 @THUISZITTER-01
  Abstract Scenario: Hulp in de klas past niet bij een kind dat niet op school is; dan komt eerst de aanpak van thuiszitten
    Basisondersteuning, extra ondersteuning en jeugdhulp op school krijgt een kind in de klas (kadernotitie §2.2 en
    §3.2, implementatieplan Advies 1). Wie langer dan vier weken geen onderwijs krijgt, is er niet.

    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag
    En de problemen spelen alleen op school
    En het kind zit <weken> weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt basisondersteuning <in de klas>
    En wordt extra ondersteuning op school <in de klas>
    En wordt jeugdhulp op school <in de klas>
    En wordt de aanpak thuiszitten <thuiszitten>

    Voorbeelden:
      | weken | in de klas     | thuiszitten    |
      | 0     | overwogen      | niet overwogen |
      | 4     | overwogen      | niet overwogen |
      | 5     | niet overwogen | overwogen      |
      | 16    | niet overwogen | overwogen      |

  @ONDERSTEUNING-BASIS-01 @ONDERSTEUNING-EXTRA-01 @OJ-EXPERTISE-01 @RMC-02
  Scenario: Ook een jongere die niet meer leerplichtig is en weken niet op school komt, krijgt geen hulp in de klas maar een traject met het RMC
    Gegeven een jongere van 18 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag
    En de jongere zit 10 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt basisondersteuning niet overwogen
    En wordt extra ondersteuning op school niet overwogen
    En wordt jeugdhulp op school niet overwogen
    En wordt een traject met het RMC overwogen

  @DYSLEXIE-01
  Scenario: Extra leesbegeleiding op school past pas weer als het kind terug is op school
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over dyslexie
    En het kind zit 6 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt extra ondersteuning op school niet overwogen
    En wordt de aanpak thuiszitten overwogen

  @OJ-OUDERS-01
  Scenario: Bij een volwassen student is er geen opvoedondersteuning voor de ouders
    Gegeven een jongere van 19 jaar op het mbo
    En er zijn zorgen over gedrag
    En de problemen spelen zowel op school als thuis
    Als de professional om advies vraagt
    Dan wordt opvoedondersteuning niet overwogen
    En staan de ouders niet aan tafel
