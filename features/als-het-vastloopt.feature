# language: nl
Functionaliteit: Als het vastloopt: een route van stappen, elk waar de tekst die plaatst
  Als professional die met de ouders en de andere partijen vastloopt
  wil ik lezen welke stappen er zijn, in welke volgorde en wie elke stap zet
  zodat ik de juiste weg kies en ouders niet naar een plek stuur die niet over hun vraag gaat.

  Er zijn drie soorten stappen. Doorzettingsmacht: het samenwerkingsverband voor het onderwijs (implementatieplan,
  Bijlage 1, Maatregel 7) en de gemeente voor de jeugdhulp (kadernotitie, Schema 2; Kamerbrief thuiszitters,
  casusregie en doorzettingsmacht). Een geschil over het onderwijsaanbod: de
  onderwijsconsulent en de Geschillencommissie passend onderwijs, voor ouders die geen passend onderwijsaanbod zien
  (Bijlage 1, Maatregel 4; Kamerbrief thuiszitters, leerrecht en hoorrecht). En als laatste middel de Raad voor de
  Kinderbescherming (Kamerbrief thuiszitters, Raad voor de Kinderbescherming).

  @DOORZETTEN-ONDERWIJS-01
  Scenario: Lopen de partijen vast op het onderwijs, dan is de stap doorzettingsmacht bij het samenwerkingsverband
    Implementatieplan, Bijlage 1, Maatregel 7: elk samenwerkingsverband organiseert doorzettingsmacht voor het
    onderwijs. Zolang de ouders niet weigeren, is er geen geschil.

    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan heeft de route 1 stap
    En is stap 1 van de route doorzettingsmacht bij het samenwerkingsverband
    En noemt de route de Geschillencommissie passend onderwijs niet
    En noemt de route de Raad voor de Kinderbescherming niet

  @DOORZETTEN-JEUGDHULP-01
  Scenario: Lopen de partijen vast op de hulp thuis, dan is de stap doorzettingsmacht bij de gemeente
    Implementatieplan, Bijlage 1, Maatregel 7: de doorzettingsmacht voor het onderwijs sluit aan op die in de
    jeugdhulp. Kadernotitie, Schema 2: jeugdhulp hoort bij de gemeenten.

    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de opvoeding
    En de problemen spelen alleen thuis
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan gaat de route eerst naar het CJG
    En is stap 1 van de route doorzettingsmacht bij het CJG
    En noemt de route het samenwerkingsverband en de Geschillencommissie passend onderwijs niet

  @DOORZETTEN-GESCHIL-01 @DOORZETTEN-ONDERWIJS-01
  Scenario: Weigeren de ouders het onderwijsaanbod, dan volgt na de doorzettingsmacht de weg van het geschil
    Implementatieplan, Bijlage 1, Maatregel 7: ook met doorzettingsmacht moeten ouders instemmen, en een weigering
    lost doorzettingsmacht niet op. Kamerbrief thuiszitters (leerrecht en hoorrecht): zien ouders geen passend
    onderwijsaanbod, dan kunnen zij naar de Geschillencommissie passend onderwijs. Maatregel 4: de onderwijsconsulent
    helpt onafhankelijk.

    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan heeft de route 2 stappen
    En is stap 1 van de route doorzettingsmacht bij het samenwerkingsverband
    En is stap 2 van de route een geschil over het onderwijsaanbod bij de onderwijsconsulent en de Geschillencommissie passend onderwijs
    En noemt de route de Raad voor de Kinderbescherming niet
    En herhaalt de route geen zin

  @DOORZETTEN-OUDERS-01 @THUISZITTER-02 @DOORZETTEN-GESCHIL-01 @DOORZETTEN-JEUGDHULP-01
  Scenario: Zit een jongere drie maanden thuis en weigeren de ouders, dan is de Raad voor de Kinderbescherming de laatste stap
    Kamerbrief thuiszitters: soms is naast steun een dwingende hand nodig; dan kan de Raad voor de
    Kinderbescherming onderzoek doen. Dat komt pas na de doorzettingsmacht en het geschil over het onderwijsaanbod.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag en psychische problemen
    En de problemen spelen alleen op school
    En de jongere zit 16 weken zonder passend onderwijs
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan gaat de route eerst naar het samenwerkingsverband
    En is stap 1 van de route doorzettingsmacht bij het samenwerkingsverband
    En is stap 2 van de route doorzettingsmacht bij het CJG
    En is stap 3 van de route een geschil over het onderwijsaanbod bij de Geschillencommissie passend onderwijs
    En is de laatste stap van de route kinderbescherming bij de Raad voor de Kinderbescherming
    En herhaalt de route geen zin
    En wijst het kort naar de stappen als het vastloopt

  @DOORZETTEN-OUDERS-01 @THUISZITTER-02 @DOORZETTEN-ONDERWIJS-01
  Scenario: Elke stap van de route is kort
    Een stap zegt in één of twee zinnen waarom, en wat die partij doet. Bij deze jongere komen twee regels samen in
    de eerste stap.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En er zijn zorgen over gedrag en psychische problemen
    En de problemen spelen alleen op school
    En de jongere zit 16 weken zonder passend onderwijs
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan telt elke stap van de route hooguit 2 zinnen

  @VEILIGHEID-RAAD-01 @VEILIGHEID-01 @DOORZETTEN-JEUGDHULP-01 @DOORZETTEN-GESCHIL-01
  Abstract Scenario: Weigeren ouders hulp bij zorgen over de veiligheid thuis, dan gaat de route via de gemeente naar de Raad, niet naar de Geschillencommissie
    De Geschillencommissie passend onderwijs is er voor ouders die geen passend onderwijsaanbod zien (Kamerbrief
    thuiszitters, leerrecht en hoorrecht). Hier gaat het niet om onderwijs maar om de veiligheid thuis: de
    professional vraagt advies aan Veilig Thuis (Wet meldcode; kadernotitie §3.5.3), de gemeente zet door voor de
    jeugdhulp en gaat over de toegang tot de kinderbescherming (kadernotitie, Schema 2), en de Raad voor de
    Kinderbescherming is het laatste middel (Kamerbrief thuiszitters, Raad voor de Kinderbescherming). Voor die
    laatste stap komt een melding bij Veilig Thuis (Wet meldcode, stappen van de meldcode).

    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over de veiligheid van het kind
    En de problemen spelen alleen thuis
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan heeft de route 2 stappen
    En is stap 1 van de route doorzettingsmacht bij het CJG
    En is de laatste stap van de route kinderbescherming bij de Raad voor de Kinderbescherming
    En noemt de route de Geschillencommissie passend onderwijs en de onderwijsconsulent niet
    En noemt de route het samenwerkingsverband niet
    En noemt het advies "meld dit bij Veilig Thuis"
    En wordt advies van Veilig Thuis overwogen
    En staat Veilig Thuis aan tafel
    En herhaalt de route geen zin

    Voorbeelden:
      | leeftijd | plek                        |
      | 9        | op de basisschool           |
      | 15       | in het voortgezet onderwijs |
      | 12       | in het speciaal onderwijs   |

  @VEILIGHEID-RAAD-01
  Scenario: Voor een volwassene is de Raad voor de Kinderbescherming geen stap
    De Raad voor de Kinderbescherming vraagt de kinderrechter om een maatregel voor een minderjarige (BW 1:255).

    Gegeven een jongere van 19 jaar op het mbo
    En er zijn zorgen over de veiligheid van het kind
    En de problemen spelen alleen thuis
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan noemt de route de Raad voor de Kinderbescherming en de Geschillencommissie passend onderwijs niet
