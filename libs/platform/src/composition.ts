import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Config } from '@signaalspoor/config';
import type { Composition } from '@signaalspoor/database';
import { PlatformModule } from './platform.module';

/** What a composition runs besides the platform: feature modules, some of them configured. */
export type Features = (config: Config) => NonNullable<DynamicModule['imports']>;

/** A composition's root module: `forRoot(config)` gives what runService and the tests start. */
export interface ComposedModule extends Type {
  forRoot(config: Config): DynamicModule;
}

/**
 * One composition of the same modules (the all-in-one app or a service): the command and event
 * buses, the shared platform with the composition's connection budget, and its feature modules.
 */
export function composition(name: Composition, features: Features): ComposedModule {
  @Module({})
  class Composed {
    static forRoot(config: Config): DynamicModule {
      return {
        module: Composed,
        imports: [CqrsModule.forRoot(), PlatformModule.forRoot(config, name), ...features(config)],
      };
    }
  }
  // Nest names the module in its logs and errors
  Object.defineProperty(Composed, 'name', { value: `composition ${name}` });
  return Composed;
}
