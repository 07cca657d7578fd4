// Uploads of attachments through the built all-in-one app: a dienst answers with a 5 MB phone
// photo (JPEG with EXIF and GPS, re-encoded without it), against the baseline of the same path
// without re-encoding (a 5 MB PDF: streamed, hashed, encrypted, stored, the event appended), in the
// same run, interleaved. Targets (issue 16): p99 ≤ 1.5 s at 4 concurrent uploads; the app's RSS
// under 300 MB during 20 concurrent uploads.
//
//   npm run build && DATABASE_URL=postgres://... npx tsx bench/bijlagen/upload.bench.ts [uploads]
//
// The app runs as its own process (dist/, `npm start`'s code and environment settings) on port 3960
// (BENCH_PORT); its RSS is read from /proc every 20 ms while the uploads run.
import { bearers } from '@signaalspoor/testing';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { TELEFOON_EXIF } from '../../libs/bijlagen/src/testing/foto';
import { START_ENV, startApp, stopProcess } from '../projections/app-process';
import { onWorkers, runBench } from '../support';

/** BENCH_PORT when 3960 is taken (another bench on a shared machine) */
const PORT = Number(process.env.BENCH_PORT ?? 3960);
const BASE = `http://127.0.0.1:${PORT}/api`;
const UPLOADS = Number(process.argv[2] ?? 48);
const ROUNDS = 2;
/** A phone photo of about 5 MB: 4032 × 3024, fine detail (blurred noise), quality 93, EXIF with GPS. */
async function telefoonfoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  const ruis = Buffer.alloc(width * height * 3);
  for (let i = 0; i < ruis.length; i++) ruis[i] = ((i * 2654435761) % 251) ^ ((i >> 7) & 0x3f);
  return sharp(ruis, { raw: { width, height, channels: 3 } })
    .blur(0.9)
    .jpeg({ quality: 93 })
    .withExif(TELEFOON_EXIF)
    .toBuffer();
}

const pdfVan = (grootte: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n%bench\n'), Buffer.alloc(grootte - 16, 0x20)]);

/** The resident memory of a process in MB (Linux /proc); 0 once it is gone. */
const rss = (pid: number) => {
  try {
    const regel = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return regel ? Number(regel[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

interface Figures {
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
  maxRssMb: number;
}

runBench('bijlagen-upload', { storePool: 1, pool: 2 }, async ({ db }) => {
  const app = await startApp(db.url, PORT);
  const startRssMb = Math.round(rss(app.pid!));
  try {
    const as = await bearers({ raad: 'kermt', wm: 'wmOost', dienst: 'mobiliteit' });
    const post = async (path: string, who: string, body: object) => {
      const res = await fetch(BASE + path, {
        method: 'POST',
        headers: { authorization: as[who], 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    // signalen routed to the dienst, each taking at most 10 attachments; consecutive uploads go to
    // different signalen (several people answering), since uploads to one signaal at the same moment
    // contend for its stream revision
    const ids: string[] = [];
    const plekken: string[] = [];
    const signalen = Math.ceil((UPLOADS * ROUNDS * 2 + 20 * 2) / 10) + 1;
    for (let i = 0; i < signalen; i++) {
      const { id } = await post('/signalen', 'raad', {
        titel: `Bench ${i}`,
        omschrijving: 'Foto’s als antwoord.',
        thema: 'verkeersveiligheid',
      });
      await post(`/signalen/${id}/doorsturingen`, 'wm', { dienst: 'mobiliteit' });
      ids.push(id);
    }
    for (let j = 0; j < 10; j++) plekken.push(...ids);

    const foto = await telefoonfoto();
    const pdf = pdfVan(foto.length);
    const upload = async (bytes: Buffer, naam: string, type: string) => {
      const form = new FormData();
      form.append('bestand', new Blob([bytes], { type }), naam);
      const res = await fetch(`${BASE}/signalen/${plekken.pop()}/bijlagen`, {
        method: 'POST',
        headers: { authorization: as.dienst },
        body: form,
      });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
    };

    /** `aantal` uploads on `gelijktijdig` workers; latencies (ms) and the app's peak RSS. */
    async function meet(gelijktijdig: number, aantal: number, een: () => Promise<void>): Promise<Figures> {
      let maxRss = rss(app.pid!);
      const meter = setInterval(() => (maxRss = Math.max(maxRss, rss(app.pid!))), 20);
      const { latencies, ms } = await onWorkers(gelijktijdig, aantal, een).finally(() =>
        clearInterval(meter),
      );
      const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]);
      return {
        p50: at(0.5),
        p99: at(0.99),
        max: Math.round(latencies.at(-1)!),
        perSecond: Number(((aantal / ms) * 1000).toFixed(2)),
        maxRssMb: Math.round(maxRss),
      };
    }

    const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const rounds: Record<string, unknown>[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      rounds.push({
        round,
        loadavg: loadavg(),
        foto4: await meet(4, UPLOADS, () => upload(foto, 'IMG_1234.jpg', 'image/jpeg')),
        pdf4: await meet(4, UPLOADS, () => upload(pdf, 'bestek.pdf', 'application/pdf')),
      });
    }
    const idleRssMb = Math.round(rss(app.pid!));
    const foto20 = await meet(20, 20, () => upload(foto, 'IMG_1234.jpg', 'image/jpeg'));
    const pdf20 = await meet(20, 20, () => upload(pdf, 'bestek.pdf', 'application/pdf'));
    return {
      startEnv: START_ENV,
      photoBytes: foto.length,
      startRssMb,
      uploadsPerScenario: UPLOADS,
      rounds,
      idleRssMb,
      concurrent20: { foto: foto20, pdf: pdf20, loadavg: loadavg() },
    };
  } finally {
    await stopProcess(app);
  }
});
