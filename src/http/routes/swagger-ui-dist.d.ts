/** swagger-ui-dist ships no types; the service uses only where its files are (not the 1.7 MB bundle). */
declare module 'swagger-ui-dist/absolute-path.js' {
  export default function getAbsoluteFSPath(): string;
}
