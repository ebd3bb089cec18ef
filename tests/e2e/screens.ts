/** One URL per screen of the decision: every step and every outcome. */
export const SCREENS: Record<string, string> = {
  start: '/#/',
  objectives: '/#/decision?v=1',
  body: '/#/decision?v=1&objectives=clients',
  rules: '/#/decision?v=1&objectives=clients,media&body=sra',
  matter: '/#/decision?v=1&objectives=clients&body=none',
  invite: '/#/decision?v=1&objectives=clients&body=none&matter=none',
  profile: '/#/decision?v=1&objectives=media,community&body=none&matter=none&invite=standard',
  message:
    '/#/decision?v=1&objectives=clients&body=none&matter=none&invite=standard&profile=unclear',
  spamCheck: '/#/decision?v=1&objectives=clients&body=none&matter=none&invite=suspicious',
  'outcome-accept':
    '/#/decision?v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=personal&profile=relevant',
  'outcome-ignore': '/#/decision?v=1&objectives=known-only&matter=none',
  'outcome-report-spam':
    '/#/decision?v=1&objectives=clients&body=none&matter=none&invite=suspicious&spam=true-spam',
  'outcome-wait':
    '/#/decision?v=1&objectives=careers&body=bsb&rules=allowed&matter=none&invite=standard&profile=unclear&reply=pending',
  'outcome-check-rules':
    '/#/decision?v=1&objectives=clients&body=aba&rules=unsure&matter=none&invite=standard&profile=relevant',
  'outcome-dont-connect': '/#/decision?v=1&objectives=clients&body=aba&rules=allowed&matter=juror',
  'invalid-link': '/#/decision?v=7&objectives=clients',
};
