export const UNIT_TYPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
};
