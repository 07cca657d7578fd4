import { Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Gebruiker } from '@signaalspoor/auth';
import type { SignaalCommand } from '@signaalspoor/domain';
import type { RequestContext } from '@signaalspoor/http';
import { SignaalCommands, type CommandAntwoord } from './signaal-commands';
import type { Handelaar } from './toegang';

/** A command of a user on an existing signaal, as it travels over the CQRS command bus. */
export abstract class SignaalActie<Body = unknown> {
  constructor(
    readonly signaalId: string,
    readonly body: Body,
    readonly gebruiker: Gebruiker,
    readonly verzoek: RequestContext,
  ) {}
}

/** A command of a dienst on one doorsturing of a signaal. */
export abstract class DoorsturingActie<Body = unknown> extends SignaalActie<Body> {
  constructor(
    signaalId: string,
    readonly doorsturingId: string,
    body: Body,
    gebruiker: Gebruiker,
    verzoek: RequestContext,
  ) {
    super(signaalId, body, gebruiker, verzoek);
  }

  /** the acting dienst; the decider refuses when it is not the doorsturing's */
  get dienstId(): string {
    return this.gebruiker.dienstId ?? '';
  }
}

/** A slice's handler: who may act, and how the request becomes a domain command. (@Injectable so subclasses inherit the constructor's injection metadata.) */
@Injectable()
export abstract class SignaalActieHandler<A extends SignaalActie> implements ICommandHandler<
  SignaalActie,
  CommandAntwoord
> {
  protected abstract readonly handelaar: Handelaar;
  protected abstract toCommand(actie: A, at: string): SignaalCommand;

  constructor(protected readonly commands: SignaalCommands) {}

  async execute(actie: SignaalActie): Promise<CommandAntwoord> {
    return this.run(actie as A);
  }

  private async run(actie: A): Promise<CommandAntwoord> {
    const command = this.toCommand(actie, new Date().toISOString());
    const result = await this.commands.uitvoeren(
      actie.signaalId,
      command,
      actie.gebruiker,
      this.handelaar,
      actie.verzoek,
    );
    return this.commands.antwoord(actie.signaalId, result);
  }
}
