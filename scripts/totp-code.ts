// `npm run totp [-- SECRET]`: the current TOTP code for a secret, by default the demo administrator's.
import { decodeBase32, hotp, totpStep } from '../functions/src/adapters/crypto/totp.ts';
import { DEMO_ADMIN_TOTP_SECRET } from '../functions/src/local/seed/seed-demo.ts';

const secret = process.argv[2] ?? DEMO_ADMIN_TOTP_SECRET;
const now = new Date();
const secondsLeft = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(
  `${hotp(decodeBase32(secret), totpStep(now))}  (valid for ${secondsLeft} more seconds)`,
);
