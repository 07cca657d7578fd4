import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, kan, type Signaal } from '../api';
import { useActie } from '../acties';
import { BESLUIT, fmtDatum, fmtDatumTijd, STATUS } from '../format';
import { useNamen, useSessie } from '../sessie';
import { DuplicaatSuggesties } from './Suggesties';
import { Tekstformulier } from './Tekstformulier';
import { Melding, Veld } from './Veld';

const ZICHTBAAR = 20;

/**
 * The links between duplicates, both ways (GET /api/signalen/{id}/duplicaten): for a duplicate its
 * main signaal with that one's answers and feedback; for a main signaal its duplicates. The
 * wijkmanager links and unlinks here.
 */
export function Duplicaten({ s }: { s: Signaal }) {
  const sessie = useSessie();
  const namen = useNamen();
  const koppelingen = useQuery({ queryKey: ['duplicaten', s.id], queryFn: () => api.duplicaten(s.id) });
  if (!koppelingen.data) return null;
  const { duplicaatVan: hoofd, duplicaten } = koppelingen.data;
  const wijkmanager = sessie.rol === 'wijkmanager';
  // a raad only opens its own signalen; the main signaal may belong to another raad
  const magOpenen = (raadId: string) => sessie.rol !== 'raad' || sessie.raad === raadId;
  if (!hoofd && !duplicaten.length && !wijkmanager) return null;

  return (
    <section aria-labelledby="duplicaten-titel" className="duplicaten">
      <h2 id="duplicaten-titel">Duplicaten</h2>
      {hoofd && (
        <div className="kaart" data-testid="duplicaat-van">
          <p>
            Dit signaal is een duplicaat van{' '}
            {magOpenen(hoofd.raadId) ? (
              <Link to={`/signalen/${hoofd.id}`}>{hoofd.titel}</Link>
            ) : (
              <strong>{hoofd.titel}</strong>
            )}{' '}
            ({namen.raad(hoofd.raadId)}, {STATUS[hoofd.status] ?? hoofd.status}), gekoppeld{' '}
            {fmtDatumTijd(hoofd.gekoppeldOp)}. Reden: {hoofd.reden}
          </p>
          <p>Het hoofdsignaal wordt behandeld; zijn antwoorden gelden ook voor dit signaal.</p>
          {hoofd.antwoorden.map((a) => (
            <p key={a.dienstId + a.beantwoordOp}>
              <strong>
                {namen.dienst(a.dienstId)}: {BESLUIT[a.besluit] ?? a.besluit}
              </strong>
              {a.verwachteDatum && <> — verwacht tegen {fmtDatum(a.verwachteDatum)}</>}
              <br />
              {a.antwoord}
            </p>
          ))}
          {hoofd.terugkoppelingen.map((t) => (
            <p key={t.op}>
              <strong>{t.definitief ? 'Definitieve' : 'Tussentijdse'} terugkoppeling</strong> (
              {fmtDatumTijd(t.op)}): {t.boodschap}
            </p>
          ))}
          {kan(s, 'OntkoppelDuplicaat') && (
            <details>
              <summary>Koppeling ongedaan maken</summary>
              <Tekstformulier
                titel="Ontkoppelen"
                label="Waarom is het geen duplicaat?"
                knop="Ontkoppelen"
                veld="reden"
                verplicht
                uitvoeren={(reden) => api.duplicaatOntkoppelen(s.id, reden)}
              />
            </details>
          )}
        </div>
      )}
      {duplicaten.length > 0 && (
        <>
          <p>Deze signalen zijn als duplicaat van dit signaal gekoppeld:</p>
          <ul data-testid="duplicaten">
            {duplicaten.map((d) => (
              <li key={d.id}>
                {magOpenen(d.raadId) ? <Link to={`/signalen/${d.id}`}>{d.titel}</Link> : d.titel} (
                {namen.raad(d.raadId)}): {d.reden}
              </li>
            ))}
          </ul>
        </>
      )}
      {!hoofd && duplicaten.length === 0 && <p>Geen duplicaten.</p>}
      {kan(s, 'KoppelAlsDuplicaat') && <Koppelen s={s} />}
    </section>
  );
}

/** The wijkmanager marks this signaal as a duplicate of another of their raden, with a reason. */
function Koppelen({ s }: { s: Signaal }) {
  const namen = useNamen();
  const [zoek, setZoek] = useState('');
  const [hoofd, setHoofd] = useState('');
  const [reden, setReden] = useState('');
  const kandidaten = useQuery({
    queryKey: ['signalen', 'kandidaten'],
    queryFn: () => api.signalen({ limiet: 500 }),
  });
  const koppelen = useActie(
    () => api.duplicaatKoppelen(s.id, hoofd, reden.trim()),
    () => {
      setHoofd('');
      setReden('');
    },
  );
  const term = zoek.trim().toLowerCase();
  const passend = (kandidaten.data?.items ?? []).filter(
    (k) =>
      k.id !== s.id &&
      // a duplicate cannot be a main signaal (HOOFDSIGNAAL_IS_DUPLICAAT)
      !['ingetrokken', 'duplicaat'].includes(k.status) &&
      (k.titel.toLowerCase().includes(term) || namen.raad(k.raadId).toLowerCase().includes(term)),
  );
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const fouten: Record<string, string> = {};
    if (!hoofd) fouten.hoofdSignaalId = 'Kies het signaal waarvan dit een duplicaat is.';
    if (!reden.trim()) fouten.reden = 'Geef een reden.';
    if (Object.keys(fouten).length) return koppelen.setFouten(fouten);
    koppelen.uitvoeren(undefined);
  };
  return (
    <details>
      <summary>Als duplicaat koppelen</summary>
      <form className="formulier" onSubmit={verstuur} noValidate aria-label="Als duplicaat koppelen">
        <h3>Als duplicaat koppelen</h3>
        <p>Het andere signaal (het hoofdsignaal) wordt verder behandeld; dit signaal volgt het.</p>
        <Melding fout={koppelen.fout} />
        <DuplicaatSuggesties signaalId={s.id} gekozen={hoofd} kies={setHoofd} />
        <Veld label="Zoek het hoofdsignaal" hint="Typ een deel van de titel of de naam van de raad.">
          {(a) => <input {...a} type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} />}
        </Veld>
        <fieldset aria-describedby={koppelen.fouten.hoofdSignaalId ? 'hoofd-fout' : undefined}>
          <legend>Hoofdsignaal</legend>
          <ul className="keuzelijst">
            {passend.slice(0, ZICHTBAAR).map((k) => (
              <li key={k.id}>
                <label>
                  <input
                    type="radio"
                    name="hoofdsignaal"
                    checked={hoofd === k.id}
                    onChange={() => setHoofd(k.id)}
                  />{' '}
                  {k.titel} ({namen.raad(k.raadId)}, {fmtDatum(k.ingediendOp)})
                </label>
              </li>
            ))}
            {kandidaten.data && passend.length === 0 && <li>Geen signaal gevonden.</li>}
            {passend.length > ZICHTBAAR && <li>… en {passend.length - ZICHTBAAR} meer: zoek verder.</li>}
          </ul>
          {koppelen.fouten.hoofdSignaalId && (
            <p className="fout" id="hoofd-fout">
              {koppelen.fouten.hoofdSignaalId}
            </p>
          )}
        </fieldset>
        <Veld label="Reden" verplicht fout={koppelen.fouten.reden}>
          {(a) => <textarea {...a} rows={2} value={reden} onChange={(e) => setReden(e.target.value)} />}
        </Veld>
        <button type="submit" className="knop" disabled={koppelen.bezig}>
          Als duplicaat koppelen
        </button>
      </form>
    </details>
  );
}
