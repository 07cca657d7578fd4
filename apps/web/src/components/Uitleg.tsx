import { useSessie } from '../sessie';
import { balUitleg, isTeruggestuurd, statusTekst, statusUitleg, type Stand } from '../woorden';
import { SIGNAAL_STATUS } from '../format';

/** Every status in the order of a signaal's life, with the derived "teruggestuurd" after "ingediend". */
const VOLGORDE = ['ingediend', 'teruggestuurd', ...Object.keys(SIGNAAL_STATUS).slice(1)];
const LABEL: Record<string, string> = { ...SIGNAAL_STATUS, teruggestuurd: 'Teruggestuurd' };

/**
 * "Wat betekent dit?": the current status and "de bal ligt bij" explained in plain words, with every
 * status below it; folded, so it costs one line on the page. Without `s`, only the list of statuses.
 */
export function Uitleg({ s }: { s?: Stand }) {
  const wie = useSessie().rol === 'raad' ? 'jullie' : 'de raad';
  const uitleg = statusUitleg(wie);
  const huidig = s && (isTeruggestuurd(s) ? 'teruggestuurd' : s.status);
  return (
    <details className="uitleg">
      <summary>{s ? 'Wat betekent dit?' : 'Wat betekenen de statussen?'}</summary>
      {s && huidig && (
        <p>
          <strong>{statusTekst(s)}:</strong> {uitleg[huidig]}
        </p>
      )}
      <p>{balUitleg(wie)}</p>
      <dl className="statussen">
        {VOLGORDE.map((status) => (
          <div key={status}>
            <dt>{LABEL[status]}</dt>
            <dd>{uitleg[status]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
