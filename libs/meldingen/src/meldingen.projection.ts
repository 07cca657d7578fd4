import {
  evolve,
  inBrussel,
  SIGNAAL_STREAM_PREFIX,
  signaalStreamId,
  type SignaalState,
} from '@signaalspoor/domain';
import type { EventStore, RecordedEvent } from '@signaalspoor/event-store';
import type { Projection } from '@signaalspoor/projections';
import { namenUit, type ReferenceData } from '@signaalspoor/reference-data';
import { isSignaalEvent, toSignaalEvent } from '@signaalspoor/signaal-store';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { adresVan } from './adressen';
import { meldingenVoor, ontvangerSleutel, type GekoppeldSignaal } from './berichten';
import { migrateOutbox, voegToe, voorkeurenVan, type MailStatus, type NieuweMail } from './outbox';
import { duplicatenVan, migrateDuplicaten, volgDuplicaten } from './duplicaten';

export interface MeldingenOptions {
  /** base URL of the web app for links */
  publicUrl: string;
  /** MAIL_FROM; its domain names the Message-IDs */
  from: string;
  /** events committed longer ago get no mail (a first start on an old log does not mail history); 7 days */
  maxLeeftijdMs?: number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same id for the same event and address, whenever and however often it is computed. */
export const messageIdVoor = (eventId: string, adres: string, from: string): string => {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'signaalspoor.invalid';
  const hash = createHash('sha256').update(`${eventId}\n${adres.toLowerCase()}`).digest('hex').slice(0, 40);
  return `<${hash}.melding@${domain}>`;
};

/**
 * The mail process manager, as a projection of the global log: each batch of events becomes rows in
 * the outbox (one per event and address) in the same transaction as the checkpoint the
 * ProjectionRunner moves. A crash before the commit repeats the batch, a crash after it never does;
 * a repeated row is ignored by the outbox's unique key. Sending is the MailVerzender's job.
 *
 * Its version never changes: a rebuild would only add rows that are missing, never send again, but
 * it would mail about old events that never had a mail.
 */
export class MeldingenProjection implements Projection {
  readonly name = 'meldingen';
  readonly version = 1;
  private readonly maxLeeftijdMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: EventStore,
    private readonly referentie: ReferenceData,
    private readonly options: MeldingenOptions,
  ) {
    this.maxLeeftijdMs = options.maxLeeftijdMs ?? 7 * DAY_MS;
    this.now = options.now ?? Date.now;
  }

  async migrate(client: PoolClient): Promise<void> {
    await migrateOutbox(client);
    await migrateDuplicaten(client);
  }

  /** Keeps the outbox: it is the record of what was sent. */
  async reset(): Promise<void> {}

  follows(streamId: string): boolean {
    return streamId.startsWith(SIGNAAL_STREAM_PREFIX);
  }

  /**
   * Not kept per stream: this projection only runs on a ProjectionRunner, which applies the store's
   * log in global order, so its checkpoint alone says what was applied. It never follows a bus.
   */
  async appliedRevisions(): Promise<Map<string, number>> {
    return new Map();
  }

  async applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const signaalEvents = events.filter(isSignaalEvent);
    const states = await this.statesBefore(signaalEvents);
    const namen = namenUit(this.referentie);
    const oldest = this.now() - this.maxLeeftijdMs;
    const mails: NieuweMail[] = [];
    for (const recorded of signaalEvents) {
      const event = toSignaalEvent(recorded);
      const state = evolve(states.get(recorded.streamId) ?? null, event);
      states.set(recorded.streamId, state);
      if (!state) continue;
      // duplicates change what later events tell, so they are followed before the mails of this event
      await volgDuplicaten(client, event, state);
      if (Date.parse(recorded.recordedAt) < oldest) continue;
      const duplicaten: GekoppeldSignaal[] =
        event.type === 'BeantwoordDoorDienst' || event.type === 'TeruggekoppeldAanRaad'
          ? await duplicatenVan(client, state.signaalId)
          : [];
      const hoofd =
        event.type === 'GekoppeldAlsDuplicaat' || event.type === 'DuplicaatOntkoppeld'
          ? await this.stateAt(event.data.hoofdSignaalId, recorded.position)
          : undefined;
      const context = { namen, publicUrl: this.options.publicUrl, duplicaten, hoofd };
      for (const melding of meldingenVoor(event, state, context)) {
        const adres = adresVan(melding.ontvanger, this.referentie);
        if (!adres) continue;
        mails.push({
          eventId: recorded.id,
          adres,
          ontvanger: ontvangerSleutel(melding.ontvanger),
          soort: melding.soort,
          signaalId: melding.signaalId,
          positie: recorded.position,
          onderwerp: melding.onderwerp,
          tekst: melding.tekst,
          messageId: messageIdVoor(recorded.id, adres, this.options.from),
          dag: inBrussel(Date.parse(recorded.recordedAt)).datum,
        });
      }
    }
    const voorkeuren = await voorkeurenVan(client, [...new Set(mails.map((mail) => mail.ontvanger))]);
    const status = (mail: NieuweMail): MailStatus => {
      const keuze = voorkeuren.get(`${mail.ontvanger}\n${mail.soort}`);
      return keuze === 'uit' ? 'uitgeschakeld' : keuze === 'dagelijks' ? 'dagelijks' : 'wachtend';
    };
    await voegToe(
      client,
      mails.map((mail) => ({ ...mail, status: status(mail) })),
    );
  }

  private async stateAt(signaalId: string, position: number): Promise<SignaalState | undefined> {
    const history = await this.store.readStream(signaalStreamId(signaalId), { toPosition: position });
    return history.map(toSignaalEvent).reduce(evolve, null) ?? undefined;
  }

  /** Each stream's state just before its first event in the batch, folded from the store. */
  private async statesBefore(events: readonly RecordedEvent[]): Promise<Map<string, SignaalState | null>> {
    const first = new Map<string, number>();
    for (const event of events) if (!first.has(event.streamId)) first.set(event.streamId, event.position);
    const states = new Map<string, SignaalState | null>();
    await Promise.all(
      [...first].map(async ([streamId, position]) => {
        const history = await this.store.readStream(streamId, { toPosition: position - 1 });
        states.set(streamId, history.map(toSignaalEvent).reduce(evolve, null));
      }),
    );
    return states;
  }
}
