// The mail port: sends one message. Adapters per technology in their own folder (smtp/, log/); the
// contract suite in contract/ runs against each.

export interface Mail {
  van: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  /** stable per event and recipient, with angle brackets: `<...@domain>` */
  messageId: string;
}

export interface MailPort {
  /** a name for the outbox's `kanaal` column and the logs */
  readonly kanaal: string;
  /** Resolves once the mail is accepted; rejects with MailFout otherwise. */
  send(mail: Mail): Promise<void>;
  close(): Promise<void>;
}

/**
 * A mail that could not be sent. `permanent`: the server refused it for good (e.g. a rejected
 * address); `onbereikbaar`: the server could not be reached at all, which says nothing about the mail.
 */
export class MailFout extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly onbereikbaar = false,
  ) {
    super(message);
    this.name = 'MailFout';
  }
}
