// Given/when/then for a decider, in the style of Emmett's DeciderSpecification: given the events so
// far, when a command is decided, then these events (or a refusal, or nothing). Pure TypeScript; only
// the then-methods assert, with jest's global `expect`.

export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface Given<Command, Event, State> {
  /** the state the history folds to */
  readonly state: State;
  when(command: Command): Then<Command, Event, State>;
}

export interface Then<Command, Event, State> {
  /** Expects exactly these events (strictly: no undefined keys); returns the scenario after them, to go on. */
  then(first: Event, ...rest: Event[]): Given<Command, Event, State>;
  /** Expects the command to be decided without events (a no-op, no refusal). */
  thenNothingHappened(): Given<Command, Event, State>;
  /** Expects decide to throw; `check` asserts on what it threw (with `expect`). */
  thenThrows(check?: (error: unknown) => void): void;
}

export const DeciderSpecification = {
  /** `given(...events)` for the decider: a history, one event per argument (none: the initial state). */
  for<Command, Event, State>(decider: Decider<Command, Event, State>) {
    const { decide, evolve, initialState } = decider;
    const given = (...history: Event[]): Given<Command, Event, State> => {
      const state = history.reduce(evolve, initialState());
      return {
        state,
        when: (command) => {
          const decided = () => decide(command, state);
          // decide is pure: the state after its events is what the whole history folds to
          const after = (events: Event[]) => {
            const next = given(...history, ...events);
            expect(events.reduce(evolve, state)).toEqual(next.state);
            return next;
          };
          return {
            then(...expected) {
              const events = decided();
              expect(events).toStrictEqual(expected);
              return after(events);
            },
            thenNothingHappened() {
              const events = decided();
              expect(events).toStrictEqual([]);
              return after(events);
            },
            thenThrows(check) {
              let thrown: { error: unknown } | undefined;
              try {
                decided();
              } catch (error) {
                thrown = { error };
              }
              if (!thrown) throw new Error(`decide did not throw for ${JSON.stringify(command)}`);
              check?.(thrown.error);
            },
          };
        },
      };
    };
    return given;
  },
};
