export * from './sleutels';
export * from './zegel';
export * from './checkpoint';
export * from './verifier';
export * from './bewaakte-event-store';
export * from './privacy/persoons-sleutels';
export * from './open-logboek';
export * from './opgeslagen-events';
