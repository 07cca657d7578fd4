import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { counter, histogram } from '@signaalspoor/metrics';

const commands = counter('signaalspoor_commands_total', 'Commands handled, per type and outcome', [
  'type',
  'outcome',
]);
const duration = histogram('signaalspoor_command_duration_seconds', 'Time to handle a command', [
  'type',
  'outcome',
]);

/** `ok`, or the error's code (e.g. SIGNAAL_AFGESLOTEN), or its name. */
function outcomeOf(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'error';
}

/**
 * Counts and times every command the composition's CommandBus executes, per command class and
 * outcome. @nestjs/cqrs has no middleware, so this wraps `execute` once; compositions without CQRS
 * (the relay) have no commands to count.
 */
@Injectable()
export class CommandMetrics implements OnApplicationBootstrap {
  constructor(private readonly modules: ModuleRef) {}

  onApplicationBootstrap(): void {
    let bus: CommandBus;
    try {
      bus = this.modules.get(CommandBus, { strict: false });
    } catch {
      return;
    }
    const execute = bus.execute.bind(bus);
    bus.execute = (async (command: ICommand) => {
      const type = command.constructor.name;
      const end = duration.startTimer({ type });
      try {
        const result = await execute(command);
        commands.inc({ type, outcome: 'ok' });
        end({ outcome: 'ok' });
        return result;
      } catch (error) {
        const outcome = outcomeOf(error);
        commands.inc({ type, outcome });
        end({ outcome });
        throw error;
      }
    }) as CommandBus['execute'];
  }
}
