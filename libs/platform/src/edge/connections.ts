import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { REFUSAL_DELAY_MS } from './refuse';
import { adresSleutel } from './adres';

/**
 * At most `max` open connections per address (an IPv6 address by its /56 network), judged when a
 * connection is accepted, before the HTTP server sees it: one client with hundreds of keep-alive
 * connections would otherwise have hundreds of requests parsed and refused in every round of the
 * event loop, and every other client waits for that round. A connection over the cap never reaches
 * the HTTP server (its `connection` event is not passed on: the server would read it natively and
 * could not be held off) and is closed unread after REFUSAL_DELAY_MS, so a client that reconnects
 * at once cannot spin. Only for clients that connect directly: behind a reverse proxy every
 * connection is the proxy's.
 */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event !== 'connection') return emit(event, ...args);
    const socket = args[0] as Socket;
    const address = adresSleutel(socket.remoteAddress ?? '');
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.on('error', () => undefined);
      socket.pause();
      setTimeout(() => socket.destroy(), REFUSAL_DELAY_MS).unref();
      return true;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
    return emit(event, ...args);
  }) as Server['emit'];
}
