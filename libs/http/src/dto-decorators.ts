import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** control characters no text may hold: C0 except tab, LF and CR; DEL; C1 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STUURTEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** what a one-line field (titel, locatie, a name) may not hold either: line and paragraph breaks, tab */
const REGELEINDES = /[\t\n\r\u2028\u2029]/;

/**
 * A required or optional text field: trimmed, not blank, at most `max` characters, no control
 * characters; `eenRegel` also refuses tabs and line breaks (fields that end up in one line of a log,
 * a mail subject or a CSV row). Dutch messages.
 */
export function Tekst(options: {
  max: number;
  optional?: boolean;
  eenRegel?: boolean;
  description?: string;
  example?: string;
}) {
  const doc = {
    type: String,
    maxLength: options.max,
    description: options.description,
    example: options.example,
  };
  return applyDecorators(
    trim,
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsString({ message: 'moet tekst zijn' }),
    IsNotEmpty({ message: 'mag niet leeg zijn' }),
    MaxLength(options.max, { message: `mag hoogstens ${options.max} tekens lang zijn` }),
    ValidateBy({
      name: 'geenStuurtekens',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          !(STUURTEKENS.test(value) || (options.eenRegel === true && REGELEINDES.test(value))),
        defaultMessage: () =>
          options.eenRegel
            ? 'mag geen regeleinden, tabs of stuurtekens bevatten'
            : 'mag geen stuurtekens bevatten',
      },
    }),
  );
}

/** One of a fixed list of values. */
export function Keuze(values: readonly string[], options: { optional?: boolean; description?: string } = {}) {
  const doc = { enum: [...values], description: options.description };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsIn(values, { message: `moet een van ${values.join(', ')} zijn` }),
  );
}

/** An id of reference data (raad, dienst, thema): checked against the data by the handler. */
export function Id(options: { optional?: boolean; description?: string; example?: string } = {}) {
  const doc = { type: String, description: options.description, example: options.example };
  return applyDecorators(
    trim,
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsString({ message: 'moet tekst zijn' }),
    Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'is geen geldig id' }),
  );
}

export function JaNee(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: Boolean, description: options.description };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsBoolean({ message: 'moet true of false zijn' }),
  );
}

export function Datum(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: String, format: 'date', description: options.description, example: '2026-12-31' };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een datum JJJJ-MM-DD zijn' }),
    IsISO8601({ strict: true }, { message: 'moet een bestaande datum zijn' }),
  );
}

/**
 * A JSON number (never a numeric string) within [min, max]: `"50.9"` is refused, not stored as text.
 */
export function Getal(options: { min: number; max: number; optional?: boolean; example?: number }) {
  const doc = { type: Number, minimum: options.min, maximum: options.max, example: options.example };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'moet een getal zijn' }),
    Min(options.min, { message: `moet minstens ${options.min} zijn` }),
    Max(options.max, { message: `mag hoogstens ${options.max} zijn` }),
  );
}

/**
 * A whole number in a query string: digits with an optional minus, within [min, max] and never beyond what a
 * JavaScript number holds exactly, so `1e20`, `2^63` or twenty nines are a 400 naming the parameter
 * instead of an error of the database.
 */
export function Geheel(options: {
  min: number;
  max?: number;
  optional?: boolean;
  default?: number;
  description?: string;
}) {
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const doc = {
    type: 'integer' as const,
    minimum: options.min,
    maximum: max,
    default: options.default,
    description: options.description,
  };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value)),
    IsInt({ message: 'moet een geheel getal zijn' }),
    Min(options.min, {
      message: options.min === 0 ? 'mag niet negatief zijn' : `moet minstens ${options.min} zijn`,
    }),
    Max(max, { message: `mag hoogstens ${max} zijn` }),
  );
}

/** A nested object of type `type`: an array, a string or a number in its place is refused. */
export function Genest(
  type: () => new () => object,
  options: { optional?: boolean; description?: string } = {},
) {
  // a lazy type for Swagger is recognised by its name `type`, which the property key gives it
  const doc = { type: () => type(), description: options.description };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsObject({ message: 'moet een object zijn' }),
    ValidateNested(),
    Type(type),
  );
}
