import { Injectable } from '@nestjs/common';
import { toActor, type Gebruiker } from '@signaalspoor/auth';
import type { SignaalCommand } from '@signaalspoor/domain';
import type { RequestContext } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { CommandContext } from './codec';
import { SignaalRepository, type ExecuteResult } from './signaal.repository';
import { eisHandelaar, type Handelaar } from './toegang';

/** The answer of every command on an existing signaal. */
export interface CommandAntwoord {
  /** the signaal's id, or the new doorsturing's */
  id: string;
  /** the signaal's id where `id` is a doorsturing's */
  signaalId?: string;
  status: string;
  /** global log position of the write: a read that waits for it sees the change */
  positie: number;
}

/** On whose behalf and in which conversation a request's events are written. */
export const commandContext = (gebruiker: Gebruiker, verzoek: RequestContext): CommandContext => ({
  actor: toActor(gebruiker),
  correlationId: verzoek.correlationId,
  causationId: verzoek.requestId,
});

/**
 * Runs a command on an existing signaal on behalf of a user: checks that the user is the raad,
 * wijkmanager or dienst the command is for, then decides and appends.
 */
@Injectable()
export class SignaalCommands {
  constructor(
    private readonly repository: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async uitvoeren(
    signaalId: string,
    command: SignaalCommand,
    gebruiker: Gebruiker,
    handelaar: Handelaar,
    verzoek: RequestContext,
  ): Promise<ExecuteResult> {
    return this.repository.execute(signaalId, command, commandContext(gebruiker, verzoek), (state) => {
      if (state) {
        const dienstIds = state.doorsturingen.map((d) => d.dienstId);
        eisHandelaar(gebruiker, { raadId: state.raadId, dienstIds }, handelaar, this.reference);
      }
    });
  }

  antwoord(signaalId: string, result: ExecuteResult): CommandAntwoord {
    return { id: signaalId, status: result.state.status, positie: result.position };
  }
}
