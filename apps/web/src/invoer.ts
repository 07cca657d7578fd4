import { useState, type ChangeEvent } from 'react';

/** The fields of a form's values that hold text (what an input, textarea or select edits). */
type Tekstvelden<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/**
 * A form's values (`w`), and `bind(veld)`: the value and onChange that tie an input, textarea or
 * select to one of its text fields. A select offers only the values its field may hold.
 */
export function useInvoer<T extends object>(begin: T) {
  const [w, setW] = useState(begin);
  const bind = (veld: Tekstvelden<T>) => ({
    value: w[veld] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setW({ ...w, [veld]: e.target.value }),
  });
  return { w, setW, bind };
}
