// Types of sign-windows.mjs for the TypeScript tests (tests/unit/code-signing.test.ts).
export declare const DEFAULT_TIMESTAMP: string;

export type SigningMethod = { kind: 'store'; thumbprint: string; machineStore: boolean } | { kind: 'file' } | { kind: 'none' };

export declare function signingMethod(env: NodeJS.ProcessEnv, cscInfo: unknown): SigningMethod;

export declare function storeSigntoolArguments(options: {
  path: string;
  hash: string;
  isNest: boolean;
  name?: string | null;
  site?: string | null;
  thumbprint: string;
  machineStore: boolean;
  timestamp: string;
}): string[];

/** The part of electron-builder's CustomWindowsSignTaskConfiguration the hook reads. */
export interface SignTask {
  path: string;
  hash: string;
  isNest: boolean;
  name?: string | null;
  site?: string | null;
  cscInfo: unknown;
  computeSignToolArgs(isWin: boolean): string[];
}

export declare function sign(
  configuration: SignTask,
  env?: NodeJS.ProcessEnv,
  runCommand?: (command: string, args: string[]) => void,
): Promise<void>;
