import { Fout } from '@signaalspoor/domain';

/** Refusals of the command path that are not the decider's: access, preconditions, the log itself. */
export const COMMAND_FOUTEN = {
  GEEN_TOEGANG: 'forbidden',
  REVISIE_VERANDERD: 'precondition-failed',
  IDEMPOTENCY_KEY_HERGEBRUIKT: 'unprocessable',
  ONBEKEND_EVENTTYPE: 'conflict',
} as const;

export type CommandFoutCode = keyof typeof COMMAND_FOUTEN;

export class CommandFout extends Fout<typeof COMMAND_FOUTEN> {
  constructor(code: CommandFoutCode, message: string, field?: string) {
    super(COMMAND_FOUTEN, code, message, field);
  }
}
