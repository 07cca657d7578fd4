import { MAX_LENGTH } from '@signaalspoor/domain';
import { Id, Tekst } from '@signaalspoor/http';

export class DoorsturenDto {
  @Id({ description: 'id uit GET /api/diensten', example: 'mobiliteit' })
  dienst!: string;

  @Tekst({ max: MAX_LENGTH.tekst, optional: true, example: 'Graag bekijken samen met de politiezone.' })
  toelichting?: string;
}
