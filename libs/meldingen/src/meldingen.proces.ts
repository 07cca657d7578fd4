import { inBrussel } from '@signaalspoor/domain';
import { namenUit, type ReferenceData } from '@signaalspoor/reference-data';
import {
  stateOf,
  type SignaalView,
  type SignaalViewRepository,
  type SignaalVolger,
  type Stap,
} from '@signaalspoor/signaal-view';
import { toSignaalEvent } from '@signaalspoor/signaal-store';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { adresVan } from './adressen';
import { MELDING_SOORTEN, meldingenVoor, ontvangerSleutel, type GekoppeldSignaal } from './berichten';
import { kenSoorten, migrateOutbox, voegToe, type NieuweMail } from './outbox';

export interface MeldingenOptions {
  /** base URL of the web app for links */
  publicUrl: string;
  /** MAIL_FROM; its domain names the Message-IDs */
  from: string;
  /**
   * events committed longer ago get no mail (a first start on an old log does not mail history); 7
   * days. A kind of mail also skips the events committed before the process first knew that kind.
   */
  maxLeeftijdMs?: number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The events whose mails name the signaal's duplicates. */
const MET_DUPLICATEN: ReadonlySet<string> = new Set(['BeantwoordDoorDienst', 'TeruggekoppeldAanRaad']);
/** The events whose mails name the main signaal. */
const MET_HOOFD: ReadonlySet<string> = new Set(['GekoppeldAlsDuplicaat', 'DuplicaatOntkoppeld']);

/** The same id for the same event and address, whenever and however often it is computed. */
export const messageIdVoor = (eventId: string, adres: string, from: string): string => {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'signaalspoor.invalid';
  const hash = createHash('sha256').update(`${eventId}\n${adres.toLowerCase()}`).digest('hex').slice(0, 40);
  return `<${hash}.melding@${domain}>`;
};

/**
 * The mail process manager: it follows the fold of the SignaalView (SignalenProjection.volgMet), so
 * it knows a signaal, its main signaal and its duplicates as the view has them at each event and
 * never reads a stream again. Each batch's steps become rows in the outbox (one per event and
 * address) in the transaction that stores the views and moves their checkpoint. A crash before the
 * commit repeats the batch, a crash after it never does; a repeated row (a rebuild of the view
 * replays every event) is ignored by the outbox's unique key. Sending is the MailVerzender's job.
 */
export class MeldingenProces implements SignaalVolger {
  private readonly maxLeeftijdMs: number;
  private readonly now: () => number;
  /** since when each kind is known (ms), from migrate */
  private soortSinds = new Map<string, number>();

  constructor(
    private readonly referentie: ReferenceData,
    private readonly options: MeldingenOptions,
  ) {
    this.maxLeeftijdMs = options.maxLeeftijdMs ?? 7 * DAY_MS;
    this.now = options.now ?? Date.now;
  }

  async migrate(client: PoolClient): Promise<void> {
    await migrateOutbox(client);
    this.soortSinds = await kenSoorten(client, MELDING_SOORTEN);
    // the duplicates it kept itself before it followed the view
    await client.query('DROP TABLE IF EXISTS meldingen.duplicaten');
  }

  async volg(client: PoolClient, stappen: readonly Stap[], views: SignaalViewRepository): Promise<void> {
    const oldest = this.now() - this.maxLeeftijdMs;
    if (!stappen.some((stap) => momentVan(stap) >= oldest)) return;
    const koppelingen = await Koppelingen.voor(client, stappen, views);
    const namen = namenUit(this.referentie);
    const mails: NieuweMail[] = [];
    for (const stap of stappen) {
      koppelingen.na(stap);
      if (momentVan(stap) < oldest) continue;
      const event = toSignaalEvent(stap.event);
      const duplicaten = MET_DUPLICATEN.has(event.type) ? koppelingen.duplicatenVan(stap.view.id) : [];
      const hoofd =
        event.type === 'GekoppeldAlsDuplicaat' || event.type === 'DuplicaatOntkoppeld'
          ? koppelingen.view(event.data.hoofdSignaalId)
          : undefined;
      const context = {
        namen,
        publicUrl: this.options.publicUrl,
        duplicaten,
        hoofd: hoofd && stateOf(hoofd),
      };
      for (const melding of meldingenVoor(event, stateOf(stap.view), context)) {
        // a kind new since this event was committed: no mail (a rebuild after an upgrade mails no history)
        if (Date.parse(stap.event.recordedAt) < (this.soortSinds.get(melding.soort) ?? 0)) continue;
        const adres = adresVan(melding.ontvanger, this.referentie);
        if (!adres) continue;
        mails.push({
          eventId: stap.event.id,
          adres,
          ontvanger: ontvangerSleutel(melding.ontvanger),
          soort: melding.soort,
          signaalId: melding.signaalId,
          positie: stap.event.position,
          onderwerp: melding.onderwerp,
          tekst: melding.tekst,
          messageId: messageIdVoor(stap.event.id, adres, this.options.from),
          dag: inBrussel(Date.parse(stap.event.recordedAt)).datum,
        });
      }
    }
    // each mail gets the status its recipient chose for its kind in the same statement
    await voegToe(client, mails);
  }
}

/**
 * The views a batch's mails need (the signalen it touches, their main signalen and their
 * duplicates) as stored before the batch (the volger runs before the batch is stored), moved
 * forward step by step: at each step they are the views of that moment.
 */
class Koppelingen {
  private constructor(private readonly views: Map<string, SignaalView>) {}

  static async voor(
    client: PoolClient,
    stappen: readonly Stap[],
    repository: SignaalViewRepository,
  ): Promise<Koppelingen> {
    // most batches name no linked signaal: nothing to read
    if (!stappen.some(({ event }) => MET_DUPLICATEN.has(event.type) || MET_HOOFD.has(event.type))) {
      return new Koppelingen(new Map());
    }
    const ids = new Set<string>();
    for (const { vorige, view } of stappen) {
      ids.add(view.id);
      for (const hoofd of [vorige?.duplicaatVan, view.duplicaatVan]) if (hoofd) ids.add(hoofd.signaalId);
    }
    const views = await repository.laad(client, [...ids]);
    for (const duplicaat of await repository.laadDuplicaten(client, [...ids])) {
      views.set(duplicaat.id, duplicaat);
    }
    return new Koppelingen(views);
  }

  /** Moves past this step. */
  na({ view }: Stap): void {
    this.views.set(view.id, view);
  }

  view(id: string): SignaalView | undefined {
    return this.views.get(id);
  }

  /** The signalen linked as duplicates of `hoofdId` at this step. */
  duplicatenVan(hoofdId: string): GekoppeldSignaal[] {
    return [...this.views.values()]
      .filter((view) => view.duplicaatVan?.signaalId === hoofdId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((view) => ({ signaalId: view.id, raadId: view.raadId, titel: view.titel }));
  }
}

/**
 * When an event happened, for its age: the earlier of the command's clock and the commit. They agree
 * in the live app; an old log replayed has old commits, and a history written afterwards with the
 * clock set back (`npm run demo`) has old commands, and neither mails its past.
 */
function momentVan(stap: Stap): number {
  const recorded = Date.parse(stap.event.recordedAt);
  const occurred = Date.parse(stap.event.metadata.occurredAt ?? stap.event.recordedAt);
  return Math.min(recorded, Number.isNaN(occurred) ? recorded : occurred);
}
