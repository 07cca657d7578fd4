export * from './stadsdiensten.module';
export { InboxProjection } from './inbox/inbox.projection';
