import { applyDecorators, Body, Controller, Param, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandRoute, CommandVerzoek } from './command';
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

const hoofdletter = (naam: string) => naam.charAt(0).toUpperCase() + naam.slice(1);

/**
 * The controllers of a lib's command slices, each made from its slice's pure mapping and `CommandPad`:
 * the route calls the mapping with the path's UUIDs in their order, the body (where the slice takes
 * one), the CommandVerzoek and then the instances of `inject`, and hands the request it returns, with
 * the CommandVerzoek, to `handler`. The route method takes the mapping's name and the controller that
 * name with `Controller`, so an action keeps one name into its OpenAPI operation (`StuurDoorController_stuurDoor`).
 */
export function commandControllers<R>(tag: string, handler: Type<CommandHandler<R>>, ...inject: Type[]) {
  return <A extends unknown[]>(mapping: (...args: A) => R, { pad, body, route }: CommandPad) => {
    const naam = mapping.name;
    const params = [...pad.matchAll(/:(\w+)/g)].map(([, param]) => param!);
    const slice = class {
      readonly extra: unknown[];
      constructor(
        readonly commands: CommandHandler<R>,
        ...extra: unknown[]
      ) {
        this.extra = extra;
      }
    };
    Object.defineProperty(slice, 'name', { value: `${hoofdletter(naam)}Controller` });
    Reflect.defineMetadata('design:paramtypes', [handler, ...inject], slice);
    // a named function: Nest and ZonderBodyInterceptor find the route's metadata by the handler's name
    const { [naam]: methode } = {
      [naam](this: InstanceType<typeof slice>, ...args: unknown[]) {
        const verzoek = args.at(-1) as CommandVerzoek;
        return this.commands.handle(mapping(...([...args, ...this.extra] as A)), verzoek);
      },
    };
    Object.defineProperty(slice.prototype, naam, { value: methode, writable: true, configurable: true });
    const parameters: [ParameterDecorator, Type][] = [
      ...params.map((param): [ParameterDecorator, Type] => [Param(param, UuidPipe), String]),
      ...(body ? [[Body(), body] as [ParameterDecorator, Type]] : []),
      [CommandVerzoek(), Object],
    ];
    // last first, as TypeScript applies them: the OpenAPI document lists the path parameters in that order
    for (const [index, [decorator]] of [...parameters.entries()].reverse())
      decorator(slice.prototype, naam, index);
    const types = parameters.map(([, type]) => type);
    Reflect.defineMetadata('design:paramtypes', types, slice.prototype, naam);
    CommandRoute(...route)(slice.prototype, naam, Object.getOwnPropertyDescriptor(slice.prototype, naam)!);
    applyDecorators(ApiTags(tag), Controller(pad))(slice);
    return slice;
  };
}
