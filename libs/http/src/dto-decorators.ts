import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A required or optional text field: trimmed, not blank, at most `max` characters; Dutch messages. */
export function Tekst(options: { max: number; optional?: boolean; description?: string; example?: string }) {
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

export function JaNee(options: { description?: string } = {}) {
  return applyDecorators(
    ApiProperty({ type: Boolean, description: options.description }),
    IsBoolean({ message: 'moet true of false zijn' }),
  );
}

export function Datum(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: String, format: 'date', description: options.description, example: '2026-12-31' };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een datum JJJJ-MM-DD zijn' }),
  );
}
