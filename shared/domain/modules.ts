/**
 * A City install and a CPAS install are usually separate machines: each may enable only the module it uses.
 * `schools` is Action 9 (schools programme), `housing` is Action 7 (solidarity housing).
 */
export const MODULES = ['schools', 'housing'] as const;
export type AppModule = (typeof MODULES)[number];
