import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { sendError } from './error.filter';
import type { CodedError, ErrorKind } from './http-error';

class Fout extends Error implements CodedError {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const response = () =>
  ({ setHeader: jest.fn(), status: jest.fn().mockReturnThis(), json: jest.fn() }) as unknown as Response;

describe('sendError: what the log says', () => {
  let error: jest.SpyInstance;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('given a 503 a module foresees, with its own Retry-After: one warning line, no stack', () => {
    const res = response();
    sendError(res, new Fout('LEESMODEL_ACHTER', 'unavailable', 'Het leesmodel is nog niet bij.', 1));
    expect(res.setHeader).toHaveBeenCalledWith('Retry-After', '1');
    expect(warn).toHaveBeenCalledWith('LEESMODEL_ACHTER: Het leesmodel is nog niet bij.');
    expect(error).not.toHaveBeenCalled();
  });

  it('given a 503 without a foreseen retry (a tampered log): an error with the stack', () => {
    sendError(response(), new Fout('LOGBOEK_GESCHONDEN', 'unavailable', 'Het logboek is geschonden.'));
    expect(error.mock.calls[0][0]).toMatch(/^LOGBOEK_GESCHONDEN: Error: Het logboek is geschonden\.\n\s+at /);
    expect(warn).not.toHaveBeenCalled();
  });

  it('given a library failure: an error with the stack, whatever the status', () => {
    sendError(
      response(),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5'), { code: 'ECONNREFUSED' }),
    );
    expect(error.mock.calls[0][0]).toMatch(/ECONNREFUSED 127\.0\.0\.1:5/);
  });

  it('given a refusal (4xx): nothing logged', () => {
    sendError(response(), new Fout('ONGELDIG', 'invalid', 'Ongeldig.'));
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
