import { generators, Issuer, type BaseClient } from 'openid-client';

export interface OidcInstellingen {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** the resource (audience) the access token is for; the API checks it (OIDC_AUDIENCE) */
  audience?: string;
  redirectUri: string;
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

  /** Exchanges the code; answers the access token and its lifetime in seconds. */
  async afronden(
    query: Record<string, unknown>,
    staat: LoginStaat,
  ): Promise<{ token: string; geldigS: number }> {
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
    return { token: set.access_token, geldigS: set.expires_in ?? 3600 };
  }
}
