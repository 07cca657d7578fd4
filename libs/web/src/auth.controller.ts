import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { GEBRUIKER_ROLLEN, HuidigeGebruiker, Publiek, signToken, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { LOGIN_COOKIE, leesCookie, SESSIE_COOKIE, wisCookie, zetCookie } from './cookies';
import { DemoGebruiker, demoClaims, demoGebruikers } from './demo-gebruikers';
import type { LoginStaat, OidcLogin } from './oidc';

export const OIDC_LOGIN = Symbol('OIDC_LOGIN');
/** The HS256 secret demo sessions are signed with; undefined when there is no demo login. */
export const DEMO_SECRET = Symbol('DEMO_SECRET');

const DEMO_UREN = 12;

/** Who is signed in, with the name of the raad, dienst or wijkmanager. */
export class KaartDto {
  @ApiProperty({ description: 'de tegels van de kaart (Leaflet-sjabloon met {z}, {x}, {y})' })
  tegelsUrl!: string;
  @ApiProperty({ description: 'de bronvermelding die op de kaart staat' }) attributie!: string;
}

export class SessieDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ enum: GEBRUIKER_ROLLEN }) rol!: Gebruiker['rol'];
  @ApiPropertyOptional({ description: 'voor rol raad' }) raad?: string;
  @ApiPropertyOptional({ description: 'voor rol dienst' }) dienst?: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: KaartDto, description: 'de kaart van de webtoepassing (KAART_TEGELS_URL)' })
  kaart!: KaartDto;
}

class AanmeldOptiesDto {
  @ApiProperty({ description: 'aanmelden met OpenID Connect kan' }) oidc!: boolean;
  @ApiPropertyOptional({ type: [DemoGebruiker], description: 'buiten productie: de demogebruikers' })
  demo?: DemoGebruiker[];
}

export function sessieVan(g: Gebruiker, reference: ReferenceData, kaart: Config['kaart']): SessieDto {
  const naam =
    g.rol === 'raad'
      ? (reference.raad(g.raadId!)?.naam ?? g.raadId!)
      : g.rol === 'dienst'
        ? (reference.dienst(g.dienstId!)?.naam ?? g.dienstId!)
        : g.rol === 'wijkmanager'
          ? (reference.wijkmanager(g.sub)?.naam ?? g.sub)
          : g.sub;
  return { sub: g.sub, rol: g.rol, raad: g.raadId, dienst: g.dienstId, naam, kaart };
}

/** Sign-in for the web app: OIDC (code flow + PKCE), the session, sign-out. Under /api/auth. */
@ApiTags('aanmelden')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(OIDC_LOGIN) private readonly oidc: OidcLogin | null,
    @Inject(DEMO_SECRET) private readonly demoSecret: string | null,
    private readonly reference: ReferenceData,
  ) {}

  private get secure() {
    return this.config.nodeEnv === 'production';
  }

  @Publiek()
  @Get('opties')
  @ApiOperation({ summary: 'Hoe je hier aanmeldt: OIDC, en buiten productie de demogebruikers' })
  @ApiOkResponse({ type: AanmeldOptiesDto })
  opties(): AanmeldOptiesDto {
    return { oidc: !!this.oidc, ...(this.demoSecret && { demo: demoGebruikers(this.reference) }) };
  }

  @Get('sessie')
  @ApiOperation({ summary: 'Wie er aangemeld is (sessiecookie of bearer token)' })
  @ApiOkResponse({ type: SessieDto })
  sessie(@HuidigeGebruiker() gebruiker: Gebruiker): SessieDto {
    return sessieVan(gebruiker, this.reference, this.config.kaart);
  }

  @Publiek()
  @Post('afmelden')
  @ApiOperation({ summary: 'Afmelden: wist de sessiecookie' })
  @HttpCode(204)
  afmelden(@Res({ passthrough: true }) res: Response): void {
    wisCookie(res, SESSIE_COOKIE, '/api', this.secure);
  }

  @Publiek()
  @Get('login')
  @ApiOperation({ summary: 'Start de OIDC-aanmelding (authorization code + PKCE)' })
  async login(@Res() res: Response): Promise<void> {
    if (!this.oidc) throw new NotFoundException();
    const { url, staat } = await this.oidc.start();
    zetCookie(res, LOGIN_COOKIE, JSON.stringify(staat), {
      secure: this.secure,
      maxAgeS: 600,
      path: '/api/auth',
    });
    res.redirect(302, url);
  }

  @Publiek()
  @Get('callback')
  @ApiOperation({ summary: 'Terugkeer van de identiteitsprovider; zet de sessiecookie' })
  async callback(
    @Req() req: Request,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    if (!this.oidc) throw new NotFoundException();
    wisCookie(res, LOGIN_COOKIE, '/api/auth', this.secure);
    const terug = (fout: string) => res.redirect(302, `/aanmelden?fout=${encodeURIComponent(fout)}`);
    let staat: LoginStaat;
    try {
      staat = JSON.parse(leesCookie(req, LOGIN_COOKIE) ?? '') as LoginStaat;
    } catch {
      return terug('de aanmelding is verlopen, probeer opnieuw');
    }
    try {
      const { token, geldigS } = await this.oidc.afronden(query, staat);
      zetCookie(res, SESSIE_COOKIE, token, { secure: this.secure, maxAgeS: geldigS, path: '/api' });
      res.redirect(302, '/');
    } catch (error) {
      terug((error as Error).message);
    }
  }
}

class DemoAanmeldenDto {
  @ApiProperty({ enum: GEBRUIKER_ROLLEN })
  @IsIn(['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder'], { message: 'onbekende rol' })
  rol!: Gebruiker['rol'];
  @ApiPropertyOptional({ description: 'de raad, wijkmanager of dienst' })
  @IsOptional()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(200, { message: 'te lang' })
  id?: string;
}

/** Outside production only: sign in as a demo user with a token signed like `npm run token`. */
@ApiTags('aanmelden')
@Controller('auth/demo')
export class DemoController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DEMO_SECRET) private readonly demoSecret: string,
    private readonly reference: ReferenceData,
  ) {}

  @Publiek()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Buiten productie: aanmelden als demogebruiker' })
  @ApiOkResponse({ type: SessieDto })
  async aanmelden(
    @Body() body: DemoAanmeldenDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessieDto> {
    const bekend = demoGebruikers(this.reference).some(
      (g) => g.rol === body.rol && (g.id ?? undefined) === body.id,
    );
    if (!bekend)
      throw new InvoerFout('ONGELDIGE_INVOER', 'id: geen demogebruiker met deze rol en dit id', 'id');
    const claims = demoClaims(body);
    const token = await signToken(this.demoSecret, claims, `${DEMO_UREN}h`);
    zetCookie(res, SESSIE_COOKIE, token, {
      secure: this.config.nodeEnv === 'production',
      maxAgeS: DEMO_UREN * 3600,
      path: '/api',
    });
    return sessieVan(
      { sub: claims.sub, rol: claims.rol, raadId: claims.raad, dienstId: claims.dienst },
      this.reference,
      this.config.kaart,
    );
  }
}
