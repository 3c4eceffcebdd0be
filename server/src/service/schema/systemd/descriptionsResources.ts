export const RESOURCE_DESCRIPTIONS: Readonly<Record<string, string>> = {
};
