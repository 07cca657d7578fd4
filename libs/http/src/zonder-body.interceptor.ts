import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Observable } from 'rxjs';
import { InvoerFout } from './http-error';

/** Whether a route handler has a @Body() parameter, from the metadata Nest keeps for its arguments. */
export function takesBody(controller: object, handler: string | symbol): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    unknown
  >;
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
}

/**
 * Routes without a @Body() (afsluiten, oppakken, every GET) refuse a request that has one, so no
 * client believes that what it sent was read. New routes are covered without being listed.
 */
@Injectable()
export class ZonderBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const { body } = context.switchToHttp().getRequest<{ body?: unknown }>();
    if (body !== undefined && !takesBody(context.getClass(), context.getHandler().name)) {
      throw new InvoerFout(
        'GEEN_BODY_VERWACHT',
        'Deze actie neemt geen body: stuur het verzoek zonder body.',
        'body',
      );
    }
    return next.handle();
  }
}
