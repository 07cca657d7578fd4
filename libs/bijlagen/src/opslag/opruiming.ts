import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { BIJLAGEN_OPSLAG, type BijlagenOpslag } from './bijlagen-opslag';

/** How old unconfirmed bytes must be before the sweep judges them: no upload takes this long. */
export const OPRUIMEN_NA_MS = 60 * 60_000;

/**
 * Sweeps bytes that no event confirmed: a process that died between storing an attachment's bytes
 * and appending its event (or before removing the bytes of a refusal) leaves them behind. Never
 * served meanwhile (reads go by the signaal's list of attachments); at start and every hour, bytes
 * older than OPRUIMEN_NA_MS are removed unless the signaal lists them, then they are confirmed.
 */
@Injectable()
export class BijlagenOpruiming implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BijlagenOpruiming');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly signalen: SignaalRepository,
    @Inject(BIJLAGEN_OPSLAG) private readonly opslag: BijlagenOpslag,
  ) {}

  onApplicationBootstrap(): void {
    const veeg = () =>
      this.ruimOp().catch((error: Error) => this.logger.warn(`Sweep failed: ${error.message}`));
    void veeg();
    this.timer = setInterval(veeg, OPRUIMEN_NA_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One sweep: how many unconfirmed attachments it judged. */
  async ruimOp(nu = new Date()): Promise<number> {
    const oud = await this.opslag.onbevestigd(new Date(nu.getTime() - OPRUIMEN_NA_MS));
    for (const { id, signaalId } of oud) await ruimOp(this.signalen, this.opslag, signaalId, id);
    return oud.length;
  }
}

/**
 * Removes the bytes of a refused upload, unless an event references them (a concurrent try's); given
 * `poging`, only when that try still holds them (not when another took its stale claim over).
 */
export async function ruimOp(
  signalen: SignaalRepository,
  opslag: BijlagenOpslag,
  signaalId: string,
  bijlageId: string,
  poging?: string,
): Promise<void> {
  // unknown (the log unreachable): left for the sweep, which looks again later
  const { state } = await signalen.load(signaalId).catch(() => ({ state: undefined }));
  if (state === undefined) return;
  if (state?.bijlagen?.some((b) => b.id === bijlageId)) await opslag.bevestig(bijlageId);
  else await opslag.verwijder(bijlageId, poging);
}
