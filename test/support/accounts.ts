// The demo accounts (seeds/users.yaml) by the role they play in the tests.
export const ACCOUNTS = {
  mailroom: { username: 'poststelle', password: 'demo-poststelle' },
  mailroom2: { username: 'poststelle2', password: 'demo-poststelle2' },
  it: { username: 'it', password: 'demo-it-admin' },
  clerk140: { username: 'finanzen', password: 'demo-finanzen' },
  clerk150: { username: 'steuern', password: 'demo-steuern' },
  clerk630: { username: 'bauaufsicht', password: 'demo-bauaufsicht' },
} as const;
export type Account = keyof typeof ACCOUNTS;
