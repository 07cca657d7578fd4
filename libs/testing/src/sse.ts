import { request } from 'node:http';

/** One Server-Sent Event as a client reads it. */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
  retry?: number;
}

/** A live stream a test holds open: its status, the events so far, and when the server ended it. */
export interface SseStroom {
  status: number;
  events: SseEvent[];
  /** resolves once the server ended the response (or the connection dropped): `einde` says which */
  ended: Promise<{ einde: 'end' | 'error'; ms: number }>;
  close(): void;
}

/** Opens `url` as an EventSource would (GET, Accept: text/event-stream) and parses what comes. */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStroom> {
  return new Promise((resolve, reject) => {
    const opened = Date.now();
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const events: SseEvent[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: 'message', data: '' };
          for (const line of block.split('\n')) {
            const [, field, value] = /^([^:]*):?\s?(.*)$/.exec(line) ?? [];
            if (field === 'event') event.event = value;
            else if (field === 'data') event.data += (event.data ? '\n' : '') + value;
            else if (field === 'id') event.id = value;
            else if (field === 'retry') event.retry = Number(value);
          }
          if (block.split('\n').some((line) => !line.startsWith(':'))) events.push(event);
        }
      });
      const ended = new Promise<{ einde: 'end' | 'error'; ms: number }>((done) => {
        res.on('end', () => done({ einde: 'end', ms: Date.now() - opened }));
        res.on('error', () => done({ einde: 'error', ms: Date.now() - opened }));
        res.on('close', () => done({ einde: res.complete ? 'end' : 'error', ms: Date.now() - opened }));
      });
      resolve({ status: res.statusCode ?? 0, events, ended, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}
