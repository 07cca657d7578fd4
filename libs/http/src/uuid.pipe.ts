import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvoerFout } from './http-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Path ids of signalen and doorsturingen are UUIDs; anything else is a 400 naming the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (!UUID.test(value)) throw new InvoerFout('ONGELDIG_ID', 'moet een UUID zijn', metadata.data ?? 'id');
    return value.toLowerCase();
  }
}
