import { Injectable } from '@nestjs/common';

export interface LivenessResult {
  ok: boolean;
  details?: Record<string, unknown>;
}

/**
 * What must hold for the process to go on by itself. Liveness fails only then, so that a supervisor
 * restarts the process: never because a dependency is away (that is readiness), only when this process
 * gave up on something it alone could repair. Checks are cheap and do no I/O.
 */
@Injectable()
export class Liveness {
  private readonly checks = new Map<string, () => LivenessResult>();

  register(name: string, check: () => LivenessResult): void {
    this.checks.set(name, check);
  }

  entries(): [string, () => LivenessResult][] {
    return [...this.checks];
  }
}
