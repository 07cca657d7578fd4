import type { DynamicModule, INestApplication } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Config } from '@signaalspoor/config';
import {
  jsonBody,
  requestContext,
  validationPipe,
  VOORAAN,
  ZonderBodyInterceptor,
  type Vooraan,
} from '@signaalspoor/http';
import { configureEdge } from './edge/edge';
import { serviceLogger } from './logging';
import { verrijkOpenApi } from './openapi';

/**
 * Routes that carry their whole path themselves: the public pages for residents (`/publiek/...`),
 * Open311 GeoReport v2, whose clients expect `/open311/v2/...`, and the public JSON beside them
 * (`/api/publiek/...`, declared with its /api, since an exclusion matches the path without the
 * prefix and `publiek/{*pad}` would take it out of /api too). See libs/publiek.
 */
export const ZONDER_API_PREFIX = ['publiek', 'publiek/{*pad}', 'open311/{*pad}', 'api/publiek/{*pad}'];

/**
 * The HTTP edge every composition shares: timeouts, headers, per-client limits and load shedding
 * (edge/), then a feature's handler at the front (VOORAAN, when the composition has one), /api prefix,
 * JSON limits, validation, OpenAPI at /api/docs (built when first asked for).
 */
export function configureHttp(app: INestApplication, title: string): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  configureEdge(app);
  app.use(requestContext);
  const vooraan = vooraanVan(app);
  if (vooraan) app.use(vooraan.handler);
  app.use('/api', jsonBody('64kb'));
  app.setGlobalPrefix('api', { exclude: ZONDER_API_PREFIX });
  app.useGlobalPipes(validationPipe());
  app.useGlobalInterceptors(new ZonderBodyInterceptor());
  // built on the first request for it, not at every start (it took 0.4–0.6 s of a start on a busy machine)
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app, title), {
    jsonDocumentUrl: 'api/openapi.json',
  });
}

/** The composition's handler at the front, if one of its modules provides VOORAAN. */
function vooraanVan(app: INestApplication): Vooraan | undefined {
  // through ModuleRef: the app's own get() logs a miss at error level before it throws
  const modules = app.get(ModuleRef);
  try {
    return modules.get<Vooraan>(VOORAAN, { strict: false });
  } catch {
    return undefined; // Nest's way of saying that no module provides it
  }
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

/**
 * The Nest app of a composition with the shared HTTP edge. Every log line, Nest's own included, is
 * one JSON object at the configured level (LOG_LEVEL); the access log comes from the composition's
 * PlatformModule (nestjs-pino's middleware).
 */
export async function createHttpApp(
  module: DynamicModule,
  title: string,
  config: Pick<Config, 'logLevel'>,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bodyParser: false,
    abortOnError: false,
    logger: serviceLogger(config.logLevel),
  });
  configureHttp(app, title);
  return app;
}
