// A burst of mail-causing events: how fast the mail process manager and sender deliver them to a real
// SMTP server on loopback, none twice, also with the server down for a while in the middle; baseline:
// the same number of mails sent straight through the same nodemailer transport, in the same run.
//   npx tsx bench/meldingen/burst.bench.ts [mails] [outage seconds]      (default 1000, 30)
import { randomUUID } from 'node:crypto';
import type { SignaalCommand } from '@signaalspoor/domain';
import { MailVerzender, MeldingenProces, SmtpMailAdapter, lijst, zetVoorkeur } from '@signaalspoor/meldingen';
import { SmtpTestServer } from '@signaalspoor/meldingen/testing';
import { ProjectionRunner } from '@signaalspoor/projections';
import { DEMO_REFERENCE_DATA, ReferenceData, parseReferenceData } from '@signaalspoor/reference-data';
import { SignaalRepository, type CommandContext } from '@signaalspoor/signaal-store';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { perSecond, runBench } from '../support';

const count = Number(process.argv[2] ?? 1000);
const outageSeconds = Number(process.argv[3] ?? 30);
const FROM = 'Signaalspoor <signaalspoor@example.org>';
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const context: CommandContext = {
  actor: { rol: 'systeem', id: 'bench' },
  correlationId: 'b',
  causationId: 'b',
};

/** Runs `work` over `items`, `parallel` at a time. */
async function pool<T>(items: T[], parallel: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

runBench(
  'mail burst (process manager + sender → SMTP)',
  { storePool: 16, pool: 8 },
  async ({ store, pool: pg }) => {
    const smtp = new SmtpTestServer(3740);
    await smtp.start();
    const repository = new SignaalRepository(store);
    const referentie = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));
    const at = () => new Date().toISOString();

    // baseline: the mails straight through nodemailer's pooled transport
    const direct = new SmtpMailAdapter(smtp.url);
    const started = Date.now();
    await pool(
      Array.from({ length: count }, (_, i) => i),
      50,
      (i) =>
        direct.send({
          van: FROM,
          aan: 'dienst.mobiliteit@example.org',
          onderwerp: 'x',
          tekst: 'x',
          messageId: `<b${i}@example.org>`,
        }),
    );
    const baselineMs = Date.now() - started;
    await direct.close();
    smtp.mails.length = 0;

    // the mail process manager follows the signaal view's fold, as in the app
    const signalen = new SignalenProjection(new SignaalViewRepository(pg));
    signalen.volgMet(new MeldingenProces(referentie, { publicUrl: 'http://localhost:3000', from: FROM }));
    const runner = new ProjectionRunner(store, pg, signalen, { pollIntervalMs: 100, logger: quiet });
    await runner.start();
    // the wijkmanager's mail of each new signaal off (a kind added after this bench): only the
    // routings mail, one each, as the clock assumes
    await zetVoorkeur(pg, 'wijkmanager:wm-oost', 'nieuw', 'uit');
    const verzender = new MailVerzender(pg, new SmtpMailAdapter(smtp.url), {
      from: FROM,
      publicUrl: 'http://localhost:3000',
      intervalMs: 100,
      retryInitialMs: 1000,
      retryMaxMs: 5000,
      maxPogingen: 1000,
      logger: quiet,
    });
    verzender.start();

    /** Submits `n` signalen, then routes each to a dienst: one mail per routing. */
    const burst = async (n: number, during?: () => Promise<void>) => {
      const ids = Array.from({ length: n }, () => randomUUID());
      await pool(ids, 16, (id) =>
        repository.execute(
          id,
          {
            type: 'DienSignaalIn',
            at: at(),
            signaalId: id,
            raadId: 'dr-kermt',
            titel: 'Bench',
            omschrijving: 'Bench',
            thema: 'mobiliteit',
            bron: 'andere',
          },
          context,
        ),
      );
      const before = smtp.mails.length;
      const start = Date.now();
      const routing = pool(ids, 16, (id) =>
        repository.execute(
          id,
          {
            type: 'StuurDoor',
            at: at(),
            doorsturingId: randomUUID(),
            dienstId: 'mobiliteit',
          } as SignaalCommand,
          context,
        ),
      );
      await during?.();
      await routing;
      await smtp.waitFor(before + n);
      const ms = Date.now() - start;
      // settle: nothing more may arrive
      for (;;) {
        if ((await lijst(pg, { status: 'wachtend', limiet: 1, offset: 0 })).length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const mails = smtp.mails.slice(before);
      return { ms, mails: mails.length, unique: new Set(mails.map((m) => m.messageId)).size };
    };

    const steady = await burst(count);
    const outage = await burst(count, async () => {
      await smtp.waitFor(smtp.mails.length + Math.floor(count / 4));
      await smtp.stop();
      await new Promise((resolve) => setTimeout(resolve, outageSeconds * 1000));
      await smtp.start();
    });

    await verzender.stop();
    await runner.stop();
    await smtp.stop();
    return {
      mails: count,
      baseline: { mailsPerSecond: perSecond(count, baselineMs), ms: baselineMs },
      burst: {
        mailsPerSecond: perSecond(count, steady.ms),
        ms: steady.ms,
        delivered: steady.mails,
        distinctMessageIds: steady.unique,
        ratioToBaseline: Math.round((baselineMs / steady.ms) * 100) / 100,
      },
      burstWithOutage: {
        outageSeconds,
        ms: outage.ms,
        delivered: outage.mails,
        distinctMessageIds: outage.unique,
      },
    };
  },
);
