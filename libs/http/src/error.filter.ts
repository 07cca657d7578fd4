import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isCodedError, toHttpError } from './http-error';

const logger = new Logger('HTTP');

/**
 * Writes the error body for any error. The body carries what `toHttpError` allows; the log keeps
 * the detail (message and stack) of every 5xx. A 503 a module foresees and tells the client when to
 * retry (a read model that lags: LEESMODEL_ACHTER) is one warning line instead.
 */
export function sendError(response: Response, error: unknown): void {
  const { status, body, retryAfter, intern } = toHttpError(error);
  const voorzien = isCodedError(error) && error.retryAfter !== undefined && !intern;
  if (status >= 500 && voorzien) logger.warn(`${body.code}: ${body.message}`);
  else if (status >= 500 || intern) {
    logger.error(`${body.code}: ${(error as Error | undefined)?.stack ?? String(error)}`);
  }
  if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
  response.status(status).json(body);
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    sendError(response, error);
  }
}
