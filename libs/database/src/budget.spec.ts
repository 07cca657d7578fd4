import { CONNECTION_BUDGET, poolSizes } from './budget';

describe('poolSizes', () => {
  it.each([4, 5, 8, 12, 40, 97])('shares a budget of %i among the pools without exceeding it', (budget) => {
    const sizes = poolSizes(budget);
    expect(sizes.listen + sizes.personen + sizes.store + sizes.app).toBe(budget);
    expect(Math.min(sizes.personen, sizes.store, sizes.app)).toBeGreaterThanOrEqual(1);
  });

  it('gives the event store and the modules about half each', () => {
    expect(poolSizes(12)).toEqual({ listen: 1, personen: 1, store: 5, app: 5 });
  });

  it('refuses a budget too small for every pool', () => {
    expect(() => poolSizes(3)).toThrow('at least 4');
  });

  it('keeps the services together far from PostgreSQL default of 100 connections', () => {
    const { signaalspoor, ...services } = CONNECTION_BUDGET;
    expect(signaalspoor).toBeLessThanOrEqual(50);
    expect(Object.values(services).reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(50);
  });
});
