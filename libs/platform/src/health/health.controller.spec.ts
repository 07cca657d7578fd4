import { Global, Module, type LoggerService } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { EVENT_STORE } from '@signaalspoor/event-store';
import type { Response } from 'express';
import { HealthController, TERMINUS_OPTIONS } from './health.controller';
import { Liveness } from './liveness';

describe('HealthController', () => {
  it('logs a readiness probe that fails as one line per change of state, without a JSON blob', async () => {
    const lines: string[] = [];
    const logger: LoggerService = {
      log: (message: unknown) => lines.push(`log ${String(message)}`),
      warn: (message: unknown) => lines.push(`warn ${String(message)}`),
      error: (message: unknown) => lines.push(`error ${String(message)}`),
    };
    let kafkaOk = true;
    @Global()
    @Module({
      providers: [
        Readiness,
        Liveness,
        { provide: PG_POOL, useValue: { query: async () => ({ rows: [] }) } },
        { provide: EVENT_STORE, useValue: { headPosition: async () => 7 } },
      ],
      exports: [Readiness, Liveness, PG_POOL, EVENT_STORE],
    })
    class Stubs {}
    const module = await Test.createTestingModule({
      imports: [Stubs, TerminusModule.forRoot(TERMINUS_OPTIONS)],
      controllers: [HealthController],
    })
      .setLogger(logger)
      .compile();
    module.get(Readiness).register('kafka projecties', async () => ({
      ok: kafkaOk,
      details: {
        state: kafkaOk ? 'joined' : 'connecting',
        lastError: 'KafkaJSConnectionError\n    at stack',
      },
    }));
    const controller = module.get(HealthController);
    lines.splice(0); // Nest's own lines while compiling
    const response = { status: () => response, setHeader: () => response } as unknown as Response;

    await controller.ready(response);
    kafkaOk = false;
    for (let i = 0; i < 5; i++) await controller.ready(response);
    kafkaOk = true;
    await controller.ready(response);

    expect(lines).toEqual(['warn readiness: niet in orde: kafka projecties', 'log readiness: weer in orde']);
  });
});
