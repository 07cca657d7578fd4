import { foutKlasse } from '@signaalspoor/domain';

export const BIJLAGE_FOUTEN = {
  GEEN_MULTIPART: 'unsupported-media-type',
  GEEN_BESTAND: 'invalid',
  ONBEKEND_VELD: 'invalid',
  ONVOLLEDIG_VERZOEK: 'invalid',
  BESTAND_TE_GROOT: 'too-large',
  TYPE_NIET_TOEGESTAAN: 'unsupported-media-type',
  BIJLAGE_ONBEKEND: 'not-found',
  GEEN_MINIATUUR: 'not-found',
  BIJLAGE_VERGETEN: 'gone',
  BIJLAGE_BEZIG: 'conflict',
} as const;

/** A refused upload or read of an attachment. */
export class BijlageFout extends foutKlasse(BIJLAGE_FOUTEN) {}
