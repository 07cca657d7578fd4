/** Refusals of the command path that are not the decider's: access, preconditions, the log itself. */
export const COMMAND_FOUTEN = {
  GEEN_TOEGANG: 'forbidden',
  REVISIE_VERANDERD: 'precondition-failed',
  IDEMPOTENCY_KEY_HERGEBRUIKT: 'unprocessable',
  ONBEKEND_EVENTTYPE: 'conflict',
} as const;

export type CommandFoutCode = keyof typeof COMMAND_FOUTEN;

export class CommandFout extends Error {
  readonly kind: (typeof COMMAND_FOUTEN)[CommandFoutCode];
  constructor(
    readonly code: CommandFoutCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommandFout';
    this.kind = COMMAND_FOUTEN[code];
  }
}
