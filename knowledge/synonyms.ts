import { stemmer } from 'stemmer';

/**
 * Everyday support vocabulary that customers and help articles spell differently
 * ("cost" / "price", "coworker" / "teammate", "erase" / "delete"). Used to expand a
 * question's words, never an article's, so a match still has to be in the article.
 * Kept to general SaaS-support words: product-specific jargon belongs in the articles.
 */
const SYNONYM_GROUPS = [
  'cost price pricing fee fees',
  'invoice receipt bill',
  'cancel terminate',
  'refund reimburse reimbursement',
  'delete remove erase wipe purge',
  'coworker colleague teammate employee staff',
  'boss manager supervisor',
  'whitelist allowlist allow',
  'blacklist blocklist',
  'force require enforce mandatory compulsory',
  'picture photo avatar',
  'error problem issue bug fault',
  'signup register registration',
  'password passcode passphrase',
  '2fa mfa twofactor totp',
  'user member seat',
  'company organisation organization org',
  'colour color',
  'favourite favorite',
  'phone mobile smartphone cellphone',
  'discount coupon promo promotion',
  'nonprofit charity ngo',
  'restore recover undelete',
  'integrate integration connect',
  'outage downtime down',
  'accident accidentally mistake',
  'tax vat gst',
  'annual year',
  'mail email',
  'max maximum limit quota',
  'min minimum',
  'info information',
  'docs documentation',
];

const analyzed = SYNONYM_GROUPS.map((group) => [...new Set(group.split(/\s+/).map((word) => (/\d/.test(word) ? word : stemmer(word))))]);

const synonymsByTerm = new Map<string, string[]>();
for (const group of analyzed) {
  for (const term of group) {
    const others = group.filter((other) => other !== term);
    synonymsByTerm.set(term, [...new Set([...(synonymsByTerm.get(term) ?? []), ...others])]);
  }
}

/** Other index terms meaning the same as this one (already stemmed), or an empty list. */
export function synonymsOf(term: string): readonly string[] {
  return synonymsByTerm.get(term) ?? [];
}
