// Sent with every response, pages and API; the page CSP (with a per-request nonce) is set in proxy.ts.
const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native / wasm-heavy packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@huggingface/transformers', 'onnxruntime-node', 'vectra', 'minisearch'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};
export default nextConfig;
