import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiFout, type Signaal } from '../api';
import { Melding, Veld } from '../components/Veld';
import { fmtDatumTijd, STATUS } from '../format';
import { useInvoer } from '../invoer';
import { useNamen, useSessie } from '../sessie';
import { balZin } from '../woorden';

/** A signaal's state on a past moment (folded from the log) and the log's verification. */
export default function Audit() {
  const namen = useNamen();
  const sessie = useSessie();
  const verificatie = useQuery({ queryKey: ['verificatie'], queryFn: api.verificatie });
  const { w, bind } = useInvoer({ id: '', op: '' });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [toestand, setToestand] = useState<Signaal>();

  const zoek = async (e: FormEvent) => {
    e.preventDefault();
    const eigen: Record<string, string> = {};
    if (!w.id.trim()) eigen.id = 'Geef het id van een signaal.';
    if (!w.op) eigen.op = 'Kies een datum en tijd.';
    setFouten(eigen);
    setToestand(undefined);
    if (Object.keys(eigen).length) return;
    try {
      setToestand(await api.toestandOp(w.id.trim(), new Date(w.op).toISOString()));
    } catch (error) {
      const veld =
        error instanceof ApiFout && error.field === 'op'
          ? 'op'
          : error instanceof ApiFout && error.status !== 0
            ? 'id'
            : '';
      setFouten({ [veld]: (error as Error).message });
    }
  };

  return (
    <>
      <h1>Toestand en verificatie</h1>
      <section aria-labelledby="verificatie-titel">
        <h2 id="verificatie-titel">Verificatie van het logboek</h2>
        {verificatie.isPending && <p>Bezig met controleren…</p>}
        {verificatie.isError && <p role="alert">{verificatie.error.message}</p>}
        {verificatie.data && (
          <p
            className={verificatie.data.intact ? 'melding melding-ok' : 'melding melding-fout'}
            data-testid="verificatie"
          >
            {verificatie.data.intact
              ? `Intact: alle ${verificatie.data.gecontroleerd} gebeurtenissen gecontroleerd, niets gewijzigd.`
              : `Niet intact: eerste afwijking op positie ${verificatie.data.eersteAfwijking?.positie}: ${verificatie.data.eersteAfwijking?.reden} (${verificatie.data.gecontroleerd} gecontroleerd).`}
          </p>
        )}
      </section>
      <section aria-labelledby="toestand-titel">
        <h2 id="toestand-titel">Toestand van een signaal op een moment</h2>
        <form className="formulier" onSubmit={(e) => void zoek(e)} noValidate>
          <Melding fout={fouten['']} />
          <Veld label="Id van het signaal" verplicht fout={fouten.id}>
            {(a) => <input {...a} {...bind('id')} />}
          </Veld>
          <Veld label="Op (datum en tijd, Brussel)" verplicht fout={fouten.op}>
            {(a) => <input {...a} {...bind('op')} type="datetime-local" />}
          </Veld>
          <button type="submit" className="knop">
            Toon de toestand
          </button>
        </form>
        {toestand && (
          <div className="kaart" aria-live="polite">
            <h3>{toestand.titel}</h3>
            <p className="kaart-meta">
              <span className={`status status-${toestand.status}`}>
                {STATUS[toestand.status] ?? toestand.status}
              </span>
              <span>{namen.raad(toestand.raadId)}</span>
              <span>{balZin(toestand, sessie, namen.dienst)}</span>
              <span>revisie {toestand.revision}</span>
            </p>
            <ul>
              {toestand.doorsturingen.map((d) => (
                <li key={d.id}>
                  {namen.dienst(d.dienstId)}: {STATUS[d.status]} (doorgestuurd{' '}
                  {fmtDatumTijd(d.doorgestuurdOp)})
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
