import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TOKEN_VERIFIER, type TokenVerifier } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import type { Server } from 'node:http';
import { capConnectionsPerAddress } from './connections';
import { compress, securityHeaders } from './headers';
import { clientLimits } from './limits';
import { operatorOnly } from './operator-only';
import { loadShedder } from './shedding';
import { applyServerTimeouts } from './timeouts';

/**
 * Trust at the edge, in front of every route of a composition (docs/operations.md, Limits): the
 * server's timeouts, security headers and compression, the per-client limits (429), load shedding
 * (503) and, in production, the operator-only metrics and docs.
 */
export function configureEdge(app: INestApplication): void {
  const config = app.get<Config>(CONFIG, { strict: false });
  const verify = app.get<TokenVerifier>(TOKEN_VERIFIER, { strict: false });
  const server = app.getHttpServer() as Server;
  applyServerTimeouts(server, config.limits);
  (app as NestExpressApplication).set('trust proxy', config.limits.trustProxy);
  if (config.limits.trustProxy === 0) capConnectionsPerAddress(server, config.limits.connectionsPerAddress);
  const shedder = loadShedder(config.limits);
  server.once('close', () => shedder.stop());
  app.use(securityHeaders(config.nodeEnv === 'production'));
  app.use(compress());
  app.use(...clientLimits(config.limits, verify));
  app.use(shedder.middleware);
  if (config.nodeEnv === 'production') app.use(operatorOnly(verify));
}
