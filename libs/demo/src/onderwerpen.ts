// What the raden of the demo write about: subjects, each with the thema's a raad may file it under
// (they overlap on purpose), the dienst that answers it, the dienst a wijkmanager may wrongly pick
// first, and Dutch titels and sentences. Made up for the demo data of Hasselt (libs/reference-data).

export interface Onderwerp {
  themas: string[];
  /** the dienst that answers it; a second one where two usually share the work */
  diensten: [string, ...string[]];
  /** a plausible dienst that sends it back */
  verkeerd: string;
  titels: string[];
  zinnen: string[];
}

export const ONDERWERPEN: Onderwerp[] = [
  {
    themas: ['verkeersveiligheid', 'mobiliteit'],
    diensten: ['mobiliteit'],
    verkeerd: 'openbaar-domein',
    titels: [
      'Gevaarlijke oversteekplaats aan de school',
      'Zebrapad {straat} slecht zichtbaar',
      'Vraag naar een veilige oversteekplaats',
    ],
    zinnen: [
      'Kinderen steken ’s morgens over zonder begeleiding en auto’s stoppen niet.',
      'Het zebrapad is bijna helemaal uitgesleten.',
      'Een oversteekplaats met verlichting zou veel helpen.',
    ],
  },
  {
    themas: ['verkeersveiligheid'],
    diensten: ['politiezone'],
    verkeerd: 'mobiliteit',
    titels: [
      'Er wordt te snel gereden in de {straat}',
      'Snelheidscontroles gevraagd',
      'Racers op de {straat}',
    ],
    zinnen: [
      'Vooral ’s avonds rijden auto’s veel te snel door de woonstraat.',
      'Bewoners vragen om een flitscontrole of een snelheidsmeting.',
      'Het bord zone 30 wordt genegeerd.',
    ],
  },
  {
    themas: ['verkeersveiligheid', 'mobiliteit'],
    diensten: ['mobiliteit', 'openbaar-domein'],
    verkeerd: 'politiezone',
    titels: [
      'Verkeersdrempel gevraagd in de {straat}',
      'Wegversmalling werkt niet',
      'Snelheidsremmers aan het plein',
    ],
    zinnen: [
      'Een verkeersdrempel of wegversmalling zou de snelheid doen dalen.',
      'De bloembakken als snelheidsremmer worden omver gereden.',
    ],
  },
  {
    themas: ['mobiliteit'],
    diensten: ['de-lijn'],
    verkeerd: 'mobiliteit',
    titels: [
      'Bushalte {straat} zonder schuilhuisje',
      'Bus 45 rijdt niet meer na 19 uur',
      'Busverbinding naar het centrum',
    ],
    zinnen: [
      'Wachtende reizigers staan in de regen aan de bushalte.',
      'De busdienstregeling sluit niet aan op de schooluren.',
      'Ouderen geraken zonder bus niet meer naar het ziekenhuis.',
    ],
  },
  {
    themas: ['mobiliteit', 'verkeersveiligheid'],
    diensten: ['awv'],
    verkeerd: 'mobiliteit',
    titels: [
      'Kruispunt met de gewestweg N2 is gevaarlijk',
      'Verkeerslichten N72 te kort groen',
      'Ring rond Hasselt: afrit onoverzichtelijk',
    ],
    zinnen: [
      'Op het kruispunt met de gewestweg gebeuren geregeld ongevallen.',
      'Voetgangers krijgen te kort groen aan de verkeerslichten van de N72.',
      'De afrit van de ring is slecht zichtbaar.',
    ],
  },
  {
    themas: ['mobiliteit', 'openbaar-domein'],
    diensten: ['openbaar-domein'],
    verkeerd: 'mobiliteit',
    titels: ['Fietspad {straat} vol putten', 'Wortels duwen het fietspad omhoog', 'Fietspad herstellen'],
    zinnen: [
      'Het fietspad ligt vol putten en losse tegels.',
      'Fietsers wijken uit naar de rijweg omdat het fietspad kapot is.',
    ],
  },
  {
    themas: ['mobiliteit'],
    diensten: ['provincie-limburg'],
    verkeerd: 'mobiliteit',
    titels: [
      'Fietssnelweg naar Genk: ontbrekende schakel',
      'Bewegwijzering fietsroutenetwerk onduidelijk',
      'Knooppunt fietsroute beschadigd',
    ],
    zinnen: [
      'Het fietsroutenetwerk heeft hier een ontbrekende schakel.',
      'Het bordje van het fietsknooppunt is verdwenen.',
    ],
  },
  {
    themas: ['openbaar-domein'],
    diensten: ['openbaar-domein'],
    verkeerd: 'netheid',
    titels: ['Diepe put in het wegdek {straat}', 'Voetpad {straat} onbegaanbaar', 'Losliggende stoeptegels'],
    zinnen: [
      'Er zit een diepe put in het wegdek, gevaarlijk voor fietsers.',
      'Het voetpad is niet meer begaanbaar met een rollator of kinderwagen.',
      'De stoeptegels liggen los sinds de werken.',
    ],
  },
  {
    themas: ['openbaar-domein', 'veiligheid'],
    diensten: ['openbaar-domein'],
    verkeerd: 'politiezone',
    titels: [
      'Straatverlichting defect in de {straat}',
      'Lantaarnpaal al weken donker',
      'Te weinig verlichting op het pad',
    ],
    zinnen: [
      'De straatverlichting brandt al weken niet meer.',
      'Het is ’s avonds pikdonker, mensen voelen zich onveilig.',
    ],
  },
  {
    themas: ['openbaar-domein', 'leefmilieu'],
    diensten: ['openbaar-domein'],
    verkeerd: 'vmm',
    titels: [
      'Riolering verstopt in de {straat}',
      'Wateroverlast na elke regenbui',
      'Straatkolken lopen over',
    ],
    zinnen: [
      'Bij elke zware regenbui staat de straat onder water.',
      'De straatkolken zijn verstopt en lopen over.',
    ],
  },
  {
    themas: ['leefmilieu', 'groen'],
    diensten: ['vmm'],
    verkeerd: 'openbaar-domein',
    titels: ['Demer treedt buiten haar oevers', 'Vervuiling in de beek', 'Vissen dood in de Herk'],
    zinnen: [
      'Het water van de beek is bruin en stinkt.',
      'Na hevige regen overstroomt de waterloop de weilanden.',
      'Er drijven dode vissen in de rivier.',
    ],
  },
  {
    themas: ['leefmilieu'],
    diensten: ['vmm'],
    verkeerd: 'netheid',
    titels: ['Geurhinder van het bedrijventerrein', 'Luchtkwaliteit aan de school meten', 'Stank in de wijk'],
    zinnen: [
      'Bewoners klagen over geurhinder, vooral bij oostenwind.',
      'Kan de luchtkwaliteit gemeten worden aan de schoolpoort?',
    ],
  },
  {
    themas: ['netheid'],
    diensten: ['netheid'],
    verkeerd: 'groen',
    titels: ['Zwerfvuil langs de {straat}', 'Vuilnisbakken puilen uit', 'Blikjes en plastic in de berm'],
    zinnen: [
      'Er ligt veel zwerfvuil langs de weg.',
      'De vuilnisbakken aan het plein worden te weinig geledigd.',
    ],
  },
  {
    themas: ['netheid', 'leefmilieu'],
    diensten: ['netheid', 'politiezone'],
    verkeerd: 'openbaar-domein',
    titels: ['Sluikstort aan de glasbol', 'Opnieuw sluikstorten in de {straat}', 'Afval gedumpt in het bos'],
    zinnen: [
      'Iemand dumpt telkens zakken afval en oude meubels.',
      'Aan de glasbolcontainer ligt een sluikstort.',
      'Misschien kan een camera de sluikstorters betrappen.',
    ],
  },
  {
    themas: ['netheid'],
    diensten: ['netheid'],
    verkeerd: 'groen',
    titels: ['Hondenpoep op het grasveld', 'Geen hondenpoepbuizen in de wijk', 'Hondenuitlaatzone gevraagd'],
    zinnen: [
      'Het grasveld waar kinderen spelen ligt vol hondenpoep.',
      'Er zijn nergens hondenpoepzakjes te vinden.',
    ],
  },
  {
    themas: ['groen'],
    diensten: ['groen'],
    verkeerd: 'openbaar-domein',
    titels: [
      'Bomen snoeien in de {straat}',
      'Dode boom dreigt om te vallen',
      'Takken hangen over het voetpad',
    ],
    zinnen: [
      'De takken van de bomen hangen tot op het voetpad.',
      'Een dode boom dreigt bij storm om te vallen.',
      'De bomen moeten dringend gesnoeid worden.',
    ],
  },
  {
    themas: ['groen', 'openbaar-domein'],
    diensten: ['groen'],
    verkeerd: 'netheid',
    titels: ['Bermen niet gemaaid', 'Onkruid op de parking', 'Haag belemmert zicht op kruispunt'],
    zinnen: [
      'Het gras in de bermen staat meer dan een meter hoog.',
      'De haag neemt het zicht weg op het kruispunt.',
    ],
  },
  {
    themas: ['groen', 'vrije-tijd'],
    diensten: ['groen'],
    verkeerd: 'vrije-tijd',
    titels: [
      'Speeltuin aan het park verwaarloosd',
      'Schommel in de speeltuin kapot',
      'Meer speelgroen gevraagd',
    ],
    zinnen: [
      'Het speeltoestel in de speeltuin is kapot en gevaarlijk.',
      'Kinderen hebben te weinig speelruimte in het groen.',
    ],
  },
  {
    themas: ['groen', 'mobiliteit'],
    diensten: ['provincie-limburg', 'groen'],
    verkeerd: 'mobiliteit',
    titels: [
      'Trage weg naar het kanaal afgesloten',
      'Wandelpad door het veld overwoekerd',
      'Kerkwegel opnieuw openstellen',
    ],
    zinnen: [
      'De trage weg is afgesloten met een hek door een eigenaar.',
      'Het wandelpad langs het veld is overwoekerd met brandnetels.',
    ],
  },
  {
    themas: ['veiligheid'],
    diensten: ['politiezone'],
    verkeerd: 'gebiedsgerichte-werking',
    titels: ['Inbraken in de wijk', 'Nachtlawaai aan het café', 'Verdachte personen rond de school'],
    zinnen: [
      'De laatste maanden werd in verschillende woningen ingebroken.',
      'Na sluitingstijd is er tot diep in de nacht lawaai aan het café.',
      'Bewoners vragen meer patrouilles.',
    ],
  },
  {
    themas: ['veiligheid', 'welzijn'],
    diensten: ['gebiedsgerichte-werking', 'politiezone'],
    verkeerd: 'welzijn',
    titels: [
      'Hangjongeren aan het jeugdhuis',
      'Overlast jongeren op het pleintje',
      'Samenscholing aan de sporthal',
    ],
    zinnen: [
      'Groepjes jongeren hangen rond en laten afval achter.',
      'Een buurtwerker zou met de jongeren kunnen praten.',
    ],
  },
  {
    themas: ['welzijn'],
    diensten: ['welzijn'],
    verkeerd: 'gebiedsgerichte-werking',
    titels: [
      'Eenzaamheid bij ouderen',
      'Ouderen geraken niet aan hun boodschappen',
      'Hulp bij digitale formulieren',
    ],
    zinnen: [
      'Veel alleenstaande ouderen zien weken niemand.',
      'Een boodschappendienst of vrijwilligerspunt voor senioren zou helpen.',
      'Senioren hebben hulp nodig met digitale formulieren.',
    ],
  },
  {
    themas: ['welzijn', 'vrije-tijd'],
    diensten: ['gebiedsgerichte-werking'],
    verkeerd: 'vrije-tijd',
    titels: ['Ontmoetingsruimte in de wijk gezocht', 'Buurthuis te klein', 'Lokaal voor verenigingen'],
    zinnen: [
      'Er is geen ontmoetingsruimte meer sinds het buurthuis sloot.',
      'Verenigingen zoeken een lokaal om samen te komen.',
    ],
  },
  {
    themas: ['vrije-tijd'],
    diensten: ['vrije-tijd'],
    verkeerd: 'gebiedsgerichte-werking',
    titels: [
      'Subsidie voor het buurtfeest',
      'Sportterrein in slechte staat',
      'Openingsuren van de bibliotheek',
    ],
    zinnen: [
      'Het buurtcomité vraagt ondersteuning voor het jaarlijkse buurtfeest.',
      'Het voetbalveld en de kleedkamers zijn in slechte staat.',
      'De bibliotheek is op zaterdag gesloten.',
    ],
  },
  {
    themas: ['wonen'],
    diensten: ['ruimtelijke-ordening'],
    verkeerd: 'gebiedsgerichte-werking',
    titels: [
      'Nieuwe verkaveling zonder inspraak',
      'Appartementsblok te hoog voor de dorpskern',
      'Leegstaande woning verkrot',
    ],
    zinnen: [
      'Bewoners vrezen dat de verkaveling het dorpskarakter aantast.',
      'Het bouwproject past niet bij de omgeving.',
      'De leegstaande woning verkrot en trekt ongedierte aan.',
    ],
  },
  {
    themas: ['wonen', 'openbaar-domein'],
    diensten: ['ruimtelijke-ordening', 'openbaar-domein'],
    verkeerd: 'mobiliteit',
    titels: [
      'Heraanleg van het dorpsplein',
      'Inspraak bij de dorpskernvernieuwing',
      'Plannen voor de kerkomgeving',
    ],
    zinnen: [
      'De raad wil betrokken worden bij de heraanleg van het dorpsplein.',
      'Hoe ver staan de plannen voor de kerkomgeving?',
    ],
  },
];

/** Vague texts: only the thema says what it is about. */
export const VAGE_TITELS = [
  'Probleem in de {straat}',
  'Klacht van bewoners',
  'Vraag van de raad',
  'Opmerking uit het open forum',
  'Situatie blijft slecht',
];
export const VAGE_ZINNEN = [
  'Bewoners klagen hier al lang over.',
  'Kan er iets aan gedaan worden?',
  'Dit werd al eerder gemeld maar er veranderde niets.',
  'Graag een reactie van de stad.',
];

export const STRATEN = [
  'Kerkstraat',
  'Schoolstraat',
  'Dorpsstraat',
  'Stationsstraat',
  'Molenstraat',
  'Kapelstraat',
  'Diestersteenweg',
  'Herkenrodesingel',
  'Kiewitstraat',
  'Kuringersteenweg',
  'Sint-Truidersteenweg',
  'Stevoortweg',
  'Runksterkiezel',
  'Spalbeekstraat',
  'Wimmertingenstraat',
  'Heidestraat',
];

/** An approximate centre (WGS84) of each raad's area in the demo data: its signalen lie around it. */
export const CENTRA: Record<string, { lat: number; lon: number }> = {
  'dr-kuringen': { lat: 50.948, lon: 5.302 },
  'dr-stokrooie': { lat: 50.958, lon: 5.268 },
  'wr-kiewit': { lat: 50.952, lon: 5.355 },
  'dr-kermt': { lat: 50.944, lon: 5.389 },
  'dr-stevoort': { lat: 50.916, lon: 5.338 },
  'dr-spalbeek': { lat: 50.955, lon: 5.232 },
  'wr-runkst': { lat: 50.919, lon: 5.315 },
  'dr-sint-lambrechts-herk': { lat: 50.902, lon: 5.293 },
  'dr-wimmertingen': { lat: 50.888, lon: 5.357 },
};
/** Hasselt's centre, for a raad not listed above. */
export const HASSELT = { lat: 50.93, lon: 5.338 };
