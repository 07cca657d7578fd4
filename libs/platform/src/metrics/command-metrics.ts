import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { measureCommand } from '@signaalspoor/metrics';

/**
 * Counts and times every command the composition's CommandBus executes (the beheer and privacy
 * commands; the signaal commands are measured by their one handler), per command class and outcome.
 * @nestjs/cqrs has no middleware, so this wraps `execute` once; compositions without CQRS
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
    bus.execute = ((command: ICommand) =>
      measureCommand(command.constructor.name, () => execute(command))) as CommandBus['execute'];
  }
}
