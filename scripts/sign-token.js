// Signs a bearer token as libs/auth checks it (HS256), for the scripts that talk to a running app.
const { SignJWT } = require('jose');

/** `expires` as jose reads it ('1h', '12h'); `kid` names the secret, as libs/auth's sleutelId does */
function signToken(claims, sub, secret, { expires = '1h', kid } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...(kid && { kid }) })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

module.exports = { signToken };
