// PLACEHOLDER while issue 5 is being built in parallel: the real service replaces this file.
import type { Db } from '../db/connection';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { PairingReview } from '../../shared/domain/questionnaires/analysis';

export async function pairingReview(_db: Db, _administrationId: number): Promise<PairingReview> {
  throw new Error('not built yet');
}

export async function decidePair(_db: Db, _userId: number, _input: ParsedInputOf<'questionnaireResults', 'decidePair'>, _at: Date): Promise<PairingReview> {
  throw new Error('not built yet');
}
