import { DeciderSpecification } from './decider-specification';

// A counter that can be raised up to 2, and reset only when above 0.
type Command = { type: 'Verhoog' } | { type: 'Zet0' };
type Event = { type: 'Verhoogd' } | { type: 'OpNulGezet' };
const given = DeciderSpecification.for<Command, Event, number>({
  decide: (command, state) => {
    if (command.type === 'Verhoog') {
      if (state >= 2) throw new RangeError('maximum bereikt');
      return [{ type: 'Verhoogd' }];
    }
    return state === 0 ? [] : [{ type: 'OpNulGezet' }];
  },
  evolve: (state, event) => (event.type === 'Verhoogd' ? state + 1 : 0),
  initialState: () => 0,
});
const verhoog: Command = { type: 'Verhoog' };
const verhoogd: Event = { type: 'Verhoogd' };

describe('DeciderSpecification', () => {
  it('folds the history into the state, and goes on after then()', () => {
    expect(given().state).toBe(0);
    const after = given(verhoogd).when(verhoog).then(verhoogd);
    expect(after.state).toBe(2);
    after.when(verhoog).thenThrows((error) => expect(error).toBeInstanceOf(RangeError));
  });

  it('then() fails on other events, and on a refusal', () => {
    expect(() => given().when({ type: 'Zet0' }).then(verhoogd)).toThrow();
    expect(() => given().when(verhoog).then({ type: 'OpNulGezet' })).toThrow();
    expect(() => given(verhoogd, verhoogd).when(verhoog).then(verhoogd)).toThrow('maximum bereikt');
  });

  it('thenNothingHappened() fails when there are events', () => {
    given().when({ type: 'Zet0' }).thenNothingHappened();
    expect(() => given(verhoogd).when({ type: 'Zet0' }).thenNothingHappened()).toThrow();
  });

  it('thenThrows() fails when nothing is thrown, and when the check fails', () => {
    expect(() => given().when(verhoog).thenThrows()).toThrow(/did not throw/);
    expect(() =>
      given(verhoogd, verhoogd)
        .when(verhoog)
        .thenThrows((error) => expect(error).toBeInstanceOf(TypeError)),
    ).toThrow();
  });
});
