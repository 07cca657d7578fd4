import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  NotFoundException,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  GEBRUIKER_ROLLEN,
  HuidigeGebruiker,
  Publiek,
  TOKEN_VERIFIER,
  type Gebruiker,
  type TokenVerifier,
} from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { LOGIN_COOKIE, leesCookie, SESSIE_COOKIE, wisCookie, zetCookie } from './cookies';
import { DemoGebruiker, demoClaims, demoGebruikers } from './demo-gebruikers';
import { aanmeldFout, type AanmeldFout, type LoginStaat, type OidcLogin } from './oidc';
import { PostgresSessies } from './sessies';

export const OIDC_LOGIN = Symbol('OIDC_LOGIN');
/** Whether the demo users may sign in here (outside production, without an issuer of its own). */
export const DEMO_AANMELDEN = Symbol('DEMO_AANMELDEN');

const DEMO_UREN = 12;

/** Failed sign-ins, at warn with the reason (never a token, a code or a cookie). */
const logger = new Logger('Aanmelden');

/** Who is signed in, with the name of the raad, dienst or wijkmanager. */
export class SessieDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ enum: GEBRUIKER_ROLLEN }) rol!: Gebruiker['rol'];
  @ApiPropertyOptional({ description: 'voor rol raad' }) raad?: string;
  @ApiPropertyOptional({ description: 'voor rol dienst' }) dienst?: string;
  @ApiProperty() naam!: string;
}

class AfgemeldDto {
  @ApiPropertyOptional({
    description: 'meld ook af bij de identiteitsprovider: stuur de browser naar dit adres',
  })
  doorsturen?: string;
}

class AanmeldOptiesDto {
  @ApiProperty({ description: 'aanmelden met OpenID Connect kan' }) oidc!: boolean;
  @ApiPropertyOptional({ type: [DemoGebruiker], description: 'buiten productie: de demogebruikers' })
  demo?: DemoGebruiker[];
}

export function sessieVan(g: Gebruiker, reference: ReferenceData): SessieDto {
  const naam =
    g.rol === 'raad'
      ? (reference.raad(g.raadId!)?.naam ?? g.raadId!)
      : g.rol === 'dienst'
        ? (reference.dienst(g.dienstId!)?.naam ?? g.dienstId!)
        : g.rol === 'wijkmanager'
          ? (reference.wijkmanager(g.sub)?.naam ?? g.sub)
          : g.sub;
  return { sub: g.sub, rol: g.rol, raad: g.raadId, dienst: g.dienstId, naam };
}

/** Sign-in for the web app: OIDC (code flow + PKCE), the session, sign-out. Under /api/auth. */
@ApiTags('aanmelden')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('Aanmelden');

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(OIDC_LOGIN) private readonly oidc: OidcLogin | null,
    @Inject(DEMO_AANMELDEN) private readonly demo: boolean,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly sessies: PostgresSessies,
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
    return { oidc: !!this.oidc, ...(this.demo && { demo: demoGebruikers(this.reference) }) };
  }

  @Get('sessie')
  @ApiOperation({ summary: 'Wie er aangemeld is (sessiecookie of bearer token)' })
  @ApiOkResponse({ type: SessieDto })
  sessie(@HuidigeGebruiker() gebruiker: Gebruiker): SessieDto {
    return sessieVan(gebruiker, this.reference);
  }

  @Publiek()
  @Post('afmelden')
  @ApiOperation({
    summary:
      'Afmelden: beëindigt de sessie (de cookie werkt daarna nergens meer) en geeft, als de identiteitsprovider dat aanbiedt, het adres om ook daar af te melden',
  })
  @ApiOkResponse({ type: AfgemeldDto })
  @HttpCode(200)
  async afmelden(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AfgemeldDto> {
    wisCookie(res, SESSIE_COOKIE, '/api', this.secure);
    const id = leesCookie(req, SESSIE_COOKIE);
    if (!id) return {};
    const { idToken } = await this.sessies.beeindig(id);
    if (!this.oidc || !idToken) return {};
    try {
      const doorsturen = await this.oidc.afmeldUrl(idToken);
      return doorsturen ? { doorsturen } : {};
    } catch (error) {
      // the session here has ended all the same; only the provider's stays
      this.logger.warn(`Sign-out at the identity provider skipped: ${(error as Error).message}`);
      return {};
    }
  }

  @Publiek()
  @Get('login')
  @ApiOperation({ summary: 'Start de OIDC-aanmelding (authorization code + PKCE)' })
  async login(@Res() res: Response): Promise<void> {
    if (!this.oidc) throw new NotFoundException();
    let start: Awaited<ReturnType<OidcLogin['start']>>;
    try {
      start = await this.oidc.start();
    } catch (error) {
      return this.mislukt(res, error);
    }
    zetCookie(res, LOGIN_COOKIE, JSON.stringify(start.staat), {
      secure: this.secure,
      maxAgeS: 600,
      path: '/api/auth',
    });
    res.redirect(302, start.url);
  }

  @Publiek()
  @Get('callback')
  @ApiOperation({ summary: 'Terugkeer van de identiteitsprovider; begint de sessie' })
  async callback(
    @Req() req: Request,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    if (!this.oidc) throw new NotFoundException();
    wisCookie(res, LOGIN_COOKIE, '/api/auth', this.secure);
    let staat: LoginStaat;
    try {
      staat = JSON.parse(leesCookie(req, LOGIN_COOKIE) ?? '') as LoginStaat;
    } catch {
      this.logger.warn('Sign-in failed: no or unreadable login state (expired, or another browser)');
      return terug(res, 'verlopen');
    }
    try {
      const { token, geldigS, idToken } = await this.oidc.afronden(query, staat);
      // the API's own check, once, at sign-in: issuer, audience, role
      const gebruiker = await this.verify(token);
      const id = await this.sessies.begin(gebruiker, { geldigS, idToken });
      zetCookie(res, SESSIE_COOKIE, id, { secure: this.secure, maxAgeS: geldigS, path: '/api' });
      this.logger.log(`Signed in: ${gebruiker.rol} ${gebruiker.sub} (OIDC)`);
      res.redirect(302, '/');
    } catch (error) {
      this.mislukt(res, error);
    }
  }

  /** A failed sign-in: logged with its detail, told in Dutch on the sign-in page. */
  private mislukt(res: Response, error: unknown): void {
    const { name, message } = error as Error;
    this.logger.warn(`Sign-in failed: ${name}: ${message}`);
    terug(res, aanmeldFout(error));
  }
}

const terug = (res: Response, fout: AanmeldFout) => res.redirect(302, `/aanmelden?fout=${fout}`);

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

/** Outside production only: sign in as a demo user, in a session like any other. */
@ApiTags('aanmelden')
@Controller('auth/demo')
export class DemoController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly sessies: PostgresSessies,
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
    if (!bekend) {
      logger.warn({
        msg: 'Aanmelden mislukt',
        via: 'demo',
        reden: 'geen demogebruiker met deze rol en dit id',
      });
      throw new InvoerFout('ONGELDIGE_INVOER', 'id: geen demogebruiker met deze rol en dit id', 'id');
    }
    const claims = demoClaims(body);
    const gebruiker: Gebruiker = {
      sub: claims.sub,
      rol: claims.rol,
      ...(claims.raad && { raadId: claims.raad }),
      ...(claims.dienst && { dienstId: claims.dienst }),
    };
    const id = await this.sessies.begin(gebruiker, { geldigS: DEMO_UREN * 3600 });
    zetCookie(res, SESSIE_COOKIE, id, {
      secure: this.config.nodeEnv === 'production',
      maxAgeS: DEMO_UREN * 3600,
      path: '/api',
    });
    return sessieVan(gebruiker, this.reference);
  }
}
