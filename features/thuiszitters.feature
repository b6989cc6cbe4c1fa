# language: nl
Functionaliteit: Verzuim en thuiszitten
  Als leerplichtambtenaar
  wil ik dat verzuim en thuiszitten vroeg bij mij komen
  zodat geen kind langer dan nodig thuiszit zonder onderwijs.

  Leerplichtig is een kind van 5 tot en met 17 jaar zonder startkwalificatie. Wie langer dan vier weken geen
  passend onderwijs krijgt, is een thuiszitter: in hele weken is dat vanaf de vijfde week. Thuiszitten pakken
  gemeente en onderwijs samen aan: de gemeente organiseert de regie, leerplicht handhaaft, en school en
  samenwerkingsverband houden hun zorgplicht. Bij drie maanden zet het samenwerkingsverband door.

  @VERZUIM-01
  Abstract Scenario: Bij verzuim van een leerplichtig kind schuift leerplicht aan
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over verzuim
    Als de professional om advies vraagt
    Dan staat leerplicht <aan tafel>

    Voorbeelden:
      | leeftijd | plek                        | aan tafel      |
      | 4        | op de basisschool           | niet aan tafel |
      | 5        | op de basisschool           | aan tafel      |
      | 17       | in het voortgezet onderwijs | aan tafel      |
      | 18       | in het voortgezet onderwijs | niet aan tafel |

  @VERZUIM-01
  Scenario: Wie een startkwalificatie heeft, is niet meer leerplichtig
    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over verzuim
    En de jongere heeft een startkwalificatie
    Als de professional om advies vraagt
    Dan staat leerplicht niet aan tafel

  @THUISZITTER-01
  Abstract Scenario: Langer dan vier weken zonder passend onderwijs maakt een leerplichtig kind tot thuiszitter
    Gegeven een kind van <leeftijd> jaar in het voortgezet onderwijs
    En het kind zit <weken> weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>
    En wordt de aanpak thuiszitten <overwogen>

    Voorbeelden:
      | leeftijd | weken | regiehouder | overwogen      |
      | 12       | 4     | de school   | niet overwogen |
      | 12       | 5     | de gemeente | overwogen      |
      | 17       | 5     | de gemeente | overwogen      |
      | 18       | 5     | de school   | niet overwogen |

  @THUISZITTER-01 @REGIE-ONDERWIJS-01
  Scenario: Thuiszitten is een gezamenlijke zaak: de gemeente coördineert, en leerplicht, school en samenwerkingsverband zitten aan tafel
    Gegeven een kind van 9 jaar op de basisschool
    En het kind zit 6 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt de gemeente de regie
    En staat leerplicht aan tafel
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel
    En wijst het advies op thuiszitten

  @THUISZITTER-02
  Abstract Scenario: Na drie maanden thuiszitten zonder aanbod moet iemand doorzetten
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind zit <weken> weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan staat de onderwijsconsulent <aan tafel>

    Voorbeelden:
      | weken | aan tafel      |
      | 12    | niet aan tafel |
      | 13    | aan tafel      |

  @THUISZITTER-02
  Scenario: Na dertien weken thuiszitten zet het samenwerkingsverband door; leerplicht handhaaft maar zet niet door
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind zit 13 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het samenwerkingsverband
    En ligt de doorzettingsmacht niet bij leerplicht
    En staat leerplicht aan tafel
    En noemt het advies "13 weken"

  @THUISZITTER-02
  Scenario: Na twaalf weken is doorzetten nog niet nodig
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind zit 12 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan is er geen doorzettingsmacht nodig

  @LEERPLICHT-GEEN-01
  Abstract Scenario: Een leerplichtig kind dat nergens is ingeschreven, verzuimt
    Gegeven een kind van <leeftijd> jaar zonder school of opvang
    Als de professional om advies vraagt
    Dan wordt de aanpak thuiszitten <overwogen>
    En staat leerplicht <aan tafel>

    Voorbeelden:
      | leeftijd | overwogen      | aan tafel      |
      | 4        | niet overwogen | niet aan tafel |
      | 5        | overwogen      | aan tafel      |
      | 17       | overwogen      | aan tafel      |

  @LEERPLICHT-GEEN-01 @VRIJSTELLING-01
  Scenario: Een vrijstelling die alleen gevraagd is, zet de aanpak van thuiszitten niet stil; eerst kijkt het onderwijs mee
    Gegeven een kind van 11 jaar zonder school of opvang
    En er zijn zorgen over een lichamelijke beperking
    En er wordt vrijstelling van de leerplicht gevraagd
    Als de professional om advies vraagt
    Dan wordt de aanpak thuiszitten overwogen
    En wijst het advies op thuiszitten
    En staat leerplicht aan tafel
    En wordt maatwerk met deels onderwijs en deels zorg overwogen
    En wijst het advies op vrijstelling alleen als het niet anders kan
    En staat het samenwerkingsverband aan tafel

  @VRIJSTELLING-01 @THUISZITTER-01
  Scenario: Een kind dat thuiszit en voor wie vrijstelling gevraagd is, blijft een thuiszitter
    Gegeven een kind van 9 jaar in het speciaal onderwijs
    En er zijn zorgen over psychische problemen
    En het kind zit 8 weken zonder passend onderwijs
    En er wordt vrijstelling van de leerplicht gevraagd
    Als de professional om advies vraagt
    Dan wordt de aanpak thuiszitten overwogen
    En wordt maatwerk met deels onderwijs en deels zorg overwogen
    En wijst het advies op vrijstelling alleen als het niet anders kan

  @VRIJSTELLING-01
  Abstract Scenario: Vrijstelling van de leerplicht is nee, tenzij
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over psychische problemen
    En er wordt vrijstelling van de leerplicht gevraagd
    Als de professional om advies vraagt
    Dan wordt maatwerk met deels onderwijs en deels zorg <overwogen>

    Voorbeelden:
      | leeftijd | plek                                 | overwogen      |
      | 5        | in het speciaal onderwijs            | overwogen      |
      | 17       | in het voortgezet speciaal onderwijs | overwogen      |
      | 18       | in het voortgezet speciaal onderwijs | niet overwogen |

  @THUISZITTER-01 @THUISZITTER-02
  Abstract Scenario: Een kind dat thuis al zorg krijgt, heeft een aanbod van zorg en is geen thuiszitter
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over een langdurige ziekte
    En het kind krijgt al zorg uit de Zorgverzekeringswet
    En het kind wacht <wacht> weken op jeugdhulp
    En het kind zit 14 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt de aanpak thuiszitten <overwogen>
    En ligt de doorzettingsmacht <samenwerkingsverband> het samenwerkingsverband

    Voorbeelden:
      | wacht | overwogen      | samenwerkingsverband |
      | 0     | niet overwogen | niet bij             |
      | 3     | overwogen      | bij                  |

  @THUISZITTER-01
  Scenario: Een mbo-student die thuiszit: de gemeente coördineert met leerplicht en de school, zonder samenwerkingsverband
    Gegeven een jongere van 16 jaar op het mbo
    En het kind zit 8 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat leerplicht aan tafel
    En staat de school aan tafel
    En staat het samenwerkingsverband niet aan tafel

  @VERZUIM-01 @LEERPLICHT-GEEN-01
  Scenario: Staat een kind nergens ingeschreven, dan is er geen school die verzuim meldt; leerplicht schuift wel aan
    Gegeven een kind van 10 jaar zonder school of opvang
    En er zijn zorgen over verzuim
    Als de professional om advies vraagt
    Dan staat leerplicht aan tafel
    En staat de school niet aan tafel
    En wordt de aanpak thuiszitten overwogen
