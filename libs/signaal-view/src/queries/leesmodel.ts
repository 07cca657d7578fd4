import { Inject, Injectable } from '@nestjs/common';
import { AuthFout, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { signaalStreamId } from '@signaalspoor/domain';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { namenUit, ReferenceData, type Namen } from '@signaalspoor/reference-data';
import { ProjectionFeeds, type FeedStatus, type ProjectionFeed } from '@signaalspoor/projections';
import { magZien } from '@signaalspoor/signaal-store';
import { vouw } from '../signalen/signaal-view';
import { koppelingen, koppelingenVan, type Koppelingen } from '../signalen/duplicaten';
import { SignaalViewRepository, type SignaalMetTraject } from '../signalen/signaal-view.repository';
import { SignalenProjection } from '../signalen/signalen.projection';
import { LeesFout } from './lees.errors';
import { leesmodelAchter, stand, type Gelezen } from './lezen';

export type { SignaalMetTraject };

/** A signaal read with its links of duplicates (see koppelingen()). */
export interface SignaalMetKoppelingen extends SignaalMetTraject {
  koppelingen: Koppelingen;
}

/**
 * Which copy of the signaal view a process keeps: the schema of its tables, the projection's name
 * (its checkpoint) and the Kafka consumer group that feeds it. Every copy is folded by the same code.
 */
export interface SignaalViewKopie {
  schema: string;
  naam: string;
  groep: string;
}

/** The copy of the projecties (and of the all-in-one app, where every module reads it). */
export const PROJECTIES_KOPIE: SignaalViewKopie = {
  schema: 'projectie',
  naam: 'signalen',
  groep: 'projecties',
};
/** The stadsdiensten service's own copy, for the inbox (it keeps the checkpoint of the inbox it replaced). */
export const STADSDIENSTEN_KOPIE: SignaalViewKopie = {
  schema: 'stadsdiensten',
  naam: 'inbox',
  groep: 'stadsdiensten',
};

/**
 * The signalen service's copy, which the mail process manager follows (its name keeps the checkpoint
 * of the process manager's former projection: the new version replays the log once, and the outbox
 * ignores the mails it holds already).
 */
export const MELDINGEN_KOPIE: SignaalViewKopie = {
  schema: 'meldingen_view',
  naam: 'meldingen',
  groep: 'meldingen',
};

export const SIGNAAL_VIEW_KOPIE = Symbol('SIGNAAL_VIEW_KOPIE');

/** The signalen read model of this process, its repository and the read-your-writes rules of its queries. */
@Injectable()
export class Leesmodel {
  readonly signalen: ProjectionFeed;
  /** its fold: process managers that derive from it follow it (SignalenProjection.volgMet) */
  readonly projectie: SignalenProjection;
  readonly views: SignaalViewRepository;
  readonly namen: Namen;

  constructor(
    feeds: ProjectionFeeds,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reference: ReferenceData,
    @Inject(SIGNAAL_VIEW_KOPIE) kopie: SignaalViewKopie,
    @Inject(CONFIG) config: Config,
  ) {
    const { intervalMs: _interval, ...beleid } = config.termijnen;
    this.views = new SignaalViewRepository(feeds.pool, kopie.schema, beleid);
    this.projectie = new SignalenProjection(this.views, kopie.naam);
    this.signalen = feeds.create(this.projectie, kopie.groep);
    this.namen = namenUit(reference);
  }

  /** Drops the read model, replays the log and answers once it caught up with the head. */
  async herbouw(): Promise<FeedStatus> {
    await this.signalen.rebuild();
    await this.signalen.reached(await this.store.headPosition());
    return this.signalen.status();
  }

  /**
   * A query over many signalen: waits for `positie` when given; a read model that cannot reach it
   * in time is a 503, never a stale 200.
   */
  async lijst<T>(positie: number | undefined, read: () => Promise<T>): Promise<Gelezen<T>> {
    const nu = await stand(this.signalen, positie);
    if (!nu.bijgewerkt) throw leesmodelAchter();
    return { body: await read(), positie: nu.positie };
  }

  /**
   * One signaal with its traject: from the read model when it reflects `positie` (or, without one,
   * when it holds the signaal); otherwise folded from the signaal's stream in the event store, so an
   * accepted signaal is never reported missing and never stale. Null only when the stream does not exist.
   */
  async signaal(signaalId: string, positie?: number): Promise<Gelezen<SignaalMetTraject> | null> {
    return this.lees(signaalId, positie);
  }

  /**
   * As signaal(), with its links of duplicates read in the same statement; `raadId` limits the
   * duplicates listed to that raad's (a raad sees its own, not those of other raden).
   */
  async signaalMetKoppelingen(
    signaalId: string,
    positie: number | undefined,
    raadId: string | undefined,
  ): Promise<Gelezen<SignaalMetKoppelingen> | null> {
    const gelezen = await this.lees(signaalId, positie, { raadId });
    if (!gelezen) return null;
    const { view, hops, duplicaten, hoofd } = gelezen.body;
    const links =
      duplicaten && hoofd !== undefined
        ? koppelingen(view, duplicaten, hoofd)
        : await koppelingenVan(this.views, view, raadId); // folded from the store
    return { ...gelezen, body: { view, hops, koppelingen: links } };
  }

  /**
   * signaal() for a reader who may see it: 404 SIGNAAL_ONBEKEND when it does not exist, 403
   * GEEN_TOEGANG when it is not the reader's to see (magZien).
   */
  async zichtbaar(
    signaalId: string,
    positie: number | undefined,
    gebruiker: Gebruiker,
  ): Promise<Gelezen<SignaalMetTraject>> {
    return this.eisZicht(await this.signaal(signaalId, positie), gebruiker);
  }

  /** signaalMetKoppelingen() for a reader, refused as zichtbaar(); the duplicates listed are those of the reader's raad. */
  async zichtbaarMetKoppelingen(
    signaalId: string,
    positie: number | undefined,
    gebruiker: Gebruiker,
  ): Promise<Gelezen<SignaalMetKoppelingen>> {
    return this.eisZicht(await this.signaalMetKoppelingen(signaalId, positie, gebruiker.raadId), gebruiker);
  }

  private eisZicht<T extends SignaalMetTraject>(
    gelezen: Gelezen<T> | null,
    gebruiker: Gebruiker,
  ): Gelezen<T> {
    if (!gelezen) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { raadId, doorsturingen } = gelezen.body.view;
    if (!magZien(gebruiker, { raadId, dienstIds: doorsturingen.map((d) => d.dienstId) }, this.reference)) {
      throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
    }
    return gelezen;
  }

  private async lees(
    signaalId: string,
    positie: number | undefined,
    metKoppelingen?: { raadId?: string },
  ): Promise<Gelezen<SignaalMetTraject> | null> {
    const streamId = signaalStreamId(signaalId);
    const nu = await stand(this.signalen, positie, streamId);
    if (nu.bijgewerkt) {
      const gelezen = await this.views.traject(signaalId, metKoppelingen);
      if (gelezen) return { body: gelezen, positie: nu.positie, revision: gelezen.view.revision };
    }
    const events = await this.store.readStream(streamId);
    const gevouwen = vouw(events);
    if (!gevouwen) return null;
    const { revision, positie: laatste } = gevouwen.view;
    // folded from the whole stream: it reflects every event of this signaal up to now
    return { body: gevouwen, positie: Math.max(nu.positie, positie ?? 0, laatste), revision };
  }
}
