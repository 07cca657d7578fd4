import { useId, type ReactNode } from 'react';

/**
 * A labelled form field whose hint and error are tied to it (aria-describedby), so a screen
 * reader announces them with the field.
 */
export function Veld(props: {
  label: string;
  fout?: string;
  hint?: string;
  verplicht?: boolean;
  children: (attrs: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
    required?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  const describedBy = [props.hint && hintId, props.fout && foutId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.fout ? 'veld veld-fout' : 'veld'}>
      <label htmlFor={id}>
        {props.label}
        {props.verplicht ? (
          <span aria-hidden="true"> *</span>
        ) : (
          <span className="optioneel"> (optioneel)</span>
        )}
      </label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': props.fout ? true : undefined,
        required: props.verplicht,
      })}
      {props.fout && (
        <p className="fout" id={foutId}>
          {props.fout}
        </p>
      )}
    </div>
  );
}

/** A form-level message (success or failure) announced by screen readers. */
export function Melding({ fout, ok }: { fout?: string; ok?: string }) {
  if (fout)
    return (
      <p className="melding melding-fout" role="alert">
        {fout}
      </p>
    );
  if (ok)
    return (
      <p className="melding melding-ok" role="status">
        {ok}
      </p>
    );
  return null;
}

/** A select's options: a first empty one (`leeg`, for "choose" or "all") if given, then each [waarde, naam]. */
export function Opties({ opties, leeg }: { opties: [waarde: string, naam: string][]; leeg?: string }) {
  return (
    <>
      {leeg && <option value="">{leeg}</option>}
      {opties.map(([waarde, naam]) => (
        <option key={waarde} value={waarde}>
          {naam}
        </option>
      ))}
    </>
  );
}
