import type { ReadModels } from '../../../libs/audit/src/replay/replay';
import { termijnBeleid } from '../../../libs/config/src/config';
import { SignaalViewRepository } from '../../../libs/signaal-view/src/signalen/signaal-view.repository';
import { SignalenProjection } from '../../../libs/signaal-view/src/signalen/signalen.projection';

/**
 * Every read model: what `replay` rebuilds and compares with today's. That is the signaal view (the
 * inbox is a query of it; the stadsdiensten service's own copy is the same fold in another schema),
 * with the deadline policy of the environment (TERMIJN_*, FEESTDAGEN) as the app's, for its deadline order.
 */
export const READ_MODELS: ReadModels = {
  schemas: ['projectie'],
  create: (pool) => [new SignalenProjection(new SignaalViewRepository(pool, 'projectie', termijnBeleid()))],
};
