import type { Type } from '@nestjs/common';

/** What a route controller is made of, besides its name and method. */
export interface RouteControllerDelen {
  /** the classes whose instances the controller gets, in order */
  inject: Type[];
  /** the route method's parameters, in order: each decorator with the type it validates or documents */
  parameters: [ParameterDecorator, Type][];
  route: MethodDecorator;
  controller: ClassDecorator;
}

const hoofdletter = (naam: string) => naam.charAt(0).toUpperCase() + naam.slice(1);

/**
 * A controller made at run time, as it would be written by hand: the class `<Naam>Controller` with the
 * one route method `naam` (its OpenAPI operation `<Naam>Controller_<naam>`), its parameters and
 * decorators, and `methode` as its body, called with the injected instances and the route's arguments.
 * Nest, OpenAPI and ZonderBodyInterceptor find the route's metadata by the method's name.
 */
export function routeController(
  naam: string,
  { inject, parameters, route, controller }: RouteControllerDelen,
  methode: (instances: unknown[], ...args: unknown[]) => unknown,
): Type {
  const gemaakt = class {
    readonly instances: unknown[];
    constructor(...instances: unknown[]) {
      this.instances = instances;
    }
  };
  Object.defineProperty(gemaakt, 'name', { value: `${hoofdletter(naam)}Controller` });
  Reflect.defineMetadata('design:paramtypes', inject, gemaakt);
  const { [naam]: value } = {
    [naam](this: InstanceType<typeof gemaakt>, ...args: unknown[]) {
      return methode(this.instances, ...args);
    },
  };
  Object.defineProperty(gemaakt.prototype, naam, { value, writable: true, configurable: true });
  // last first, as TypeScript applies them: the OpenAPI document lists the path parameters in that order
  for (const [index, [decorator]] of [...parameters.entries()].reverse())
    decorator(gemaakt.prototype, naam, index);
  const types = parameters.map(([, type]) => type);
  Reflect.defineMetadata('design:paramtypes', types, gemaakt.prototype, naam);
  route(gemaakt.prototype, naam, Object.getOwnPropertyDescriptor(gemaakt.prototype, naam)!);
  controller(gemaakt);
  return gemaakt;
}
