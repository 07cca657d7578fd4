import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvoerFout, type FieldError } from './http-error';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every DTO: unknown fields refused, values transformed to their types. */
export const validationPipe = () =>
  new ValidationPipe({
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
