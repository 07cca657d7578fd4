import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

/** Correlation of one HTTP request: its own id, and the correlation id of the conversation it belongs to. */
export interface RequestContext {
  requestId: string;
  correlationId: string;
}

const ID = /^[\w.:-]{1,100}$/;

/** Express middleware: takes a well-formed X-Correlation-Id or makes one, and echoes it back. */
export function requestContext(request: Request, response: Response, next: NextFunction): void {
  const header = request.headers['x-correlation-id'];
  const requestId = randomUUID();
  const correlationId = typeof header === 'string' && ID.test(header) ? header : requestId;
  (request as Request & { context: RequestContext }).context = { requestId, correlationId };
  response.setHeader('X-Correlation-Id', correlationId);
  response.setHeader('X-Request-Id', requestId);
  next();
}

export const Verzoek = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestContext =>
    ctx.switchToHttp().getRequest<{ context: RequestContext }>().context,
);
