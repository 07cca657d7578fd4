import { SCHEMA_VERSIONS } from './events';

/** Turns the data of one schema version into the data of the next. */
export type Upcaster = (data: unknown) => unknown;

/** Per event type, the upcaster from each version to the next: `{ SignaalIngediend: { 1: v1ToV2 } }`. */
export type UpcasterRegistry = Record<string, Record<number, Upcaster>>;

export interface Upcasted {
  data: unknown;
  schemaVersion: number;
}

export type Upcast = (type: string, schemaVersion: number, data: unknown) => Upcasted;

/**
 * Builds an upcast function that brings stored event data to the current schema version of its
 * type, one version at a time. Fails at once when a step to a current version is missing. Types
 * without a current version (not Signaal events) pass through unchanged.
 */
export function createUpcaster(
  registry: UpcasterRegistry,
  currentVersions: Record<string, number> = SCHEMA_VERSIONS,
): Upcast {
  for (const [type, current] of Object.entries(currentVersions)) {
    for (let version = 1; version < current; version++) {
      if (!registry[type]?.[version])
        throw new Error(`No upcaster for ${type} from schema version ${version}`);
    }
  }
  return (type, schemaVersion, data) => {
    const current = currentVersions[type];
    if (current === undefined) return { data, schemaVersion };
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
      throw new Error(`Unknown schema version ${schemaVersion} of ${type}; this code knows up to ${current}`);
    }
    let upcasted = data;
    for (let version = schemaVersion; version < current; version++)
      upcasted = registry[type][version](upcasted);
    return { data: upcasted, schemaVersion: current };
  };
}

/** No event type has changed its schema yet. */
export const upcast: Upcast = createUpcaster({});
