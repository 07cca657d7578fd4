import { Injectable } from '@nestjs/common';

export interface ReadinessResult {
  ok: boolean;
  details?: Record<string, unknown>;
}

/** Modules register what must work before the service takes traffic (projections, relay, Kafka). */
@Injectable()
export class Readiness {
  private readonly checks = new Map<string, () => Promise<ReadinessResult>>();

  register(name: string, check: () => Promise<ReadinessResult>): void {
    this.checks.set(name, check);
  }

  entries(): [string, () => Promise<ReadinessResult>][] {
    return [...this.checks];
  }
}
