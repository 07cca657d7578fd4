// Generated from the OpenAPI document by `npm run api:types` (scripts/api-types.mjs): do not edit.
// The web app names the API through these types (apps/web/src/api.ts).

export interface paths {
  '/api/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De ondertekende checkpoints van de kop van het logboek (positie, hash, tijd; Ed25519) en de publieke sleutel */
    get: operations['CheckpointsController_checkpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Het globale logboek na een positie, in volgorde; `volgende` is de positie om verder te vragen */
    get: operations['AuditEventsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Het hele logboek als JSON Lines, met de checkpoints, voor offline verificatie */
    get: operations['ExportController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/signalen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De toestand van een signaal op een gegeven moment, herberekend uit het logboek */
    get: operations['ToestandController_toestand'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/signalen/{id}/verschil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wat er in een signaal veranderde tussen twee tijdstippen, uit het logboek */
    get: operations['VerschilController_verschil'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verificatie': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Controleert elk bewaard event (zegel, hashketen, volgorde) en de kop tegen het laatste ondertekende checkpoint */
    get: operations['VerificatieController_verifieer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/afmelden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Afmelden: beëindigt de sessie (de cookie werkt daarna nergens meer) en geeft, als de identiteitsprovider dat aanbiedt, het adres om ook daar af te melden */
    post: operations['AuthController_afmelden'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Terugkeer van de identiteitsprovider; begint de sessie */
    get: operations['AuthController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Buiten productie: aanmelden als demogebruiker */
    post: operations['DemoController_aanmelden'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start de OIDC-aanmelding (authorization code + PKCE) */
    get: operations['AuthController_login'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/opties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hoe je hier aanmeldt: OIDC, en buiten productie de demogebruikers */
    get: operations['AuthController_opties'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessie': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wie er aangemeld is (sessiecookie of bearer token) */
    get: operations['AuthController_sessie'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beheer/mails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De mails van Signaalspoor (outbox), te filteren op status (bv. geparkeerd) */
    get: operations['BeheerMailsController_mails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beheer/mails/{id}/opnieuw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Een geparkeerde mail opnieuw in de wachtrij zetten */
    post: operations['BeheerMailsController_opnieuw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beheer/projecties/signalen/herbouwen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Herbouwt het leesmodel van de signalen vanaf positie nul uit het logboek */
    post: operations['HerbouwenController_herbouwen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bezoeken': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tot waar ik elke lijst bekeek bij mijn vorige bezoek */
    get: operations['BezoekenController_lees'];
    /** Een bezoek aan een lijst onthouden (de positie gaat nooit terug) */
    put: operations['BezoekenController_zet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cijfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Terugkoppelingsgraad en doorlooptijd per raad, thema of jaar; antwoorden en doorlooptijd per dienst */
    get: operations['CijfersController_cijfers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diensten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stadsdiensten en externe beleidsniveaus */
    get: operations['ReferentieController_diensten'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: het proces kan op eigen kracht verder (een afwezige databank maakt alleen readiness rood) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: database, schrijfpad van de event store en wat de modules registreren (projecties, relay, Kafka) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De doorsturingen naar een dienst, oudste eerst; standaard alleen de open */
    get: operations['InboxController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meldingen/voorkeuren': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mijn voorkeuren per soort melding die mijn rol ontvangt */
    get: operations['VoorkeurenController_voorkeuren'];
    /** Een soort melding direct, dagelijks gebundeld of niet meer ontvangen */
    put: operations['VoorkeurenController_zet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics in Prometheus-formaat: commando’s, vertraging van projecties en consumers */
    get: operations['MetricsController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/privacy/vergeet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vernietigt de sleutel van een persoon: naam en e-mail worden overal onleesbaar ("vergeten"); traject, cijfers en hashketen blijven */
    post: operations['VergeetController_vergeet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/publiek/raden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alle raden met het aantal openbare signalen (zonder aanmelden) */
    get: operations['PubliekeSignalenController_raden'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/publiek/raden/{raadId}/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Atom-feed van de openbare signalen van een raad (zonder aanmelden) */
    get: operations['FeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/publiek/raden/{raadId}/signalen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De openbare signalen van een raad (zonder aanmelden): status, thema, data, stappen, antwoorden */
    get: operations['PubliekeSignalenController_signalen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/raden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Erkende dorps- en wijkraden, elk met zijn wijkmanager */
    get: operations['ReferentieController_raden'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/raden/{raadId}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agenda voor het jaarlijks overleg van een raad: open signalen, overschreden termijnen, wat afgerond werd */
    get: operations['AgendaController_agenda'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/raden/{raadId}/agenda.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Het verslag voor het jaarlijks overleg als PDF */
    get: operations['JaarverslagController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/raden/{raadId}/verslag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verslag voor het jaarlijks overleg (open, overschreden, afgerond, met de antwoorden): de afdrukpagina */
    get: operations['JaarverslagController_verslag'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signalen binnen je bevoegdheid, te doorzoeken (q), te filteren op raad, dienst, status, thema, bal bij, periode (van/tot) en kaartkader (binnen), te sorteren (sorteer); ook als CSV of GeoJSON (formaat) */
    get: operations['SignalenLijstController_lijst'];
    put?: never;
    /** Een raad dient een signaal in */
    post: operations['DienSignaalInController_dienSignaalIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De huidige toestand van een signaal */
    get: operations['SignaalController_signaal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/afsluiten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De raad aanvaardt de definitieve terugkoppeling en sluit het signaal af */
    post: operations['SluitAfController_sluitAf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/bijlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De bijlagen van een signaal, in de volgorde waarin ze werden toegevoegd */
    get: operations['BijlagenController_lijst'];
    put?: never;
    /** Voeg een foto of PDF toe aan een signaal (raad, wijkmanager, doorgestuurde dienst) */
    post: operations['VoegBijlageToeController_voegToe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/bijlagen/{bijlageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** De bytes van een bijlage, of met formaat=miniatuur een kleine versie van een foto */
    get: operations['BijlagenController_bestand'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/doorsturingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De wijkmanager stuurt het signaal door naar een dienst (201 met het id van de doorsturing) */
    post: operations['StuurDoorController_stuurDoor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/doorsturingen/{doorsturingId}/antwoord': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De dienst beantwoordt de doorsturing met een besluit en motivering */
    post: operations['BeantwoordController_beantwoord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/doorsturingen/{doorsturingId}/oppakken': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De dienst pakt de doorsturing op */
    post: operations['PakOpController_pakOp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/doorsturingen/{doorsturingId}/terugsturen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De dienst stuurt de doorsturing terug: niet voor ons */
    post: operations['StuurTerugController_stuurTerug'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/duplicaat-van': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De wijkmanager koppelt het signaal als duplicaat aan een ander: het antwoord daarop geldt ook hier */
    post: operations['KoppelAlsDuplicaatController_koppelAlsDuplicaat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/duplicaat-van/ontkoppelen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De wijkmanager maakt de koppeling als duplicaat ongedaan, met een reden */
    post: operations['OntkoppelDuplicaatController_ontkoppelDuplicaat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/duplicaten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Het hoofdsignaal van een duplicaat met zijn antwoorden en terugkoppelingen, en de duplicaten van een signaal */
    get: operations['DuplicatenController_duplicaten'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/heropenen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De raad aanvaardt de definitieve terugkoppeling niet en heropent het signaal */
    post: operations['HeropenController_heropen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/intrekken': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De raad trekt het signaal in */
    post: operations['TrekInController_trekIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/openbaar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De raad kiest of bewoners het signaal zien; de wijkmanager kan het (met een reden) van de publieke pagina halen */
    post: operations['ZetOpenbaarController_zetOpenbaar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/suggesties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Welke diensten gelijkaardige signalen beantwoordden en welke open signalen op dit signaal lijken, elk met een reden */
    get: operations['SuggestiesController_suggesties'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/terugkoppelingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De wijkmanager koppelt terug aan de raad: tussentijds of definitief */
    post: operations['KoppelTerugController_koppelTerug'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/traject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Elke stap van het signaal in volgorde, met actor, tijd en duur; wie het nu heeft */
    get: operations['TrajectController_traject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/verduidelijkingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De raad geeft de gevraagde verduidelijking */
    post: operations['GeefVerduidelijkingController_geefVerduidelijking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signalen/{id}/verduidelijkingsvragen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** De wijkmanager vraagt de raad om verduidelijking */
    post: operations['VraagVerduidelijkingController_vraagVerduidelijking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stroom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events: elk signaal binnen je bevoegdheid dat verandert (event "signaal"); de stroom eindigt met "verlopen" (meld opnieuw aan), "vervangen" (meer dan 5 stromen per gebruiker) of "afsluiten" (de server stopt; verbind later opnieuw) */
    get: operations['StroomController_stroom'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/themas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thema's */
    get: operations['ReferentieController_themas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wijkmanagers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wijkmanagers */
    get: operations['ReferentieController_wijkmanagers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AanmeldOptiesDto: {
      /** @description buiten productie: de demogebruikers */
      demo?: components['schemas']['DemoGebruiker'][];
      /** @description aanmelden met OpenID Connect kan */
      oidc: boolean;
    };
    ActieDto: {
      /**
       * @description het command, zoals het domein het noemt
       * @enum {string}
       */
      actie:
        | 'VraagVerduidelijking'
        | 'GeefVerduidelijking'
        | 'StuurDoor'
        | 'PakOp'
        | 'Beantwoord'
        | 'StuurTerug'
        | 'KoppelTerug'
        | 'Heropen'
        | 'SluitAf'
        | 'TrekIn'
        | 'KoppelAlsDuplicaat'
        | 'OntkoppelDuplicaat'
        | 'ZetOpenbaar'
        | 'VoegBijlageToe';
      /**
       * Format: uuid
       * @description voor een actie van een dienst: op welke doorsturing
       */
      doorsturingId?: string;
    };
    ActorDto: {
      /**
       * @description wie handelde: alleen voor de wijkmanager, auditors en beheerders
       * @example wm-oost
       */
      id?: string;
      /**
       * @description de organisatie of rol die handelde
       * @example Wijkmanager Oost
       */
      naam?: string;
      /** @example wijkmanager */
      rol: string;
    };
    AfgemeldDto: {
      /** @description meld ook af bij de identiteitsprovider: stuur de browser naar dit adres */
      doorsturen?: string;
    };
    AfgeschermdDto: {
      /** Format: date-time */
      op: string;
      /** @description waarom de wijkmanager het van de publieke pagina haalde */
      reden: string;
    };
    AfwijkingDto: {
      positie: number;
      reden: string;
    };
    AgendaAntwoordDto: {
      /** @description afgesloten of ingetrokken sinds `sinds` */
      afgerond: components['schemas']['SignaalKernDto'][];
      open: components['schemas']['SignaalKernDto'][];
      /** @description de open signalen met een overschreden termijn */
      overschreden: components['schemas']['SignaalKernDto'][];
      raad: components['schemas']['RaadRefDto'];
      /**
       * Format: date-time
       * @description afgeronde signalen vanaf dit tijdstip
       */
      sinds: string;
    };
    BeantwoordDto: {
      /** @example Een snelheidsremmer wordt geplaatst in maart. */
      antwoord: string;
      /** @enum {string} */
      besluit: 'uitgevoerd' | 'ingepland' | 'in-onderzoek' | 'niet-weerhouden';
      /**
       * Format: date
       * @description wanneer de dienst verwacht te handelen
       * @example 2026-12-31
       */
      verwachteDatum?: string;
    };
    BezoekDto: {
      /**
       * @description de lijst van de webtoepassing
       * @enum {string}
       */
      lijst: 'signalen' | 'triage' | 'overschreden' | 'inbox';
      /** @example 1234 */
      positie: number;
    };
    BezoekenDto: {
      /** @description per bezochte lijst: tot waar je keek bij je vorige bezoek */
      items: components['schemas']['BezoekDto'][];
    };
    BijlageAntwoordDto: {
      /** @description bytes zoals bewaard (foto’s: na herencodering) */
      grootte: number;
      /** Format: uuid */
      id: string;
      /** @description de bestandsnaam zoals opgegeven */
      naam: string;
      /** @description positie in het logboek van BijlageToegevoegd */
      positie: number;
      /** Format: uuid */
      signaalId: string;
      /**
       * @description zoals beoordeeld op de inhoud
       * @enum {string}
       */
      type: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
    };
    BijlageDoorDto: {
      /** @description voor rol dienst: welke dienst */
      dienstId?: string;
      /** @enum {string} */
      rol: 'raad' | 'wijkmanager' | 'dienst';
    };
    BijlageDto: {
      /** @description wie ze toevoegde */
      door: components['schemas']['BijlageDoorDto'];
      /** @description bytes zoals bewaard (foto’s: na herencodering) */
      grootte: number;
      /** Format: uuid */
      id: string;
      /** @description of er een miniatuur is (?formaat=miniatuur; foto’s) */
      miniatuur: boolean;
      /** @description de bestandsnaam zoals opgegeven */
      naam: string;
      /** @description SHA-256 (hex) van de bewaarde bytes */
      sha256: string;
      /** Format: date-time */
      toegevoegdOp: string;
      /**
       * @description zoals beoordeeld op de inhoud
       * @enum {string}
       */
      type: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
    };
    BijlageFormulierDto: {
      /**
       * Format: binary
       * @description foto (JPEG, PNG, WebP) of PDF, hoogstens 10 MB
       */
      bestand: string;
      indienerEmail?: string;
      indienerNaam?: string;
    };
    BijlagenDto: {
      items: components['schemas']['BijlageDto'][];
    };
    CheckpointDto: {
      /** @description Ed25519 over positie, hash en tijd (canonieke JSON), base64 */
      handtekening: string;
      /** @description de hash van de keten tot die positie */
      hash: string;
      positie: number;
      /** Format: date-time */
      tijd: string;
    };
    CheckpointsDto: {
      items: components['schemas']['CheckpointDto'][];
      /** @description de publieke sleutel (PEM) om de handtekeningen te controleren */
      publiekeSleutel: string;
    };
    CijferDto: {
      /** @description per dienst */
      beantwoord?: number;
      /** @description per dienst */
      doorsturingen?: number;
      ingetrokken?: number;
      /** @description per dienst */
      mediaanDagenTotAntwoord?: number | null;
      mediaanDagenTotTerugkoppeling?: number | null;
      signalen?: number;
      /** @description de raad, het thema, het jaar of de dienst */
      sleutel: string;
      /** @description niet ingetrokken signalen met een definitieve terugkoppeling */
      teruggekoppeld?: number;
      /** @description per dienst */
      teruggestuurd?: number;
      terugkoppelingsgraad?: number | null;
    };
    CijfersAntwoordDto: {
      items: components['schemas']['CijferDto'][];
      jaar?: number;
      /** @enum {string} */
      per: 'raad' | 'thema' | 'jaar' | 'dienst';
    };
    CommandAntwoordDto: {
      /**
       * Format: uuid
       * @description het signaal, of bij doorsturen de nieuwe doorsturing
       */
      id: string;
      /** @description positie in het logboek van wat het commando schreef: stuur ze als X-Positie */
      positie: number;
      /**
       * Format: uuid
       * @description het signaal, waar `id` een doorsturing is
       */
      signaalId?: string;
      /** @description de status van het signaal na het commando */
      status: string;
    };
    CoordinatenDto: {
      /**
       * @description breedtegraad (WGS84)
       * @example 50.9307
       */
      lat: number;
      /**
       * @description lengtegraad (WGS84)
       * @example 5.3378
       */
      lon: number;
    };
    CoordinatenInDto: {
      /** @example 50.9307 */
      lat: number;
      /** @example 5.3378 */
      lon: number;
    };
    DemoAanmeldenDto: {
      /** @description de raad, wijkmanager of dienst */
      id?: string;
      /** @enum {string} */
      rol: 'raad' | 'wijkmanager' | 'dienst' | 'auditor' | 'beheerder';
    };
    DemoGebruiker: {
      /** @description de raad, wijkmanager of dienst */
      id?: string;
      naam: string;
      /** @enum {string} */
      rol: 'raad' | 'wijkmanager' | 'dienst' | 'auditor' | 'beheerder';
    };
    DienSignaalInDto: {
      /**
       * @description standaard: andere
       * @enum {string}
       */
      bron?: 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
      coordinaten?: components['schemas']['CoordinatenInDto'];
      indiener?: components['schemas']['IndienerDto'];
      locatie?: components['schemas']['LocatieDto'];
      /** @example Ouders melden bijna-ongevallen bij het ophalen van de kinderen. */
      omschrijving: string;
      /** @description bewoners mogen het zien op de publieke pagina (standaard: nee) */
      openbaar?: boolean;
      /**
       * @description id uit GET /api/themas
       * @example verkeersveiligheid
       */
      thema: string;
      /** @example Onveilig kruispunt aan de school */
      titel: string;
    };
    Dienst: {
      email?: string;
      id: string;
      naam: string;
      /** @enum {string} */
      soort: 'stadsdienst' | 'extern';
    };
    DienstenDto: {
      /** @description de demodata (geen echte raden en diensten) */
      demo: boolean;
      items: components['schemas']['Dienst'][];
    };
    DienstSuggestieDto: {
      dienstId: string;
      /** @example 3 van de 4 gelijkaardige signalen over "oversteekplaats" werden beantwoord door Dienst Mobiliteit. */
      reden: string;
      /** @description hoe sterk de suggestie is (0 tot 1; 0: de dienst vult de lijst enkel aan) */
      score: number;
    };
    DoorsturingDto: {
      antwoord?: string;
      /** Format: date-time */
      beantwoordOp?: string;
      /** @enum {string} */
      besluit?: 'uitgevoerd' | 'ingepland' | 'in-onderzoek' | 'niet-weerhouden';
      /** @description id uit GET /api/diensten */
      dienstId: string;
      /** Format: date-time */
      doorgestuurdOp: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      opgepaktOp?: string;
      reden?: string;
      /** @enum {string} */
      status: 'doorgestuurd' | 'opgepakt' | 'beantwoord' | 'teruggestuurd';
      /** Format: date-time */
      teruggestuurdOp?: string;
      toelichting?: string;
      /** Format: date */
      verwachteDatum?: string;
    };
    DoorsturingDuurDto: {
      /** Format: date-time */
      afgehandeldOp?: string;
      dienstId: string;
      /** Format: date-time */
      doorgestuurdOp: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      opgepaktOp?: string;
      /** @enum {string} */
      status: 'doorgestuurd' | 'opgepakt' | 'beantwoord' | 'teruggestuurd';
      totAntwoordMs: number | null;
      totOppakkenMs: number | null;
    };
    DuplicaatSuggestieDto: {
      /** @example Zelfde thema (Verkeersveiligheid); 60 m verder; gemeenschappelijke woorden: "oversteekplaats". */
      reden: string;
      score: number;
      /** Format: uuid */
      signaalId: string;
      titel: string;
    };
    DuplicatenDto: {
      /** @description het hoofdsignaal, als dit een duplicaat is */
      duplicaatVan?: components['schemas']['HoofdsignaalDto'];
      /** @description de duplicaten van dit signaal */
      duplicaten: components['schemas']['KoppelingDto'][];
      /** Format: uuid */
      id: string;
    };
    Fout: {
      /** @example ONGELDIGE_INVOER */
      code: string;
      errors?: {
        field?: string;
        message?: string;
      }[];
      /**
       * @description het veld of de header in fout
       * @example titel
       */
      field?: string;
      /**
       * @description Nederlands, voor mensen
       * @example titel: mag niet leeg zijn
       */
      message: string;
      /** @example 400 */
      statusCode: number;
    };
    GeefVerduidelijkingDto: {
      /** @example Het gaat om de Kerkstraat ter hoogte van nummer 12. */
      antwoord: string;
    };
    HeropenDto: {
      /** @example Er is nog altijd geen oplossing voor de avondspits. */
      reden: string;
    };
    HoofdAntwoordDto: {
      antwoord: string;
      /** Format: date-time */
      beantwoordOp: string;
      /** @enum {string} */
      besluit: 'uitgevoerd' | 'ingepland' | 'in-onderzoek' | 'niet-weerhouden';
      dienstId: string;
      /** Format: date */
      verwachteDatum?: string;
    };
    HoofdsignaalDto: {
      antwoorden: components['schemas']['HoofdAntwoordDto'][];
      /** Format: date-time */
      gekoppeldOp: string;
      /** Format: uuid */
      id: string;
      raadId: string;
      reden: string;
      status: string;
      terugkoppelingen: components['schemas']['TerugkoppelingDto'][];
      titel: string;
    };
    HopDto: {
      actor: components['schemas']['ActorDto'];
      /** Format: date-time */
      at: string;
      /**
       * @description wie aan zet is na deze stap
       * @enum {string}
       */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** @description ms sinds de vorige stap; null voor de eerste */
      duurMs: number | null;
      /** @description de gegevens van de gebeurtenis, zonder persoonsgegevens */
      gegevens: Record<string, never>;
      openDiensten: string[];
      /** @description positie in het logboek */
      positie: number;
      /** @description revisie in de stroom van het signaal */
      revision: number;
      /** @example DoorgestuurdNaarDienst */
      type: string;
    };
    HouderDienstDto: {
      id: string;
      /** @example Dienst Mobiliteit */
      naam: string;
      /** @description of de dienst de doorsturing oppakte */
      opgepakt: boolean;
    };
    HouderDto: {
      diensten?: components['schemas']['HouderDienstDto'][];
      /** @description de raad of de wijkmanager die het heeft */
      id?: string;
      naam?: string;
      omschrijving: string;
      /** @enum {string} */
      rol: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** Format: date-time */
      sinds: string;
    };
    InboxItemDto: {
      /** Format: date-time */
      afgehandeldOp?: string;
      /** Format: date-time */
      doorgestuurdOp: string;
      /**
       * Format: uuid
       * @description de doorsturing
       */
      id: string;
      /** Format: date-time */
      opgepaktOp?: string;
      /** @description de positie van de laatste gebeurtenis van het signaal (zie "Nieuw sinds je laatste bezoek") */
      positie: number;
      raadId: string;
      /** Format: uuid */
      signaalId: string;
      /** @enum {string} */
      status: 'doorgestuurd' | 'opgepakt' | 'beantwoord' | 'teruggestuurd' | 'vervallen';
      thema: string;
      titel: string;
      toelichting?: string;
      /**
       * Format: date-time
       * @description voor een open doorsturing: wanneer de termijn voor het antwoord verstrijkt
       */
      uiterlijk?: string;
    };
    InboxPaginaDto: {
      items: components['schemas']['InboxItemDto'][];
      limiet: number;
      offset: number;
      total: number;
    };
    IndienerDto: {
      email?: string;
      naam?: string;
    };
    JaarverslagDto: {
      afgerond: components['schemas']['VerslagSignaalDto'][];
      open: components['schemas']['VerslagSignaalDto'][];
      /** Format: date-time */
      opgemaaktOp: string;
      /** @description de open signalen met een verstreken termijn */
      overschreden: components['schemas']['VerslagSignaalDto'][];
      raad: components['schemas']['RaadRefDto'];
      /**
       * Format: date-time
       * @description afgerond telt vanaf dit moment
       */
      sinds: string;
    };
    KaartDto: {
      /** @description de bronvermelding die op de kaart staat */
      attributie: string;
      /** @description de tegels van de kaart (Leaflet-sjabloon met {z}, {x}, {y}) */
      tegelsUrl: string;
    };
    KoppelAlsDuplicaatDto: {
      /**
       * Format: uuid
       * @description het signaal waarvan dit een duplicaat is (het hoofdsignaal)
       */
      hoofdSignaalId: string;
      /** @example Zelfde kruispunt, al gemeld door Dorpsraad Kuringen. */
      reden: string;
    };
    KoppelingDto: {
      /** Format: date-time */
      gekoppeldOp: string;
      /** Format: uuid */
      id: string;
      raadId: string;
      reden: string;
      titel: string;
    };
    KoppelingRefDto: {
      /** Format: uuid */
      id: string;
      titel: string;
    };
    KoppelTerugDto: {
      /** @example De dienst Mobiliteit plant een snelheidsremmer in het voorjaar. */
      boodschap: string;
      /** @description true voor de definitieve terugkoppeling */
      definitief: boolean;
    };
    LocatieDto: {
      /** @example 50.9307 */
      lat?: number;
      /** @example 5.3378 */
      lon?: number;
      /** @example Kruispunt Stationsstraat - Kerkstraat */
      omschrijving?: string;
    };
    LogboekDto: {
      items: components['schemas']['LogEventDto'][];
      limiet: number;
      na: number;
      /** @description de positie om verder te vragen (als `na`) */
      volgende: number;
    };
    LogEventDto: {
      data: {
        [key: string]: unknown;
      };
      /** @description eventId, recordedAt, actor, ... */
      metadata: {
        [key: string]: unknown;
      };
      positie: number;
      revision: number;
      streamId: string;
      type: string;
    };
    MailDto: {
      /** Format: date-time */
      aangemaaktOp: string;
      adres: string;
      /**
       * Format: uuid
       * @description het event dat de mail deed ontstaan
       */
      eventId: string;
      id: number;
      kanaal?: string;
      laatsteFout?: string;
      messageId: string;
      onderwerp: string;
      /** @description de ontvanger (rol:id) */
      ontvanger: string;
      pogingen: number;
      positie?: number;
      /** Format: uuid */
      signaalId?: string;
      soort: string;
      /** @enum {string} */
      status: 'wachtend' | 'verzonden' | 'geparkeerd' | 'dagelijks' | 'gebundeld' | 'uitgeschakeld';
      tekst: string;
      /** Format: date-time */
      verzondenOp?: string;
      /** Format: date-time */
      volgendePoging?: string;
    };
    MailOpnieuwDto: {
      id: number;
      /** @enum {string} */
      status: 'wachtend';
    };
    MailsPaginaDto: {
      items: components['schemas']['MailDto'][];
      limiet: number;
      offset: number;
    };
    OntkoppelDuplicaatDto: {
      /** @example Het gaat toch over een ander kruispunt. */
      reden: string;
    };
    OpenVraagDto: {
      /** Format: date-time */
      gevraagdOp: string;
      vraag: string;
    };
    ProjectieStatusDto: {
      /** @description de kop van het logboek */
      head?: number;
      /** @description head − positie */
      lag?: number;
      /** @description waarom de projectie faalt of stilstaat */
      lastError?: string;
      /** @example signalen */
      name: string;
      /** @description tot hier is elke gebeurtenis toegepast */
      positie: number;
      /** @enum {string} */
      state: 'catching-up' | 'live' | 'failing' | 'stopped' | 'following-bus' | 'halted';
    };
    PubliekAntwoordDto: {
      antwoord: string;
      /** @enum {string} */
      besluit: 'uitgevoerd' | 'ingepland' | 'in-onderzoek' | 'niet-weerhouden';
      besluitNaam: string;
      /** @description naam van de dienst */
      dienst: string;
      /** Format: date-time */
      op: string;
      /** Format: date */
      verwachteDatum?: string;
    };
    PubliekeLocatieDto: {
      lat?: number;
      lon?: number;
      omschrijving?: string;
    };
    PubliekeRaadDto: {
      gebied: string;
      id: string;
      naam: string;
      /** @description aantal signalen dat bewoners kunnen zien */
      openbareSignalen: number;
      /** @enum {string} */
      soort: 'dorpsraad' | 'wijkraad';
    };
    PubliekeRadenDto: {
      items: components['schemas']['PubliekeRaadDto'][];
    };
    PubliekeSignalenDto: {
      /** @description nieuwste eerst, hoogstens 500 */
      items: components['schemas']['PubliekSignaalDto'][];
    };
    PubliekeStapDto: {
      /** @description tijd sinds de vorige stap (ms); null voor de eerste */
      duurMs: number | null;
      /** @example Doorgestuurd naar een dienst */
      omschrijving: string;
      /** Format: date-time */
      op: string;
      /**
       * @description het soort gebeurtenis
       * @example DoorgestuurdNaarDienst
       */
      type: string;
    };
    PubliekeTerugkoppelingDto: {
      boodschap: string;
      definitief: boolean;
      /** Format: date-time */
      op: string;
    };
    PubliekSignaalDto: {
      antwoorden: components['schemas']['PubliekAntwoordDto'][];
      /** @description afgesloten of ingetrokken */
      gesloten: boolean;
      /**
       * Format: date-time
       * @description tijdstip van de laatste getoonde stap
       */
      gewijzigdOp: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      locatie?: components['schemas']['PubliekeLocatieDto'];
      omschrijving: string;
      raad: string;
      raadId: string;
      stappen: components['schemas']['PubliekeStapDto'][];
      status: string;
      statusNaam: string;
      terugkoppelingen: components['schemas']['PubliekeTerugkoppelingDto'][];
      /** @description id uit GET /api/themas */
      thema: string;
      themaNaam: string;
      titel: string;
    };
    Raad: {
      email?: string;
      gebied: string;
      id: string;
      naam: string;
      /** @enum {string} */
      soort: 'dorpsraad' | 'wijkraad';
      /** @description id van de wijkmanager */
      wijkmanager: string;
    };
    RaadRefDto: {
      id: string;
      naam: string;
    };
    RadenDto: {
      /** @description de demodata (geen echte raden en diensten) */
      demo: boolean;
      items: components['schemas']['Raad'][];
    };
    SessieDto: {
      /** @description voor rol dienst */
      dienst?: string;
      /** @description de kaart van de webtoepassing (KAART_TEGELS_URL) */
      kaart: components['schemas']['KaartDto'];
      naam: string;
      /** @description voor rol raad */
      raad?: string;
      /** @enum {string} */
      rol: 'raad' | 'wijkmanager' | 'dienst' | 'auditor' | 'beheerder';
      sub: string;
    };
    SignaalDetailDto: {
      /** @description wat de vragende gebruiker nu met het signaal kan doen, volgens de regels van het domein (die de commands ook toepassen); een dienst per doorsturing */
      acties: components['schemas']['ActieDto'][];
      /** @description de wijkmanager haalde het van de publieke pagina; alleen de wijkmanager zet het terug */
      afgeschermd?: components['schemas']['AfgeschermdDto'];
      /** Format: date-time */
      afgeslotenOp?: string;
      /**
       * @description wie aan zet is
       * @enum {string}
       */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** @description foto’s en PDF’s, in de volgorde van toevoegen */
      bijlagen: components['schemas']['BijlageDto'][];
      /** @enum {string} */
      bron: 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
      /** @description het punt op de kaart (WGS84), indien gekozen */
      coordinaten?: components['schemas']['CoordinatenDto'];
      /** Format: date-time */
      definitiefTeruggekoppeldOp?: string;
      /** @description elke dienst waarnaar het ooit werd doorgestuurd */
      diensten: string[];
      doorsturingen: components['schemas']['DoorsturingDto'][];
      /**
       * Format: date-time
       * @description tijdstip van de laatste gebeurtenis
       */
      gewijzigdOp: string;
      heropend: boolean;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      /** Format: date-time */
      ingetrokkenOp?: string;
      locatie?: components['schemas']['LocatieDto'];
      omschrijving: string;
      /** @description bewoners zien het op de publieke pagina van de raad */
      openbaar: boolean;
      /** @description de diensten met een open doorsturing (aan zet) */
      openDiensten: string[];
      openVraag?: components['schemas']['OpenVraagDto'];
      /** @description gemelde overschreden termijnen, bv. `ontvangst`, `antwoord-dienst:<doorsturing>` */
      overschredenTermijnen: string[];
      /** @description positie in het logboek van de laatste gebeurtenis */
      positie: number;
      raadId: string;
      /** @description revisie van de stroom van het signaal (ook de ETag) */
      revision: number;
      /** @enum {string} */
      status:
        | 'ingediend'
        | 'verduidelijking-gevraagd'
        | 'in-behandeling'
        | 'beantwoord'
        | 'heropend'
        | 'teruggekoppeld'
        | 'duplicaat'
        | 'afgesloten'
        | 'ingetrokken';
      /** @description de lopende termijnen (leeg als het afgerond is) */
      termijnen: components['schemas']['TermijnDto'][];
      terugkoppelingen: components['schemas']['TerugkoppelingDto'][];
      thema: string;
      titel: string;
    };
    SignaalKernDto: {
      /**
       * @description wie aan zet is
       * @enum {string}
       */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** @enum {string} */
      bron: 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
      /** @description het punt op de kaart (WGS84), indien gekozen */
      coordinaten?: components['schemas']['CoordinatenDto'];
      /** @description elke dienst waarnaar het ooit werd doorgestuurd */
      diensten: string[];
      /**
       * Format: date-time
       * @description tijdstip van de laatste gebeurtenis
       */
      gewijzigdOp: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      locatie?: components['schemas']['LocatieDto'];
      omschrijving: string;
      /** @description de diensten met een open doorsturing (aan zet) */
      openDiensten: string[];
      /** @description gemelde overschreden termijnen, bv. `ontvangst`, `antwoord-dienst:<doorsturing>` */
      overschredenTermijnen: string[];
      /** @description positie in het logboek van de laatste gebeurtenis */
      positie: number;
      raadId: string;
      /** @description revisie van de stroom van het signaal (ook de ETag) */
      revision: number;
      /** @enum {string} */
      status:
        | 'ingediend'
        | 'verduidelijking-gevraagd'
        | 'in-behandeling'
        | 'beantwoord'
        | 'heropend'
        | 'teruggekoppeld'
        | 'duplicaat'
        | 'afgesloten'
        | 'ingetrokken';
      thema: string;
      titel: string;
    };
    SignaalLijstItemDto: {
      /**
       * @description wie aan zet is
       * @enum {string}
       */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** @enum {string} */
      bron: 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
      /** @description het punt op de kaart (WGS84), indien gekozen */
      coordinaten?: components['schemas']['CoordinatenDto'];
      /** @description elke dienst waarnaar het ooit werd doorgestuurd */
      diensten: string[];
      /**
       * Format: date-time
       * @description tijdstip van de laatste gebeurtenis
       */
      gewijzigdOp: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      locatie?: components['schemas']['LocatieDto'];
      omschrijving: string;
      /** @description de diensten met een open doorsturing (aan zet) */
      openDiensten: string[];
      /** @description gemelde overschreden termijnen, bv. `ontvangst`, `antwoord-dienst:<doorsturing>` */
      overschredenTermijnen: string[];
      /** @description positie in het logboek van de laatste gebeurtenis */
      positie: number;
      raadId: string;
      /** @description revisie van de stroom van het signaal (ook de ETag) */
      revision: number;
      /** @enum {string} */
      status:
        | 'ingediend'
        | 'verduidelijking-gevraagd'
        | 'in-behandeling'
        | 'beantwoord'
        | 'heropend'
        | 'teruggekoppeld'
        | 'duplicaat'
        | 'afgesloten'
        | 'ingetrokken';
      thema: string;
      titel: string;
      /** @description de lopende termijn die het eerst verstrijkt */
      volgendeTermijn?: components['schemas']['TermijnDto'];
    };
    SignaalOpMomentDto: {
      /** @description de wijkmanager haalde het van de publieke pagina; alleen de wijkmanager zet het terug */
      afgeschermd?: components['schemas']['AfgeschermdDto'];
      /** Format: date-time */
      afgeslotenOp?: string;
      /**
       * @description wie aan zet is
       * @enum {string}
       */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      /** @description foto’s en PDF’s, in de volgorde van toevoegen */
      bijlagen: components['schemas']['BijlageDto'][];
      /** @enum {string} */
      bron: 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
      /** @description het punt op de kaart (WGS84), indien gekozen */
      coordinaten?: components['schemas']['CoordinatenDto'];
      /** Format: date-time */
      definitiefTeruggekoppeldOp?: string;
      /** @description elke dienst waarnaar het ooit werd doorgestuurd */
      diensten: string[];
      doorsturingen: components['schemas']['DoorsturingDto'][];
      /**
       * Format: date-time
       * @description tijdstip van de laatste gebeurtenis
       */
      gewijzigdOp: string;
      heropend: boolean;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      /** Format: date-time */
      ingetrokkenOp?: string;
      locatie?: components['schemas']['LocatieDto'];
      omschrijving: string;
      /**
       * Format: date-time
       * @description het moment
       */
      op: string;
      /** @description bewoners zien het op de publieke pagina van de raad */
      openbaar: boolean;
      /** @description de diensten met een open doorsturing (aan zet) */
      openDiensten: string[];
      openVraag?: components['schemas']['OpenVraagDto'];
      /** @description gemelde overschreden termijnen, bv. `ontvangst`, `antwoord-dienst:<doorsturing>` */
      overschredenTermijnen: string[];
      /** @description positie in het logboek van de laatste gebeurtenis */
      positie: number;
      raadId: string;
      /** @description revisie van de stroom van het signaal (ook de ETag) */
      revision: number;
      /** @enum {string} */
      status:
        | 'ingediend'
        | 'verduidelijking-gevraagd'
        | 'in-behandeling'
        | 'beantwoord'
        | 'heropend'
        | 'teruggekoppeld'
        | 'duplicaat'
        | 'afgesloten'
        | 'ingetrokken';
      terugkoppelingen: components['schemas']['TerugkoppelingDto'][];
      thema: string;
      titel: string;
    };
    SignalenPaginaDto: {
      items: components['schemas']['SignaalLijstItemDto'][];
      /** @description zoals gevraagd (standaard 50) */
      limiet: number;
      /** @description zoals gevraagd (standaard 0) */
      offset: number;
      /** @description hoeveel signalen aan de filter voldoen */
      total: number;
    };
    StuurDoorDto: {
      /**
       * @description id uit GET /api/diensten
       * @example mobiliteit
       */
      dienst: string;
      /** @example Graag bekijken samen met de politiezone. */
      toelichting?: string;
    };
    StuurTerugDto: {
      /** @example Gewestweg: bevoegdheid van het Agentschap Wegen en Verkeer. */
      reden: string;
    };
    SuggestiesDto: {
      /** @description diensten die gelijkaardige signalen beantwoordden, sterkste eerst */
      diensten: components['schemas']['DienstSuggestieDto'][];
      /** @description open signalen van de raden van de wijkmanager die hierop lijken */
      duplicaten: components['schemas']['DuplicaatSuggestieDto'][];
    };
    TermijnDto: {
      /** @description voor antwoord-dienst: de dienst */
      dienstId?: string;
      /**
       * Format: uuid
       * @description voor antwoord-dienst: de doorsturing
       */
      doorsturingId?: string;
      /** @description verstreken (of als overschreden gemeld) */
      overschreden: boolean;
      /** @enum {string} */
      soort: 'ontvangst' | 'antwoord-dienst' | 'terugkoppeling';
      /**
       * Format: date-time
       * @description het moment waarop de termijn verstrijkt
       */
      uiterlijk: string;
    };
    TerugkoppelingDto: {
      boodschap: string;
      definitief: boolean;
      /** Format: date-time */
      op: string;
    };
    Thema: {
      id: string;
      naam: string;
    };
    ThemasDto: {
      /** @description de demodata (geen echte raden en diensten) */
      demo: boolean;
      items: components['schemas']['Thema'][];
    };
    TrajectDto: {
      /** @enum {string} */
      balBij: 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
      doorsturingen: components['schemas']['DoorsturingDuurDto'][];
      /** @description het hoofdsignaal van dit duplicaat */
      duplicaatVan?: components['schemas']['KoppelingRefDto'];
      /** @description de duplicaten van dit signaal */
      duplicaten?: components['schemas']['KoppelingRefDto'][];
      hops: components['schemas']['HopDto'][];
      houder: components['schemas']['HouderDto'];
      openDiensten: string[];
      raadId: string;
      revision: number;
      /** Format: uuid */
      signaalId: string;
      /** @enum {string} */
      status:
        | 'ingediend'
        | 'verduidelijking-gevraagd'
        | 'in-behandeling'
        | 'beantwoord'
        | 'heropend'
        | 'teruggekoppeld'
        | 'duplicaat'
        | 'afgesloten'
        | 'ingetrokken';
    };
    TrekInDto: {
      reden?: string;
    };
    VergeetDto: {
      /** @description het e-mailadres van de persoon wiens gegevens onleesbaar worden */
      email: string;
    };
    VergetenDto: {
      /** @description positie van het event PersoonVergeten */
      positie: number;
      /** @enum {boolean} */
      vergeten: true;
    };
    VerificatieDto: {
      eersteAfwijking?: components['schemas']['AfwijkingDto'];
      /** @description de events gecontroleerd voor de eerste afwijking (alle, als het intact is) */
      gecontroleerd: number;
      intact: boolean;
    };
    VerschilAntwoordDto: {
      /** @description het signaal bestond al op `van` */
      bestondAl: boolean;
      /** @description de events die het verschil maakten */
      events: components['schemas']['VerschilEventDto'][];
      /** Format: uuid */
      signaalId: string;
      /** Format: date-time */
      tot: string;
      /** Format: date-time */
      van: string;
      wijzigingen: components['schemas']['WijzigingDto'][];
    };
    VerschilEventDto: {
      actor: {
        [key: string]: unknown;
      };
      positie: number;
      /** Format: date-time */
      tijd: string;
      type: string;
    };
    VerslagAntwoordDto: {
      antwoord: string;
      besluit: string;
      /** @description de naam van de dienst */
      dienst: string;
      /** Format: date-time */
      op: string;
      /** Format: date */
      verwachteDatum?: string;
    };
    VerslagSignaalDto: {
      antwoorden: components['schemas']['VerslagAntwoordDto'][];
      /** @description de namen van de diensten die het behandelen of behandelden (niet wie het terugstuurde) */
      diensten: string[];
      /** @description bij een duplicaat: de titel van het hoofdsignaal */
      duplicaatVan?: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      ingediendOp: string;
      overschredenTermijnen: string[];
      status: string;
      terugkoppelingen: components['schemas']['TerugkoppelingDto'][];
      /** @description de naam van het thema */
      thema: string;
      titel: string;
    };
    VoorkeurDto: {
      /**
       * @description direct (standaard), dagelijks (één overzicht per dag) of uit
       * @enum {string}
       */
      keuze: 'direct' | 'dagelijks' | 'uit';
      /**
       * @description de soort melding
       * @enum {string}
       */
      soort:
        | 'nieuw'
        | 'doorsturing'
        | 'antwoord'
        | 'teruggestuurd'
        | 'verduidelijking'
        | 'heropend'
        | 'terugkoppeling'
        | 'termijn'
        | 'duplicaat';
    };
    VoorkeurenDto: {
      /** @description elke soort melding die jouw rol ontvangt, met zijn keuze */
      items: components['schemas']['VoorkeurDto'][];
    };
    VraagVerduidelijkingDto: {
      /** @example Over welke straat gaat het precies? */
      vraag: string;
    };
    Wijkmanager: {
      email?: string;
      id: string;
      naam: string;
    };
    WijkmanagersDto: {
      /** @description de demodata (geen echte raden en diensten) */
      demo: boolean;
      items: components['schemas']['Wijkmanager'][];
    };
    WijzigingDto: {
      /** @description de waarde erna (weg als het veld er niet meer is) */
      tot?: Record<string, never>;
      /** @description de waarde ervoor (weg als het veld er nog niet was) */
      van?: Record<string, never>;
      /** @description het pad van het veld, bv. `doorsturingen[0].status` */
      veld: string;
    };
    ZetOpenbaarDto: {
      /** @description true: bewoners zien het signaal op de publieke pagina van de raad */
      openbaar: boolean;
      /**
       * @description verplicht wanneer de wijkmanager het signaal van de publieke pagina haalt; de raad ziet ze
       * @example De omschrijving noemt een bewoner bij naam.
       */
      reden?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  CheckpointsController_checkpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointsDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuditEventsController_events: {
    parameters: {
      query?: {
        limiet?: number;
        /** @description de events na deze positie in het globale logboek */
        na?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogboekDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ExportController_export: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ToestandController_toestand: {
    parameters: {
      query?: {
        /** @description tijdstip (ISO 8601); standaard nu */
        op?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignaalOpMomentDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  VerschilController_verschil: {
    parameters: {
      query: {
        /** @description tot dit tijdstip (ISO 8601), niet vóór `van` */
        tot: string;
        /** @description van dit tijdstip (ISO 8601) */
        van: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerschilAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  VerificatieController_verifieer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificatieDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuthController_afmelden: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AfgemeldDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuthController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  DemoController_aanmelden: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DemoAanmeldenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessieDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuthController_opties: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AanmeldOptiesDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AuthController_sessie: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessieDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BeheerMailsController_mails: {
    parameters: {
      query?: {
        /** @description alleen mails aan dit adres */
        adres?: string;
        limiet?: number;
        offset?: number;
        /** @description alleen mails met deze status */
        status?: 'wachtend' | 'verzonden' | 'geparkeerd' | 'dagelijks' | 'gebundeld' | 'uitgeschakeld';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailsPaginaDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BeheerMailsController_opnieuw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailOpnieuwDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description If-Match noemt een revisie die niet meer de huidige is */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  HerbouwenController_herbouwen: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectieStatusDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BezoekenController_lees: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BezoekenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BezoekenController_zet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BezoekDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BezoekenDto'];
        };
      };
    };
  };
  CijfersController_cijfers: {
    parameters: {
      query: {
        /** @description alleen signalen ingediend in dit jaar */
        jaar?: number;
        /** @description groepering: per raad, thema, jaar (terugkoppeling) of dienst (antwoorden) */
        per: 'raad' | 'thema' | 'jaar' | 'dienst';
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CijfersAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReferentieController_diensten: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DienstenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  InboxController_inbox: {
    parameters: {
      query?: {
        /** @description voor auditor en beheerder: de dienst; een dienst ziet altijd de eigen inbox */
        dienst?: string;
        limiet?: number;
        offset?: number;
        /** @description zoekt in titel, omschrijving, locatie, antwoorden en terugkoppeling (Nederlandse stamvormen, accenten genegeerd, elk woord ook als begin van een woord; hoogstens 8 woorden) */
        q?: string;
        /** @description open (standaard): doorgestuurd of opgepakt */
        status?: 'open' | 'alle';
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPaginaDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VoorkeurenController_voorkeuren: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoorkeurenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  VoorkeurenController_zet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoorkeurDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoorkeurenDto'];
        };
      };
    };
  };
  MetricsController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  VergeetController_vergeet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VergeetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VergetenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  PubliekeSignalenController_raden: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PubliekeRadenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  FeedController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        raadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Atom 1.0 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  PubliekeSignalenController_signalen: {
    parameters: {
      query?: {
        status?:
          | 'ingediend'
          | 'verduidelijking-gevraagd'
          | 'in-behandeling'
          | 'beantwoord'
          | 'heropend'
          | 'teruggekoppeld'
          | 'duplicaat'
          | 'afgesloten'
          | 'ingetrokken';
        /** @description id uit GET /api/themas */
        thema?: string;
      };
      header?: never;
      path: {
        raadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PubliekeSignalenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ReferentieController_raden: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RadenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  AgendaController_agenda: {
    parameters: {
      query?: {
        /** @description afgeronde signalen vanaf (ISO 8601); standaard een jaar geleden */
        sinds?: string;
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        raadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  JaarverslagController_pdf: {
    parameters: {
      query?: {
        /** @description afgeronde signalen vanaf (ISO 8601); standaard een jaar geleden */
        sinds?: string;
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        raadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  JaarverslagController_verslag: {
    parameters: {
      query?: {
        /** @description afgeronde signalen vanaf (ISO 8601); standaard een jaar geleden */
        sinds?: string;
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        raadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JaarverslagDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SignalenLijstController_lijst: {
    parameters: {
      query?: {
        /** @description alleen signalen waarbij de bal bij deze partij ligt */
        balBij?: 'raad' | 'wijkmanager' | 'dienst' | 'niemand';
        /** @description alleen signalen met coordinaten binnen dit kader: zuid,west,noord,oost (WGS84) */
        binnen?: string;
        /** @description alleen signalen die naar deze dienst werden doorgestuurd */
        dienst?: string;
        limiet?: number;
        offset?: number;
        /** @description true: alleen open signalen met een overschreden termijn */
        overschreden?: boolean;
        /** @description zoekt in titel, omschrijving, locatie, antwoorden en terugkoppeling (Nederlandse stamvormen, accenten genegeerd, elk woord ook als begin van een woord; hoogstens 8 woorden) */
        q?: string;
        /** @description alleen signalen van deze raad */
        raad?: string;
        /** @description volgorde: een veld oplopend, met `-` aflopend; `termijn`: de eerst verstrijkende termijn eerst (standaard `-ingediendOp`, nieuwste eerst) */
        sorteer?: 'ingediendOp' | '-ingediendOp' | 'gewijzigdOp' | '-gewijzigdOp' | 'termijn';
        status?:
          | 'ingediend'
          | 'verduidelijking-gevraagd'
          | 'in-behandeling'
          | 'beantwoord'
          | 'heropend'
          | 'teruggekoppeld'
          | 'duplicaat'
          | 'afgesloten'
          | 'ingetrokken';
        thema?: string;
        /** @description ingediend vóór (ISO 8601, exclusief) */
        tot?: string;
        /** @description ingediend vanaf (ISO 8601) */
        van?: string;
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignalenPaginaDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DienSignaalInController_dienSignaalIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "titel": "Onveilig kruispunt aan de school",
         *       "omschrijving": "Ouders melden bijna-ongevallen bij het ophalen van de kinderen.",
         *       "thema": "verkeersveiligheid",
         *       "bron": "open-forum",
         *       "locatie": {
         *         "omschrijving": "Kerkstraat x Stationsstraat",
         *         "lat": 50.9307,
         *         "lon": 5.3378
         *       },
         *       "indiener": {
         *         "naam": "An Peeters",
         *         "email": "an.peeters@example.org"
         *       }
         *     }
         */
        'application/json': components['schemas']['DienSignaalInDto'];
      };
    };
    responses: {
      /** @description het id van het nieuwe signaal */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  SignaalController_signaal: {
    parameters: {
      query?: never;
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de revisie van het signaal, tussen aanhalingstekens; voor If-Match */
          ETag?: unknown;
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignaalDetailDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SluitAfController_sluitAf: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BijlagenController_lijst: {
    parameters: {
      query?: never;
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BijlagenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VoegBijlageToeController_voegToe: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['BijlageFormulierDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BijlageAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description TE_VEEL_BIJLAGEN: het signaal heeft er al 10; BIJLAGE_BEZIG: een andere poging met deze Idempotency-Key schrijft nog (opnieuw na Retry-After seconden) */
      409: {
        headers: {
          /** @description seconden (bij BIJLAGE_BEZIG) */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description BESTAND_TE_GROOT: meer dan 10 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TYPE_NIET_TOEGESTAAN of GEEN_MULTIPART */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BijlagenController_bestand: {
    parameters: {
      query?: {
        /** @description miniatuur: een kleine WebP van een foto */
        formaat?: 'miniatuur';
      };
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        bijlageId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description de bytes, met Content-Type, Content-Disposition en nosniff */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description BIJLAGE_VERGETEN: de persoon die ze toevoegde werd vergeten */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StuurDoorController_stuurDoor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "dienst": "mobiliteit",
         *       "toelichting": "Graag een snelheidsremmer bekijken."
         *     }
         */
        'application/json': components['schemas']['StuurDoorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  BeantwoordController_beantwoord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        doorsturingId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "besluit": "ingepland",
         *       "antwoord": "Een snelheidsremmer wordt geplaatst in maart.",
         *       "verwachteDatum": "2027-03-31"
         *     }
         */
        'application/json': components['schemas']['BeantwoordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  PakOpController_pakOp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        doorsturingId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  StuurTerugController_stuurTerug: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        doorsturingId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reden": "Gewestweg: niet voor ons, wel voor het Agentschap Wegen en Verkeer."
         *     }
         */
        'application/json': components['schemas']['StuurTerugDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  KoppelAlsDuplicaatController_koppelAlsDuplicaat: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KoppelAlsDuplicaatDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  OntkoppelDuplicaatController_ontkoppelDuplicaat: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OntkoppelDuplicaatDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  DuplicatenController_duplicaten: {
    parameters: {
      query?: never;
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicatenDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HeropenController_heropen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reden": "De remmer lost het probleem niet op."
         *     }
         */
        'application/json': components['schemas']['HeropenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  TrekInController_trekIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reden": "Opgelost door de buren."
         *     }
         */
        'application/json': components['schemas']['TrekInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ZetOpenbaarController_zetOpenbaar: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ZetOpenbaarDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  SuggestiesController_suggesties: {
    parameters: {
      query?: never;
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestiesDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  KoppelTerugController_koppelTerug: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "boodschap": "De dienst Mobiliteit plaatst in maart een snelheidsremmer.",
         *       "definitief": true
         *     }
         */
        'application/json': components['schemas']['KoppelTerugDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  TrajectController_traject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503. */
        'X-Positie'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description de positie in het logboek tot waar dit antwoord zeker bijgewerkt is */
          'X-Positie'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrajectDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden. */
      503: {
        headers: {
          /** @description seconden */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GeefVerduidelijkingController_geefVerduidelijking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "antwoord": "Kerkstraat x Stationsstraat, aan de school."
         *     }
         */
        'application/json': components['schemas']['GeefVerduidelijkingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  VraagVerduidelijkingController_vraagVerduidelijking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out. */
        'Idempotency-Key'?: string;
        /** @description De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "vraag": "Over welk kruispunt gaat het precies?"
         *     }
         */
        'application/json': components['schemas']['VraagVerduidelijkingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAntwoordDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description onbekend id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description REVISIE_VERANDERD: het signaal wijzigde sinds die revisie */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description de body is te groot */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen JSON (application/json, UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  StroomController_stroom: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ReferentieController_themas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemasDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
  ReferentieController_wijkmanagers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WijkmanagersDto'];
        };
      };
      /** @description ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description geen of een ongeldig token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description niet jouw signaal, raad, dienst of rol */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
      /** @description de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fout'];
        };
      };
    };
  };
}
