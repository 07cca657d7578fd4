import { applyDecorators, Body, Controller, Param, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandRoute, CommandVerzoek } from './command';
import { routeController } from './route-controller';
import { UuidPipe } from './uuid.pipe';

/** The one handler the command slices hand their request to (SignaalCommandHandler, libs/signaal-store). */
export interface CommandHandler<R> {
  handle(request: R, verzoek: CommandVerzoek): Promise<object>;
}

/** Where and how a command slice is served: what differs between the controllers of a lib's slices. */
export interface CommandPad {
  /** the controller's path; each `:param` in it is a UUID (UuidPipe) */
  pad: string;
  /** the DTO of the body, for a command that takes one */
  body?: Type;
  route: Parameters<typeof CommandRoute>;
}

/**
 * The controllers of a lib's command slices, each made from its slice's pure mapping and `CommandPad`:
 * the route calls the mapping with the path's UUIDs in their order, the body (where the slice takes
 * one), the CommandVerzoek and then the instances of `inject`, and hands the request it returns, with
 * the CommandVerzoek, to `handler`. The route method takes the mapping's name and the controller that
 * name with `Controller`, so an action keeps one name into its OpenAPI operation (`StuurDoorController_stuurDoor`).
 */
export function commandControllers<R>(tag: string, handler: Type<CommandHandler<R>>, ...inject: Type[]) {
  return <A extends unknown[]>(mapping: (...args: A) => R, { pad, body, route }: CommandPad) => {
    const ids = [...pad.matchAll(/:(\w+)/g)].map(([, param]) => param!);
    const parameters: [ParameterDecorator, Type][] = [
      ...ids.map((param): [ParameterDecorator, Type] => [Param(param, UuidPipe), String]),
      ...(body ? [[Body(), body] as [ParameterDecorator, Type]] : []),
      [CommandVerzoek(), Object],
    ];
    const delen = {
      inject: [handler, ...inject],
      parameters,
      route: CommandRoute(...route),
      controller: applyDecorators(ApiTags(tag), Controller(pad)),
    };
    return routeController(mapping.name, delen, ([commands, ...extra], ...args) =>
      (commands as CommandHandler<R>).handle(
        mapping(...([...args, ...extra] as A)),
        args.at(-1) as CommandVerzoek,
      ),
    );
  };
}
