import {
  isActie,
  magSturen,
  SignaalFout,
  type Actie,
  type Actor,
  type SignaalCommand,
  type SignaalState,
} from '@signaalspoor/domain';
import { measureCommand } from '@signaalspoor/metrics';
import type { ReferenceData } from '@signaalspoor/reference-data';
import type { CommandContext } from './codec';
import type { SignaalRepository } from './signaal.repository';
import { CommandFout } from './errors';
import { magZien } from './toegang';

/** A domain command without its time: the handler adds it. */
type ZonderTijd<C> = C extends unknown ? Omit<C, 'at'> : never;

/** What a command slice makes of its request: which domain command, on which signaal, by whom. */
export interface CommandRequest {
  signaalId: string;
  command: ZonderTijd<SignaalCommand>;
  /** what the answer's `id` names when the command made something other than the signaal (a doorsturing) */
  id?: string;
  /** the API's name of a domain field where the two differ (`dienstId` → `dienst`): refusals name the API's */
  velden?: Record<string, string>;
  /**
   * Tries of the append when concurrent writers changed the stream (default MAX_ATTEMPTS): more for a
   * command whose costly work is done before it and that many may send at once (an attachment)
   */
  pogingen?: number;
}

/** The answer of every command on a signaal. */
export interface CommandAntwoord {
  /** the signaal's id, or the new doorsturing's */
  id: string;
  /** the signaal's id where `id` is a doorsturing's */
  signaalId?: string;
  status: string;
  /** global log position of the write: a read that waits for it sees the change */
  positie: number;
  /** the stream revision after the command: the HTTP edge sends it as the ETag, not in the body */
  revisie: number;
}

/**
 * The one handler of every command on a signaal: stamps the time, authorizes (by the domain's
 * HANDELAARS: who sends which command), and has the repository load the stream, decide and append;
 * answers with the position and revision of the write. DienSignaalIn has no signaal to act for yet:
 * its slice checks the raad.
 */
export class SignaalCommandHandler {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
    private readonly now: () => Date = () => new Date(),
  ) {}

  handle(request: CommandRequest, context: CommandContext): Promise<CommandAntwoord> {
    const { signaalId, id, velden = {}, pogingen } = request;
    const command = { ...request.command, at: this.now().toISOString() } as SignaalCommand;
    const authorize = isActie(command.type)
      ? alleenVoor(command.type, context.actor, this.reference)
      : undefined;
    return measureCommand(command.type, async () => {
      try {
        const { state, position, revision } = await this.signalen.execute(
          signaalId,
          command,
          context,
          authorize,
          pogingen,
        );
        return {
          id: id ?? signaalId,
          ...(id !== undefined && { signaalId }),
          status: state.status,
          positie: position,
          revisie: revision,
        };
      } catch (error) {
        throw apiVeld(error, velden);
      }
    });
  }
}

/** A refusal that names a domain field the API calls otherwise, renamed to the API's field. */
function apiVeld(error: unknown, velden: Record<string, string>): unknown {
  if (!(error instanceof SignaalFout) || !error.field || !(error.field in velden)) return error;
  const veld = velden[error.field];
  return new SignaalFout(error.code, error.message.replaceAll(`'${error.field}'`, `'${veld}'`), veld);
}

/**
 * A command's authorization: refuses (GEEN_TOEGANG) an actor whose role does not send it, or who does
 * not act for this signaal in that role: its own raad, the wijkmanager of that raad, or a dienst it
 * was routed to. An unknown signaal (null) is left to the decider, which refuses it as unknown.
 */
export const alleenVoor =
  (actie: Actie, actor: Actor, reference: ReferenceData) =>
  (state: SignaalState | null): void => {
    if (state) eisHandelaar(actor, state, actie, reference);
  };

function eisHandelaar(actor: Actor, state: SignaalState, actie: Actie, reference: ReferenceData): void {
  // who acts for a signaal in a role is who may see it in that role (magZien): its raad, the
  // wijkmanager of that raad, a dienst it was routed to
  const kijker = { rol: actor.rol, sub: actor.id, raadId: actor.raadId, dienstId: actor.dienstId };
  const signaal = { raadId: state.raadId, dienstIds: state.doorsturingen.map((d) => d.dienstId) };
  if (!magSturen(actor.rol, actie) || !magZien(kijker, signaal, reference)) {
    throw new CommandFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
  }
}
