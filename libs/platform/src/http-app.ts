import { ConsoleLogger, type DynamicModule, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { jsonBody, requestContext, validationPipe, ZonderBodyInterceptor } from '@signaalspoor/http';
import { verrijkOpenApi } from './openapi';

/**
 * Routes that carry their whole path themselves: the public pages for residents (`/publiek/...`),
 * Open311 GeoReport v2, whose clients expect `/open311/v2/...`, and the public JSON beside them
 * (`/api/publiek/...`, declared with its /api, since an exclusion matches the path without the
 * prefix and `publiek/{*pad}` would take it out of /api too). See libs/publiek.
 */
export const ZONDER_API_PREFIX = ['publiek', 'publiek/{*pad}', 'open311/{*pad}', 'api/publiek/{*pad}'];

/** The HTTP edge every composition shares: /api prefix, JSON limits, validation, OpenAPI at /api/docs. */
export function configureHttp(app: INestApplication, title: string): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  app.use(requestContext);
  app.use('/api', jsonBody('64kb'));
  app.setGlobalPrefix('api', { exclude: ZONDER_API_PREFIX });
  app.useGlobalPipes(validationPipe());
  app.useGlobalInterceptors(new ZonderBodyInterceptor());
  SwaggerModule.setup('api/docs', app, openApiDocument(app, title), { jsonDocumentUrl: 'api/openapi.json' });
}

/** The OpenAPI document of an app with the /api prefix: its decorators, completed by verrijkOpenApi. */
export function openApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(title)
      .setDescription('Signaalspoor: elk signaal van een dorps- of wijkraad, van raad naar dienst en terug.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  return verrijkOpenApi(document);
}

/** Log levels of a running service; the embedded PostgreSQL's own log is verbose and stays hidden. */
const SERVICE_LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log'];

/** Nest's own start-up lines (every module loaded, every route mapped): a healthy start is one line. */
const NEST_START_UP = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

class ServiceLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    if (NEST_START_UP.has(rest.at(-1) as string)) return;
    super.log(message, ...rest);
  }
}

/** Nest's console logger, with colours only on a terminal: a log file gets no ANSI codes. */
export function serviceLogger(logLevels: LogLevel[] = SERVICE_LOG_LEVELS): ConsoleLogger {
  return new ServiceLogger({ logLevels, colors: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
}

export async function createHttpApp(
  module: DynamicModule,
  title: string,
  logLevels: LogLevel[] = SERVICE_LOG_LEVELS,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bodyParser: false,
    abortOnError: false,
    logger: serviceLogger(logLevels),
  });
  configureHttp(app, title);
  return app;
}
