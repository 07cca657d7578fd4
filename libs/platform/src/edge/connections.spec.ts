import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { capConnectionsPerAddress } from './connections';

/** A connection that sends one request; resolves with what came back before the socket closed. */
function ask(port: number): { socket: Socket; answer: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString()));
  socket.on('error', () => undefined);
  socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  return { socket, answer: new Promise((resolve) => socket.once('close', () => resolve(text))) };
}

describe('the cap on connections per address', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    capConnectionsPerAddress(server, 2);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves the first connections of an address and closes the next one unread', async () => {
    const first = ask(port);
    const second = ask(port);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = ask(port);
    expect(await third.answer).toBe('');
    first.socket.end();
    second.socket.end();
    expect(await first.answer).toMatch(/^HTTP\/1\.1 200/);
    expect(await second.answer).toMatch(/^HTTP\/1\.1 200/);
    // once they closed, the address may connect again
    const fourth = ask(port);
    await new Promise((resolve) => setTimeout(resolve, 100));
    fourth.socket.end();
    expect(await fourth.answer).toMatch(/^HTTP\/1\.1 200/);
  });
});
