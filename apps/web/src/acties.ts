import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFout } from './api';

/**
 * Runs one command: on success every query refetches (the command's answer carries the position
 * the API waits for); on failure the message goes to the field it names, or to the form.
 */
export function useActie<A>(uitvoeren: (args: A) => Promise<unknown>, na?: (resultaat: unknown) => void) {
  const client = useQueryClient();
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: uitvoeren,
    onMutate: () => setFouten({}),
    onSuccess: async (resultaat) => {
      await client.invalidateQueries({
        predicate: (q) => !['sessie', 'raden', 'diensten', 'themas'].includes(String(q.queryKey[0])),
      });
      na?.(resultaat);
    },
    onError: (error) => {
      if (error instanceof ApiFout && error.field) setFouten({ [error.field]: error.message });
      else setFouten({ '': error.message });
    },
  });
  return {
    uitvoeren: (args: A) => mutation.mutate(args),
    bezig: mutation.isPending,
    gelukt: mutation.isSuccess,
    fouten,
    setFouten,
    /** the error that names no field */
    fout: fouten[''],
  };
}
