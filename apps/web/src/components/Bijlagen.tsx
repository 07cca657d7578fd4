import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiFout, BIJLAGE_MAX_BYTES, kan, MAX_BIJLAGEN, type Signaal } from '../api';
import { fmtDatumTijd } from '../format';
import { useNamen } from '../sessie';
import { Melding, Veld } from './Veld';

const MB = 1024 * 1024;
export const grootte = (bytes: number) =>
  bytes >= MB
    ? `${(bytes / MB).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** Why these files cannot be added (size, count), before anything is sent; undefined when they can. */
export function bestandenFout(bestanden: File[], alAanwezig = 0): string | undefined {
  const groot = bestanden.find((b) => b.size > BIJLAGE_MAX_BYTES);
  if (groot) return `${groot.name} is groter dan 10 MB.`;
  if (bestanden.length + alAanwezig > MAX_BIJLAGEN) return `Hoogstens ${MAX_BIJLAGEN} bijlagen per signaal.`;
  return undefined;
}

/**
 * Uploads files one after the other, with the progress of the one being sent (`voortgang`); stops
 * at the first refusal and says which file it was.
 */
export function useUploads() {
  const [voortgang, setVoortgang] = useState<{ naam: string; deel: number; nummer: number; van: number }>();
  const uploaden = async (signaalId: string, bestanden: File[]) => {
    try {
      for (const [index, bestand] of bestanden.entries()) {
        const stap = { naam: bestand.name, nummer: index + 1, van: bestanden.length };
        setVoortgang({ ...stap, deel: 0 });
        await api
          .bijlageToevoegen(signaalId, bestand, (deel) => setVoortgang({ ...stap, deel }))
          .catch((error: unknown) => {
            if (error instanceof ApiFout)
              throw new ApiFout(error.status, error.code, `${bestand.name}: ${error.message}`, 'bestand');
            throw error;
          });
      }
    } finally {
      setVoortgang(undefined);
    }
  };
  return { uploaden, voortgang };
}

/** The progress of an upload, for sight and for screen readers. */
export function UploadVoortgang({ voortgang }: { voortgang: ReturnType<typeof useUploads>['voortgang'] }) {
  if (!voortgang) return null;
  const procent = Math.round(voortgang.deel * 100);
  const label = `Bijlage ${voortgang.nummer} van ${voortgang.van} (${voortgang.naam}) wordt verstuurd: ${procent}%`;
  return (
    <div className="veld" role="status">
      <label htmlFor="upload-voortgang">{label}</label>
      <progress id="upload-voortgang" max={100} value={procent} />
    </div>
  );
}

/** The chosen files, before they are sent. */
function Gekozen({ bestanden }: { bestanden: File[] }) {
  if (!bestanden.length) return null;
  return (
    <ul aria-label="Gekozen bestanden">
      {bestanden.map((b) => (
        <li key={b.name + b.size}>
          {b.name} ({grootte(b.size)})
        </li>
      ))}
    </ul>
  );
}

/**
 * A file field: photos from the camera or the gallery (`accept="image/*"` opens the camera on a
 * phone), and where `pdf` also PDF files.
 */
export function BestandVeld({
  bestanden,
  onKies,
  fout,
  pdf,
  label = 'Foto’s',
}: {
  bestanden: File[];
  onKies: (bestanden: File[]) => void;
  fout?: string;
  pdf?: boolean;
  label?: string;
}) {
  return (
    <Veld
      label={label}
      fout={fout}
      hint={`${pdf ? 'Foto’s (JPEG, PNG, WebP) of PDF' : 'Neem een foto of kies er een'}; hoogstens 10 MB per bestand, ${MAX_BIJLAGEN} per signaal. Locatiegegevens in foto’s worden verwijderd.`}
    >
      {(a) => (
        <>
          <input
            {...a}
            type="file"
            multiple
            accept={pdf ? 'image/*,application/pdf' : 'image/*'}
            data-testid="bestanden"
            onChange={(e) => onKies([...(e.target.files ?? [])])}
          />
          <Gekozen bestanden={bestanden} />
        </>
      )}
    </Veld>
  );
}

/** The attachments of a signaal: thumbnails of photos, links to every file; and adding one. */
export function Bijlagen({ s }: { s: Signaal }) {
  const namen = useNamen();
  const door = (b: Signaal['bijlagen'][number]) =>
    b.door.rol === 'dienst' && b.door.dienstId
      ? namen.dienst(b.door.dienstId)
      : b.door.rol === 'raad'
        ? namen.raad(s.raadId)
        : 'de wijkmanager';
  return (
    <section aria-labelledby="bijlagen-titel">
      <h2 id="bijlagen-titel">Bijlagen</h2>
      {s.bijlagen.length === 0 ? (
        <p>Geen bijlagen.</p>
      ) : (
        <ul className="bijlagen" data-testid="bijlagen">
          {s.bijlagen.map((b) => (
            <li key={b.id}>
              <a
                href={api.bijlageUrl(s.id, b.id)}
                target={b.miniatuur ? '_blank' : undefined}
                rel="noreferrer"
              >
                {b.miniatuur ? (
                  <img src={api.bijlageUrl(s.id, b.id, true)} alt={`Foto ${b.naam}`} loading="lazy" />
                ) : (
                  <>PDF: {b.naam}</>
                )}
              </a>
              <small>
                {grootte(b.grootte)}, van {door(b)}, {fmtDatumTijd(b.toegevoegdOp)}
              </small>
            </li>
          ))}
        </ul>
      )}
      {kan(s, 'VoegBijlageToe') && s.bijlagen.length < MAX_BIJLAGEN && <BijlageToevoegen s={s} />}
    </section>
  );
}

function BijlageToevoegen({ s }: { s: Signaal }) {
  const client = useQueryClient();
  const { uploaden, voortgang } = useUploads();
  const [bestanden, setBestanden] = useState<File[]>([]);
  const [fout, setFout] = useState<string>();
  const [ok, setOk] = useState<string>();
  const versturen = async (e: FormEvent) => {
    e.preventDefault();
    setOk(undefined);
    const eigen = bestanden.length ? bestandenFout(bestanden, s.bijlagen.length) : 'Kies eerst een bestand.';
    setFout(eigen);
    if (eigen) return;
    try {
      await uploaden(s.id, bestanden);
      setBestanden([]);
      (e.target as HTMLFormElement).reset();
      setOk(bestanden.length === 1 ? 'De bijlage is toegevoegd.' : 'De bijlagen zijn toegevoegd.');
    } catch (error) {
      setFout((error as Error).message);
    } finally {
      await client.invalidateQueries({ queryKey: ['signaal', s.id] });
      await client.invalidateQueries({ queryKey: ['traject', s.id] });
    }
  };
  return (
    <form className="formulier" onSubmit={versturen} noValidate>
      <h3>Bijlage toevoegen</h3>
      <Melding ok={ok} />
      <BestandVeld bestanden={bestanden} onKies={setBestanden} fout={fout} pdf label="Foto’s of PDF" />
      <UploadVoortgang voortgang={voortgang} />
      <button type="submit" disabled={voortgang !== undefined}>
        {voortgang ? 'Bezig met versturen…' : 'Toevoegen'}
      </button>
    </form>
  );
}
