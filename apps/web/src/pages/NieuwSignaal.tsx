import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, BRONNEN, type Bron } from '../api';
import { useActie } from '../acties';
import { BestandVeld, bestandenFout, UploadVoortgang, useUploads } from '../components/Bijlagen';
import { PuntKiezer, type Punt } from '../components/Kaart';
import { Melding, Opties, Veld } from '../components/Veld';
import { BRON } from '../format';
import { useInvoer } from '../invoer';
import { useNamen } from '../sessie';

export function NieuwSignaal() {
  const namen = useNamen();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const { w, setW, bind } = useInvoer({
    titel: '',
    omschrijving: '',
    thema: '',
    bron: 'open-forum' as Bron,
    locatie: '',
    openbaar: false,
  });
  const [punt, setPunt] = useState<Punt>();
  const [fotos, setFotos] = useState<File[]>([]);
  const { uploaden, voortgang } = useUploads();
  // submit, then send the photos one by one; a refused photo leaves the signaal submitted, and its
  // page says which photo was not added
  const actie = useActie(
    async (body: Parameters<typeof api.indienen>[0]) => {
      const { id } = await api.indienen(body);
      const fout = await uploaden(id, fotos).then(
        () => undefined,
        (error: Error) => `Het signaal is ingediend, maar ${error.message} Voeg ze hieronder opnieuw toe.`,
      );
      return { id, fout };
    },
    (r) => {
      const { id, fout } = r as { id: string; fout?: string };
      void navigate(`/signalen/${id}`, { state: fout ? { fout } : undefined });
    },
  );
  const { fouten } = actie;

  const indienen = (e: FormEvent) => {
    e.preventDefault();
    const eigen: Record<string, string> = {};
    if (!w.titel.trim()) eigen.titel = 'Geef het signaal een titel.';
    if (!w.omschrijving.trim()) eigen.omschrijving = 'Beschrijf wat er aan de hand is.';
    if (!w.thema) eigen.thema = 'Kies een thema.';
    const fotoFout = bestandenFout(fotos);
    if (fotoFout) eigen.bestand = fotoFout;
    if (Object.keys(eigen).length) {
      actie.setFouten(eigen);
      // focus the first field with an error so keyboard and screen reader users land on it
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    actie.uitvoeren({
      titel: w.titel.trim(),
      omschrijving: w.omschrijving.trim(),
      thema: w.thema,
      bron: w.bron,
      ...(w.locatie.trim() && { locatie: { omschrijving: w.locatie.trim() } }),
      openbaar: w.openbaar,
      ...(punt && { coordinaten: punt }),
    });
  };

  return (
    <>
      <h1>Nieuw signaal</h1>
      <p>Velden met * zijn verplicht.</p>
      <form ref={form} onSubmit={indienen} noValidate className="formulier">
        <Melding fout={actie.fout} />
        <Veld
          label="Titel"
          verplicht
          fout={fouten.titel}
          hint="Kort en concreet, bv. ‘Onveilig kruispunt aan de school’."
        >
          {(a) => <input {...a} {...bind('titel')} maxLength={200} />}
        </Veld>
        <Veld label="Omschrijving" verplicht fout={fouten.omschrijving}>
          {(a) => <textarea {...a} {...bind('omschrijving')} rows={5} maxLength={5000} />}
        </Veld>
        <Veld label="Thema" verplicht fout={fouten.thema}>
          {(a) => (
            <select {...a} {...bind('thema')}>
              <Opties leeg="Kies een thema" opties={namen.themas.map((t) => [t.id, t.naam])} />
            </select>
          )}
        </Veld>
        <Veld label="Bron" verplicht fout={fouten.bron} hint="Waar kwam dit signaal ter sprake?">
          {(a) => (
            <select {...a} {...bind('bron')}>
              <Opties opties={BRONNEN.map((b) => [b, BRON[b]])} />
            </select>
          )}
        </Veld>
        <Veld
          label="Locatie"
          fout={fouten['locatie.omschrijving'] ?? fouten.locatie}
          hint="Straat, kruispunt of plek."
        >
          {(a) => <input {...a} {...bind('locatie')} maxLength={300} />}
        </Veld>
        <div className="veld">
          <label>
            <input
              type="checkbox"
              checked={w.openbaar}
              aria-describedby="openbaar-hint"
              onChange={(e) => setW({ ...w, openbaar: e.target.checked })}
            />{' '}
            Openbaar maken
          </label>
          <p className="hint" id="openbaar-hint">
            Bewoners zien het signaal dan, zonder namen, op de publieke pagina van de raad. Je kan dat later
            nog wijzigen.
          </p>
        </div>
        <fieldset className="veld">
          <legend>
            Plek op de kaart <span className="optioneel">(optioneel)</span>
          </legend>
          {fouten.coordinaten && (
            <p className="fout" role="alert">
              {fouten.coordinaten}
            </p>
          )}
          <PuntKiezer punt={punt} onKies={setPunt} />
        </fieldset>
        <BestandVeld bestanden={fotos} onKies={setFotos} fout={fouten.bestand} />
        <UploadVoortgang voortgang={voortgang} />
        <button type="submit" className="knop" disabled={actie.bezig}>
          {actie.bezig ? 'Bezig met indienen…' : 'Signaal indienen'}
        </button>
      </form>
    </>
  );
}
