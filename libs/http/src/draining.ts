import { Injectable } from '@nestjs/common';

/**
 * The process is stopping (SIGTERM, SIGINT): before the HTTP server waits for its requests to end,
 * what keeps a response open on purpose (a live stream) is told to end it. runService (libs/platform)
 * starts it; a listener that registers afterwards is called at once.
 */
@Injectable()
export class Draining {
  private readonly listeners = new Set<() => void>();
  private started = false;

  get active(): boolean {
    return this.started;
  }

  /** Calls `listener` once draining starts; the returned function unregisters it. */
  onDrain(listener: () => void): () => void {
    if (this.started) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}
