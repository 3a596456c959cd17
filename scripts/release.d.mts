export const pinnedScript: RegExp;
export function sri(bytes: Uint8Array): string;
export const LIT_NOTICE: string;
