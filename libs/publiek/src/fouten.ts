import { Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { toHttpError } from '@signaalspoor/http';
import type { Response } from 'express';

/**
 * A refusal on a public route, in that route's own format (`schrijf`): the status and message of
 * toHttpError, Retry-After when it has one, never kept by a cache (`no-store`), and logged when it is
 * the server's fault. Its subclasses are the page's (HTML) and Open311's (the spec's error list).
 */
export abstract class PubliekeFouten implements ExceptionFilter {
  private readonly logger: Logger;

  constructor(naam: string) {
    this.logger = new Logger(naam);
  }

  protected abstract schrijf(res: Response, status: number, message: string): void;

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body, retryAfter, intern } = toHttpError(error);
    if (intern || status >= 500) this.logger.error(error);
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    res.setHeader('Cache-Control', 'no-store');
    this.schrijf(res.status(status), status, body.message);
  }
}
