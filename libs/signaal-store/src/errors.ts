import { foutKlasse } from '@signaalspoor/domain';

/** Refusals of the command path that are not the decider's: access, preconditions, the log itself. */
export const COMMAND_FOUTEN = {
  GEEN_TOEGANG: 'forbidden',
  REVISIE_VERANDERD: 'precondition-failed',
  IDEMPOTENCY_KEY_HERGEBRUIKT: 'unprocessable',
  ONBEKEND_EVENTTYPE: 'conflict',
} as const;

export class CommandFout extends foutKlasse(COMMAND_FOUTEN) {}
