/** Issue 20: see docs/architecture.md, "People's rights over their data". */
export const retentionChannels = {};
