// The test entry of libs/domain: the Signaal decider's given/when/then. Never imported by production
// code (eslint enforces it).
import { decide } from './decide';
import { SignaalFout, type SignaalFoutCode } from './errors';
import type { OnleesbaarEvent, SignaalEvent } from './events';
import { evolve, fold } from './evolve';
import type { SignaalState } from './state';
import { DeciderSpecification } from './testing/decider-specification';

export { AT, BELEID, dienSignaalIn, HISTORIES, SIGNAAL } from './fixtures';

/** A history of the signaal: given(ingediend(), doorgestuurd()).when(command).then(...) */
export const given = DeciderSpecification.for({ decide, evolve, initialState: () => null });

/** For thenThrows: a SignaalFout with this code (and field), and a message. */
export const refused = (code: SignaalFoutCode, field?: string) => (refusal: unknown) => {
  expect(refusal).toBeInstanceOf(SignaalFout);
  expect(refusal).toMatchObject({ code, field });
  expect((refusal as SignaalFout).message).toMatch(/\S/);
};

/** The signaal's state after these events (the domain's fold); fails the test when they make no signaal. */
export function staatNa(...events: (SignaalEvent | OnleesbaarEvent)[]): SignaalState {
  const state = fold(events);
  if (!state) throw new Error('no signaal');
  return state;
}
