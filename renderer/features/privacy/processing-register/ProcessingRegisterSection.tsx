/** Issue 20: filled in by its own lane. */
export function ProcessingRegisterSection() {
  return null;
}
