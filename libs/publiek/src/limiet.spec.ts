import express from 'express';
import request from 'supertest';
import { publiekLimiet } from './limiet';

describe('the per-address limit on the public routes', () => {
  it('answers 429 with Retry-After once an address sent more than its requests per minute', async () => {
    const app = express();
    app.use(publiekLimiet(2));
    app.get('/publiek', (_req, res) => {
      res.send('ok');
    });
    await request(app).get('/publiek').expect(200);
    await request(app).get('/publiek').expect(200);
    const te = await request(app).get('/publiek').expect(429);
    expect(Number(te.headers['retry-after'])).toBeGreaterThan(0);
    expect(te.headers['cache-control']).toBe('no-store');
    expect(te.body).toMatchObject({
      statusCode: 429,
      code: 'TE_VEEL_VERZOEKEN',
      message: expect.any(String),
    });
  });
});
