# language: nl
Functionaliteit: In het kort: wie coördineert en waarom, wat eerst, wie aan tafel
  Als intern begeleider of medewerker van het CJG
  wil ik bovenaan het advies in een paar zinnen lezen wie de regie heeft en waarom, wat ik eerst regel en wie ik uitnodig
  zodat ik het advies aan tafel met de ouders kan gebruiken zonder eerst alles te lezen.

  "In het kort" heeft hooguit vijf zinnen. De eerste zin zegt wie coördineert en waarom. Dan volgen de eerste
  stappen en wie aan tafel komt. Loopt het vast, dan wijst het kort naar de stappen onder "Als het vastloopt".

  @REGIE-ONDERWIJS-01 @REGIO-DS-SCHOOL-01 @OJ-OUDERS-01
  Scenario: Levi: de school heeft de regie, want de vraag gaat over leren en ontwikkelen op school
    Kadernotitie Drechtsteden, opening (casus Levi): leerkracht, intern begeleider en ouders bespreken Levi samen en
    vragen de CJG-coördinator erbij; de ouders krijgen korte opvoedingsondersteuning. Bij een vraag over onderwijs
    heeft de school de regie, samen met het samenwerkingsverband (kadernotitie §3.2, regie bij de school).

    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag en wat hij nodig heeft om te leren
    En het gedrag speelt zowel op school als thuis
    Als de professional om advies vraagt
    Dan staat in het kort dat de school de regie heeft, omdat de vraag over leren en ontwikkelen op school gaat
    En staat in het kort dat eerst opvoedondersteuning geregeld wordt
    En vraagt het kort de ouders, de school en het CJG aan tafel
    En wijst het kort niet naar de stappen als het vastloopt
    En telt het kort hooguit 5 zinnen

  @OJ-EXPERTISE-01 @ONDERSTEUNING-BASIS-01
  Scenario: Levi: bij de eerste stappen staat de gedragsdeskundige op school
    Kadernotitie Drechtsteden, opening (casus Levi): de eerste stap is een gedragsdeskundige via het CJG. Die kijkt
    thuis en op school mee en geeft de leerkracht handvatten. Wat de school al biedt, is geen nieuwe stap.

    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag en wat hij nodig heeft om te leren
    En het gedrag speelt zowel op school als thuis
    Als de professional om advies vraagt
    Dan staat in het kort dat eerst jeugdhulp op school geregeld wordt
    En staat in het kort niet dat eerst basisondersteuning geregeld wordt

  @REGIE-GEMEENTE-01 @WACHTTIJD-01 @KIND-01 @REGIO-DS-01
  Scenario: M.: de gemeente heeft de regie, en steun tijdens de wachttijd komt eerst
    Kadernotitie Drechtsteden, Bijlage 4 (casus M.): de moeder is ten einde raad, M. wacht negen weken op jeugdzorg
    en een jeugdverpleegkundige steunt de moeder al in die wachttijd. M. praat zelf mee in het gesprek. De vraag
    gaat verder dan onderwijs, dus de gemeente heeft de regie, samen met het onderwijs (kadernotitie §3.2, regie
    bij de gemeente).

    Gegeven een jongere van 15 jaar in het voortgezet onderwijs
    En de jongere woont in de Drechtsteden
    En er zijn zorgen over gedrag, verzuim en de opvoeding
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En de jongere wacht 9 weken op jeugdhulp
    Als de professional om advies vraagt
    Dan staat in het kort dat de gemeente de regie heeft, omdat de vraag verder gaat dan de school kan dragen
    En staat in het kort dat eerst steun tijdens de wachttijd geregeld wordt
    En vraagt het kort de jongere zelf en de ouders aan tafel
    En telt het kort hooguit 5 zinnen

  @REGIE-GEMEENTE-01 @VEILIGHEID-01
  Abstract Scenario: In het kort staat wie de regie neemt ook tussen wie aan tafel komt
    Wie coördineert, hoort bij de eersten die aan tafel komen: het CJG bij een vraag die verder gaat dan onderwijs
    (kadernotitie §3.2, regie bij de gemeente), Veilig Thuis bij zorgen over de veiligheid (kadernotitie §3.5.3;
    Wet meldcode).

    Gegeven een jongere van 15 jaar in het voortgezet onderwijs
    En er zijn zorgen over <zorgen>
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan vraagt het kort <wie> aan tafel

    Voorbeelden:
      | zorgen                          | wie          |
      | gedrag, verzuim en de opvoeding | het CJG      |
      | de veiligheid van het kind      | Veilig Thuis |

  @REGIE-OPVANG-01 @JONG-VVE-01 @JONG-OVERDRACHT-01
  Scenario: Een peuter in de opvang: de gemeente heeft de regie, want er is nog geen school die de regie kan nemen
    PACT Kinderogen, Programmalijn 2: een doorgaande lijn van steun voor kinderen van 0 tot 6 jaar, met de opvang,
    het CJG en de gebiedsteams. Kadernotitie §2.3: het consultatiebureau verwijst een kind bij wie een taalachterstand
    dreigt naar voor- en vroegschoolse educatie. Welke school het wordt, is nog niet bekend.

    Gegeven een kind van 3 jaar in de kinderopvang
    En er zijn zorgen over taal
    Als de professional om advies vraagt
    Dan staat in het kort dat de gemeente de regie heeft, omdat er nog geen school is die de regie kan nemen
    En staat in het kort dat eerst voor- en vroegschoolse educatie geregeld wordt
    En vraagt het kort de ouders, de kinderopvang en de jeugdgezondheidszorg aan tafel
    En vraagt het kort de school niet aan tafel
    En telt het kort hooguit 5 zinnen

  @THUISZITTER-01 @THUISZITTER-02
  Scenario: Een thuiszitter: de gemeente heeft de regie, de aanpak thuiszitten komt eerst en het kort wijst naar de route
    Implementatieplan, Bijlage 1, Kamerbrief thuiszitters: geen kind langer dan drie maanden thuis zonder aanbod
    (Thuiszitterspact); de gemeente organiseert de regie. Kadernotitie Schema 2: thuiszitters aanpakken doen
    gemeenten en schoolbesturen samen.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    En de jongere zit 16 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan staat in het kort dat de gemeente de regie heeft, omdat de jongere langer dan vier weken geen onderwijs krijgt
    En staat in het kort dat eerst de aanpak thuiszitten geregeld wordt
    En wijst het kort naar de stappen als het vastloopt
    En telt het kort hooguit 5 zinnen

  @VEILIGHEID-01
  Scenario: Bij zorgen over de veiligheid staat advies van Veilig Thuis vooraan
    Kadernotitie §3.5.3: ketenpartners letten altijd op de veiligheid van kind en gezin. De meldcode vraagt om advies
    van Veilig Thuis.

    Gegeven een kind van 7 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    Als de professional om advies vraagt
    Dan staat in het kort dat de gemeente de regie heeft, omdat er zorgen zijn over de veiligheid van het kind
    En staat in het kort dat eerst advies van Veilig Thuis geregeld wordt
    En telt het kort hooguit 5 zinnen
