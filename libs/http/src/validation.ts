import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvoerFout, type FieldError } from './http-error';
import { inspecteer } from './json-body';

/** class-validator's one English message (unknown property), in the API's language. */
const BERICHTEN: Record<string, string> = { whitelistValidation: 'is geen bekend veld' };

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      message: BERICHTEN[name] ?? message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator on every DTO: unknown fields refused, values transformed to their types. Query
 * parameters first pass the same checks as the body (`inspecteer`: NUL, lone surrogates, prototype
 * keys), since class-transformer would silently drop a `__proto__` key.
 */
class Validatie extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') inspecteer(value);
    return super.transform(value, metadata);
  }
}

export const validationPipe = () =>
  new Validatie({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const first = details[0];
      return new InvoerFout(
        'ONGELDIGE_INVOER',
        first ? `${first.field}: ${first.message}` : 'Ongeldige invoer.',
        first?.field,
        details,
      );
    },
  });
