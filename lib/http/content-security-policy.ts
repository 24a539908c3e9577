/** A fresh unguessable nonce (128 bits, base64) for one response's scripts and styles. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce
 * (Next puts it on its own scripts) or when loaded by such a script ('strict-dynamic'),
 * so an injected <script> or inline handler never runs, whatever host it names.
 * Style attributes stay allowed (style-src-attr): React renders `style={...}` props,
 * and recharts sizes its SVG with them, as attributes in the server's HTML. They cannot
 * run code; <style> elements still need the nonce.
 * Development adds what Next's dev server needs: 'unsafe-eval' for React's error
 * stacks, and inline <style> elements (injected without a nonce) for hot reload.
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean }): string {
  const { nonce, dev } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js) by its address: without this, worker-src falls back to script-src, whose 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
