import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Checkpoint } from '../checkpoint';

/**
 * A witness's receiver on loopback, as an outside party would run one: it keeps every POSTed body,
 * one JSON line each (what `npm run audit -- verify --getuige` reads). `weiger` answers the next
 * requests with 503.
 */
export class GetuigeOntvanger {
  readonly ontvangen: Checkpoint[] = [];
  readonly verzoeken: IncomingMessage[] = [];
  weiger = 0;
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/checkpoints`;
  }

  /** the JSON lines the receiver keeps */
  get jsonl(): string {
    return this.ontvangen.map((checkpoint) => JSON.stringify(checkpoint)).join('\n') + '\n';
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        this.verzoeken.push(request);
        if (this.weiger > 0) {
          this.weiger -= 1;
          response.writeHead(503).end();
          return;
        }
        this.ontvangen.push(JSON.parse(body) as Checkpoint);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
