import type { Beantwoord, PakOp, StuurTerug } from '@signaalspoor/domain';
import { commandControllers } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';

type OpDoorsturing<C> = C extends unknown ? Omit<C, 'at' | 'dienstId'> : never;

/**
 * A dienst's command on a doorsturing: the dienst acting is the caller's own, and a refusal of it names
 * the doorsturing (the API has no dienst field here).
 */
export function dienstCommand(
  signaalId: string,
  context: CommandContext,
  command: OpDoorsturing<PakOp | Beantwoord | StuurTerug>,
): CommandRequest {
  return {
    signaalId,
    command: { ...command, dienstId: context.actor.dienstId ?? '' },
    velden: { dienstId: 'doorsturingId' },
  };
}

/**
 * The controller of a dienst's command slice: its mapping gets the signaal's and the doorsturing's id,
 * the body (where it takes one) and the CommandContext; its request goes to the one SignaalCommandHandler.
 */
export const dienstCommandController = commandControllers('stadsdiensten', SignaalCommandHandler);
