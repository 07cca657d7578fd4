import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/** A tile server of the test's own on loopback: every tile one light PNG; it counts what was asked. */
export interface TegelServer {
  /** the KAART_TEGELS_URL for it */
  url: string;
  gevraagd: () => number;
  close(): Promise<void>;
}

/** Starts the tile server: browser tests show maps without reaching the internet. */
export async function startTegelServer(): Promise<TegelServer> {
  const tegel = await sharp({
    create: { width: 256, height: 256, channels: 3, background: { r: 232, g: 236, b: 228 } },
  })
    .png()
    .toBuffer();
  let gevraagd = 0;
  const server: Server = createServer((req, res) => {
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) return void res.writeHead(404).end();
    gevraagd += 1;
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' }).end(tegel);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    gevraagd: () => gevraagd,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
