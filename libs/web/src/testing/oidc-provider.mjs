/* global process, console */
// A real OpenID provider for tests (oidc-provider, certified; ESM only, so it runs in its own
// process). Configured from the environment by libs/web/src/testing/oidc-provider.ts:
// OIDC_PORT, OIDC_KEY (private JWK), OIDC_CLIENT_ID, OIDC_REDIRECT_URI, OIDC_POST_LOGOUT_URI,
// OIDC_AUDIENCE, OIDC_ACCOUNTS
// (JSON: login -> claims such as { rol, raad, dienst }). Any password is accepted (devInteractions).
import Provider from 'oidc-provider';

const env = process.env;
const issuer = `http://127.0.0.1:${env.OIDC_PORT}`;
const audience = env.OIDC_AUDIENCE;
const accounts = JSON.parse(env.OIDC_ACCOUNTS);

const provider = new Provider(issuer, {
  jwks: { keys: [JSON.parse(env.OIDC_KEY)] },
  clients: [
    {
      client_id: env.OIDC_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: [env.OIDC_REDIRECT_URI],
      post_logout_redirect_uris: [env.OIDC_POST_LOGOUT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    // RP-initiated logout (on by default; its discovery document names end_session_endpoint), with a
    // plain confirmation page of our own
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: (ctx, form) => {
        ctx.body = `<!doctype html><title>Afmelden</title><h1>Afmelden bij de provider?</h1>${form}
          <button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`;
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'api',
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 3600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // no consent screen in tests: the client is first-party
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid');
    grant.addResourceScope(audience, 'api');
    await grant.save();
    return grant;
  },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  // the claims the API maps to rol/raad/dienst travel in the access token
  extraTokenClaims: (_ctx, token) => accounts[token.accountId] ?? {},
});

provider.listen(Number(env.OIDC_PORT), '127.0.0.1', () => console.log(`oidc-provider klaar op ${issuer}`));
