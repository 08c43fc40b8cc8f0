// Vite bundles CSS; these declarations let TypeScript accept the imports.
declare module '*.module.css' {
  const classes: Record<string, string>;
  export default classes;
}
declare module '*.css';
