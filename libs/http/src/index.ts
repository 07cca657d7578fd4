export * from './dto-decorators';
export * from './error.filter';
export * from './http-error';
export * from './idempotency';
export * from './validation';
export * from './request-context';
export * from './uuid.pipe';
export * from './paging.dto';
