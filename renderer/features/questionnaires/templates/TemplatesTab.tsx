// PLACEHOLDER while issue 5 is being built in parallel: replaced by the template designer.
export function TemplatesTab() {
  return null;
}
