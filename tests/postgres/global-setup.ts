import type { TestProject } from 'vitest/node';
import { startTestCluster } from './cluster';
import { recreateTemplate } from './databases';
import { openPostgres } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole PostgreSQL project (tests/postgres/cluster.ts), stopped at the end, with
 * a migrated template database each test core copies (tests/postgres/databases.ts).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startTestCluster();
  try {
    const template = await openPostgres(await recreateTemplate(cluster.url), { poolMax: 1 });
    try {
      await migrateToLatest(template);
    } finally {
      await template.destroy();
    }
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
