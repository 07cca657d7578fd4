import { useState, type FormEvent } from 'react';
import { useActie } from '../acties';
import { Melding, Veld } from './Veld';

/** A small form with one required (or optional) text: a question, a reason, a message. */
export function Tekstformulier(props: {
  titel: string;
  label: string;
  knop: string;
  veld: string;
  verplicht?: boolean;
  uitvoeren: (tekst: string) => Promise<unknown>;
}) {
  const [tekst, setTekst] = useState('');
  const actie = useActie(props.uitvoeren, () => setTekst(''));
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (props.verplicht && !tekst.trim()) {
      actie.setFouten({ [props.veld]: 'Dit veld is verplicht.' });
      return;
    }
    actie.uitvoeren(tekst.trim());
  };
  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-label={props.titel}>
      <h3>{props.titel}</h3>
      <Melding fout={actie.fout} />
      <Veld label={props.label} verplicht={props.verplicht} fout={actie.fouten[props.veld]}>
        {(a) => <textarea {...a} rows={3} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
      </Veld>
      <button type="submit" className="knop" disabled={actie.bezig}>
        {props.knop}
      </button>
    </form>
  );
}
