import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it, headers and body decoded. */
export interface OntvangenMail {
  aan: string[];
  van: string;
  messageId: string;
  onderwerp: string;
  tekst: string;
  headers: Record<string, string>;
}

const qp = (text: string): string =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
const words = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : qp(text.replace(/_/g, ' ')),
    );

function parse(raw: string, aan: string[], van: string): OntvangenMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = words(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = headers['content-transfer-encoding']?.toLowerCase();
  const tekst =
    encoding === 'quoted-printable'
      ? qp(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return {
    aan,
    van,
    messageId: headers['message-id'],
    onderwerp: headers.subject,
    tekst: tekst.replace(/\r\n/g, '\n'),
    headers,
  };
}

/**
 * A real SMTP server on loopback (smtp-server), for tests and benchmarks: records every accepted
 * mail, can be stopped and started again on the same port to simulate an outage.
 */
export class SmtpTestServer {
  readonly mails: OntvangenMail[] = [];
  /** recipients the server refuses for good (550) */
  readonly weiger = new Set<string>();
  private server?: SMTPServer;
  private readonly sockets = new Set<Socket>();
  private listeners: (() => void)[] = [];

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.weiger.has(address.address)) {
          const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const aan = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const van = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          this.mails.push(parse(Buffer.concat(chunks).toString('latin1'), aan, van));
          callback();
          for (const listener of this.listeners) listener();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    // the TCP sockets, so stop() can drop them as a crashed server would
    server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    this.server = server;
  }

  /**
   * Closes the port and drops every connection at once, as a server that crashed: smtp-server's own
   * close waits up to 30 s for a sender's idle pooled connection, or answers it 421 after its
   * closeTimeout, which a sender may only notice at its socket timeout.
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Resolves once `count` mails arrived in total. */
  waitFor(count: number): Promise<void> {
    if (this.mails.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = () => {
        if (this.mails.length < count) return;
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve();
      };
      this.listeners.push(listener);
    });
  }
}
