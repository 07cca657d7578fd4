import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Gebruiker } from '@signaalspoor/auth';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import type { RequestContext } from '@signaalspoor/http';
import { LOGBOEK, type Logboek } from '@signaalspoor/logboek';
import { v5 as uuidv5 } from 'uuid';
import { PrivacyFout } from '../privacy.errors';

/** The event of an erasure: which key was destroyed, nothing about the person. */
export const PERSOON_VERGETEN = 'PersoonVergeten';
export const PRIVACY_STREAM_PREFIX = 'privacy-';
// namespace of the erasure events' ids: one erasure event per key, however often it is retried
const NAMESPACE = '5c0f7a0e-2b9f-4c65-9a39-1b8a3f7d2e41';

export class Vergeet {
  constructor(
    readonly email: string,
    readonly gebruiker: Gebruiker,
    readonly verzoek: RequestContext,
  ) {}
}

/**
 * Crypto-shredding: records the erasure as an event (the key id, never the person), then destroys the
 * person's key. In that order: a crash between the two leaves the key, and a retry writes no second
 * event (its id derives from the key id) and destroys it.
 */
@CommandHandler(Vergeet)
export class VergeetHandler implements ICommandHandler<Vergeet> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
  ) {}

  async execute({ email, gebruiker, verzoek }: Vergeet) {
    const sleutel = await this.logboek.personen.sleutelVan(email);
    if (sleutel === undefined) {
      throw new PrivacyFout(
        'PERSOON_ONBEKEND',
        'Van dit e-mailadres zijn geen persoonsgegevens bewaard.',
        'email',
      );
    }
    const { position } = await this.store.append(
      `${PRIVACY_STREAM_PREFIX}${sleutel}`,
      [
        {
          id: uuidv5(sleutel, NAMESPACE),
          type: PERSOON_VERGETEN,
          data: { sleutel },
          metadata: {
            actor: { rol: gebruiker.rol, id: gebruiker.sub },
            correlationId: verzoek.correlationId,
            causationId: verzoek.requestId,
            schemaVersion: 1,
            occurredAt: new Date().toISOString(),
          },
        },
      ],
      'any',
    );
    await this.logboek.personen.vergeet(email);
    return { vergeten: true, positie: position };
  }
}
