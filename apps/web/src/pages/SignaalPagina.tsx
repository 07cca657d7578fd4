import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, BESLUITEN, kan, type Besluit, type Doorsturing, type Hop, type Signaal } from '../api';
import { useActie } from '../acties';
import { Bijlagen } from '../components/Bijlagen';
import { Duplicaten } from '../components/Duplicaten';
import { PuntKaart } from '../components/Kaart';
import { DienstSuggesties } from '../components/Suggesties';
import { Tekstformulier } from '../components/Tekstformulier';
import { Melding, Opties, Veld } from '../components/Veld';
import { hopTekst, Tijdlijn } from '../components/Tijdlijn';
import { Uitleg } from '../components/Uitleg';
import { BESLUIT, BRON, fmtDatum, fmtDatumTijd, sinds, STATUS, termijnWat } from '../format';
import { useInvoer } from '../invoer';
import { useNamen, useSessie } from '../sessie';
import { balUitspraak, statusKlasse, statusTekst } from '../woorden';

export function SignaalPagina() {
  const { id = '' } = useParams();
  const sessie = useSessie();
  const namen = useNamen();
  const signaal = useQuery({ queryKey: ['signaal', id], queryFn: () => api.signaal(id) });
  const traject = useQuery({ queryKey: ['traject', id], queryFn: () => api.traject(id) });
  // what the submit form could not do (a photo refused after the signaal was submitted)
  const nietGelukt = (useLocation().state as { fout?: string } | null)?.fout;

  if (signaal.isPending) return <p>Laden…</p>;
  if (signaal.isError)
    return (
      <>
        <h1>Signaal</h1>
        <p role="alert">{signaal.error.message}</p>
      </>
    );
  const s = signaal.data;
  const houder = traject.data?.houder;
  const trajectSectie = (
    <section aria-labelledby="traject-titel">
      <h2 id="traject-titel">Traject</h2>
      {traject.data ? <Tijdlijn hops={traject.data.hops} /> : <p>Laden…</p>}
    </section>
  );

  const kop = (
    <>
      <h1>{s.titel}</h1>
      <p className="kaart-meta">
        <span className={statusKlasse(s)} data-testid="status">
          {statusTekst(s)}
        </span>
        <span>{namen.raad(s.raadId)}</span>
        <span>{namen.thema(s.thema)}</span>
        <span>{BRON[s.bron] ?? s.bron}</span>
        <span>ingediend {fmtDatumTijd(s.ingediendOp)}</span>
      </p>
      <div className="bal-blok" aria-live="polite" data-testid="bal">
        <p>
          <strong>{balUitspraak(s, sessie, namen.dienst)}</strong>
          {houder && s.balBij !== 'niemand' && (
            <>
              {' '}
              Sinds <time dateTime={houder.sinds}>{fmtDatumTijd(houder.sinds)}</time> ({sinds(houder.sinds)}).
            </>
          )}
        </p>
        <Laatste s={s} />
        <Termijnen s={s} />
      </div>
      <Uitleg s={s} />
      <Melding fout={nietGelukt} />
    </>
  );

  // The wijkmanager's page: what to do now on top (left on a wide screen), the signaal and its
  // doorsturingen next to it, the rest folded.
  if (sessie.rol === 'wijkmanager')
    return (
      <article className="signaal">
        {kop}
        <div className="signaal-kolommen">
          <div>
            <WijkmanagerActies s={s} />
            <Duplicaten s={s} />
          </div>
          <div>
            <section aria-labelledby="inhoud-titel">
              <h2 id="inhoud-titel">Het signaal</h2>
              <Inhoud s={s} />
              {traject.data && <Verduidelijkingen hops={traject.data.hops} />}
            </section>
            <DoorsturingenLijst s={s} />
            <Gevouwen label={`Terugkoppelingen aan de raad (${s.terugkoppelingen.length})`}>
              <TerugkoppelingenLijst s={s} />
            </Gevouwen>
            <Gevouwen label={`Bijlagen (${s.bijlagen.length})`}>
              <Bijlagen s={s} />
            </Gevouwen>
            <Gevouwen label={s.openbaar ? 'Publieke pagina (openbaar)' : 'Publieke pagina (niet openbaar)'}>
              <Openbaarheid s={s} rol="wijkmanager" />
            </Gevouwen>
            <Gevouwen label={`Traject (${traject.data?.hops.length ?? '…'} stappen)`}>
              {trajectSectie}
            </Gevouwen>
          </div>
        </div>
      </article>
    );

  return (
    <article className="signaal">
      {kop}
      <Inhoud s={s} />
      <Bijlagen s={s} />

      {sessie.rol === 'raad' && <Openbaarheid s={s} rol="raad" />}
      {sessie.rol === 'raad' && <RaadActies s={s} />}
      {s.doorsturingen
        .filter((d) => DIENST_ACTIES.some((actie) => kan(s, actie, d.id)))
        .map((d) => (
          <DienstActies key={d.id} s={s} d={d} />
        ))}

      <DoorsturingenLijst s={s} />
      <TerugkoppelingenLijst s={s} />
      <Duplicaten s={s} />
      {trajectSectie}
    </article>
  );
}

/** A part of the page that only opens on request. */
function Gevouwen({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="gevouwen">
      <summary>{label}</summary>
      {children}
    </details>
  );
}

/** What the raad wrote, and where. */
function Inhoud({ s }: { s: Signaal }) {
  return (
    <>
      <p className="omschrijving">{s.omschrijving}</p>
      {s.locatie?.omschrijving && <p>Locatie: {s.locatie.omschrijving}</p>}
      {s.coordinaten && <PuntKaart punt={s.coordinaten} titel={s.titel} />}
    </>
  );
}

/** The questions to the raad and its answers, in order: what the wijkmanager routes on (from the traject). */
function Verduidelijkingen({ hops }: { hops: Hop[] }) {
  const namen = useNamen();
  const vragen = hops.filter(
    (h) => h.type === 'VerduidelijkingGevraagd' || h.type === 'VerduidelijkingGegeven',
  );
  if (!vragen.length) return null;
  return (
    <>
      <h3>Verduidelijking</h3>
      <dl className="verduidelijkingen" data-testid="verduidelijkingen">
        {vragen.map((h) => {
          const { titel, detail } = hopTekst(h, namen);
          return (
            <div key={h.positie}>
              <dt>
                {titel} (<time dateTime={h.at}>{fmtDatumTijd(h.at)}</time>)
              </dt>
              <dd>{detail}</dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

function DoorsturingenLijst({ s }: { s: Signaal }) {
  const namen = useNamen();
  return (
    <section aria-labelledby="doorsturingen-titel">
      <h2 id="doorsturingen-titel">Doorsturingen en antwoorden</h2>
      {s.doorsturingen.length === 0 ? (
        <p>Nog niet doorgestuurd.</p>
      ) : (
        <ul className="kaarten">
          {s.doorsturingen.map((d) => (
            <li key={d.id} className="kaart">
              <h3>{namen.dienst(d.dienstId)}</h3>
              <p className="kaart-meta">
                <span className={`status status-${d.status}`}>{STATUS[d.status]}</span>
                <span>doorgestuurd {fmtDatumTijd(d.doorgestuurdOp)}</span>
                {d.opgepaktOp && <span>opgepakt {fmtDatumTijd(d.opgepaktOp)}</span>}
              </p>
              {d.toelichting && <p>Toelichting: {d.toelichting}</p>}
              {d.besluit && (
                <p>
                  <strong>Besluit: {BESLUIT[d.besluit]}</strong>
                  {d.verwachteDatum && <> — verwacht tegen {fmtDatum(d.verwachteDatum)}</>}
                  <br />
                  {d.antwoord}
                </p>
              )}
              {d.status === 'teruggestuurd' && <p>Teruggestuurd: {d.reden}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TerugkoppelingenLijst({ s }: { s: Signaal }) {
  return (
    <section aria-labelledby="terugkoppelingen-titel">
      <h2 id="terugkoppelingen-titel">Terugkoppelingen aan de raad</h2>
      {s.terugkoppelingen.length === 0 ? (
        <p>Nog geen terugkoppeling.</p>
      ) : (
        <ul className="kaarten">
          {s.terugkoppelingen.map((t) => (
            <li key={t.op} className="kaart">
              <p className="kaart-meta">
                <span>{t.definitief ? 'Definitief' : 'Tussentijds'}</span>
                <time dateTime={t.op}>{fmtDatumTijd(t.op)}</time>
              </p>
              <p>{t.boodschap}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The latest thing a dienst did, in words: "Opgepakt door Dienst Mobiliteit". */
function Laatste({ s }: { s: Signaal }) {
  const namen = useNamen();
  const open = s.doorsturingen.filter((d) => d.status === 'opgepakt');
  if (!open.length) return null;
  return <p>{open.map((d) => `Opgepakt door ${namen.dienst(d.dienstId)}`).join('; ')}.</p>;
}

/** The deadlines that run: "Antwoord van Dienst Mobiliteit: uiterlijk 31 maart 2025". */
function Termijnen({ s }: { s: Signaal }) {
  const namen = useNamen();
  if (!s.termijnen?.length) return null;
  return (
    <ul className="termijnen" aria-label="Termijnen">
      {s.termijnen.map((t) => (
        <li key={t.soort + (t.doorsturingId ?? '')} className={t.overschreden ? 'termijn-over' : undefined}>
          {termijnWat(t, namen.dienst)}: uiterlijk <time dateTime={t.uiterlijk}>{fmtDatum(t.uiterlijk)}</time>
          {t.overschreden && <strong> (overschreden)</strong>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether residents see this signaal on the raad's public page: the raad's toggle; the wijkmanager
 * withdraws it with a reason (which the raad then sees) or puts it back.
 */
function Openbaarheid({ s, rol }: { s: Signaal; rol: 'raad' | 'wijkmanager' }) {
  const zetten = useActie((openbaar: boolean) => api.openbaarZetten(s.id, openbaar));
  const pagina = `/publiek/${encodeURIComponent(s.raadId)}`;
  return (
    <section aria-labelledby="openbaar-titel" className="acties">
      <h2 id="openbaar-titel">Publieke pagina</h2>
      <Melding fout={zetten.fout} />
      <p aria-live="polite" data-testid="openbaar">
        {s.openbaar ? (
          <>
            Bewoners zien dit signaal op de <a href={pagina}>publieke pagina van de raad</a>.
          </>
        ) : (
          'Dit signaal staat niet op de publieke pagina.'
        )}
      </p>
      {s.afgeschermd && (
        <p className="vraag">
          De wijkmanager haalde het van de publieke pagina ({fmtDatumTijd(s.afgeschermd.op)}):{' '}
          <strong>{s.afgeschermd.reden}</strong>
        </p>
      )}
      {rol === 'raad' && kan(s, 'ZetOpenbaar') && !s.afgeschermd && (
        <label>
          <input
            type="checkbox"
            checked={s.openbaar}
            disabled={zetten.bezig}
            onChange={(e) => zetten.uitvoeren(e.target.checked)}
          />{' '}
          Openbaar maken
        </label>
      )}
      {rol === 'wijkmanager' && kan(s, 'ZetOpenbaar') && s.afgeschermd && (
        <button type="button" className="knop" disabled={zetten.bezig} onClick={() => zetten.uitvoeren(true)}>
          Terugzetten op de publieke pagina
        </button>
      )}
      {rol === 'wijkmanager' && kan(s, 'ZetOpenbaar') && s.openbaar && (
        <Tekstformulier
          titel="Van de publieke pagina halen"
          label="Reden (de raad ziet ze)"
          knop="Van de publieke pagina halen"
          veld="reden"
          verplicht
          uitvoeren={(reden) => api.openbaarZetten(s.id, false, reden)}
        />
      )}
    </section>
  );
}

// What each section offers: it shows when the signaal's `acties` list one of them (kan).
const RAAD_ACTIES = ['GeefVerduidelijking', 'SluitAf', 'Heropen', 'TrekIn'] as const;
const WIJKMANAGER_ACTIES = ['StuurDoor', 'VraagVerduidelijking', 'KoppelTerug'] as const;
const DIENST_ACTIES = ['PakOp', 'Beantwoord', 'StuurTerug'] as const;

function RaadActies({ s }: { s: Signaal }) {
  const afsluiten = useActie(() => api.afsluiten(s.id));
  if (!RAAD_ACTIES.some((actie) => kan(s, actie))) return null;
  return (
    <section aria-labelledby="acties-titel" className="acties">
      <h2 id="acties-titel">Wat kan je doen?</h2>
      {s.openVraag && kan(s, 'GeefVerduidelijking') && (
        <>
          <p className="vraag">
            De wijkmanager vraagt ({fmtDatumTijd(s.openVraag.gevraagdOp)}):{' '}
            <strong>{s.openVraag.vraag}</strong>
          </p>
          <Tekstformulier
            titel="Verduidelijking geven"
            label="Je antwoord"
            knop="Antwoord versturen"
            veld="antwoord"
            verplicht
            uitvoeren={(t) => api.verduidelijkingGeven(s.id, t)}
          />
        </>
      )}
      {/* also on a duplicate that had its final feedback before it was linked */}
      {kan(s, 'SluitAf') && (
        <div className="formulier">
          <h3>Aanvaarden</h3>
          <Melding fout={afsluiten.fout} />
          <p>Ben je tevreden met de terugkoppeling? Dan sluit je het signaal af.</p>
          <button
            type="button"
            className="knop"
            disabled={afsluiten.bezig}
            onClick={() => afsluiten.uitvoeren(undefined)}
          >
            Aanvaarden en afsluiten
          </button>
        </div>
      )}
      {kan(s, 'Heropen') && (
        <Tekstformulier
          titel="Heropenen"
          label="Waarom ben je niet tevreden?"
          knop="Signaal heropenen"
          veld="reden"
          verplicht
          uitvoeren={(t) => api.heropenen(s.id, t)}
        />
      )}
      {kan(s, 'TrekIn') && (
        <details>
          <summary>Signaal intrekken</summary>
          <Tekstformulier
            titel="Intrekken"
            label="Reden"
            knop="Signaal intrekken"
            veld="reden"
            uitvoeren={(t) => api.intrekken(s.id, t || undefined)}
          />
        </details>
      )}
    </section>
  );
}

function WijkmanagerActies({ s }: { s: Signaal }) {
  const namen = useNamen();
  const [zoek, setZoek] = useState('');
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [toelichting, setToelichting] = useState('');
  const [definitief, setDefinitief] = useState(false);
  const doorsturen = useActie(
    async (diensten: string[]) => {
      for (const dienst of diensten) await api.doorsturen(s.id, dienst, toelichting.trim() || undefined);
    },
    () => {
      setGekozen([]);
      setToelichting('');
    },
  );
  if (!WIJKMANAGER_ACTIES.some((actie) => kan(s, actie))) return null;
  const teruggestuurd = s.doorsturingen.filter((d) => d.status === 'teruggestuurd');
  const lopend = new Set(
    s.doorsturingen.filter((d) => ['doorgestuurd', 'opgepakt'].includes(d.status)).map((d) => d.dienstId),
  );
  const zichtbaar = namen.diensten.filter(
    (d) => !lopend.has(d.id) && d.naam.toLowerCase().includes(zoek.trim().toLowerCase()),
  );
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (!gekozen.length) {
      doorsturen.setFouten({ dienst: 'Kies minstens één dienst.' });
      return;
    }
    doorsturen.uitvoeren(gekozen);
  };

  // the diensten answered: the feedback to the raad is what comes first
  const antwoordenBinnen = s.status === 'beantwoord';
  const terugkoppelen = kan(s, 'KoppelTerug') && (
    <div key="terugkoppelen">
      <fieldset className="keuze-inline">
        <legend>Soort terugkoppeling</legend>
        <label>
          <input type="radio" name="soort" checked={!definitief} onChange={() => setDefinitief(false)} />{' '}
          Tussentijds
        </label>
        <label>
          <input type="radio" name="soort" checked={definitief} onChange={() => setDefinitief(true)} />{' '}
          Definitief
        </label>
      </fieldset>
      <Tekstformulier
        titel={definitief ? 'Definitieve terugkoppeling' : 'Tussentijdse terugkoppeling'}
        label="Boodschap aan de raad"
        knop="Terugkoppelen"
        veld="boodschap"
        verplicht
        uitvoeren={(t) => api.terugkoppelen(s.id, t, definitief)}
      />
    </div>
  );

  const behandelen = (
    <Fragment key="behandelen">
      {kan(s, 'StuurDoor') && (
        <form className="formulier" onSubmit={verstuur} noValidate aria-label="Doorsturen">
          <h3>{teruggestuurd.length ? 'Opnieuw doorsturen' : 'Doorsturen'}</h3>
          <Melding fout={doorsturen.fout} />
          <DienstSuggesties
            signaalId={s.id}
            gekozen={gekozen}
            uitgesloten={lopend}
            kies={(dienst) => setGekozen(gekozen.includes(dienst) ? gekozen : [...gekozen, dienst])}
          />
          <Veld label="Zoek een dienst" hint="Typ een deel van de naam om de lijst te filteren.">
            {(a) => <input {...a} type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} />}
          </Veld>
          <fieldset aria-describedby={doorsturen.fouten.dienst ? 'dienst-fout' : undefined}>
            <legend>Diensten</legend>
            <ul className="keuzelijst">
              {zichtbaar.map((d) => (
                <li key={d.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={gekozen.includes(d.id)}
                      onChange={(e) =>
                        setGekozen(e.target.checked ? [...gekozen, d.id] : gekozen.filter((x) => x !== d.id))
                      }
                    />{' '}
                    {d.naam}
                  </label>
                </li>
              ))}
              {zichtbaar.length === 0 && <li>Geen dienst gevonden.</li>}
            </ul>
            {doorsturen.fouten.dienst && (
              <p className="fout" id="dienst-fout">
                {doorsturen.fouten.dienst}
              </p>
            )}
          </fieldset>
          <Veld label="Toelichting voor de dienst" fout={doorsturen.fouten.toelichting}>
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={toelichting}
                onChange={(e) => setToelichting(e.target.value)}
              />
            )}
          </Veld>
          <button type="submit" className="knop" disabled={doorsturen.bezig}>
            Doorsturen{gekozen.length > 1 ? ` naar ${gekozen.length} diensten` : ''}
          </button>
        </form>
      )}
      {kan(s, 'VraagVerduidelijking') && (
        <Tekstformulier
          titel="Verduidelijking vragen aan de raad"
          label="Je vraag"
          knop="Vraag versturen"
          veld="vraag"
          verplicht
          uitvoeren={(t) => api.verduidelijkingVragen(s.id, t)}
        />
      )}
    </Fragment>
  );

  return (
    <section aria-labelledby="acties-titel" className="acties">
      <h2 id="acties-titel">Behandelen</h2>
      {teruggestuurd.length > 0 && (
        <div className="teruggestuurd">
          <h3>Teruggestuurd</h3>
          <ul>
            {teruggestuurd.map((d) => (
              <li key={d.id}>
                <strong>{namen.dienst(d.dienstId)}</strong> stuurde dit terug op{' '}
                {fmtDatumTijd(d.teruggestuurdOp)}: {d.reden}
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.status === 'duplicaat' && (
        <p>
          Dit signaal is een duplicaat: het wordt via het hoofdsignaal behandeld. Maak de koppeling ongedaan
          om het apart door te sturen.
        </p>
      )}
      {/* keyed: a live update that reorders them keeps what was typed */}
      {antwoordenBinnen ? [terugkoppelen, behandelen] : [behandelen, terugkoppelen]}
    </section>
  );
}

function DienstActies({ s, d }: { s: Signaal; d: Doorsturing }) {
  const oppakken = useActie(() => api.oppakken(s.id, d.id));
  const { w, bind } = useInvoer({ besluit: '' as Besluit | '', antwoord: '', verwachteDatum: '' });
  const beantwoorden = useActie(() =>
    api.beantwoorden(s.id, d.id, {
      besluit: w.besluit as Besluit,
      antwoord: w.antwoord.trim(),
      ...(w.verwachteDatum && { verwachteDatum: w.verwachteDatum }),
    }),
  );
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const fouten: Record<string, string> = {};
    if (!w.besluit) fouten.besluit = 'Kies een besluit.';
    if (!w.antwoord.trim()) fouten.antwoord = 'Motiveer het besluit.';
    if (Object.keys(fouten).length) return beantwoorden.setFouten(fouten);
    beantwoorden.uitvoeren(undefined);
  };
  return (
    <section aria-label="Acties van je dienst" className="acties">
      <h2>Voor je dienst</h2>
      {d.toelichting && <p>Toelichting van de wijkmanager: {d.toelichting}</p>}
      {kan(s, 'PakOp', d.id) && (
        <div className="formulier">
          <Melding fout={oppakken.fout} />
          <button
            type="button"
            className="knop"
            disabled={oppakken.bezig}
            onClick={() => oppakken.uitvoeren(undefined)}
          >
            Oppakken
          </button>
        </div>
      )}
      {kan(s, 'Beantwoord', d.id) && (
        <form className="formulier" onSubmit={verstuur} noValidate aria-label="Beantwoorden">
          <h3>Beantwoorden</h3>
          <Melding fout={beantwoorden.fout} />
          <Veld label="Besluit" verplicht fout={beantwoorden.fouten.besluit}>
            {(a) => (
              <select {...a} {...bind('besluit')}>
                <Opties leeg="Kies een besluit" opties={BESLUITEN.map((b) => [b, BESLUIT[b]])} />
              </select>
            )}
          </Veld>
          <Veld label="Motivering" verplicht fout={beantwoorden.fouten.antwoord}>
            {(a) => <textarea {...a} {...bind('antwoord')} rows={3} />}
          </Veld>
          <Veld
            label="Verwachte datum"
            fout={beantwoorden.fouten.verwachteDatum}
            hint="Wanneer verwacht je te handelen?"
          >
            {(a) => <input {...a} {...bind('verwachteDatum')} type="date" />}
          </Veld>
          <button type="submit" className="knop" disabled={beantwoorden.bezig}>
            Antwoord versturen
          </button>
        </form>
      )}
      {kan(s, 'StuurTerug', d.id) && (
        <Tekstformulier
          titel="Terugsturen: niet voor onze dienst"
          label="Reden"
          knop="Terugsturen"
          veld="reden"
          verplicht
          uitvoeren={(t) => api.terugsturen(s.id, d.id, t)}
        />
      )}
    </section>
  );
}
