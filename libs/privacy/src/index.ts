export * from './privacy.module';
export * from './privacy.errors';
export { PERSOON_VERGETEN, PRIVACY_STREAM_PREFIX } from './vergeet/vergeet.handler';
export * from './weergave/actor';
