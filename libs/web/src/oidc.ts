import { AuthFout } from '@signaalspoor/auth';
import { errors, generators, Issuer, type BaseClient } from 'openid-client';

export interface OidcInstellingen {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** the resource (audience) the access token is for; the API checks it (OIDC_AUDIENCE) */
  audience?: string;
  redirectUri: string;
  /** where the provider sends the browser after its sign-out (register it there as a post-logout redirect URI) */
  postLogoutRedirectUri: string;
}

export interface LoginStaat {
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * The authorization code flow with PKCE, with openid-client (certified relying party): the backend
 * for the web app is the OIDC client; the browser only ever holds an httpOnly session cookie.
 */
export class OidcLogin {
  private client?: Promise<BaseClient>;

  constructor(private readonly o: OidcInstellingen) {}

  private async geefClient(): Promise<BaseClient> {
    this.client ??= Issuer.discover(this.o.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: this.o.clientId,
          ...(this.o.clientSecret ? { client_secret: this.o.clientSecret } : {}),
          redirect_uris: [this.o.redirectUri],
          post_logout_redirect_uris: [this.o.postLogoutRedirectUri],
          response_types: ['code'],
          token_endpoint_auth_method: this.o.clientSecret ? 'client_secret_basic' : 'none',
        }),
    );
    // a failed discovery is retried on the next login instead of being cached
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }

  async start(): Promise<{ url: string; staat: LoginStaat }> {
    const client = await this.geefClient();
    const staat = {
      state: generators.state(),
      nonce: generators.nonce(),
      verifier: generators.codeVerifier(),
    };
    const url = client.authorizationUrl({
      scope: 'openid',
      state: staat.state,
      nonce: staat.nonce,
      code_challenge: generators.codeChallenge(staat.verifier),
      code_challenge_method: 'S256',
      ...(this.o.audience ? { resource: this.o.audience } : {}),
    });
    return { url, staat };
  }

  /** Exchanges the code; answers the access token, its lifetime in seconds and the id token. */
  async afronden(
    query: Record<string, unknown>,
    staat: LoginStaat,
  ): Promise<{ token: string; geldigS: number; idToken?: string }> {
    const client = await this.geefClient();
    const params = client.callbackParams({
      method: 'GET',
      url: '?' + new URLSearchParams(query as Record<string, string>),
    } as never);
    const set = await client.callback(
      this.o.redirectUri,
      params,
      { state: staat.state, nonce: staat.nonce, code_verifier: staat.verifier },
      this.o.audience ? { exchangeBody: { resource: this.o.audience } } : undefined,
    );
    if (!set.access_token) throw new Error('de identiteitsprovider gaf geen access token');
    return { token: set.access_token, geldigS: set.expires_in ?? 3600, idToken: set.id_token };
  }

  /**
   * The provider's sign-out URL (RP-initiated logout) when its discovery document offers an
   * end_session_endpoint; undefined when it offers none.
   */
  async afmeldUrl(idToken: string | undefined): Promise<string | undefined> {
    const client = await this.geefClient();
    if (!client.issuer.metadata.end_session_endpoint) return undefined;
    return client.endSessionUrl({
      ...(idToken && { id_token_hint: idToken }),
      post_logout_redirect_uri: this.o.postLogoutRedirectUri,
    });
  }
}

/**
 * Why a sign-in failed, as `?fout=` of /aanmelden: a code of this list, which the page turns into
 * its own Dutch sentence (apps/web aanmeldfout.ts). Never a free text: a link could make the page say
 * anything; never an address, a library's text or raw JSON (the detail goes to the log).
 */
export type AanmeldFout = 'verlopen' | 'geweigerd' | 'onbereikbaar' | 'ongeldig' | 'geen-toegang' | 'mislukt';

/** The code of a failed sign-in. */
export function aanmeldFout(error: unknown): AanmeldFout {
  if (error instanceof errors.OPError || (error as { error?: unknown }).error === 'access_denied') {
    return 'geweigerd';
  }
  if (error instanceof errors.RPError && !((error.response?.statusCode ?? 0) >= 500)) return 'ongeldig';
  if (error instanceof AuthFout && error.kind === 'unauthorized') return 'geen-toegang';
  // a refused or timed-out connection, an unreadable discovery document, a provider that answers 5xx
  return 'onbereikbaar';
}
