import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod, type LoggerService } from '@nestjs/common';
import type { AuthenticatedRequest } from '@signaalspoor/auth';
import type { LogLevel } from '@signaalspoor/config';
import { Logger as NestPinoLogger, PinoLogger, type Params } from 'nestjs-pino';
import { pino, type DestinationStream, type LevelWithSilent, type Logger as Pino } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';

/**
 * The process's logs: one JSON object a line on stdout (pino), with the time in UTC (ISO 8601) and
 * the level by name. A value cannot break its line: pino escapes CR, LF and every control character
 * inside the JSON string, so text a client sent can never forge a line of its own.
 */
export function jsonLogger(level: LogLevel, destination?: DestinationStream): Pino {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let processRoot: Pino | undefined;

/**
 * The one pino logger of this process (nestjs-pino keeps its first one for logs outside a request):
 * made on first use, at the level of the latest configuration.
 */
export function processLogger(level: LogLevel): Pino {
  processRoot ??= jsonLogger(level);
  processRoot.level = level;
  return processRoot;
}

/** Probes and scrapes, every few seconds: their access lines only at debug. */
const ROUTINE = /^\/api\/(health|metrics)(\/|$)/;

/**
 * The level of a request's access line: probes and scrapes at debug, and so a probe's 503, which is
 * its answer ("not ready"), not a fault: ProbeLog writes one line when the checks change, instead of
 * an error line per probe. Any other 5xx or error at error, the rest at info.
 */
export function accessLogLevel(req: IncomingMessage, res: ServerResponse, error?: unknown): LevelWithSilent {
  const routine = ROUTINE.test(routeOf(req));
  if (routine && res.statusCode === 503) return 'debug';
  if (error || res.statusCode >= 500) return 'error';
  return routine ? 'debug' : 'info';
}

/** Where a request went: the route's pattern once one matched (never the query string), else the path. */
function routeOf(req: IncomingMessage): string {
  const express = req as IncomingMessage & {
    route?: { path?: string };
    baseUrl?: string;
    originalUrl?: string;
  };
  if (typeof express.route?.path === 'string') return `${express.baseUrl ?? ''}${express.route.path}`;
  return (express.originalUrl ?? req.url ?? '').split('?')[0];
}

/**
 * The access log line of one request: method, route, status, time and the actor's role. Never a
 * header, so never a token or a cookie; never the query string, where a search term may name a person.
 */
export function accessLogFields(
  req: IncomingMessage,
  res: ServerResponse,
  ms: number,
): Record<string, unknown> {
  return {
    method: req.method,
    route: routeOf(req),
    status: res.statusCode,
    ms,
    rol: (req as unknown as Partial<AuthenticatedRequest>).gebruiker?.rol,
  };
}

/**
 * nestjs-pino's parameters: the process's logger (or one on `destination`, for tests), and pino-http
 * writing one access line per request.
 */
export function loggingParams(level: LogLevel, destination?: DestinationStream): Params {
  const pinoHttp: PinoHttpOptions = {
    logger: destination ? jsonLogger(level, destination) : processLogger(level),
    // the id requestContext (libs/http) gave the request and answered in X-Request-Id
    genReqId: (req) =>
      (req as IncomingMessage & { context?: { requestId: string } }).context?.requestId ?? '',
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: accessLogLevel,
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value: { responseTime: number }) =>
      accessLogFields(req, res, value.responseTime),
    customErrorObject: (req, res, error, value: { responseTime: number }) => ({
      ...accessLogFields(req, res, value.responseTime),
      err: { type: error.name, message: error.message },
    }),
  };
  // every route (Nest 11's spelling of "all", without a warning about the old `*`)
  return { pinoHttp, renameContext: 'context', forRoutes: [{ path: '*path', method: RequestMethod.ALL }] };
}

/**
 * Nest's own start-up lines (each module loaded, each route mapped, "successfully started"): at
 * debug, so a healthy start at the default level is a handful of lines.
 */
const NEST_START_UP = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

class ServiceLogger extends NestPinoLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    if (NEST_START_UP.has(rest.at(-1) as string)) return super.debug(message, ...rest);
    super.log(message, ...rest);
  }
}

/**
 * The Nest logger of a service: every Logger of every module writes through it as JSON lines. (The
 * first one made in a process decides where lines go outside a request: nestjs-pino keeps it.)
 */
export function serviceLogger(level: LogLevel, destination?: DestinationStream): LoggerService {
  const params = loggingParams(level, destination);
  return new ServiceLogger(new PinoLogger(params), params);
}
