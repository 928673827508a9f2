/** Prints the current TOTP code of a demo staff account: `npm run -s demo:totp -- dr.lee@demo.test`. */
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";
import { totpAt } from "../server/auth/totp";

const email = process.argv[2];
const account = DEMO_ACCOUNTS.find((a) => a.email === email);
if (!account?.totpSecret) {
  console.error(`No demo TOTP secret for ${email ?? "(none)"}. Staff accounts: ${DEMO_ACCOUNTS.filter((a) => a.totpSecret).map((a) => a.email).join(", ")}`);
  process.exit(1);
}
console.log(totpAt(account.totpSecret, Date.now()));
