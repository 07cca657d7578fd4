import { Geheel } from './dto-decorators';

/** Paging of list queries: `limiet` items from `offset` on. */
export class PagingDto {
  @Geheel({ min: 1, max: 500, optional: true, default: 50 })
  limiet?: number;

  @Geheel({ min: 0, optional: true, default: 0 })
  offset?: number;
}
