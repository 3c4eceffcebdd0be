export const EXEC_DESCRIPTIONS: Readonly<Record<string, string>> = {
};
