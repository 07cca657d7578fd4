import type { ReferenceData } from '@signaalspoor/reference-data';
import type { Ontvanger } from './berichten';

/**
 * The e-mail address of a recipient, from the reference data; undefined when none is known. The only
 * place that looks addresses up, so that encrypted addresses (personal data) need one change here.
 */
export function adresVan(ontvanger: Ontvanger, referentie: ReferenceData): string | undefined {
  switch (ontvanger.rol) {
    case 'raad':
      return referentie.raad(ontvanger.id)?.email;
    case 'wijkmanager':
      return referentie.wijkmanager(ontvanger.id)?.email;
    case 'dienst':
      return referentie.dienst(ontvanger.id)?.email;
  }
}
