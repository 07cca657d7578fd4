import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class VergeetDto {
  @ApiProperty({ description: 'het e-mailadres van de persoon wiens gegevens onleesbaar worden' })
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(320, { message: 'mag hoogstens 320 tekens lang zijn' })
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  email!: string;
}
