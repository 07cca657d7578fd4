import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Config } from '@signaalspoor/config';
import { jsonBody, requestContext, validationPipe, ZonderBodyInterceptor } from '@signaalspoor/http';
import { configureEdge } from './edge/edge';
import { serviceLogger } from './logging';
import { verrijkOpenApi } from './openapi';

/**
 * The HTTP edge every composition shares: timeouts, headers, per-client limits and load shedding
 * (edge/), /api prefix, JSON limits, validation, OpenAPI at /api/docs.
 */
export function configureHttp(app: INestApplication, title: string): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  configureEdge(app);
  app.use(requestContext);
  app.use('/api', jsonBody('64kb'));
  app.setGlobalPrefix('api');
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
