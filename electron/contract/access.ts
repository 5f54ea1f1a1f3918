// The authorization table: for every method and every kind of caller, whether the call is allowed.
// Kept apart from the methods' `access` on purpose: this is the statement of what should happen,
// written down once more by hand, and test/integration/api-authorization.test.ts calls every
// method as every caller through the real dispatcher and compares. For item methods "allowed"
// means on an item of the caller's scope: the mailroom's before release, a clerk's own
// department's after release; a clerk of another department is denied the same item.
import type { MethodName } from './methods.ts';

export const CALLERS = ['mailroom', 'clerkOwn', 'clerkOther', 'it', 'signedOut'] as const;
export type Caller = (typeof CALLERS)[number];
export type Verdict = 'allowed' | 'denied';
export type AccessRow = Record<Caller, Verdict>;

export const CALLER_LABELS: Record<Caller, string> = {
  mailroom: 'Poststelle',
  clerkOwn: 'Sachbearbeitung der Abteilung des Schriftstücks',
  clerkOther: 'Sachbearbeitung einer anderen Abteilung',
  it: 'IT / Administration',
  signedOut: 'nicht angemeldet',
};

const A = 'allowed';
const D = 'denied';
function row(mailroom: Verdict, clerkOwn: Verdict, clerkOther: Verdict, it: Verdict, signedOut: Verdict): AccessRow {
  return { mailroom, clerkOwn, clerkOther, it, signedOut };
}

//                                        mailroom clerkOwn clerkOther it  signedOut
export const AUTHORIZATION: Record<MethodName, AccessRow> = {
  'session.signIn':            row(A, A, A, A, A),
  'session.signOut':           row(A, A, A, A, D),
  'session.current':           row(A, A, A, A, A),
  'items.reviewQueue':         row(A, D, D, D, D),
  'items.get':                 row(A, A, D, D, D),
  'items.pageImage':           row(A, A, D, D, D),
  'items.correct':             row(A, D, D, D, D),
  'items.release':             row(A, D, D, D, D),
  'items.releaseBulk':         row(A, D, D, D, D),
  'items.recordUnopened':      row(A, D, D, D, D),
  // Also on released items (metadata is enough); a clerk never changes the receipt date.
  'items.setReceivedAt':       row(A, D, D, D, D),
  // The transfer note holds no letter content: whoever may see the item may see its note.
  'items.transferNote':        row(A, A, D, D, D),
  // Another department's clerk may list, but sees only the own department's entries (checked too).
  'unopened.list':             row(A, A, A, D, D),
  'unopened.pickUp':           row(A, D, D, D, D),
  'paper.list':                row(A, D, D, D, D),
  'paper.markHandedOver':      row(A, D, D, D, D),
  // Unreadable scans: metadata only, so IT may look (scanner problems); acting on them is the mailroom's.
  'quarantine.list':           row(A, D, D, A, D),
  'quarantine.retry':          row(A, D, D, D, D),
  'quarantine.discard':        row(A, D, D, D, D),
  // Another department's clerk may list, but sees only the own department's items (checked too).
  'inbox.list':                row(D, A, A, D, D),
  'items.claim':               row(D, A, D, D, D),
  'items.done':                row(D, A, D, D, D),
  'items.forward':             row(D, A, D, D, D),
  'items.returnToMailroom':    row(D, A, D, D, D),
  'items.history':             row(A, A, D, D, D),
  'config.get':                row(A, A, A, A, D),
  'config.setRollout':         row(D, D, D, A, D),
  'config.update':             row(D, D, D, A, D),
  'waves.list':                row(D, D, D, A, D),
  'waves.execute':             row(D, D, D, A, D),
  'rules.test':                row(D, D, D, A, D),
  'stats.dashboard':           row(D, D, D, A, D),
  'audit.list':                row(D, D, D, A, D),
  'users.list':                row(D, D, D, A, D),
  'users.create':              row(D, D, D, A, D),
};
