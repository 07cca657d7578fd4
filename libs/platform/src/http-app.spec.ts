import { Module, type LoggerService, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TOKEN_VERIFIER } from '@signaalspoor/auth';
import { CONFIG } from '@signaalspoor/config';
import { VOORAAN, type Vooraan } from '@signaalspoor/http';
import { testConfig } from '@signaalspoor/testing';
import request from 'supertest';
import { configureHttp } from './http-app';

const config = testConfig('postgres://postgres@127.0.0.1:5432/unused');
const basis = [
  { provide: CONFIG, useValue: config },
  { provide: TOKEN_VERIFIER, useValue: { verify: () => Promise.reject(new Error('geen token')) } },
];

@Module({ providers: basis })
class ZonderVooraan {}

const vooraan: Vooraan = {
  handler: (req, res, next) => (req.url === '/vooraan' ? void res.end('vooraan') : next()),
};
@Module({ providers: [...basis, { provide: VOORAAN, useValue: vooraan }] })
class MetVooraan {}

describe('configureHttp', () => {
  const errors: unknown[] = [];
  const logger: LoggerService = { log: () => undefined, warn: () => undefined, error: (m) => errors.push(m) };

  async function app(module: Type<unknown>) {
    const nest = await NestFactory.create(module, { logger, abortOnError: false, bodyParser: false });
    configureHttp(nest, 'test');
    await nest.init();
    return nest;
  }

  beforeEach(() => (errors.length = 0));

  it('given a composition without a handler at the front, starts without an error line', async () => {
    const nest = await app(ZonderVooraan);
    expect(errors).toEqual([]);
    await nest.close();
  });

  it("given a module's handler at the front, answers through it", async () => {
    const nest = await app(MetVooraan);
    await request(nest.getHttpServer()).get('/vooraan').expect(200, 'vooraan');
    expect(errors).toEqual([]);
    await nest.close();
  });
});
