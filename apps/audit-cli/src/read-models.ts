import type { ReadModels } from '../../../libs/audit/src/replay/replay';
import { SignaalViewRepository } from '../../../libs/signaal-view/src/signalen/signaal-view.repository';
import { SignalenProjection } from '../../../libs/signaal-view/src/signalen/signalen.projection';
import { InboxProjection } from '../../../libs/stadsdiensten/src/inbox/inbox.projection';

/** Every read model as the services build them: what `replay` rebuilds and compares with today's. */
export const READ_MODELS: ReadModels = {
  schemas: ['projectie', 'stadsdiensten'],
  create: (pool) => [new SignalenProjection(new SignaalViewRepository(pool)), new InboxProjection()],
};
