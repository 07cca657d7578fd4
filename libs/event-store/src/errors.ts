export type EventStoreErrorCode =
  'WRONG_EXPECTED_REVISION' | 'DUPLICATE_EVENT_ID' | 'EVENT_STORE_UNAVAILABLE';

export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    readonly kind: 'conflict' | 'unavailable',
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

export class WrongExpectedRevisionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: number | 'no-stream',
  ) {
    super(
      'WRONG_EXPECTED_REVISION',
      `Het signaal werd intussen gewijzigd (stream ${streamId}: verwacht ${expected}, werkelijk ${actual}). Probeer opnieuw.`,
      'conflict',
    );
  }
}
