/** swagger-ui-dist ships no types; the service uses only where its files are. */
declare module 'swagger-ui-dist' {
  const swaggerUi: { getAbsoluteFSPath(): string };
  export default swaggerUi;
}
