import {
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { AuthController, DEMO_AANMELDEN, DemoController, OIDC_LOGIN } from './auth.controller';
import { Bezoeken, BezoekenController } from './bezoeken';
import { OidcLogin } from './oidc';
import { SessieMiddleware } from './sessie.middleware';
import { SpaServer } from './spa';
import { StroomController, Stromen, stroomHub } from './stroom';

/**
 * The web app's server side: the app itself at `/`, sign-in (OIDC, and demo users outside
 * production), the session cookie as an alternative to a bearer token, live updates (SSE), and how far
 * each person looked at each list ("nieuw sinds je laatste bezoek").
 */
@Module({})
export class WebModule implements NestModule {
  static forRoot(config: Config, opties: { stroom: boolean } = { stroom: true }): DynamicModule {
    const demo = config.nodeEnv !== 'production' && (!!config.auth.jwtSecret || !config.auth.oidcIssuer);
    const { oidcClientId, oidcClientSecret, publicUrl } = config.web;
    const basis = publicUrl ?? `http://localhost:${config.port}`;
    const oidc =
      config.auth.oidcIssuer && oidcClientId
        ? new OidcLogin({
            issuer: config.auth.oidcIssuer,
            clientId: oidcClientId,
            clientSecret: oidcClientSecret,
            audience: config.auth.oidcAudience,
            redirectUri: `${basis}/api/auth/callback`,
            postLogoutRedirectUri: `${basis}/aanmelden`,
          })
        : null;
    return {
      module: WebModule,
      controllers: [
        AuthController,
        BezoekenController,
        ...(demo ? [DemoController] : []),
        ...(opties.stroom ? [StroomController] : []),
      ],
      providers: [
        SpaServer,
        Bezoeken,
        { provide: OIDC_LOGIN, useValue: oidc },
        { provide: DEMO_AANMELDEN, useValue: demo },
        ...(opties.stroom ? [stroomHub, Stromen] : []),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessieMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
