import type { Actor } from '@signaalspoor/domain';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/**
 * Why, on whose behalf and under which conditions a command's events are written. The HTTP edge
 * reads it from the request as is (CommandVerzoek in libs/http).
 */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** id of the message (request, event) that caused this command */
  causationId: string;
  /**
   * The client's Idempotency-Key: every id the command creates (signaal, doorsturing, events) then
   * derives from the key and the whole actor, so a retry makes the same ids (see commandIds).
   */
  idempotencyKey?: string;
  /** If-Match: the stream revisions the caller has seen; the command is refused (412) on any other */
  ifMatch?: number[];
}

/** The namespace of every id derived from an Idempotency-Key (UUIDv5, RFC 9562). */
const NAMESPACE = '5b0c7f4e-3a9d-4f2e-9c61-0d8a2e7b1f35';

/** Makes the ids of one command: random without an Idempotency-Key, derived from it with one. */
export interface CommandIds {
  /** the id of a thing the command creates, by name ('signaal', 'doorsturing') */
  of(name: string): string;
  /** the id of the command's event at this index */
  event(index: number): string;
}

/**
 * Ids derived from (principal, key, name or index) with UUIDv5. The principal is the whole identity
 * (rol, id, raad, dienst): one person acting for two raden with one key makes two commands.
 */
export function commandIds(context: Pick<CommandContext, 'actor' | 'idempotencyKey'>): CommandIds {
  const key = context.idempotencyKey;
  if (key === undefined) return { of: () => randomUUID(), event: () => randomUUID() };
  const { rol, id, raadId, dienstId } = context.actor;
  const seed = uuidv5(JSON.stringify([rol, id, raadId ?? null, dienstId ?? null, key]), NAMESPACE);
  return { of: (name) => uuidv5(name, seed), event: (index) => uuidv5(`event:${index}`, seed) };
}
