import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ReplayedResponse, toHttpError } from './http-error';

const RETRY_AFTER_SECONDS = '2';

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof ReplayedResponse) {
      response.status(error.status).json(error.body);
      return;
    }
    const { status, body } = toHttpError(error);
    if (status >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    // every 503 is temporary (a lost or locked database, a store that is away): tell clients when to retry
    if (status === 503) response.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    response.status(status).json(body);
  }
}
